package lang

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
)

// TestWordMemoSameAsFloat holds the word memo to the float table's sums:
// words met for the first time, again (from the memo), twice in one text
// while still pending, longer than the memo keeps, and across a restart of
// a full memo.
func TestWordMemoSameAsFloat(t *testing.T) {
	d, err := New([]string{"en", "de"})
	if err != nil {
		t.Fatal(err)
	}
	float := *d
	float.compact = nil
	var many strings.Builder
	for i := range memoWords + 300 {
		fmt.Fprintf(&many, "w%sx ", strings.Repeat("ab", i%7)+string(rune('a'+i%26))+string(rune('a'+i/26%26))+string(rune('a'+i/676%26)))
	}
	long := strings.Repeat("Donaudampfschifffahrt", 3)
	tests := []struct {
		name  string
		texts []string
	}{
		{"new then known", []string{"Die Regierung in Kiew meldete Angriffe.", "Die Regierung in Kiew meldete Angriffe."}},
		{"twice in one text", []string{"zweimal neu zweimal neu zweimal, quorx quorx quorx"}},
		{"longer than kept", []string{long + " und " + long, "the " + long}},
		{"non-ASCII", []string{"Überschwemmungen im Süden, ÆØÅ ελληνικά \xff\xfe Straße STRASSE"}},
		{"no letters", []string{"", "1234 -- !!", " "}},
		{"restart", strings.Split(many.String(), "x ")},
		{"one long text", []string{many.String()[:maxMemoText], many.String()[:maxMemoText+1]}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for pass := range 2 {
				for i, text := range tt.texts {
					got, gn := d.Scores(text)
					want, wn := float.Scores(text)
					if gn != wn || !slices.Equal(got, want) {
						t.Fatalf("pass %d, text %d: memo %v (%d letters), float %v (%d)", pass, i, got, gn, want, wn)
					}
				}
			}
		})
	}
}

// TestWordMemoConcurrent runs Detect from several goroutines at once (each
// takes a memo of its own) and checks every answer against the float table's.
func TestWordMemoConcurrent(t *testing.T) {
	d, err := New([]string{"en", "de"})
	if err != nil {
		t.Fatal(err)
	}
	float := *d
	float.compact = nil
	texts := []string{
		"Die Regierung in Kiew meldete am Dienstag neue Angriffe.",
		"The ministry said on Tuesday that talks would resume.",
		"Nordkorea schickt Soldaten, teilte das Ministerium mit.",
		"North Korea has sent troops to Russia, Seoul said.",
	}
	want := make([][]float64, len(texts))
	for i, text := range texts {
		want[i], _ = float.Scores(text)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := range 8 {
		wg.Go(func() {
			for r := range 200 {
				i := (g + r) % len(texts)
				if got, _ := d.Scores(texts[i]); !slices.Equal(got, want[i]) {
					errs <- fmt.Sprintf("goroutine %d, text %d: %v, want %v", g, i, got, want[i])
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// BenchmarkDetectParagraphs measures Detect as the pipeline calls it: on
// the first 200 bytes of each paragraph (line) of news articles, in order,
// so that the word memo meets words as ingestion does.
func BenchmarkDetectParagraphs(b *testing.B) {
	data := sharedDir(b)
	docs := gnadDocs(b, data)
	bodies, _ := reuters(b, data)
	docs = append(docs[:min(len(docs), 300)], bodies[:min(len(bodies), 600)]...)
	var paras []string
	size := 0
	for _, doc := range docs {
		for p := range strings.SplitSeq(doc, "\n") {
			if len(p) > 200 {
				p = p[:200]
			}
			if strings.TrimSpace(p) != "" {
				paras = append(paras, p)
				size += len(p)
			}
		}
	}
	d, err := New([]string{"en", "de"})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paras {
			d.Detect(p)
		}
	}
}
