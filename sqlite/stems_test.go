package sqlite

import (
	"strings"
	"testing"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/text"
)

// TestStemCache checks that search terms made through a cache kept across
// batches (and emptied when full) are those made afresh.
func TestStemCache(t *testing.T) {
	docs := []struct{ text, lang string }{
		{"Die Regierungen besuchten die Häfen. Der Besuch der Minister dauerte Tage.", "de"},
		{"The ministers visited the ports. Their visits lasted days.", "en"},
		{"Die Minister besuchten erneut die Häfen.", "de"},
		{"The minister visits the port again.", "en"},
	}
	fresh := func(doc string, s dossier.Sentence) string {
		var out []string
		for _, tok := range text.Tokenize(doc, s.Span, s.Lang) {
			if st := text.Stem(tok.Text, s.Lang); st != "" {
				out = append(out, st)
			}
		}
		return strings.Join(out, " ")
	}
	for _, limit := range []bool{false, true} {
		c := &stemCache{}
		for round := range 2 {
			for _, d := range docs {
				if limit {
					c.n = maxStems + 1 // as if full: the next sentence starts it again
				}
				s := dossier.Sentence{Span: dossier.Span{Start: 0, End: len(d.text)}, Lang: d.lang}
				if got, want := searchTerms(d.text, s, c), fresh(d.text, s); got != want {
					t.Errorf("round %d, emptied %v: %q: terms %q, want %q", round, limit, d.text, got, want)
				}
			}
		}
		if !limit && c.n == 0 {
			t.Error("nothing cached")
		}
	}
}
