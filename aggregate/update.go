package aggregate

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/dossier-news/dossier"
)

// Tx is what the incremental update reads and writes, inside one
// transaction that holds the store's aggregation lock, so that updates from
// several processes apply one after another and see each other's results.
type Tx interface {
	// Candidates returns the stored documents that might be near-duplicates
	// of doc (sharing a MinHash band, same language) or translations of it
	// (other language, published within TranslationWindow days, naming
	// several of the same entities).
	Candidates(ctx context.Context, doc Candidate) ([]Candidate, error)
	// Remember stores a document's signature and fingerprint for later
	// Candidates calls.
	Remember(ctx context.Context, doc Candidate) error
	// Link records that two documents belong together ("duplicate" or
	// "translation") and returns the documents whose group changed.
	Link(ctx context.Context, links [][3]string) ([]string, error)
	// GroupOf maps documents to their group ids (a document in no group is
	// its own).
	GroupOf(ctx context.Context, docs []string) (map[string]string, error)
	// EventsOfDocs returns the events of the given documents.
	EventsOfDocs(ctx context.Context, docs []string) ([]dossier.EventRecord, error)
	// DatedEvents returns the events of a key whose dates overlap the window.
	DatedEvents(ctx context.Context, key Key, w Window) ([]dossier.EventRecord, error)
	// UndatedEvents returns the events of a key that have no date.
	UndatedEvents(ctx context.Context, key Key) ([]dossier.EventRecord, error)
	// ReplaceStories removes the stories that contain any of the events and
	// stores the new ones.
	ReplaceStories(ctx context.Context, events []string, stories []dossier.Story) error
}

// BatchTx is a Tx that reads the events of many keys with one query;
// Update and Rebuild use it when the store offers it. A batch of news has
// thousands of keys, and a query per key and window cost more than the
// rows it read.
type BatchTx interface {
	Tx
	// DatedEventsOf returns for each request the events of its key whose
	// dates overlap its window, as DatedEvents does, with the bounds the
	// store compared.
	DatedEventsOf(ctx context.Context, reqs []KeyWindow) ([][]BoundedEvent, error)
	// UndatedEventsOf returns for each key its undated events, as
	// UndatedEvents does.
	UndatedEventsOf(ctx context.Context, keys []Key) ([][]dossier.EventRecord, error)
}

// CandidatesPreparer is a Tx that can read ahead, for a whole batch, what
// its Candidates calls will ask of the stored documents; Update calls
// PrepareCandidates with the batch's candidates before the first
// Candidates call when the store offers it. A query per document cost more
// than the rows it read. Candidates must return what it would have
// returned without the preparation.
type CandidatesPreparer interface {
	Tx
	PrepareCandidates(ctx context.Context, docs []Candidate) error
}

// BoundedEvent is a dated event with the bounds its store keeps for it
// (see Bounds).
type BoundedEvent struct {
	dossier.EventRecord
	From, To string
}

// KeyWindow asks for the events of a key whose dates overlap a window.
type KeyWindow struct {
	Key    Key
	Window Window
}

// EventsOfKeys reads the events of many keys with one query: with windows
// (one per key), the events whose bounds overlap their key's window; with
// nil windows, the undated events. A store's BatchTx methods are its
// EventsOfKeys' DatedEventsOf and UndatedEventsOf.
type EventsOfKeys func(ctx context.Context, keys []Key, windows []Window) ([][]BoundedEvent, error)

// DatedEventsOf implements BatchTx's method of that name.
func (f EventsOfKeys) DatedEventsOf(ctx context.Context, reqs []KeyWindow) ([][]BoundedEvent, error) {
	keys := make([]Key, len(reqs))
	windows := make([]Window, len(reqs))
	for i, r := range reqs {
		keys[i], windows[i] = r.Key, r.Window
	}
	return f(ctx, keys, windows)
}

// UndatedEventsOf implements BatchTx's method of that name.
func (f EventsOfKeys) UndatedEventsOf(ctx context.Context, keys []Key) ([][]dossier.EventRecord, error) {
	res, err := f(ctx, keys, nil)
	if err != nil {
		return nil, err
	}
	out := make([][]dossier.EventRecord, len(res))
	for i, evs := range res {
		for _, e := range evs {
			out[i] = append(out[i], e.EventRecord)
		}
	}
	return out, nil
}

// CandidateOf describes a document for duplicate detection.
func CandidateOf(d *dossier.Document) Candidate {
	published := d.Published
	if len(published) > 10 {
		published = published[:10]
	}
	return Candidate{ID: d.ID, Lang: d.Lang, Published: published, Signature: MinHash(d.Text), Fingerprint: FingerprintOf(d)}
}

// Update brings groups and stories up to date after docs were added:
// it links the new documents to their duplicates and translations, then
// recomputes the stories around their events (and the undated stories of
// documents whose group changed). Stories depend only on events and groups,
// so the result is the same as a rebuild.
//
// Stores call it inside the transaction that adds the documents, so that
// documents and their stories are stored together or not at all.
func Update(ctx context.Context, tx Tx, docs []*dossier.Document) error {
	if len(docs) == 0 {
		return nil
	}
	cands := make([]Candidate, len(docs))
	for i, d := range docs {
		cands[i] = CandidateOf(d)
	}
	if p, ok := tx.(CandidatesPreparer); ok {
		if err := p.PrepareCandidates(ctx, cands); err != nil {
			return fmt.Errorf("candidates: %w", err)
		}
	}
	var links [][3]string
	for i, d := range docs {
		c := cands[i]
		others, err := tx.Candidates(ctx, c)
		if err != nil {
			return fmt.Errorf("candidates of %s: %w", d.ID, err)
		}
		for _, o := range others {
			if o.ID == d.ID {
				continue
			}
			if kind := Match(c, o); kind != "" {
				links = append(links, [3]string{d.ID, o.ID, kind})
			}
		}
		if err := tx.Remember(ctx, c); err != nil {
			return fmt.Errorf("remember %s: %w", d.ID, err)
		}
	}
	changed, err := tx.Link(ctx, links)
	if err != nil {
		return fmt.Errorf("link documents: %w", err)
	}
	ids := make([]string, 0, len(docs))
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	fresh, err := tx.EventsOfDocs(ctx, ids)
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	// A changed group matters only to undated events, which merge by group.
	regrouped, err := tx.EventsOfDocs(ctx, changed)
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	return restory(ctx, tx, fresh, regrouped)
}

// scope is what a key's recomputation covers: the windows around its new
// dated events, and whether its undated events need regrouping.
type scope struct {
	windows []Window
	undated bool
}

// restory recomputes the stories around the given events: for each key,
// the dated events whose dates overlap theirs (growing the window until no
// event reaches out of it: beyond, no event can merge with one inside), and
// the key's undated events when an undated event or a group changed.
//
// The keys' stories are stored together, with one look-up of groups and one
// replacement for all keys: a key's stories hold only events of that key,
// and reading a key's events and the documents' groups does not depend on
// the stories stored for other keys, so the result is the one key-by-key
// replacement gave, in a fraction of the statements (a batch has thousands
// of keys).
func restory(ctx context.Context, tx Tx, fresh, regrouped []dossier.EventRecord) error {
	scopes := map[Key]*scope{}
	get := func(k Key) *scope {
		if scopes[k] == nil {
			scopes[k] = &scope{}
		}
		return scopes[k]
	}
	for _, e := range fresh {
		sc := get(KeyOf(e.Event))
		if from, to, ok := Bounds(e.Date); ok {
			sc.windows = append(sc.windows, Window{from, to})
		} else {
			sc.undated = true
		}
	}
	for _, e := range regrouped {
		if _, _, ok := Bounds(e.Date); !ok {
			get(KeyOf(e.Event)).undated = true
		}
	}
	keys := slices.Collect(maps.Keys(scopes))
	slices.SortFunc(keys, func(a, b Key) int { return strings.Compare(a.String(), b.String()) })
	byKey, err := eventsOfScopes(ctx, tx, keys, scopes)
	if err != nil {
		return err
	}
	var perKey [][]dossier.EventRecord // each key's events, once each
	var docs []string
	seenDoc := map[string]bool{}
	for _, events := range byKey {
		unique := uniqueEvents(events)
		if len(unique) == 0 {
			continue
		}
		perKey = append(perKey, unique)
		for _, e := range unique {
			if !seenDoc[e.Doc.ID] {
				seenDoc[e.Doc.ID] = true
				docs = append(docs, e.Doc.ID)
			}
		}
	}
	return rebuildStories(ctx, tx, perKey, docs)
}

// eventsOfScopes reads, for each key, the dated events connected to its
// windows and, where its scope says so, its undated events.
func eventsOfScopes(ctx context.Context, tx Tx, keys []Key, scopes map[Key]*scope) ([][]dossier.EventRecord, error) {
	out := make([][]dossier.EventRecord, len(keys))
	if btx, ok := tx.(BatchTx); ok {
		return out, eventsOfScopesBatched(ctx, btx, keys, scopes, out)
	}
	for i, k := range keys {
		sc := scopes[k]
		for _, w := range merge(sc.windows) {
			evs, err := component(ctx, tx, k, w)
			if err != nil {
				return nil, err
			}
			out[i] = append(out[i], evs...)
		}
		if sc.undated {
			evs, err := tx.UndatedEvents(ctx, k)
			if err != nil {
				return nil, err
			}
			out[i] = append(out[i], evs...)
		}
	}
	return out, nil
}

// eventsOfScopesBatched is eventsOfScopes with a query per round: all the
// windows grow together, as component grows one, until none reaches out.
func eventsOfScopesBatched(ctx context.Context, tx BatchTx, keys []Key, scopes map[Key]*scope, out [][]dossier.EventRecord) error {
	type job struct {
		key int
		w   Window
	}
	var jobs []job
	for i, k := range keys {
		for _, w := range merge(scopes[k].windows) {
			jobs = append(jobs, job{i, w})
		}
	}
	found := make([][]dossier.EventRecord, len(jobs)) // by job, once its window stopped growing
	open := make([]int, len(jobs))                    // the jobs still growing
	for j := range open {
		open[j] = j
	}
	for len(open) > 0 {
		// Each request asks for a margin more than the grown window: most
		// windows grow once (a month-dated report around a day), and the
		// events of the wider window are then already at hand.
		reqs := make([]KeyWindow, len(open))
		for n, j := range open {
			reqs[n] = KeyWindow{keys[jobs[j].key], jobs[j].w.grow().widen(prefetchMargin)}
		}
		res, err := tx.DatedEventsOf(ctx, reqs)
		if err != nil {
			return err
		}
		next := open[:0]
		for n, j := range open {
			if evs, ok := growWithin(&jobs[j].w, reqs[n].Window, res[n]); ok {
				found[j] = evs
			} else {
				next = append(next, j)
			}
		}
		open = next
	}
	for j, jb := range jobs { // in the order of keys and their windows
		out[jb.key] = append(out[jb.key], found[j]...)
	}
	var undated []Key
	var at []int
	for i, k := range keys {
		if scopes[k].undated {
			undated = append(undated, k)
			at = append(at, i)
		}
	}
	if len(undated) == 0 {
		return nil
	}
	res, err := tx.UndatedEventsOf(ctx, undated)
	if err != nil {
		return err
	}
	for n, i := range at {
		out[i] = append(out[i], res[n]...)
	}
	return nil
}

// prefetchMargin widens the windows eventsOfScopesBatched asks for.
const prefetchMargin = 45 * 24 * time.Hour

// growWithin grows *w as component does, taking the events of each grown
// window from have, the events overlapping window got: exactly what a query
// for the grown window returns, as long as it lies within got. It reports
// whether *w stopped growing (and its events); if not, *w is as far as it
// grew, for another query.
func growWithin(w *Window, got Window, have []BoundedEvent) ([]dossier.EventRecord, bool) {
	for {
		g := w.grow()
		if g.From < got.From || g.To > got.To {
			return nil, false
		}
		var evs []dossier.EventRecord
		wider := *w
		for _, e := range have {
			if e.From <= g.To && e.To >= g.From {
				evs = append(evs, e.EventRecord)
				if from, to, ok := Bounds(e.Date); ok {
					wider.From, wider.To = min(wider.From, from), max(wider.To, to)
				}
			}
		}
		if wider == *w {
			return evs, true
		}
		*w = wider
	}
}

// uniqueEvents drops repeated events (windows of a key can overlap).
func uniqueEvents(events []dossier.EventRecord) []dossier.EventRecord {
	seen := map[string]bool{}
	unique := events[:0:0]
	for _, e := range events {
		if !seen[e.ID] {
			seen[e.ID] = true
			unique = append(unique, e)
		}
	}
	return unique
}

// component loads the dated events of a key connected to the window by
// overlapping dates.
func component(ctx context.Context, tx Tx, k Key, w Window) ([]dossier.EventRecord, error) {
	for {
		evs, err := tx.DatedEvents(ctx, k, w.grow())
		if err != nil {
			return nil, err
		}
		wider := w
		for _, e := range evs {
			if from, to, ok := Bounds(e.Date); ok {
				wider.From, wider.To = min(wider.From, from), max(wider.To, to)
			}
		}
		if wider == w {
			return evs, nil
		}
		w = wider
	}
}

// merge joins overlapping windows.
func merge(ws []Window) []Window {
	slices.SortFunc(ws, func(a, b Window) int { return strings.Compare(a.From, b.From) })
	var out []Window
	for _, w := range ws {
		if n := len(out); n > 0 && w.From <= out[n-1].To {
			out[n-1].To = max(out[n-1].To, w.To)
			continue
		}
		out = append(out, w)
	}
	return out
}

// rebuildStories recomputes the stories of sets of events (each closed
// under merging, of one key) and replaces the stories they were in; docs
// are the documents of the events.
func rebuildStories(ctx context.Context, tx Tx, perKey [][]dossier.EventRecord, docs []string) error {
	if len(perKey) == 0 {
		return nil
	}
	groups, err := tx.GroupOf(ctx, docs)
	if err != nil {
		return fmt.Errorf("groups: %w", err)
	}
	groupOf := func(id string) string {
		if g, ok := groups[id]; ok {
			return g
		}
		return id
	}
	var ids []string
	var stories []dossier.Story
	for _, events := range perKey {
		for _, e := range events {
			ids = append(ids, e.ID)
		}
		for _, evs := range GroupEvents(events) {
			stories = append(stories, Stories(evs, groupOf)...)
		}
	}
	return tx.ReplaceStories(ctx, ids, stories)
}

// Rebuild recomputes every story from the events of the given documents
// (typically all documents of the store, in batches).
func Rebuild(ctx context.Context, tx Tx, docs []string) error {
	events, err := tx.EventsOfDocs(ctx, docs)
	if err != nil {
		return err
	}
	return restory(ctx, tx, events, nil)
}
