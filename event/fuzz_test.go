package event_test

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/event"
	"github.com/dossier-news/dossier/parse"
)

// FuzzAnalyze runs the whole chain of analysers on arbitrary text and checks
// that the events' spans stay inside the document and their fields inside
// the contract.
func FuzzAnalyze(f *testing.F) {
	for _, c := range extractCases {
		f.Add(c.lang == "de", c.text)
	}
	f.Add(false, ", , and and that which , said .")
	f.Add(true, "Laut , zufolge , dass der die das , so .")
	f.Add(false, "more than 10,000.5,3 % up to")
	st := loadStages(f)
	// the same text again through an extractor with the English parser,
	// whose arcs the fallback walks
	en, err := parse.Load("en")
	if err != nil {
		f.Fatal(err)
	}
	withParse, err := event.New(st.kb, event.WithParser(en))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, de bool, text string) {
		if !utf8.ValidString(text) || len(text) > 2000 {
			return
		}
		lang := "en"
		if de {
			lang = "de"
		}
		d := st.doc(t, lang, "2025-07-31", text)
		check := func(evs []dossier.Event) {
			for _, e := range evs {
				if e.Actor == "" || e.Type == "" {
					t.Errorf("event without actor or type: %+v", e)
				}
				if e.Evidence.Start < 0 || e.Evidence.End > len(text) || e.Trigger.Start < e.Evidence.Start || e.Trigger.End > e.Evidence.End || e.Trigger.Start >= e.Trigger.End {
					t.Errorf("spans out of range: %+v", e)
				}
				switch e.Modality {
				case "asserted", "reported", "alleged", "planned", "negated", "hypothetical":
				default:
					t.Errorf("modality %q", e.Modality)
				}
				if e.Date != nil && len(e.Date.Value) != 4 && len(e.Date.Value) != 7 && len(e.Date.Value) != 10 {
					t.Errorf("date %+v", e.Date)
				}
				for _, q := range e.Quantities {
					if q.Start < e.Evidence.Start || q.End > e.Evidence.End || q.Text != text[q.Start:q.End] {
						t.Errorf("quantity %+v", q)
					}
				}
			}
		}
		check(d.Events)
		if err := withParse.Analyze(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		check(d.Events)
	})
}
