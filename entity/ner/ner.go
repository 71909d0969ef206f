// Package ner is dossier's statistical named-entity recogniser: a linear-chain
// averaged perceptron over hashed features (word, affixes, shape,
// capitalisation, neighbours, previous label, gazetteer matches, word
// clusters and, for German, a spelling dictionary's stems and flags), decoded
// with Viterbi under IOB2 constraints.
//
// It finds names the knowledge base lacks. Models for English and German are
// embedded (see MODEL.md for the data and commands that made them):
//
//	m, err := ner.Load("de")
//	chunks := m.Predict([]string{"Angela", "Merkel", "besuchte", "Paris", "."})
//
// A Model is safe for concurrent use.
package ner

import (
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/dossier-news/dossier/tag"
)

// Chunk is one recognised span of tokens [Start, End).
type Chunk struct {
	Start, End int
	// Class is PER, ORG, LOC or MISC.
	Class string
	// Sub is "" for a name. German models also find words derived from a name
	// ("deutsche": deriv) and words that contain one ("EU-weit": part); they are
	// not names of an entity, but the linker can use them.
	Sub string
	// Label is the model's own class, e.g. "LOCderiv" or "OTH" for GermEval.
	Label string
	// Score is a confidence in (0, 1): the logistic of the smallest margin,
	// over the chunk's tokens, between the chosen label's score and the best
	// other label's. It ranks chunks; it is not a calibrated probability.
	Score float64
}

// Model is a trained recogniser.
type Model struct {
	lang    string
	german  bool     // German morphology features
	info    string   // what it was trained on, for display
	classes []string // model classes, e.g. PER, LOCderiv
	labels  []string // IOB2 labels: O, then B-/I- per class
	nlab    int

	tab    weightTable
	trans  []float32 // nlab*nlab, [prev*nlab+cur]
	transT []float32 // the same transposed, [cur*nlab+prev], for Viterbi
	vit    vitPlan   // what Viterbi derives from the transitions
	start  []float32 // nlab
	// oPenalty is subtracted from the O label's score at every token: a
	// perceptron trained on sparse data is conservative, and a small penalty
	// trades precision for recall (tuned on dev data, stored in the file).
	oPenalty float32
	// classBias is added to the B- and I- labels of each class (indexed like
	// classes; nil for none): where a class's recall lags its precision a
	// bias finds more of it (tuned by cross-validation, stored in the file).
	classBias []float32

	// feats switches on feature groups (FeatXxx) beyond the original set.
	feats  uint64
	tagger *tag.Tagger // POS tags and lemmas when feats has FeatTagger
	dict   *Dictionary // spelling dictionary when feats has FeatDict
	dict2  *Dictionary // second language's dictionary when feats has FeatDict2

	lex        *Lexicon
	words      *WordTable
	extra      []Gazetteer
	extraNames []string // what extra holds, saved with the model ("kb")

	// free holds scratch memory between calls. Not a sync.Pool: a scratch
	// carries a form cache that pays off over many sentences, and a pool
	// drops its items at every garbage collection.
	freeMu sync.Mutex
	free   []*scratch
}

// OPenalty returns the penalty on the O label (see SetOPenalty).
func (m *Model) OPenalty() float32 { return m.oPenalty }

// SetOPenalty sets the score subtracted from the O label at every token; a
// positive value finds more entities at some cost in precision. Training
// sets it from TrainConfig.OPenalty; call it only before concurrent use.
func (m *Model) SetOPenalty(p float32) { m.oPenalty = p }

// ClassBias returns the score added to a class's labels (see SetClassBias).
func (m *Model) ClassBias(class string) float32 {
	for i, c := range m.classes {
		if c == class && m.classBias != nil {
			return m.classBias[i]
		}
	}
	return 0
}

// SetClassBias sets the score added to the B- and I- labels of a model class
// (e.g. "OTH", "LOCpart") at every token; positive values find more of it.
// It reports false for a class the model does not have. Call it only before
// concurrent use.
func (m *Model) SetClassBias(class string, v float32) bool {
	for i, c := range m.classes {
		if c == class {
			if m.classBias == nil {
				m.classBias = make([]float32, len(m.classes))
			}
			m.classBias[i] = v
			return true
		}
	}
	return false
}

// BiasGroup is the group of a model class whose bias is set together: "deriv"
// for every -deriv class, "part" for every -part class, else the class.
func BiasGroup(class string) string {
	for _, suf := range []string{"deriv", "part"} {
		if strings.HasSuffix(class, suf) && len(class) > len(suf) {
			return suf
		}
	}
	return class
}

// Lang returns the model's language code.
func (m *Model) Lang() string { return m.lang }

// Info describes what the model was trained on.
func (m *Model) Info() string { return m.info }

// Classes returns the model's own classes (e.g. PER, ORG, LOC, OTH, LOCderiv).
func (m *Model) Classes() []string { return append([]string(nil), m.classes...) }

// NumFeatures returns the number of features with weights.
func (m *Model) NumFeatures() int { return m.tab.n() }

func newModel(lang string, classes []string, lex *Lexicon, words *WordTable) *Model {
	m := &Model{lang: lang, german: lang == "de", classes: classes, lex: lex, words: words}
	m.labels = []string{"O"}
	for _, c := range classes {
		m.labels = append(m.labels, "B-"+c, "I-"+c)
	}
	m.nlab = len(m.labels)
	m.trans = make([]float32, m.nlab*m.nlab)
	m.start = make([]float32, m.nlab)
	m.transT = make([]float32, m.nlab*m.nlab)
	return m
}

// setTrans sets the transition weights (prev*nlab+cur) and their transpose.
func (m *Model) setTrans(tr []float32) {
	copy(m.trans, tr)
	L := m.nlab
	for p := 0; p < L; p++ {
		for c := 0; c < L; c++ {
			m.transT[c*L+p] = tr[p*L+c]
		}
	}
	m.vit.set(m.transT, L)
}

func (m *Model) getScratch() *scratch {
	m.freeMu.Lock()
	defer m.freeMu.Unlock()
	if n := len(m.free); n > 0 {
		s := m.free[n-1]
		m.free = m.free[:n-1]
		return s
	}
	return &scratch{}
}

// putScratch keeps s for the next call, up to twice as many scratches as
// goroutines can predict at once (a scratch is held only while one computes):
// each holds a form cache of a few MB, and more would only hold memory.
func (m *Model) putScratch(s *scratch) {
	m.freeMu.Lock()
	defer m.freeMu.Unlock()
	if len(m.free) < 2*runtime.GOMAXPROCS(0) {
		m.free = append(m.free, s)
	}
}

// decode runs feature extraction, scoring and Viterbi; the best label indexes
// end in s.path.
func (m *Model) decode(s *scratch, tokens []string, ext []GazMatch, useExt bool) {
	n := len(tokens)
	s.reset(n, m.nlab)
	m.extract(s, tokens, ext, useExt)
	L := m.nlab
	for i := 0; i < n; i++ {
		out := s.score[i*L : (i+1)*L]
		s.sink += m.tab.addAll(s.feats[s.off[i]:s.off[i+1]], out)
		out[0] -= m.oPenalty
		for c, b := range m.classBias {
			out[1+2*c] += b
			out[2+2*c] += b
		}
	}
	viterbi(s, n, L, m.transT, m.start, &m.vit)
}

var negInf = float32(math.Inf(-1))

// viterbi finds the best label sequence for the emission scores in s.score.
// Label 0 is O, then B-, I- per class: O and B- may follow anything, I- only
// the B- or I- of its class, and I- cannot start a sentence.
//
// The forward pass keeps each label's best predecessor (the first of equal
// sums, in label order, as a full scan would find it: the labels it skips
// score strictly less, see below), so tracing back is one read a token.
//
// For O and B-, which may follow any label, the forward pass visits only the
// predecessors that can win. With M the best previous score (label pm) and
// G the largest gap, over those targets c, between c's best incoming
// transition and pm's into c, a label p with prev[p] < M-G cannot beat pm
// into any c: prev[p]+tr[p][c] ≤ prev[p]+trMax[c] < M+tr[pm][c]. Emission
// margins are usually far wider than transition gaps, so few labels remain.
// A slack far above float32 rounding keeps the bound safe; the best scores,
// and so the path, are those of visiting every label.
//
// plan holds what the forward pass derives from the transitions alone
// (vitPlan.set); nil (or a plan never set) derives it from trans.
func viterbi(s *scratch, n, L int, trans, start []float32, plan *vitPlan) {
	if n == 0 {
		return
	}
	for c := 0; c < L; c++ {
		if c > 0 && c%2 == 0 {
			s.vit[c] = negInf
			continue
		}
		s.vit[c] = s.score[c] + start[c]
	}
	if n == 1 {
		s.path[0] = bestLabel(s.vit[:L])
		return
	}
	if plan == nil || len(plan.gap) != L {
		s.plan.set(trans, L)
		plan = &s.plan
	}
	if L > 256 {
		panic("ner: viterbi keeps predecessors in bytes: at most 256 labels")
	}
	if cap(s.back) < n*L {
		s.back = make([]uint8, n*L)
	}
	back := s.back[:n*L]
	// slices of one length L, which spares the loops their bounds checks
	gap, from, inB, inI := plan.gap[:L], plan.from[:L*L], plan.inB[:L], plan.inI[:L]
	// M is the best previous score, at pm (the first of equal ones, in
	// label order) and M2 the best of the others: each row's are found
	// while the row is written, not by scanning it again.
	pm, M, M2 := top2(s.vit[:L])
	for i := 1; i < n; i++ {
		prev := s.vit[(i-1)*L : i*L]
		cur := s.vit[i*L : (i+1)*L]
		em := s.score[i*L : (i+1)*L]
		prev, em = prev[:len(cur)], em[:len(cur)]
		G := gap[pm]
		thr := M - G - 1e-4*(abs32(M)+G+1)
		bk := back[i*L : (i+1)*L]
		bk = bk[:len(cur)]
		if M2 < thr {
			// one candidate, pm, the usual case: nothing to compare for O
			// and the B- labels. Each B- label and the I- label after it
			// are written in one step, in label order, so that the row's
			// best two are kept as a scan would find them.
			p0 := pm
			v0 := prev[p0]
			row := from[p0*L : p0*L+L]
			row = row[:len(cur)]
			v := v0 + row[0] + em[0]
			cur[0] = v
			bk[0] = uint8(p0)
			pm, M, M2 = 0, v, negInf
			c := 1
			for ; c+1 < len(cur); c += 2 {
				b := v0 + row[c] + em[c]
				cur[c] = b
				bk[c] = uint8(p0)
				pm, M, M2 = rank2(c, b, pm, M, M2)
				// the I- label c+1: its B-, then itself
				best, arg := prev[c]+inB[c+1], c
				if v := prev[c+1] + inI[c+1]; v > best {
					best, arg = v, c+1
				}
				iv := best + em[c+1]
				cur[c+1] = iv
				bk[c+1] = uint8(arg)
				pm, M, M2 = rank2(c+1, iv, pm, M, M2)
			}
			if c < len(cur) {
				// a last B- label without its I- label
				b := v0 + row[c] + em[c]
				cur[c] = b
				bk[c] = uint8(p0)
				pm, M, M2 = rank2(c, b, pm, M, M2)
			}
			continue
		}
		if cap(s.cand) < L {
			s.cand = make([]int, 0, L)
		}
		cand := s.cand[:0]
		for p, v := range prev {
			if v >= thr {
				cand = append(cand, p)
			}
		}
		s.cand = cand
		// O and the B- labels (0, 1, 3, …) from the candidates
		for c := 0; c < L; c += 1 + min(c, 1) {
			tr := trans[c*L : c*L+L] // transposed: tr[p] scores p -> c
			arg := cand[0]
			best := prev[arg] + tr[arg]
			for _, p := range cand[1:] {
				if v := prev[p] + tr[p]; v > best {
					best, arg = v, p
				}
			}
			cur[c] = best + em[c]
			bk[c] = uint8(arg)
		}
		// the I- labels (2, 4, …): their B-, then themselves
		for c := 2; c < len(cur); c += 2 {
			best, arg := prev[c-1]+inB[c], c-1
			if v := prev[c] + inI[c]; v > best {
				best, arg = v, c
			}
			cur[c] = best + em[c]
			bk[c] = uint8(arg)
		}
		pm, M, M2 = top2(cur)
	}
	arg := bestLabel(s.vit[(n-1)*L : n*L])
	for i := n - 1; i >= 0; i-- {
		s.path[i] = arg
		if i > 0 {
			arg = int(back[i*L+arg])
		}
	}
}

// vitPlan is what Viterbi's forward pass derives from the transitions alone,
// laid out for it: computed once per model instead of once per token.
type vitPlan struct {
	// trMax: each label's best incoming transition (transMax)
	trMax []float32
	// gap[pm]: for pm the best previous label, the largest gap G over O
	// and the B- labels c between trMax[c] and pm's transition into c,
	// taken in the order the forward pass used to take it
	gap []float32
	// from: the transitions not transposed, from[p*L+c] scoring p -> c,
	// so that one predecessor's row into every label is contiguous
	from []float32
	// inB[c], inI[c]: an I- label c's transitions from its B- and from
	// itself (0 for the other labels)
	inB, inI []float32
}

// set derives the plan from the transposed transitions trans (trans[c*L+p]
// scores p -> c).
func (v *vitPlan) set(trans []float32, L int) {
	v.trMax = transMax(v.trMax, trans, L)
	v.gap = resize(v.gap, L)
	for pm := 0; pm < L; pm++ {
		G := v.trMax[0] - trans[pm] // O
		for c := 1; c < L; c += 2 { // the B- labels
			if g := v.trMax[c] - trans[c*L+pm]; g > G {
				G = g
			}
		}
		v.gap[pm] = G
	}
	v.from = resize(v.from, L*L)
	for c := 0; c < L; c++ {
		for p := 0; p < L; p++ {
			v.from[p*L+c] = trans[c*L+p]
		}
	}
	v.inB, v.inI = resize(v.inB, L), resize(v.inI, L)
	for c := 2; c < L; c += 2 {
		v.inB[c], v.inI[c] = trans[c*L+c-1], trans[c*L+c]
	}
}

// resize returns s with length n, reusing its memory when it has room.
func resize(s []float32, n int) []float32 {
	if cap(s) < n {
		return make([]float32, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// transMax returns in dst each label's best incoming transition, from the
// transposed transition matrix trans.
func transMax(dst, trans []float32, L int) []float32 {
	dst = append(dst[:0], make([]float32, L)...)
	for c := 0; c < L; c++ {
		tr := trans[c*L : c*L+L]
		best := tr[0]
		for _, v := range tr[1:] {
			if v > best {
				best = v
			}
		}
		dst[c] = best
	}
	return dst
}

// bestLabel returns the first label with the highest score.
// top2 returns the index of the best score in v (the first of equal ones),
// that score and the best of the others (negInf when there are none).
func top2(v []float32) (int, float32, float32) {
	pm, M, M2 := 0, v[0], negInf
	for p := 1; p < len(v); p++ {
		pm, M, M2 = rank2(p, v[p], pm, M, M2)
	}
	return pm, M, M2
}

// rank2 puts score x of label p among the best two of a row scanned in
// label order: the best m at pm (the first of equal ones) and m2 the best of
// the others.
func rank2(p int, x float32, pm int, m, m2 float32) (int, float32, float32) {
	if x > m {
		return p, x, m
	}
	if x > m2 {
		return pm, m, x
	}
	return pm, m, m2
}

func bestLabel(v []float32) int {
	arg := 0
	for c := 1; c < len(v); c++ {
		if v[c] > v[arg] {
			arg = c
		}
	}
	return arg
}

func abs32(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
}

// PredictLabels returns one IOB2 label per token in the model's own classes
// (for German GermEval's, e.g. B-LOCderiv). dst is reused when large enough.
func (m *Model) PredictLabels(tokens []string, dst []string) []string {
	dst = dst[:0]
	if len(tokens) == 0 {
		return dst
	}
	s := m.getScratch()
	m.decodeFast(s, tokens, nil, false)
	for _, l := range s.path {
		dst = append(dst, m.labels[l])
	}
	m.putScratch(s)
	return dst
}

// Predict returns the chunks the model finds in one sentence of tokens
// (punctuation split off, as the segmenter gives them).
func (m *Model) Predict(tokens []string) []Chunk {
	return m.predict(nil, tokens, nil, false)
}

// PredictWith is Predict with the matches of the model's extra gazetteers
// given instead of looked up: for a caller that has already run the knowledge
// base's matcher over the sentence (see FromKBMatches).
func (m *Model) PredictWith(tokens []string, gaz []GazMatch) []Chunk {
	return m.predict(nil, tokens, gaz, true)
}

// AppendPredictWith is PredictWith appending the chunks to dst, for a
// caller that reuses one slice sentence after sentence.
func (m *Model) AppendPredictWith(dst []Chunk, tokens []string, gaz []GazMatch) []Chunk {
	return m.predict(dst, tokens, gaz, true)
}

func (m *Model) predict(dst []Chunk, tokens []string, gaz []GazMatch, useGaz bool) []Chunk {
	if len(tokens) == 0 {
		return dst
	}
	s := m.getScratch()
	m.decodeFast(s, tokens, gaz, useGaz)
	// the chunks are counted first, for one allocation of the result
	nc := 0
	for i, l := range s.path[:len(tokens)] {
		if l != 0 && (l%2 == 1 || i == 0 || s.path[i-1] == 0 || (s.path[i-1]-1)/2 != (l-1)/2) {
			nc++
		}
	}
	out := dst
	if nc > 0 {
		out = slices.Grow(out, nc)
	}
	L := m.nlab
	for i := 0; i < len(tokens); {
		l := s.path[i]
		if l == 0 {
			i++
			continue
		}
		cls := (l - 1) / 2
		j := i + 1
		for j < len(tokens) && s.path[j] == 2+2*cls {
			j++
		}
		minMargin := float32(math.Inf(1))
		for k := i; k < j; k++ {
			em := s.score[k*L : (k+1)*L]
			chosen := em[s.path[k]]
			other := negInf
			for c, v := range em {
				if c != s.path[k] && v > other {
					other = v
				}
			}
			minMargin = min(minMargin, chosen-other)
		}
		label := m.classes[cls]
		class, sub := SplitClass(label)
		out = append(out, Chunk{Start: i, End: j, Class: class, Sub: sub, Label: label,
			Score: confidence(minMargin)})
		i = j
	}
	m.putScratch(s)
	return out
}

// confidence squashes a score margin into (0, 1). Margins are in the
// perceptron's units; marginScale makes a typical margin land mid-range.
func confidence(margin float32) float64 {
	const marginScale = 10
	c := 1 / (1 + math.Exp(-float64(margin)/marginScale))
	return min(max(c, 0.001), 0.999)
}

// SplitClass maps a model class to dossier's class and subtype: GermEval's OTH
// is MISC, "LOCderiv" is LOC with Sub "deriv", "ORGpart" ORG with Sub "part".
func SplitClass(label string) (class, sub string) {
	class = label
	for _, suf := range []string{"deriv", "part"} {
		if strings.HasSuffix(class, suf) && len(class) > len(suf) {
			class, sub = class[:len(class)-len(suf)], suf
			break
		}
	}
	if class == "OTH" {
		class = "MISC"
	}
	return class, sub
}
