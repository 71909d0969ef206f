package aggregate

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"

	"github.com/dossier-news/dossier"
)

// symmetric types are the same happening whichever side the text names
// first ("Russia and North Korea agreed", "Kim met Putin" / "Putin met Kim").
var symmetric = map[string]bool{"AGREE": true, "CONSULT": true, "COOPERATE": true}

// Symmetric reports whether a PLOVER type is the same happening whichever
// side the text names first.
func Symmetric(plover string) bool { return symmetric[plover] }

// Key is what every report of one story shares: the type and the two sides.
// Stories are merged within a key only, so a new event changes the stories
// of its own key and no other.
type Key struct {
	Type, Actor, Target string
}

// KeyOf returns the story key of an event.
func KeyOf(e dossier.Event) Key {
	k := Key{Type: e.Type, Actor: e.Actor, Target: e.Target}
	if symmetric[k.Type] && k.Target != "" && k.Target < k.Actor {
		k.Actor, k.Target = k.Target, k.Actor
	}
	return k
}

func (k Key) String() string { return k.Type + "|" + k.Actor + "|" + k.Target }

// story under construction
type building struct {
	story  dossier.Story
	anchor interval
	first  dossier.EventRecord
	docs   map[string]bool
	groups map[string]bool
	mode   string
	loc    string
}

// Stories merges the events of one key into stories. Dated events merge
// when their dates are compatible (overlapping; within two days at day
// precision). Events without a date join an undated story only through a
// document of the same group (a duplicate or a translation); else each
// stands alone. groupOf maps a document id to its group id (missing: the
// document is its own group).
//
// The result depends only on the set of events, not their order: events are
// taken finest date first, then by date, then by id, and each joins the
// compatible story whose anchor date is closest.
func Stories(events []dossier.EventRecord, groupOf func(docID string) string) []dossier.Story {
	if groupOf == nil {
		groupOf = func(id string) string { return id }
	}
	type item struct {
		ev dossier.EventRecord
		iv interval
	}
	items := make([]item, 0, len(events))
	for _, e := range events {
		if e.Modality == dossier.ModalityNegated {
			continue // what did not happen is no report of a happening
		}
		items = append(items, item{e, intervalOf(e.Date)})
	}
	slices.SortFunc(items, func(a, b item) int {
		return cmp.Or(
			cmp.Compare(a.iv.rank, b.iv.rank),
			a.iv.from.Compare(b.iv.from),
			cmp.Compare(a.ev.ID, b.ev.ID),
		)
	})
	var built []*building
	for _, it := range items {
		var best *building
		bestGap := int64(-1)
		for _, b := range built {
			if !fits(b, it.ev, it.iv, groupOf) {
				continue
			}
			gap := int64(0)
			if it.iv.dated() {
				gap = absDays(b.anchor.from.Sub(it.iv.from).Hours() / 24)
			}
			if best == nil || gap < bestGap {
				best, bestGap = b, gap
			}
		}
		if best == nil {
			best = &building{anchor: it.iv, first: it.ev, docs: map[string]bool{}, groups: map[string]bool{}}
			// the first report says who did what to whom; the key only
			// makes "A met B" and "B met A" one story
			best.story = dossier.Story{Type: it.ev.Type, Date: it.ev.Date, Actor: it.ev.Actor, Target: it.ev.Target}
			best.story.ID = storyID(KeyOf(it.ev.Event), it.ev.ID)
			built = append(built, best)
		}
		add(best, it.ev, groupOf)
	}
	out := make([]dossier.Story, len(built))
	for i, b := range built {
		b.story.Mode, b.story.Location = b.mode, b.loc
		slices.SortFunc(b.story.Reports, func(x, y dossier.Report) int {
			return cmp.Or(cmp.Compare(x.Doc.Published, y.Doc.Published), cmp.Compare(x.Event, y.Event))
		})
		out[i] = b.story
	}
	slices.SortFunc(out, func(a, b dossier.Story) int { return strings.Compare(a.ID, b.ID) })
	return out
}

func absDays(d float64) int64 {
	if d < 0 {
		d = -d
	}
	return int64(d)
}

// fits reports whether an event can be one more report of story b.
func fits(b *building, e dossier.EventRecord, iv interval, groupOf func(string) string) bool {
	if b.mode != "" && e.Mode != "" && b.mode != e.Mode {
		return false
	}
	if b.loc != "" && e.Location != "" && b.loc != e.Location {
		return false
	}
	switch {
	case iv.dated() && b.anchor.dated():
		return compatible(b.anchor, iv)
	case !iv.dated() && !b.anchor.dated():
		return b.groups[groupOf(e.Doc.ID)]
	}
	// Dated and undated reports stay apart: a story's dated reports then
	// depend only on events whose dates overlap theirs, which lets an
	// update recompute a window of a key instead of all of it.
	return false
}

func add(b *building, e dossier.EventRecord, groupOf func(string) string) {
	if b.mode == "" {
		b.mode = e.Mode
	}
	if b.loc == "" {
		b.loc = e.Location
	}
	b.docs[e.Doc.ID] = true
	b.groups[groupOf(e.Doc.ID)] = true
	for _, r := range b.story.Reports {
		if r.Doc.ID == e.Doc.ID && r.Start == e.Evidence.Start && r.End == e.Evidence.End {
			return // one sentence is one report, however many events it gave ("Kim and Putin met")
		}
	}
	b.story.Reports = append(b.story.Reports, dossier.Report{
		Event: e.ID, Doc: e.Doc, Lang: e.Lang, Source: e.Source, Modality: e.Modality, Date: e.Date,
		Evidence: e.EvidenceText, Start: e.Evidence.Start, End: e.Evidence.End, Quantities: e.Quantities,
	})
}

func storyID(k Key, firstEvent string) string {
	sum := sha256.Sum256([]byte(k.String() + "|" + firstEvent))
	return "s-" + hex.EncodeToString(sum[:8])
}

// GroupEvents splits events by story key.
func GroupEvents(events []dossier.EventRecord) map[Key][]dossier.EventRecord {
	out := map[Key][]dossier.EventRecord{}
	for _, e := range events {
		k := KeyOf(e.Event)
		out[k] = append(out[k], e)
	}
	return out
}
