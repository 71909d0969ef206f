package event_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/entity"
	"github.com/dossier-news/dossier/eval"
	"github.com/dossier-news/dossier/event"
	"github.com/dossier-news/dossier/internal/corpus"
	"github.com/dossier-news/dossier/kb"
	"github.com/dossier-news/dossier/parse"
)

// TestAuditRows counts, for each lexicon row, the events it makes and
// what became of them, as `dossier eval events` scores them (same stages,
// same English parser): on the gold file $EVENT_AUDIT_GOLD (part
// $EVENT_AUDIT_SPLIT, default dev, every 5th record held out), or on the
// first $EVENT_AUDIT_REUTERS articles of Reuters-21578 or
// $EVENT_AUDIT_GNAD of 10kGNAD, where every event is counted as made. It writes "row<TAB>recovered<TAB>extra<TAB>neutral"
// lines to $EVENT_AUDIT_OUT (with $EVENT_AUDIT_IDS set, the records behind
// each count too; with $EVENT_AUDIT_KIND set, counts by kind of row only);
// it is skipped unless that is set. Run it on
// dev data only: the counts of held-out records are for aggregates.
func TestAuditRows(t *testing.T) {
	out := os.Getenv("EVENT_AUDIT_OUT")
	if out == "" {
		t.Skip("EVENT_AUDIT_OUT not set")
	}
	type tally struct {
		recovered, extra, neutral int
		ids                       []string
	}
	rows := map[string]*tally{}
	ids := os.Getenv("EVENT_AUDIT_IDS") != "" // the records behind each row (dev data only)
	// rows grouped by kind (curated, pattern, default, noun): aggregates
	// that may be taken of held-out data
	byKind := os.Getenv("EVENT_AUDIT_KIND") != ""
	// each event of unscored text (Reuters) with its sentence, for judging
	verbose := os.Getenv("EVENT_AUDIT_VERBOSE") != ""
	get := func(r string) *tally {
		if rows[r] == nil {
			rows[r] = &tally{}
		}
		return rows[r]
	}
	ctx := context.Background()
	var recs []eval.EventRecord
	var coder eval.EntityCoder
	var linker *entity.Linker
	var k *kb.KB
	if gold := os.Getenv("EVENT_AUDIT_GOLD"); gold != "" {
		all, actors, err := eval.LoadEventGold(gold)
		if err != nil {
			t.Fatal(err)
		}
		split := os.Getenv("EVENT_AUDIT_SPLIT")
		if split == "" {
			split = "dev"
		}
		if recs, err = eval.EventSplit(all, split, 5); err != nil {
			t.Fatal(err)
		}
		if actors != nil {
			if k, err = eval.ActorKB(actors); err != nil {
				t.Fatal(err)
			}
			coder = eval.DictCoder(actors)
			linker = entity.New(k, nil)
		}
	} else {
		n, _ := strconv.Atoi(os.Getenv("EVENT_AUDIT_REUTERS"))
		lang, file, read := "en", filepath.Join("news-en-reuters21578", "reut2-000.sgm"), corpus.ReadReuters
		if g, _ := strconv.Atoi(os.Getenv("EVENT_AUDIT_GNAD")); g > 0 {
			n, lang, file, read = g, "de", filepath.Join("news-de-10kgnad", "test.csv"), corpus.ReadGNAD
		}
		shared, err := corpus.SharedDir()
		if err != nil || n == 0 {
			t.Skip("set EVENT_AUDIT_GOLD, EVENT_AUDIT_REUTERS or EVENT_AUDIT_GNAD (and have ../shared)")
		}
		f, err := os.Open(filepath.Join(shared, "data", file))
		if err != nil {
			t.Skip(err)
		}
		arts, err := read(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for i, a := range arts {
			if i >= n {
				break
			}
			recs = append(recs, eval.EventRecord{ID: a.ID, Lang: lang, Date: a.Published, Text: a.Text, Unscored: true})
		}
	}
	if k == nil {
		st := loadStages(t)
		k, linker = st.kb, st.linker
		coder = eval.KBCoder(k)
	}
	p, err := parse.Load("en")
	if err != nil {
		t.Fatal(err)
	}
	ex, err := event.New(k, event.WithParser(p))
	if err != nil {
		t.Fatal(err)
	}
	trace := map[string]string{}
	key := func(e *dossier.Event) string {
		return fmt.Sprint(e.Trigger.Start, e.Type, e.Actor, e.Target, e.Evidence.Start)
	}
	event.SetTrace(ex, func(e *dossier.Event, row string) { trace[key(e)] = row })
	run, err := eval.NewEventRunner([]string{"en", "de"}, linker, ex)
	if err != nil {
		t.Fatal(err)
	}
	var c eval.EventCounts
	var evRows, evTrig []string
	c.Outcome = func(rec *eval.EventRecord, pi int, outcome string) {
		r := evRows[pi]
		if byKind {
			r, _, _ = strings.Cut(r, " ")
			if strings.Contains(r, ".tsv:") || strings.Contains(r, ".go:") {
				r = "curated"
			}
		}
		tl := get(r)
		tl.ids = append(tl.ids, outcome[:1]+":"+rec.ID+":"+evTrig[pi])
		switch outcome {
		case "recovered":
			tl.recovered++
		case "extra":
			tl.extra++
		default:
			tl.neutral++
		}
	}
	for i := range recs {
		rec := &recs[i]
		d := eval.RecordDocument(rec)
		clear(trace)
		if err := run(ctx, d); err != nil {
			t.Fatal(err)
		}
		evRows, evTrig = evRows[:0], evTrig[:0]
		for j := range d.Events {
			e := &d.Events[j]
			evTrig = append(evTrig, strings.ReplaceAll(d.Text[e.Trigger.Start:e.Trigger.End], " ", "_"))
			r, ok := trace[key(e)]
			if !ok {
				r = "?"
			}
			evRows = append(evRows, r)
			if verbose && rec.Unscored {
				t.Logf("%s\t%s %s -> %s %q\t%s", r, e.Type, e.Actor, e.Target, evTrig[len(evTrig)-1], d.Text[e.Evidence.Start:e.Evidence.End])
			}
		}
		c.ScoreEvents(rec, eval.Produced(rec, d, coder), false)
	}
	names := make([]string, 0, len(rows))
	for r := range rows {
		names = append(names, r)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, r := range names {
		tl := rows[r]
		fmt.Fprintf(&b, "%s\t%d\t%d\t%d", r, tl.recovered, tl.extra, tl.neutral)
		if ids {
			fmt.Fprintf(&b, "\t%s", strings.Join(tl.ids, " "))
		}
		b.WriteByte('\n')
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("recall=%.3f extra=%.3f (expected %d, produced %d)", c.Recall(), c.ExtraRate(), c.Expected, c.Produced)
}
