package text

import (
	"runtime"
	"testing"
	"time"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/internal/corpus"
	"github.com/dossier-news/dossier/internal/cputime"
)

func benchTexts(b *testing.B, lang string) []string {
	shared, err := corpus.SharedDir()
	if err != nil {
		b.Skip(err)
	}
	var recs []corpus.Record
	if lang == "de" {
		recs, err = corpus.LoadGNAD(shared)
	} else {
		recs, err = corpus.LoadReuters(shared)
	}
	if err != nil {
		b.Skip(err)
	}
	out := make([]string, len(recs))
	for i, r := range recs {
		out[i] = r.Text
	}
	return out
}

func size(texts []string) int64 {
	var n int64
	for _, t := range texts {
		n += int64(len(t))
	}
	return n
}

// BenchmarkSegment measures paragraphs, sentences and tokens on the news
// benchmark corpora, one core.
func BenchmarkSegment(b *testing.B) {
	for _, lang := range []string{"de", "en"} {
		b.Run(lang, func(b *testing.B) {
			texts := benchTexts(b, lang)
			b.SetBytes(size(texts))
			b.ReportAllocs()
			// CPU time of the goroutine's thread, which other work on a
			// shared machine inflates less than the wall clock
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			var cpu time.Duration
			sents := 0
			for b.Loop() {
				t0 := cputime.Thread()
				for _, t := range texts {
					var paras []dossier.Paragraph
					for _, p := range Paragraphs(t) {
						paras = append(paras, dossier.Paragraph{Span: p, Lang: lang})
					}
					sents += len(Segment(t, paras))
				}
				cpu += cputime.Thread() - t0
			}
			b.ReportMetric(float64(cpu.Nanoseconds())/float64(sents), "cpu-ns/sentence")
		})
	}
}

func BenchmarkNormalize(b *testing.B) {
	texts := benchTexts(b, "de")
	raw := make([][]byte, len(texts))
	for i, t := range texts {
		raw[i] = []byte(t)
	}
	b.SetBytes(size(texts))
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range raw {
			if _, _, err := Normalize(r); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkStem(b *testing.B) {
	words := []string{"Außenministers", "Verhandlungen", "visited", "containers", "nordkoreanischen", "supplying"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Stem(words[i%len(words)], "de")
	}
}
