package eval

import (
	"context"
	"strconv"
	"strings"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/kb"
	"github.com/dossier-news/dossier/pipeline"
	"github.com/dossier-news/dossier/tag"
	"github.com/dossier-news/dossier/text"
	"github.com/dossier-news/dossier/timex"
)

// NewEventRunner returns a runner that segments a record's text and runs
// the part-of-speech tagger, the time tagger and then the given stages
// (entity linking and event extraction) on it.
func NewEventRunner(langs []string, stages ...pipeline.Analyzer) (EventRunner, error) {
	taggers := pipeline.TagStage{}
	for _, l := range langs {
		t, err := tag.Load(l)
		if err != nil {
			return nil, err
		}
		taggers[l] = t
	}
	tx, err := timex.New()
	if err != nil {
		return nil, err
	}
	stages = append([]pipeline.Analyzer{taggers, pipeline.TimexStage{Annotator: tx}}, stages...)
	return func(ctx context.Context, doc *dossier.Document) error {
		for _, p := range text.Paragraphs(doc.Text) {
			doc.Paragraphs = append(doc.Paragraphs, dossier.Paragraph{Span: p, Lang: doc.Lang})
		}
		doc.Sentences = text.Segment(doc.Text, doc.Paragraphs)
		for _, s := range stages {
			if err := s.Analyze(ctx, doc); err != nil {
				return err
			}
		}
		return nil
	}, nil
}

// KBCoder codes entities of the knowledge base as the PLOVER gold-standard
// coders code actors: an entity's country; for an organisation without
// one, IMG for international militant groups (al-Qaeda) and IGO for every
// other transnational body. The PLOVER coders use IGO for international
// non-governmental organisations too (Amnesty International, the Red
// Cross), where CAMEO dictionaries write NGO, so the knowledge base's NGO
// sector is compared as IGO.
func KBCoder(k *kb.KB) EntityCoder {
	return func(id, _ string) string {
		info, ok := k.Info(id)
		if !ok {
			return ""
		}
		if info.Country != "" {
			return info.Country
		}
		if info.Sector == "IMG" {
			return "IMG"
		}
		if info.Sector == "IGO" || info.Sector == "NGO" || info.Kind == dossier.KindOrganization {
			return "IGO"
		}
		return ""
	}
}

// DictCoder codes the entities of ActorKB by the dictionary: the first
// three letters of the actor's code on the record's date.
func DictCoder(actors []DictActor) EntityCoder {
	return func(id, date string) string {
		n, ok := strings.CutPrefix(id, "petr:")
		if !ok {
			return ""
		}
		i, err := strconv.Atoi(n)
		if err != nil || i < 0 || i >= len(actors) {
			return ""
		}
		return codeOf(actors[i].CodeAt(date))
	}
}
