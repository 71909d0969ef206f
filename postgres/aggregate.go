package postgres

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/aggregate"
	"github.com/dossier-news/dossier/internal/sqlstore"
	"github.com/dossier-news/dossier/text"
)

// aggregateLock is the advisory lock that serialises the aggregation step
// of concurrent writers. Documents and their records are written in
// parallel; groups and stories are brought up to date one transaction at a
// time, each seeing every document committed before it (READ COMMITTED
// takes a fresh snapshot per statement, and the previous holder's commit
// is visible before its lock is released). So however many workers write
// at once, groups and stories end as a rebuild from scratch would make
// them. The lock is taken after the document and entity rows, the order
// in which every writer takes its locks, so it cannot deadlock with them.
const aggregateLock = 0x64616767 // "dagg"

func lockAggregation(ctx context.Context, tx pgx.Tx) error {
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, aggregateLock); err != nil {
		return fmt.Errorf("aggregation lock: %w", err)
	}
	return nil
}

// aggTx implements aggregate.Tx on the transaction that adds documents.
//
// aggregate.Update asks for the candidates of one document, then remembers
// it, document after document: a round trip or two each, all under the
// lock every writer waits for. So that the lock is held as briefly as
// possible, prepare fetches the stored candidates of the whole batch in one
// pipelined round trip before Update runs, Candidates matches documents of
// the batch among themselves in memory, and Remember keeps its rows for
// flush to write at once. The result is what the one-query-per-call path
// (candidatesQuery, still used for documents not prepared) returns.
type aggTx struct {
	tx      pgx.Tx
	stored  map[string]*storedCandidates // by document id, from prepare
	pending []aggregate.Candidate        // remembered, not yet written
	bands   map[string][]int64           // of pending documents
}

// storedCandidates are the committed documents a document of the batch
// may match: those sharing a band, and the hundred (at most) naming most of
// the same entities in another language within the translation window.
type storedCandidates struct {
	band   []aggregate.Candidate
	entity []rankedCandidate
}

type rankedCandidate struct {
	aggregate.Candidate
	shared int
}

var _ aggregate.Tx = (*aggTx)(nil)

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

func (a *aggTx) Remember(_ context.Context, c aggregate.Candidate) error {
	if a.bands == nil {
		a.bands = map[string][]int64{}
	}
	if _, again := a.bands[c.ID]; again {
		a.pending = slices.DeleteFunc(a.pending, func(p aggregate.Candidate) bool { return p.ID == c.ID })
	}
	a.pending = append(a.pending, c)
	a.bands[c.ID] = bandValues(c)
	return nil
}

// flush writes what Remember kept: signatures, bands and entities of the
// documents, three statements in one round trip.
func (a *aggTx) flush(ctx context.Context) error {
	if len(a.pending) == 0 {
		return nil
	}
	var ids, langs, fps, bandDocs, entDocs, ents, entPub, entLang []string
	var sigs [][]byte
	var bands []int64
	for _, c := range a.pending {
		fp, err := json.Marshal(slices.Sorted(maps.Keys(c.Fingerprint)))
		if err != nil {
			return err
		}
		ids, langs, fps, sigs = append(ids, c.ID), append(langs, c.Lang), append(fps, string(fp)), append(sigs, encodeSignature(c.Signature))
		for _, v := range a.bands[c.ID] {
			bands, bandDocs = append(bands, v), append(bandDocs, c.ID)
		}
		for _, e := range entitiesOf(c) {
			ents, entPub, entDocs, entLang = append(ents, e), append(entPub, c.Published), append(entDocs, c.ID), append(entLang, c.Lang)
		}
	}
	var b pgx.Batch
	b.Queue(`INSERT INTO doc_signatures (doc_id, lang, signature, fingerprint)
		SELECT u.id, u.lang, u.sig, u.fp::jsonb FROM unnest($1::text[], $2::text[], $3::bytea[], $4::text[]) AS u(id, lang, sig, fp)
		ON CONFLICT (doc_id) DO UPDATE SET lang = excluded.lang, signature = excluded.signature, fingerprint = excluded.fingerprint`,
		ids, langs, sigs, fps)
	b.Queue(`INSERT INTO doc_bands (band, doc_id) SELECT * FROM unnest($1::int8[], $2::text[]) ON CONFLICT DO NOTHING`, bands, bandDocs)
	b.Queue(`INSERT INTO doc_entities (entity, published, doc_id, lang) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
		ON CONFLICT DO NOTHING`, ents, entPub, entDocs, entLang)
	if err := a.tx.SendBatch(ctx, &b).Close(); err != nil {
		return fmt.Errorf("remember documents: %w", err)
	}
	a.pending, a.bands, a.stored = nil, nil, nil
	return nil
}

// update runs aggregate.Update for documents just added, with their
// candidates fetched beforehand and their signatures written after.
func (a *aggTx) update(ctx context.Context, docs []*dossier.Document) error {
	if err := a.prepare(ctx, docs); err != nil {
		return err
	}
	if err := aggregate.Update(ctx, a, docs); err != nil {
		return err
	}
	return a.flush(ctx)
}

func bandValues(c aggregate.Candidate) []int64 {
	bands := c.Signature.Bands()
	vals := make([]int64, len(bands))
	for i, b := range bands {
		vals[i] = int64(b)
	}
	return vals
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

// candidateSQL finds the stored candidates of a document: those sharing
// a band ($1), and the hundred naming most of its entities ($2, when it
// names enough) in another language ($5) published within the window ($3,
// $4), each with the number of entities shared.
const candidateSQL = `WITH band AS (
		SELECT DISTINCT doc_id FROM doc_bands WHERE band = ANY($1::int8[])
	), ent AS (
		SELECT doc_id, count(*) AS shared FROM doc_entities
		WHERE entity = ANY($2::text[]) AND published BETWEEN $3 AND $4 AND lang <> $5
		GROUP BY doc_id HAVING count(*) >= $6 ORDER BY count(*) DESC, doc_id LIMIT 100
	)
	SELECT s.doc_id, s.lang, s.signature, s.fingerprint, b.doc_id IS NOT NULL, coalesce(e.shared, 0)
	FROM doc_signatures s LEFT JOIN band b ON b.doc_id = s.doc_id LEFT JOIN ent e ON e.doc_id = s.doc_id
	WHERE (b.doc_id IS NOT NULL OR e.doc_id IS NOT NULL) AND s.doc_id <> $7
	ORDER BY s.doc_id`

func candidateArgs(c aggregate.Candidate) []any {
	ents := entitiesOf(c)
	if len(ents) < minSharedEntities {
		ents = nil
	}
	lo, hi := translationWindow(c)
	return []any{bandValues(c), ents, lo, hi, c.Lang, minSharedEntities, c.ID}
}

// translationWindow is the range of publication dates a translation of c
// may have ("" to "" for an undated document: undated ones only).
func translationWindow(c aggregate.Candidate) (lo, hi string) {
	if t, err := time.Parse("2006-01-02", c.Published); err == nil {
		lo = t.AddDate(0, 0, -aggregate.TranslationWindow).Format("2006-01-02")
		hi = t.AddDate(0, 0, aggregate.TranslationWindow).Format("2006-01-02")
	}
	return lo, hi
}

func scanCandidate(r pgx.Rows) (rankedCandidate, bool, error) {
	var o rankedCandidate
	var sig, fp []byte
	var inBand bool
	if err := r.Scan(&o.ID, &o.Lang, &sig, &fp, &inBand, &o.shared); err != nil {
		return o, false, err
	}
	var err error
	if o.Signature, err = decodeSignature(sig); err != nil {
		return o, false, fmt.Errorf("document %s: %w", o.ID, err)
	}
	var keys []string
	if err := json.Unmarshal(fp, &keys); err != nil {
		return o, false, fmt.Errorf("document %s fingerprint: %w", o.ID, err)
	}
	o.Fingerprint = aggregate.Fingerprint{}
	for _, k := range keys {
		o.Fingerprint[k] = true
	}
	return o, inBand, nil
}

func readCandidates(rows pgx.Rows) (*storedCandidates, error) {
	defer rows.Close()
	sc := &storedCandidates{}
	for rows.Next() {
		o, inBand, err := scanCandidate(rows)
		if err != nil {
			return nil, err
		}
		if inBand {
			sc.band = append(sc.band, o.Candidate)
		}
		if o.shared > 0 {
			sc.entity = append(sc.entity, o)
		}
	}
	return sc, rows.Err()
}

// prepare fetches the stored candidates of the documents in one round trip.
func (a *aggTx) prepare(ctx context.Context, docs []*dossier.Document) error {
	var b pgx.Batch
	cands := make([]aggregate.Candidate, len(docs))
	for i, d := range docs {
		cands[i] = aggregate.CandidateOf(d)
		b.Queue(candidateSQL, candidateArgs(cands[i])...)
	}
	res := a.tx.SendBatch(ctx, &b)
	a.stored = make(map[string]*storedCandidates, len(docs))
	for _, c := range cands {
		rows, err := res.Query()
		if err != nil {
			res.Close()
			return fmt.Errorf("candidates of %s: %w", c.ID, err)
		}
		sc, err := readCandidates(rows)
		if err != nil {
			res.Close()
			return fmt.Errorf("candidates of %s: %w", c.ID, err)
		}
		a.stored[c.ID] = sc
	}
	return res.Close()
}

func (a *aggTx) Candidates(ctx context.Context, c aggregate.Candidate) ([]aggregate.Candidate, error) {
	sc, ok := a.stored[c.ID]
	if !ok {
		rows, err := a.tx.Query(ctx, candidateSQL, candidateArgs(c)...)
		if err != nil {
			return nil, err
		}
		if sc, err = readCandidates(rows); err != nil {
			return nil, err
		}
	}
	// The documents of the batch remembered so far, matched as the query
	// matches stored ones.
	band := map[int64]bool{}
	for _, v := range bandValues(c) {
		band[v] = true
	}
	ents := entitiesOf(c)
	lo, hi := translationWindow(c)
	entity := slices.Clone(sc.entity)
	out := map[string]aggregate.Candidate{}
	for _, o := range sc.band {
		out[o.ID] = o
	}
	for _, p := range a.pending {
		if p.ID == c.ID {
			continue
		}
		if slices.ContainsFunc(a.bands[p.ID], func(v int64) bool { return band[v] }) {
			out[p.ID] = p
		}
		if len(ents) >= minSharedEntities && p.Lang != c.Lang && p.Published >= lo && p.Published <= hi {
			shared := 0
			for _, e := range ents {
				if p.Fingerprint["e:"+e] {
					shared++
				}
			}
			if shared >= minSharedEntities {
				entity = append(entity, rankedCandidate{p, shared})
			}
		}
	}
	slices.SortFunc(entity, func(x, y rankedCandidate) int {
		if x.shared != y.shared {
			return y.shared - x.shared
		}
		return strings.Compare(x.ID, y.ID)
	})
	for _, o := range entity[:min(len(entity), 100)] {
		out[o.ID] = o.Candidate
	}
	list := slices.Collect(maps.Values(out))
	slices.SortFunc(list, func(x, y aggregate.Candidate) int { return strings.Compare(x.ID, y.ID) })
	return list, nil
}

func collectIDs(ctx context.Context, db querier, q string, into map[string]bool, args ...any) error {
	rows, err := db.Query(ctx, q, args...)
	if err != nil {
		return err
	}
	var id string
	_, err = pgx.ForEachRow(rows, []any{&id}, func() error {
		into[id] = true
		return nil
	})
	return err
}

func (a *aggTx) Link(ctx context.Context, links [][3]string) ([]string, error) {
	if len(links) == 0 {
		return nil, nil
	}
	var b pgx.Batch // one round trip for all links
	for _, l := range links {
		x, y := l[0], l[1]
		if y < x {
			x, y = y, x
		}
		b.Queue(`INSERT INTO doc_links (a, b, kind) VALUES ($1, $2, $3)
			ON CONFLICT (a, b) DO UPDATE SET kind = CASE WHEN excluded.kind = 'translation' THEN 'translation' ELSE doc_links.kind END`, x, y, l[2])
	}
	if err := a.tx.SendBatch(ctx, &b).Close(); err != nil {
		return nil, err
	}
	// Every document already grouped with an endpoint takes part in the
	// regrouping, with all the links among them.
	members := map[string]bool{}
	for _, l := range links {
		members[l[0]], members[l[1]] = true, true
	}
	endpoints := slices.Sorted(maps.Keys(members))
	if err := collectIDs(ctx, a.tx, `SELECT doc_id FROM doc_groups WHERE group_id IN (SELECT group_id FROM doc_groups WHERE doc_id = ANY($1::text[]))`,
		members, endpoints); err != nil {
		return nil, err
	}
	all := slices.Sorted(maps.Keys(members))
	rows, err := a.tx.Query(ctx, `SELECT a, b, kind FROM doc_links WHERE a = ANY($1::text[]) OR b = ANY($1::text[])`, all)
	if err != nil {
		return nil, err
	}
	all3, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) ([3]string, error) {
		var l [3]string
		err := r.Scan(&l[0], &l[1], &l[2])
		return l, err
	})
	if err != nil {
		return nil, err
	}
	before := map[string][2]string{}
	brows, err := a.tx.Query(ctx, `SELECT doc_id, group_id, kind FROM doc_groups WHERE doc_id = ANY($1::text[])`, all)
	if err != nil {
		return nil, err
	}
	var d, g, k string
	if _, err := pgx.ForEachRow(brows, []any{&d, &g, &k}, func() error {
		before[d] = [2]string{g, k}
		return nil
	}); err != nil {
		return nil, err
	}
	var changed, groupIDs, kinds []string
	for _, g := range aggregate.Group(all3) {
		for _, d := range g.Docs {
			if before[d.ID] == [2]string{g.ID, g.Kind} {
				continue
			}
			changed, groupIDs, kinds = append(changed, d.ID), append(groupIDs, g.ID), append(kinds, g.Kind)
		}
	}
	if len(changed) > 0 {
		if _, err := a.tx.Exec(ctx, `INSERT INTO doc_groups (doc_id, group_id, kind) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
			ON CONFLICT (doc_id) DO UPDATE SET group_id = excluded.group_id, kind = excluded.kind`, changed, groupIDs, kinds); err != nil {
			return nil, err
		}
	}
	slices.Sort(changed)
	return changed, nil
}

func (a *aggTx) GroupOf(ctx context.Context, docs []string) (map[string]string, error) {
	out := map[string]string{}
	if len(docs) == 0 {
		return out, nil
	}
	rows, err := a.tx.Query(ctx, `SELECT doc_id, group_id FROM doc_groups WHERE doc_id = ANY($1::text[])`, docs)
	if err != nil {
		return nil, err
	}
	var d, g string
	_, err = pgx.ForEachRow(rows, []any{&d, &g}, func() error {
		out[d] = g
		return nil
	})
	return out, err
}

func (a *aggTx) EventsOfDocs(ctx context.Context, docs []string) ([]dossier.EventRecord, error) {
	var out []dossier.EventRecord
	if len(docs) == 0 {
		return nil, nil
	}
	for e, err := range queryEvents(ctx, a.tx, ` WHERE e.doc_id = ANY($1::text[])`, []any{docs}, "") {
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// keyEvents returns the events of a key (symmetric types in both
// directions) that also meet cond.
func (a *aggTx) keyEvents(ctx context.Context, k aggregate.Key, cond string, args ...any) ([]dossier.EventRecord, error) {
	var w sqlstore.Where
	if aggregate.Symmetric(k.Type) {
		w.Add(`e.type = ? AND ((e.actor = ? AND e.target = ?) OR (e.actor = ? AND e.target = ?))`, k.Type, k.Actor, k.Target, k.Target, k.Actor)
	} else {
		w.Add(`e.type = ? AND e.actor = ? AND e.target = ?`, k.Type, k.Actor, k.Target)
	}
	w.Add(cond, args...)
	var out []dossier.EventRecord
	for e, err := range queryEvents(ctx, a.tx, w.Numbered(), cleanArgs(&w), "") {
		if err != nil {
			return nil, err
		}
		if aggregate.KeyOf(e.Event) == k {
			out = append(out, e)
		}
	}
	return out, nil
}

var _ aggregate.BatchTx = (*aggTx)(nil)

// eventsOfKeys reads the events of many keys with one query, as keyEvents
// reads those of one: a symmetric key asks in both directions, and rows go
// to their request only if their key is the request's. With windows, an
// event is read when its bounds overlap its request's window; without,
// when it has no date. Each request's events come in keyEvents' order.
func (a *aggTx) eventsOfKeys(ctx context.Context, keys []aggregate.Key, windows []aggregate.Window) ([][]aggregate.BoundedEvent, error) {
	var (
		idx                    []int32
		types, actors, targets []string
		los, his               []string
	)
	for i, k := range keys {
		add := func(actor, target string) {
			idx = append(idx, int32(i))
			types, actors, targets = append(types, k.Type), append(actors, actor), append(targets, target)
			if windows != nil {
				los, his = append(los, windows[i].From), append(his, windows[i].To)
			} else {
				los, his = append(los, ""), append(his, "")
			}
		}
		add(k.Actor, k.Target)
		if aggregate.Symmetric(k.Type) && k.Actor != k.Target {
			add(k.Target, k.Actor)
		}
	}
	cond := `e.date_from IS NULL`
	if windows != nil {
		cond = `e.date_from <= q.hi AND e.date_to >= q.lo`
	}
	q := `SELECT q.i, e.date_from, e.date_to, ` + eventColumns + `
		FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS q(i, type, actor, target, lo, hi)
		JOIN events e ON e.type = q.type AND e.actor = q.actor AND e.target = q.target AND ` + cond + `
		JOIN documents d ON d.id = e.doc_id` + recordOrder + `e.idx`
	out := make([][]aggregate.BoundedEvent, len(keys))
	for be, err := range rowsSeq(ctx, a.tx, q, []any{idx, types, actors, targets, los, his}, func(r pgx.Rows) (struct {
		i int32
		aggregate.BoundedEvent
	}, error) {
		var v struct {
			i int32
			aggregate.BoundedEvent
		}
		var from, to *string
		e, err := scanEvent(r, &v.i, &from, &to)
		v.EventRecord, v.From, v.To = e, deref(from), deref(to)
		return v, err
	}) {
		if err != nil {
			return nil, err
		}
		if be.i < 0 || int(be.i) >= len(keys) {
			return nil, fmt.Errorf("event %s: request %d of %d", be.ID, be.i, len(keys))
		}
		if aggregate.KeyOf(be.Event) == keys[be.i] {
			out[be.i] = append(out[be.i], be.BoundedEvent)
		}
	}
	return out, nil
}

func (a *aggTx) DatedEventsOf(ctx context.Context, reqs []aggregate.KeyWindow) ([][]aggregate.BoundedEvent, error) {
	return aggregate.EventsOfKeys(a.eventsOfKeys).DatedEventsOf(ctx, reqs)
}

func (a *aggTx) UndatedEventsOf(ctx context.Context, keys []aggregate.Key) ([][]dossier.EventRecord, error) {
	return aggregate.EventsOfKeys(a.eventsOfKeys).UndatedEventsOf(ctx, keys)
}

func (a *aggTx) DatedEvents(ctx context.Context, k aggregate.Key, win aggregate.Window) ([]dossier.EventRecord, error) {
	return a.keyEvents(ctx, k, `e.date_from <= ? AND e.date_to >= ?`, win.To, win.From)
}

func (a *aggTx) UndatedEvents(ctx context.Context, k aggregate.Key) ([]dossier.EventRecord, error) {
	return a.keyEvents(ctx, k, `e.date_from IS NULL`)
}

func (a *aggTx) ReplaceStories(ctx context.Context, events []string, stories []dossier.Story) error {
	old := map[string]bool{}
	if err := collectIDs(ctx, a.tx, `SELECT DISTINCT story_id FROM story_events WHERE event_id = ANY($1::text[])`, old, events); err != nil {
		return err
	}
	oldIDs := slices.Sorted(maps.Keys(old))
	if _, err := a.tx.Exec(ctx, `DELETE FROM story_events WHERE story_id = ANY($1::text[])`, oldIDs); err != nil {
		return err
	}
	if _, err := a.tx.Exec(ctx, `DELETE FROM stories WHERE id = ANY($1::text[])`, oldIDs); err != nil {
		return err
	}
	if len(stories) == 0 {
		return nil
	}
	countries, err := a.countries(ctx, stories)
	if err != nil {
		return err
	}
	n := len(stories)
	var (
		ids, skeys, types, modes, actors, targets = make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		acs, tcs, locs, grans, dtexts             = make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		dvals                                     = make([]*string, n)
		reports                                   = make([]int32, n)
	)
	eventStory := map[string]string{}
	for i, s := range stories {
		k := aggregate.Key{Type: s.Type, Actor: s.Actor, Target: s.Target}
		ids[i], skeys[i], types[i], modes[i], actors[i], targets[i] = s.ID, k.String(), s.Type, s.Mode, s.Actor, s.Target
		acs[i], tcs[i], locs[i] = countries[s.Actor], countries[s.Target], s.Location
		if s.Date != nil {
			v := s.Date.Value
			dvals[i], grans[i], dtexts[i] = &v, s.Date.Granularity, s.Date.Text
		}
		reports[i] = int32(len(s.Reports))
		for _, r := range s.Reports {
			eventStory[r.Event] = s.ID
		}
	}
	if _, err := a.tx.Exec(ctx, `INSERT INTO stories (id, key, type, mode, actor, target, actor_country, target_country, location,
			date_value, date_gran, date_text, reports)
		SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
			$10::text[], $11::text[], $12::text[], $13::int4[])`,
		ids, skeys, types, modes, actors, targets, acs, tcs, locs, dvals, grans, dtexts, reports); err != nil {
		return fmt.Errorf("insert stories: %w", err)
	}
	evs := slices.Sorted(maps.Keys(eventStory))
	sts := make([]string, len(evs))
	for i, e := range evs {
		sts[i] = eventStory[e]
	}
	if _, err := a.tx.Exec(ctx, `INSERT INTO story_events (event_id, story_id) SELECT * FROM unnest($1::text[], $2::text[])
		ON CONFLICT (event_id) DO UPDATE SET story_id = excluded.story_id`, evs, sts); err != nil {
		return fmt.Errorf("insert story events: %w", err)
	}
	return nil
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
	out := map[string]string{}
	rows, err := a.tx.Query(ctx, `SELECT id, country FROM entities WHERE id = ANY($1::text[])`, slices.Sorted(maps.Keys(ids)))
	if err != nil {
		return nil, err
	}
	var id, c string
	_, err = pgx.ForEachRow(rows, []any{&id, &c}, func() error {
		out[id] = c
		return nil
	})
	return out, err
}

// kindOf tells an entity's kind and country, for story filters.
func (s *Store) kindOf(ctx context.Context, id string) (kind, country string, err error) {
	err = s.pool.QueryRow(ctx, `SELECT kind, country FROM entities WHERE id = $1`, clean(id)).Scan(&kind, &country)
	if errors.Is(err, pgx.ErrNoRows) {
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
			w.Numbered() + ` ORDER BY s.date_value IS NULL, s.date_value, s.id` + limitClause(f.Limit, f.Offset)
		var stories []dossier.Story
		for st, err := range rowsSeq(ctx, s.pool, q, cleanArgs(&w), func(r pgx.Rows) (dossier.Story, error) {
			var st dossier.Story
			var dv *string
			var dg, dt string
			err := r.Scan(&st.ID, &st.Type, &st.Mode, &st.Actor, &st.Target, &st.Location, &dv, &dg, &dt)
			if dv != nil {
				st.Date = &dossier.EventDate{Value: *dv, Granularity: dg, Text: dt}
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
	rows, err := s.pool.Query(ctx, `SELECT event_id, story_id FROM story_events WHERE story_id = ANY($1::text[])`, ids)
	if err != nil {
		return err
	}
	storyOf := map[string]string{}
	var ev, st string
	if _, err := pgx.ForEachRow(rows, []any{&ev, &st}, func() error {
		storyOf[ev] = st
		return nil
	}); err != nil {
		return err
	}
	for e, err := range queryEvents(ctx, s.pool, ` WHERE e.id = ANY($1::text[])`, []any{slices.Sorted(maps.Keys(storyOf))}, "") {
		if err != nil {
			return err
		}
		sqlstore.AddReport(&stories[index[storyOf[e.ID]]], e)
	}
	sqlstore.SortReports(stories)
	return nil
}

// Group implements dossier.Store.
func (s *Store) Group(ctx context.Context, docID string) (dossier.DocGroup, error) {
	var g dossier.DocGroup
	err := s.pool.QueryRow(ctx, `SELECT group_id, kind FROM doc_groups WHERE doc_id = $1`, clean(docID)).Scan(&g.ID, &g.Kind)
	if errors.Is(err, pgx.ErrNoRows) {
		return g, dossier.ErrNotFound
	}
	if err != nil {
		return g, err
	}
	rows, err := s.pool.Query(ctx, `SELECT d.id, d.source, d.published FROM doc_groups g JOIN documents d ON d.id = g.doc_id
		WHERE g.group_id = $1 ORDER BY d.id`, g.ID)
	if err != nil {
		return g, err
	}
	g.Docs, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (dossier.DocRef, error) {
		var ref dossier.DocRef
		var pub *string
		err := r.Scan(&ref.ID, &ref.Source, &pub)
		ref.Published = deref(pub)
		return ref, err
	})
	return g, err
}

// Reanalyse implements dossier.Store.
func (s *Store) Reanalyse(ctx context.Context, docs []*dossier.Document) error {
	for _, d := range docs {
		if err := validate(d); err != nil {
			return fmt.Errorf("document %s: %w", d.ID, err)
		}
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	// Events change under the stories: no aggregation may run meanwhile.
	if err := lockAggregation(ctx, tx); err != nil {
		return err
	}
	for _, d := range docs {
		var stored string
		if err := tx.QueryRow(ctx, `SELECT hash FROM documents WHERE id = $1 FOR UPDATE`, d.ID).Scan(&stored); err != nil {
			if errors.Is(err, pgx.ErrNoRows) {
				return fmt.Errorf("document %s: %w", d.ID, dossier.ErrNotFound)
			}
			return fmt.Errorf("document %s: %w", d.ID, err)
		}
		if stored != d.Hash {
			return fmt.Errorf("document %s: the text changed; reanalysis keeps the text", d.ID)
		}
		for _, t := range []string{"sentences", "timexes", "mentions", "events"} {
			if _, err := tx.Exec(ctx, `DELETE FROM `+t+` WHERE doc_id = $1`, d.ID); err != nil {
				return fmt.Errorf("document %s: %w", d.ID, err)
			}
		}
		paras, err := sqlstore.EncodeParagraphs(d.Paragraphs)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE documents SET lang = $1, paragraphs = $2, n_sentences = $3 WHERE id = $4`,
			clean(d.Lang), string(paras), len(d.Sentences), d.ID); err != nil {
			return err
		}
	}
	if err := insertSentences(ctx, tx, docs); err != nil {
		return err
	}
	if err := insertAnalyses(ctx, tx, docs); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// Rebuild implements dossier.Store.
func (s *Store) Rebuild(ctx context.Context) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if err := lockAggregation(ctx, tx); err != nil {
		return err
	}
	for _, t := range []string{"doc_signatures", "doc_bands", "doc_entities", "doc_links", "doc_groups", "stories", "story_events"} {
		if _, err := tx.Exec(ctx, `DELETE FROM `+t); err != nil {
			return err
		}
	}
	// Entities no record refers to any more go too.
	if _, err := tx.Exec(ctx, `DELETE FROM entities e WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity = e.id)
		AND NOT EXISTS (SELECT 1 FROM events v WHERE e.id IN (v.actor, v.target, v.location, v.source))`); err != nil {
		return err
	}
	rows, err := tx.Query(ctx, `SELECT id FROM documents ORDER BY id`)
	if err != nil {
		return err
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return err
	}
	agg := &aggTx{tx: tx}
	for lo := 0; lo < len(ids); lo += 200 {
		var docs []*dossier.Document
		for _, id := range ids[lo:min(lo+200, len(ids))] {
			d, err := loadForAggregation(ctx, tx, id)
			if err != nil {
				return fmt.Errorf("document %s: %w", id, err)
			}
			docs = append(docs, d)
		}
		if err := agg.update(ctx, docs); err != nil {
			return err
		}
	}
	return tx.Commit(ctx)
}

// loadForAggregation reads what aggregate.CandidateOf needs of a document:
// text, language, mentions, time expressions, events, sentence tokens.
func loadForAggregation(ctx context.Context, tx pgx.Tx, id string) (*dossier.Document, error) {
	d := &dossier.Document{ID: id}
	var published *string
	if err := tx.QueryRow(ctx, `SELECT lang, text, published FROM documents WHERE id = $1`, id).Scan(&d.Lang, &d.Text, &published); err != nil {
		return nil, err
	}
	d.Published = deref(published)
	rows, err := tx.Query(ctx, `SELECT start_byte, end_byte, lang FROM sentences WHERE doc_id = $1 ORDER BY idx`, id)
	if err != nil {
		return nil, err
	}
	var se dossier.Sentence
	if _, err := pgx.ForEachRow(rows, []any{&se.Start, &se.End, &se.Lang}, func() error {
		se.Tokens = text.Tokenize(d.Text, se.Span, se.Lang)
		d.Sentences = append(d.Sentences, se)
		return nil
	}); err != nil {
		return nil, err
	}
	rows, err = tx.Query(ctx, `SELECT entity FROM mentions WHERE doc_id = $1 AND entity <> '' ORDER BY idx`, id)
	if err != nil {
		return nil, err
	}
	var m dossier.Mention
	if _, err := pgx.ForEachRow(rows, []any{&m.Entity}, func() error {
		d.Mentions = append(d.Mentions, m)
		return nil
	}); err != nil {
		return nil, err
	}
	rows, err = tx.Query(ctx, `SELECT type, value, granularity FROM timexes WHERE doc_id = $1 ORDER BY idx`, id)
	if err != nil {
		return nil, err
	}
	var t dossier.TimeValue
	if _, err := pgx.ForEachRow(rows, []any{&t.Type, &t.Value, &t.Granularity}, func() error {
		d.Timexes = append(d.Timexes, t)
		return nil
	}); err != nil {
		return nil, err
	}
	for e, err := range queryEvents(ctx, tx, ` WHERE e.doc_id = $1`, []any{id}, "") {
		if err != nil {
			return nil, err
		}
		d.Events = append(d.Events, e.Event)
	}
	return d, nil
}
