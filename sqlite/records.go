package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/aggregate"
	"github.com/dossier-news/dossier/internal/sqlstore"
)

// insertAnalyses writes what the analysers found in documents: time
// expressions, mentions, events, and the entities they refer to. The rows of
// all the documents go many to a statement: preparing a statement per
// document and table cost more than the rows.
func insertAnalyses(ctx context.Context, tx *wtx, docs []*dossier.Document) error {
	type at struct{ doc, i int } // a record: its document and index there
	var tms, mts, evs []at
	for k, d := range docs {
		for i := range d.Events {
			evs = append(evs, at{k, i})
		}
	}
	// Time expressions and mentions go in the order of their tables' keys
	// (document id, index): consecutive rows then land on the same leaf
	// page, which stays in cache, rather than on one page of the b-tree
	// after another. The tables have no rowid, so the order of the INSERTs
	// changes nothing stored. Events keep the batch's order: their rowids
	// follow it.
	ids := boxedIDs(docs)
	byID := make([]int, len(docs))
	for k := range byID {
		byID[k] = k
	}
	slices.SortFunc(byID, func(a, b int) int { return strings.Compare(docs[a].ID, docs[b].ID) })
	for _, k := range byID {
		d := docs[k]
		for i := range d.Timexes {
			tms = append(tms, at{k, i})
		}
		for i := range d.Mentions {
			mts = append(mts, at{k, i})
		}
	}
	// OR IGNORE, where no row can conflict (the rows are those of
	// documents this transaction has just written, or whose rows it has
	// just deleted; their values are never NULL): a multi-row INSERT that
	// might fail midway makes SQLite keep a statement journal, a copy of
	// every page the statement changes, so that it could undo the
	// statement alone; one that cannot fail needs none.
	if err := insertRows(ctx, tx, `INSERT OR IGNORE INTO timexes (doc_id, idx, start, end, text, type, value, mod, granularity, rule, anchor) VALUES `,
		11, len(tms), func(args []any, j int) []any {
			k, i := tms[j].doc, tms[j].i
			t := docs[k].Timexes[i]
			return append(args, ids[k], int64(i), int64(t.Start), int64(t.End), t.Text, t.Type, t.Value, t.Mod, t.Granularity, t.Rule, t.Anchor)
		}); err != nil {
		return fmt.Errorf("time expressions: %w", err)
	}
	if err := insertRows(ctx, tx, `INSERT OR IGNORE INTO mentions (doc_id, idx, start, end, text, entity, class, sector, via, confidence) VALUES `,
		10, len(mts), func(args []any, j int) []any {
			k, i := mts[j].doc, mts[j].i
			m := docs[k].Mentions[i]
			return append(args, ids[k], int64(i), int64(m.Start), int64(m.End), m.Text, m.Entity, m.Class, m.Sector, m.Via, m.Confidence)
		}); err != nil {
		return fmt.Errorf("mentions: %w", err)
	}
	var qerr error
	if err := insertRows(ctx, tx, `INSERT INTO events (id, doc_id, idx, type, mode, actor, target, actor_sector, target_sector, location, source,
		date_value, date_gran, date_text, modality, quantities, trigger_start, trigger_end, evidence_start, evidence_end, confidence,
		date_from, date_to) VALUES `,
		23, len(evs), func(args []any, j int) []any {
			k, i := evs[j].doc, evs[j].i
			e := docs[k].Events[i]
			q, err := quantitiesJSON(e.Quantities)
			if err != nil {
				qerr = err
			}
			var dv any
			var dg, dt string
			if e.Date != nil {
				dv, dg, dt = e.Date.Value, e.Date.Granularity, e.Date.Text
			}
			var from, to any
			if f, t, ok := aggregate.Bounds(e.Date); ok {
				from, to = f, t
			}
			return append(args, e.ID, ids[k], int64(i), e.Type, e.Mode, e.Actor, e.Target, e.ActorSector, e.TargetSector, e.Location, e.Source,
				dv, dg, dt, e.Modality, q, int64(e.Trigger.Start), int64(e.Trigger.End), int64(e.Evidence.Start), int64(e.Evidence.End), e.Confidence, from, to)
		}); err != nil || qerr != nil {
		return fmt.Errorf("events: %w", errors.Join(err, qerr))
	}
	// An entity row is shared by every document that names it: the first
	// description stays, later ones are ignored (a KB release can update
	// them through reindex). The id is the table's one constraint, so OR
	// IGNORE is ON CONFLICT (id) DO NOTHING, without the statement journal
	// the NOT NULL checks' ABORT would need.
	seen := map[string]bool{}
	var ents []dossier.Entity
	for _, d := range docs {
		for _, e := range d.Entities {
			if !seen[e.ID] {
				seen[e.ID] = true
				ents = append(ents, e)
			}
		}
	}
	// In the table's order, as the other tables' rows: each id is in the
	// batch once, so the order decides nothing stored, and the inserts
	// (or, for an id stored before, the look-ups) walk the b-tree leaf by
	// leaf instead of jumping from one to another.
	slices.SortFunc(ents, func(x, y dossier.Entity) int { return strings.Compare(x.ID, y.ID) })
	if err := insertRows(ctx, tx, `INSERT OR IGNORE INTO entities (id, name, kind, country, wikidata, aliases) VALUES `,
		6, len(ents), func(args []any, i int) []any {
			e := ents[i]
			return append(args, e.ID, e.Name, string(e.Kind), e.Country, e.Wikidata, aliasesJSON(e.Aliases))
		}); err != nil {
		return fmt.Errorf("entities: %w", err)
	}
	return nil
}

// aliasesJSON is an entity's aliases column. Most entities a batch
// writes (the recogniser's) have none: their "[]" needs no encoder.
func aliasesJSON(aliases []string) string {
	if len(aliases) == 0 {
		return "[]"
	}
	a, _ := appendJSONList(nil, aliases)
	return string(a)
}

// quantitiesJSON is an event's quantities column; most events have none,
// whose "[]" needs no encoder.
func quantitiesJSON(q []dossier.Quantity) (string, error) {
	if len(q) == 0 {
		return "[]", nil
	}
	b, err := json.Marshal(q)
	return string(b), err
}

// limitClause pages a list; SQLite needs a LIMIT (-1: none) before an OFFSET.
func limitClause(limit, offset int) string {
	if limit <= 0 {
		limit = -1
	}
	return fmt.Sprintf(" LIMIT %d OFFSET %d", limit, max(offset, 0))
}

// queryer is what both *sql.DB and *sql.Tx offer.
type queryer interface {
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
}

// rowsSeq adapts a query to an iterator; scan reads one row.
func rowsSeq[T any](ctx context.Context, db queryer, q string, args []any, scan func(*sql.Rows) (T, error)) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		var zero T
		rows, err := db.QueryContext(ctx, q, args...)
		if err != nil {
			yield(zero, err)
			return
		}
		defer rows.Close()
		for rows.Next() {
			v, err := scan(rows)
			if !yield(v, err) || err != nil {
				return
			}
		}
		if err := rows.Err(); err != nil {
			yield(zero, err)
		}
	}
}

func scanRef(published sql.NullString, ref *dossier.DocRef) {
	ref.Published = published.String
}

// Timexes implements dossier.Store.
func (s *Store) Timexes(ctx context.Context, f dossier.Filter) iter.Seq2[dossier.TimexRecord, error] {
	var w sqlstore.Where
	sqlstore.Records(&w, f, "t")
	q := `SELECT d.id, d.source, d.published, t.start, t.end, t.text, t.type, t.value, t.mod, t.granularity, t.rule, t.anchor
		FROM timexes t JOIN documents d ON d.id = t.doc_id` + w.String() + ` ORDER BY d.published IS NULL, d.published, d.id, t.idx` + limitClause(f.Limit, f.Offset)
	return rowsSeq(ctx, s.db, q, w.Args(), func(r *sql.Rows) (dossier.TimexRecord, error) {
		var t dossier.TimexRecord
		var pub sql.NullString
		err := r.Scan(&t.Doc.ID, &t.Doc.Source, &pub, &t.Start, &t.End, &t.Text, &t.Type, &t.Value, &t.Mod, &t.Granularity, &t.Rule, &t.Anchor)
		scanRef(pub, &t.Doc)
		return t, err
	})
}

// Mentions implements dossier.Store.
func (s *Store) Mentions(ctx context.Context, f dossier.Filter) iter.Seq2[dossier.MentionRecord, error] {
	var w sqlstore.Where
	sqlstore.Records(&w, f, "m")
	if f.Entity != "" {
		w.Add("m.entity = ?", f.Entity)
	}
	q := `SELECT d.id, d.source, d.published, m.start, m.end, m.text, m.entity, m.class, m.sector, m.via, m.confidence
		FROM mentions m JOIN documents d ON d.id = m.doc_id` + w.String() + ` ORDER BY d.published IS NULL, d.published, d.id, m.idx` + limitClause(f.Limit, f.Offset)
	return rowsSeq(ctx, s.db, q, w.Args(), func(r *sql.Rows) (dossier.MentionRecord, error) {
		var m dossier.MentionRecord
		var pub sql.NullString
		err := r.Scan(&m.Doc.ID, &m.Doc.Source, &pub, &m.Start, &m.End, &m.Text, &m.Entity, &m.Class, &m.Sector, &m.Via, &m.Confidence)
		scanRef(pub, &m.Doc)
		return m, err
	})
}

// Events implements dossier.Store.
func (s *Store) Events(ctx context.Context, f dossier.Filter) iter.Seq2[dossier.EventRecord, error] {
	var w sqlstore.Where
	sqlstore.Events(&w, f)
	return queryEvents(ctx, s.db, w.String(), w.Args(), limitClause(f.Limit, f.Offset))
}

// queryEvents lists events matching a WHERE clause (over events e and
// documents d), in document order.
func queryEvents(ctx context.Context, db queryer, where string, args []any, limit string) iter.Seq2[dossier.EventRecord, error] {
	// The evidence is cut out of the text as bytes (offsets are byte offsets;
	// substr on TEXT would count characters).
	q := `SELECT d.id, d.source, d.published, d.lang,
		CAST(substr(CAST(d.text AS BLOB), e.evidence_start + 1, e.evidence_end - e.evidence_start) AS TEXT), e.id, e.type, e.mode, e.actor, e.target, e.actor_sector, e.target_sector,
		e.location, e.source, e.date_value, e.date_gran, e.date_text, e.modality, e.quantities, e.trigger_start, e.trigger_end,
		e.evidence_start, e.evidence_end, e.confidence
		FROM events e JOIN documents d ON d.id = e.doc_id` + where + ` ORDER BY d.published IS NULL, d.published, d.id, e.idx` + limit
	return rowsSeq(ctx, db, q, args, func(r *sql.Rows) (dossier.EventRecord, error) {
		var e dossier.EventRecord
		var pub, dateValue sql.NullString
		var quantities, dateGran, dateText string
		err := r.Scan(&e.Doc.ID, &e.Doc.Source, &pub, &e.Lang, &e.EvidenceText, &e.ID, &e.Type, &e.Mode, &e.Actor, &e.Target, &e.ActorSector, &e.TargetSector,
			&e.Location, &e.Source, &dateValue, &dateGran, &dateText, &e.Modality, &quantities, &e.Trigger.Start, &e.Trigger.End,
			&e.Evidence.Start, &e.Evidence.End, &e.Confidence)
		if err != nil {
			return e, err
		}
		scanRef(pub, &e.Doc)
		if dateValue.Valid {
			e.Date = &dossier.EventDate{Value: dateValue.String, Granularity: dateGran, Text: dateText}
		}
		if err := json.Unmarshal([]byte(quantities), &e.Quantities); err != nil {
			return e, fmt.Errorf("event %s quantities: %w", e.ID, err)
		}
		return e, nil
	})
}

func scanEntity(r interface{ Scan(...any) error }) (dossier.Entity, error) {
	var e dossier.Entity
	var kind, aliases string
	if err := r.Scan(&e.ID, &e.Name, &kind, &e.Country, &e.Wikidata, &aliases); err != nil {
		return e, err
	}
	e.Kind = dossier.EntityKind(kind)
	if err := json.Unmarshal([]byte(aliases), &e.Aliases); err != nil {
		return e, fmt.Errorf("entity %s aliases: %w", e.ID, err)
	}
	return e, nil
}

// Entity implements dossier.Store.
func (s *Store) Entity(ctx context.Context, id string) (dossier.Entity, error) {
	e, err := scanEntity(s.db.QueryRowContext(ctx, `SELECT id, name, kind, country, wikidata, aliases FROM entities WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return e, dossier.ErrNotFound
	}
	return e, err
}

// Entities implements dossier.Store.
func (s *Store) Entities(ctx context.Context, f dossier.Filter) iter.Seq2[dossier.Entity, error] {
	q := `SELECT id, name, kind, country, wikidata, aliases FROM entities ORDER BY id` + limitClause(f.Limit, f.Offset)
	return rowsSeq(ctx, s.db, q, nil, func(r *sql.Rows) (dossier.Entity, error) { return scanEntity(r) })
}
