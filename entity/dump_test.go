//go:build !nonner

package entity

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/eval"
	"github.com/dossier-news/dossier/internal/corpus"
)

// TestMentionDump writes every mention the stage finds over GermEval dev,
// CoNLL testa and the first 1,000 10kGNAD and Reuters articles to the file
// ENTITY_MENTION_DUMP names, one line each. Two dumps, before and after a
// change meant to keep the output, must be the same byte for byte.
func TestMentionDump(t *testing.T) {
	path := os.Getenv("ENTITY_MENTION_DUMP")
	if path == "" {
		t.Skip("set ENTITY_MENTION_DUMP to a file to write")
	}
	f := testFixture(t)
	shared := sharedDir(t)
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	w := bufio.NewWriter(out)
	analyze := func(name string, d *dossier.Document) {
		if err := f.linker.Analyze(context.Background(), d); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, m := range d.Mentions {
			fmt.Fprintf(w, "%s\t%d-%d\t%q\t%s\t%s\t%s\t%s\t%.4f\n", name, m.Start, m.End, m.Text, m.Entity, m.Class, m.Sector, m.Via, m.Confidence)
		}
	}
	for _, g := range []struct{ lang, file string }{
		{"de", "germeval2014/NER-de-dev.tsv"},
		{"en", "conll2003-en/eng.testa"},
	} {
		sents, _, err := eval.ReadNERFile(filepath.Join(shared, "data", g.file))
		if err != nil {
			t.Fatalf("gold data: %v", err)
		}
		for i, s := range sents {
			analyze(fmt.Sprintf("%s:%d", g.file, i), f.docFromTokens(s.Tokens, g.lang))
		}
	}
	for _, c := range []struct {
		lang string
		load func(string) ([]corpus.Record, error)
	}{{"de", corpus.LoadGNAD}, {"en", corpus.LoadReuters}} {
		recs, err := c.load(shared)
		if err != nil {
			t.Fatalf("news corpus: %v", err)
		}
		for i, r := range recs[:min(len(recs), 1000)] {
			analyze(fmt.Sprintf("%s:%d", c.lang, i), f.makeDoc(r.Text, c.lang, r.Published, true))
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
}
