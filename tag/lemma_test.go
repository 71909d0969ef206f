package tag

import "testing"

func TestContraction(t *testing.T) {
	tests := []struct {
		lang, form, prep string
		ok               bool
	}{
		{"de", "zum", "zu", true},
		{"de", "Zur", "zu", true},
		{"de", "beim", "bei", true},
		{"de", "Im", "in", true},
		{"de", "ins", "in", true},
		{"de", "am", "an", true},
		{"de", "durchs", "durch", true},
		{"de", "fürs", "für", true},
		{"de", "Übers", "über", true},
		{"de", "hinterm", "hinter", true},
		{"de", "zu", "", false},    // the preposition itself
		{"de", "dem", "", false},   // the article
		{"de", "Summe", "", false}, // ends like "ums" but is no contraction
		{"de", "imstande", "", false},
		{"en", "am", "", false}, // English "am" is a verb
		{"de", "", "", false},
	}
	for _, tc := range tests {
		prep, ok := Contraction(tc.lang, tc.form)
		if prep != tc.prep || ok != tc.ok {
			t.Errorf("Contraction(%q, %q) = %q, %v; want %q, %v", tc.lang, tc.form, prep, ok, tc.prep, tc.ok)
		}
	}
}

// TestContractionLemmas checks the tagger's lemma of fused prepositions in
// running text, common ones the model knows as words and rare ones it may
// tag otherwise.
func TestContractionLemmas(t *testing.T) {
	tg, err := Load("de")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, word, lemma string }{
		{"Der Minister reiste zum Gipfel nach Rom .", "zum", "zu"},
		{"Beim Treffen im Kanzleramt ging es um Gas .", "Beim", "bei"},
		{"Beim Treffen im Kanzleramt ging es um Gas .", "im", "in"},
		{"Der Konvoi fuhr durchs Grenzgebiet .", "durchs", "durch"},
		{"Er kam vom Flughafen direkt ins Ministerium .", "vom", "von"},
		{"Er kam vom Flughafen direkt ins Ministerium .", "ins", "in"},
		{"Das Haus stand unterm Dach der Kirche .", "unterm", "unter"},
		// not contractions: their lemmas stay what the model says
		{"Der Minister reiste zu dem Gipfel .", "zu", "zu"},
		{"Der Minister reiste zu dem Gipfel .", "dem", "der"},
	}
	for _, tc := range tests {
		ts := tokens(tc.text)
		tg.Tag(ts)
		found := false
		for _, tok := range ts {
			if tok.Text == tc.word {
				found = true
				if tok.Lemma != tc.lemma {
					t.Errorf("%q in %q: lemma %q (%s), want %q", tc.word, tc.text, tok.Lemma, tok.POS, tc.lemma)
				}
				if _, fused := Contraction("de", tc.word); fused && tok.POS != "ADP" {
					t.Errorf("%q in %q: tag %s, want ADP", tc.word, tc.text, tok.POS)
				}
			}
		}
		if !found {
			t.Errorf("%q not in %q", tc.word, tc.text)
		}
	}
}

func BenchmarkContraction(b *testing.B) {
	forms := []string{"zum", "Zur", "Regierung", "durchs", "und", "Übers"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Contraction("de", forms[i%len(forms)])
	}
}
