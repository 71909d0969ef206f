// Package postgres implements dossier.Store on PostgreSQL through pgx, so
// that many worker processes on many machines can write to one database.
//
// It keeps the contract of the SQLite store (package storetest runs against
// both): documents are unique by the hash of their text and adding one twice
// changes nothing, one transaction per batch, the same orderings and
// filters. Search uses PostgreSQL's own text search: a tsvector per sentence
// built with the german or english configuration by the sentence's language,
// queried in both configurations at once.
//
// pgxpool is used directly rather than through database/sql: COPY for the
// record tables, arrays for one-statement batch inserts, and the error codes
// that tell a deadlock or serialization failure (retried) from a real error
// are all native pgx, and the pool is what concurrent writers need.
package postgres

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/internal/sqlstore"
)

// Store is a dossier.Store backed by a PostgreSQL database.
type Store struct {
	pool *pgxpool.Pool
}

var _ dossier.Store = (*Store)(nil)

// IsURL reports whether a --db value names a PostgreSQL database rather
// than a SQLite file.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Redact returns a PostgreSQL URL fit for logs: without its password.
func Redact(dsn string) string {
	if u, err := url.Parse(dsn); err == nil && u.Scheme != "" {
		return u.Redacted()
	}
	return "(connection string)"
}

// Open connects to the database named by a PostgreSQL URL or keyword/value
// connection string and brings its schema up to date. Parameters pgx does
// not know are sent to the server as settings: "?search_path=team1" keeps
// one team's tables in their own schema.
func Open(ctx context.Context, dsn string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err) // pgx leaves the password out of its errors
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open postgres %s: %w", describe(cfg), err)
	}
	s := &Store{pool: pool}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open postgres %s: %w", describe(cfg), err)
	}
	return s, nil
}

// describe names a database for messages, without credentials.
func describe(cfg *pgxpool.Config) string {
	c := cfg.ConnConfig
	return fmt.Sprintf("%s@%s:%d/%s", c.User, c.Host, c.Port, c.Database)
}

// Close closes every connection of the pool.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// Pool exposes the connection pool to packages that extend the schema.
func (s *Store) Pool() *pgxpool.Pool { return s.pool }

// migrations bring the schema from version i to i+1; the table
// dossier_schema records how far a database has come. Append only: never
// edit a released step.
//
// Text that is compared or sorted is COLLATE "C" so that PostgreSQL orders
// by bytes, as SQLite does, whatever locale the database was created with:
// the two stores list and page through records in the same order.
var migrations = []string{
	`CREATE FUNCTION dossier_tsconfig(lang text) RETURNS regconfig
		LANGUAGE sql IMMUTABLE PARALLEL SAFE
		RETURN CASE lang WHEN 'de' THEN 'pg_catalog.german'::regconfig
			WHEN 'en' THEN 'pg_catalog.english'::regconfig
			ELSE 'pg_catalog.simple'::regconfig END;
	CREATE TABLE documents (
		id          text COLLATE "C" PRIMARY KEY,
		hash        text COLLATE "C" NOT NULL UNIQUE,
		source      text COLLATE "C" NOT NULL,
		title       text NOT NULL DEFAULT '',
		lang        text COLLATE "C" NOT NULL DEFAULT '',
		published   text COLLATE "C",
		author      text NOT NULL DEFAULT '',
		text        text NOT NULL,
		chars       integer NOT NULL,
		paragraphs  jsonb NOT NULL DEFAULT '[]',
		n_sentences integer NOT NULL,
		ingested_at timestamptz NOT NULL
	);
	CREATE INDEX documents_published ON documents (published);
	CREATE TABLE sentences (
		doc_id     text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
		idx        integer NOT NULL,
		start_byte integer NOT NULL,
		end_byte   integer NOT NULL,
		lang       text COLLATE "C" NOT NULL DEFAULT '',
		tsv        tsvector NOT NULL,
		PRIMARY KEY (doc_id, idx)
	);
	CREATE INDEX sentences_tsv ON sentences USING gin (tsv);`,

	`CREATE TABLE timexes (
		doc_id      text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
		idx         integer NOT NULL,
		start_byte  integer NOT NULL,
		end_byte    integer NOT NULL,
		text        text NOT NULL,
		type        text NOT NULL,
		value       text NOT NULL,
		mod         text NOT NULL DEFAULT '',
		granularity text NOT NULL DEFAULT '',
		rule        text NOT NULL DEFAULT '',
		anchor      text NOT NULL DEFAULT '',
		PRIMARY KEY (doc_id, idx)
	);
	CREATE TABLE entities (
		id       text COLLATE "C" PRIMARY KEY,
		name     text NOT NULL,
		kind     text NOT NULL,
		country  text NOT NULL DEFAULT '',
		wikidata text NOT NULL DEFAULT '',
		aliases  jsonb NOT NULL DEFAULT '[]'
	);
	CREATE TABLE mentions (
		doc_id     text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
		idx        integer NOT NULL,
		start_byte integer NOT NULL,
		end_byte   integer NOT NULL,
		text       text NOT NULL,
		entity     text COLLATE "C" NOT NULL DEFAULT '',
		class      text NOT NULL DEFAULT '',
		sector     text NOT NULL DEFAULT '',
		via        text NOT NULL DEFAULT '',
		confidence double precision NOT NULL DEFAULT 0,
		PRIMARY KEY (doc_id, idx)
	);
	CREATE INDEX mentions_entity ON mentions (entity);
	CREATE TABLE events (
		id             text COLLATE "C" PRIMARY KEY,
		doc_id         text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
		idx            integer NOT NULL,
		type           text COLLATE "C" NOT NULL,
		mode           text NOT NULL DEFAULT '',
		actor          text COLLATE "C" NOT NULL DEFAULT '',
		target         text COLLATE "C" NOT NULL DEFAULT '',
		actor_sector   text NOT NULL DEFAULT '',
		target_sector  text NOT NULL DEFAULT '',
		location       text COLLATE "C" NOT NULL DEFAULT '',
		source         text COLLATE "C" NOT NULL DEFAULT '',
		date_value     text COLLATE "C",
		date_gran      text NOT NULL DEFAULT '',
		date_text      text NOT NULL DEFAULT '',
		modality       text NOT NULL,
		quantities     jsonb NOT NULL DEFAULT '[]',
		trigger_start  integer NOT NULL,
		trigger_end    integer NOT NULL,
		evidence_start integer NOT NULL,
		evidence_end   integer NOT NULL,
		confidence     double precision NOT NULL DEFAULT 0,
		UNIQUE (doc_id, idx)
	);
	CREATE INDEX events_actor ON events (actor, date_value);
	CREATE INDEX events_target ON events (target, date_value);
	CREATE INDEX events_date ON events (date_value);`,

	`CREATE TABLE doc_signatures (
		doc_id      text COLLATE "C" PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
		lang        text COLLATE "C" NOT NULL,
		signature   bytea NOT NULL,
		fingerprint jsonb NOT NULL
	);
	CREATE TABLE doc_bands (
		band   bigint NOT NULL,
		doc_id text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
		PRIMARY KEY (band, doc_id)
	);
	CREATE INDEX doc_bands_doc ON doc_bands (doc_id);
	CREATE TABLE doc_entities (
		entity    text COLLATE "C" NOT NULL,
		published text COLLATE "C" NOT NULL DEFAULT '',
		doc_id    text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
		lang      text COLLATE "C" NOT NULL,
		PRIMARY KEY (entity, published, doc_id)
	);
	CREATE INDEX doc_entities_doc ON doc_entities (doc_id);
	CREATE TABLE doc_links (
		a    text COLLATE "C" NOT NULL,
		b    text COLLATE "C" NOT NULL,
		kind text NOT NULL,
		PRIMARY KEY (a, b)
	);
	CREATE INDEX doc_links_b ON doc_links (b);
	CREATE TABLE doc_groups (
		doc_id   text COLLATE "C" PRIMARY KEY,
		group_id text COLLATE "C" NOT NULL,
		kind     text NOT NULL
	);
	CREATE INDEX doc_groups_group ON doc_groups (group_id);
	CREATE TABLE stories (
		id             text COLLATE "C" PRIMARY KEY,
		key            text COLLATE "C" NOT NULL,
		type           text COLLATE "C" NOT NULL,
		mode           text NOT NULL DEFAULT '',
		actor          text COLLATE "C" NOT NULL DEFAULT '',
		target         text COLLATE "C" NOT NULL DEFAULT '',
		actor_country  text COLLATE "C" NOT NULL DEFAULT '',
		target_country text COLLATE "C" NOT NULL DEFAULT '',
		location       text COLLATE "C" NOT NULL DEFAULT '',
		date_value     text COLLATE "C",
		date_gran      text NOT NULL DEFAULT '',
		date_text      text NOT NULL DEFAULT '',
		reports        integer NOT NULL
	);
	CREATE INDEX stories_key ON stories (key);
	CREATE INDEX stories_actor ON stories (actor, date_value);
	CREATE INDEX stories_target ON stories (target, date_value);
	CREATE INDEX stories_actor_country ON stories (actor_country, date_value);
	CREATE INDEX stories_target_country ON stories (target_country, date_value);
	CREATE TABLE story_events (
		event_id text COLLATE "C" PRIMARY KEY,
		story_id text COLLATE "C" NOT NULL
	);
	CREATE INDEX story_events_story ON story_events (story_id);
	ALTER TABLE events ADD COLUMN date_from text COLLATE "C", ADD COLUMN date_to text COLLATE "C";
	CREATE INDEX events_window ON events (type, actor, target, date_from);
	CREATE INDEX events_doc ON events (doc_id);`,
}

// migrateLock is the advisory lock key that serialises schema changes: the
// workers of a fresh deployment all start at once, and each would otherwise
// try to create the tables.
const migrateLock = 0x646f7373 // "doss"

func (s *Store) migrate(ctx context.Context) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, migrateLock); err != nil {
		return fmt.Errorf("lock schema: %w", err)
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS dossier_schema (version integer NOT NULL)`); err != nil {
		return fmt.Errorf("schema version table: %w", err)
	}
	var version int
	err = tx.QueryRow(ctx, `SELECT version FROM dossier_schema`).Scan(&version)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		if _, err := tx.Exec(ctx, `INSERT INTO dossier_schema (version) VALUES (0)`); err != nil {
			return fmt.Errorf("schema version: %w", err)
		}
	case err != nil:
		return fmt.Errorf("read schema version: %w", err)
	}
	if version > len(migrations) {
		return fmt.Errorf("database schema version %d is newer than this dossier knows (%d): upgrade dossier", version, len(migrations))
	}
	for v := version; v < len(migrations); v++ {
		// DDL is transactional in PostgreSQL: a failed step leaves nothing behind.
		if _, err := tx.Exec(ctx, migrations[v]); err != nil {
			return fmt.Errorf("migrate to schema %d: %w", v+1, err)
		}
	}
	if _, err := tx.Exec(ctx, `UPDATE dossier_schema SET version = $1`, len(migrations)); err != nil {
		return fmt.Errorf("schema version: %w", err)
	}
	return tx.Commit(ctx)
}

// SchemaVersion returns the migration the database is at.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.pool.QueryRow(ctx, `SELECT version FROM dossier_schema`).Scan(&v)
	return v, err
}

// maxAttempts bounds how often a batch is retried after PostgreSQL chose
// it as the victim of a deadlock or serialization failure.
const maxAttempts = 6

// AddDocuments implements dossier.Store. Concurrent writers, in this process
// or on other machines, may add the same documents and name the same
// entities: the first to commit stores a document (the others see it as
// present) and gives an entity its description. Rows are locked in one
// global order (documents by hash, then entities by id), so writers do not
// deadlock one another; should PostgreSQL still abort a batch as a deadlock
// victim or for a serialization failure, it is retried whole.
func (s *Store) AddDocuments(ctx context.Context, docs []*dossier.Document) ([]dossier.AddResult, error) {
	for _, d := range docs {
		if err := validate(d); err != nil {
			return nil, fmt.Errorf("document %s: %w", d.Source, err)
		}
	}
	for attempt := 1; ; attempt++ {
		res, err := s.addOnce(ctx, docs)
		if err == nil || attempt == maxAttempts || !retryable(err) {
			return res, err
		}
		wait := time.Duration(attempt*attempt)*10*time.Millisecond + rand.N(20*time.Millisecond)
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return nil, fmt.Errorf("%w (after %v)", ctx.Err(), err)
		}
	}
}

func retryable(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "40001", "40P01": // serialization_failure, deadlock_detected
			return true
		}
	}
	return false
}

func (s *Store) addOnce(ctx context.Context, docs []*dossier.Document) ([]dossier.AddResult, error) {
	res := make([]dossier.AddResult, len(docs))
	// The first of several documents with the same text in one batch is the
	// one that can be added; the others are present, as in any later batch.
	first := map[string]int{}
	var order []int
	for i, d := range docs {
		res[i].ID = d.ID
		if _, dup := first[d.Hash]; !dup {
			first[d.Hash] = i
			order = append(order, i)
		}
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(docs[a].Hash, docs[b].Hash) })

	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback(ctx)

	added, err := insertDocuments(ctx, tx, docs, order)
	if err != nil {
		return nil, err
	}
	var stored []*dossier.Document // added, in the batch's order
	for i, d := range docs {
		if added[d.ID] && first[d.Hash] == i {
			res[i].Added = true
			stored = append(stored, d)
		}
	}
	if len(stored) > 0 {
		if err := insertSentences(ctx, tx, stored); err != nil {
			return nil, err
		}
		if err := insertAnalyses(ctx, tx, stored); err != nil {
			return nil, err
		}
		// Groups and stories change in the same transaction as the
		// documents: both are stored, or neither.
		if err := lockAggregation(ctx, tx); err != nil {
			return nil, err
		}
		if err := (&aggTx{tx: tx}).update(ctx, stored); err != nil {
			return nil, fmt.Errorf("aggregate: %w", err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	return res, nil
}

// insertDocuments inserts the documents at order (sorted by hash) in one
// statement and returns the ids of those that were not there yet.
func insertDocuments(ctx context.Context, tx pgx.Tx, docs []*dossier.Document, order []int) (map[string]bool, error) {
	n := len(order)
	var (
		ids, hashes, sources, titles = make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		langs, authors, texts, paras = make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		published                    = make([]*string, n)
		chars, nsent                 = make([]int32, n), make([]int32, n)
		ingested                     = make([]time.Time, n)
	)
	for j, i := range order {
		d := docs[i]
		p, err := sqlstore.EncodeParagraphs(d.Paragraphs)
		if err != nil {
			return nil, err
		}
		ids[j], hashes[j], sources[j], titles[j] = d.ID, d.Hash, clean(d.Source), clean(d.Title)
		langs[j], authors[j], texts[j], paras[j] = clean(d.Lang), clean(d.Author), d.Text, string(p)
		if d.Published != "" {
			pub := clean(d.Published)
			published[j] = &pub
		}
		chars[j], nsent[j] = int32(utf8.RuneCountInString(d.Text)), int32(len(d.Sentences))
		ingested[j] = d.IngestedAt
	}
	rows, err := tx.Query(ctx, `INSERT INTO documents
		(id, hash, source, title, lang, published, author, text, chars, paragraphs, n_sentences, ingested_at)
		SELECT u.id, u.hash, u.source, u.title, u.lang, u.published, u.author, u.text, u.chars, u.paras::jsonb, u.nsent, u.ingested
		FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
			$9::int4[], $10::text[], $11::int4[], $12::timestamptz[])
			AS u(id, hash, source, title, lang, published, author, text, chars, paras, nsent, ingested)
		ON CONFLICT DO NOTHING
		RETURNING id`,
		ids, hashes, sources, titles, langs, published, authors, texts, chars, paras, nsent, ingested)
	if err != nil {
		return nil, fmt.Errorf("insert documents: %w", err)
	}
	got, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("insert documents: %w", err)
	}
	added := make(map[string]bool, len(got))
	for _, id := range got {
		added[id] = true
	}
	// A conflict on either key means the text is stored, unless two texts
	// share the 64-bit id prefix of their hashes: that must not pass as
	// "already present". (ON CONFLICT names no key: a writer inserting the
	// same document at the same time may hit either unique index first.)
	var missing []string
	for _, id := range ids {
		if !added[id] {
			missing = append(missing, id)
		}
	}
	if len(missing) > 0 {
		rows, err := tx.Query(ctx, `SELECT id, hash FROM documents WHERE id = ANY($1::text[])`, missing)
		if err != nil {
			return nil, fmt.Errorf("check present documents: %w", err)
		}
		stored := map[string]string{}
		var id, hash string
		if _, err := pgx.ForEachRow(rows, []any{&id, &hash}, func() error { stored[id] = hash; return nil }); err != nil {
			return nil, fmt.Errorf("check present documents: %w", err)
		}
		for j, id := range ids {
			if !added[id] && stored[id] != hashes[j] {
				return nil, fmt.Errorf("document %s (%s): its id is taken by another text", id, sources[j])
			}
		}
	}
	return added, nil
}

// sentencesPerInsert bounds the arrays of one sentence insert.
const sentencesPerInsert = 5000

// insertSentences writes the sentences of the documents with their
// tsvectors, many to a statement. The sentence text goes to PostgreSQL only
// to be indexed: the stored document text is the one copy.
func insertSentences(ctx context.Context, tx pgx.Tx, docs []*dossier.Document) error {
	var (
		docIDs, langs, texts []string
		idx, starts, ends    []int32
	)
	flush := func() error {
		if len(docIDs) == 0 {
			return nil
		}
		_, err := tx.Exec(ctx, `INSERT INTO sentences (doc_id, idx, start_byte, end_byte, lang, tsv)
			SELECT u.doc_id, u.idx, u.s, u.e, u.lang, to_tsvector(dossier_tsconfig(u.lang), u.t)
			FROM unnest($1::text[], $2::int4[], $3::int4[], $4::int4[], $5::text[], $6::text[]) AS u(doc_id, idx, s, e, lang, t)`,
			docIDs, idx, starts, ends, langs, texts)
		docIDs, idx, starts, ends, langs, texts = docIDs[:0], idx[:0], starts[:0], ends[:0], langs[:0], texts[:0]
		if err != nil {
			return fmt.Errorf("insert sentences: %w", err)
		}
		return nil
	}
	for _, d := range docs {
		for j, s := range d.Sentences {
			docIDs = append(docIDs, d.ID)
			idx = append(idx, int32(j))
			starts, ends = append(starts, int32(s.Start)), append(ends, int32(s.End))
			langs = append(langs, clean(s.Lang))
			texts = append(texts, d.Text[s.Start:s.End])
			if len(docIDs) >= sentencesPerInsert {
				if err := flush(); err != nil {
					return err
				}
			}
		}
	}
	return flush()
}

// validate adds to the stores' checks what PostgreSQL needs: no NUL in
// the text, and sentences that do not split a character, since search cuts
// them out of the text in SQL, which refuses half a character.
func validate(d *dossier.Document) error {
	if err := sqlstore.Validate(d); err != nil {
		return err
	}
	if strings.IndexByte(d.Text, 0) >= 0 {
		// normalisation removes control characters
		return errors.New("text contains a NUL character")
	}
	for _, s := range d.Sentences {
		if !boundary(d.Text, s.Start) || !boundary(d.Text, s.End) {
			return fmt.Errorf("sentence span [%d,%d) splits a character", s.Start, s.End)
		}
	}
	return nil
}

func boundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

// clean makes metadata (titles, names, labels) storable: PostgreSQL text
// holds neither NUL characters nor invalid UTF-8, which SQLite takes. No
// offset points into these strings.
func clean(s string) string {
	if strings.IndexByte(s, 0) < 0 && utf8.ValidString(s) {
		return s
	}
	return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "")
}

const docColumns = `id, hash, source, title, lang, published, author, ingested_at`

func scanDoc(sc pgx.Row, extra ...any) (*dossier.Document, error) {
	var d dossier.Document
	var published *string
	dest := append([]any{&d.ID, &d.Hash, &d.Source, &d.Title, &d.Lang, &published, &d.Author, &d.IngestedAt}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return nil, err
	}
	if published != nil {
		d.Published = *published
	}
	d.IngestedAt = d.IngestedAt.UTC()
	return &d, nil
}

// Document implements dossier.Store.
func (s *Store) Document(ctx context.Context, id string) (*dossier.Document, error) {
	id = strings.ToLower(strings.TrimSpace(id))
	if id == "" || strings.IndexByte(id, 0) >= 0 || !utf8.ValidString(id) {
		return nil, dossier.ErrNotFound // PostgreSQL text holds neither
	}
	// A range of the primary key's index, which a generic plan of the
	// prepared statement uses too (one with LIKE read every id).
	lo, hi := sqlstore.IDRange(id)
	rows, err := s.pool.Query(ctx, `SELECT `+docColumns+`, text, paragraphs FROM documents
		WHERE id >= $1 AND id < $2 ORDER BY id LIMIT 2`, lo, hi)
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	var found []*dossier.Document
	for rows.Next() {
		var body string
		var paras []byte
		d, err := scanDoc(rows, &body, &paras)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("document %s: %w", id, err)
		}
		d.Text = body
		d.Chars = utf8.RuneCountInString(body)
		if d.Paragraphs, err = sqlstore.DecodeParagraphs(paras); err != nil {
			rows.Close()
			return nil, fmt.Errorf("document %s: paragraphs: %w", id, err)
		}
		found = append(found, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	switch {
	case len(found) == 0:
		return nil, dossier.ErrNotFound
	case len(found) > 1:
		if i := slices.IndexFunc(found, func(d *dossier.Document) bool { return d.ID == id }); i >= 0 {
			found[0] = found[i]
		} else {
			return nil, fmt.Errorf("document %s: the id prefix is ambiguous", id)
		}
	}
	d := found[0]
	srows, err := s.pool.Query(ctx, `SELECT start_byte, end_byte, lang FROM sentences WHERE doc_id = $1 ORDER BY idx`, d.ID)
	if err != nil {
		return nil, fmt.Errorf("sentences of %s: %w", d.ID, err)
	}
	d.Sentences, err = pgx.CollectRows(srows, func(r pgx.CollectableRow) (dossier.Sentence, error) {
		var sent dossier.Sentence
		err := r.Scan(&sent.Start, &sent.End, &sent.Lang)
		return sent, err
	})
	if err != nil {
		return nil, fmt.Errorf("sentences of %s: %w", d.ID, err)
	}
	return d, sqlstore.LoadAnalyses(ctx, s, s.entities, d)
}

// entities reads the entities with the given ids, in id order.
func (s *Store) entities(ctx context.Context, ids []string) ([]dossier.Entity, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, name, kind, country, wikidata, aliases FROM entities WHERE id = ANY($1) ORDER BY id`, ids)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (dossier.Entity, error) { return scanEntity(r) })
}

// Documents implements dossier.Store.
func (s *Store) Documents(ctx context.Context, f dossier.DocumentFilter) ([]*dossier.Document, error) {
	var w sqlstore.Where
	sqlstore.Documents(&w, f, "strpos(source, ?) > 0")
	q := `SELECT ` + docColumns + `, chars FROM documents` + w.Numbered() +
		` ORDER BY published IS NULL, published DESC, source, id` + limitClause(f.Limit, f.Offset)
	rows, err := s.pool.Query(ctx, q, cleanArgs(&w)...)
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (*dossier.Document, error) {
		var chars int
		d, err := scanDoc(r, &chars)
		if d != nil {
			d.Chars = chars // the text itself is not loaded for a listing
		}
		return d, err
	})
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	return out, nil
}

// HasHash reports whether a document with this text hash is stored, so
// that ingest analyses only what is new (pipeline.HashChecker).
func (s *Store) HasHash(ctx context.Context, hash string) (bool, error) {
	var has bool
	if err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM documents WHERE hash = $1)`, hash).Scan(&has); err != nil {
		return false, fmt.Errorf("look up document %s: %w", hash, err)
	}
	return has, nil
}

// CountDocuments implements dossier.Store.
func (s *Store) CountDocuments(ctx context.Context) (int, error) {
	var n int
	err := s.pool.QueryRow(ctx, `SELECT count(*) FROM documents`).Scan(&n)
	return n, err
}
