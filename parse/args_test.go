package parse

import (
	"fmt"
	"testing"
)

// prf counts matches of predicted against gold items.
type prf struct{ tp, fp, fn int }

func (c *prf) add(gold, pred []string) {
	g := map[string]int{}
	for _, x := range gold {
		g[x]++
	}
	for _, x := range pred {
		if g[x] > 0 {
			g[x]--
			c.tp++
		} else {
			c.fp++
		}
	}
	for _, n := range g {
		c.fn += n
	}
}

func (c prf) f1() float64 {
	p := float64(c.tp) / float64(max(c.tp+c.fp, 1))
	r := float64(c.tp) / float64(max(c.tp+c.fn, 1))
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c prf) String() string {
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f (gold %d)",
		float64(c.tp)/float64(max(c.tp+c.fp, 1)), float64(c.tp)/float64(max(c.tp+c.fn, 1)), c.f1(), c.tp+c.fn)
}

// TestArgumentAccuracy scores the argument helpers as event extraction will
// use them: for every verb of the dev treebank, the subjects, objects and
// obliques (with case marker) the helpers find on the parser's trees
// (predicted tags) against what they find on the gold trees.
func TestArgumentAccuracy(t *testing.T) {
	for _, c := range []struct {
		lang, file string
		minSubj    float64
	}{
		// Only English: the shipped German parser and tagger trained on
		// GSD dev, so a figure there would not be held out.
		{"en", "ud-english-ewt/en_ewt-ud-dev.conllu", 0.80},
	} {
		t.Run(c.lang, func(t *testing.T) {
			trees, tags := devTagged(t, c.lang, c.file)
			p := loadParser(t, c.lang)
			var subj, obj, obl prf
			for i, tr := range trees {
				gold := Graph{Tokens: tags[i], Arcs: make([]Arc, len(tr.Nodes))}
				for j, n := range tr.Nodes {
					gold.Arcs[j] = Arc{Head: n.Head - 1, Label: LabelOf(n.Deprel)}
				}
				pred := Graph{Tokens: tags[i], Arcs: p.Parse(tags[i])}
				for j, n := range tr.Nodes {
					if n.UPOS != "VERB" {
						continue
					}
					subj.add(ids(gold.Subjects(j)), ids(pred.Subjects(j)))
					obj.add(ids(gold.Objects(j)), ids(pred.Objects(j)))
					obl.add(obls(gold.Obliques(j)), obls(pred.Obliques(j)))
				}
			}
			t.Logf("%s verbs: subjects %v; objects %v; obliques+case %v", c.lang, subj, obj, obl)
			if subj.f1() < c.minSubj {
				t.Errorf("subject F1 %.3f, want at least %.2f", subj.f1(), c.minSubj)
			}
		})
	}
}

func ids(is []int) []string {
	out := make([]string, len(is))
	for k, i := range is {
		out[k] = fmt.Sprint(i)
	}
	return out
}

func obls(os []Oblique) []string {
	out := make([]string, len(os))
	for k, o := range os {
		out[k] = fmt.Sprint(o.Token, o.Case)
	}
	return out
}
