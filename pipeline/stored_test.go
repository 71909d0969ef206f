package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/ingest"
	"github.com/dossier-news/dossier/lang"
	"github.com/dossier-news/dossier/pipeline"
	"github.com/dossier-news/dossier/sqlite"
)

var _ pipeline.HashChecker = (*sqlite.Store)(nil)

// countingStage counts the documents it analyses and leaves one mention,
// so that a store keeps something per document.
type countingStage struct{ n atomic.Int64 }

func (c *countingStage) Analyze(_ context.Context, d *dossier.Document) error {
	c.n.Add(1)
	s := d.Sentences[0]
	d.Mentions = append(d.Mentions, dossier.Mention{Span: dossier.Span{Start: s.Start, End: s.Start + 3}, Text: d.Text[s.Start : s.Start+3]})
	return nil
}

// TestIngestSkipsStoredDocuments checks that documents the store holds are
// counted as present, with their sentences, but not analysed again, while
// new ones in the same input are.
func TestIngestSkipsStoredDocuments(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	first := []string{
		`{"url":"a","text":"The talks in Geneva went on for a third day. Both sides said little."}`,
		`{"url":"b","text":"Die Gespräche in Genf dauerten den dritten Tag an. Beide Seiten schwiegen."}`,
		`{"url":"b2","text":"Die Gespräche in Genf dauerten den dritten Tag an. Beide Seiten schwiegen."}`,
	}
	second := append(first[:3:3], `{"url":"c","text":"A new round was announced for Monday. Nobody knew where."}`)
	write := func(name string, lines []string) ingest.Input {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return ingest.Input{Path: path}
	}
	det, err := lang.New([]string{"en", "de"})
	if err != nil {
		t.Fatal(err)
	}
	stage := &countingStage{}
	clock := func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }
	p := pipeline.New([]string{"en", "de"}, det, pipeline.WithClock(clock), pipeline.WithAnalyzers(stage))
	store, err := sqlite.Open(ctx, filepath.Join(dir, "db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	r := &ingest.Reader{MaxBytes: 1 << 20}
	s1, err := p.Ingest(ctx, store, r, []ingest.Input{write("1.jsonl", first)}, pipeline.IngestOptions{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	// an empty store is not asked: the duplicate in the input is analysed
	// and the store reports it present, as without the check
	if s1.Added != 2 || s1.Present != 1 || stage.n.Load() != 3 {
		t.Errorf("first ingest: added %d, present %d, analysed %d; want 2, 1, 3", s1.Added, s1.Present, stage.n.Load())
	}
	stage.n.Store(0)
	s2, err := p.Ingest(ctx, store, r, []ingest.Input{write("2.jsonl", second)}, pipeline.IngestOptions{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if s2.Added != 1 || s2.Present != 3 || stage.n.Load() != 1 {
		t.Errorf("second ingest: added %d, present %d, analysed %d; want 1, 3, 1", s2.Added, s2.Present, stage.n.Load())
	}
	if s2.Sentences != s1.Sentences+2 {
		t.Errorf("second ingest counted %d sentences, want %d (the first's and two new)", s2.Sentences, s1.Sentences+2)
	}
	n := 0
	for _, err := range store.Mentions(ctx, dossier.Filter{}) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 3 {
		t.Errorf("%d mentions stored, want 3 (one per document)", n)
	}
}
