//go:build !nonner

// The bridge to package entity/ner. Build with -tags nonner to leave it out
// (the stage then runs on the knowledge base alone, or with a Recognizer the
// caller supplies), e.g. while that package is being rebuilt.

package entity

import (
	"fmt"
	"slices"
	"sync"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/entity/ner"
	"github.com/dossier-news/dossier/kb"
)

// NER adapts a model of package entity/ner to Recognizer. The model gets the
// linker's knowledge-base matches as its gazetteer (ner.FromKBMatches), so
// the matcher runs once per sentence.
func NER(m *ner.Model) Recognizer { return nerRecognizer{m: m, bufs: &sync.Pool{}} }

type nerRecognizer struct {
	m *ner.Model
	// bufs holds *nerBufs: the gazetteer matches and the model's chunks of
	// a sentence, reused, where each sentence allocated both
	bufs *sync.Pool
}

type nerBufs struct {
	gaz []ner.GazMatch
	cs  []ner.Chunk
}

func (r nerRecognizer) Recognize(words []string, toks []dossier.Token, kbm []kb.Match) []Chunk {
	out := r.appendChunks(nil, words, toks, kbm)
	if len(out) == 0 {
		return nil
	}
	return out
}

func (r nerRecognizer) appendChunks(dst []Chunk, words []string, toks []dossier.Token, kbm []kb.Match) []Chunk {
	b, _ := r.bufs.Get().(*nerBufs)
	if b == nil {
		b = &nerBufs{}
	}
	b.gaz = ner.AppendKBMatches(b.gaz[:0], kbm, toks)
	b.cs = r.m.AppendPredictWith(b.cs[:0], words, b.gaz)
	dst = slices.Grow(dst, len(b.cs))
	for _, c := range b.cs {
		dst = append(dst, Chunk{Start: c.Start, End: c.End, Class: c.Class, Sub: c.Sub, Score: c.Score})
	}
	r.bufs.Put(b)
	return dst
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
