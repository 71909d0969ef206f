// Package storetest is the contract every dossier.Store implementation
// passes: run it from the implementation's tests with a function that opens
// a fresh, empty store.
package storetest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/aggregate"
	"github.com/dossier-news/dossier/internal/synth"
)

// Opener returns a new, empty store; the suite closes it.
type Opener func(t *testing.T) dossier.Store

// Run runs the contract suite.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s dossier.Store)
	}{
		{"AddAndGet", testAddAndGet},
		{"Idempotent", testIdempotent},
		{"DuplicateInOneBatch", testDuplicateInOneBatch},
		{"NotFound", testNotFound},
		{"IDPrefix", testIDPrefix},
		{"ListFilterAndOrder", testList},
		{"Search", testSearch},
		{"BadDocumentRollsBackBatch", testBadBatch},
		{"ConcurrentWriters", testConcurrent},
		{"Analyses", testAnalyses},
		{"StoriesAndGroups", testStories},
		{"IncrementalEqualsRebuild", testIncremental},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tt.fn(t, s)
		})
	}
}

// Doc builds a document the way the pipeline would: id and hash from the
// text, one paragraph per line, one sentence per paragraph.
func Doc(source, lang, published, body string) *dossier.Document {
	sum := sha256.Sum256([]byte(body))
	h := hex.EncodeToString(sum[:])
	d := &dossier.Document{
		ID: h[:16], Hash: h, Source: source, Lang: lang, Published: published, Text: body,
		Chars: len([]rune(body)), IngestedAt: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC),
	}
	start := 0
	for _, line := range strings.SplitAfter(body, "\n") {
		end := start + len(strings.TrimRight(line, "\n"))
		if end > start {
			sp := dossier.Span{Start: start, End: end}
			d.Paragraphs = append(d.Paragraphs, dossier.Paragraph{Span: sp, Lang: lang})
			d.Sentences = append(d.Sentences, dossier.Sentence{Span: sp, Lang: lang})
		}
		start += len(line)
	}
	return d
}

func add(t *testing.T, s dossier.Store, docs ...*dossier.Document) []dossier.AddResult {
	t.Helper()
	res, err := s.AddDocuments(context.Background(), docs)
	if err != nil {
		t.Fatalf("AddDocuments: %v", err)
	}
	if len(res) != len(docs) {
		t.Fatalf("AddDocuments returned %d results for %d documents", len(res), len(docs))
	}
	return res
}

func testAddAndGet(t *testing.T, s dossier.Store) {
	ctx := context.Background()
	d := Doc("a.txt", "de", "2025-07-31", "Lawrow besuchte Pjöngjang.\nKim empfing ihn.")
	d.Title, d.Author = "Besuch", "Max Muster"
	res := add(t, s, d)
	if !res[0].Added || res[0].ID != d.ID {
		t.Fatalf("result = %+v, want added %s", res[0], d.ID)
	}
	got, err := s.Document(ctx, d.ID)
	if err != nil {
		t.Fatalf("Document: %v", err)
	}
	if got.Text != d.Text || got.Title != d.Title || got.Author != d.Author || got.Published != d.Published ||
		got.Lang != d.Lang || got.Source != d.Source || got.Hash != d.Hash || got.Chars != d.Chars {
		t.Errorf("Document = %+v\nwant %+v", got, d)
	}
	if len(got.Sentences) != 2 || got.Sentences[1].Span != d.Sentences[1].Span || got.Sentences[1].Lang != "de" {
		t.Errorf("sentences = %+v, want %+v", got.Sentences, d.Sentences)
	}
	if len(got.Paragraphs) != 2 || got.Paragraphs[0] != d.Paragraphs[0] {
		t.Errorf("paragraphs = %+v, want %+v", got.Paragraphs, d.Paragraphs)
	}
	if !got.IngestedAt.Equal(d.IngestedAt) {
		t.Errorf("IngestedAt = %v, want %v", got.IngestedAt, d.IngestedAt)
	}
	n, err := s.CountDocuments(ctx)
	if err != nil || n != 1 {
		t.Errorf("CountDocuments = %d, %v; want 1", n, err)
	}
}

func testIdempotent(t *testing.T, s dossier.Store) {
	ctx := context.Background()
	d := Doc("a.txt", "en", "", "North Korea sent troops.")
	add(t, s, d)
	again := Doc("elsewhere/b.txt", "en", "2024-01-01", "North Korea sent troops.")
	res := add(t, s, again)
	if res[0].Added {
		t.Fatal("the same text was added twice")
	}
	got, err := s.Document(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Source != "a.txt" || got.Published != "" {
		t.Errorf("re-adding changed the stored document: %+v", got)
	}
	if n, _ := s.CountDocuments(ctx); n != 1 {
		t.Errorf("count = %d, want 1", n)
	}
	// a store that says which texts it holds (ingest then skips their
	// analysis) must say it right
	if hc, ok := s.(interface {
		HasHash(ctx context.Context, hash string) (bool, error)
	}); ok {
		for _, c := range []struct {
			hash string
			want bool
		}{{d.Hash, true}, {Doc("c.txt", "en", "", "South Korea sent envoys.").Hash, false}} {
			if has, err := hc.HasHash(ctx, c.hash); err != nil || has != c.want {
				t.Errorf("HasHash(%s) = %v, %v; want %v", c.hash, has, err, c.want)
			}
		}
	}
}

func testDuplicateInOneBatch(t *testing.T, s dossier.Store) {
	a := Doc("a.txt", "en", "", "Same text.")
	b := Doc("b.txt", "en", "", "Same text.")
	c := Doc("c.txt", "en", "", "Other text.")
	res := add(t, s, a, b, c)
	if !res[0].Added || res[1].Added || !res[2].Added {
		t.Errorf("results = %+v, want added, present, added", res)
	}
}

func testNotFound(t *testing.T, s dossier.Store) {
	for _, id := range []string{"0123456789abcdef", "", "%", "zz"} {
		if _, err := s.Document(context.Background(), id); !errors.Is(err, dossier.ErrNotFound) {
			t.Errorf("Document(%q) error = %v, want ErrNotFound", id, err)
		}
	}
}

// testIDPrefix looks documents up by their ids and id prefixes, ids
// chosen to share prefixes.
func testIDPrefix(t *testing.T, s dossier.Store) {
	ctx := context.Background()
	var docs []*dossier.Document
	for i, id := range []string{"abcd000000000001", "abcd000000000002", "abce000000000003"} {
		d := Doc("p.txt", "en", "", "Text number "+strings.Repeat("x", i)+".")
		d.ID, d.Hash = id, id+strings.Repeat("0", 48)
		docs = append(docs, d)
	}
	add(t, s, docs...)
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
		{"abcd\xff", "", dossier.ErrNotFound},
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

func testList(t *testing.T, s dossier.Store) {
	ctx := context.Background()
	add(t, s,
		Doc("old.txt", "en", "2023-04-01", "Old news."),
		Doc("undated.txt", "de", "", "Ohne Datum."),
		Doc("new.txt", "de", "2025-07-31T10:00:00+02:00", "Neue Nachricht."),
		Doc("mid.txt", "en", "2024-02-27", "Middle news."),
	)
	sources := func(docs []*dossier.Document) string {
		var out []string
		for _, d := range docs {
			out = append(out, d.Source)
		}
		return strings.Join(out, ",")
	}
	cases := []struct {
		f    dossier.DocumentFilter
		want string
	}{
		{dossier.DocumentFilter{}, "new.txt,mid.txt,old.txt,undated.txt"},
		{dossier.DocumentFilter{Lang: "de"}, "new.txt,undated.txt"},
		{dossier.DocumentFilter{From: "2024-01-01"}, "new.txt,mid.txt"},
		{dossier.DocumentFilter{To: "2025-07-31"}, "new.txt,mid.txt,old.txt"},
		{dossier.DocumentFilter{To: "2025-07-30"}, "mid.txt,old.txt"},
		{dossier.DocumentFilter{Limit: 2, Offset: 1}, "mid.txt,old.txt"},
		{dossier.DocumentFilter{Source: "dated"}, "undated.txt"},
	}
	for _, c := range cases {
		docs, err := s.Documents(ctx, c.f)
		if err != nil {
			t.Fatalf("Documents(%+v): %v", c.f, err)
		}
		if got := sources(docs); got != c.want {
			t.Errorf("Documents(%+v) = %s, want %s", c.f, got, c.want)
		}
		for _, d := range docs {
			if d.Chars == 0 {
				t.Errorf("Documents(%+v): %s has no character count", c.f, d.Source)
			}
		}
	}
}

func testSearch(t *testing.T, s dossier.Store) {
	ctx := context.Background()
	de := Doc("de.txt", "de", "2025-07-31", "Kim empfing Außenminister Lawrow in Pjöngjang.\nDie Züge verkehren wieder.\nLawrows Besuch dauerte zwei Tage.")
	en := Doc("en.txt", "en", "2024-02-27", "Lavrov visited North Korea last April.\nThe embassy was closed.")
	add(t, s, de, en)
	cases := []struct {
		query string
		lang  string
		want  []string // sentence texts expected among the hits, best first where it matters
		not   string
	}{
		{"Lawrow", "", []string{"Kim empfing Außenminister Lawrow in Pjöngjang.", "Lawrows Besuch dauerte zwei Tage."}, "Lavrov"},
		{"visits", "", []string{"Lavrov visited North Korea last April."}, ""},
		{"Besuche", "de", []string{"Lawrows Besuch dauerte zwei Tage."}, ""},
		{"aussenminister", "", []string{"Kim empfing Außenminister Lawrow in Pjöngjang."}, ""},
		{"embassy closed", "en", []string{"The embassy was closed."}, ""},
		{"embassy", "de", nil, "embassy"},
	}
	for _, c := range cases {
		hits, err := s.Search(ctx, c.query, dossier.SearchOptions{Lang: c.lang, Limit: 10})
		if err != nil {
			t.Fatalf("Search(%q): %v", c.query, err)
		}
		texts := map[string]bool{}
		for _, h := range hits {
			texts[h.Text] = true
			if c.not != "" && strings.Contains(h.Text, c.not) {
				t.Errorf("Search(%q) found %q", c.query, h.Text)
			}
			if !strings.Contains(h.Snippet, "«") {
				t.Errorf("Search(%q): snippet %q marks no match", c.query, h.Snippet)
			}
			if h.Doc.ID == "" || h.Doc.Source == "" {
				t.Errorf("Search(%q): hit without document: %+v", c.query, h)
			}
		}
		for _, w := range c.want {
			if !texts[w] {
				t.Errorf("Search(%q) = %v, missing %q", c.query, keys(texts), w)
			}
		}
		if c.want == nil && len(hits) > 0 {
			t.Errorf("Search(%q, lang %s) = %v, want nothing", c.query, c.lang, keys(texts))
		}
	}
	// a phrase is marked as one: the words of a name read together
	hits, err := s.Search(ctx, "North Korea", dossier.SearchOptions{Lang: "en", Limit: 10})
	if err != nil || len(hits) != 1 || !strings.Contains(hits[0].Snippet, "«North Korea»") {
		t.Errorf(`Search("North Korea") = %+v, %v; want the snippet to mark «North Korea»`, hits, err)
	}
	if hits, err := s.Search(ctx, `"AND OR NOT*( `, dossier.SearchOptions{}); err != nil {
		t.Errorf("Search with query syntax characters: %v (hits %d)", err, len(hits))
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func testBadBatch(t *testing.T, s dossier.Store) {
	ctx := context.Background()
	good := Doc("good.txt", "en", "", "Good text.")
	bad := Doc("bad.txt", "en", "", "Bad text.")
	bad.Sentences = append(bad.Sentences, dossier.Sentence{Span: dossier.Span{Start: 5, End: 500}})
	if _, err := s.AddDocuments(ctx, []*dossier.Document{good, bad}); err == nil {
		t.Fatal("a document with a sentence outside its text was accepted")
	}
	if n, _ := s.CountDocuments(ctx); n != 0 {
		t.Errorf("a failed batch left %d documents behind", n)
	}
	add(t, s, good)
	if n, _ := s.CountDocuments(ctx); n != 1 {
		t.Errorf("count after retry = %d, want 1", n)
	}
}

func testConcurrent(t *testing.T, s dossier.Store) {
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 10 {
				// every writer also writes the shared documents
				docs := []*dossier.Document{
					Doc(fmt.Sprintf("w%d-%d.txt", w, i), "en", "", fmt.Sprintf("Writer %d document %d.", w, i)),
					Doc("shared.txt", "en", "", fmt.Sprintf("Shared document %d.", i)),
				}
				if _, err := s.AddDocuments(ctx, docs); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent AddDocuments: %v", err)
	}
	if n, _ := s.CountDocuments(ctx); n != 50 {
		t.Errorf("count = %d, want 50", n)
	}
}

// analysed returns a document with time expressions, mentions, events and
// entities, as the pipeline would produce them.
func analysed() *dossier.Document {
	d := Doc("a.txt", "de", "2025-07-31", "Kim empfing Lawrow am Sonntag in Wonsan.\nNordkorea schickte Tausende Container nach Russland.")
	span := func(s string) dossier.Span {
		i := strings.Index(d.Text, s)
		return dossier.Span{Start: i, End: i + len(s)}
	}
	d.Timexes = []dossier.TimeValue{{Span: span("Sonntag"), Text: "Sonntag", Type: "DATE", Value: "2025-07-27", Granularity: "day", Rule: "weekday", Anchor: "dct 2025-07-31"}}
	d.Mentions = []dossier.Mention{
		{Span: span("Kim"), Text: "Kim", Entity: "Q56226", Class: "PER", Via: "coref", Confidence: 0.9},
		{Span: span("Lawrow"), Text: "Lawrow", Entity: "Q80137", Class: "PER", Via: "kb", Confidence: 1},
		{Span: span("Nordkorea"), Text: "Nordkorea", Entity: "Q423", Class: "LOC", Via: "kb"},
		{Span: span("Russland"), Text: "Russland", Entity: "Q159", Class: "LOC", Via: "kb"},
		{Span: span("Wonsan"), Text: "Wonsan", Entity: "local:loc:wonsan", Class: "LOC", Via: "ner"},
	}
	d.Events = []dossier.Event{
		{ID: d.ID + "-0-0", Type: "CONSULT", Mode: "host", Actor: "Q56226", Target: "Q80137", Location: "local:loc:wonsan",
			Date: &dossier.EventDate{Value: "2025-07-27", Granularity: "day", Text: "am Sonntag"}, Modality: dossier.ModalityAsserted,
			Trigger: span("empfing"), Evidence: d.Sentences[0].Span, Confidence: 0.8},
		{ID: d.ID + "-1-0", Type: "AID", Mode: "military", Actor: "Q423", Target: "Q159", ActorSector: "GOV", Source: "Q80137",
			Modality: dossier.ModalityReported, Quantities: []dossier.Quantity{{Value: 1000, Unit: "container", Modifier: "thousands", Text: "Tausende Container"}},
			Trigger: span("schickte"), Evidence: d.Sentences[1].Span, Confidence: 0.7},
	}
	d.Entities = []dossier.Entity{
		{ID: "Q56226", Name: "Kim Jong Un", Kind: dossier.KindPerson, Country: "PRK", Wikidata: "Q56226", Aliases: []string{"Kim Jong-un"}},
		{ID: "Q80137", Name: "Sergey Lavrov", Kind: dossier.KindPerson, Country: "RUS", Wikidata: "Q80137", Aliases: []string{"Lawrow"}},
		{ID: "Q423", Name: "North Korea", Kind: dossier.KindCountry, Country: "PRK", Wikidata: "Q423"},
		{ID: "Q159", Name: "Russia", Kind: dossier.KindCountry, Country: "RUS", Wikidata: "Q159"},
		{ID: "local:loc:wonsan", Name: "Wonsan", Kind: dossier.KindLocation},
		{ID: "Q423", Name: "North Korea (again)", Kind: dossier.KindCountry},
	}
	return d
}

func testAnalyses(t *testing.T, s dossier.Store) {
	ctx := context.Background()
	d := analysed()
	add(t, s, d)
	other := Doc("b.txt", "en", "2024-02-27", "Lavrov visited North Korea.")
	other.Mentions = []dossier.Mention{{Span: dossier.Span{Start: 0, End: 6}, Text: "Lavrov", Entity: "Q80137", Class: "PER", Via: "kb"}}
	other.Entities = []dossier.Entity{{ID: "Q80137", Name: "Sergey Lavrov", Kind: dossier.KindPerson, Country: "RUS"}}
	other.Events = []dossier.Event{{ID: other.ID + "-0-0", Type: "CONSULT", Mode: "visit", Actor: "Q80137", Target: "Q423",
		Date: &dossier.EventDate{Value: "2023-04", Granularity: "month"}, Modality: dossier.ModalityAsserted, Evidence: other.Sentences[0].Span}}
	add(t, s, other)

	got, err := s.Document(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Timexes) != 1 || got.Timexes[0] != d.Timexes[0] {
		t.Errorf("timexes = %+v, want %+v", got.Timexes, d.Timexes)
	}
	if len(got.Mentions) != len(d.Mentions) || got.Mentions[4] != d.Mentions[4] {
		t.Errorf("mentions = %+v", got.Mentions)
	}
	if len(got.Events) != 2 || got.Events[1].Quantities[0] != d.Events[1].Quantities[0] || *got.Events[0].Date != *d.Events[0].Date ||
		got.Events[1].Date != nil || got.Events[1].Source != "Q80137" || got.Events[1].ActorSector != "GOV" || got.Events[0].Trigger != d.Events[0].Trigger {
		t.Errorf("events = %+v", got.Events)
	}
	if len(got.Entities) != 5 {
		t.Errorf("document entities = %+v, want 5", got.Entities)
	}

	e, err := s.Entity(ctx, "Q423")
	if err != nil || e.Name != "North Korea" || e.Country != "PRK" || e.Kind != dossier.KindCountry {
		t.Errorf("Entity(Q423) = %+v, %v (the first description stays)", e, err)
	}
	if _, err := s.Entity(ctx, "Q1"); !errors.Is(err, dossier.ErrNotFound) {
		t.Errorf("Entity(Q1) error = %v, want ErrNotFound", err)
	}
	n := 0
	for e, err := range s.Entities(ctx, dossier.Filter{}) {
		if err != nil {
			t.Fatal(err)
		}
		if e.Aliases == nil {
			t.Errorf("entity %s: aliases must be a list, not null", e.ID)
		}
		n++
	}
	if n != 5 {
		t.Errorf("%d entities stored, want 5", n)
	}

	events := func(f dossier.Filter) []string {
		var ids []string
		for e, err := range s.Events(ctx, f) {
			if err != nil {
				t.Fatal(err)
			}
			if e.EvidenceText == "" || e.Doc.ID == "" {
				t.Errorf("event %s without evidence text or document", e.ID)
			}
			ids = append(ids, e.Type+":"+e.Doc.Source)
		}
		return ids
	}
	cases := []struct {
		f    dossier.Filter
		want string
	}{
		{dossier.Filter{}, "CONSULT:b.txt,CONSULT:a.txt,AID:a.txt"},
		{dossier.Filter{Actor: "Q80137"}, "CONSULT:b.txt"},
		{dossier.Filter{Entity: "Q80137"}, "CONSULT:b.txt,CONSULT:a.txt,AID:a.txt"},
		{dossier.Filter{Target: "Q159", Type: "aid"}, "AID:a.txt"},
		{dossier.Filter{From: "2025"}, "CONSULT:a.txt"},
		{dossier.Filter{To: "2023-04"}, "CONSULT:b.txt"},
		{dossier.Filter{From: "2023-04-01", To: "2023-04-30"}, ""},
		{dossier.Filter{Lang: "en"}, "CONSULT:b.txt"},
		{dossier.Filter{Source: "Q80137"}, "AID:a.txt"},
		{dossier.Filter{Limit: 1, Offset: 1}, "CONSULT:a.txt"},
	}
	for _, c := range cases {
		if got := strings.Join(events(c.f), ","); got != c.want {
			t.Errorf("Events(%+v) = %s, want %s", c.f, got, c.want)
		}
	}
	var mentions []string
	for m, err := range s.Mentions(ctx, dossier.Filter{Entity: "Q80137"}) {
		if err != nil {
			t.Fatal(err)
		}
		mentions = append(mentions, m.Text+"@"+m.Doc.Source)
	}
	if strings.Join(mentions, ",") != "Lavrov@b.txt,Lawrow@a.txt" {
		t.Errorf("mentions of Q80137 = %v", mentions)
	}
	var timexes int
	for tx, err := range s.Timexes(ctx, dossier.Filter{Lang: "de"}) {
		if err != nil || tx.Doc.Published != "2025-07-31" {
			t.Errorf("timex %+v, %v", tx, err)
		}
		timexes++
	}
	if timexes != 1 {
		t.Errorf("%d time expressions, want 1", timexes)
	}
}

// reported builds a document with one event per line: "ACTOR TYPE TARGET
// DATE" naming the event; entities are countries or a person of RUS.
func reported(source, lang, published, body string, events ...[4]string) *dossier.Document {
	d := Doc(source, lang, published, body)
	ents := map[string]dossier.Entity{
		"Q423":   {ID: "Q423", Name: "North Korea", Kind: dossier.KindCountry, Country: "PRK"},
		"Q159":   {ID: "Q159", Name: "Russia", Kind: dossier.KindCountry, Country: "RUS"},
		"Q884":   {ID: "Q884", Name: "South Korea", Kind: dossier.KindCountry, Country: "KOR"},
		"Q80137": {ID: "Q80137", Name: "Sergey Lavrov", Kind: dossier.KindPerson, Country: "RUS"},
	}
	used := map[string]bool{}
	for i, e := range events {
		ev := dossier.Event{ID: fmt.Sprintf("%s-%d", d.ID, i), Actor: e[0], Type: e[1], Target: e[2], Modality: dossier.ModalityAsserted,
			Evidence: d.Sentences[i%len(d.Sentences)].Span}
		if e[3] != "" {
			ev.Date = &dossier.EventDate{Value: e[3], Granularity: map[int]string{4: "year", 7: "month", 10: "day"}[len(e[3])]}
		}
		d.Events = append(d.Events, ev)
		for _, id := range []string{e[0], e[2]} {
			if !used[id] {
				used[id] = true
				d.Entities = append(d.Entities, ents[id])
				d.Mentions = append(d.Mentions, dossier.Mention{Span: dossier.Span{Start: 0, End: 1}, Text: d.Text[:1], Entity: id, Class: "LOC"})
			}
		}
	}
	return d
}

func stories(t *testing.T, s dossier.Store, f dossier.Filter) []string {
	t.Helper()
	var out []string
	for st, err := range s.Stories(context.Background(), f) {
		if err != nil {
			t.Fatalf("Stories(%+v): %v", f, err)
		}
		var docs []string
		for _, r := range st.Reports {
			docs = append(docs, r.Doc.Source)
			if r.Evidence == "" {
				t.Errorf("story %s: report %s without evidence", st.ID, r.Event)
			}
		}
		date := "undated"
		if st.Date != nil {
			date = st.Date.Value
		}
		slices.Sort(docs)
		out = append(out, st.Type+"@"+date+":"+strings.Join(docs, "+"))
	}
	return out
}

func testStories(t *testing.T, s dossier.Store) {
	ctx := context.Background()
	long := "Kim empfing den russischen Außenminister am Sonntag in der Hafenstadt Wonsan zu Gesprächen über die Zusammenarbeit. " +
		"Beide Seiten lobten die enge Partnerschaft ihrer Länder und kündigten weitere Treffen in den kommenden Monaten an. " +
		"Beobachter werteten den Besuch als Zeichen einer wachsenden Allianz zwischen Moskau und Pjöngjang."
	add(t, s, reported("de1.txt", "de", "2025-07-14", long, [4]string{"Q80137", "CONSULT", "Q423", "2025-07-13"}))
	// the same article republished with a new headline: a near-duplicate
	add(t, s, reported("de2.txt", "de", "2025-07-14", "Lawrow in Wonsan\n"+long, [4]string{"Q80137", "CONSULT", "Q423", "2025-07-13"}))
	add(t, s,
		reported("en1.txt", "en", "2025-07-15", "Lavrov met Kim.", [4]string{"Q423", "CONSULT", "Q80137", "2025-07-12"}),
		reported("en2.txt", "en", "2024-02-27", "North Korea sent shells to Russia.\nAgain in 2023.",
			[4]string{"Q423", "AID", "Q159", "2023-09"}, [4]string{"Q423", "AID", "Q159", "2023"}),
		reported("en3.txt", "en", "", "Seoul protested.", [4]string{"Q884", "PROTEST", "Q423", ""}),
	)
	// the year-level AID report of en2 joins its month-level one
	want := []string{"AID@2023-09:en2.txt+en2.txt", "CONSULT@2025-07-12:de1.txt+de2.txt+en1.txt", "PROTEST@undated:en3.txt"}
	if got := stories(t, s, dossier.Filter{}); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("stories = %v\nwant %v", got, want)
	}
	// a country finds the stories of its people (Lavrov for Russia)
	if got := stories(t, s, dossier.Filter{Entity: "Q159", With: "Q423"}); len(got) != 2 {
		t.Errorf("Russia–North Korea stories = %v, want AID and CONSULT", got)
	}
	if got := stories(t, s, dossier.Filter{Entity: "Q884"}); len(got) != 1 {
		t.Errorf("South Korea stories = %v", got)
	}
	if got := stories(t, s, dossier.Filter{From: "2025", To: "2025-12"}); len(got) != 1 {
		t.Errorf("2025 stories = %v", got)
	}
	ids := map[string]string{}
	for _, src := range []string{"de1.txt", "de2.txt", "en1.txt"} {
		docs, _ := s.Documents(ctx, dossier.DocumentFilter{Source: src})
		ids[src] = docs[0].ID
	}
	g, err := s.Group(ctx, ids["de2.txt"])
	if err != nil || g.Kind != "duplicate" || len(g.Docs) != 2 {
		t.Errorf("Group(de2) = %+v, %v; want the two German copies", g, err)
	}
	if _, err := s.Group(ctx, ids["en1.txt"]); !errors.Is(err, dossier.ErrNotFound) {
		t.Errorf("Group(en1) error = %v, want ErrNotFound", err)
	}
	before := stories(t, s, dossier.Filter{})
	if err := s.Rebuild(ctx); err != nil {
		t.Fatalf("Rebuild: %v", err)
	}
	if after := stories(t, s, dossier.Filter{}); strings.Join(after, " ") != strings.Join(before, " ") {
		t.Errorf("Rebuild changed the stories:\n%v\n%v", before, after)
	}
	if g2, err := s.Group(ctx, ids["de2.txt"]); err != nil || g2.ID != g.ID {
		t.Errorf("Rebuild changed the group: %+v, %v", g2, err)
	}
	// reanalysis: the AID events of en2 become one REJECT
	docs, _ := s.Documents(ctx, dossier.DocumentFilter{Source: "en2.txt"})
	again := reported("en2.txt", "en", "2024-02-27", "North Korea sent shells to Russia.\nAgain in 2023.", [4]string{"Q423", "REJECT", "Q159", "2024-02"})
	if again.ID != docs[0].ID {
		t.Fatal("test document changed")
	}
	if err := s.Reanalyse(ctx, []*dossier.Document{again}); err != nil {
		t.Fatalf("Reanalyse: %v", err)
	}
	if err := s.Rebuild(ctx); err != nil {
		t.Fatalf("Rebuild: %v", err)
	}
	if got := stories(t, s, dossier.Filter{Entity: "Q159", With: "Q423"}); strings.Join(got, " ") != "REJECT@2024-02:en2.txt CONSULT@2025-07-12:de1.txt+de2.txt+en1.txt" {
		t.Errorf("after reanalysis: %v", got)
	}
}

// snapshot lists every story with its reports, for comparing stores.
func snapshot(t *testing.T, s dossier.Store) string {
	t.Helper()
	var lines []string
	for st, err := range s.Stories(context.Background(), dossier.Filter{}) {
		if err != nil {
			t.Fatal(err)
		}
		var evs []string
		for _, r := range st.Reports {
			evs = append(evs, r.Event)
		}
		slices.Sort(evs)
		date := ""
		if st.Date != nil {
			date = st.Date.Value
		}
		lines = append(lines, st.ID+" "+st.Type+" "+date+" "+strings.Join(evs, ","))
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

// testIncremental adds generated documents in shuffled batches; the stories
// must equal those of a rebuild, and adding the same documents in another
// order must give the same stories too.
func testIncremental(t *testing.T, s dossier.Store) {
	ctx := context.Background()
	g := synth.New(11, 200, "CONSULT", "AID")
	var docs []*dossier.Document
	for range 300 {
		docs = append(docs, g.Next())
	}
	rng := rand.New(rand.NewPCG(5, 6))
	order := rng.Perm(len(docs))
	for lo := 0; lo < len(order); {
		hi := min(len(order), lo+1+rng.IntN(40))
		var batch []*dossier.Document
		for _, i := range order[lo:hi] {
			batch = append(batch, docs[i])
		}
		add(t, s, batch...)
		lo = hi
	}
	incremental := snapshot(t, s)
	if strings.Count(incremental, "\n") < 50 {
		t.Fatalf("only %d stories: the generator should give many", strings.Count(incremental, "\n")+1)
	}
	merged := 0
	for _, line := range strings.Split(incremental, "\n") {
		if strings.Contains(line, ",") {
			merged++
		}
	}
	if merged == 0 {
		t.Error("no story merges two reports: the test proves nothing")
	}
	if want := reference(t, s); incremental != want {
		t.Errorf("incremental stories differ from stories computed from all events at once:\n%s", diffLines(want, incremental))
	}
	if err := s.Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	if rebuilt := snapshot(t, s); rebuilt != incremental {
		t.Errorf("rebuild differs from the incremental result:\n%s", diffLines(incremental, rebuilt))
	}
}

// reference computes the stories of every stored event in one go, with the
// pure aggregate functions: what any incremental scheme must arrive at.
func reference(t *testing.T, s dossier.Store) string {
	t.Helper()
	ctx := context.Background()
	var events []dossier.EventRecord
	groups := map[string]string{}
	for e, err := range s.Events(ctx, dossier.Filter{}) {
		if err != nil {
			t.Fatal(err)
		}
		events = append(events, e)
		if _, ok := groups[e.Doc.ID]; !ok {
			groups[e.Doc.ID] = e.Doc.ID
			if g, err := s.Group(ctx, e.Doc.ID); err == nil {
				groups[e.Doc.ID] = g.ID
			}
		}
	}
	var lines []string
	for _, evs := range aggregate.GroupEvents(events) {
		for _, st := range aggregate.Stories(evs, func(id string) string { return groups[id] }) {
			var ids []string
			for _, r := range st.Reports {
				ids = append(ids, r.Event)
			}
			slices.Sort(ids)
			date := ""
			if st.Date != nil {
				date = st.Date.Value
			}
			lines = append(lines, st.ID+" "+st.Type+" "+date+" "+strings.Join(ids, ","))
		}
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

func diffLines(a, b string) string {
	as, bs := strings.Split(a, "\n"), strings.Split(b, "\n")
	inB := map[string]bool{}
	for _, l := range bs {
		inB[l] = true
	}
	inA := map[string]bool{}
	var out []string
	for _, l := range as {
		inA[l] = true
		if !inB[l] {
			out = append(out, "- "+l)
		}
	}
	for _, l := range bs {
		if !inA[l] {
			out = append(out, "+ "+l)
		}
	}
	if len(out) > 20 {
		out = append(out[:20], "…")
	}
	return strings.Join(out, "\n")
}
