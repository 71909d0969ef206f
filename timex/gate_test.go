package timex

import (
	"testing"
)

// gateClosedMatches returns the expressions that parseAt finds at start
// words where the gate is closed: findAll would miss them.
func gateClosedMatches(text, lang string) (missed []string, closed int) {
	toks := tokenize(text, nil)
	if lang != "de" {
		abbreviateUnits(toks)
	}
	p := parser{toks: toks, lang: lang, de: lang == "de"}
	var g gate
	for i := range toks {
		if !p.mayStart(i) || g.open(&p, i) {
			continue
		}
		closed++
		if m, ok := p.parseAt(i); ok {
			missed = append(missed, text[toks[i].start:toks[m.j-1].end])
		}
	}
	return missed, closed
}

// The gate skips the rules only where none would match: at every start
// word, not only where findAll asks, so that an expression inside another
// is checked too.
func TestGateKeepsExpressions(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		closed     int // weak starts with no time word near: the, in, a, … (at least)
	}{
		{"en", "The board met in the morning and at noon, and again over the weekend, about a week ago.", 0},
		{"en", "In the near term prices fall; at present they rise, for the time being, in the latest period.", 0},
		{"en", "A deal was signed in the first quarter of the year, more than a decade after the war.", 0},
		{"en", "The company said in a statement that an agreement over the plant was reached.", 4},
		{"en", "Sales rose in the '90s and in 2024, up from the prior year and over the past two months.", 0},
		{"de", "Die Regierung hat am Montag in der Folge vor kurzem in Zukunft über die Zeit beraten.", 0},
		{"de", "Im Laufe des Jahres, vor mehr als einer Woche, bis zu einem Jahr, nach drei Tagen.", 0},
		{"de", "Der Minister sagte in einer Rede vor dem Parlament, die Partei stehe zu der Vereinbarung.", 4},
		{"de", "Die Wahl findet am 3. März statt, zum Jahreswechsel und in der zweiten Hälfte des Jahrzehnts.", 0},
	} {
		missed, closed := gateClosedMatches(c.text, c.lang)
		for _, m := range missed {
			t.Errorf("%s: the gate hides %q", c.text, m)
		}
		if closed < c.closed {
			t.Errorf("%s: gate closed at %d weak starts, want at least %d", c.text, closed, c.closed)
		}
	}
}

// and on the benchmark news, when the shared data is there.
func TestGateKeepsNewsExpressions(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the shared news corpora")
	}
	for _, lang := range []string{"de", "en"} {
		docs := benchDocs(t, lang)
		total := 0
		for _, d := range docs {
			missed, closed := gateClosedMatches(d, lang)
			total += closed
			for _, m := range missed {
				t.Errorf("%s: the gate hides %q", lang, m)
			}
		}
		if total == 0 {
			t.Errorf("%s: the gate never closed", lang)
		}
	}
}
