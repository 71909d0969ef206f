package event_test

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/dossier-news/dossier/internal/corpus"
)

// TestDebugSample writes the events of a fixed sample of a news corpus to
// $EVENT_SAMPLE_OUT for judging by hand: $EVENT_SAMPLE_CORPUS gnad (10kGNAD,
// its articles of the sections International and Inland) or reuters; from
// record $EVENT_SAMPLE_FROM on, every $EVENT_SAMPLE_EVERY-th, at most
// $EVENT_SAMPLE_N. It is skipped otherwise.
func TestDebugSample(t *testing.T) {
	out := os.Getenv("EVENT_SAMPLE_OUT")
	if out == "" {
		t.Skip("EVENT_SAMPLE_OUT not set")
	}
	from, _ := strconv.Atoi(os.Getenv("EVENT_SAMPLE_FROM"))
	every, _ := strconv.Atoi(os.Getenv("EVENT_SAMPLE_EVERY"))
	n, _ := strconv.Atoi(os.Getenv("EVENT_SAMPLE_N"))
	if every <= 0 {
		every = 1
	}
	shared, err := corpus.SharedDir()
	if err != nil {
		t.Skip(err)
	}
	gnad := os.Getenv("EVENT_SAMPLE_CORPUS") != "reuters"
	var recs []corpus.Record
	lang := "de"
	if gnad {
		recs, err = corpus.LoadGNAD(shared)
	} else {
		recs, err = corpus.LoadReuters(shared)
		lang = "en"
	}
	if err != nil {
		t.Skip(err)
	}
	if gnad {
		// the politics sections only; from and every count within them
		kept := recs[:0:0]
		for _, r := range recs {
			if r.Title == "International" || r.Title == "Inland" {
				kept = append(kept, r)
			}
		}
		recs = kept
	}
	st := loadStages(t)
	var b strings.Builder
	taken := 0
	for i := from; i < len(recs) && taken < n; i += every {
		r := recs[i]
		taken++
		d := st.doc(t, lang, r.Published, r.Text)
		fmt.Fprintf(&b, "## %d %s\n", i, r.ID)
		name := func(id string) string {
			if e, ok := st.kb.Entity(id); ok {
				return e.Name
			}
			return id
		}
		for _, m := range d.Mentions {
			if m.Via == "event-coref" {
				lo := max(0, m.Start-160)
				fmt.Fprintf(&b, "COREF %q -> %s ||| %s\n", m.Text, name(m.Entity), strings.ReplaceAll(d.Text[lo:m.End], "\n", " "))
			}
		}
		for _, e := range d.Events {
			fmt.Fprintf(&b, "%s/%s %s -> %s src=%s [%s] %q | %s\n", e.Type, e.Mode, name(e.Actor), name(e.Target), name(e.Source), e.Modality,
				d.Text[e.Trigger.Start:e.Trigger.End], d.Text[e.Evidence.Start:e.Evidence.End])
		}
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
