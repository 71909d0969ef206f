package sqlite

import (
	"context"
	"strings"
	"testing"
)

// TestDocumentLookUpUsesIndex: a look-up by id must search the primary
// key's index, not read every id.
func TestDocumentLookUpUsesIndex(t *testing.T) {
	s := openTemp(t, "plan.db")
	text := queryPlan(t, s, documentsInRange, "abcd", "abce")
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
