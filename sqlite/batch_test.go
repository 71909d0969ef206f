package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/storetest"
)

// dedupCorpus builds documents that exercise duplicate and translation
// detection: English documents naming three common entities and three of
// their own, near-duplicates of some of them, and German documents naming
// the entities of one English document each. With more than
// translationLimit English documents naming the common entities, the
// German ones' candidate query hits its limit.
func dedupCorpus() []*dossier.Document {
	rng := rand.New(rand.NewPCG(1, 2))
	syll := []string{"ka", "lo", "mi", "ne", "ru", "ta", "vo", "pe", "si", "du", "ga", "fe"}
	word := func() string {
		var b strings.Builder
		for range 2 + rng.IntN(3) {
			b.WriteString(syll[rng.IntN(len(syll))])
		}
		return b.String()
	}
	text := func(n int) string {
		w := make([]string, n)
		for i := range w {
			w[i] = word()
		}
		return strings.Join(w, " ") + "."
	}
	doc := func(source, lang, published, body string, ents []string) *dossier.Document {
		d := storetest.Doc(source, lang, published, body)
		for _, e := range ents {
			d.Entities = append(d.Entities, dossier.Entity{ID: e, Name: e, Kind: dossier.KindOther})
			d.Mentions = append(d.Mentions, dossier.Mention{Span: dossier.Span{Start: 0, End: 1}, Text: body[:1], Entity: e, Class: "MISC"})
		}
		return d
	}
	common := []string{"test:c1", "test:c2", "test:c3"}
	own := func(i int) []string {
		return append(append([]string{}, common...), fmt.Sprintf("test:u%d-a", i), fmt.Sprintf("test:u%d-b", i), fmt.Sprintf("test:u%d-c", i))
	}
	var docs []*dossier.Document
	german := func(k int) {
		docs = append(docs, doc(fmt.Sprintf("de%d.txt", k), "de", "2024-03-02", text(30), own(7*k)))
	}
	german(0)
	for i := range 140 {
		body := text(40)
		docs = append(docs, doc(fmt.Sprintf("en%d.txt", i), "en", "2024-03-01", body, own(i)))
		if i%10 == 3 {
			docs = append(docs, doc(fmt.Sprintf("en%d-again.txt", i), "en", "2024-03-01", body+" Updated.", own(i)))
		}
		if i == 50 {
			german(1)
		}
	}
	for k := 2; k < 15; k++ {
		german(k)
	}
	return docs
}

// TestBatchEqualsOneByOne adds documents in one batch and one at a time:
// remembering a batch's signatures in memory (Remember, flush) must find
// the same duplicates and translations as writing them at once.
func TestBatchEqualsOneByOne(t *testing.T) {
	ctx := context.Background()
	docs := dedupCorpus()
	single := openTemp(t, "single.db")
	for _, d := range docs {
		if _, err := single.AddDocuments(ctx, []*dossier.Document{d}); err != nil {
			t.Fatal(err)
		}
	}
	kinds := map[string]int{}
	for _, l := range tableRows(t, single, "doc_links") {
		kinds[l[strings.LastIndexByte(l, '|')+1:]]++
	}
	if kinds["duplicate"] < 10 || kinds["translation"] < 10 {
		t.Fatalf("the corpus should link duplicates and translations: %v", kinds)
	}
	// Batches of a size that cuts the corpus anywhere: the candidates a
	// batch reads ahead (PrepareCandidates) then include stored documents
	// of earlier batches.
	for _, size := range []int{len(docs), 37, 5} {
		batch := openTemp(t, fmt.Sprintf("batch%d.db", size))
		for lo := 0; lo < len(docs); lo += size {
			if _, err := batch.AddDocuments(ctx, docs[lo:min(lo+size, len(docs))]); err != nil {
				t.Fatal(err)
			}
		}
		for _, table := range []string{"doc_links", "doc_groups", "doc_signatures", "doc_bands", "doc_entities"} {
			a, b := tableRows(t, batch, table), tableRows(t, single, table)
			if strings.Join(a, "\n") != strings.Join(b, "\n") {
				t.Errorf("batches of %d: %s: %d rows from batches, %d one by one; they differ", size, table, len(a), len(b))
			}
		}
	}
}

// tableRows lists a table's rows, sorted, as text.
func tableRows(t *testing.T, s *Store, table string) []string {
	t.Helper()
	rows, err := s.db.Query(`SELECT * FROM ` + table)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		parts := make([]string, len(vals))
		for i, v := range vals {
			parts[i] = fmt.Sprint(v)
		}
		out = append(out, strings.Join(parts, "|"))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// TestStoriesBatchEqualsRebuild stores documents with many events between
// a pool of entities (thousands of keys a batch, dated and undated) in
// batches, one at a time, and rebuilt from scratch: groups and stories
// must be the same.
func TestStoriesBatchEqualsRebuild(t *testing.T) {
	ctx := context.Background()
	n, minMerged := 300, 50
	if raceEnabled {
		n, minMerged = 120, 10
	}
	docs := benchDocs(n)
	batched, single := openTemp(t, "batched.db"), openTemp(t, "single.db")
	for lo := 0; lo < len(docs); lo += 64 {
		if _, err := batched.AddDocuments(ctx, docs[lo:min(lo+64, len(docs))]); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range docs {
		if _, err := single.AddDocuments(ctx, []*dossier.Document{d}); err != nil {
			t.Fatal(err)
		}
	}
	tables := []string{"stories", "story_events", "doc_groups", "doc_links"}
	before := map[string][]string{}
	for _, table := range tables {
		before[table] = tableRows(t, batched, table)
	}
	if n := len(before["story_events"]) - len(before["stories"]); n < minMerged {
		t.Fatalf("only %d reports merged into other reports' stories: the corpus should merge more", n)
	}
	if err := batched.Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	for _, table := range tables {
		a, b, c := before[table], tableRows(t, single, table), tableRows(t, batched, table)
		if strings.Join(a, "\n") != strings.Join(b, "\n") {
			t.Errorf("%s: %d rows from batches, %d one by one; they differ", table, len(a), len(b))
		}
		if strings.Join(a, "\n") != strings.Join(c, "\n") {
			t.Errorf("%s: %d rows from batches, %d after Rebuild; they differ", table, len(a), len(c))
		}
	}
}

// openTemp opens a new store in the test's temporary folder, closed when
// the test ends.
func openTemp(t *testing.T, name string) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
