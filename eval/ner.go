package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Chunk is one entity span over token indexes [Start, End) with its class.
type Chunk struct {
	Start, End int
	Class      string
}

// Chunks returns the entity spans of an IOB2 label sequence. A label that is
// neither O nor B-/I- is treated as O; an I-X that does not continue an X
// starts a new span (conlleval's reading).
func Chunks(labels []string) []Chunk {
	var out []Chunk
	start, class := -1, ""
	closeAt := func(i int) {
		if start >= 0 {
			out = append(out, Chunk{Start: start, End: i, Class: class})
			start = -1
		}
	}
	for i, l := range labels {
		switch {
		case strings.HasPrefix(l, "B-") && len(l) > 2:
			closeAt(i)
			start, class = i, l[2:]
		case strings.HasPrefix(l, "I-") && len(l) > 2:
			if start < 0 || class != l[2:] {
				closeAt(i)
				start, class = i, l[2:]
			}
		default:
			closeAt(i)
		}
	}
	closeAt(len(labels))
	return out
}

// ClassMap renames or drops the class of a chunk before scoring; ok=false
// drops it.
type ClassMap func(class string) (mapped string, ok bool)

// Identity keeps every class as it is: GermEval's official "outer chunks"
// metric, which scores LOCderiv, ORGpart … as classes of their own.
func Identity(class string) (string, bool) { return class, true }

// FourClass maps a class to PER, ORG, LOC or MISC, the classes dossier's
// mentions carry. GermEval's OTH becomes MISC; its -deriv and -part spans
// ("deutsche", "EU-weit") are dropped, because they are words derived from or
// containing a name, not names of an entity; the recogniser still reports them
// separately, and the knowledge base links adjectives to countries.
func FourClass(class string) (string, bool) {
	if strings.HasSuffix(class, "deriv") || strings.HasSuffix(class, "part") {
		return "", false
	}
	switch class {
	case "PER", "ORG", "LOC", "MISC":
		return class, true
	case "OTH":
		return "MISC", true
	}
	return class, true
}

// Restrict wraps m so that classes outside keep are dropped: used when the gold
// data annotates fewer classes than the system predicts (UNER has no MISC).
func Restrict(m ClassMap, keep ...string) ClassMap {
	return func(class string) (string, bool) {
		c, ok := m(class)
		if !ok {
			return "", false
		}
		for _, k := range keep {
			if c == k {
				return c, true
			}
		}
		return "", false
	}
}

// Counts holds the span counts of one class.
type Counts struct {
	Gold, Pred, Correct int
}

// P returns precision (0 when nothing was predicted).
func (c Counts) P() float64 { return ratio(c.Correct, c.Pred) }

// R returns recall (0 when there is no gold span).
func (c Counts) R() float64 { return ratio(c.Correct, c.Gold) }

// F1 returns the harmonic mean of P and R.
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// NERScorer accumulates strict span scores: a predicted span counts as correct
// only when a gold span has the same start, end and (mapped) class.
type NERScorer struct {
	Map     ClassMap
	Total   Counts
	ByClass map[string]*Counts
}

// NewNERScorer returns a scorer that maps classes with m (nil means Identity).
func NewNERScorer(m ClassMap) *NERScorer {
	if m == nil {
		m = Identity
	}
	return &NERScorer{Map: m, ByClass: map[string]*Counts{}}
}

func (s *NERScorer) class(c string) *Counts {
	k := s.ByClass[c]
	if k == nil {
		k = &Counts{}
		s.ByClass[c] = k
	}
	return k
}

// Add scores the spans of one sentence.
func (s *NERScorer) Add(gold, pred []Chunk) {
	type key struct {
		start, end int
		class      string
	}
	g := make(map[key]bool, len(gold))
	for _, c := range gold {
		m, ok := s.Map(c.Class)
		if !ok {
			continue
		}
		g[key{c.Start, c.End, m}] = true
		s.class(m).Gold++
		s.Total.Gold++
	}
	for _, c := range pred {
		m, ok := s.Map(c.Class)
		if !ok {
			continue
		}
		s.class(m).Pred++
		s.Total.Pred++
		if k := (key{c.Start, c.End, m}); g[k] {
			delete(g, k) // a gold span is matched at most once
			s.class(m).Correct++
			s.Total.Correct++
		}
	}
}

// AddLabels scores one sentence given as gold and predicted IOB2 labels.
func (s *NERScorer) AddLabels(gold, pred []string) {
	s.Add(Chunks(gold), Chunks(pred))
}

// WriteClasses prints one line per class, sorted by name.
func (s *NERScorer) WriteClasses(w io.Writer) error {
	names := make([]string, 0, len(s.ByClass))
	for n := range s.ByClass {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		c := s.ByClass[n]
		if _, err := fmt.Fprintf(w, "  %-9s P=%.3f R=%.3f F1=%.3f (gold %d, predicted %d, correct %d)\n",
			n, c.P(), c.R(), c.F1(), c.Gold, c.Pred, c.Correct); err != nil {
			return err
		}
	}
	return nil
}

// Summary returns the contract's summary line, e.g.
// "ner de: P=0.812 R=0.790 F1=0.801 (gold 5100, predicted 4980)".
func (s *NERScorer) Summary(name string) string {
	c := s.Total
	return fmt.Sprintf("%s: P=%.3f R=%.3f F1=%.3f (gold %d, predicted %d)", name, c.P(), c.R(), c.F1(), c.Gold, c.Pred)
}
