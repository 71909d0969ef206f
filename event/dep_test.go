package event_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/event"
	"github.com/dossier-news/dossier/parse"
)

// countingParser counts the sentences it is asked to parse.
type countingParser struct {
	p     *parse.Parser
	calls atomic.Int64
}

func (c *countingParser) Lang() string { return c.p.Lang() }

func (c *countingParser) ParseTo(dst []parse.Arc, toks []dossier.Token) []parse.Arc {
	c.calls.Add(1)
	return c.p.ParseTo(dst, toks)
}

func eventKeys(evs []dossier.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, fmt.Sprintf("%s %s -> %s", e.Type, e.Actor, e.Target))
	}
	return out
}

// TestParserUse checks the plumbing of the dependency parse: it is asked
// only for sentences with a trigger, at most once per sentence, never when
// switched off, and where the rules read a clause fully their reading
// stands.
func TestParserUse(t *testing.T) {
	st := loadStages(t)
	p, err := parse.Load("en")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, mode, text   string
		minCalls, maxCalls int64 // parses wanted
	}{
		{"no trigger, no parse", "first", "The weather in Ruritania was mild on Tuesday. Markets were closed.", 0, 0},
		{"switched off", "off", "Ruritania attacked the army of Osgiliath on Tuesday.", 0, 0},
		{"one parse per sentence", "first", "Ruritania attacked Osgiliath on Tuesday and shelled its border posts.", 1, 1},
		{"first, rules agree", "first", "France criticized Germany on Monday.", 1, 1},
		{"fallback, rules complete", "fallback", "France criticized Germany on Monday.", 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("DOSSIER_EVENT_PARSE", tc.mode)
			cp := &countingParser{p: p}
			ex, err := event.New(st.kb, event.WithParser(cp))
			if err != nil {
				t.Fatal(err)
			}
			d := st.doc(t, "en", "2024-05-01", tc.text)
			want := eventKeys(d.Events) // the rules alone (the stages' extractor has no parser)
			if err := ex.Analyze(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			if n := cp.calls.Load(); n < tc.minCalls || n > tc.maxCalls {
				t.Errorf("parsed %d sentences, want %d to %d", n, tc.minCalls, tc.maxCalls)
			}
			got := eventKeys(d.Events)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("events with parser %v, rules alone %v", got, want)
			}
		})
	}
}

// TestNestedTarget checks the parse's one addition to the rules: a target
// named inside an object that names none itself, found by walking the
// object's modifiers; places after a phrase and finite clauses are not
// walked into.
func TestNestedTarget(t *testing.T) {
	st := loadStages(t)
	p, err := parse.Load("en")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text       string
		rules, dep string // the first event as the rules alone and with the parse give it
		same       bool   // only: the parse changes nothing, whatever the rules make of it
	}{
		{"Italy launched an investigation into crimes committed by Serbian forces.", "ACCUSE Q38 -> ", "ACCUSE Q38 -> Q403", false},
		{"Spain criticized the arrest of journalists working for Moroccan newspapers.", "ACCUSE Q29 -> ", "ACCUSE Q29 -> Q1028", false},
		{"Canada condemned reports about Chinese hackers.", "ACCUSE Q16 -> ", "ACCUSE Q16 -> Q148", false},
		// the subject of a passive, after the place's state took the act
		{"A Catholic priest from Toronto was arrested in Iran for working with Israel.", "COERCE Q794 -> ", "COERCE Q794 -> geonames:6167865", false},
		// the rules' target stands
		{"France welcomed assurances sent from Germany on Monday.", "SUPPORT Q142 -> Q183", "SUPPORT Q142 -> Q183", false},
		// a finite clause after the object is no modifier of it
		{"Syria will not accept more refugees if fighting starts in Iraq.", "", "", true},
		// a place after the object says where, not whose
		{"Spain criticized the closure of shops in Portugal.", "", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			var got [2]string
			for k, mode := range []string{"off", "fallback"} {
				t.Setenv("DOSSIER_EVENT_PARSE", mode)
				ex, err := event.New(st.kb, event.WithParser(p))
				if err != nil {
					t.Fatal(err)
				}
				d := st.doc(t, "en", "2024-05-01", tc.text)
				if err := ex.Analyze(context.Background(), d); err != nil {
					t.Fatal(err)
				}
				if ks := eventKeys(d.Events); len(ks) > 0 {
					got[k] = ks[0]
				}
			}
			if tc.same {
				if got[0] != got[1] {
					t.Errorf("rules %q, with parse %q: want the same", got[0], got[1])
				}
				return
			}
			if got[0] != tc.rules || got[1] != tc.dep {
				t.Errorf("rules %q, with parse %q; want %q, %q", got[0], got[1], tc.rules, tc.dep)
			}
		})
	}
}
