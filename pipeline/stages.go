package pipeline

import (
	"context"

	"github.com/dossier-news/dossier"
)

// Tagger fills in part of speech and lemma for one sentence's tokens.
type Tagger interface {
	Tag(tokens []dossier.Token)
}

// TagStage tags every sentence with the tagger of its language; sentences
// in a language without a tagger stay untagged.
type TagStage map[string]Tagger

// Analyze implements Analyzer.
func (ts TagStage) Analyze(_ context.Context, d *dossier.Document) error {
	for i := range d.Sentences {
		if t := ts[d.Sentences[i].Lang]; t != nil {
			t.Tag(d.Sentences[i].Tokens)
		}
	}
	return nil
}

// TimexAnnotator finds and normalises the time expressions of a text.
type TimexAnnotator interface {
	Annotate(text, lang, dct string) []dossier.TimeValue
}

// TimexStage resolves time expressions against the document's publication
// date, the document creation time of TimeML; without one, the annotator
// anchors to dates in the text or leaves values underspecified.
type TimexStage struct{ Annotator TimexAnnotator }

// Analyze implements Analyzer.
func (ts TimexStage) Analyze(_ context.Context, d *dossier.Document) error {
	d.Timexes = ts.Annotator.Annotate(d.Text, d.Lang, DocumentDate(d.Published))
	return nil
}

// DocumentDate is the calendar day of a publication date given as
// YYYY-MM-DD or RFC 3339 (the publisher's own day, not UTC's).
func DocumentDate(published string) string {
	if len(published) >= 10 {
		return published[:10]
	}
	return ""
}

// EntityIndex fills Document.Entities with every entity the mentions and
// events name, so that a store keeps what its records refer to. Local
// entities (names the knowledge base lacks) come from Local, which describes
// them as this document spells them; the rest from Resolve.
type EntityIndex struct {
	Resolve func(id string) (dossier.Entity, bool)
	Local   func(d *dossier.Document) []dossier.Entity
}

// Analyze implements Analyzer.
func (x EntityIndex) Analyze(_ context.Context, d *dossier.Document) error {
	seen := map[string]bool{"": true}
	d.Entities = d.Entities[:0]
	if x.Local != nil {
		for _, e := range x.Local(d) {
			seen[e.ID] = true
			d.Entities = append(d.Entities, e)
		}
	}
	add := func(id string) {
		if seen[id] {
			return
		}
		seen[id] = true
		if e, ok := x.Resolve(id); ok {
			d.Entities = append(d.Entities, e)
		}
	}
	for _, m := range d.Mentions {
		add(m.Entity)
	}
	for _, e := range d.Events {
		add(e.Actor)
		add(e.Target)
		add(e.Location)
		add(e.Source)
	}
	return nil
}
