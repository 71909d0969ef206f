package sqlite

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/storetest"
)

func TestPrefixEnd(t *testing.T) {
	for _, c := range []struct{ p, want string }{
		{"abcd", "abce"},
		{"00ff", "00fg"},
		{"ab\xff", "ac"},
		{"a\xc3\xa9", "a\xc3\xaa"}, // the last byte of a UTF-8 sequence, as a byte
		{"\xff\xff", "\xff\xff\x00"},
	} {
		if got := prefixEnd(c.p); got != c.want {
			t.Errorf("prefixEnd(%q) = %q, want %q", c.p, got, c.want)
		}
	}
}

// TestDocumentByPrefix looks documents up by their ids and id prefixes,
// ids chosen to share prefixes.
func TestDocumentByPrefix(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, "prefix.db")
	var docs []*dossier.Document
	for i, id := range []string{"abcd000000000001", "abcd000000000002", "abce000000000003"} {
		d := storetest.Doc("p.txt", "en", "", "Text number "+strings.Repeat("x", i)+".")
		d.ID, d.Hash = id, id+strings.Repeat("0", 48)
		docs = append(docs, d)
	}
	if _, err := s.AddDocuments(ctx, docs); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		id, want string
		err      error // nil, ErrNotFound, or errAmbiguous for any other error
	}{
		{"abcd000000000001", "abcd000000000001", nil},
		{" ABCD000000000002\n", "abcd000000000002", nil},
		{"abce", "abce000000000003", nil},
		{"abcd00000000000", "", errAmbiguous},
		{"abcd", "", errAmbiguous},
		{"abc", "", dossier.ErrNotFound},
		{"abcf", "", dossier.ErrNotFound},
		{"abcd0000000000011", "", dossier.ErrNotFound},
		{"abc%", "", dossier.ErrNotFound},
	} {
		d, err := s.Document(ctx, c.id)
		switch {
		case c.err == nil && (err != nil || d.ID != c.want):
			t.Errorf("Document(%q) = %v, %v; want %s", c.id, d, err, c.want)
		case c.err == dossier.ErrNotFound && !errors.Is(err, dossier.ErrNotFound):
			t.Errorf("Document(%q) error = %v, want ErrNotFound", c.id, err)
		case c.err == errAmbiguous && (err == nil || errors.Is(err, dossier.ErrNotFound)):
			t.Errorf("Document(%q) error = %v, want the prefix to be ambiguous", c.id, err)
		}
	}
}

var errAmbiguous = errors.New("ambiguous")

// TestDocumentLookUpUsesIndex: a look-up by id must search the primary
// key's index, not read every id.
func TestDocumentLookUpUsesIndex(t *testing.T) {
	s := openTemp(t, "plan.db")
	text := queryPlan(t, s, documentsInRange, "abcd", prefixEnd("abcd"))
	if !strings.Contains(text, "SEARCH documents USING INDEX") || strings.Contains(text, "TEMP B-TREE") {
		t.Errorf("documents are not searched by the id index in its order: %s", text)
	}
}

// BenchmarkDocument looks up each of 1,024 stored documents by its id.
func BenchmarkDocument(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, b.TempDir()+"/bench.db")
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	docs := benchDocs(1024)
	if _, err := s.AddDocuments(ctx, docs); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := s.Document(ctx, docs[i%len(docs)].ID); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
