package ner

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"time"

	"github.com/dossier-news/dossier/eval"
	"github.com/dossier-news/dossier/tag"
)

// TrainConfig sets up a training run.
type TrainConfig struct {
	Lang    string
	Iters   int        // passes over the training data (default 12)
	Seed    uint64     // shuffling seed
	Prune   float32    // drop averaged weights smaller than this in magnitude (default 0.2)
	Lexicon *Lexicon   // built-in gazetteer, or nil
	Words   *WordTable // word clusters, or nil
	// Extra gazetteers (e.g. the knowledge base's matcher); the same ones must
	// be passed to LoadWith when the model is used. ExtraNames names them in
	// the model file (KBGazetteerName for the knowledge base).
	Extra      []Gazetteer
	ExtraNames []string
	// Features switches on feature groups (FeatXxx); FeatTagger needs Tagger.
	Features uint64
	Tagger   *tag.Tagger
	Dict     *Dictionary // spelling dictionary, for FeatDict
	Dict2    *Dictionary // second language's dictionary, for FeatDict2
	// KeepBest keeps the weights of the epoch with the best dev F1 instead of
	// the last (only when dev data is given).
	KeepBest bool
	// Bags > 1 trains that many times with different shuffling seeds and
	// averages the weights, which lowers the variance of a perceptron
	// trained on little data.
	Bags int
	// Bootstrap makes each bag a sample with replacement of the training data.
	Bootstrap bool
	// Dropout leaves each feature of a token out of a training step with
	// this probability (0 for none), so that the weights do not lean on a
	// few features seen with every training example (the word itself) and
	// spread over the evidence that unseen names also have (gazetteers,
	// clusters, shape).
	Dropout float32
	// OPenalty is stored in the model: see Model.SetOPenalty.
	OPenalty float32
	Info     string // description stored in the model
	// Progress is called after every epoch.
	Progress func(Epoch)
	// Augment, if not nil, adds mention-replaced copies of the training
	// sentences (see Augment) before training.
	Augment *Augment
	// Margin, if positive, decodes each training sentence with every
	// wrong label of a token made this much more attractive (Hamming-cost
	// augmented decoding), so the weights are also updated where the gold
	// path wins by less than the margin: a perceptron update only separates
	// the training data, a margin also pushes it apart.
	Margin float32
	// PA, if positive, scales every update by the passive-aggressive step
	// (the smallest one that makes the gold path win by its Hamming loss,
	// capped at PA) instead of 1.
	PA float32
	// Silver sentences (labelled by a model, not by hand: self-training)
	// are trained on besides the gold ones, each update scaled by
	// SilverWeight (1 if 0), so that a first model's errors on them count
	// less than the gold data. They are not augmented, and their classes
	// must be among the gold data's.
	Silver       []eval.NERSentence
	SilverWeight float32
}

// Epoch reports one pass over the training data.
type Epoch struct {
	N       int             // 1-based
	Errors  int             // training sentences decoded wrongly during the pass
	Dev     *eval.NERScorer // dev scores with the averaged weights, nil without dev data
	Tokens  int
	Seconds float64
}

type trainSent struct {
	feats  []int32 // feature ids, token i's in feats[off[i]:off[i+1]]
	off    []int32
	gold   []int
	weight float32 // scales the sentence's updates; 0 is 1
}

// Train trains a model on IOB2 sentences. Dev sentences, if any, are scored
// after every epoch.
func Train(ctx context.Context, train, dev []eval.NERSentence, cfg TrainConfig) (*Model, []Epoch, error) {
	if len(train) == 0 {
		return nil, nil, errors.New("train ner: no training sentences")
	}
	if a := cfg.Augment; a != nil && a.Copies > 0 {
		train = append(train[:len(train):len(train)], augment(train, *a, cfg.Seed)...)
	}
	if cfg.Iters <= 0 {
		cfg.Iters = 12
	}
	if cfg.Prune == 0 {
		cfg.Prune = 0.2
	}
	classSet := map[string]bool{}
	for _, s := range train {
		for _, l := range s.Labels {
			if l != "O" && len(l) > 2 {
				classSet[l[2:]] = true
			}
		}
	}
	classes := make([]string, 0, len(classSet))
	for c := range classSet {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	if len(classes) == 0 {
		return nil, nil, errors.New("train ner: training data has no entities")
	}
	if cfg.Lexicon != nil && cfg.Lexicon.present == nil {
		cfg.Lexicon.index()
	}
	m := newModel(cfg.Lang, classes, cfg.Lexicon, cfg.Words)
	m.extra = cfg.Extra
	m.feats = cfg.Features
	if m.feats&FeatDict != 0 {
		if cfg.Dict == nil {
			return nil, nil, errors.New("train ner: dictionary features need a dictionary")
		}
		m.dict = cfg.Dict
	}
	if m.feats&FeatDict2 != 0 {
		if cfg.Dict2 == nil {
			return nil, nil, errors.New("train ner: second-dictionary features need a dictionary")
		}
		m.dict2 = cfg.Dict2
	}
	if m.feats&(FeatTagger|FeatLemma) != 0 {
		if cfg.Tagger == nil {
			return nil, nil, errors.New("train ner: tagger features need a tagger")
		}
		m.tagger = cfg.Tagger
	}
	m.extraNames = cfg.ExtraNames
	if len(cfg.Extra) != len(cfg.ExtraNames) {
		return nil, nil, errors.New("train ner: every extra gazetteer needs a name")
	}
	m.info = cfg.Info
	labelIdx := map[string]int{}
	for i, l := range m.labels {
		labelIdx[l] = i
	}
	L := m.nlab

	// Features are extracted once: they do not depend on the labels.
	ids := map[uint64]int32{}
	var keys []uint64
	convert := func(s eval.NERSentence, grow bool) trainSent {
		sc := &scratch{}
		sc.reset(len(s.Tokens), L)
		m.extract(sc, s.Tokens, nil, false)
		ts := trainSent{off: make([]int32, len(s.Tokens)+1), gold: make([]int, len(s.Tokens))}
		for i := range s.Tokens {
			ts.off[i] = int32(len(ts.feats))
			for _, h := range sc.feats[sc.off[i]:sc.off[i+1]] {
				id, ok := ids[h]
				if !ok {
					if !grow {
						continue
					}
					id = int32(len(keys))
					ids[h] = id
					keys = append(keys, h)
				}
				ts.feats = append(ts.feats, id)
			}
			g, ok := labelIdx[s.Labels[i]]
			if !ok {
				g = 0 // a class unseen in training counts as O
			}
			ts.gold[i] = g
		}
		ts.off[len(s.Tokens)] = int32(len(ts.feats))
		return ts
	}
	trs := make([]trainSent, len(train))
	for i, s := range train {
		if i%1000 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, nil, err
			}
		}
		trs[i] = convert(s, true)
	}
	for i, s := range cfg.Silver {
		if i%1000 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, nil, err
			}
		}
		ts := convert(s, true)
		ts.weight = cfg.SilverWeight
		trs = append(trs, ts)
	}
	devs := make([]trainSent, len(dev))
	for i, s := range dev {
		devs[i] = convert(s, false)
	}
	nf := len(keys)
	// weights: emission rows, then transitions, then start
	size := nf*L + L*L + L
	w := make([]float32, size)
	u := make([]float64, size) // sum of c*update, for averaging
	avg := make([]float32, size)
	transOff, startOff := nf*L, nf*L+L*L
	var c float64 = 1
	upd := func(k int, d float32) {
		w[k] += d
		u[k] += c * float64(d)
	}
	average := func() {
		for k := range w {
			avg[k] = w[k] - float32(u[k]/c)
		}
	}
	sc := &scratch{}
	transT := make([]float32, L*L)
	// decodeIDs finds the best path under wt; a positive margin lowers each
	// gold label's score by it, which favours every wrong label alike.
	decodeIDs := func(ts *trainSent, wt []float32, margin float32) []int {
		n := len(ts.gold)
		sc.reset(n, L)
		for i := 0; i < n; i++ {
			out := sc.score[i*L : (i+1)*L]
			for _, f := range ts.feats[ts.off[i]:ts.off[i+1]] {
				row := wt[int(f)*L : int(f)*L+L]
				for l, v := range row {
					out[l] += v
				}
			}
			if margin > 0 {
				out[ts.gold[i]] -= margin
			}
		}
		tr := wt[transOff : transOff+L*L]
		for p := 0; p < L; p++ {
			for c := 0; c < L; c++ {
				transT[c*L+p] = tr[p*L+c]
			}
		}
		viterbi(sc, n, L, transT, wt[startOff:startOff+L], nil)
		return sc.path
	}
	order := make([]int, len(trs))
	var dropped trainSent
	var (
		epochs   []Epoch
		best     []float32
		bestF1   = -1.0
		bestIter int
		sum      []float32
	)
	bags := max(cfg.Bags, 1)
	for bag := 0; bag < bags; bag++ {
		rng := rand.New(rand.NewPCG(cfg.Seed+uint64(bag), 0x5eed))
		for i := range order {
			order[i] = i
			if bags > 1 && cfg.Bootstrap {
				order[i] = rng.IntN(len(order))
			}
		}
		clear(w)
		clear(u)
		c = 1
		for it := 1; it <= cfg.Iters; it++ {
			if err := ctx.Err(); err != nil {
				return nil, nil, err
			}
			start := time.Now()
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			errs, toks := 0, 0
			for _, si := range order {
				ts := &trs[si]
				if cfg.Dropout > 0 {
					ts = dropFeatures(ts, &dropped, rng, cfg.Dropout)
				}
				pred := decodeIDs(ts, w, cfg.Margin)
				toks += len(ts.gold)
				wrong := 0
				for i, g := range ts.gold {
					if pred[i] != g {
						wrong++
					}
				}
				if wrong > 0 {
					errs++
					step := float32(1)
					if cfg.PA > 0 {
						step = paStep(ts, pred, sc.score, w[transOff:transOff+L*L], w[startOff:startOff+L], L, cfg.Margin, wrong, cfg.PA)
					}
					if ts.weight > 0 {
						step *= ts.weight
					}
					for i, g := range ts.gold {
						p := pred[i]
						if p != g {
							for _, f := range ts.feats[ts.off[i]:ts.off[i+1]] {
								upd(int(f)*L+g, step)
								upd(int(f)*L+p, -step)
							}
						}
						gp, pp := -1, -1
						if i > 0 {
							gp, pp = ts.gold[i-1], pred[i-1]
						}
						if gp == pp && g == p {
							continue
						}
						if i == 0 {
							upd(startOff+g, step)
							upd(startOff+p, -step)
						} else {
							upd(transOff+gp*L+g, step)
							upd(transOff+pp*L+p, -step)
						}
					}
				}
				c++
			}
			average()
			ep := Epoch{N: bag*cfg.Iters + it, Errors: errs, Tokens: toks}
			if len(devs) > 0 {
				sco := eval.NewNERScorer(nil)
				for i := range devs {
					path := decodeIDs(&devs[i], avg, 0)
					pred := make([]string, len(path))
					for k, l := range path {
						pred[k] = m.labels[l]
					}
					sco.AddLabels(dev[i].Labels, pred)
				}
				ep.Dev = sco
				if f := sco.Total.F1(); cfg.KeepBest && bags == 1 && f > bestF1 {
					bestF1, bestIter = f, it
					best = append(best[:0], avg...)
				}
			}
			ep.Seconds = time.Since(start).Seconds()
			epochs = append(epochs, ep)
			if cfg.Progress != nil {
				cfg.Progress(ep)
			}
		}
		if bags > 1 {
			if sum == nil {
				sum = make([]float32, len(avg))
			}
			for k, v := range avg {
				sum[k] += v / float32(bags)
			}
		}
	}
	final := avg
	if sum != nil {
		final = sum
	} else if best != nil {
		final = best
		m.info = strings.TrimSpace(m.info + fmt.Sprintf(" (weights of epoch %d, best on dev)", bestIter))
	}
	m.setWeights(keys, final, cfg.Prune)
	m.oPenalty = cfg.OPenalty
	return m, epochs, nil
}

// paStep is the passive-aggressive step for a wrongly decoded sentence: the
// score the gold path lacks against the predicted one, plus the Hamming
// loss, over the squared norm of the update, capped at limit. score holds
// the emissions of the decoding, the gold labels lowered by margin; the
// norm counts each differing feature once per token, which overestimates
// it only when a feature repeats in a sentence.
func paStep(ts *trainSent, pred []int, score, trans, start []float32, L int, margin float32, loss int, limit float32) float32 {
	var gap, norm float32
	for i, g := range ts.gold {
		p := pred[i]
		if p != g {
			gap += score[i*L+p] - (score[i*L+g] + margin)
			norm += 2 * float32(ts.off[i+1]-ts.off[i])
		}
		if i == 0 {
			if p != g {
				gap += start[p] - start[g]
				norm += 2
			}
			continue
		}
		gp, pp := ts.gold[i-1], pred[i-1]
		if gp != pp || g != p {
			gap += trans[pp*L+p] - trans[gp*L+g]
			norm += 2
		}
	}
	cost := float32(loss)
	if margin > 0 {
		cost *= margin
	}
	if norm == 0 {
		return 0
	}
	return min(max((gap+cost)/norm, 0), limit)
}

// dropFeatures copies ts into dst without a random share p of its features.
func dropFeatures(ts, dst *trainSent, rng *rand.Rand, p float32) *trainSent {
	dst.gold, dst.weight = ts.gold, ts.weight
	dst.feats = dst.feats[:0]
	dst.off = append(dst.off[:0], 0)
	for i := range ts.gold {
		for _, f := range ts.feats[ts.off[i]:ts.off[i+1]] {
			if rng.Float32() >= p {
				dst.feats = append(dst.feats, f)
			}
		}
		dst.off = append(dst.off, int32(len(dst.feats)))
	}
	return dst
}
