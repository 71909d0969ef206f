package entity

import (
	"context"
	"reflect"
	"testing"
)

// TestReusedBuffersLeaveNoTrace analyses documents one after another on one
// linker, so that each reuses the buffers of the one before (docBufs), and
// checks that a document's mentions are those it gets on a linker of its own.
func TestReusedBuffersLeaveNoTrace(t *testing.T) {
	f := testFixture(t)
	docs := []struct{ lang, text string }{
		{"de", "Bundeskanzler Olaf Scholz traf am Dienstag in Paris den französischen Präsidenten Emmanuel Macron. Scholz sagte, die Europäische Union müsse handeln.\n\nDie Siemens AG in München meldete mehr Aufträge."},
		{"en", "Japanese Prime Minister Fumio Kishida met U.S. President Joe Biden in Washington on Friday. Kishida said Tokyo would spend more on defence.\n\nToyota Motor Corp shares rose in Tokyo."},
		{"de", "Der Papst besuchte Lissabon. In Berlin protestierten Landwirte gegen die Pläne von Agrarminister Cem Özdemir."},
		{"en", "Shares of Fenwick Dynamics fell. The company's chief executive, Mara Quint, said demand in Brazil was weak."},
	}
	ctx := context.Background()
	want := make([]any, len(docs))
	for i, d := range docs {
		fresh := New(f.kb, f.recs)
		doc := f.makeDoc(d.text, d.lang, "2024-03-05", true)
		if err := fresh.Analyze(ctx, doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.Mentions) == 0 {
			t.Fatalf("doc %d: no mentions", i)
		}
		want[i] = doc.Mentions
	}
	l := New(f.kb, f.recs)
	for round := range 2 {
		for i, d := range docs {
			doc := f.makeDoc(d.text, d.lang, "2024-03-05", true)
			if err := l.Analyze(ctx, doc); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(any(doc.Mentions), want[i]) {
				t.Errorf("round %d, doc %d: mentions after other documents\n%s\nwant\n%v", round, i, dump(doc.Mentions), want[i])
			}
		}
	}
}

// TestReleaseEmptiesBuffers fills a document's buffers and checks that
// release leaves nothing of it for the next document.
func TestReleaseEmptiesBuffers(t *testing.T) {
	f := testFixture(t)
	l := New(f.kb, f.recs)
	doc := f.makeDoc("Die Bundesbank in Frankfurt senkte die Prognose. Das sagte Joachim Nagel.", "de", "", true)
	d := l.newDoc(doc)
	for i := range doc.Sentences {
		d.detect(i)
	}
	d.resolve()
	b := d.docBufs
	if len(b.counts) == 0 || b.nitems == 0 || len(b.sents) == 0 || len(b.words) == 0 || len(b.persons) == 0 || len(b.orgs) == 0 {
		t.Fatalf("the document left its buffers empty: counts %d, items %d, sentences %d, words %d, persons %d, organisations %d",
			len(b.counts), b.nitems, len(b.sents), len(b.words), len(b.persons), len(b.orgs))
	}
	d.release()
	if n := len(b.countries) + len(b.named) + len(b.strong) + len(b.counts); n != 0 {
		t.Errorf("%d map entries left after release", n)
	}
	if len(b.persons)+len(b.orgs) != 0 {
		t.Errorf("%d persons and %d organisations left after release", len(b.persons), len(b.orgs))
	}
	for _, p := range b.persons[:cap(b.persons)] {
		if p.id != "" || p.keys != nil {
			t.Errorf("a person kept after release: %+v", p)
			break
		}
	}
	if b.nitems != 0 {
		t.Errorf("%d items in use after release", b.nitems)
	}
	for _, s := range b.sents[:cap(b.sents)] {
		if s.toks != nil || s.items != nil {
			t.Errorf("a sentence state kept after release: %+v", s)
		}
	}
	for _, it := range b.items {
		if it.cands != nil || it.span.End != 0 {
			t.Errorf("an item kept after release: %+v", it)
			break
		}
	}
	for _, w := range b.words[:cap(b.words)] {
		if w != "" {
			t.Errorf("word %q kept after release", w)
			break
		}
	}
}
