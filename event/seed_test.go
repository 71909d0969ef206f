package event_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/ingest"
	"github.com/dossier-news/dossier/lang"
	"github.com/dossier-news/dossier/pipeline"
)

// processFile runs one file through the whole pipeline: ingest, language,
// segmentation, tagging, time expressions, entities, events.
func (st *stages) processFile(t testing.TB, path string) *dossier.Document {
	t.Helper()
	det, err := lang.New([]string{"en", "de"})
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.New([]string{"en", "de"}, det, pipeline.WithAnalyzers(st.analyzers()...))
	ins, errs := ingest.Inputs([]string{path})
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	r := &ingest.Reader{MaxBytes: 1 << 24}
	for it, err := range r.Items(context.Background(), ins[0]) {
		if err != nil {
			t.Fatal(err)
		}
		a, err := ingest.Extract(it)
		if err != nil {
			t.Fatal(err)
		}
		d, err := p.Process(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	t.Fatalf("%s: no article", path)
	return nil
}

// TestSeeds checks the events an analyst would list from the four seed
// articles: actor, target, type, date and source.
func TestSeeds(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "seeds")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no seeds: %v", err)
	}
	st := loadStages(t)
	docs := map[string]*dossier.Document{}
	for _, name := range []string{"000_8d233e9bc37b9532.txt", "001_72aff60e572e28d8.txt", "002_f0392d335b11417c.txt", "003_e0062845d3b364d3.txt"} {
		path := filepath.Join(dir, name)
		if _, err := os.Stat(path); err != nil {
			t.Skipf("seed %s missing", name)
		}
		docs[name[:3]] = st.processFile(t, path)
	}
	cases := []struct {
		what string
		doc  string
		want want
	}{
		{"North Korea cuts road and rail links to South Korea", "000",
			want{typ: "SANCTION", actor: "PRK", target: "KOR", date: "-"}},
		{"North Korea sends more than 10,000 containers of ammunition to Russia, per the US State Department", "001",
			want{typ: "AID", mode: "military", actor: "PRK", target: "RUS", source: "United States Department of State", quantity: "10000 container more than"}},
		{"North Korea sends soldiers and munitions to Russia", "003",
			want{typ: "AID", mode: "military", actor: "PRK", target: "RUS"}},
		{"first direct Moscow–Pyongyang flight on 2025-07-27", "003",
			want{typ: "COOPERATE", actor: "RUS", target: "PRK", date: "2025-07-27"}},
		{"Kim Yo Jong rejects Seoul's overtures on 2025-07-28", "003",
			want{typ: "REJECT", actor: "Kim Yo Jong", target: "KOR", date: "2025-07-28"}},
		{"Lavrov visits North Korea in April 2023", "001",
			want{typ: "CONSULT", mode: "visit", actor: "Sergey Lavrov", target: "PRK", date: "2023-04"}},
		{"the G7 statement of 2024-02-24 accuses North Korea", "001",
			want{typ: "ACCUSE", actor: "G7", target: "PRK", date: "2024-02-24"}},
	}
	for _, c := range cases {
		d := docs[c.doc]
		if ev := findEvent(st, d, c.want); ev == nil {
			t.Errorf("seed %s: %s: no event %+v\nhave:\n%s", c.doc, c.what, c.want, describeEvents(st, d))
		} else if c.want.source == "" && ev.Source != "" && c.want.typ == "ACCUSE" {
			t.Errorf("seed %s: %s: the statement is the act, yet source %s", c.doc, c.what, ev.Source)
		}
	}
}

// describeEvents lists the events of a document, without its mentions.
func describeEvents(st *stages, d *dossier.Document) string {
	c := *d
	c.Mentions = nil
	return describe(st, &c)
}
