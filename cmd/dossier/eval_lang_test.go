package main

import (
	"strings"
	"testing"

	"github.com/dossier-news/dossier/eval"
)

// TestGoldLanguage checks the language eval ner compares with --lang: clear
// text is named, and too little to tell is no warning.
func TestGoldLanguage(t *testing.T) {
	sentences := func(lines ...string) []eval.NERSentence {
		var out []eval.NERSentence
		for _, l := range lines {
			out = append(out, eval.NERSentence{Tokens: strings.Fields(l)})
		}
		return out
	}
	tests := []struct {
		name  string
		sents []eval.NERSentence
		want  string
	}{
		{"English", sentences("The minister said on Tuesday that the talks would go on .", "Officials in the capital declined to comment on the report ."), "en"},
		{"German", sentences("Der Minister sagte am Dienstag , die Gespräche würden weitergehen .", "Beamte in der Hauptstadt wollten sich zu dem Bericht nicht äußern ."), "de"},
		{"names only", sentences("Oslo", "Bern"), ""},
		{"nothing", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := goldLanguage(tt.sents); got != tt.want {
				t.Errorf("goldLanguage = %q, want %q", got, tt.want)
			}
		})
	}
}
