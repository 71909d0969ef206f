package eval_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-news/dossier/entity"
	"github.com/dossier-news/dossier/eval"
	"github.com/dossier-news/dossier/event"
	"github.com/dossier-news/dossier/kb"
)

func sharedData(t *testing.T) string {
	dir := os.Getenv("DOSSIER_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared")
	}
	dir = filepath.Join(dir, "data")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared data not found (%v)", err)
	}
	return dir
}

// TestEventGold scores event extraction on the development part of the
// PETRARCH unit-test records and the PLOVER gold-standard records (every
// 5th record is held out; EVENT_HELDOUT=1 scores that part instead). The
// floors are what the extractor reaches today, so a regression fails.
func TestEventGold(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	data := sharedData(t)
	part := "dev"
	if os.Getenv("EVENT_HELDOUT") == "1" {
		part = "heldout"
	}
	for _, c := range []struct {
		name, path          string
		minRecall, maxExtra float64
	}{
		{"petrarch", filepath.Join(data, "petrarch-validation", "universal-petrarch", "PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml"), 0.74, 0.11},
		{"plover", filepath.Join(data, "plover-gsr", "PLOVER_GSR_CAMEO-half-a.json"), 0.74, 0.16},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, err := os.Stat(c.path); err != nil {
				t.Skip(err)
			}
			recs, actors, err := eval.LoadEventGold(c.path)
			if err != nil {
				t.Fatal(err)
			}
			recs, err = eval.EventSplit(recs, part, 5)
			if err != nil {
				t.Fatal(err)
			}
			var (
				k      *kb.KB
				coder  eval.EntityCoder
				linker *entity.Linker
			)
			if actors != nil {
				k, err = eval.ActorKB(actors)
				if err != nil {
					t.Fatal(err)
				}
				coder, linker = eval.DictCoder(actors), entity.New(k, nil)
			} else {
				k, err = kb.Load()
				if err != nil {
					t.Fatal(err)
				}
				recs, err := entity.LoadRecognizers(k, "en")
				if err != nil {
					t.Fatal(err)
				}
				coder, linker = eval.KBCoder(k), entity.New(k, recs)
			}
			ex, err := event.New(k)
			if err != nil {
				t.Fatal(err)
			}
			run, err := eval.NewEventRunner([]string{"en"}, linker, ex)
			if err != nil {
				t.Fatal(err)
			}
			counts, err := eval.EvaluateEvents(context.Background(), recs, run, coder, false)
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			if err := counts.Report(&b); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s %s:\n%s", c.name, part, b.String())
			if part == "dev" && (counts.Recall() < c.minRecall || counts.ExtraRate() > c.maxExtra) {
				t.Errorf("recall %.3f (floor %.2f), extra %.3f (ceiling %.2f)", counts.Recall(), c.minRecall, counts.ExtraRate(), c.maxExtra)
			}
		})
	}
}
