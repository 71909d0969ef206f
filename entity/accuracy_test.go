//go:build !nonner

package entity

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/entity/ner"
	"github.com/dossier-news/dossier/eval"
)

// goldSet is a dev set the stage is scored on as a recogniser.
type goldSet struct {
	name, lang, file string
	classes          eval.ClassMap
	// floor is the least F1 the combined stage must reach (measured
	// values are logged; the floors sit a little below them so that
	// a regression fails).
	floor float64
}

var goldSets = []goldSet{
	{"germeval2014-dev", "de", "germeval2014/NER-de-dev.tsv", eval.FourClass, 0.60},
	{"conll2003-testa", "en", "conll2003-en/eng.testa", eval.FourClass, 0.85},
	{"uner-ewt-dev", "en", "uner/en_ewt-ud-dev.iob2", eval.Restrict(eval.FourClass, "PER", "ORG", "LOC"), 0.55},
}

// docFromTokens lays gold tokens out as a one-sentence document, words
// separated by one space, and tags it.
func (f *fixture) docFromTokens(words []string, lang string) *dossier.Document {
	var b strings.Builder
	toks := make([]dossier.Token, len(words))
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		toks[i] = dossier.Token{Span: dossier.Span{Start: b.Len(), End: b.Len() + len(w)}, Text: w}
		b.WriteString(w)
	}
	doc := &dossier.Document{ID: "gold", Text: b.String(), Lang: lang}
	doc.Sentences = []dossier.Sentence{{Span: dossier.Span{Start: 0, End: b.Len()}, Lang: lang, Tokens: toks}}
	f.taggers[lang].Tag(doc.Sentences[0].Tokens)
	return doc
}

// mentionChunks turns the mentions of a one-sentence document into scored
// chunks with the gold data's conventions: pieces of tokens ("US" in
// "US-Präsident") are -part spans and adjectives -deriv spans in GermEval
// (both dropped by FourClass); in CoNLL adjectives and demonyms are MISC.
// Role and kinship phrases are descriptions, not names, and are left out.
func mentionChunks(doc *dossier.Document, lang string) []eval.Chunk {
	toks := doc.Sentences[0].Tokens
	var out []eval.Chunk
	for _, m := range doc.Mentions {
		if m.Via == "role" || m.Via == "relation" {
			continue
		}
		s, e := -1, -1
		for i, t := range toks {
			if t.Start == m.Start {
				s = i
			}
			if t.End == m.End {
				e = i + 1
			}
		}
		if s < 0 || e < 0 {
			continue // a piece of a token: a -part span
		}
		class := m.Class
		if m.Via == "adjective" && lang == "de" {
			class = "LOCderiv"
		}
		out = append(out, eval.Chunk{Start: s, End: e, Class: class})
	}
	return out
}

// The embedded recognisers were trained on these dev sets too, so their
// scores there are training scores. ENTITY_NER_DIR names a folder with
// models trained without them (de.ner.gz, en.ner.gz, made by `dossier train
// ner --train …`) for figures on unseen text.
func TestAccuracyAsNER(t *testing.T) {
	if testing.Short() {
		t.Skip("scores whole dev sets")
	}
	f := testFixture(t)
	data := filepath.Join(sharedDir(t), "data")
	recs, linker := f.recs, f.linker
	heldOut := false
	if dir := os.Getenv("ENTITY_NER_DIR"); dir != "" {
		heldOut = true
		recs = map[string]Recognizer{}
		for _, l := range []string{"en", "de"} {
			m, err := ner.LoadFile(filepath.Join(dir, l+".ner.gz"))
			if err != nil {
				t.Fatal(err)
			}
			recs[l] = NER(m)
		}
		linker = New(f.kb, recs)
		t.Logf("recognisers from %s", dir)
	}
	for _, g := range goldSets {
		t.Run(g.name, func(t *testing.T) {
			sents, _, err := eval.ReadNERFile(filepath.Join(data, g.file))
			if err != nil {
				t.Skipf("gold data: %v", err)
			}
			stage, alone := eval.NewNERScorer(g.classes), eval.NewNERScorer(g.classes)
			rec := recs[g.lang]
			for _, s := range sents {
				doc := f.docFromTokens(s.Tokens, g.lang)
				gold := eval.Chunks(s.Labels)
				// the recogniser alone, with the KB as its gazetteer as in the stage
				toks := doc.Sentences[0].Tokens
				ms := f.kb.Matcher().Match(toks, g.lang, nil)
				var nerChunks []eval.Chunk
				for _, c := range rec.Recognize(s.Tokens, toks, ms) {
					class := c.Class
					if c.Sub != "" {
						class += c.Sub
					}
					nerChunks = append(nerChunks, eval.Chunk{Start: c.Start, End: c.End, Class: class})
				}
				alone.Add(gold, nerChunks)
				if err := linker.Analyze(context.Background(), doc); err != nil {
					t.Fatal(err)
				}
				stage.Add(gold, mentionChunks(doc, g.lang))
			}
			var b strings.Builder
			stage.WriteClasses(&b)
			t.Logf("%s\n%s", stage.Summary("entity stage "+g.name), b.String())
			b.Reset()
			alone.WriteClasses(&b)
			t.Logf("%s\n%s", alone.Summary("recogniser alone "+g.name), b.String())
			if f1 := stage.Total.F1(); f1 < g.floor {
				t.Errorf("%s: F1 %.3f below %.2f", g.name, f1, g.floor)
			}
			// Only recognisers that have not seen the dev sets make the
			// comparison fair: the embedded ones recite them.
			if heldOut && stage.Total.F1() < alone.Total.F1()-0.01 {
				t.Errorf("%s: the stage (F1 %.3f) is worse than the recogniser alone (%.3f)", g.name, stage.Total.F1(), alone.Total.F1())
			}
		})
	}
}
