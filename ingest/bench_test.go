package ingest

import (
	"testing"

	"github.com/dossier-news/dossier/internal/corpus"
)

// BenchmarkExtract measures normalisation and header parsing of plain-text
// articles (the German benchmark corpus), one core.
func BenchmarkExtract(b *testing.B) {
	shared, err := corpus.SharedDir()
	if err != nil {
		b.Skip(err)
	}
	recs, err := corpus.LoadGNAD(shared)
	if err != nil {
		b.Skip(err)
	}
	items := make([]Item, len(recs))
	var n int64
	for i, r := range recs {
		items[i] = Item{Source: r.ID, Format: FormatText, Body: []byte(r.Text)}
		n += int64(len(r.Text))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, it := range items {
			if _, err := Extract(it); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExtractHTML measures main-text extraction from a web page.
func BenchmarkExtractHTML(b *testing.B) {
	it := Item{Source: "page.html", Format: FormatHTML, Body: []byte(htmlPage)}
	b.SetBytes(int64(len(htmlPage)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(it); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseHeader measures header parsing (title, date line, byline,
// credits) of the benchmark corpora's plain texts, German and English, one
// core.
func BenchmarkParseHeader(b *testing.B) {
	shared, err := corpus.SharedDir()
	if err != nil {
		b.Skip(err)
	}
	var texts []string
	var n int64
	for _, load := range []func(string) ([]corpus.Record, error){corpus.LoadGNAD, corpus.LoadReuters} {
		recs, err := load(shared)
		if err != nil {
			b.Skip(err)
		}
		for _, r := range recs {
			texts = append(texts, r.Text)
			n += int64(len(r.Text))
		}
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			ParseHeader(s)
		}
	}
}

// BenchmarkNormalizeLang is the cost the language check adds to each JSON line.
func BenchmarkNormalizeLang(b *testing.B) {
	for b.Loop() {
		for _, s := range []string{"de", "en-US", "fr"} {
			if _, err := normalizeLang(s); err != nil {
				b.Fatal(err)
			}
		}
	}
}
