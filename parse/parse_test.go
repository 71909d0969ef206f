package parse

import (
	"bytes"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/tag"
)

// tagged tags a sentence given as space-separated words with the shipped
// tagger.
func tagged(t testing.TB, lang, sentence string) []dossier.Token {
	t.Helper()
	tg := testTagger(t, lang)
	var toks []dossier.Token
	for _, w := range strings.Fields(sentence) {
		toks = append(toks, dossier.Token{Text: w})
	}
	tg.Tag(toks)
	return toks
}

// loadParser returns the embedded parser for lang, loaded once for all the
// tests (it is safe for concurrent use and no test changes it): under the
// race detector the dozen loads were most of this package's time.
func loadParser(t testing.TB, lang string) *Parser {
	t.Helper()
	v, _ := testParsers.LoadOrStore(lang, new(once[*Parser]))
	o := v.(*once[*Parser])
	o.do.Do(func() { o.v, o.err = Load(lang) })
	if o.err != nil {
		t.Fatal(o.err)
	}
	return o.v
}

// testTagger is loadParser's counterpart for the tagger.
func testTagger(t testing.TB, lang string) *tag.Tagger {
	t.Helper()
	v, _ := testTaggers.LoadOrStore(lang, new(once[*tag.Tagger]))
	o := v.(*once[*tag.Tagger])
	o.do.Do(func() { o.v, o.err = tag.Load(lang) })
	if o.err != nil {
		t.Fatal(o.err)
	}
	return o.v
}

var testParsers, testTaggers sync.Map // lang → *once

type once[T any] struct {
	do  sync.Once
	v   T
	err error
}

// TestParseArguments parses sentences written for this test and checks the
// arguments event extraction needs.
func TestParseArguments(t *testing.T) {
	type want struct {
		pred     string
		subjects []string
		objects  []string
		obliques []string // "case:word"
		passive  bool
	}
	tests := []struct {
		lang, text string
		want       want
	}{
		{"en", "The rebels attacked the convoy .", want{pred: "attacked", subjects: []string{"rebels"}, objects: []string{"convoy"}}},
		{"en", "The army withdrew from the city .", want{pred: "withdrew", subjects: []string{"army"}, obliques: []string{"from:city"}}},
		{"en", "The convoy was attacked by rebels on Tuesday .", want{pred: "attacked", subjects: []string{"convoy", "rebels"}, obliques: []string{"on:Tuesday"}, passive: true}},
		{"en", "Germany and France sent weapons to Ukraine .", want{pred: "sent", subjects: []string{"Germany", "France"}, objects: []string{"weapons"}, obliques: []string{"to:Ukraine"}}},
		{"en", "Russia threatened to attack Ukraine .", want{pred: "attack", subjects: []string{"Russia"}, objects: []string{"Ukraine"}}},
		{"en", "Police arrested and questioned two men .", want{pred: "questioned", subjects: []string{"Police"}, objects: []string{"men"}}},
		{"de", "Die Armee zog sich im Oktober aus der Stadt zurück .", want{pred: "zog", subjects: []string{"Armee"}, objects: []string{"sich"}, obliques: []string{"in:Oktober", "aus:Stadt"}}},
		{"de", "Die Regierung kritisierte den Angriff scharf .", want{pred: "kritisierte", subjects: []string{"Regierung"}, objects: []string{"Angriff"}}},
		{"de", "Der Minister sagte , dass der Präsident den Vertrag unterzeichnet habe .", want{pred: "unterzeichnet", subjects: []string{"Präsident"}, objects: []string{"Vertrag"}}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			toks := tagged(t, tc.lang, tc.text)
			g := Graph{Tokens: toks, Arcs: loadParser(t, tc.lang).Parse(toks)}
			pred := -1
			for i, tk := range toks {
				if tk.Text == tc.want.pred {
					pred = i
				}
			}
			words := func(is []int) []string {
				var out []string
				for _, i := range is {
					out = append(out, toks[i].Text)
				}
				return out
			}
			var obl []string
			for _, o := range g.Obliques(pred) {
				obl = append(obl, o.Case+":"+toks[o.Token].Text)
			}
			got := want{pred: tc.want.pred, subjects: words(g.Subjects(pred)), objects: words(g.Objects(pred)), obliques: obl, passive: g.Passive(pred)}
			if strings.Join(got.subjects, " ") != strings.Join(tc.want.subjects, " ") ||
				strings.Join(got.objects, " ") != strings.Join(tc.want.objects, " ") ||
				strings.Join(got.obliques, " ") != strings.Join(tc.want.obliques, " ") ||
				got.passive != tc.want.passive {
				t.Errorf("got %+v, want %+v\narcs: %v", got, tc.want, describe(toks, g.Arcs))
			}
		})
	}
}

func describe(toks []dossier.Token, arcs []Arc) string {
	var b strings.Builder
	for i, a := range arcs {
		h := "ROOT"
		if a.Head >= 0 {
			h = toks[a.Head].Text
		}
		b.WriteString(toks[i].Text + "/" + toks[i].POS + " <-" + a.Label.String() + "- " + h + "; ")
	}
	return b.String()
}

// TestParseWellFormed checks that every parse is a tree: one root, heads
// inside the sentence, no cycles.
func TestParseWellFormed(t *testing.T) {
	p := loadParser(t, "en")
	for _, s := range []string{"Yes", ". . .", "Talks resumed in Geneva , officials said , but no deal was reached ."} {
		toks := tagged(t, "en", s)
		arcs := p.Parse(toks)
		roots := 0
		for i, a := range arcs {
			if a.Head == -1 {
				roots++
				if a.Label != Root {
					t.Errorf("%q: root %d labelled %v", s, i, a.Label)
				}
				continue
			}
			if a.Head < 0 || a.Head >= len(arcs) {
				t.Fatalf("%q: head %d outside", s, a.Head)
			}
			h, steps := a.Head, 0
			for h >= 0 && steps <= len(arcs) {
				h, steps = arcs[h].Head, steps+1
			}
			if h != -1 {
				t.Errorf("%q: token %d is on a cycle", s, i)
			}
		}
		if roots != 1 {
			t.Errorf("%q: %d roots", s, roots)
		}
	}
	if got := p.Parse(nil); len(got) != 0 {
		t.Errorf("empty sentence: %v", got)
	}
}

func TestModelRoundTrip(t *testing.T) {
	p := loadParser(t, "de")
	var buf bytes.Buffer
	if _, err := p.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	q, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	toks := tagged(t, "de", "Die Truppen zogen sich am Montag aus der Stadt zurück .")
	a, b := p.Parse(toks), q.Parse(toks)
	for i := range a {
		if a[i] != b[i] {
			t.Errorf("token %d: %v after a round trip, %v before", i, b[i], a[i])
		}
	}
}

func TestParseAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts are meaningless under the race detector")
	}
	p := loadParser(t, "en")
	toks := tagged(t, "en", "North Korea fired two ballistic missiles into the sea on Sunday , the military said .")
	dst := make([]Arc, 0, len(toks))
	p.ParseTo(dst, toks)
	if n := testing.AllocsPerRun(100, func() { p.ParseTo(dst[:0], toks) }); n > 0 {
		t.Errorf("ParseTo: %.1f allocations per sentence, want 0", n)
	}
}

func FuzzRead(f *testing.F) {
	var buf bytes.Buffer
	p := newParser("en", newTable(numMoves, 0, 1), newTable(int(numLabels), 0, 1))
	if _, err := p.WriteTo(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := Read(bytes.NewReader(b))
		if err != nil {
			return
		}
		p.Parse([]dossier.Token{{Text: "a", POS: "X"}})
	})
}

// devTagged reads a dev treebank and tags it as the parser sees text.
func devTagged(b testing.TB, lang, file string) ([]*Tree, [][]dossier.Token) {
	trees, err := ReadTreebank(filepath.Join(sharedData(b), file))
	if err != nil {
		b.Fatal(err)
	}
	return trees, PredictTags(trees, testTagger(b, lang))
}

func BenchmarkParse(b *testing.B) {
	for _, c := range []struct{ lang, file string }{
		{"en", "ud-english-ewt/en_ewt-ud-dev.conllu"},
		{"de", "ud-german-gsd/de_gsd-ud-dev.conllu"},
	} {
		b.Run(c.lang, func(b *testing.B) {
			_, sents := devTagged(b, c.lang, c.file)
			p := loadParser(b, c.lang)
			var bytes, words int
			for _, s := range sents {
				words += len(s)
				for _, t := range s {
					bytes += len(t.Text) + 1
				}
			}
			b.SetBytes(int64(bytes))
			b.ReportAllocs()
			var dst []Arc
			b.ResetTimer()
			cpu0 := cpuTime()
			for b.Loop() {
				for _, s := range sents {
					dst = p.ParseTo(dst[:0], s)
				}
			}
			// The machine is shared, so wall time overstates the cost: report
			// per CPU-second of this process too.
			sec := (cpuTime() - cpu0).Seconds()
			b.ReportMetric(float64(len(sents)*b.N)/sec, "sentences/cpu-s")
			b.ReportMetric(float64(words*b.N)/sec, "words/cpu-s")
			b.ReportMetric(float64(bytes*b.N)/sec/1e6, "MB/cpu-s")
		})
	}
}

// TestLoadHeap reports the heap a loaded model takes.
func TestLoadHeap(t *testing.T) {
	for _, lang := range []string{"en", "de"} {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		p := loadParser(t, lang)
		runtime.GC()
		runtime.ReadMemStats(&after)
		m, r := p.Features()
		t.Logf("%s: %d move and %d relation features, heap %.1f MB", lang, m, r, float64(after.HeapAlloc-before.HeapAlloc)/1e6)
		runtime.KeepAlive(p)
	}
}

// cpuTime returns the user and system CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestParseConcurrent checks that goroutines sharing a parser get the
// answers one goroutine gets (run with -race).
func TestParseConcurrent(t *testing.T) {
	p := loadParser(t, "en")
	sents := []string{
		"Protesters gathered outside the embassy on Friday .",
		"The talks , which began in May , collapsed after two weeks .",
		"Officials said the ceasefire would hold .",
	}
	var toks [][]dossier.Token
	var want [][]Arc
	for _, s := range sents {
		tk := tagged(t, "en", s)
		toks = append(toks, tk)
		want = append(want, p.Parse(tk))
	}
	errs := make(chan string, 8)
	done := make(chan struct{})
	for g := range 4 {
		go func() {
			defer func() { done <- struct{}{} }()
			var dst []Arc
			for k := range 50 {
				i := (g + k) % len(toks)
				dst = p.ParseTo(dst[:0], toks[i])
				for j := range dst {
					if dst[j] != want[i][j] {
						select {
						case errs <- sents[i]:
						default:
						}
						return
					}
				}
			}
		}()
	}
	for range 4 {
		<-done
	}
	close(errs)
	for s := range errs {
		t.Errorf("%q: a concurrent parse differs", s)
	}
}
