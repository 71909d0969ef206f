package entity

import (
	"context"
	"strings"
	"testing"

	"github.com/dossier-news/dossier"
)

// TestCoreference checks the short forms resolved in the document: surnames
// the tagger reads as nouns, surnames of two words, a surname that is also
// an inflected place, short forms of organisations, and spellings the
// matcher does not fold. The sentences are written for the test.
func TestCoreference(t *testing.T) {
	f := testFixture(t)
	f.needNER(t)
	tests := []struct {
		name, lang, date, text string
		mention                string // text of the mention
		nth                    int    // which occurrence of it (0 first)
		want                   string // entity id; "" for no mention there
	}{
		{"surname as a noun", "de", "",
			"Die Gewerkschafterin Petra Hallstein kritisierte den Plan am Montag. Daher lehnt Hallstein den Entwurf ab.",
			"Hallstein", 1, "local:per:petra-hallstein"},
		{"surname that is a word, after an article", "de", "",
			"Der Vorstand Jens Bischof stellte das Modell vor. Am Sonntag predigte der Bischof im Dom.",
			"Bischof", 1, ""},
		{"surname that is a word, without article", "de", "",
			"Der Vorstand Jens Bischof stellte das Modell vor. Kostenlose Getränke soll es laut Bischof weiter geben.",
			"Bischof", 1, "local:per:jens-bischof"},
		{"surname in the headline before the full name", "de", "",
			"Ein Parteikandidat könne mehr als eine Kandidatin wie Hallstein. Wien – Die Kandidatin Petra Hallstein sprach am Montag.",
			"Hallstein", 0, "local:per:petra-hallstein"},
		{"surname of two words", "de", "",
			"Der Abgeordnete Fabio De Masi kritisierte die Kommission scharf. De Masi forderte strengere Regeln.",
			"De Masi", 1, "local:per:fabio-de-masi"},
		{"surname that is an inflected place", "de", "",
			"Der Delegationsleiter Othmar Karas erklärte das am Mittwoch. Karas habe daraufhin den Minister informiert.",
			"Karas", 1, "kb:othmar-karas"},
		{"firm before a politician's surname", "en", "1987-03-05",
			"Hughes Tool Co said its offer to merge with Baker International Corp stood. Hughes said Baker needed more time.",
			"Baker", 1, "local:org:baker-international-corp"},
		{"firm's first word", "en", "1987-03-05",
			"Hughes Tool Co said its offer to merge with Baker International Corp stood. Hughes said Baker needed more time.",
			"Hughes", 1, "local:org:hughes-tool-co"},
		{"the Bank", "en", "1987-03-05",
			"The Bank of England held rates steady on Thursday. Dealers doubt that the Bank can resist for long.",
			"Bank", 1, "kb:bank-of-england"},
		{"der Union", "de", "",
			"Die Europäische Union verschärft die Regeln für Konzerne. Die Mitgliedstaaten der Union stimmten zu.",
			"Union", 1, "Q458"},
		{"one word of a long name is not its short form", "en", "1987-03-05",
			"House Ways and Means Committee chairman Dan Smith met House Speaker Jim Wright on Monday.",
			"House", 1, "kb:us-congress"},
		{"an acronym of a name in the text", "en", "1987-03-05",
			"CBT DELAYS NIGHT TRADING\n\nThe Chicago Board of Trade said on Monday that the CBT would wait.",
			"CBT", 1, "local:org:chicago-board-of-trade"},
		{"a short form named first is its own name", "en", "1987-03-05",
			"The state sells its stake. Acme Trust owns a bank. Acme Trust Alsace Bank will be listed in March.",
			"Acme Trust", 0, "local:org:acme-trust"},
		{"English country name in a German firm's name", "de", "",
			"Die Wirtschaft wächst laut Bank Austria heuer stärker als im Vorjahr.",
			"Bank Austria", 0, "kb:bank-austria"},
		{"English country name in a German compound", "de", "",
			"Das sagte ein Bank-Austria-Ökonom am Montag in Wien.",
			"Bank-Austria", 0, "kb:bank-austria"},
		{"German country name stays the country", "de", "",
			"Die Wirtschaft in Österreich wächst heuer stärker als im Vorjahr.",
			"Österreich", 0, "Q40"},
		{"umlauts written out in the table", "de", "",
			"Finanzminister Wolfgang Schäuble ließ das offen.",
			"Wolfgang Schäuble", 0, "phoenix:deu:wolfgang-schaeuble"},
		{"dative plural of a country", "de", "",
			"Die Kommission prüft Steuerdeals in Irland und in den Niederlanden.",
			"Niederlanden", 0, "Q55"},
		{"Arabic article", "de", "",
			"Die Stadt war eine Hochburg von Ex-Diktator Muammar al-Gaddafi.",
			"Muammar al-Gaddafi", 0, "phoenix:lby:muammar-gaddafi"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := f.makeDoc(tt.text, tt.lang, tt.date, true)
			if err := f.linker.Analyze(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			pos, from := -1, 0
			for i := 0; i <= tt.nth; i++ {
				j := strings.Index(tt.text[from:], tt.mention)
				if j < 0 {
					t.Fatalf("%q: no occurrence %d of %q", tt.text, tt.nth, tt.mention)
				}
				pos = from + j
				from = pos + len(tt.mention)
			}
			got, found := "", false
			for _, m := range doc.Mentions {
				if m.Start <= pos && pos < m.End {
					got, found = m.Entity, true
					if m.Start != pos || m.End != pos+len(tt.mention) {
						t.Errorf("mention %q at %d-%d, want %q", m.Text, m.Start, m.End, tt.mention)
					}
				}
			}
			if tt.want == "" && found {
				t.Errorf("%q linked to %q, want no mention\n%s", tt.mention, got, dump(doc.Mentions))
			}
			if tt.want != "" && got != tt.want {
				t.Errorf("%q → %q, want %q\n%s", tt.mention, got, tt.want, dump(doc.Mentions))
			}
		})
	}
}

// TestRepeatNames checks that a one-word organisation the recogniser found
// is found again where it missed it, in English only, and that a common
// noun's form is not.
func TestRepeatNames(t *testing.T) {
	mk := func(lang string, words ...string) sentState {
		var st sentState
		st.lang = lang
		pos := 0
		for _, w := range words {
			tag := "PROPN"
			if w == "said" || w == "gets" {
				tag = "VERB"
			}
			st.toks = append(st.toks, dossier.Token{Span: dossier.Span{Start: pos, End: pos + len(w)}, Text: w, POS: tag})
			pos += len(w) + 1
		}
		return st
	}
	for _, tt := range []struct {
		lang string
		want int // items after
	}{{"en", 2}, {"de", 1}} {
		st := mk(tt.lang, "Quillix", "said", "Quillix", "gets")
		st.items = []item{{kind: kNER, span: st.toks[0].Span, tok: [2]int{0, 1}, nerClass: "ORG", prio: prioNER}}
		d := &docState{doc: &dossier.Document{}, docBufs: &docBufs{sents: []sentState{st}}}
		d.repeatNames()
		if got := len(d.sents[0].items); got != tt.want {
			t.Errorf("%s: %d items, want %d", tt.lang, got, tt.want)
		}
		if tt.want == 2 && d.sents[0].items[1].tok != [2]int{2, 3} {
			t.Errorf("%s: repeated at %v, want tokens [2 3]", tt.lang, d.sents[0].items[1].tok)
		}
	}
}

func TestWordBreak(t *testing.T) {
	for _, s := range []string{
		"", "Bank", "Bank of England", "Jong-un", "Deutsche\nBank", "-", " x", "Süd‐Korea", "日本 Korea", "a\tb",
	} {
		if got, want := wordBreak(s), strings.IndexAny(s, " -\n"); got != want {
			t.Errorf("wordBreak(%q) = %d, want %d", s, got, want)
		}
	}
}
