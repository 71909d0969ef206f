package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-news/dossier"
)

// openAtVersion opens a new database with only the first n migrations
// applied: the schema an older dossier made (migrations are append-only,
// so version 3 is the schema of every release before the fourth step).
func openAtVersion(t *testing.T, path string, n int) *Store {
	t.Helper()
	db, err := sql.Open("sqlite", dataSource(path))
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range migrations[:n] {
		if _, err := db.Exec(m); err != nil {
			t.Fatalf("migration %d: %v", i+1, err)
		}
	}
	if _, err := db.Exec(fmt.Sprintf("PRAGMA user_version = %d", n)); err != nil {
		t.Fatal(err)
	}
	return &Store{db: db, path: path, stems: &stemCache{}}
}

// schemaNames lists the tables and indexes of a database.
func schemaNames(t *testing.T, s *Store) []string {
	t.Helper()
	rows, err := s.db.Query(`SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		out = append(out, n)
	}
	return out
}

// TestUpgradeKeepsAnswers fills a database of schema version 3 (as every
// dossier before the fourth migration made it) with half a corpus, opens
// it with this version, which upgrades it, and adds the rest: every table
// and every query must then be as in a database made new with the whole
// corpus in the same batches.
func TestUpgradeKeepsAnswers(t *testing.T) {
	ctx := context.Background()
	n := 150
	if raceEnabled {
		n = 50
	}
	docs := append(dedupCorpus(), benchDocs(n)...)
	const batch = 37
	half := batch * (len(docs) / batch / 2)
	add := func(s *Store, docs []*dossier.Document) {
		t.Helper()
		for lo := 0; lo < len(docs); lo += batch {
			if _, err := s.AddDocuments(ctx, docs[lo:min(lo+batch, len(docs))]); err != nil {
				t.Fatal(err)
			}
		}
	}
	fresh := openTemp(t, "fresh.db")
	add(fresh, docs)

	path := filepath.Join(t.TempDir(), "old.db")
	old := openAtVersion(t, path, 3)
	add(old, docs[:half])
	if names := schemaNames(t, old); !slices.Contains(names, "index doc_bands_doc") {
		t.Fatalf("schema 3 should have index doc_bands_doc: %v", names)
	}
	old.Close()
	upgraded, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("open a schema 3 database: %v", err)
	}
	defer upgraded.Close()
	add(upgraded, docs[half:])

	var version int
	if err := upgraded.db.QueryRow(`PRAGMA user_version`).Scan(&version); err != nil || version != len(migrations) {
		t.Errorf("schema version %d (%v), want %d", version, err, len(migrations))
	}
	if a, b := schemaNames(t, upgraded), schemaNames(t, fresh); !slices.Equal(a, b) {
		t.Errorf("upgraded schema\n%v\nnew schema\n%v", a, b)
	}
	for _, table := range []string{"documents", "sentences", "timexes", "mentions", "entities", "events", "doc_signatures",
		"doc_bands", "doc_entities", "doc_links", "doc_groups", "stories", "story_events"} {
		a, b := tableRows(t, upgraded, table), tableRows(t, fresh, table)
		if len(a) == 0 {
			t.Errorf("%s: no rows", table)
		}
		if strings.Join(a, "\n") != strings.Join(b, "\n") {
			t.Errorf("%s: %d rows upgraded, %d new; they differ", table, len(a), len(b))
		}
	}
	// the search index keeps no terms to compare: its every entry instead
	if a, b := ftsEntries(t, upgraded), ftsEntries(t, fresh); len(a) == 0 || strings.Join(a, "\n") != strings.Join(b, "\n") {
		t.Errorf("search index: %d entries upgraded, %d new; they differ", len(a), len(b))
	}
	// queries through the store, which may plan differently without the
	// dropped indexes
	for _, s := range []*Store{upgraded, fresh} {
		if err := s.Rebuild(ctx); err != nil {
			t.Fatal(err)
		}
	}
	for _, table := range []string{"doc_links", "doc_groups", "stories", "story_events"} {
		a, b := tableRows(t, upgraded, table), tableRows(t, fresh, table)
		if strings.Join(a, "\n") != strings.Join(b, "\n") {
			t.Errorf("after Rebuild, %s: %d rows upgraded, %d new; they differ", table, len(a), len(b))
		}
	}
	q := func(s *Store) string {
		var b strings.Builder
		for st, err := range s.Stories(ctx, dossier.Filter{}) {
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(&b, st.ID, len(st.Reports))
		}
		for e, err := range s.Events(ctx, dossier.Filter{}) {
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(&b, e.ID, e.Doc.ID)
		}
		hits, err := s.Search(ctx, docs[3].Text[:20], dossier.SearchOptions{Limit: 50})
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hits {
			fmt.Fprintln(&b, h.Doc.ID, h.SentIndex, h.Score)
		}
		return b.String()
	}
	a, b := q(upgraded), q(fresh)
	if n := strings.Count(a, "\n"); n < 100 {
		t.Errorf("stories, events and search gave %d lines: too few to compare", n)
	}
	if a != b {
		t.Errorf("stories, events and search differ:\nupgraded\n%s\nnew\n%s", a, b)
	}
}

// TestForeignKeysOnAfterAdd checks that AddDocuments, which writes with
// foreign key checks off, leaves them on for the connection's next user.
func TestForeignKeysOnAfterAdd(t *testing.T) {
	ctx := context.Background()
	checked := func(t *testing.T, s *Store) {
		t.Helper()
		var on int
		if err := s.db.QueryRow(`PRAGMA foreign_keys`).Scan(&on); err != nil || on != 1 {
			t.Fatalf("foreign_keys = %d (%v) on a connection of the pool, want 1", on, err)
		}
		if _, err := s.db.Exec(`INSERT INTO mentions (doc_id, idx, start, end, text) VALUES ('no-such-document', 0, 0, 1, 'x')`); err == nil {
			t.Error("a mention of no stored document was accepted")
		}
	}
	t.Run("beside the writer", func(t *testing.T) {
		s := openTemp(t, "fk.db")
		if _, err := s.AddDocuments(ctx, dedupCorpus()[:3]); err != nil {
			t.Fatal(err)
		}
		checked(t, s)
		// the writer's statements outlive its transactions
		if _, err := s.AddDocuments(ctx, dedupCorpus()[3:5]); err != nil {
			t.Fatal(err)
		}
		checked(t, s)
	})
	t.Run("writer released after an error", func(t *testing.T) {
		s := openTemp(t, "fk.db")
		s.db.SetMaxOpenConns(1) // the next statement gets the writer's connection
		bad := *dedupCorpus()[0]
		bad.ID = ""
		if _, err := s.AddDocuments(ctx, []*dossier.Document{&bad}); err == nil {
			t.Fatal("a document without an id was stored")
		}
		checked(t, s)
	})
}

// ftsEntries lists every entry of the search index: term, sentence and
// position.
func ftsEntries(t *testing.T, s *Store) []string {
	t.Helper()
	// in the main schema, which every connection of the pool sees
	if _, err := s.db.Exec(`CREATE VIRTUAL TABLE IF NOT EXISTS fts_entries USING fts5vocab(sentence_fts, instance)`); err != nil {
		t.Fatal(err)
	}
	return tableRows(t, s, "fts_entries")
}

// pragmaInt reads an integer PRAGMA of a store's database.
func pragmaInt(t *testing.T, s *Store, name string) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow("PRAGMA " + name).Scan(&n); err != nil {
		t.Fatalf("PRAGMA %s: %v", name, err)
	}
	return n
}

// TestPageSize checks that a new database gets 8 KB pages and the WAL,
// and that one made with 4 KB pages, as dossier made them before, opens
// in WAL mode with its pages unchanged and takes documents.
func TestPageSize(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for _, c := range []struct {
		name     string
		oldPages bool
		want     int
	}{
		{"new", false, 8192},
		{"made with 4 KB pages", true, 4096},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "-")+".db")
			if c.oldPages {
				db, err := sql.Open("sqlite", "file:"+path+"?_pragma=page_size(4096)&_pragma=journal_mode(WAL)")
				if err != nil {
					t.Fatal(err)
				}
				if _, err := db.Exec(migrations[0]); err != nil {
					t.Fatal(err)
				}
				if _, err := db.Exec("PRAGMA user_version = 1"); err != nil {
					t.Fatal(err)
				}
				db.Close()
			}
			s, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if got := pragmaInt(t, s, "page_size"); got != c.want {
				t.Errorf("page_size = %d, want %d", got, c.want)
			}
			var mode string
			if err := s.db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
				t.Errorf("journal_mode = %q (%v), want wal", mode, err)
			}
			res, err := s.AddDocuments(ctx, benchDocs(3))
			if err != nil || len(res) != 3 || !res[2].Added {
				t.Fatalf("AddDocuments = %v, %v", res, err)
			}
			if n, err := s.CountDocuments(ctx); err != nil || n != 3 {
				t.Errorf("CountDocuments = %d, %v; want 3", n, err)
			}
		})
	}
}

// TestEventsByDocumentUseIndex checks that the queries reading events by
// document search an index rather than scan the table, now that the
// unique index on (doc_id, idx) serves them alone (migration 6 dropped
// events_doc).
func TestEventsByDocumentUseIndex(t *testing.T) {
	s := openTemp(t, "plan.db")
	for _, q := range []struct{ name, where, arg string }{
		{"one document", `e.doc_id = ?`, "d1"},
		{"a batch's documents", `e.doc_id IN (SELECT value FROM json_each(?))`, `["d1","d2"]`},
	} {
		text := queryPlan(t, s, `SELECT e.id FROM events e JOIN documents d ON d.id = e.doc_id WHERE `+q.where+` ORDER BY d.published, d.id, e.idx`, q.arg)
		if !strings.Contains(text, "SEARCH e USING INDEX") {
			t.Errorf("%s: events are not searched by an index: %s", q.name, text)
		}
	}
}

// queryPlan returns the details of SQLite's plan for query, joined by "; ".
func queryPlan(t *testing.T, s *Store, query string, args ...any) string {
	t.Helper()
	rows, err := s.db.Query(`EXPLAIN QUERY PLAN `+query, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return strings.Join(plan, "; ")
}
