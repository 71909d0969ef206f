package ner

import (
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/dossier-news/dossier/eval"
	"github.com/dossier-news/dossier/internal/corpus"
	"github.com/dossier-news/dossier/internal/cputime"
)

// sharedData returns the shared data folder, or skips the test when absent.
func sharedData(tb testing.TB) string {
	tb.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "data")
	if d := os.Getenv("DOSSIER_SHARED"); d != "" {
		dir = filepath.Join(d, "data")
	}
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("shared data not found at %s (set DOSSIER_SHARED): %v", dir, err)
	}
	return dir
}

func benchSentences(b *testing.B, lang string) ([][]string, int64, int) {
	dir := sharedData(b)
	file := map[string]string{"de": "germeval2014/NER-de-dev.tsv", "en": "conll2003-en/eng.testa"}[lang]
	sents, _, err := eval.ReadNERFile(filepath.Join(dir, file))
	if err != nil {
		b.Skipf("benchmark data: %v", err)
	}
	var (
		out    [][]string
		nbytes int64
		ntok   int
	)
	for _, s := range sents {
		out = append(out, s.Tokens)
		ntok += len(s.Tokens)
		for _, t := range s.Tokens {
			nbytes += int64(len(t)) + 1
		}
	}
	return out, nbytes, ntok
}

// loadBench loads the embedded model, or the file named by
// $DOSSIER_NER_BENCH_MODEL (to compare a candidate model with it).
func loadBench(b *testing.B, lang string) (*Model, error) {
	if p := os.Getenv("DOSSIER_NER_BENCH_MODEL"); p != "" {
		m, err := LoadFile(p)
		if err == nil && m.Lang() != lang {
			b.Skipf("%s is a %s model", p, m.Lang())
		}
		return m, err
	}
	return Load(lang)
}

func benchmarkPredict(b *testing.B, lang string) {
	m, err := loadBench(b, lang)
	if err != nil {
		b.Fatal(err)
	}
	sents, nbytes, ntok := benchSentences(b, lang)
	b.SetBytes(nbytes)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cputime.Process()
	for range b.N {
		for _, s := range sents {
			m.Predict(s)
		}
	}
	reportRate(b, float64(ntok)*float64(b.N), cputime.Process()-cpu, "tokens")
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

// BenchmarkPredict* run the whole recogniser, the knowledge-base matcher
// included.
func BenchmarkPredictDE(b *testing.B) { benchmarkPredict(b, "de") }
func BenchmarkPredictEN(b *testing.B) { benchmarkPredict(b, "en") }

// BenchmarkPredictWith* give the KB matches precomputed, as the entity stage
// does when it has run the matcher already: the recogniser's own cost.
func BenchmarkPredictWithDE(b *testing.B) { benchmarkPredictWith(b, "de") }
func BenchmarkPredictWithEN(b *testing.B) { benchmarkPredictWith(b, "en") }

func benchmarkPredictWith(b *testing.B, lang string) {
	m, err := loadBench(b, lang)
	if err != nil {
		b.Fatal(err)
	}
	sents, nbytes, ntok := benchSentences(b, lang)
	gaz := make([][]GazMatch, len(sents))
	for i, s := range sents {
		for _, g := range m.extra {
			gaz[i] = append(gaz[i], g.Lookup(s)...)
		}
	}
	b.SetBytes(nbytes)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cputime.Process()
	for range b.N {
		for i, s := range sents {
			m.PredictWith(s, gaz[i])
		}
	}
	reportRate(b, float64(ntok)*float64(b.N), cputime.Process()-cpu, "tokens")
}

// BenchmarkLoad measures loading a model and the heap it takes, with the
// knowledge base it loads for itself, and without (model-only: the KB shared
// with the entity stage through LoadWith).
func BenchmarkLoad(b *testing.B) {
	for _, name := range []string{"de", "en", "de/model-only", "en/model-only"} {
		lang, shared := name[:2], len(name) > 2
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			var heap, warm uint64
			for range b.N {
				runtime.GC()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				var extra []Gazetteer
				if shared {
					extra = append(extra, KBGazetteer{Lang: lang}) // stands for a KB loaded elsewhere
				}
				m, err := LoadWith(lang, extra...)
				if err != nil {
					b.Fatal(err)
				}
				runtime.GC()
				runtime.ReadMemStats(&after)
				heap = after.HeapAlloc - before.HeapAlloc
				// the first prediction allocates a scratch with its form cache
				m.Predict([]string{"A", "b"})
				runtime.GC()
				runtime.ReadMemStats(&after)
				warm = after.HeapAlloc - before.HeapAlloc
				runtime.KeepAlive(m)
			}
			b.ReportMetric(float64(heap)/1e6, "MB-heap")
			b.ReportMetric(float64(warm)/1e6, "MB-heap-after-predict")
		})
	}
}

// BenchmarkStream* run the recogniser, KB matches given, over a stream of
// raw news articles with a cold form cache, as ingestion meets them: most
// forms are new to the cache at first, so this measures the cost of form
// cache misses that the Predict benchmarks (the same sentences again and
// again) mostly hide. It reports the share of form look-ups that hit.
func BenchmarkStreamDE(b *testing.B) { benchmarkStream(b, "de") }
func BenchmarkStreamEN(b *testing.B) { benchmarkStream(b, "en") }

func benchmarkStream(b *testing.B, lang string) {
	dir := sharedData(b)
	var (
		recs []corpus.Record
		err  error
	)
	if lang == "de" {
		recs, err = corpus.LoadGNAD(filepath.Dir(dir))
	} else {
		recs, err = corpus.LoadReuters(filepath.Dir(dir))
	}
	if err != nil {
		b.Skipf("raw news: %v", err)
	}
	m, err := loadBench(b, lang)
	if err != nil {
		b.Fatal(err)
	}
	var (
		sents  [][]string
		nbytes int64
		ntok   int
	)
	for _, r := range recs[:min(len(recs), 1000)] {
		for _, s := range TokenizeText(r.Text) {
			sents = append(sents, s)
			ntok += len(s)
			for _, t := range s {
				nbytes += int64(len(t)) + 1
			}
		}
	}
	gaz := make([][]GazMatch, len(sents))
	for i, s := range sents {
		for _, g := range m.extra {
			gaz[i] = append(gaz[i], g.Lookup(s)...)
		}
	}
	slots := streamSlots(b)
	b.SetBytes(nbytes)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cputime.Process()
	var hits, fills int
	for range b.N {
		s := &scratch{cache: m.newFormCache(slots)}
		for i, toks := range sents {
			m.decodeFast(s, toks, gaz[i], true)
		}
		hits += s.cache.hits
		fills += s.cache.fills
	}
	reportRate(b, float64(ntok)*float64(b.N), cputime.Process()-cpu, "tokens")
	b.ReportMetric(100*float64(hits)/float64(hits+fills), "%hit")
}

// streamSlots is the form cache size of the stream benchmarks:
// $DOSSIER_NER_CACHE_SLOTS (a power of two) to try another.
func streamSlots(b *testing.B) int {
	v := os.Getenv("DOSSIER_NER_CACHE_SLOTS")
	if v == "" {
		return cacheSlots
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 2 || n&(n-1) != 0 {
		b.Fatalf("DOSSIER_NER_CACHE_SLOTS=%q: want a power of two", v)
	}
	return n
}
