package entity

import (
	"slices"
	"strings"
	"testing"

	"github.com/dossier-news/dossier"
)

// titleAtAll is titleAt without the titleFirst filter: every phrase looked
// up.
func titleAtAll(toks []dossier.Token, i int, lang string) (title, int, bool) {
	w := lower(toks, i)
	if w == "" {
		return title{}, 0, false
	}
	if lang != "de" {
		if i+2 < len(toks) {
			if t, ok := titles2[w+" "+lower(toks, i+1)+" "+lower(toks, i+2)]; ok {
				return t, 3, true
			}
		}
		if i+1 < len(toks) {
			if t, ok := titles2[w+" "+lower(toks, i+1)]; ok {
				return t, 2, true
			}
		}
		if t, ok := titles2[w]; ok {
			return t, 1, true
		}
	}
	if t, ok := lookupWord(titles1[langOr(lang)], w, lang); ok {
		return t, 1, true
	}
	return title{}, 0, false
}

func TestTitleAtFilter(t *testing.T) {
	phrases := []string{
		"the Foreign Minister said", "Secretary of State Blinken", "Prime Minister", "vice-president Harris",
		"the Vice President of", "secretary general", "Director General Grossi", "top diplomat", "foreign affairs minister",
		"President Biden", "the minister", "foreign", "of state", "Defense Secretary Austin",
	}
	for _, lang := range []string{"en", "de"} {
		for _, p := range phrases {
			var toks []dossier.Token
			for _, w := range strings.Fields(p) {
				toks = append(toks, dossier.Token{Text: w})
			}
			// a token with a space inside, as "secretary of" would be
			toks = append(toks, dossier.Token{Text: "Secretary of"}, dossier.Token{Text: "State"})
			for i := range toks {
				gt, gn, gok := titleAt(toks, i, lang)
				wt, wn, wok := titleAtAll(toks, i, lang)
				if gn != wn || gok != wok || gt.sector != wt.sector || !slices.Equal(gt.offices, wt.offices) {
					t.Errorf("%s %q token %d: titleAt %v %d %v, without the filter %v %d %v", lang, p, i, gt, gn, gok, wt, wn, wok)
				}
			}
		}
	}
	if _, n, ok := titleAt([]dossier.Token{{Text: "Prime"}, {Text: "Minister"}}, 0, "en"); !ok || n != 2 {
		t.Errorf("Prime Minister: %d tokens, %v", n, ok)
	}
}
