package sqlite

import (
	"encoding/json"
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

// TestAppendJSONString checks that the search terms' JSON encoding reads
// back as the same string, whatever bytes of valid UTF-8 they hold.
func TestAppendJSONString(t *testing.T) {
	in := []string{"", "plain words", `quo"te`, `back\slash`, "tab\tnew\nline\x01\x1f", "Häfen straße 東京 \u2028", `\"\\`}
	list := []byte{'['}
	for i, s := range in {
		if i > 0 {
			list = append(list, ',')
		}
		list = appendJSONString(list, []byte(s))
	}
	list = append(list, ']')
	// as indexSentences has SQLite read them
	rows, err := openTemp(t, "json.db").db.Query(`SELECT key, value FROM json_each(?)`, string(list))
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var k int
		var v string
		if err := rows.Scan(&k, &v); err != nil {
			t.Fatal(err)
		}
		if k != n || v != in[k] {
			t.Errorf("SQLite reads element %d as %d %q, want %q", n, k, v, in[n])
		}
		n++
	}
	if err := rows.Err(); err != nil || n != len(in) {
		t.Errorf("SQLite read %d of %d elements (%v)", n, len(in), err)
	}
	for _, s := range in {
		b := appendJSONString(nil, []byte(s))
		var got string
		if err := json.Unmarshal(b, &got); err != nil {
			t.Errorf("%q: %s: %v", s, b, err)
		} else if got != s {
			t.Errorf("%q: %s reads back as %q", s, b, got)
		}
	}
}
