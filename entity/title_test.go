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

// TestTitleAtGate holds titleAt, with its gate, to titleAtAll on every
// title key, its words, inflected and cased as text has them, and on words
// that are no title.
func TestTitleAtGate(t *testing.T) {
	words := []string{"the", "said", "Haus", "Regierung", "über", "Öl", "İstanbul", "ab", "x", "", "Ministerien",
		"Präsidentin", "Präsidenten", "Außenministers", "KANZLER", "Bundeskanzlerin", "Sprecherinnen", "Generälen"}
	add := func(w string) {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
		for _, suf := range []string{"s", "e", "n", "en", "er", "es", "em", "in", "innen", "x"} {
			words = append(words, w+suf)
		}
	}
	for _, m := range titles1 {
		for k := range m {
			add(k)
		}
	}
	for k := range titles2 {
		add(k)
		for _, w := range strings.Fields(k) {
			add(w)
		}
	}
	for _, lang := range []string{"en", "de", ""} {
		for _, w := range words {
			for _, next := range []string{"minister", "of", "State", "Biden"} {
				toks := []dossier.Token{{Text: w}, {Text: next}, {Text: "state"}}
				gt, gn, gok := titleAt(toks, 0, lang)
				wt, wn, wok := titleAtAll(toks, 0, lang)
				if gn != wn || gok != wok || gt.sector != wt.sector || !slices.Equal(gt.offices, wt.offices) {
					t.Errorf("%s %q %q: titleAt %v %d %v, without the gate %v %d %v", lang, w, next, gt, gn, gok, wt, wn, wok)
				}
			}
		}
	}
}

func TestPrefixGate(t *testing.T) {
	var g prefixGate
	g.add("präsident")
	g.add("dr")
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"präsident", true}, {"präsidentin", true}, {"prä", true}, {"pr", true}, {"d", true}, {"", true},
		{"haus", false}, {"dra", false}, {"pre", false},
	} {
		if got := g.may(c.w); got != c.want {
			t.Errorf("may(%q) = %v, want %v", c.w, got, c.want)
		}
		if got := g.mayBytes([]byte(c.w)); got != c.want {
			t.Errorf("mayBytes(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

// TestPhraseGateKeepsEveryPhrase asks titleAt, isBarePope and isBareChancellor
// about every title key, the pope's and the chancellor's words and some
// other words, each as written, capitalised and in capitals, after an
// article: wherever one of them finds a phrase, phraseGate must let the
// token through, or phrases would lose it.
func TestPhraseGateKeepsEveryPhrase(t *testing.T) {
	words := []string{"Papst", "PAPSTES", "pope", "Pontiff", "Kanzler", "Bundeskanzlerin", "CHANCELLOR", "Kanzlers",
		"Haus", "Regierung", "minister", "İmam", "Ärztin", "Übergangspräsident", "ab", "x"}
	for _, m := range titles1 {
		for k := range m {
			words = append(words, k)
		}
	}
	for k := range titles2 {
		first, _, _ := strings.Cut(k, " ")
		words = append(words, first)
	}
	found := 0
	for _, w := range words {
		for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w), w + "s", w + "en"} {
			for _, lang := range []string{"en", "de"} {
				toks := []dossier.Token{{Text: "der"}, {Text: v}, {Text: "Amt"}}
				_, _, title := titleAt(toks, 1, lang)
				pope := isBarePope(toks, 1)
				chancellor := isBareChancellor(toks, 1, lang)
				if !title && !pope && !chancellor {
					continue
				}
				found++
				if !phraseGate.mayFolded(v) {
					t.Errorf("%s %q: a phrase starts here, but phraseGate turns it away", lang, v)
				}
			}
		}
	}
	if found == 0 {
		t.Fatal("no phrase found: the test asks nothing")
	}
	for _, w := range []string{"Haus", "Regierung", "HAUS"} {
		if phraseGate.mayFolded(w) != phraseGate.may(strings.ToLower(w)) {
			t.Errorf("mayFolded(%q) differs from may of its lower case", w)
		}
	}
}
