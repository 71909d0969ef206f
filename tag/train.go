package tag

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"time"

	"github.com/dossier-news/dossier"
)

// TrainConfig says what to train on and how long.
type TrainConfig struct {
	Lang  string
	Train []*Sentence
	Dev   []*Sentence // may be empty: then no dev accuracy is reported
	Iters int         // passes over the training data; 0 means 10
	Seed  uint64
	// MinWeight prunes features whose averaged weights are all smaller;
	// 0 means 0.05.
	MinWeight float64
	// Dropout is the probability with which a word seen once in training
	// hides its identity in a pass; 0 means 0.1, negative means none.
	Dropout float64
	// Bags is the number of models trained on differently shuffled passes
	// whose averaged weights are averaged again; 0 means 1.
	Bags int
	// Raw is unlabelled text (sentences of tokens). When set, a first model
	// trained without it tags it, and the tags each form got there (its
	// ambiguity class) become features of the model trained next.
	Raw [][]string
	// RawRounds is how many times the lexicon is rebuilt with the tags of
	// a model that had the previous one; 0 means 1.
	RawRounds int
	// Progress, when set, is called after each pass.
	Progress func(IterStats)
}

// IterStats reports one training pass.
type IterStats struct {
	Iter     int
	TrainAcc float64 // accuracy of the (unaveraged) model during the pass
	DevAcc   float64 // accuracy of the averaged model on Dev, or -1
	Features int
	Elapsed  time.Duration
}

// Eval holds accuracy figures on gold sentences.
type Eval struct {
	Tokens       int
	POSCorrect   int
	LemmaCorrect int // exact match of the lemma
	// Lemma figures for gold VERB tokens (whatever the tagger said).
	Verbs            int
	VerbLemmaCorrect int
	// Lemma figures for tokens whose form was not in the training lexicon.
	Unknown             int
	UnknownPOSCorrect   int
	UnknownLemmaCorrect int
}

// POSAcc is the share of tokens with the right UPOS.
func (e Eval) POSAcc() float64 { return ratio(e.POSCorrect, e.Tokens) }

// LemmaAcc is the share of tokens with the right lemma.
func (e Eval) LemmaAcc() float64 { return ratio(e.LemmaCorrect, e.Tokens) }

// VerbLemmaAcc is the share of gold VERB tokens with the right lemma.
func (e Eval) VerbLemmaAcc() float64 { return ratio(e.VerbLemmaCorrect, e.Verbs) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// splitMWT decides whether a multiword token is shown to the trainer split:
// English contractions are split or not depending on the tokenizer, so
// training sees both; German contractions (im, zum) never are.
func splitMWT(lang string, i int, rng *rand.Rand) bool {
	if lang != "en" {
		return false
	}
	if rng == nil {
		return true
	}
	return rng.IntN(2) == 0
}

type example struct {
	words []Word
	gold  []int
	ws    []wordInfo
	word  []uint64 // the word hashes, kept while ws[i].word is hidden
	rare  []bool
}

// unknownWord stands for a hidden word hash: rare training words are shown
// as it now and then, so that the weights of affix and context features
// learn what unknown words at run time need.
const unknownWord = 0x3c756e6b3e

// Train learns a tagger and lemmatiser from gold sentences.
func Train(ctx context.Context, cfg TrainConfig) (*Tagger, error) {
	if len(cfg.Train) == 0 {
		return nil, fmt.Errorf("train tagger: no training sentences")
	}
	iters := cfg.Iters
	if iters <= 0 {
		iters = 10
	}
	minW := cfg.MinWeight
	if minW == 0 {
		minW = 0.05
	}
	dropout := cfg.Dropout
	if dropout == 0 {
		dropout = 0.1
	}
	amb := newAmbLexicon(cfg.Lang)
	if len(cfg.Raw) > 0 {
		first := cfg
		first.Dev, first.Progress = nil, nil
		first.RawRounds = max(cfg.RawRounds, 1) - 1
		if first.RawRounds == 0 {
			first.Raw = nil
		}
		t0, err := Train(ctx, first)
		if err != nil {
			return nil, fmt.Errorf("first pass: %w", err)
		}
		amb = buildAmbLexicon(t0, cfg.Raw)
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x7a66e7))
	t := &Tagger{lang: cfg.Lang, amb: amb}
	tagID := map[string]int{}
	var exs []*example
	var lemmaWords []Word
	for i, s := range cfg.Train {
		ws := s.Surface(splitMWT(cfg.Lang, i, rng))
		ex := &example{words: ws, gold: make([]int, len(ws)), ws: make([]wordInfo, len(ws))}
		for j, w := range ws {
			id, ok := tagID[w.UPOS]
			if !ok {
				id = len(t.tags)
				if id == maxTags {
					return nil, fmt.Errorf("train tagger: more than %d tags", maxTags)
				}
				tagID[w.UPOS] = id
				t.tags = append(t.tags, w.UPOS)
			}
			ex.gold[j] = id
			analyse(w.Form, j == 0, &ex.ws[j])
		}
		exs = append(exs, ex)
		lemmaWords = append(lemmaWords, s.Words...)
	}
	freq := map[uint64]int{}
	for _, ex := range exs {
		for _, w := range ex.ws {
			freq[w.word]++
		}
	}
	for _, ex := range exs {
		ex.word = make([]uint64, len(ex.ws))
		ex.rare = make([]bool, len(ex.ws))
		for i, w := range ex.ws {
			ex.word[i] = w.word
			ex.rare[i] = freq[w.word] == 1
		}
	}
	amb.addTreebank(exs, len(t.tags))
	for _, ex := range exs {
		for j, w := range ex.words {
			amb.fill(w.Form, &ex.ws[j])
		}
	}
	t.lem = trainLemmatizer(cfg.Lang, lemmaWords)
	t.index()

	bags := max(cfg.Bags, 1)
	sum := newAvgSum(len(t.tags))
	scores := make([]float32, len(t.tags))
	var feats [maxFeatures]uint64
	start := time.Now()
	for bag := 0; bag < bags; bag++ {
		tw := newTrainWeights(len(t.tags))
		for it := 1; it <= iters; it++ {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			rng.Shuffle(len(exs), func(i, j int) { exs[i], exs[j] = exs[j], exs[i] })
			correct, total := 0, 0
			for _, ex := range exs {
				for i, r := range ex.rare {
					ex.ws[i].word = ex.word[i]
					if r && dropout > 0 && rng.Float64() < dropout {
						ex.ws[i].word = unknownWord
					}
				}
				p1, p2 := -1, -2
				for i := range ex.words {
					n := features(ex.ws, i, p1, p2, &feats)
					pred := tw.best(feats[:n], scores)
					tw.update(feats[:n], ex.gold[i], pred)
					if pred == ex.gold[i] {
						correct++
					}
					total++
					// The history is the predicted tags, as at run time, so
					// the model learns to live with its own mistakes.
					p2, p1 = p1, pred
				}
			}
			st := IterStats{Iter: bag*iters + it, TrainAcc: ratio(correct, total), DevAcc: -1, Features: len(tw.index), Elapsed: time.Since(start)}
			if len(cfg.Dev) > 0 && cfg.Progress != nil {
				t.setWeights(tw.freeze(minW))
				st.DevAcc = t.Evaluate(cfg.Dev).POSAcc()
			}
			if cfg.Progress != nil {
				cfg.Progress(st)
			}
		}
		sum.add(tw)
	}
	t.setWeights(sum.freeze(minW))
	return t, nil
}

// Evaluate tags the gold sentences and compares with their tags and lemmas
// (gold lemmas pass through NormalizeLemma first).
// English multiword tokens are shown split, as the treebank's words; German
// ones (im, zum) as one token, as a tokenizer gives them.
func (t *Tagger) Evaluate(gold []*Sentence) Eval {
	var e Eval
	var toks []dossier.Token
	for _, s := range gold {
		ws := s.Surface(splitMWT(t.lang, 0, nil))
		toks = toks[:0]
		for _, w := range ws {
			toks = append(toks, dossier.Token{Text: w.Form})
		}
		t.Tag(toks)
		for i, w := range ws {
			e.Tokens++
			posOK := toks[i].POS == w.UPOS
			lemOK := toks[i].Lemma == NormalizeLemma(t.lang, w.Form, w.Lemma)
			if posOK {
				e.POSCorrect++
			}
			if lemOK {
				e.LemmaCorrect++
			}
			if w.UPOS == "VERB" {
				e.Verbs++
				if lemOK {
					e.VerbLemmaCorrect++
				}
			}
			if !t.known(w.Form) {
				e.Unknown++
				if posOK {
					e.UnknownPOSCorrect++
				}
				if lemOK {
					e.UnknownLemmaCorrect++
				}
			}
		}
	}
	return e
}

// known tells whether the lexicon has the form under any tag.
func (t *Tagger) known(form string) bool {
	low := lowerString(form)
	for _, tg := range t.tags {
		if _, ok := t.lem.lexicon[low+"\x00"+tg]; ok {
			return true
		}
	}
	return false
}

// ReadCoNLLUFiles reads and concatenates the sentences of CoNLL-U files.
func ReadCoNLLUFiles(paths ...string) ([]*Sentence, error) {
	var out []*Sentence
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("read conllu: %w", err)
		}
		ss, err := ReadCoNLLU(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("read conllu %s: %w", p, err)
		}
		out = append(out, ss...)
	}
	return out, nil
}

// Split returns the sentences at positions where keep(i) is true, and the rest.
func Split(ss []*Sentence, keep func(i int) bool) (in, out []*Sentence) {
	for i, s := range ss {
		if keep(i) {
			in = append(in, s)
		} else {
			out = append(out, s)
		}
	}
	return slices.Clip(in), slices.Clip(out)
}
