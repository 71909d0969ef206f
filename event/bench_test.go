package event_test

import (
	"context"
	"runtime"
	"testing"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/event"
	"github.com/dossier-news/dossier/ingest"
	"github.com/dossier-news/dossier/internal/corpus"
	"github.com/dossier-news/dossier/internal/cputime"
	"github.com/dossier-news/dossier/lang"
	"github.com/dossier-news/dossier/parse"
	"github.com/dossier-news/dossier/pipeline"
)

// benchCorpus returns up to n articles of the shared news corpus of lang.
func benchCorpus(b testing.TB, l string, n int) []corpus.Record {
	shared, err := corpus.SharedDir()
	if err != nil {
		b.Skip(err)
	}
	var recs []corpus.Record
	if l == "de" {
		recs, err = corpus.LoadGNAD(shared)
	} else {
		recs, err = corpus.LoadReuters(shared)
	}
	if err != nil {
		b.Skip(err)
	}
	if len(recs) > n {
		recs = recs[:n]
	}
	return recs
}

// BenchmarkAnalyze measures the extractor alone on news articles that went
// through the earlier stages once: sentences/s and MB/s per core. The
// en-parse run gives the extractor the English dependency parser with
// DOSSIER_EVENT_PARSE as set (fallback, first; off parses nothing).
func BenchmarkAnalyze(b *testing.B) {
	for _, l := range []string{"en", "de", "en-parse"} {
		b.Run(l, func(b *testing.B) {
			st := loadStages(b)
			ex, l := st.ex, l
			if l == "en-parse" {
				l = "en"
				p, err := parse.Load(l)
				if err != nil {
					b.Fatal(err)
				}
				if ex, err = event.New(st.kb, event.WithParser(p)); err != nil {
					b.Fatal(err)
				}
			}
			recs := benchCorpus(b, l, 400)
			var docs []*dossier.Document
			var bytes, sents int
			for _, r := range recs {
				d := st.doc(b, l, r.Published, r.Text)
				docs = append(docs, d)
				bytes += len(r.Text)
				sents += len(d.Sentences)
			}
			b.SetBytes(int64(bytes))
			b.ReportAllocs()
			ctx := context.Background()
			// CPU time too: on a shared machine wall time varies with the
			// load, CPU time much less
			cpu0 := cputime.Process()
			for b.Loop() {
				for _, d := range docs {
					if err := ex.Analyze(ctx, d); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(sents)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
			if cpu := cputime.Process() - cpu0; cpu > 0 {
				b.ReportMetric(float64(sents)*float64(b.N)/cpu.Seconds(), "sentences/cpu-s")
			}
		})
	}
}

// BenchmarkPipeline measures the whole per-document path from segmentation
// to stored-ready events (language, segmentation, tagging, time
// expressions, entities, events) on one core.
func BenchmarkPipeline(b *testing.B) {
	for _, l := range []string{"en", "de"} {
		b.Run(l, func(b *testing.B) {
			st := loadStages(b)
			recs := benchCorpus(b, l, 400)
			det, err := lang.New([]string{"en", "de"})
			if err != nil {
				b.Fatal(err)
			}
			p := pipeline.New([]string{"en", "de"}, det, pipeline.WithAnalyzers(st.analyzers()...))
			var bytes, sents int
			for _, r := range recs {
				bytes += len(r.Text)
				d, err := p.Process(context.Background(), ingest.Article{Source: r.ID, Text: r.Text, Published: r.Published})
				if err != nil {
					b.Fatal(err)
				}
				sents += len(d.Sentences)
			}
			b.SetBytes(int64(bytes))
			b.ReportAllocs()
			cpu0 := cputime.Process()
			for b.Loop() {
				for _, r := range recs {
					if _, err := p.Process(context.Background(), ingest.Article{Source: r.ID, Text: r.Text, Published: r.Published}); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(sents)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
			// CPU time (the collector's included) tells a change's cost on
			// a shared machine, where the wall clock counts waiting too.
			if cpu := cputime.Process() - cpu0; cpu > 0 {
				b.ReportMetric(float64(sents)*float64(b.N)/cpu.Seconds(), "sentences/cpu-s")
			}
		})
	}
}

// BenchmarkNew measures loading the lexicons.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := event.New(nil); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLexiconMemory reports the heap the loaded lexicons keep.
func TestLexiconMemory(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	x, err := event.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	kept := float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / (1 << 20)
	t.Logf("lexicon rows %v, heap kept %.1f MiB", x.Sizes(), kept)
	if kept > 32 {
		t.Errorf("lexicons keep %.1f MiB", kept)
	}
	runtime.KeepAlive(x)
}
