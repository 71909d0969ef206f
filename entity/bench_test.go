package entity

import (
	"context"
	"runtime"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/internal/corpus"
	"github.com/dossier-news/dossier/internal/cputime"
	"github.com/dossier-news/dossier/kb"
)

// benchDocs segments and tags the first n articles of a news corpus, as the
// pipeline hands them to the stage, and counts their bytes and words.
func benchDocs(b *testing.B, lang string, n int) ([]*dossier.Document, int64, int) {
	f := testFixture(b)
	shared := sharedDir(b)
	var recs []corpus.Record
	var err error
	if lang == "de" {
		recs, err = corpus.LoadGNAD(shared)
	} else {
		recs, err = corpus.LoadReuters(shared)
	}
	if err != nil {
		b.Skipf("benchmark corpus: %v", err)
	}
	if len(recs) > n {
		recs = recs[:n]
	}
	var docs []*dossier.Document
	var nbytes int64
	words := 0
	for _, r := range recs {
		d := f.makeDoc(r.Text, lang, r.Published, true)
		docs = append(docs, d)
		nbytes += int64(len(r.Text))
		for _, s := range d.Sentences {
			for _, t := range s.Tokens {
				if r, _ := utf8.DecodeRuneInString(t.Text); unicode.IsLetter(r) || unicode.IsDigit(r) {
					words++
				}
			}
		}
	}
	return docs, nbytes, words
}

func benchmarkStage(b *testing.B, lang string, l func(f *fixture) *Linker) {
	f := testFixture(b)
	docs, nbytes, words := benchDocs(b, lang, 300)
	linker := l(f)
	ctx := context.Background()
	b.SetBytes(nbytes)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cputime.Process()
	for range b.N {
		for _, d := range docs {
			if err := linker.Analyze(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	// b.N runs over the corpus on one goroutine: words per second per core
	reportRate(b, float64(words)*float64(b.N), cputime.Process()-cpu, "words")
}

// reportRate reports n units per second of wall time, and per second of
// the process's CPU time when known (the steadier figure on a shared
// machine).
func reportRate(b *testing.B, n float64, cpu time.Duration, unit string) {
	b.ReportMetric(n/b.Elapsed().Seconds(), unit+"/s")
	if cpu > 0 {
		b.ReportMetric(n/cpu.Seconds(), unit+"/cpu-s")
	}
}

// BenchmarkStage is the whole entity stage: KB matching, recogniser,
// merging, linking and coreference.
func BenchmarkStage(b *testing.B) {
	for _, lang := range []string{"de", "en"} {
		b.Run(lang, func(b *testing.B) { benchmarkStage(b, lang, func(f *fixture) *Linker { return f.linker }) })
	}
}

// BenchmarkStageKBOnly is the stage without the recogniser: where the time
// goes.
func BenchmarkStageKBOnly(b *testing.B) {
	for _, lang := range []string{"de", "en"} {
		b.Run(lang, func(b *testing.B) { benchmarkStage(b, lang, func(f *fixture) *Linker { return f.bare }) })
	}
}

// BenchmarkRecognizer is the recogniser alone over the same sentences.
func BenchmarkRecognizer(b *testing.B) {
	for _, lang := range []string{"de", "en"} {
		b.Run(lang, func(b *testing.B) {
			f := testFixture(b)
			docs, nbytes, words := benchDocs(b, lang, 300)
			rec := f.recs[lang]
			var ms []kb.Match
			var texts []string
			b.SetBytes(nbytes)
			b.ReportAllocs()
			b.ResetTimer()
			cpu := cputime.Process()
			for range b.N {
				for _, d := range docs {
					for _, s := range d.Sentences {
						ms = f.kb.Matcher().Match(s.Tokens, lang, ms[:0])
						texts = texts[:0]
						for _, t := range s.Tokens {
							texts = append(texts, t.Text)
						}
						rec.Recognize(texts, s.Tokens, ms)
					}
				}
			}
			reportRate(b, float64(words)*float64(b.N), cputime.Process()-cpu, "words")
		})
	}
}

// BenchmarkLoad loads the knowledge base and both recognisers and reports
// the heap they hold.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	var before, after runtime.MemStats
	for range b.N {
		runtime.GC()
		runtime.ReadMemStats(&before)
		k, err := kb.Load()
		if err != nil {
			b.Fatal(err)
		}
		recs, err := testRecognizers(k)
		if err != nil {
			b.Fatal(err)
		}
		l := New(k, recs)
		runtime.GC()
		runtime.ReadMemStats(&after)
		runtime.KeepAlive(l)
	}
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heap-MiB")
}
