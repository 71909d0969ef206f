package postgres_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/postgres"
	"github.com/dossier-news/dossier/postgres/pgtest"
	"github.com/dossier-news/dossier/storetest"
)

func open(t testing.TB) *postgres.Store {
	t.Helper()
	return openURL(t, pgtest.URL(t))
}

func openURL(t testing.TB, url string) *postgres.Store {
	t.Helper()
	s, err := postgres.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestContract(t *testing.T) {
	pgtest.BaseURL(t)
	storetest.Run(t, func(t *testing.T) dossier.Store { return open(t) })
}

func TestIsURL(t *testing.T) {
	for s, want := range map[string]bool{
		"postgres://u@h/db": true, "postgresql://h/db?sslmode=disable": true,
		"dossier.db": false, "/var/lib/postgres.db": false, "postgres.db": false, "": false,
	} {
		if got := postgres.IsURL(s); got != want {
			t.Errorf("IsURL(%q) = %v", s, got)
		}
	}
}

func TestWithSchema(t *testing.T) {
	cases := map[string]string{
		"postgres://u@h:5432/db":                "postgres://u@h:5432/db?search_path=x",
		"postgres://u@h/db?sslmode=disable":     "postgres://u@h/db?search_path=x&sslmode=disable",
		"host=h dbname=db":                      "host=h dbname=db search_path=x",
		"postgresql://h/db?search_path=old&a=b": "postgresql://h/db?a=b&search_path=x",
	}
	for in, want := range cases {
		if got := pgtest.WithSchema(in, "x"); got != want {
			t.Errorf("WithSchema(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOpenMigratesOnceUnderConcurrency(t *testing.T) {
	url := pgtest.URL(t)
	var wg sync.WaitGroup
	errs := make(chan error, 6)
	for range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := postgres.Open(context.Background(), url)
			if err != nil {
				errs <- err
				return
			}
			s.Close()
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent Open: %v", err)
	}
	s := openURL(t, url)
	v, err := s.SchemaVersion(context.Background())
	if err != nil || v != 3 {
		t.Errorf("schema version = %d, %v; want 3", v, err)
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	url := pgtest.URL(t)
	s := openURL(t, url)
	if _, err := s.Pool().Exec(context.Background(), `UPDATE dossier_schema SET version = 99`); err != nil {
		t.Fatal(err)
	}
	if s2, err := postgres.Open(context.Background(), url); err == nil || !strings.Contains(err.Error(), "newer") {
		if s2 != nil {
			s2.Close()
		}
		t.Fatalf("Open of a newer schema: %v", err)
	}
}

func TestOpenReportsUnreachableServer(t *testing.T) {
	_, err := postgres.Open(context.Background(), "postgres://nobody:secret@127.0.0.1:1/none?connect_timeout=2")
	if err == nil {
		t.Fatal("opened a database on port 1")
	}
	if strings.Contains(err.Error(), "secret") {
		t.Errorf("the error shows the password: %v", err)
	}
}

func TestSearchQueries(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	de := storetest.Doc("de.txt", "de", "2025-07-31", "Die Züge nach Pjöngjang verkehren wieder.\nDer Außenminister sprach von 10.000 Containern.")
	en := storetest.Doc("en.txt", "en", "2024-02-27", "The embassy in Pyongyang was closed.\nO'Neill visited the embassy.")
	if _, err := s.AddDocuments(ctx, []*dossier.Document{de, en}); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		query string
		want  []string // sentence texts, all of the hits
	}{
		{"the embassy", []string{"The embassy in Pyongyang was closed.", "O'Neill visited the embassy."}}, // "the": an English stop word
		{"die Züge", []string{"Die Züge nach Pjöngjang verkehren wieder."}},                               // "die": a German one
		{"Zug", []string{"Die Züge nach Pjöngjang verkehren wieder."}},
		{"pjongjang", []string{"Die Züge nach Pjöngjang verkehren wieder."}}, // the german configuration folds umlauts
		{"O'Neill", []string{"O'Neill visited the embassy."}},
		{"10.000", []string{"Der Außenminister sprach von 10.000 Containern."}},
		{"embassy Züge", nil},
		{`'; DROP TABLE documents; --`, nil},
		{`embassy:* & !closed | (`, []string{"The embassy in Pyongyang was closed."}}, // operators mean nothing; both words count
		{"\x00embassy\\", []string{"The embassy in Pyongyang was closed.", "O'Neill visited the embassy."}},
		{"", nil},
		{"!!! ...", nil},
	}
	for _, c := range cases {
		hits, err := s.Search(ctx, c.query, dossier.SearchOptions{})
		if err != nil {
			t.Errorf("Search(%q): %v", c.query, err)
			continue
		}
		var got []string
		for _, h := range hits {
			got = append(got, h.Text)
			if !strings.Contains(h.Snippet, "«") || strings.ReplaceAll(strings.ReplaceAll(h.Snippet, "«", ""), "»", "") != h.Text {
				t.Errorf("Search(%q): snippet %q does not mark the sentence %q", c.query, h.Snippet, h.Text)
			}
		}
		slices.Sort(got)
		want := slices.Clone(c.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("Search(%q) = %q, want %q", c.query, got, want)
		}
	}
	// the phrase that matches more of the query ranks first
	hits, _ := s.Search(ctx, "embassy closed", dossier.SearchOptions{})
	if len(hits) != 1 || hits[0].Score <= 0 {
		t.Errorf("Search(embassy closed) = %+v", hits)
	}
}

func TestNULCharacters(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	d := storetest.Doc("a\x00.txt", "en", "", "Clean text.")
	d.Title = "Ti\x00tle"
	d.Entities = []dossier.Entity{{ID: "Q1", Name: "Na\x00me", Aliases: []string{"x\x00"}}}
	d.Mentions = []dossier.Mention{{Span: dossier.Span{Start: 0, End: 5}, Text: "Clean", Entity: "Q1"}}
	if _, err := s.AddDocuments(ctx, []*dossier.Document{d}); err != nil {
		t.Fatalf("metadata with NUL: %v", err)
	}
	got, err := s.Document(ctx, d.ID)
	if err != nil || got.Title != "Title" || got.Source != "a.txt" || got.Entities[0].Name != "Name" {
		t.Errorf("stored %+v, %v", got, err)
	}
	bad := storetest.Doc("b.txt", "en", "", "Text with a \x00 inside.")
	if _, err := s.AddDocuments(ctx, []*dossier.Document{bad}); err == nil {
		t.Error("a text with NUL was accepted (its offsets could not be kept)")
	}
	if _, err := s.Document(ctx, "\x00abc"); !errors.Is(err, dossier.ErrNotFound) {
		t.Errorf("Document(NUL) error = %v", err)
	}
}

// corpus builds documents with shared entities, events whose stories merge
// across documents, and near-duplicates (the same text under another
// headline), as several workers would store them.
func corpus(n, round, sentences int) []*dossier.Document {
	actors := []string{"Q423", "Q159", "Q884", "Q80137"}
	names := map[string]string{"Q423": "North Korea", "Q159": "Russia", "Q884": "South Korea", "Q80137": "Sergey Lavrov"}
	types := []string{"CONSULT", "AID", "PROTEST"}
	var docs []*dossier.Document
	for i := range n {
		body := text(round*n+i%(n/2), sentences)
		if i >= n/2 {
			body = "Eilmeldung\n" + body // a republished copy: a near-duplicate of document i - n/2
		}
		day := func(d int) string { return time.Date(2000, 1, 1+40*round+d, 0, 0, 0, 0, time.UTC).Format("2006-01-02") }
		d := storetest.Doc(fmt.Sprintf("doc%02d.txt", i), "de", day(i%20), body)
		a, b := actors[i%4], actors[(i+1+i/4)%4]
		for j := range 2 {
			ev := dossier.Event{ID: fmt.Sprintf("%s-%d", d.ID, j), Type: types[(i+j)%3], Actor: a, Target: b,
				Modality: dossier.ModalityAsserted, Evidence: d.Sentences[j%len(d.Sentences)].Span,
				Date: &dossier.EventDate{Value: day((i / 3) % 10), Granularity: "day"}}
			d.Events = append(d.Events, ev)
		}
		first := strings.IndexByte(d.Text, ' ')
		for _, id := range []string{a, b} {
			d.Mentions = append(d.Mentions, dossier.Mention{Span: dossier.Span{Start: 0, End: first}, Text: d.Text[:first], Entity: id, Class: "LOC"})
			kind := dossier.KindCountry
			if id == "Q80137" {
				kind = dossier.KindPerson
			}
			// every writer describes the entities its own way: the first stays
			d.Entities = append(d.Entities, dossier.Entity{ID: id, Name: names[id] + fmt.Sprintf(" (doc %d)", i), Kind: kind, Country: "X"})
		}
		docs = append(docs, d)
	}
	return docs
}

var words = strings.Fields(`Delegation Regierung Ministerium Gespräche Hauptstadt Montag Dienstag Abend Sprecher Länder
	Zusammenarbeit Treffen Vertrag Grenze Truppen Munition Lieferung Sanktionen Botschaft Hafen Zug Flughafen Besuch
	Außenminister Präsident Parlament Erklärung Bericht Quelle Zeitung Agentur Streit Frieden Hilfe Angriff Raketen
	Soldaten Gefangene Austausch Wirtschaft Handel Energie Öl Getreide Preise Konferenz Gipfel Abkommen Verhandlungen`)

// text is a distinct article body for each n: sentences of words drawn
// at random, so that only copies of one text are near-duplicates.
func text(n, sentences int) string {
	rng := rand.New(rand.NewPCG(uint64(n), 99))
	sentence := func() string {
		var ws []string
		for range 18 {
			ws = append(ws, words[rng.IntN(len(words))])
		}
		return strings.Join(ws, " ") + "."
	}
	var b strings.Builder
	for i := range sentences {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(sentence())
	}
	return b.String()
}

// snapshot is what aggregation made of a store: stories with their
// reports, and the group of every document.
func snapshot(t *testing.T, s dossier.Store, docs []*dossier.Document) string {
	t.Helper()
	ctx := context.Background()
	var b strings.Builder
	for st, err := range s.Stories(ctx, dossier.Filter{}) {
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s %s %s>%s %v:", st.ID, st.Type, st.Actor, st.Target, st.Date)
		for _, r := range st.Reports {
			b.WriteString(" " + r.Event)
		}
		b.WriteByte('\n')
	}
	for _, d := range docs {
		g, err := s.Group(ctx, d.ID)
		if err != nil && !errors.Is(err, dossier.ErrNotFound) {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s in %s %s %d\n", d.ID, g.ID, g.Kind, len(g.Docs))
	}
	return b.String()
}

// TestConcurrentWriters stores one corpus from several stores at once (as
// several worker processes would, each with its own pool), in overlapping
// batches in different orders, and checks that every document is stored
// once and whole, that every entity has one of the descriptions given,
// and that groups and stories are what one writer alone makes of the same
// documents, and what a rebuild makes of them.
func TestConcurrentWriters(t *testing.T) {
	url := pgtest.URL(t)
	ctx := context.Background()
	docs := corpus(40, 0, 2)
	const writers = 4
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	added := make([]int, writers)
	for w := range writers {
		s := openURL(t, url)
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(w), 7))
			order := rng.Perm(len(docs))
			for lo := 0; lo < len(order); lo += 6 {
				var batch []*dossier.Document
				for _, i := range order[lo:min(lo+6, len(order))] {
					batch = append(batch, docs[i])
				}
				res, err := s.AddDocuments(ctx, batch)
				if err != nil {
					errs <- err
					return
				}
				for _, r := range res {
					if r.Added {
						added[w]++
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent AddDocuments: %v", err)
	}
	s := openURL(t, url)
	if n, _ := s.CountDocuments(ctx); n != len(docs) || added[0]+added[1]+added[2]+added[3] != len(docs) {
		t.Fatalf("count %d, added %v: want %d documents, each added once", n, added, len(docs))
	}
	var broken int
	if err := s.Pool().QueryRow(ctx, `SELECT count(*) FROM documents d
		WHERE n_sentences <> (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id)`).Scan(&broken); err != nil || broken != 0 {
		t.Errorf("%d documents without all their sentences (%v)", broken, err)
	}
	for e, err := range s.Entities(ctx, dossier.Filter{}) {
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(e.Name, " (doc ") {
			t.Errorf("entity %s: description %q was not given", e.ID, e.Name)
		}
	}
	concurrent := snapshot(t, s, docs)
	if !strings.Contains(concurrent, " duplicate 2\n") || strings.Count(concurrent, "\n") < len(docs)+5 {
		t.Fatalf("the corpus formed no groups or few stories:\n%s", concurrent)
	}

	alone := open(t)
	for lo := 0; lo < len(docs); lo += 6 {
		if _, err := alone.AddDocuments(ctx, docs[lo:min(lo+6, len(docs))]); err != nil {
			t.Fatal(err)
		}
	}
	if one := snapshot(t, alone, docs); one != concurrent {
		t.Errorf("several writers made other groups or stories than one:\n%s\nvs\n%s", concurrent, one)
	}
	if err := s.Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	if rebuilt := snapshot(t, s, docs); rebuilt != concurrent {
		t.Errorf("a rebuild changed groups or stories:\n%s\nvs\n%s", concurrent, rebuilt)
	}
}

func TestReanalyseNeedsStoredDocument(t *testing.T) {
	s := open(t)
	d := storetest.Doc("a.txt", "en", "", "Not stored.")
	if err := s.Reanalyse(context.Background(), []*dossier.Document{d}); !errors.Is(err, dossier.ErrNotFound) {
		t.Errorf("Reanalyse of a document not stored: %v", err)
	}
}

func FuzzSearch(f *testing.F) {
	s := open(f)
	ctx := context.Background()
	d := storetest.Doc("a.txt", "de", "2025-07-31", "Kim empfing Außenminister Lawrow in Pjöngjang.\nThe embassy's staff left.")
	if _, err := s.AddDocuments(ctx, []*dossier.Document{d}); err != nil {
		f.Fatal(err)
	}
	for _, q := range []string{"Lawrow", "embassy's", `a:* & !b | (c <-> d)`, "\\'", "Außen-minister"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		hits, err := s.Search(ctx, q, dossier.SearchOptions{Limit: 5})
		if err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		for _, h := range hits {
			if h.Doc.ID != d.ID || h.Text == "" {
				t.Fatalf("Search(%q): hit %+v", q, h)
			}
		}
	})
}

func BenchmarkAddDocuments(b *testing.B) {
	s := open(b)
	ctx := context.Background()
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		b.StopTimer()
		docs := corpus(32, n, 20) // new texts and dates each round: nothing is present yet
		n++
		size := 0
		for _, d := range docs {
			size += len(d.Text)
		}
		b.StartTimer()
		b.SetBytes(int64(size))
		if _, err := s.AddDocuments(ctx, docs); err != nil {
			b.Fatal(err)
		}
	}
}

// TestTranslationsInAndAcrossBatches: an article and its translation are
// grouped whether they arrive in one batch (matched among themselves in
// memory) or in two (matched against the stored one).
func TestTranslationsInAndAcrossBatches(t *testing.T) {
	ctx := context.Background()
	pair := func() []*dossier.Document {
		de := storetest.Doc("de.txt", "de", "2025-07-14", "Lawrow traf Kim in Wonsan; Schoigu und Choe waren dabei.")
		en := storetest.Doc("en.txt", "en", "2025-07-15", "Lavrov met Kim in Wonsan; Shoigu and Choe attended.")
		for _, d := range []*dossier.Document{de, en} {
			for i, id := range []string{"Q80137", "Q56226", "Q2", "Q3"} {
				d.Mentions = append(d.Mentions, dossier.Mention{Span: dossier.Span{Start: i, End: i + 1}, Text: d.Text[i : i+1], Entity: id})
				d.Entities = append(d.Entities, dossier.Entity{ID: id, Name: id})
			}
			for _, v := range []string{"2025-07-12", "2025-07-13"} {
				d.Timexes = append(d.Timexes, dossier.TimeValue{Span: dossier.Span{Start: 0, End: 1}, Text: d.Text[:1], Type: "DATE", Value: v, Granularity: "day"})
			}
		}
		return []*dossier.Document{de, en}
	}
	for _, split := range []bool{false, true} {
		s := open(t)
		docs := pair()
		if split {
			for _, d := range docs {
				if _, err := s.AddDocuments(ctx, []*dossier.Document{d}); err != nil {
					t.Fatal(err)
				}
			}
		} else if _, err := s.AddDocuments(ctx, docs); err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			g, err := s.Group(ctx, d.ID)
			if err != nil || g.Kind != "translation" || len(g.Docs) != 2 {
				t.Errorf("split %v: Group(%s) = %+v, %v; want the pair as translations", split, d.Source, g, err)
			}
		}
	}
}
