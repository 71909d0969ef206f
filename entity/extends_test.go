package entity

import (
	"testing"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/kb"
)

// TestExtendsName: a recogniser's chunk is a longer name than the
// knowledge-base name inside it only when it has a name word of its own; in
// German a common noun after an organisation's whole name begins the next
// phrase, while a place with a noun, or a person's name, can be a name of
// its own.
func TestExtendsName(t *testing.T) {
	toks := func(words ...[2]string) []dossier.Token {
		out := make([]dossier.Token, len(words))
		for i, w := range words {
			out[i] = dossier.Token{Text: w[0], POS: w[1]}
		}
		return out
	}
	org := kb.Candidate{ID: "kb:paper", Kind: dossier.KindOrganization}
	place := kb.Candidate{ID: "Q30", Kind: dossier.KindLocation}
	tests := []struct {
		name string
		lang string
		toks []dossier.Token
		kb   item
		cls  string // the recogniser's class; ORG when empty
		want bool
	}{
		{"an organisation and a noun", "de", toks([2]string{"Rheinischen", "PROPN"}, [2]string{"Post", "PROPN"}, [2]string{"Untätigkeit", "NOUN"}),
			item{kind: kName, tok: [2]int{0, 2}, cands: []kb.Candidate{org}}, "", false},
		{"a person whose first name is an organisation's", "de", toks([2]string{"Rheinische", "PROPN"}, [2]string{"Post", "PROPN"}, [2]string{"Meloura", "NOUN"}),
			item{kind: kName, tok: [2]int{0, 2}, cands: []kb.Candidate{org}}, "PER", true},
		{"an organisation and a name", "de", toks([2]string{"Rheinischen", "PROPN"}, [2]string{"Post", "PROPN"}, [2]string{"Brandt", "PROPN"}),
			item{kind: kName, tok: [2]int{0, 2}, cands: []kb.Candidate{org}}, "", true},
		{"a place and a noun", "de", toks([2]string{"US", "PROPN"}, [2]string{"Open", "NOUN"}),
			item{kind: kName, tok: [2]int{0, 1}, cands: []kb.Candidate{place}}, "", true},
		{"English keeps the noun", "en", toks([2]string{"Herald", "PROPN"}, [2]string{"Tribune", "NOUN"}),
			item{kind: kName, tok: [2]int{0, 1}, cands: []kb.Candidate{org}}, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Chunk{Start: 0, End: len(tt.toks), Class: "ORG"}
			if tt.cls != "" {
				c.Class = tt.cls
			}
			if got := extendsName(tt.toks, tt.lang, []item{tt.kb}, c); got != tt.want {
				t.Errorf("extendsName = %v, want %v", got, tt.want)
			}
		})
	}
}
