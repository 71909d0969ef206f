package pipeline_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/ingest"
	"github.com/dossier-news/dossier/lang"
	"github.com/dossier-news/dossier/pipeline"
	"github.com/dossier-news/dossier/sqlite"
)

// spellingStage names one local entity in every document, spelt as the
// document's first word spells it, and takes longer for earlier documents,
// so that workers finish them out of input order.
type spellingStage struct{}

func (spellingStage) Analyze(_ context.Context, d *dossier.Document) error {
	name, _, _ := strings.Cut(d.Text, " ")
	var k int
	fmt.Sscanf(strings.TrimPrefix(name, "Name"), "%d", &k)
	time.Sleep(time.Duration(20-k%20) * time.Millisecond)
	s := d.Sentences[0]
	d.Mentions = append(d.Mentions, dossier.Mention{Span: dossier.Span{Start: s.Start, End: s.Start + len(name)}, Text: name, Entity: "local:per:x"})
	d.Entities = append(d.Entities, dossier.Entity{ID: "local:per:x", Name: name, Kind: dossier.KindPerson, Aliases: []string{}})
	return nil
}

// TestIngestStoresInInputOrder: however the workers' timing falls, the
// store sees the documents in input order, so the entity a store keeps the
// first description of is described by the first document of the input.
func TestIngestStoresInInputOrder(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	var lines []string
	for i := range 40 {
		lines = append(lines, fmt.Sprintf(`{"url":"u%d","text":"Name%d spoke about the talks in Geneva on day %d."}`, i, i, i))
	}
	path := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	det, err := lang.New([]string{"en", "de"})
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.New([]string{"en", "de"}, det, pipeline.WithAnalyzers(spellingStage{}))
	for run := range 3 {
		store, err := sqlite.Open(ctx, filepath.Join(dir, fmt.Sprintf("db%d", run)))
		if err != nil {
			t.Fatal(err)
		}
		sum, err := p.Ingest(ctx, store, &ingest.Reader{MaxBytes: 1 << 20}, []ingest.Input{{Path: path}},
			pipeline.IngestOptions{Workers: 8, BatchSize: 7})
		if err != nil {
			t.Fatal(err)
		}
		e, err := store.Entity(ctx, "local:per:x")
		store.Close()
		if err != nil {
			t.Fatal(err)
		}
		if sum.Added != 40 || e.Name != "Name0" {
			t.Errorf("run %d: added %d, entity named %q; want 40 and the first document's Name0", run, sum.Added, e.Name)
		}
	}
}
