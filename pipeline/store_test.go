package pipeline_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/ingest"
	"github.com/dossier-news/dossier/internal/cputime"
	"github.com/dossier-news/dossier/pipeline"
	"github.com/dossier-news/dossier/sqlite"
)

// BenchmarkStore measures the store alone on what the pipeline makes of the
// benchmark corpora: every 10kGNAD and Reuters-21578 article is analysed
// once, untimed, and each iteration adds them all to a new SQLite database
// in batches of pipeline.DefaultBatchSize, as dossier ingest would. Unlike
// bench ingest, whose batches are cut by time as well as size, every run
// writes the same batches, so runs compare. cpu-s/op is the process's CPU
// time per iteration.
func BenchmarkStore(b *testing.B) {
	p := fullPipeline(b)
	var docs []*dossier.Document
	size, sents := 0, 0
	for _, l := range []string{"de", "en"} {
		for _, r := range loadCorpus(b, l) {
			d, err := p.Process(context.Background(), ingest.Article{Source: r.ID, Title: r.Title, Published: r.Published, Lang: r.Lang, Text: r.Text})
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, d)
			size += len(d.Text)
			sents += len(d.Sentences)
		}
	}
	dir := b.TempDir()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	i := 0
	var cpu float64
	for b.Loop() {
		i++
		s, err := sqlite.Open(context.Background(), filepath.Join(dir, fmt.Sprint(i, ".db")))
		if err != nil {
			b.Fatal(err)
		}
		cpu0 := cputime.Process().Seconds()
		for lo := 0; lo < len(docs); lo += pipeline.DefaultBatchSize {
			if _, err := s.AddDocuments(context.Background(), docs[lo:min(lo+pipeline.DefaultBatchSize, len(docs))]); err != nil {
				b.Fatal(err)
			}
		}
		cpu += cputime.Process().Seconds() - cpu0
		s.Close()
	}
	b.ReportMetric(cpu/float64(b.N), "cpu-s/op")
	if cpu > 0 {
		b.ReportMetric(float64(sents*b.N)/cpu, "sentences/cpu-s")
	}
}
