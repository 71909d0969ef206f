//go:build !nonner

// The bridge to package entity/ner. Build with -tags nonner to leave it out
// (the stage then runs on the knowledge base alone, or with a Recognizer the
// caller supplies), e.g. while that package is being rebuilt.

package entity

import (
	"fmt"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/entity/ner"
	"github.com/dossier-news/dossier/kb"
)

// NER adapts a model of package entity/ner to Recognizer. The model gets the
// linker's knowledge-base matches as its gazetteer (ner.FromKBMatches), so
// the matcher runs once per sentence.
func NER(m *ner.Model) Recognizer { return nerRecognizer{m} }

type nerRecognizer struct{ m *ner.Model }

func (r nerRecognizer) Recognize(words []string, toks []dossier.Token, kbm []kb.Match) []Chunk {
	cs := r.m.PredictWith(words, ner.FromKBMatches(kbm, toks))
	if len(cs) == 0 {
		return nil
	}
	out := make([]Chunk, len(cs))
	for i, c := range cs {
		out[i] = Chunk{Start: c.Start, End: c.End, Class: c.Class, Sub: c.Sub, Score: c.Score}
	}
	return out
}

// LoadRecognizers loads the embedded recognisers of the given languages,
// sharing the knowledge base k with models trained with it as a gazetteer.
func LoadRecognizers(k *kb.KB, langs ...string) (map[string]Recognizer, error) {
	out := make(map[string]Recognizer, len(langs))
	for _, lang := range langs {
		m, err := ner.LoadWith(lang, ner.KBGazetteer{Matcher: k.Matcher(), Lang: lang})
		if err != nil {
			return nil, fmt.Errorf("entity recogniser %s: %w", lang, err)
		}
		out[lang] = NER(m)
	}
	return out, nil
}
