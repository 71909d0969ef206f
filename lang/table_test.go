package lang

import (
	"bytes"
	"testing"
)

// referenceScores scores text straight from the model's map, the way the
// model defines it: the detector's packed table must give the same sums.
func referenceScores(m *Model, langs []string, text string) []float64 {
	idx := make([]int, len(langs))
	for i, l := range langs {
		for j, ml := range m.Langs {
			if ml == l {
				idx[i] = j
			}
		}
	}
	s := make([]float64, len(langs))
	grams(text, func(key uint32, order int) {
		row, ok := m.Grams[key]
		for c, j := range idx {
			if ok {
				s[c] += float64(row[j])
			} else {
				s[c] += float64(m.Unseen[j][order-1])
			}
		}
	})
	return s
}

func TestDetectorMatchesModel(t *testing.T) {
	m, err := ReadModel(bytes.NewReader(embeddedModel))
	if err != nil {
		t.Fatal(err)
	}
	check := func(t *testing.T, texts []string) {
		for _, langs := range [][]string{{"en", "de"}, {"de", "en"}, {"de"}} {
			d, err := m.Detector(langs)
			if err != nil {
				t.Fatal(err)
			}
			for _, text := range texts {
				got, _ := d.Scores(text)
				want := referenceScores(m, langs, text)
				for c := range want {
					if got[c] != want[c] {
						t.Fatalf("%v %.40q: score %d = %v, model says %v", langs, text, c, got[c], want[c])
					}
				}
			}
		}
	}
	check(t, []string{
		"", "a", "Die Delegation reiste am Dienstag weiter.", "The talks ended without a statement.",
		"ÄÖÜ äöü ß – «quoted» 1234", "Mixed: die Minister met in Genf.",
	})
	t.Run("news", func(t *testing.T) {
		data := sharedDir(t)
		docs := gnadDocs(t, data)
		bodies, _ := reuters(t, data)
		check(t, append(docs[:min(len(docs), 200)], bodies[:min(len(bodies), 200)]...))
	})
}
