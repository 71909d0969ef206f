package event

import (
	"strings"
	"testing"

	"github.com/dossier-news/dossier"
)

func TestMarkClass(t *testing.T) {
	m := map[string]class{}
	markClass(m, map[string]string{"laut": "pre", "nach angaben von": "pre", "leer": ""}, clAccording, clAccordingStart)
	markClass(m, map[string]bool{"laut": true, "nein": false}, clSub, 0)
	for _, tc := range []struct {
		word string
		want class
	}{
		{"laut", clAccording | clSub},
		{"nach", clAccordingStart},
		{"nach angaben", clAccordingStart}, // a token may hold a space
		{"angaben", 0},                     // not the first word of a phrase
		{"nach angaben von", clAccording},
		{"leer", 0}, // an empty value reads as absent
		{"nein", 0}, // so does false
	} {
		if got := m[tc.word]; got != tc.want {
			t.Errorf("%q: class %b, want %b", tc.word, got, tc.want)
		}
	}
}

// TestClassesAfterBuild checks that the classes build gives the words are
// those of their final forms and lemmas, also where build changes a lemma
// (a separable particle joined to its verb, an infixed "zu" dropped).
func TestClassesAfterBuild(t *testing.T) {
	x, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lang, tagged string // form/UPOS/lemma, space-separated
	}{
		{"de", "Laut/ADP/laut Polizei/NOUN/Polizei stellte/VERB/stellen die/DET/der Regierung/NOUN/Regierung " +
			"die/DET/der Gespräche/NOUN/Gespräch ein/ADP/ein ,/PUNCT/, weil/SCONJ/weil Moskau/PROPN/Moskau " +
			"bereit/ADJ/bereit sei/AUX/sein ,/PUNCT/, die/DET/der Hilfe/NOUN/Hilfe fortzusetzen/VERB/fortzusetzen ./PUNCT/."},
		// "rechnen" is a consequence cue, the joined "abrechnen" is not
		{"de", "Die/DET/der Ministerin/NOUN/Ministerin rechnete/VERB/rechnen mit/ADP/mit ihren/DET/ihr " +
			"Kritikern/NOUN/Kritiker ab/PART/ab ,/PUNCT/, sagte/VERB/sagen Lisa/PROPN/Lisa Berg/PROPN/Berg ./PUNCT/."},
		{"en", "According/VERB/accord to/ADP/to officials/NOUN/official ,/PUNCT/, the/DET/the minister/NOUN/minister " +
			"said/VERB/say that/SCONJ/that Oslo/PROPN/Oslo must/AUX/must pay/VERB/pay ,/PUNCT/, which/PRON/which " +
			"it/PRON/it will/AUX/will regret/VERB/regret ./PUNCT/."},
	} {
		d, sn := taggedSentence(t, tc.lang, tc.tagged)
		s := &sent{x: x}
		s.reset()
		s.lx, s.de, s.doc, s.s = x.lex[tc.lang], tc.lang == "de", d, sn
		s.build(nil)
		nonzero := 0
		for _, w := range s.words {
			if want := s.lx.classes[w.low]; w.lowCls != want {
				t.Errorf("%s %q: form class %b, want %b", tc.lang, w.low, w.lowCls, want)
			}
			if want := s.lx.classes[w.lemma]; w.lemmaCls != want {
				t.Errorf("%s %q (lemma %q): lemma class %b, want %b", tc.lang, w.low, w.lemma, w.lemmaCls, want)
			}
			if w.lowCls|w.lemmaCls != 0 {
				nonzero++
			}
		}
		if nonzero < 3 {
			t.Errorf("%s: %d words with a class; the test sentence should have cue words", tc.lang, nonzero)
		}
	}
}

// taggedSentence makes a one-sentence document of lang from words written
// form/UPOS/lemma.
func taggedSentence(t *testing.T, lang, tagged string) (*dossier.Document, *dossier.Sentence) {
	t.Helper()
	var text strings.Builder
	var toks []dossier.Token
	for _, f := range strings.Fields(tagged) {
		parts := strings.Split(f, "/")
		if len(parts) != 3 {
			t.Fatalf("bad tagged word %q", f)
		}
		if text.Len() > 0 {
			text.WriteByte(' ')
		}
		start := text.Len()
		text.WriteString(parts[0])
		toks = append(toks, dossier.Token{Span: dossier.Span{Start: start, End: text.Len()}, Text: parts[0], POS: parts[1], Lemma: parts[2]})
	}
	d := &dossier.Document{ID: "t", Lang: lang, Text: text.String()}
	d.Sentences = []dossier.Sentence{{Span: dossier.Span{Start: 0, End: text.Len()}, Lang: lang, Tokens: toks}}
	return d, &d.Sentences[0]
}
