package aggregate

import (
	"context"
	"fmt"
	"slices"

	"github.com/dossier-news/dossier"
)

// Tx is what the incremental update reads and writes, inside one
// transaction that holds the store's aggregation lock, so that updates from
// several processes apply one after another and see each other's results.
type Tx interface {
	// Candidates returns the stored documents that might be near-duplicates
	// of doc (sharing a MinHash band, same language) or translations of it
	// (other language, naming several of the same entities).
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
	// Keys returns the story keys of the events of the given documents.
	Keys(ctx context.Context, docs []string) ([]Key, error)
	// EventsOf returns every stored event with one of the keys.
	EventsOf(ctx context.Context, keys []Key) ([]dossier.EventRecord, error)
	// ReplaceStories removes the stories of the keys and stores new ones.
	ReplaceStories(ctx context.Context, keys []Key, stories []dossier.Story) error
}

// CandidateOf describes a document for duplicate detection.
func CandidateOf(d *dossier.Document) Candidate {
	return Candidate{ID: d.ID, Lang: d.Lang, Signature: MinHash(d.Text), Fingerprint: FingerprintOf(d)}
}

// Update brings groups and stories up to date after docs were added:
// it links the new documents to their duplicates and translations, then
// recomputes the stories of every key their events (or the events of any
// document whose group changed) belong to. The stories of a key depend only
// on its events and groups, so the result is the same as a rebuild.
//
// Stores call it inside the transaction that adds the documents, so that
// documents and their stories are stored together or not at all.
func Update(ctx context.Context, tx Tx, docs []*dossier.Document) error {
	if len(docs) == 0 {
		return nil
	}
	var links [][3]string
	touched := map[string]bool{}
	for _, d := range docs {
		touched[d.ID] = true
		c := CandidateOf(d)
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
	for _, id := range changed {
		touched[id] = true
	}
	ids := make([]string, 0, len(touched))
	for id := range touched {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	keys, err := tx.Keys(ctx, ids)
	if err != nil {
		return fmt.Errorf("story keys: %w", err)
	}
	return restory(ctx, tx, keys)
}

// restory recomputes the stories of the given keys from their events.
func restory(ctx context.Context, tx Tx, keys []Key) error {
	if len(keys) == 0 {
		return nil
	}
	events, err := tx.EventsOf(ctx, keys)
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	var docs []string
	seen := map[string]bool{}
	for _, e := range events {
		if !seen[e.Doc.ID] {
			seen[e.Doc.ID] = true
			docs = append(docs, e.Doc.ID)
		}
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
	var stories []dossier.Story
	for _, evs := range GroupEvents(events) {
		stories = append(stories, Stories(evs, groupOf)...)
	}
	return tx.ReplaceStories(ctx, keys, stories)
}

// Rebuild recomputes the stories of the given keys (typically every key of
// the store) from the stored events and groups.
func Rebuild(ctx context.Context, tx Tx, keys []Key) error {
	const per = 500
	for lo := 0; lo < len(keys); lo += per {
		if err := restory(ctx, tx, keys[lo:min(lo+per, len(keys))]); err != nil {
			return err
		}
	}
	return nil
}
