package event_test

import (
	"context"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/dossier-news/dossier/entity"
	"github.com/dossier-news/dossier/eval"
	"github.com/dossier-news/dossier/event"
	"github.com/dossier-news/dossier/internal/corpus"
	"github.com/dossier-news/dossier/kb"
	"github.com/dossier-news/dossier/pipeline"
)

// TestDebugDump prints the analysis of $EVENT_DEBUG_TEXT (language
// $EVENT_DEBUG_LANG, default en; document date $EVENT_DEBUG_DATE); it is
// skipped otherwise.
func TestDebugDump(t *testing.T) {
	body := os.Getenv("EVENT_DEBUG_TEXT")
	if body == "" {
		t.Skip("EVENT_DEBUG_TEXT not set")
	}
	lang := os.Getenv("EVENT_DEBUG_LANG")
	if lang == "" {
		lang = "en"
	}
	st := loadStages(t)
	d := st.doc(t, lang, os.Getenv("EVENT_DEBUG_DATE"), body)
	t.Log("\n" + event.DebugAnalyze(st.ex, d))
}

// TestDebugGold prints the analysis of the records of the gold file
// $EVENT_DEBUG_GOLD whose IDs match the regular expression
// $EVENT_DEBUG_ID, with the knowledge base the evaluation uses (the actor
// dictionary for PETRARCH files); it is skipped otherwise.
// goldStages loads a gold file of event records and what analysing them
// takes: the extractor and a runner over the gold's own actor dictionary,
// when it has one, else over the knowledge base.
func goldStages(t *testing.T, path string) ([]eval.EventRecord, *event.Extractor, eval.EventRunner) {
	t.Helper()
	recs, actors, err := eval.LoadEventGold(path)
	if err != nil {
		t.Fatal(err)
	}
	var linker *entity.Linker
	var k *kb.KB
	if actors != nil {
		if k, err = eval.ActorKB(actors); err != nil {
			t.Fatal(err)
		}
		linker = entity.New(k, nil)
	} else {
		st := loadStages(t)
		k, linker = st.kb, st.linker
	}
	ex, err := event.New(k)
	if err != nil {
		t.Fatal(err)
	}
	run, err := eval.NewEventRunner([]string{"en", "de"}, pipeline.Analyzer(linker))
	if err != nil {
		t.Fatal(err)
	}
	return recs, ex, run
}

func TestDebugGold(t *testing.T) {
	path, pat := os.Getenv("EVENT_DEBUG_GOLD"), os.Getenv("EVENT_DEBUG_ID")
	if path == "" || pat == "" {
		t.Skip("EVENT_DEBUG_GOLD and EVENT_DEBUG_ID not set")
	}
	re, err := regexp.Compile(pat)
	if err != nil {
		t.Fatal(err)
	}
	recs, ex, run := goldStages(t, path)
	for i := range recs {
		r := &recs[i]
		if !re.MatchString(r.ID) {
			continue
		}
		d := eval.RecordDocument(r)
		if err := run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s expected %v\n%s", r.ID, r.Expected, event.DebugAnalyze(ex, d))
	}
}

// TestDebugCorpus prints the events of German news articles ($EVENT_DEBUG_GNAD
// articles of 10kGNAD's "International" section, from article
// $EVENT_DEBUG_SKIP on), each with its sentence, for judging precision by
// hand; it is skipped otherwise.
func TestDebugCorpus(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("EVENT_DEBUG_GNAD"))
	if n == 0 {
		t.Skip("EVENT_DEBUG_GNAD not set")
	}
	skip, _ := strconv.Atoi(os.Getenv("EVENT_DEBUG_SKIP"))
	shared, err := corpus.SharedDir()
	if err != nil {
		t.Skip(err)
	}
	recs, err := corpus.LoadGNAD(shared)
	if err != nil {
		t.Skip(err)
	}
	st := loadStages(t)
	seen := 0
	for _, r := range recs {
		if r.Title != "International" {
			continue
		}
		if seen++; seen <= skip {
			continue
		}
		if seen > skip+n {
			break
		}
		d := st.doc(t, "de", r.Published, r.Text)
		for _, e := range d.Events {
			t.Logf("%s %s/%s %s -> %s [%s] %q\n    %s", r.ID, e.Type, e.Mode, e.Actor, e.Target, e.Modality,
				d.Text[e.Trigger.Start:e.Trigger.End], d.Text[e.Evidence.Start:e.Evidence.End])
		}
	}
}

// TestDebugCauses counts the causes of the missed events listed in the
// --errors file $EVENT_CAUSES_ERRORS of `dossier eval events` on the gold
// file $EVENT_CAUSES_GOLD (see event.DebugCause), and the lexicon rows
// behind its extra events; it is skipped otherwise. Run it with the same
// DOSSIER_EVENT_ABLATE as the evaluation.
func TestDebugCauses(t *testing.T) {
	gold, errs := os.Getenv("EVENT_CAUSES_GOLD"), os.Getenv("EVENT_CAUSES_ERRORS")
	if gold == "" || errs == "" {
		t.Skip("EVENT_CAUSES_GOLD and EVENT_CAUSES_ERRORS not set")
	}
	recs, ex, run := goldStages(t, gold)
	byID := map[string]*eval.EventRecord{}
	for i := range recs {
		byID[recs[i].ID] = &recs[i]
	}
	data, err := os.ReadFile(errs)
	if err != nil {
		t.Fatal(err)
	}
	missed, extra := map[string]int{}, map[string]int{}
	verbose := os.Getenv("EVENT_CAUSES_VERBOSE") != ""
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 4 || f[1] != "missed" && f[1] != "extra" {
			continue
		}
		id, _, _ := strings.Cut(f[0], "+")
		r := byID[id]
		if r == nil {
			t.Fatalf("record %s not in %s", id, gold)
		}
		d := eval.RecordDocument(r)
		if err := run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if f[1] == "missed" {
			want, _, _ := strings.Cut(f[2], " ")
			c := event.DebugCause(ex, d, want)
			cause, _, _ := strings.Cut(c, " ")
			missed[cause]++
			if verbose {
				t.Logf("missed %-15s %s %s", c, f[2], f[0])
			}
			continue
		}
		trig := f[2]
		if i := strings.LastIndexByte(trig, '"'); i > 0 {
			trig = trig[:i]
			trig = trig[strings.LastIndexByte(trig, '"')+1:]
		}
		c, _, _ := strings.Cut(event.DebugRowKind(ex, d, trig), " ")
		extra[c]++
		if verbose {
			t.Logf("extra  %-15s %s %s", event.DebugRowKind(ex, d, trig), f[2], f[0])
		}
	}
	t.Logf("missed by cause: %v", missed)
	t.Logf("extra by row: %v", extra)
}
