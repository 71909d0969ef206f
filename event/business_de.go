package event

import (
	"strings"

	"github.com/dossier-news/dossier"
)

// busWordDE says whether a German noun (lemma) names a firm or one who
// works for one: an agent noun of business, or a compound ending in one
// ("Handelsgigant", "Autokonzern", "Sky-Managerin").
func (s *sent) busWordDE(lemma string) bool {
	ag := s.lx.cues.agent
	if ag[lemma] == "BUS" {
		return true
	}
	for _, suf := range s.lx.cues.agentSuf {
		if strings.HasSuffix(lemma, suf) {
			return ag[suf] == "BUS"
		}
	}
	return false
}

// firmOnlyDE says whether participant a is, in every mention of it, a
// firm's home or employer rather than the party itself: a country named by
// an adjective or a compound's first part on a noun of business ("der
// US-Handelsgigant", "der deutsche Autokonzern"), or a person whose title
// is one of business ("Sky-Managerin Alice Mascia"). A state named so is
// where the firm comes from; its offers and deals are the firm's.
func (s *sent) firmOnlyDE(a *argRef) bool {
	ws := s.words
	return s.everyMention(a, func(mt *ment) bool {
		k := ws[mt.lo].chunk
		if k < 0 || s.chunks[k].head < 0 {
			return false
		}
		ck := &s.chunks[k]
		h := &ws[ck.head]
		switch {
		case a.kind == dossier.KindPerson:
			// the title stands before the name in the same phrase
			for j := ck.lo; j < mt.lo; j++ {
				if (ws[j].pos == pNoun || ws[j].pos == pPropn) && s.busWordDE(ws[j].lemma) {
					return true
				}
			}
			return false
		case a.kind != dossier.KindCountry:
			return false
		case mt.adj && h.ment < 0:
			return s.busWordDE(h.lemma)
		case mt.hi-1 == ck.head && mt.m.End < h.tok.End:
			// the country is the first part of the head's compound
			return s.busWordDE(h.lemma)
		}
		return false
	})
}
