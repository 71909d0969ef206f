package kb

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode"

	"github.com/dossier-news/dossier"
)

// benchText reads raw news text from ../shared/data for throughput
// benchmarks; without it the benchmark runs on sentences written here.
func benchText(b *testing.B, lang string) string {
	dir := os.Getenv("DOSSIER_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared")
	}
	var path string
	if lang == "de" {
		path = filepath.Join(dir, "data", "news-de-10kgnad", "test.csv")
	} else {
		path = filepath.Join(dir, "data", "news-en-reuters21578", "reut2-000.sgm")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Logf("no corpus (%v): using built-in sentences", err)
		s := "Der nordkoreanische Machthaber Kim Jong Un empfing in Pjöngjang den russischen Außenminister Sergej Lawrow. "
		if lang != "de" {
			s = "North Korean leader Kim Jong Un met Russia's foreign minister Sergei Lavrov in Pyongyang on Friday. "
		}
		return strings.Repeat(s, 2000)
	}
	return string(data)
}

func countWords(text string) int {
	n := 0
	for _, t := range tokenize(text) {
		for _, r := range t.Text {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				n++
				break
			}
		}
	}
	return n
}

func benchmarkMatch(b *testing.B, lang string) {
	k := testKB(b)
	text := benchText(b, lang)
	toks := tokenize(text)
	nw := countWords(text)
	m := k.Matcher()
	var dst []Match
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		dst = m.Match(toks, lang, dst[:0])
	}
	b.ReportMetric(float64(nw)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(len(dst)), "matches")
}

// BenchmarkMatchDE and BenchmarkMatchEN measure the matcher alone on
// pre-tokenised news (10kGNAD test split, Reuters-21578 part 0).
func BenchmarkMatchDE(b *testing.B) { benchmarkMatch(b, "de") }
func BenchmarkMatchEN(b *testing.B) { benchmarkMatch(b, "en") }

// BenchmarkMatchSentencesDE and BenchmarkMatchSentencesEN match the same
// text a sentence at a time, as the entity stage calls the matcher (a
// sentence here ends at a full stop token): the per-call costs and a
// scratch that stays small, where BenchmarkMatch grows one over the corpus.
func BenchmarkMatchSentencesDE(b *testing.B) { benchmarkMatchSentences(b, "de") }
func BenchmarkMatchSentencesEN(b *testing.B) { benchmarkMatchSentences(b, "en") }

func benchmarkMatchSentences(b *testing.B, lang string) {
	k := testKB(b)
	text := benchText(b, lang)
	toks := tokenize(text)
	var sents [][]dossier.Token
	for i := 0; i < len(toks); {
		j := i
		for j < len(toks) && toks[j].Text != "." {
			j++
		}
		j = min(j+1, len(toks))
		sents = append(sents, toks[i:j])
		i = j
	}
	nw := countWords(text)
	m := k.Matcher()
	var dst []Match
	nm := 0
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		nm = 0
		for _, s := range sents {
			dst = m.Match(s, lang, dst[:0])
			nm += len(dst)
		}
	}
	b.ReportMetric(float64(nw)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(nm), "matches")
}

// BenchmarkLoad measures Load and reports the heap the loaded KB keeps.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(embedded)))
	for i := 0; i < b.N; i++ {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	k, _ := Load()
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heap-MiB")
	runtime.KeepAlive(k)
}

func BenchmarkFold(b *testing.B) {
	ws := strings.Fields("Nordkoreas nordkoreanischen Kim Jong-uns Außenministerium Pjöngjang Russlands the of und")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Fold(ws[i%len(ws)])
	}
}
