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
