package ner

import (
	"context"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/kb"
)

// AddLexiconExtras adds the knowledge base's names to the built-in lexicon:
// persons (with their first names and surnames), organisations, places,
// countries and, from the curated German tables, adjectives and demonyms
// (deutsch, Franzose). The KB is also an extra gazetteer of its own; here its
// names join the lexicon so that the lexicon's partial-match features see
// them too (a surname alone, a place inside "Ukraine-Krieg", a lemma). Forms
// of another language are skipped. counts is updated per class.
func AddLexiconExtras(ctx context.Context, l *Lexicon, counts map[string]int, dataDir, lang string, k *kb.KB) error {
	if k == nil {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	add := func(toks []string, class string) {
		if len(toks) == 0 {
			return
		}
		l.Add(toks, class)
		counts[class]++
	}
	k.All(func(e *kb.Info) bool {
		for _, f := range e.Forms {
			if f.Lang != "" && f.Lang != lang {
				continue
			}
			toks := SplitName(f.Text)
			if len(toks) == 0 || !hasLetter(f.Text) {
				continue
			}
			switch {
			case f.Flags&kb.Adjectival != 0:
				add(toks, GazAdjective)
				continue
			case f.Flags&kb.Surname != 0:
				add(toks, GazLast)
				continue
			}
			switch e.Kind {
			case dossier.KindPerson:
				add(toks, GazPerson)
				if len(toks) >= 2 {
					if isNameWord(toks[0]) {
						add(toks[:1], GazFirst)
					}
					if last := toks[len(toks)-1]; isNameWord(last) {
						add(toks[len(toks)-1:], GazLast)
					}
				}
			case dossier.KindOrganization:
				add(toks, GazOrg)
			case dossier.KindCountry:
				add(toks, GazCountry)
			case dossier.KindLocation:
				add(toks, GazLocation)
			default:
				add(toks, GazMisc)
			}
		}
		return true
	})
	return nil
}
