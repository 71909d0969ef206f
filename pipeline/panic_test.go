package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/ingest"
	"github.com/dossier-news/dossier/lang"
	"github.com/dossier-news/dossier/pipeline"
	"github.com/dossier-news/dossier/sqlite"
)

// brittleStage fails with a panic on any document that mentions a trap.
type brittleStage struct{}

func (brittleStage) Analyze(_ context.Context, d *dossier.Document) error {
	if strings.Contains(d.Text, "trap") {
		panic("stage bug: fell into the trap")
	}
	return nil
}

// ingestOneFailing ingests lines as one JSON lines file in dir with a
// pipeline of opts, and checks that two documents were stored and one
// failed, whose summary it returns.
func ingestOneFailing(t *testing.T, dir string, lines []string, opts ...pipeline.Option) pipeline.Summary {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	det, err := lang.New([]string{"en", "de"})
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.New([]string{"en", "de"}, det, opts...)
	store, err := sqlite.Open(ctx, filepath.Join(dir, "db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	sum, err := p.Ingest(ctx, store, &ingest.Reader{MaxBytes: 1 << 20}, []ingest.Input{{Path: path}}, pipeline.IngestOptions{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 2 || sum.Failed != 1 || len(sum.Failures) != 1 {
		t.Fatalf("added %d, failed %d (%v); want 2 added, 1 failed", sum.Added, sum.Failed, sum.Failures)
	}
	return sum
}

// TestIngestSurvivesPanickingStage checks that a stage's panic on one
// document fails that document with its file and line named, and that the
// others are stored.
func TestIngestSurvivesPanickingStage(t *testing.T) {
	dir := t.TempDir()
	lines := []string{
		`{"url":"a","text":"The talks in Geneva went on for a third day. Both sides said little."}`,
		`{"url":"b","text":"Someone walked into a trap near the border on Monday, the police said."}`,
		`{"url":"c","text":"A new round was announced for Monday. Nobody knew where it would be."}`,
	}
	sum := ingestOneFailing(t, dir, lines, pipeline.WithAnalyzers(brittleStage{}))
	msg := sum.Failures[0].String()
	for _, want := range []string{"in.jsonl", ":2", "internal error", "fell into the trap"} {
		if !strings.Contains(msg, want) {
			t.Errorf("failure %q does not say %q", msg, want)
		}
	}
}
