package ner

import (
	"slices"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/kb"
)

// KBGazetteerName names the knowledge-base gazetteer in model files.
const KBGazetteerName = "kb"

// KBGazetteer adapts the knowledge base's matcher to Gazetteer: every KB
// form found in the tokens becomes matches with the class of its best
// candidate's kind (PER, ORG, LOC, country, MISC) and with the classes its
// flags add (adjective, last, common, part). A model trained with it must be
// loaded with it (LoadWith).
type KBGazetteer struct {
	Matcher *kb.Matcher
	Lang    string // "en", "de" or "" (preferred language of forms)
}

// Lookup implements Gazetteer.
func (g KBGazetteer) Lookup(tokens []string) []GazMatch {
	if g.Matcher == nil || len(tokens) == 0 {
		return nil
	}
	// The matcher works on dossier tokens with byte offsets: lay the tokens
	// out as if separated by one space.
	toks := make([]dossier.Token, len(tokens))
	off := 0
	for i, t := range tokens {
		toks[i] = dossier.Token{Span: dossier.Span{Start: off, End: off + len(t)}, Text: t}
		off += len(t) + 1
	}
	return FromKBMatches(g.Matcher.Match(toks, g.Lang, nil), toks)
}

// FromKBMatches converts the knowledge base's matches over toks (one
// sentence: the same tokens Predict gets) into gazetteer matches, for
// PredictWith, so a caller that has already run the KB matcher need not run
// it twice.
func FromKBMatches(ms []kb.Match, toks []dossier.Token) []GazMatch {
	return AppendKBMatches(nil, ms, toks)
}

// AppendKBMatches is FromKBMatches appending to dst, for a caller that
// reuses one slice sentence after sentence.
func AppendKBMatches(dst []GazMatch, ms []kb.Match, toks []dossier.Token) []GazMatch {
	if len(ms) == 0 {
		return dst
	}
	// most matches give one gazetteer match: one allocation at most, not a
	// series
	out := slices.Grow(dst, len(ms))
	for _, m := range ms {
		if len(m.Candidates) == 0 {
			continue
		}
		start, end := m.Tokens[0], m.Tokens[1]
		if start < 0 || end > len(toks) || start >= end {
			continue
		}
		c := m.Candidates[0]
		add := func(class string) { out = append(out, GazMatch{Start: start, End: end, Class: class}) }
		partial := m.Span.Start != toks[start].Start || m.Span.End != toks[end-1].End
		switch {
		case partial:
			add(GazPart)
		case c.Flags&kb.Adjectival != 0:
			add(GazAdjective)
		default:
			switch c.Kind {
			case dossier.KindPerson:
				if c.Flags&kb.Surname != 0 {
					add(GazLast)
				} else {
					add(GazPerson)
				}
			case dossier.KindCountry:
				add(GazCountry)
			case dossier.KindLocation:
				add(GazLocation)
			case dossier.KindOrganization:
				add(GazOrg)
			default:
				add(GazMisc)
			}
		}
		if c.Flags&kb.Common != 0 {
			add(GazCommon)
		}
	}
	return out
}
