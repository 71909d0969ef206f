package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
	"time"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/entity"
	"github.com/dossier-news/dossier/event"
	"github.com/dossier-news/dossier/ingest"
	"github.com/dossier-news/dossier/internal/corpus"
	"github.com/dossier-news/dossier/internal/cputime"
	"github.com/dossier-news/dossier/kb"
	"github.com/dossier-news/dossier/lang"
	"github.com/dossier-news/dossier/parse"
	"github.com/dossier-news/dossier/pipeline"
	"github.com/dossier-news/dossier/sqlite"
	"github.com/dossier-news/dossier/tag"
	"github.com/dossier-news/dossier/timex"
)

func newPipeline(t testing.TB) *pipeline.Pipeline {
	det, err := lang.New([]string{"en", "de"})
	if err != nil {
		t.Fatal(err)
	}
	clock := func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }
	return pipeline.New([]string{"en", "de"}, det, pipeline.WithClock(clock))
}

func TestProcessMixedLanguages(t *testing.T) {
	p := newPipeline(t)
	text := "Gespräche in Genf\n" +
		"Die Delegationen trafen sich am Montag in Genf, um über einen Waffenstillstand zu verhandeln. Ein Ergebnis gab es zunächst nicht.\n" +
		"“We are not there yet, but we are closer than we have been for many months,” said one of the negotiators after the meeting.\n" +
		"Am Dienstag sollen die Gespräche weitergehen, hieß es aus Kreisen der Teilnehmer."
	d, err := p.Process(context.Background(), ingest.Article{Source: "mixed.txt", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if d.Lang != "de" {
		t.Errorf("document language = %s, want de", d.Lang)
	}
	want := []string{"de", "de", "en", "de"}
	if len(d.Paragraphs) != len(want) {
		t.Fatalf("%d paragraphs, want %d", len(d.Paragraphs), len(want))
	}
	for i, p := range d.Paragraphs {
		if p.Lang != want[i] {
			t.Errorf("paragraph %d (%q…) language = %s, want %s", i, text[p.Start:p.Start+20], p.Lang, want[i])
		}
	}
	for _, s := range d.Sentences {
		if strings.HasPrefix(text[s.Start:], "“We") && s.Lang != "en" {
			t.Errorf("English sentence tagged %s", s.Lang)
		}
	}
	if len(d.ID) != 16 || !strings.HasPrefix(d.Hash, d.ID) {
		t.Errorf("id %q, hash %q", d.ID, d.Hash)
	}
}

func loadCorpus(b *testing.B, lang string) []corpus.Record {
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
	return recs
}

func textBytes(recs []corpus.Record) int64 {
	var n int64
	for _, r := range recs {
		n += int64(len(r.Text))
	}
	return n
}

// BenchmarkProcess measures the per-document stages (language,
// segmentation and analysers) on one core.
func BenchmarkProcess(b *testing.B) {
	for _, l := range []string{"de", "en"} {
		b.Run(l, func(b *testing.B) {
			recs := loadCorpus(b, l)
			p := newPipeline(b)
			b.SetBytes(textBytes(recs))
			b.ReportAllocs()
			for b.Loop() {
				for _, r := range recs {
					if _, err := p.Process(context.Background(), ingest.Article{Source: r.ID, Text: r.Text}); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// fullPipeline wires every stage the way the dossier command does.
func fullPipeline(b *testing.B) *pipeline.Pipeline {
	b.Helper()
	det, err := lang.New([]string{"en", "de"})
	if err != nil {
		b.Fatal(err)
	}
	return pipeline.New([]string{"en", "de"}, det, pipeline.WithAnalyzers(fullAnalyzers(b)...))
}

// fullAnalyzers returns the analysers of the dossier command, in its order,
// the English event parser included (DOSSIER_EVENT_PARSE as set).
func fullAnalyzers(b *testing.B) []pipeline.Analyzer {
	b.Helper()
	langs := []string{"en", "de"}
	taggers := pipeline.TagStage{}
	for _, l := range langs {
		t, err := tag.Load(l)
		if err != nil {
			b.Fatal(err)
		}
		taggers[l] = t
	}
	tx, err := timex.New()
	if err != nil {
		b.Fatal(err)
	}
	k, err := kb.Load()
	if err != nil {
		b.Fatal(err)
	}
	recs, err := entity.LoadRecognizers(k, langs...)
	if err != nil {
		b.Fatal(err)
	}
	linker := entity.New(k, recs)
	withParser := event.WithParser()
	if event.ParseWanted(os.Getenv("DOSSIER_EVENT_PARSE")) {
		p, err := parse.Load("en")
		if err != nil {
			b.Fatal(err)
		}
		withParser = event.WithParser(p)
	}
	ex, err := event.New(k, event.WithLanguages(langs...), withParser)
	if err != nil {
		b.Fatal(err)
	}
	return []pipeline.Analyzer{taggers, pipeline.TimexStage{Annotator: tx}, linker, ex,
		pipeline.EntityIndex{Resolve: linker.Entity, Local: entity.LocalEntities}}
}

// BenchmarkStages splits the per-document analysis of the dossier command
// by stage: for each, CPU-thread time and heap allocations per sentence
// (segment-… is language identification and segmentation). It runs the
// stages on one goroutine, so that a stage's time is its own; the store
// and the ingest's plumbing are BenchmarkIngest's. "de" and "en" run every
// stage over one document before the next document; "de-grouped" and
// "en-grouped" run each stage over 16 documents before the next stage, as
// Ingest's workers do.
func BenchmarkStages(b *testing.B) {
	for _, l := range []string{"de", "en"} {
		for _, group := range []int{1, 16} {
			name := l
			if group > 1 {
				name += "-grouped"
			}
			b.Run(name, func(b *testing.B) { benchStages(b, l, group) })
		}
	}
}

func benchStages(b *testing.B, l string, group int) {
	recs := loadCorpus(b, l)
	if len(recs) > 400 {
		recs = recs[:400]
	}
	an := fullAnalyzers(b)
	names := []string{"segment", "tag", "timex", "entity", "event", "index"}
	if len(an)+1 != len(names) {
		b.Fatalf("%d analysers, named %d", len(an), len(names)-1)
	}
	p := newPipeline(b)
	ctx := context.Background()
	spent := make([]time.Duration, len(names))
	allocs := make([]uint64, len(names))
	sample := []metrics.Sample{{Name: "/gc/heap/allocs:objects"}}
	mark := func() (time.Duration, uint64) {
		metrics.Read(sample)
		return cputime.Thread(), sample[0].Value.Uint64()
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	sents := 0
	docs := make([]*dossier.Document, 0, group)
	b.ReportAllocs()
	for b.Loop() {
		for start := 0; start < len(recs); start += group {
			docs = docs[:0]
			t0, a0 := mark()
			for _, r := range recs[start:min(start+group, len(recs))] {
				d, err := p.Process(ctx, ingest.Article{Source: r.ID, Text: r.Text, Published: r.Published})
				if err != nil {
					b.Fatal(err)
				}
				docs = append(docs, d)
				sents += len(d.Sentences)
			}
			t1, a1 := mark()
			spent[0] += t1 - t0
			allocs[0] += a1 - a0
			for i, a := range an {
				for _, d := range docs {
					if err := a.Analyze(ctx, d); err != nil {
						b.Fatal(err)
					}
				}
				t2, a2 := mark()
				spent[i+1] += t2 - t1
				allocs[i+1] += a2 - a1
				t1, a1 = t2, a2
			}
		}
	}
	var total time.Duration
	for i, name := range names {
		total += spent[i]
		b.ReportMetric(float64(spent[i].Nanoseconds())/float64(sents), name+"-ns/sentence")
		b.ReportMetric(float64(allocs[i])/float64(sents), name+"-allocs/sentence")
	}
	b.ReportMetric(float64(sents)/total.Seconds(), "sentences/cpu-s")
}

// BenchmarkIngest measures the whole ingest path into a fresh SQLite
// database, with one worker (so MB/s is per core): "segment" runs language
// and segmentation only, "full" every analyser as dossier ingest does (the
// figure of issue #5). sentences/cpu-s divides by the CPU time of the whole
// process (the worker, the store writer and the garbage collector), which a
// shared machine inflates less than wall time.
func BenchmarkIngest(b *testing.B) {
	for _, stages := range []string{"segment", "full"} {
		for _, l := range []string{"de", "en"} {
			b.Run(stages+"/"+l, func(b *testing.B) {
				recs := loadCorpus(b, l)
				if stages == "full" && len(recs) > 400 {
					recs = recs[:400]
				}
				dir := b.TempDir()
				path := filepath.Join(dir, "corpus.jsonl")
				size, err := writeJSONL(path, recs)
				if err != nil {
					b.Fatal(err)
				}
				p := newPipeline(b)
				if stages == "full" {
					p = fullPipeline(b)
				}
				b.SetBytes(size)
				b.ReportAllocs()
				i, sents := 0, 0
				var cpu time.Duration
				for b.Loop() {
					i++
					store, err := sqlite.Open(context.Background(), filepath.Join(dir, "bench"+string(rune('a'+i%26))+strings.Repeat("x", i/26)+".db"))
					if err != nil {
						b.Fatal(err)
					}
					cpu0 := cputime.Process()
					sum, err := p.Ingest(context.Background(), store, &ingest.Reader{MaxBytes: 1 << 30}, []ingest.Input{{Path: path, Size: size}}, pipeline.IngestOptions{Workers: 1})
					cpu += cputime.Process() - cpu0
					store.Close()
					if err != nil || sum.Failed > 0 {
						b.Fatalf("ingest: %v, %+v", err, sum.Failures)
					}
					sents += sum.Sentences
				}
				b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
				if cpu > 0 {
					b.ReportMetric(float64(sents)/cpu.Seconds(), "sentences/cpu-s")
				}
			})
		}
	}
}
