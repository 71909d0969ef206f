package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/aggregate"
	"github.com/dossier-news/dossier/internal/sqlstore"
	"github.com/dossier-news/dossier/text"
)

// aggTx implements aggregate.Tx on the transaction that adds documents.
type aggTx struct {
	tx *wtx
	// documents remembered but not yet written (see Remember), and their
	// ids by band and by entity
	pending  map[string]*pendingDoc
	byBand   map[uint64][]string
	byEntity map[string][]string
	// stored documents read for Candidates, decoded: in a batch on one
	// subject the same documents are candidates again and again
	stored map[string]aggregate.Candidate
	// what PrepareCandidates read of the tables for a batch, until the
	// next flush changes them
	prep *prepared
}

// prepared holds the rows of doc_bands and doc_entities a batch's
// Candidates calls ask for, read with one query each (see
// PrepareCandidates): the stored documents by band, for every band of the
// batch, and the doc_entities rows of the batch's entities published
// within [lo, hi]. A band or entity that is no key was not read.
type prepared struct {
	byBand   map[uint64][]string
	byEntity map[string][]entityRow // nil: not read
	lo, hi   string
	// oneLang: the batch's documents share the language lang, and the
	// rows of that language were not read (none can be the translation of
	// a document of the batch)
	oneLang bool
	lang    string
}

type entityRow struct{ published, doc, lang string }

// maxPreparedEntityRows bounds the doc_entities rows PrepareCandidates
// keeps; past it, translation candidates are queried document by document.
const maxPreparedEntityRows = 100000

// maxStoredCandidates bounds aggTx.stored (a rebuild goes through every
// document with one aggTx).
const maxStoredCandidates = 20000

var _ aggregate.CandidatesPreparer = (*aggTx)(nil)

func encodeSignature(sig aggregate.Signature) []byte {
	b := make([]byte, 4*len(sig))
	for i, v := range sig {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

func decodeSignature(b []byte) (aggregate.Signature, error) {
	var sig aggregate.Signature
	if len(b) != 4*len(sig) {
		return sig, fmt.Errorf("signature of %d bytes, want %d", len(b), 4*len(sig))
	}
	for i := range sig {
		sig[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return sig, nil
}

// Remember keeps the document's signature, bands and entities in memory
// until flush writes those of the whole batch: sorted and many to a
// statement, the rows of a batch go into the index b-trees page by page,
// where one document's rows at a time landed all over them (16 band rows and
// a row per entity, each a descent from the root and often a page split).
// Candidates consults the pending documents as it would the tables.
func (a *aggTx) Remember(ctx context.Context, c aggregate.Candidate) error {
	if a.pending == nil {
		a.pending = map[string]*pendingDoc{}
		a.byBand = map[uint64][]string{}
		a.byEntity = map[string][]string{}
	}
	if a.pending[c.ID] != nil {
		// Remembered twice (no store does that): write the first
		// description as it was, so that the tables' rules apply.
		if err := a.flush(ctx); err != nil {
			return err
		}
		return a.Remember(ctx, c)
	}
	delete(a.stored, c.ID) // its row is about to be replaced
	a.pending[c.ID] = &pendingDoc{c: c, id: c.ID}
	// A document is listed once under each of its bands and entities: a
	// band that recurs among its 16 is skipped (a look back is cheaper than
	// a set a document), and entitiesOf has no repeats (the keys of a map).
	bands := c.Signature.Bands()
	for i, b := range bands {
		if !slices.Contains(bands[:i], b) {
			a.byBand[b] = append(a.byBand[b], c.ID)
		}
	}
	for _, e := range entitiesOf(c) {
		a.byEntity[e] = append(a.byEntity[e], c.ID)
	}
	return nil
}

// pendingDoc is a remembered document not yet written.
type pendingDoc struct {
	c  aggregate.Candidate
	id any // c.ID as a parameter, boxed once for its many rows (see boxedIDs)
}

// flush writes the remembered documents, and forgets them.
func (a *aggTx) flush(ctx context.Context) error {
	if len(a.pending) == 0 {
		return nil
	}
	ids := slices.Sorted(maps.Keys(a.pending))
	sigs := make([][4]any, len(ids))
	var fp []byte
	var keys []string
	for i, id := range ids {
		p := a.pending[id]
		c := &p.c
		keys = keys[:0]
		for k := range c.Fingerprint {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		if len(c.Fingerprint) == 0 {
			keys = nil // as json.Marshal of slices.Sorted of no keys: null
		}
		var err error
		if fp, err = appendJSONList(fp[:0], keys); err != nil {
			return err
		}
		sigs[i] = [4]any{p.id, c.Lang, encodeSignature(c.Signature), string(fp)}
	}
	if err := insertRows(ctx, a.tx, `INSERT OR REPLACE INTO doc_signatures (doc_id, lang, signature, fingerprint) VALUES `, 4, len(sigs), func(args []any, i int) []any {
		return append(args, sigs[i][:]...)
	}); err != nil {
		return err
	}
	type band struct {
		band uint64
		doc  string
	}
	var bands []band
	for b, docs := range a.byBand {
		for _, d := range docs {
			bands = append(bands, band{b, d})
		}
	}
	// in the table's order (the band as a signed integer: all fit)
	slices.SortFunc(bands, func(x, y band) int {
		if c := cmp.Compare(int64(x.band), int64(y.band)); c != 0 {
			return c
		}
		return strings.Compare(x.doc, y.doc)
	})
	if err := insertRows(ctx, a.tx, `INSERT OR IGNORE INTO doc_bands (band, doc_id) VALUES `, 2, len(bands), func(args []any, i int) []any {
		return append(args, int64(bands[i].band), bands[i].doc)
	}); err != nil {
		return err
	}
	type entity struct {
		entity, published, doc, lang string
		id                           any // doc, boxed
	}
	var ents []entity
	for e, docs := range a.byEntity {
		for _, d := range docs {
			p := a.pending[d]
			ents = append(ents, entity{e, p.c.Published, d, p.c.Lang, p.id})
		}
	}
	slices.SortFunc(ents, func(x, y entity) int {
		return cmp.Or(strings.Compare(x.entity, y.entity), strings.Compare(x.published, y.published), strings.Compare(x.doc, y.doc))
	})
	if err := insertRows(ctx, a.tx, `INSERT OR IGNORE INTO doc_entities (entity, published, doc_id, lang) VALUES `, 4, len(ents), func(args []any, i int) []any {
		e := ents[i]
		return append(args, e.entity, e.published, e.id, e.lang)
	}); err != nil {
		return err
	}
	a.pending, a.byBand, a.byEntity = nil, nil, nil
	// The tables now hold rows that were not there when they were read
	// ahead: the rest of the batch queries them.
	a.prep = nil
	return nil
}

// PrepareCandidates implements aggregate.CandidatesPreparer: it reads the
// stored documents of all the batch's bands, and the doc_entities rows its
// translation candidates count, so that Candidates needs no query per
// document. Candidates still consults the pending documents as before, and
// falls back to its queries for whatever was not read.
func (a *aggTx) PrepareCandidates(ctx context.Context, docs []aggregate.Candidate) error {
	p := &prepared{byBand: map[uint64][]string{}}
	var bands []int64
	ents := map[string]bool{}
	first := true
	p.oneLang = true
	for _, c := range docs {
		for _, b := range c.Signature.Bands() {
			if _, ok := p.byBand[b]; !ok {
				p.byBand[b] = nil
				bands = append(bands, int64(b))
			}
		}
		es := entitiesOf(c)
		if len(es) < minSharedEntities {
			continue
		}
		lo, hi := translationWindow(c)
		if first {
			p.lang = c.Lang
		} else if c.Lang != p.lang {
			p.oneLang = false
		}
		if first || lo < p.lo {
			p.lo = lo
		}
		if first || hi > p.hi {
			p.hi = hi
		}
		first = false
		for _, e := range es {
			ents[e] = true
		}
	}
	if len(bands) > 0 {
		// A join driven by the list, in the table's order, rather than
		// "band IN (SELECT ...)": for an IN list SQLite first copies the
		// batch's thousands of bands into a temporary b-tree. Each band
		// is in the list once, and a band's documents come in the table's
		// order either way.
		slices.Sort(bands)
		list := appendJSONInts(make([]byte, 0, 21*len(bands)+2), bands)
		rows, err := a.tx.query(ctx, `SELECT b.band, b.doc_id FROM json_each(?) j CROSS JOIN doc_bands b ON b.band = j.value`, string(list))
		if err != nil {
			return err
		}
		for rows.Next() {
			var b int64
			var id string
			if err := rows.Scan(&b, &id); err != nil {
				rows.Close()
				return err
			}
			p.byBand[uint64(b)] = append(p.byBand[uint64(b)], id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	if len(ents) > 0 {
		list, err := jsonList(slices.Sorted(maps.Keys(ents)))
		if err != nil {
			return err
		}
		q := `SELECT entity, published, doc_id, lang FROM doc_entities
			WHERE entity IN (SELECT value FROM json_each(?)) AND published BETWEEN ? AND ?`
		args := []any{list, p.lo, p.hi}
		if p.oneLang {
			q += ` AND lang != ?`
			args = append(args, p.lang)
		}
		rows, err := a.tx.query(ctx, q+` LIMIT ?`, append(args, maxPreparedEntityRows+1)...)
		if err != nil {
			return err
		}
		p.byEntity = make(map[string][]entityRow, len(ents))
		for e := range ents {
			p.byEntity[e] = nil
		}
		n := 0
		for rows.Next() {
			var e string
			var r entityRow
			if err := rows.Scan(&e, &r.published, &r.doc, &r.lang); err != nil {
				rows.Close()
				return err
			}
			p.byEntity[e] = append(p.byEntity[e], r)
			n++
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if n > maxPreparedEntityRows {
			p.byEntity = nil
		}
	}
	a.prep = p
	return nil
}

// translationWindow is the range of publication days a document's
// translation candidates come from: both empty when its own is unknown.
func translationWindow(c aggregate.Candidate) (lo, hi string) {
	if t, err := time.Parse("2006-01-02", c.Published); err == nil {
		lo = t.AddDate(0, 0, -aggregate.TranslationWindow).Format("2006-01-02")
		hi = t.AddDate(0, 0, aggregate.TranslationWindow).Format("2006-01-02")
	}
	return lo, hi
}

// preparedBands adds to ids the stored documents sharing a band with
// bands, if PrepareCandidates read them all.
func (a *aggTx) preparedBands(bands []uint64, ids map[string]bool) bool {
	if a.prep == nil {
		return false
	}
	for _, b := range bands {
		if _, ok := a.prep.byBand[b]; !ok {
			return false
		}
	}
	for _, b := range bands {
		for _, id := range a.prep.byBand[b] {
			ids[id] = true
		}
	}
	return true
}

// preparedTranslations returns what the translation query (without its
// limit) would: the stored documents in another language than lang
// published within [lo, hi] that name at least minSharedEntities of ents,
// if PrepareCandidates read their rows.
func (a *aggTx) preparedTranslations(ents []string, lang, lo, hi string) (map[string]bool, bool) {
	p := a.prep
	if p == nil || p.byEntity == nil || lo < p.lo || hi > p.hi || (p.oneLang && lang != p.lang) {
		return nil, false
	}
	for _, e := range ents {
		if _, ok := p.byEntity[e]; !ok {
			return nil, false
		}
	}
	shared := map[string]int{}
	for _, e := range ents {
		for _, r := range p.byEntity[e] {
			if r.lang != lang && lo <= r.published && r.published <= hi {
				shared[r.doc]++
			}
		}
	}
	found := map[string]bool{}
	for id, n := range shared {
		if n >= minSharedEntities {
			found[id] = true
		}
	}
	return found, true
}

func entitiesOf(c aggregate.Candidate) []string {
	var out []string
	for k := range c.Fingerprint {
		if e, ok := strings.CutPrefix(k, "e:"); ok {
			out = append(out, e)
		}
	}
	slices.Sort(out)
	return out
}

// minSharedEntities: another-language document must name this many of the
// same entities to be compared as a possible translation.
const minSharedEntities = 3

// translationLimit bounds the other-language documents Candidates
// compares, those naming the most of the same entities.
const translationLimit = 100

func (a *aggTx) Candidates(ctx context.Context, c aggregate.Candidate) ([]aggregate.Candidate, error) {
	ids := map[string]bool{}
	bands := c.Signature.Bands()
	args := make([]any, len(bands))
	for i, b := range bands {
		args[i] = int64(b)
		for _, id := range a.byBand[b] {
			ids[id] = true
		}
	}
	if !a.preparedBands(bands, ids) {
		if err := collect(ctx, a.tx, `SELECT DISTINCT doc_id FROM doc_bands WHERE band IN (`+placeholders(len(args))+`)`, args, ids); err != nil {
			return nil, err
		}
	}
	if ents := entitiesOf(c); len(ents) >= minSharedEntities {
		if err := a.translationCandidates(ctx, c, ents, ids); err != nil {
			return nil, err
		}
	}
	delete(ids, c.ID)
	if len(ids) == 0 {
		return nil, nil
	}
	var out []aggregate.Candidate
	var stored []string
	for _, id := range slices.Sorted(maps.Keys(ids)) {
		if p := a.pending[id]; p != nil {
			o := p.c
			o.Published = "" // as read back from doc_signatures
			out = append(out, o)
		} else if o, ok := a.stored[id]; ok {
			out = append(out, o)
		} else {
			stored = append(stored, id)
		}
	}
	if len(stored) == 0 {
		return out, nil
	}
	if a.stored == nil || len(a.stored)+len(stored) > maxStoredCandidates {
		a.stored = map[string]aggregate.Candidate{}
	}
	list, err := jsonList(stored)
	if err != nil {
		return nil, err
	}
	rows, err := a.tx.query(ctx, `SELECT doc_id, lang, signature, fingerprint FROM doc_signatures WHERE doc_id IN (SELECT value FROM json_each(?))`, list)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var o aggregate.Candidate
		var sig []byte
		var fp string
		if err := rows.Scan(&o.ID, &o.Lang, &sig, &fp); err != nil {
			return nil, err
		}
		if o.Signature, err = decodeSignature(sig); err != nil {
			return nil, fmt.Errorf("document %s: %w", o.ID, err)
		}
		var keys []string
		if err := json.Unmarshal([]byte(fp), &keys); err != nil {
			return nil, fmt.Errorf("document %s fingerprint: %w", o.ID, err)
		}
		o.Fingerprint = aggregate.Fingerprint{}
		for _, k := range keys {
			o.Fingerprint[k] = true
		}
		a.stored[o.ID] = o
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	slices.SortFunc(out, func(x, y aggregate.Candidate) int { return strings.Compare(x.ID, y.ID) })
	return out, nil
}

// translationCandidates adds to ids the other-language documents of the
// same days that name at least minSharedEntities of the entities ents, at
// most translationLimit of them (those naming the most).
func (a *aggTx) translationCandidates(ctx context.Context, c aggregate.Candidate, ents []string, ids map[string]bool) error {
	lo, hi := translationWindow(c)
	// the pending documents, as the query below would count them
	shared := map[string]int{}
	for _, e := range ents {
		for _, id := range a.byEntity[e] {
			if p := a.pending[id].c; p.Lang != c.Lang && lo <= p.Published && p.Published <= hi {
				shared[id]++
			}
		}
	}
	var fromPending []string
	for id, n := range shared {
		if n >= minSharedEntities {
			fromPending = append(fromPending, id)
		}
	}
	list, err := jsonList(ents)
	if err != nil {
		return err
	}
	q := `SELECT doc_id FROM doc_entities WHERE entity IN (SELECT value FROM json_each(?)) AND published BETWEEN ? AND ? AND lang != ?
		GROUP BY doc_id HAVING count(*) >= ? ORDER BY count(*) DESC LIMIT `
	found, ok := a.preparedTranslations(ents, c.Lang, lo, hi)
	if !ok || len(found) > translationLimit+1 {
		// (Past the limit, which documents the query keeps is the
		// database's to say.)
		found = map[string]bool{}
		// one more than the limit, to tell whether it cut
		if err := collect(ctx, a.tx, q+strconv.Itoa(translationLimit+1), []any{list, lo, hi, c.Lang, minSharedEntities}, found); err != nil {
			return err
		}
	}
	if len(found)+len(fromPending) > translationLimit {
		// The limit cuts: which documents it keeps is the database's to
		// say, with the pending ones written.
		if err := a.flush(ctx); err != nil {
			return err
		}
		clear(found)
		fromPending = nil
		if err := collect(ctx, a.tx, q+strconv.Itoa(translationLimit), []any{list, lo, hi, c.Lang, minSharedEntities}, found); err != nil {
			return err
		}
	}
	for id := range found {
		ids[id] = true
	}
	for _, id := range fromPending {
		ids[id] = true
	}
	return nil
}

// collect adds the strings a query of fixed text returns to into.
func collect(ctx context.Context, tx *wtx, q string, args []any, into map[string]bool) error {
	rows, err := tx.query(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return err
		}
		into[id] = true
	}
	return rows.Err()
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

func (a *aggTx) Link(ctx context.Context, links [][3]string) ([]string, error) {
	if len(links) == 0 {
		return nil, nil
	}
	for _, l := range links {
		x, y := l[0], l[1]
		if y < x {
			x, y = y, x
		}
		if _, err := a.tx.exec(ctx, `INSERT INTO doc_links (a, b, kind) VALUES (?, ?, ?)
			ON CONFLICT (a, b) DO UPDATE SET kind = CASE WHEN excluded.kind = 'translation' THEN 'translation' ELSE doc_links.kind END`, x, y, l[2]); err != nil {
			return nil, err
		}
	}
	// Every document already grouped with an endpoint takes part in the
	// regrouping, with all the links among them.
	members := map[string]bool{}
	for _, l := range links {
		members[l[0]], members[l[1]] = true, true
	}
	endpoints := slices.Sorted(maps.Keys(members))
	eps, err := jsonList(endpoints)
	if err != nil {
		return nil, err
	}
	if err := collect(ctx, a.tx, `SELECT doc_id FROM doc_groups WHERE group_id IN (SELECT group_id FROM doc_groups WHERE doc_id IN (SELECT value FROM json_each(?)))`,
		[]any{eps}, members); err != nil {
		return nil, err
	}
	all := anys(slices.Sorted(maps.Keys(members)))
	rows, err := a.tx.tx.QueryContext(ctx, `SELECT a, b, kind FROM doc_links WHERE a IN (`+placeholders(len(all))+`) OR b IN (`+placeholders(len(all))+`)`, append(all, all...)...)
	if err != nil {
		return nil, err
	}
	var all3 [][3]string
	for rows.Next() {
		var l [3]string
		if err := rows.Scan(&l[0], &l[1], &l[2]); err != nil {
			rows.Close()
			return nil, err
		}
		all3 = append(all3, l)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	before := map[string][2]string{}
	brows, err := a.tx.tx.QueryContext(ctx, `SELECT doc_id, group_id, kind FROM doc_groups WHERE doc_id IN (`+placeholders(len(all))+`)`, all...)
	if err != nil {
		return nil, err
	}
	for brows.Next() {
		var d, g, k string
		if err := brows.Scan(&d, &g, &k); err != nil {
			brows.Close()
			return nil, err
		}
		before[d] = [2]string{g, k}
	}
	brows.Close()
	var changed []string
	for _, g := range aggregate.Group(all3) {
		for _, d := range g.Docs {
			if before[d.ID] == [2]string{g.ID, g.Kind} {
				continue
			}
			changed = append(changed, d.ID)
			if _, err := a.tx.exec(ctx, `INSERT OR REPLACE INTO doc_groups (doc_id, group_id, kind) VALUES (?, ?, ?)`, d.ID, g.ID, g.Kind); err != nil {
				return nil, err
			}
		}
	}
	slices.Sort(changed)
	return changed, nil
}

func (a *aggTx) GroupOf(ctx context.Context, docs []string) (map[string]string, error) {
	list, err := jsonList(docs)
	if err != nil {
		return nil, err
	}
	return stringPairs(a.tx.query(ctx, `SELECT doc_id, group_id FROM doc_groups WHERE doc_id IN (SELECT value FROM json_each(?))`, list))
}

func (a *aggTx) EventsOfDocs(ctx context.Context, docs []string) ([]dossier.EventRecord, error) {
	if len(docs) == 0 {
		return nil, nil
	}
	list, err := jsonList(docs)
	if err != nil {
		return nil, err
	}
	var out []dossier.EventRecord
	for e, err := range queryEvents(ctx, a.tx, ` WHERE e.doc_id IN (SELECT value FROM json_each(?))`, []any{list}, "") {
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// keyCondition selects the events of a key; symmetric types match both
// directions.
func keyCondition(k aggregate.Key) (string, []any) {
	if aggregate.Symmetric(k.Type) {
		return `e.type = ? AND ((e.actor = ? AND e.target = ?) OR (e.actor = ? AND e.target = ?))`, []any{k.Type, k.Actor, k.Target, k.Target, k.Actor}
	}
	return `e.type = ? AND e.actor = ? AND e.target = ?`, []any{k.Type, k.Actor, k.Target}
}

// keyEvents reads what merging needs of a key's events, and no more:
// stories keep event ids, not the reports' text, so neither evidence text
// nor quantities are read here (the evidence span is: one sentence is one
// report).
func (a *aggTx) keyEvents(ctx context.Context, k aggregate.Key, cond string, args ...any) ([]dossier.EventRecord, error) {
	kc, kargs := keyCondition(k)
	q := `SELECT e.id, e.doc_id, d.published, e.type, e.mode, e.actor, e.target, e.location, e.modality, e.date_value, e.date_gran,
		e.evidence_start, e.evidence_end
		FROM events e JOIN documents d ON d.id = e.doc_id WHERE ` + kc + ` AND ` + cond
	rows, err := a.tx.query(ctx, q, append(kargs, args...)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []dossier.EventRecord
	for rows.Next() {
		var e dossier.EventRecord
		var pub, dv sql.NullString
		var dg string
		if err := rows.Scan(&e.ID, &e.Doc.ID, &pub, &e.Type, &e.Mode, &e.Actor, &e.Target, &e.Location, &e.Modality, &dv, &dg,
			&e.Evidence.Start, &e.Evidence.End); err != nil {
			return nil, err
		}
		e.Doc.Published = pub.String
		if dv.Valid {
			e.Date = &dossier.EventDate{Value: dv.String, Granularity: dg}
		}
		if aggregate.KeyOf(e.Event) == k {
			out = append(out, e)
		}
	}
	return out, rows.Err()
}

var _ aggregate.BatchTx = (*aggTx)(nil)

// keyColumns are what keyEvents and eventsOfKeys read of an event.
const keyColumns = `e.id, e.doc_id, d.published, e.type, e.mode, e.actor, e.target, e.location, e.modality, e.date_value, e.date_gran,
	e.evidence_start, e.evidence_end`

func scanKeyEvent(rows *sql.Rows, extra ...any) (dossier.EventRecord, error) {
	var e dossier.EventRecord
	var pub, dv sql.NullString
	var dg string
	dest := append(extra, &e.ID, &e.Doc.ID, &pub, &e.Type, &e.Mode, &e.Actor, &e.Target, &e.Location, &e.Modality, &dv, &dg,
		&e.Evidence.Start, &e.Evidence.End)
	if err := rows.Scan(dest...); err != nil {
		return e, err
	}
	e.Doc.Published = pub.String
	if dv.Valid {
		e.Date = &dossier.EventDate{Value: dv.String, Granularity: dg}
	}
	return e, nil
}

// eventsOfKeys reads the events of many keys at once: each request is a
// JSON array [index, type, actor, target, from, to] (from and to only
// when dated), and a symmetric key asks in both directions, as
// keyCondition does. Rows go to their request's index, and only if their
// key is the request's (as keyEvents filters).
func (a *aggTx) eventsOfKeys(ctx context.Context, keys []aggregate.Key, windows []aggregate.Window) ([][]aggregate.BoundedEvent, error) {
	var reqs [][]any
	for i, k := range keys {
		add := func(actor, target string) {
			r := []any{i, k.Type, actor, target}
			if windows != nil {
				r = append(r, windows[i].From, windows[i].To)
			}
			reqs = append(reqs, r)
		}
		add(k.Actor, k.Target)
		if aggregate.Symmetric(k.Type) && k.Actor != k.Target {
			add(k.Target, k.Actor)
		}
	}
	list, err := json.Marshal(reqs)
	if err != nil {
		return nil, err
	}
	cond := `e.date_from IS NULL`
	if windows != nil {
		cond = `e.date_from <= q.hi AND e.date_to >= q.lo`
	}
	rows, err := a.tx.query(ctx, `SELECT q.i, e.date_from, e.date_to, `+keyColumns+`
		FROM (SELECT value ->> 0 AS i, value ->> 1 AS type, value ->> 2 AS actor, value ->> 3 AS target, value ->> 4 AS lo, value ->> 5 AS hi
			FROM json_each(?)) q
		JOIN events e ON e.type = q.type AND e.actor = q.actor AND e.target = q.target AND `+cond+`
		JOIN documents d ON d.id = e.doc_id`, string(list))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make([][]aggregate.BoundedEvent, len(keys))
	for rows.Next() {
		var i int
		var from, to sql.NullString
		e, err := scanKeyEvent(rows, &i, &from, &to)
		if err != nil {
			return nil, err
		}
		if i < 0 || i >= len(keys) {
			return nil, fmt.Errorf("event %s: request %d of %d", e.ID, i, len(keys))
		}
		if aggregate.KeyOf(e.Event) == keys[i] {
			out[i] = append(out[i], aggregate.BoundedEvent{EventRecord: e, From: from.String, To: to.String})
		}
	}
	return out, rows.Err()
}

func (a *aggTx) DatedEventsOf(ctx context.Context, reqs []aggregate.KeyWindow) ([][]aggregate.BoundedEvent, error) {
	return aggregate.EventsOfKeys(a.eventsOfKeys).DatedEventsOf(ctx, reqs)
}

func (a *aggTx) UndatedEventsOf(ctx context.Context, keys []aggregate.Key) ([][]dossier.EventRecord, error) {
	return aggregate.EventsOfKeys(a.eventsOfKeys).UndatedEventsOf(ctx, keys)
}

func (a *aggTx) DatedEvents(ctx context.Context, k aggregate.Key, w aggregate.Window) ([]dossier.EventRecord, error) {
	return a.keyEvents(ctx, k, `e.date_from <= ? AND e.date_to >= ?`, w.To, w.From)
}

func (a *aggTx) UndatedEvents(ctx context.Context, k aggregate.Key) ([]dossier.EventRecord, error) {
	return a.keyEvents(ctx, k, `e.date_from IS NULL`)
}

// storyRow is a row of the stories table.
type storyRow struct {
	id, key, typ, mode, actor, target, actorCountry, targetCountry, location string
	date                                                                     sql.NullString
	gran, text                                                               string
	reports                                                                  int
}

func (r *storyRow) args() []any {
	var dv any
	if r.date.Valid {
		dv = r.date.String
	}
	return []any{r.id, r.key, r.typ, r.mode, r.actor, r.target, r.actorCountry, r.targetCountry, r.location, dv, r.gran, r.text, r.reports}
}

// ReplaceStories writes only what changed: the stories of a batch's keys
// are mostly the ones already stored (a new report joins one story of its
// key, the others come out as they were), and deleting and inserting them
// again cost six b-tree writes a story (the table has five indexes). The
// tables end as deleting the old stories and inserting the new would leave
// them.
func (a *aggTx) ReplaceStories(ctx context.Context, events []string, stories []dossier.Story) error {
	old := map[string]bool{}
	evs, err := jsonList(events)
	if err != nil {
		return err
	}
	if err := collect(ctx, a.tx, `SELECT DISTINCT story_id FROM story_events WHERE event_id IN (SELECT value FROM json_each(?))`, []any{evs}, old); err != nil {
		return err
	}
	oldRows := map[string]storyRow{}
	oldPairs := map[string]string{} // event → story, of the old stories
	var oldIDs string
	if len(old) > 0 {
		if oldIDs, err = jsonList(slices.Sorted(maps.Keys(old))); err != nil {
			return err
		}
		rows, err := a.tx.query(ctx, `SELECT id, key, type, mode, actor, target, actor_country, target_country, location,
			date_value, date_gran, date_text, reports FROM stories WHERE id IN (SELECT value FROM json_each(?))`, oldIDs)
		if err != nil {
			return err
		}
		for rows.Next() {
			var r storyRow
			if err := rows.Scan(&r.id, &r.key, &r.typ, &r.mode, &r.actor, &r.target, &r.actorCountry, &r.targetCountry, &r.location,
				&r.date, &r.gran, &r.text, &r.reports); err != nil {
				rows.Close()
				return err
			}
			oldRows[r.id] = r
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if oldPairs, err = stringPairs(a.tx.query(ctx, `SELECT event_id, story_id FROM story_events WHERE story_id IN (SELECT value FROM json_each(?))`, oldIDs)); err != nil {
			return err
		}
	}
	countries, err := a.countries(ctx, stories)
	if err != nil {
		return err
	}
	kept := map[string]bool{}
	var inserts []storyRow
	for _, s := range stories {
		r := storyRow{id: s.ID, key: aggregate.Key{Type: s.Type, Actor: s.Actor, Target: s.Target}.String(), typ: s.Type, mode: s.Mode,
			actor: s.Actor, target: s.Target, actorCountry: countries[s.Actor], targetCountry: countries[s.Target], location: s.Location,
			reports: len(s.Reports)}
		if s.Date != nil {
			r.date = sql.NullString{String: s.Date.Value, Valid: true}
			r.gran, r.text = s.Date.Granularity, s.Date.Text
		}
		if o, ok := oldRows[r.id]; ok && o == r && !kept[r.id] {
			kept[r.id] = true
			continue
		}
		inserts = append(inserts, r)
	}
	var gone []string // old stories not kept as they are
	for id := range old {
		if !kept[id] {
			gone = append(gone, id)
		}
	}
	if len(gone) > 0 {
		list, err := jsonList(slices.Sorted(slices.Values(gone)))
		if err != nil {
			return err
		}
		if _, err := a.tx.exec(ctx, `DELETE FROM stories WHERE id IN (SELECT value FROM json_each(?))`, list); err != nil {
			return err
		}
	}
	if err := insertRows(ctx, a.tx, `INSERT INTO stories (id, key, type, mode, actor, target, actor_country, target_country, location,
		date_value, date_gran, date_text, reports) VALUES `,
		13, len(inserts), func(args []any, i int) []any { return append(args, inserts[i].args()...) }); err != nil {
		return err
	}
	// Each event's story, the last one naming it winning as INSERT OR
	// REPLACE would have it.
	storyOf := map[string]string{}
	var order []string
	for _, s := range stories {
		for _, r := range s.Reports {
			if _, ok := storyOf[r.Event]; !ok {
				order = append(order, r.Event)
			}
			storyOf[r.Event] = s.ID
		}
	}
	var stale []string
	for e, st := range oldPairs {
		if storyOf[e] != st {
			stale = append(stale, e)
		}
	}
	if len(stale) > 0 {
		list, err := jsonList(slices.Sorted(slices.Values(stale)))
		if err != nil {
			return err
		}
		if _, err := a.tx.exec(ctx, `DELETE FROM story_events WHERE event_id IN (SELECT value FROM json_each(?))`, list); err != nil {
			return err
		}
	}
	var pairs [][2]string
	for _, e := range order {
		if st := storyOf[e]; oldPairs[e] != st {
			pairs = append(pairs, [2]string{e, st})
		}
	}
	return insertRows(ctx, a.tx, `INSERT OR REPLACE INTO story_events (event_id, story_id) VALUES `, 2, len(pairs), func(args []any, i int) []any {
		return append(args, pairs[i][0], pairs[i][1])
	})
}

// countries maps the actors and targets of stories to the ISO 3166 alpha-3
// code of the country they belong to, so that stories of a country's
// people and bodies are found under the country too.
func (a *aggTx) countries(ctx context.Context, stories []dossier.Story) (map[string]string, error) {
	ids := map[string]bool{}
	for _, s := range stories {
		ids[s.Actor], ids[s.Target] = true, true
	}
	delete(ids, "")
	if len(ids) == 0 {
		return map[string]string{}, nil
	}
	list, err := jsonList(slices.Sorted(maps.Keys(ids)))
	if err != nil {
		return nil, err
	}
	return stringPairs(a.tx.query(ctx, `SELECT id, country FROM entities WHERE id IN (SELECT value FROM json_each(?))`, list))
}

// kindOf tells an entity's kind and country, for story filters.
func (s *Store) kindOf(ctx context.Context, id string) (kind, country string, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT kind, country FROM entities WHERE id = ?`, id).Scan(&kind, &country)
	if errors.Is(err, sql.ErrNoRows) {
		return "", "", nil
	}
	return kind, country, err
}

// Stories implements dossier.Store.
func (s *Store) Stories(ctx context.Context, f dossier.Filter) iter.Seq2[dossier.Story, error] {
	return func(yield func(dossier.Story, error) bool) {
		var w sqlstore.Where
		if err := sqlstore.Stories(ctx, &w, f, s.kindOf); err != nil {
			yield(dossier.Story{}, err)
			return
		}
		q := `SELECT s.id, s.type, s.mode, s.actor, s.target, s.location, s.date_value, s.date_gran, s.date_text FROM stories s` +
			w.String() + ` ORDER BY s.date_value IS NULL, s.date_value, s.id` + limitClause(f.Limit, f.Offset)
		var stories []dossier.Story
		for st, err := range rowsSeq(ctx, s.db, q, w.Args(), func(r *sql.Rows) (dossier.Story, error) {
			var st dossier.Story
			var dv sql.NullString
			var dg, dt string
			err := r.Scan(&st.ID, &st.Type, &st.Mode, &st.Actor, &st.Target, &st.Location, &dv, &dg, &dt)
			if dv.Valid {
				st.Date = &dossier.EventDate{Value: dv.String, Granularity: dg, Text: dt}
			}
			return st, err
		}) {
			if err != nil {
				yield(st, err)
				return
			}
			stories = append(stories, st)
		}
		sqlstore.YieldPaged(stories, func(page []dossier.Story) error { return s.loadReports(ctx, page) }, yield)
	}
}

func (s *Store) loadReports(ctx context.Context, stories []dossier.Story) error {
	ids := make([]string, len(stories))
	index := map[string]int{}
	for i, st := range stories {
		ids[i] = st.ID
		index[st.ID] = i
	}
	rows, err := s.db.QueryContext(ctx, `SELECT event_id, story_id FROM story_events WHERE story_id IN (`+placeholders(len(ids))+`)`, anys(ids)...)
	if err != nil {
		return err
	}
	storyOf := map[string]string{}
	var events []string
	for rows.Next() {
		var e, st string
		if err := rows.Scan(&e, &st); err != nil {
			rows.Close()
			return err
		}
		storyOf[e] = st
		events = append(events, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for lo := 0; lo < len(events); lo += 500 {
		part := events[lo:min(lo+500, len(events))]
		for e, err := range queryEvents(ctx, s.db, ` WHERE e.id IN (`+placeholders(len(part))+`)`, anys(part), "") {
			if err != nil {
				return err
			}
			sqlstore.AddReport(&stories[index[storyOf[e.ID]]], e)
		}
	}
	sqlstore.SortReports(stories)
	return nil
}

// Group implements dossier.Store.
func (s *Store) Group(ctx context.Context, docID string) (dossier.DocGroup, error) {
	var g dossier.DocGroup
	err := s.db.QueryRowContext(ctx, `SELECT group_id, kind FROM doc_groups WHERE doc_id = ?`, docID).Scan(&g.ID, &g.Kind)
	if errors.Is(err, sql.ErrNoRows) {
		return g, dossier.ErrNotFound
	}
	if err != nil {
		return g, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT d.id, d.source, d.published FROM doc_groups g JOIN documents d ON d.id = g.doc_id
		WHERE g.group_id = ? ORDER BY d.id`, g.ID)
	if err != nil {
		return g, err
	}
	defer rows.Close()
	for rows.Next() {
		var r dossier.DocRef
		var pub sql.NullString
		if err := rows.Scan(&r.ID, &r.Source, &pub); err != nil {
			return g, err
		}
		r.Published = pub.String
		g.Docs = append(g.Docs, r)
	}
	return g, rows.Err()
}

// Reanalyse implements dossier.Store.
func (s *Store) Reanalyse(ctx context.Context, docs []*dossier.Document) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var nextID int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) + 1 FROM sentences`).Scan(&nextID); err != nil {
		return err
	}
	w := newWtx(tx)
	for _, d := range docs {
		if err := sqlstore.Validate(d); err != nil {
			return fmt.Errorf("document %s: %w", d.ID, err)
		}
		var stored string
		if err := tx.QueryRowContext(ctx, `SELECT hash FROM documents WHERE id = ?`, d.ID).Scan(&stored); err != nil {
			return fmt.Errorf("document %s: %w", d.ID, err)
		}
		if stored != d.Hash {
			return fmt.Errorf("document %s: the text changed; reanalysis keeps the text", d.ID)
		}
		for _, q := range []string{
			`DELETE FROM sentence_fts WHERE rowid IN (SELECT id FROM sentences WHERE doc_id = ?)`,
			`DELETE FROM sentences WHERE doc_id = ?`, `DELETE FROM timexes WHERE doc_id = ?`,
			`DELETE FROM mentions WHERE doc_id = ?`, `DELETE FROM events WHERE doc_id = ?`,
		} {
			if _, err := tx.ExecContext(ctx, q, d.ID); err != nil {
				return fmt.Errorf("document %s: %w", d.ID, err)
			}
		}
		paras, err := sqlstore.EncodeParagraphs(d.Paragraphs)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE documents SET lang = ?, paragraphs = ?, n_sentences = ? WHERE id = ?`,
			d.Lang, string(paras), len(d.Sentences), d.ID); err != nil {
			return err
		}
		one := []*dossier.Document{d}
		if err := insertSentences(ctx, w, one, nextID); err != nil {
			return err
		}
		if err := indexSentences(ctx, tx, one, nextID, s.stems); err != nil {
			return err
		}
		nextID += int64(len(d.Sentences))
		if err := insertAnalyses(ctx, w, one); err != nil {
			return fmt.Errorf("document %s: %w", d.ID, err)
		}
	}
	return tx.Commit()
}

// Rebuild implements dossier.Store.
func (s *Store) Rebuild(ctx context.Context) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, t := range []string{"doc_signatures", "doc_bands", "doc_entities", "doc_links", "doc_groups", "stories", "story_events"} {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+t); err != nil {
			return err
		}
	}
	// Entities no record refers to any more go too.
	if _, err := tx.ExecContext(ctx, `DELETE FROM entities WHERE id NOT IN (SELECT entity FROM mentions)
		AND id NOT IN (SELECT actor FROM events) AND id NOT IN (SELECT target FROM events)
		AND id NOT IN (SELECT location FROM events) AND id NOT IN (SELECT source FROM events)`); err != nil {
		return err
	}
	var ids []string
	rows, err := tx.QueryContext(ctx, `SELECT id FROM documents ORDER BY id`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	rows.Close()
	agg := &aggTx{tx: newWtx(tx)}
	for lo := 0; lo < len(ids); lo += 200 {
		var docs []*dossier.Document
		for _, id := range ids[lo:min(lo+200, len(ids))] {
			d, err := loadForAggregation(ctx, agg.tx, id)
			if err != nil {
				return fmt.Errorf("document %s: %w", id, err)
			}
			docs = append(docs, d)
		}
		if err := aggregate.Update(ctx, agg, docs); err != nil {
			return err
		}
		if err := agg.flush(ctx); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// loadForAggregation reads what aggregate.CandidateOf needs of a document:
// text, language, mentions, time expressions, events, sentence tokens.
func loadForAggregation(ctx context.Context, tx *wtx, id string) (*dossier.Document, error) {
	d := &dossier.Document{ID: id}
	var published sql.NullString
	if err := tx.tx.QueryRowContext(ctx, `SELECT lang, text, published FROM documents WHERE id = ?`, id).Scan(&d.Lang, &d.Text, &published); err != nil {
		return nil, err
	}
	d.Published = published.String
	rows, err := tx.query(ctx, `SELECT start, end, lang FROM sentences WHERE doc_id = ? ORDER BY idx`, id)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var se dossier.Sentence
		if err := rows.Scan(&se.Start, &se.End, &se.Lang); err != nil {
			rows.Close()
			return nil, err
		}
		se.Tokens = text.Tokenize(d.Text, se.Span, se.Lang)
		d.Sentences = append(d.Sentences, se)
	}
	rows.Close()
	if err := collectInto(ctx, tx, `SELECT entity FROM mentions WHERE doc_id = ? AND entity != ''`, id, func(r *sql.Rows) error {
		var m dossier.Mention
		err := r.Scan(&m.Entity)
		d.Mentions = append(d.Mentions, m)
		return err
	}); err != nil {
		return nil, err
	}
	if err := collectInto(ctx, tx, `SELECT type, value, granularity FROM timexes WHERE doc_id = ?`, id, func(r *sql.Rows) error {
		var t dossier.TimeValue
		err := r.Scan(&t.Type, &t.Value, &t.Granularity)
		d.Timexes = append(d.Timexes, t)
		return err
	}); err != nil {
		return nil, err
	}
	for e, err := range queryEvents(ctx, tx, ` WHERE e.doc_id = ?`, []any{id}, "") {
		if err != nil {
			return nil, err
		}
		d.Events = append(d.Events, e.Event)
	}
	return d, nil
}

func collectInto(ctx context.Context, tx *wtx, q string, id string, scan func(*sql.Rows) error) error {
	rows, err := tx.query(ctx, q, id)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// stringPairs reads the rows of a query of two text columns into a map
// from the first to the second.
func stringPairs(rows *sql.Rows, err error) (map[string]string, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return nil, err
		}
		out[k] = v
	}
	return out, rows.Err()
}
