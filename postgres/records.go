package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/aggregate"
	"github.com/dossier-news/dossier/internal/sqlstore"
)

// insertAnalyses writes what the analysers found in the documents: time
// expressions, mentions and events with COPY, and the entities they refer
// to, whose rows every document that names them shares.
func insertAnalyses(ctx context.Context, tx pgx.Tx, docs []*dossier.Document) error {
	var timexes, mentions, events [][]any
	for _, d := range docs {
		for i, t := range d.Timexes {
			timexes = append(timexes, []any{d.ID, int32(i), int32(t.Start), int32(t.End), clean(t.Text), clean(t.Type), clean(t.Value),
				clean(t.Mod), clean(t.Granularity), clean(t.Rule), clean(t.Anchor)})
		}
		for i, m := range d.Mentions {
			mentions = append(mentions, []any{d.ID, int32(i), int32(m.Start), int32(m.End), clean(m.Text), clean(m.Entity),
				clean(m.Class), clean(m.Sector), clean(m.Via), m.Confidence})
		}
		for i, e := range d.Events {
			qs := make([]dossier.Quantity, len(e.Quantities))
			for j, q := range e.Quantities {
				q.Unit, q.Modifier, q.Text = clean(q.Unit), clean(q.Modifier), clean(q.Text)
				qs[j] = q
			}
			q, err := json.Marshal(qs)
			if err != nil {
				return fmt.Errorf("document %s: event %s quantities: %w", d.ID, e.ID, err)
			}
			var dv, from, to *string
			var dg, dt string
			if e.Date != nil {
				v := clean(e.Date.Value)
				dv, dg, dt = &v, clean(e.Date.Granularity), clean(e.Date.Text)
			}
			// the days the date covers, for finding the events a new one
			// may be a report of the same story as
			if f, t, ok := aggregate.Bounds(e.Date); ok {
				from, to = &f, &t
			}
			events = append(events, []any{clean(e.ID), d.ID, int32(i), clean(e.Type), clean(e.Mode), clean(e.Actor), clean(e.Target),
				clean(e.ActorSector), clean(e.TargetSector), clean(e.Location), clean(e.Source), dv, dg, dt, clean(e.Modality),
				string(q), int32(e.Trigger.Start), int32(e.Trigger.End), int32(e.Evidence.Start), int32(e.Evidence.End), e.Confidence, from, to})
		}
	}
	copies := []struct {
		table string
		cols  []string
		rows  [][]any
	}{
		{"timexes", []string{"doc_id", "idx", "start_byte", "end_byte", "text", "type", "value", "mod", "granularity", "rule", "anchor"}, timexes},
		{"mentions", []string{"doc_id", "idx", "start_byte", "end_byte", "text", "entity", "class", "sector", "via", "confidence"}, mentions},
		{"events", []string{"id", "doc_id", "idx", "type", "mode", "actor", "target", "actor_sector", "target_sector", "location", "source",
			"date_value", "date_gran", "date_text", "modality", "quantities", "trigger_start", "trigger_end", "evidence_start", "evidence_end", "confidence", "date_from", "date_to"}, events},
	}
	for _, c := range copies {
		if len(c.rows) == 0 {
			continue
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{c.table}, c.cols, pgx.CopyFromRows(c.rows)); err != nil {
			return fmt.Errorf("copy %s: %w", c.table, err)
		}
	}
	return insertEntities(ctx, tx, docs)
}

// insertEntities adds the entities the documents name. The first
// description of an entity stays: the first document of the batch that
// describes it, unless another batch committed one before. They are
// inserted by id so that concurrent batches lock shared rows in the same
// order.
func insertEntities(ctx context.Context, tx pgx.Tx, docs []*dossier.Document) error {
	seen := map[string]bool{}
	var ents []dossier.Entity
	for _, d := range docs {
		for _, e := range d.Entities {
			e.ID = clean(e.ID)
			if !seen[e.ID] {
				seen[e.ID] = true
				ents = append(ents, e)
			}
		}
	}
	if len(ents) == 0 {
		return nil
	}
	slices.SortFunc(ents, func(a, b dossier.Entity) int { return strings.Compare(a.ID, b.ID) })
	n := len(ents)
	ids, names, kinds, countries, qids, aliases := make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	for i, e := range ents {
		al := make([]string, len(e.Aliases))
		for j, a := range e.Aliases {
			al[j] = clean(a)
		}
		a, err := json.Marshal(al)
		if err != nil {
			return fmt.Errorf("entity %s aliases: %w", e.ID, err)
		}
		ids[i], names[i], kinds[i], countries[i], qids[i], aliases[i] = e.ID, clean(e.Name), clean(string(e.Kind)), clean(e.Country), clean(e.Wikidata), string(a)
	}
	_, err := tx.Exec(ctx, `INSERT INTO entities (id, name, kind, country, wikidata, aliases)
		SELECT u.id, u.name, u.kind, u.country, u.wikidata, u.aliases::jsonb
		FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS u(id, name, kind, country, wikidata, aliases)
		ON CONFLICT (id) DO NOTHING`, ids, names, kinds, countries, qids, aliases)
	if err != nil {
		return fmt.Errorf("insert entities: %w", err)
	}
	return nil
}

// cleanArgs returns a clause's arguments with NULs taken out of strings:
// a NUL matches nothing stored, and PostgreSQL refuses it.
func cleanArgs(w *sqlstore.Where) []any {
	args := slices.Clone(w.Args())
	for i, a := range args {
		if s, ok := a.(string); ok {
			args[i] = clean(s)
		}
	}
	return args
}

func limitClause(limit, offset int) string {
	s := ""
	if limit > 0 {
		s = fmt.Sprintf(" LIMIT %d", limit)
	}
	if offset > 0 {
		s += fmt.Sprintf(" OFFSET %d", offset)
	}
	return s
}

// querier is what the pool and a transaction both offer.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

// rowsSeq adapts a query to an iterator; scan reads one row.
func rowsSeq[T any](ctx context.Context, db querier, q string, args []any, scan func(pgx.Rows) (T, error)) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		var zero T
		rows, err := db.Query(ctx, q, args...)
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

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// recordOrder lists records as the SQLite store does: documents by
// publication date, undated last, then by id; records by position.
const recordOrder = ` ORDER BY d.published IS NULL, d.published, d.id, `

// Timexes implements dossier.Store.
func (s *Store) Timexes(ctx context.Context, f dossier.Filter) iter.Seq2[dossier.TimexRecord, error] {
	var w sqlstore.Where
	sqlstore.Records(&w, f, "t")
	q := `SELECT d.id, d.source, d.published, t.start_byte, t.end_byte, t.text, t.type, t.value, t.mod, t.granularity, t.rule, t.anchor
		FROM timexes t JOIN documents d ON d.id = t.doc_id` + w.Numbered() + recordOrder + `t.idx` + limitClause(f.Limit, f.Offset)
	return rowsSeq(ctx, s.pool, q, cleanArgs(&w), func(r pgx.Rows) (dossier.TimexRecord, error) {
		var t dossier.TimexRecord
		var pub *string
		err := r.Scan(&t.Doc.ID, &t.Doc.Source, &pub, &t.Start, &t.End, &t.Text, &t.Type, &t.Value, &t.Mod, &t.Granularity, &t.Rule, &t.Anchor)
		t.Doc.Published = deref(pub)
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
	q := `SELECT d.id, d.source, d.published, m.start_byte, m.end_byte, m.text, m.entity, m.class, m.sector, m.via, m.confidence
		FROM mentions m JOIN documents d ON d.id = m.doc_id` + w.Numbered() + recordOrder + `m.idx` + limitClause(f.Limit, f.Offset)
	return rowsSeq(ctx, s.pool, q, cleanArgs(&w), func(r pgx.Rows) (dossier.MentionRecord, error) {
		var m dossier.MentionRecord
		var pub *string
		err := r.Scan(&m.Doc.ID, &m.Doc.Source, &pub, &m.Start, &m.End, &m.Text, &m.Entity, &m.Class, &m.Sector, &m.Via, &m.Confidence)
		m.Doc.Published = deref(pub)
		return m, err
	})
}

// Events implements dossier.Store.
func (s *Store) Events(ctx context.Context, f dossier.Filter) iter.Seq2[dossier.EventRecord, error] {
	var w sqlstore.Where
	sqlstore.Events(&w, f)
	return queryEvents(ctx, s.pool, w.Numbered(), cleanArgs(&w), limitClause(f.Limit, f.Offset))
}

// queryEvents lists events matching a WHERE clause (over events e and
// documents d), in document order.
func queryEvents(ctx context.Context, db querier, where string, args []any, limit string) iter.Seq2[dossier.EventRecord, error] {
	q := `SELECT ` + eventColumns + ` FROM events e JOIN documents d ON d.id = e.doc_id` + where + recordOrder + `e.idx` + limit
	return rowsSeq(ctx, db, q, args, func(r pgx.Rows) (dossier.EventRecord, error) { return scanEvent(r) })
}

// eventColumns are what scanEvent reads of an event e and its document d.
// The evidence is cut out of the text as bytes (the offsets are byte
// offsets; substring on text would count characters) and made a string
// in scanEvent, where a span that splits a character cannot fail the query.
const eventColumns = `d.id, d.source, d.published, d.lang,
	substring(convert_to(d.text, 'UTF8') FROM e.evidence_start + 1 FOR e.evidence_end - e.evidence_start),
	e.id, e.type, e.mode, e.actor, e.target, e.actor_sector, e.target_sector,
	e.location, e.source, e.date_value, e.date_gran, e.date_text, e.modality, e.quantities, e.trigger_start, e.trigger_end,
	e.evidence_start, e.evidence_end, e.confidence`

// scanEvent scans the columns of eventColumns, after the extra ones a
// query selects before them.
func scanEvent(r pgx.Rows, extra ...any) (dossier.EventRecord, error) {
	var e dossier.EventRecord
	var pub, dateValue *string
	var evidence, quantities []byte
	var dateGran, dateText string
	dest := append(extra, &e.Doc.ID, &e.Doc.Source, &pub, &e.Lang, &evidence, &e.ID, &e.Type, &e.Mode, &e.Actor, &e.Target, &e.ActorSector, &e.TargetSector,
		&e.Location, &e.Source, &dateValue, &dateGran, &dateText, &e.Modality, &quantities, &e.Trigger.Start, &e.Trigger.End,
		&e.Evidence.Start, &e.Evidence.End, &e.Confidence)
	if err := r.Scan(dest...); err != nil {
		return e, err
	}
	e.Doc.Published = deref(pub)
	e.EvidenceText = string(evidence)
	if dateValue != nil {
		e.Date = &dossier.EventDate{Value: *dateValue, Granularity: dateGran, Text: dateText}
	}
	if err := json.Unmarshal(quantities, &e.Quantities); err != nil {
		return e, fmt.Errorf("event %s quantities: %w", e.ID, err)
	}
	return e, nil
}

func scanEntity(r pgx.Row) (dossier.Entity, error) {
	var e dossier.Entity
	var kind string
	var aliases []byte
	if err := r.Scan(&e.ID, &e.Name, &kind, &e.Country, &e.Wikidata, &aliases); err != nil {
		return e, err
	}
	e.Kind = dossier.EntityKind(kind)
	if err := json.Unmarshal(aliases, &e.Aliases); err != nil {
		return e, fmt.Errorf("entity %s aliases: %w", e.ID, err)
	}
	if e.Aliases == nil {
		e.Aliases = []string{}
	}
	return e, nil
}

// Entity implements dossier.Store.
func (s *Store) Entity(ctx context.Context, id string) (dossier.Entity, error) {
	e, err := scanEntity(s.pool.QueryRow(ctx, `SELECT id, name, kind, country, wikidata, aliases FROM entities WHERE id = $1`, clean(id)))
	if errors.Is(err, pgx.ErrNoRows) {
		return e, dossier.ErrNotFound
	}
	return e, err
}

// Entities implements dossier.Store.
func (s *Store) Entities(ctx context.Context, f dossier.Filter) iter.Seq2[dossier.Entity, error] {
	q := `SELECT id, name, kind, country, wikidata, aliases FROM entities ORDER BY id` + limitClause(f.Limit, f.Offset)
	return rowsSeq(ctx, s.pool, q, nil, func(r pgx.Rows) (dossier.Entity, error) { return scanEntity(r) })
}
