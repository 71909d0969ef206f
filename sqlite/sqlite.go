// Package sqlite implements dossier.Store on an embedded SQLite database
// (modernc.org/sqlite: pure Go, so `go install` needs no C compiler) in WAL
// mode, with FTS5 over stemmed sentences for search.
package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/aggregate"
	"github.com/dossier-news/dossier/internal/sqlstore"
	"github.com/dossier-news/dossier/text"
)

// Store is a dossier.Store backed by one SQLite file.
type Store struct {
	db    *sql.DB
	path  string
	stems *stemCache // the search terms of words seen in earlier batches
	w     writer
}

var _ dossier.Store = (*Store)(nil)

// Open opens (creating if needed) the database at path and brings its schema
// up to date. ":memory:" gives a private in-memory database.
func Open(ctx context.Context, path string) (*Store, error) {
	dsn := dataSource(path)
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if path == ":memory:" {
		// every connection would get its own empty database
		db.SetMaxOpenConns(1)
	}
	s := &Store{db: db, path: path, stems: &stemCache{}}
	// Switching a new file to WAL needs a moment alone with it, and SQLite
	// reports a busy database at once instead of waiting: retry briefly.
	err = s.migrate(ctx)
	for wait := 10 * time.Millisecond; err != nil && busy(err) && wait < 5*time.Second; wait *= 2 {
		select {
		case <-ctx.Done():
			db.Close()
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		err = s.migrate(ctx)
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

func busy(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "SQLITE_BUSY") || strings.Contains(msg, "database is locked")
}

func dataSource(path string) string {
	q := url.Values{}
	// temp_store(MEMORY) keeps the statement journals of multi-row and
	// ON CONFLICT inserts in memory rather than in a temporary file (a
	// write system call per page); cache_size(-8192), 8 MB of page cache
	// per connection rather than 2, keeps more of the indexes a batch
	// touches from being re-read and spilled mid-transaction (32 MB measured
	// no faster on the benchmark corpora and cost 64 MB of resident memory).
	// wal_autocheckpoint copies the log into the database every 32 MB of
	// log rather than every 4 MB: an index page that several batches
	// change is then copied once rather than once a batch, which cut the
	// write and read system calls of bench ingest by a quarter (131k → 105k
	// pwrite, 71k → 48k pread; 128 MB gained only 5% more). The log file
	// grows to about that size; durability is the log's, unchanged.
	//
	// page_size(8192): a new database gets 8 KB pages rather than 4 KB.
	// Every page a batch changes is written to the log with two system
	// calls (frame header, page) and later copied into the database, and
	// the rows of a batch land on leaves scattered over a dozen b-trees: with
	// pages twice as large, half as many pages are touched, which halved
	// the pwrite and pread calls of BenchmarkAddStored (80k → 42k, 36k →
	// 22k). wal_autocheckpoint counts pages, so 4096 keeps the 32 MB log
	// (16 MB for a database made earlier with 4 KB pages, whose page size
	// cannot change in WAL mode: the pragma does nothing there). The page
	// size must be set before the database turns to WAL, and the driver
	// runs the _pragma list sorted by name: journal_mode therefore goes as
	// the _journal_mode key, which the driver applies after the list.
	for _, p := range []string{"busy_timeout(10000)", "page_size(8192)", "synchronous(NORMAL)", "foreign_keys(1)",
		"temp_store(MEMORY)", "cache_size(-8192)", "wal_autocheckpoint(4096)"} {
		q.Add("_pragma", p)
	}
	q.Set("_journal_mode", "WAL")
	q.Set("_txlock", "immediate")
	if path == ":memory:" {
		return "file::memory:?" + q.Encode()
	}
	// The path is a URI path here: escape what would end it early.
	escaped := strings.NewReplacer("%", "%25", "?", "%3F", "#", "%23").Replace(path)
	return "file:" + escaped + "?" + q.Encode()
}

// Close closes the database.
func (s *Store) Close() error {
	s.w.mu.Lock()
	s.w.release()
	s.w.mu.Unlock()
	return s.db.Close()
}

// DB exposes the database handle to packages that extend the schema.
func (s *Store) DB() *sql.DB { return s.db }

// migrations bring the schema from version i to i+1; PRAGMA user_version
// records how far a database has come. Append only: never edit a released step.
var migrations = []string{
	`CREATE TABLE documents (
		id          TEXT PRIMARY KEY,
		hash        TEXT NOT NULL UNIQUE,
		source      TEXT NOT NULL,
		title       TEXT NOT NULL DEFAULT '',
		lang        TEXT NOT NULL DEFAULT '',
		published   TEXT,
		author      TEXT NOT NULL DEFAULT '',
		text        TEXT NOT NULL,
		chars       INTEGER NOT NULL,
		paragraphs  TEXT NOT NULL DEFAULT '[]',
		n_sentences INTEGER NOT NULL,
		ingested_at TEXT NOT NULL
	);
	CREATE INDEX documents_published ON documents(published);
	CREATE TABLE sentences (
		id     INTEGER PRIMARY KEY,
		doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
		idx    INTEGER NOT NULL,
		start  INTEGER NOT NULL,
		end    INTEGER NOT NULL,
		lang   TEXT NOT NULL DEFAULT '',
		UNIQUE (doc_id, idx)
	);
	CREATE VIRTUAL TABLE sentence_fts USING fts5(terms, tokenize = 'unicode61 remove_diacritics 2');`,

	`CREATE TABLE timexes (
		doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
		idx         INTEGER NOT NULL,
		start       INTEGER NOT NULL,
		end         INTEGER NOT NULL,
		text        TEXT NOT NULL,
		type        TEXT NOT NULL,
		value       TEXT NOT NULL,
		mod         TEXT NOT NULL DEFAULT '',
		granularity TEXT NOT NULL DEFAULT '',
		rule        TEXT NOT NULL DEFAULT '',
		anchor      TEXT NOT NULL DEFAULT '',
		PRIMARY KEY (doc_id, idx)
	) WITHOUT ROWID;
	CREATE TABLE entities (
		id       TEXT PRIMARY KEY,
		name     TEXT NOT NULL,
		kind     TEXT NOT NULL,
		country  TEXT NOT NULL DEFAULT '',
		wikidata TEXT NOT NULL DEFAULT '',
		aliases  TEXT NOT NULL DEFAULT '[]'
	) WITHOUT ROWID;
	CREATE TABLE mentions (
		doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
		idx        INTEGER NOT NULL,
		start      INTEGER NOT NULL,
		end        INTEGER NOT NULL,
		text       TEXT NOT NULL,
		entity     TEXT NOT NULL DEFAULT '',
		class      TEXT NOT NULL DEFAULT '',
		sector     TEXT NOT NULL DEFAULT '',
		via        TEXT NOT NULL DEFAULT '',
		confidence REAL NOT NULL DEFAULT 0,
		PRIMARY KEY (doc_id, idx)
	) WITHOUT ROWID;
	CREATE INDEX mentions_entity ON mentions(entity);
	CREATE TABLE events (
		id            TEXT PRIMARY KEY,
		doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
		idx           INTEGER NOT NULL,
		type          TEXT NOT NULL,
		mode          TEXT NOT NULL DEFAULT '',
		actor         TEXT NOT NULL DEFAULT '',
		target        TEXT NOT NULL DEFAULT '',
		actor_sector  TEXT NOT NULL DEFAULT '',
		target_sector TEXT NOT NULL DEFAULT '',
		location      TEXT NOT NULL DEFAULT '',
		source        TEXT NOT NULL DEFAULT '',
		date_value    TEXT,
		date_gran     TEXT NOT NULL DEFAULT '',
		date_text     TEXT NOT NULL DEFAULT '',
		modality      TEXT NOT NULL,
		quantities    TEXT NOT NULL DEFAULT '[]',
		trigger_start INTEGER NOT NULL,
		trigger_end   INTEGER NOT NULL,
		evidence_start INTEGER NOT NULL,
		evidence_end  INTEGER NOT NULL,
		confidence    REAL NOT NULL DEFAULT 0,
		UNIQUE (doc_id, idx)
	);
	CREATE INDEX events_actor ON events(actor, date_value);
	CREATE INDEX events_target ON events(target, date_value);
	CREATE INDEX events_date ON events(date_value);`,

	`CREATE TABLE doc_signatures (
		doc_id      TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
		lang        TEXT NOT NULL,
		signature   BLOB NOT NULL,
		fingerprint TEXT NOT NULL
	) WITHOUT ROWID;
	CREATE TABLE doc_bands (
		band   INTEGER NOT NULL,
		doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
		PRIMARY KEY (band, doc_id)
	) WITHOUT ROWID;
	CREATE INDEX doc_bands_doc ON doc_bands(doc_id);
	CREATE TABLE doc_entities (
		entity    TEXT NOT NULL,
		published TEXT NOT NULL DEFAULT '',
		doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
		lang      TEXT NOT NULL,
		PRIMARY KEY (entity, published, doc_id)
	) WITHOUT ROWID;
	CREATE INDEX doc_entities_doc ON doc_entities(doc_id);
	CREATE TABLE doc_links (
		a    TEXT NOT NULL,
		b    TEXT NOT NULL,
		kind TEXT NOT NULL,
		PRIMARY KEY (a, b)
	) WITHOUT ROWID;
	CREATE INDEX doc_links_b ON doc_links(b);
	CREATE TABLE doc_groups (
		doc_id   TEXT PRIMARY KEY,
		group_id TEXT NOT NULL,
		kind     TEXT NOT NULL
	) WITHOUT ROWID;
	CREATE INDEX doc_groups_group ON doc_groups(group_id);
	CREATE TABLE stories (
		id         TEXT PRIMARY KEY,
		key        TEXT NOT NULL,
		type       TEXT NOT NULL,
		mode       TEXT NOT NULL DEFAULT '',
		actor      TEXT NOT NULL DEFAULT '',
		target     TEXT NOT NULL DEFAULT '',
		actor_country  TEXT NOT NULL DEFAULT '',
		target_country TEXT NOT NULL DEFAULT '',
		location   TEXT NOT NULL DEFAULT '',
		date_value TEXT,
		date_gran  TEXT NOT NULL DEFAULT '',
		date_text  TEXT NOT NULL DEFAULT '',
		reports    INTEGER NOT NULL
	) WITHOUT ROWID;
	CREATE INDEX stories_key ON stories(key);
	CREATE INDEX stories_actor ON stories(actor, date_value);
	CREATE INDEX stories_target ON stories(target, date_value);
	CREATE INDEX stories_actor_country ON stories(actor_country, date_value);
	CREATE INDEX stories_target_country ON stories(target_country, date_value);
	CREATE TABLE story_events (
		event_id TEXT PRIMARY KEY,
		story_id TEXT NOT NULL
	) WITHOUT ROWID;
	CREATE INDEX story_events_story ON story_events(story_id);
	ALTER TABLE events ADD COLUMN date_from TEXT;
	ALTER TABLE events ADD COLUMN date_to TEXT;
	CREATE INDEX events_window ON events(type, actor, target, date_from);
	CREATE INDEX events_doc ON events(doc_id);`,

	// No query reads doc_bands or doc_entities by document: these indexes
	// served only the ON DELETE CASCADE of a document, which dossier never
	// deletes, and cost a b-tree insert for every band and entity row of
	// every document added (a sixth of the store's write time). Without
	// them a cascade would still be correct, only slower (a scan).
	`DROP INDEX doc_bands_doc;
	DROP INDEX doc_entities_doc;`,

	// The search index keeps no copy of the terms it indexes (content=''):
	// search reads only rowids and bm25, which come from the index, and the
	// copy was a row per sentence in another b-tree, a fifth of the index's
	// insert time and about as many bytes as the text. contentless_delete
	// keeps DELETE working for reanalysis.
	`CREATE VIRTUAL TABLE sentence_fts_new USING fts5(terms, content = '', contentless_delete = 1,
		tokenize = 'unicode61 remove_diacritics 2');
	INSERT INTO sentence_fts_new (rowid, terms) SELECT rowid, terms FROM sentence_fts;
	DROP TABLE sentence_fts;
	ALTER TABLE sentence_fts_new RENAME TO sentence_fts;`,

	// events_doc duplicated the index SQLite keeps for UNIQUE (doc_id,
	// idx), which serves every look-up and delete by document as well
	// (TestEventsByDocumentUseIndex): it cost an eighth b-tree insert for
	// every event stored (the table, its id, that unique index and the
	// four by actor, target, date and window are the other seven).
	`DROP INDEX events_doc;`,
}

func (s *Store) migrate(ctx context.Context) error {
	// Each step reads the version inside its own write transaction
	// (BEGIN IMMEDIATE), so processes opening a new database at once take
	// turns instead of both creating the same tables.
	for {
		done, err := s.migrateStep(ctx)
		if err != nil || done {
			return err
		}
	}
}

func (s *Store) migrateStep(ctx context.Context) (bool, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	var version int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return false, fmt.Errorf("read schema version: %w", err)
	}
	if version > len(migrations) {
		return false, fmt.Errorf("database schema version %d is newer than this dossier knows (%d): upgrade dossier", version, len(migrations))
	}
	if version == len(migrations) {
		return true, tx.Commit()
	}
	if _, err := tx.ExecContext(ctx, migrations[version]); err != nil {
		return false, fmt.Errorf("migrate to schema %d: %w", version+1, err)
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", version+1)); err != nil {
		return false, fmt.Errorf("migrate to schema %d: %w", version+1, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("migrate to schema %d: %w", version+1, err)
	}
	return false, nil
}

const insertDocument = `INSERT INTO documents
	(id, hash, source, title, lang, published, author, text, chars, paragraphs, n_sentences, ingested_at)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING`

// AddDocuments implements dossier.Store. Calls take turns on the Store's
// one writer connection.
func (s *Store) AddDocuments(ctx context.Context, docs []*dossier.Document) ([]dossier.AddResult, error) {
	s.w.mu.Lock()
	defer s.w.mu.Unlock()
	res, err := s.addDocuments(ctx, docs)
	// An in-memory database has one connection, which readers need too.
	if err != nil || s.path == ":memory:" {
		s.w.release()
	}
	return res, err
}

func (s *Store) addDocuments(ctx context.Context, docs []*dossier.Document) ([]dossier.AddResult, error) {
	w, err := s.w.begin(ctx, s)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	tx := w.tx
	defer tx.Rollback()
	res := make([]dossier.AddResult, len(docs))
	insDoc, err := w.stmt(ctx, stmtKey{q: insertDocument}, func() string { return insertDocument })
	if err != nil {
		return nil, err
	}
	var added []*dossier.Document
	// The write lock is ours until commit (BEGIN IMMEDIATE), so sentence ids
	// can be handed out here and the rows written many to a statement.
	var firstID int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) + 1 FROM sentences`).Scan(&firstID); err != nil {
		return nil, fmt.Errorf("next sentence id: %w", err)
	}
	for i, d := range docs {
		if err := sqlstore.Validate(d); err != nil {
			return nil, fmt.Errorf("document %s: %w", d.Source, err)
		}
		res[i].ID = d.ID
		paras, err := sqlstore.EncodeParagraphs(d.Paragraphs)
		if err != nil {
			return nil, err
		}
		r, err := insDoc.ExecContext(ctx, d.ID, d.Hash, d.Source, d.Title, d.Lang, nullable(d.Published), d.Author,
			d.Text, utf8.RuneCountInString(d.Text), string(paras), len(d.Sentences), d.IngestedAt.UTC().Format(time.RFC3339Nano))
		if err != nil {
			return nil, fmt.Errorf("insert document %s (%s): %w", d.ID, d.Source, err)
		}
		if n, _ := r.RowsAffected(); n == 0 {
			continue // same text already stored
		}
		res[i].Added = true
		added = append(added, d)
	}
	if err := insertSentences(ctx, w, added, firstID); err != nil {
		return nil, err
	}
	if err := insertAnalyses(ctx, w, added); err != nil {
		return nil, err
	}
	// Groups and stories change in the same transaction as the documents:
	// both are stored, or neither.
	agg := &aggTx{tx: w}
	if err := aggregate.Update(ctx, agg, added); err != nil {
		return nil, fmt.Errorf("aggregate: %w", err)
	}
	if err := agg.flush(ctx); err != nil {
		return nil, fmt.Errorf("aggregate: %w", err)
	}
	if err := indexSentences(ctx, tx, added, firstID, s.stems); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	return res, nil
}

// uncheckedConn takes a connection of the pool with foreign key checks
// off until close gives it back, for AddDocuments' writer.
// With them on, every row written for a document (sentences, time
// expressions, mentions, events, and the duplicate-detection rows: some 60
// a document) looked its document up in the documents table, and every
// multi-row INSERT that might fail a check kept a statement journal of the
// pages it changed: a twentieth of the store's time. AddDocuments writes
// rows only for the documents it has just inserted, in the same
// transaction, so the checks could never fail there. The
// declarations stay, for the cascades and for every other connection.
// (SQLite ignores the pragma inside a transaction, so it is set on the
// connection before BEGIN.)
func (s *Store) uncheckedConn(ctx context.Context) (*fkOffConn, error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := conn.ExecContext(ctx, "PRAGMA foreign_keys = OFF"); err != nil {
		conn.Close()
		return nil, fmt.Errorf("foreign keys off: %w", err)
	}
	return &fkOffConn{conn}, nil
}

// fkOffConn is a connection with foreign key checks off.
type fkOffConn struct{ *sql.Conn }

// close turns the checks on again and gives the connection back to the
// pool, or, if they could not be turned on, closes it for good: no other
// caller may get a connection without them.
func (c *fkOffConn) close() {
	if _, err := c.ExecContext(context.Background(), "PRAGMA foreign_keys = ON"); err != nil {
		c.Raw(func(any) error { return driver.ErrBadConn })
	}
	c.Close()
}

// sentenceRef is a sentence of one of the documents being written.
type sentenceRef struct{ doc, i int }

func sentenceRefs(docs []*dossier.Document) []sentenceRef {
	var all []sentenceRef
	for k, d := range docs {
		for i := range d.Sentences {
			all = append(all, sentenceRef{k, i})
		}
	}
	return all
}

// insertSentences writes the sentences of documents with ids from firstID
// on, many rows to a statement: row-at-a-time (or document-at-a-time)
// inserts cost more than the data. Their search terms are written by
// indexSentences. OR IGNORE, as for the analyses (see insertAnalyses): no
// row can conflict (the ids are past the largest, and the documents have
// no sentences: they were just added, or Reanalyse has just deleted them)
// and none holds a NULL, and an INSERT that cannot fail needs no statement
// journal.
func insertSentences(ctx context.Context, t *wtx, docs []*dossier.Document, firstID int64) error {
	all := sentenceRefs(docs)
	ids := boxedIDs(docs)
	if err := insertRows(ctx, t, `INSERT OR IGNORE INTO sentences (id, doc_id, idx, start, end, lang) VALUES `, 6, len(all), func(args []any, j int) []any {
		k, i := all[j].doc, all[j].i
		s := docs[k].Sentences[i]
		return append(args, firstID+int64(j), ids[k], int64(i), int64(s.Start), int64(s.End), s.Lang)
	}); err != nil {
		return fmt.Errorf("insert sentences: %w", err)
	}
	return nil
}

// boxedIDs returns the ids of docs as interface values, each made once: a
// row's parameters are an []any, and a string put into one is copied to
// the heap anew every time, while a document's id is a parameter of each
// of its sentences, time expressions, mentions and events.
func boxedIDs(docs []*dossier.Document) []any {
	ids := make([]any, len(docs))
	for k, d := range docs {
		ids[k] = d.ID
	}
	return ids
}

// indexSentences writes the search terms of the sentences insertSentences
// wrote (the same documents and firstID). It is the transaction's last
// write: FTS5 keeps new terms in memory until the transaction ends, but
// flushes them into a new index segment at every later statement (each
// opens a savepoint), and the segments must then be merged. Written last
// and in one statement, a batch's terms become one segment.
//
// The terms go as one JSON array parameter read with json_each, the i-th
// element the terms of sentence firstID+i: the statement's text is the
// same for every batch, and one string is bound rather than two
// parameters a sentence in a statement SQLite had to parse anew each
// batch (a batch has thousands of sentences).
func indexSentences(ctx context.Context, tx *sql.Tx, docs []*dossier.Document, firstID int64, stems *stemCache) error {
	all := sentenceRefs(docs)
	if len(all) == 0 {
		return nil
	}
	stems.mu.Lock()
	defer stems.mu.Unlock()
	// The terms of a sentence are rarely longer than its text (stems
	// are at most as long as their words, one space between them).
	size := 2
	for _, r := range all {
		sp := docs[r.doc].Sentences[r.i].Span
		size += sp.End - sp.Start + 3
	}
	var terms []byte
	list := make([]byte, 0, size)
	list = append(list, '[')
	for j, r := range all {
		if j > 0 {
			list = append(list, ',')
		}
		d := docs[r.doc]
		terms = appendSearchTerms(terms[:0], d.Text, d.Sentences[r.i], stems)
		list = appendJSONString(list, terms)
	}
	list = append(list, ']')
	if _, err := tx.ExecContext(ctx, `INSERT INTO sentence_fts (rowid, terms) SELECT ? + key, value FROM json_each(?)`, firstID, string(list)); err != nil {
		return fmt.Errorf("index sentences: %w", err)
	}
	return nil
}

// appendJSONString appends s to dst as a JSON string. s is valid UTF-8
// (document text is checked on the way in), which JSON carries as it is.
func appendJSONString(dst, s []byte) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	for _, c := range s {
		switch {
		case c == '"' || c == '\\':
			dst = append(dst, '\\', c)
		case c < 0x20:
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		default:
			dst = append(dst, c)
		}
	}
	return append(dst, '"')
}

// searchTerms is what FTS5 indexes for a sentence: the stems of its words,
// so that a search for "Besuch" finds "Besuchs" and "visited" finds "visit".
func searchTerms(doc string, s dossier.Sentence, stems *stemCache) string {
	return string(appendSearchTerms(nil, doc, s, stems))
}

// appendSearchTerms appends a sentence's searchTerms to dst.
func appendSearchTerms(dst []byte, doc string, s dossier.Sentence, stems *stemCache) []byte {
	toks := s.Tokens
	if toks == nil {
		toks = text.Tokenize(doc, s.Span, s.Lang)
	}
	byWord := stems.lang(s.Lang)
	n := len(dst)
	for _, t := range toks {
		st := stems.stem(byWord, t.Text, s.Lang)
		if st == "" {
			continue
		}
		if len(dst) > n {
			dst = append(dst, ' ')
		}
		dst = append(dst, st...)
	}
	return dst
}

// maxStems bounds the words a stemCache holds (some 10 MB); past it the
// cache starts again empty.
const maxStems = 1 << 17

// stemCache remembers the stems of the words of earlier sentences, a map a
// language: most words of news recur, and Snowball stemming allocates for
// every call. A Store keeps one across batches; mu makes it the writer's
// alone while a batch is indexed.
type stemCache struct {
	mu     sync.Mutex
	byLang map[string]map[string]string
	n      int
}

// lang returns the map of a language's words to their stems.
func (c *stemCache) lang(lang string) map[string]string {
	if c.n > maxStems {
		c.byLang, c.n = nil, 0
	}
	if c.byLang == nil {
		c.byLang = map[string]map[string]string{}
	}
	m := c.byLang[lang]
	if m == nil {
		m = map[string]string{}
		c.byLang[lang] = m
	}
	return m
}

// stem returns the stem of word in lang, byWord being c.lang(lang).
func (c *stemCache) stem(byWord map[string]string, word, lang string) string {
	if st, ok := byWord[word]; ok {
		return st
	}
	st := text.Stem(word, lang)
	// Copies, since the cache outlives the batch: a token's text is part
	// of its document's, which it would keep alive.
	byWord[strings.Clone(word)] = strings.Clone(st)
	c.n++
	return st
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

const docColumns = `id, hash, source, title, lang, published, author, ingested_at`

func scanDoc(sc interface{ Scan(...any) error }, extra ...any) (*dossier.Document, error) {
	var d dossier.Document
	var published sql.NullString
	var ingested string
	dest := append([]any{&d.ID, &d.Hash, &d.Source, &d.Title, &d.Lang, &published, &d.Author, &ingested}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return nil, err
	}
	d.Published = published.String
	d.IngestedAt, _ = time.Parse(time.RFC3339Nano, ingested)
	return &d, nil
}

// Document implements dossier.Store.
func (s *Store) Document(ctx context.Context, id string) (*dossier.Document, error) {
	id = strings.ToLower(strings.TrimSpace(id))
	if id == "" || strings.ContainsAny(id, "%_") {
		return nil, dossier.ErrNotFound
	}
	// In id order, the id itself comes first.
	lo, hi := sqlstore.IDRange(id)
	rows, err := s.db.QueryContext(ctx, documentsInRange, lo, hi)
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	defer rows.Close()
	var found []*dossier.Document
	for rows.Next() {
		var paras string
		var body string
		d, err := scanDoc(rows, &body, &paras)
		if err != nil {
			return nil, fmt.Errorf("document %s: %w", id, err)
		}
		d.Text = body
		d.Chars = utf8.RuneCountInString(body)
		if d.Paragraphs, err = sqlstore.DecodeParagraphs([]byte(paras)); err != nil {
			return nil, fmt.Errorf("document %s: paragraphs: %w", id, err)
		}
		found = append(found, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	switch {
	case len(found) == 0:
		return nil, dossier.ErrNotFound
	case len(found) > 1 && found[0].ID != id:
		return nil, fmt.Errorf("document %s: the id prefix is ambiguous", id)
	}
	d := found[0]
	srows, err := s.db.QueryContext(ctx, `SELECT start, end, lang FROM sentences WHERE doc_id = ? ORDER BY idx`, d.ID)
	if err != nil {
		return nil, fmt.Errorf("sentences of %s: %w", d.ID, err)
	}
	defer srows.Close()
	for srows.Next() {
		var sent dossier.Sentence
		if err := srows.Scan(&sent.Start, &sent.End, &sent.Lang); err != nil {
			return nil, err
		}
		d.Sentences = append(d.Sentences, sent)
	}
	if err := srows.Err(); err != nil {
		return nil, err
	}
	return d, sqlstore.LoadAnalyses(ctx, s, s.entities, d)
}

// documentsInRange reads at most two documents with ids in [?, ?): the
// one a Document look-up finds, and whether another makes it ambiguous.
const documentsInRange = `SELECT ` + docColumns + `, text, paragraphs FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT 2`

// entities reads the entities with the given ids, in that order, leaving
// out those not stored.
func (s *Store) entities(ctx context.Context, ids []string) ([]dossier.Entity, error) {
	var out []dossier.Entity
	for _, id := range ids {
		e, err := s.Entity(ctx, id)
		if errors.Is(err, dossier.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("entity %s: %w", id, err)
		}
		out = append(out, e)
	}
	return out, nil
}

// Documents implements dossier.Store.
func (s *Store) Documents(ctx context.Context, f dossier.DocumentFilter) ([]*dossier.Document, error) {
	var w sqlstore.Where
	sqlstore.Documents(&w, f, "instr(source, ?) > 0")
	q := `SELECT ` + docColumns + `, chars FROM documents` + w.String() +
		` ORDER BY published IS NULL, published DESC, source, id` + limitClause(f.Limit, f.Offset)
	rows, err := s.db.QueryContext(ctx, q, w.Args()...)
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	defer rows.Close()
	var out []*dossier.Document
	for rows.Next() {
		var chars int
		d, err := scanDoc(rows, &chars)
		if err != nil {
			return nil, fmt.Errorf("list documents: %w", err)
		}
		d.Chars = chars // the text itself is not loaded for a listing
		out = append(out, d)
	}
	return out, rows.Err()
}

// HasHash tells whether a document with the given text hash
// (Document.Hash) is stored: pipeline.Ingest then leaves it unanalysed.
func (s *Store) HasHash(ctx context.Context, hash string) (bool, error) {
	var one int
	err := s.db.QueryRowContext(ctx, `SELECT 1 FROM documents WHERE hash = ?`, hash).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("look up document %s: %w", hash, err)
	}
	return true, nil
}

// CountDocuments implements dossier.Store.
func (s *Store) CountDocuments(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM documents`).Scan(&n)
	return n, err
}
