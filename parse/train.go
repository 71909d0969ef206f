package parse

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/dossier-news/dossier"
)

// Tagger tags tokens in place, as *tag.Tagger does.
type Tagger interface {
	Tag(tokens []dossier.Token)
}

// Tokens returns the tree's words as tokens with the treebank's tags and
// lemmas (no offsets).
func (t *Tree) Tokens() []dossier.Token {
	out := make([]dossier.Token, len(t.Nodes))
	for i, n := range t.Nodes {
		out[i] = dossier.Token{Text: n.Form, POS: n.UPOS, Lemma: n.Lemma}
	}
	return out
}

// PredictTags returns the trees' words as tokens tagged by tg, as the
// parser sees them at run time.
func PredictTags(trees []*Tree, tg Tagger) [][]dossier.Token {
	out := make([][]dossier.Token, len(trees))
	for i, t := range trees {
		toks := make([]dossier.Token, len(t.Nodes))
		for j, n := range t.Nodes {
			toks[j] = dossier.Token{Text: n.Form}
		}
		tg.Tag(toks)
		out[i] = toks
	}
	return out
}

// TrainConfig says what to train a parser on.
type TrainConfig struct {
	Lang  string
	Train []*Tree
	// Tags, if not nil, holds one tagged token slice per training tree
	// (from PredictTags, ideally by a tagger that did not see the tree);
	// without it the treebank's own tags are used.
	Tags [][]dossier.Token
	// Dev and DevTags, if set, are scored after each pass.
	Dev     []*Tree
	DevTags [][]dossier.Token
	Iters   int     // passes over the data; default 15
	Seed    uint64  // shuffling and exploration
	Explore float64 // probability of following the model's own move from the second pass on; default 0.9, negative for never
	// MinWeight drops features whose averaged weights are all smaller;
	// default 0.5 (weights move in steps of 1).
	MinWeight float32
	// Bags is the number of models trained on different shufflings whose
	// weights are averaged; default 1.
	Bags     int
	Progress func(IterStats)
}

// IterStats reports one training pass.
type IterStats struct {
	Bag      int
	Iter     int
	MoveAcc  float64 // share of moves the model got right (min-cost) in training
	Dev      Score   // zero without dev data
	Features int     // move features so far
	Elapsed  time.Duration
}

type example struct {
	words  []word
	gold   []int32 // gold head of each word, 1-based; gold[0] = -1
	labels []uint8
}

func newExample(t *Tree, toks []dossier.Token) example {
	n := len(t.Nodes)
	ex := example{words: make([]word, n+1), gold: make([]int32, n+1), labels: make([]uint8, n+1)}
	ex.words[0] = rootWord
	ex.gold[0] = -1
	for i, nd := range t.Nodes {
		fillWord(&ex.words[i+1], &toks[i])
		ex.gold[i+1] = int32(nd.Head)
		l := LabelOf(nd.Deprel)
		if nd.Head != 0 && l == Root {
			l = Dep
		}
		ex.labels[i+1] = uint8(l)
	}
	return ex
}

// Projective reports whether the tree has no crossing arcs; the parser
// can build only projective trees, so it gets some arcs of the others wrong.
func (t *Tree) Projective() bool {
	n := len(t.Nodes)
	for i, a := range t.Nodes {
		d := i + 1
		lo, hi := min(d, a.Head), max(d, a.Head)
		for k := lo + 1; k < hi; k++ {
			// Every word between a head and its dependent must descend
			// from the head.
			h := k
			for steps := 0; h != 0 && h != a.Head && steps <= n; steps++ {
				h = t.Nodes[h-1].Head
			}
			if h != a.Head {
				return false
			}
		}
	}
	return true
}

// Train learns a parser from trees.
func Train(ctx context.Context, cfg TrainConfig) (*Parser, error) {
	if len(cfg.Train) == 0 {
		return nil, fmt.Errorf("train parser: no training trees")
	}
	if cfg.Tags != nil && len(cfg.Tags) != len(cfg.Train) {
		return nil, fmt.Errorf("train parser: %d tag slices for %d trees", len(cfg.Tags), len(cfg.Train))
	}
	iters := cfg.Iters
	if iters <= 0 {
		iters = 15
	}
	explore := cfg.Explore
	if explore == 0 {
		explore = 0.9
	}
	minW := cfg.MinWeight
	if minW == 0 {
		minW = 0.5
	}
	exs := make([]example, len(cfg.Train))
	for i, t := range cfg.Train {
		toks := t.Tokens()
		if cfg.Tags != nil {
			toks = cfg.Tags[i]
		}
		exs[i] = newExample(t, toks)
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x9a75e))
	bags := max(cfg.Bags, 1)
	mvSum, rlSum := newBagSum(numMoves), newBagSum(int(numLabels))
	var (
		st     state
		feats  [maxFeatures]uint32
		scores [numLabels]float32
		ok     [numMoves]bool
		cost   [numMoves]int
	)
	start := time.Now()
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	for bag := 1; bag <= bags; bag++ {
		mv, rl := newTrainer(numMoves), newTrainer(int(numLabels))
		for it := 1; it <= iters; it++ {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			right, total := 0, 0
			for _, ei := range order {
				ex := &exs[ei]
				st.words = ex.words
				st.reset(len(ex.words) - 1)
				for !st.done() {
					st.valid(&ok)
					n := st.moveFeatures(&feats)
					mv.scores(feats[:n], scores[:numMoves])
					pred := bestMove(scores[:numMoves], &ok)
					st.costs(ex.gold, &cost)
					minCost := -1
					for m := range numMoves {
						if ok[m] && (minCost < 0 || cost[m] < minCost) {
							minCost = cost[m]
						}
					}
					best := -1
					for m := range numMoves {
						if ok[m] && cost[m] == minCost && (best < 0 || scores[m] > scores[best]) {
							best = m
						}
					}
					total++
					if cost[pred] == minCost {
						right++
					} else {
						mv.update(feats[:n], best, pred)
					}
					mv.tick()
					follow := best
					if it > 1 && explore > 0 && rng.Float64() < explore {
						follow = pred
					}
					var lab uint8
					if follow != shift {
						lab = trainLabel(&st, ex, follow, rl, &feats, scores[:])
					}
					st.apply(follow, lab)
				}
			}
			stats := IterStats{Bag: bag, Iter: it, MoveAcc: float64(right) / float64(max(total, 1)), Features: len(mv.index), Elapsed: time.Since(start)}
			if cfg.Progress != nil {
				if len(cfg.Dev) > 0 {
					p := newParser(cfg.Lang, mv.freeze(minW), rl.freeze(minW))
					stats.Dev = p.Evaluate(cfg.Dev, cfg.DevTags)
				}
				cfg.Progress(stats)
			}
		}
		mvSum.add(mv)
		rlSum.add(rl)
	}
	return newParser(cfg.Lang, mvSum.freeze(minW), rlSum.freeze(minW)), nil
}

// trainLabel picks the relation of the arc move makes, learning from it
// when the arc is right.
func trainLabel(st *state, ex *example, move int, rl *trainer, feats *[maxFeatures]uint32, scores []float32) uint8 {
	d, h := st.arcOf(move)
	if h == 0 {
		return uint8(Root)
	}
	n := st.labelFeatures(d, h, move, feats)
	rl.scores(feats[:n], scores)
	pred := bestLabel(scores)
	if ex.gold[d] != h {
		return pred
	}
	gold := ex.labels[d]
	if pred != gold {
		rl.update(feats[:n], int(gold), int(pred))
	}
	rl.tick()
	return gold
}

// Score is the accuracy of a parser on gold trees. Punctuation counts, as in
// the CoNLL 2018 shared task.
type Score struct {
	Words, Heads, Labelled int
	// Per relation: gold arcs, predicted arcs, and both (right head and
	// relation), for precision and recall.
	Gold, Pred, Both [numLabels]int
}

// UAS is the share of words with the right head.
func (s Score) UAS() float64 { return float64(s.Heads) / float64(max(s.Words, 1)) }

// LAS is the share of words with the right head and relation.
func (s Score) LAS() float64 { return float64(s.Labelled) / float64(max(s.Words, 1)) }

// F1 returns precision, recall and F1 of the labelled arcs of one relation.
func (s Score) F1(l Label) (p, r, f float64) {
	p = float64(s.Both[l]) / float64(max(s.Pred[l], 1))
	r = float64(s.Both[l]) / float64(max(s.Gold[l], 1))
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Evaluate parses the trees' words (tagged as in tags, or with the
// treebank's tags when tags is nil) and scores the result.
func (p *Parser) Evaluate(trees []*Tree, tags [][]dossier.Token) Score {
	var s Score
	var arcs []Arc
	for i, t := range trees {
		toks := t.Tokens()
		if tags != nil {
			toks = tags[i]
		}
		arcs = p.ParseTo(arcs[:0], toks)
		for j, n := range t.Nodes {
			g := LabelOf(n.Deprel)
			a := arcs[j]
			s.Words++
			s.Gold[g]++
			s.Pred[a.Label]++
			if a.Head == n.Head-1 {
				s.Heads++
				if a.Label == g {
					s.Labelled++
					s.Both[g]++
				}
			}
		}
	}
	return s
}
