package event

import (
	"strings"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/kb"
)

// placeKB looks a name up as written; *kb.KB has it.
type placeKB interface {
	Lookup(name, lang string) []kb.Candidate
}

// cityOrgansDE gives a German organ of state named after its city by an
// adjective in -er ("die Hamburger Polizei", "der Berliner
// Staatsanwaltschaft") the city's country as its referent, with the
// organ's sector: the police or prosecutors placed there, the government
// whose ministry sits there. (A city as the
// referent would read as a place, not an actor, to the rules.) The
// linker leaves such a phrase unlinked or a local organisation of its own,
// which no event data can code. Only phrases whose head is an organ noun
// (see organNounsDE) look the adjective up.
func (s *sent) cityOrgansDE() {
	if !s.de || s.x.kb == nil {
		return
	}
	pk, ok := s.x.kb.(placeKB)
	ck, ok2 := s.x.kb.(countryKB)
	if !ok || !ok2 {
		return
	}
	for k := range s.chunks {
		c := &s.chunks[k]
		if c.head < 1 || c.pron || c.relPron || c.head-1 < c.lo {
			continue
		}
		sector, ok := cityOrganSectorDE(s.words[c.head].low)
		if !ok || c.ment >= 0 && !strings.HasPrefix(s.ments[c.ment].m.Entity, "local:") {
			continue
		}
		adj := &s.words[c.head-1]
		if !capitalized(adj.tok.Text) || !strings.HasSuffix(adj.low, "er") || len(adj.low) < 5 {
			continue
		}
		city, ok := cityOfAdjectiveDE(pk, adj.tok.Text)
		if !ok {
			continue
		}
		e, ok := ck.Country(city.Country)
		if !ok {
			continue
		}
		s.addCorefMention(k, argRef{ent: e.ID, sector: sector, kind: dossier.KindCountry, conf: 1}, 0)
		c.sector = sector
	}
}

// cityOrganSectorDE returns the sector of the head of a German phrase
// that a city adjective can place: an organ noun, or a ministry or
// foreign office ("das Moskauer Außenministerium", "das Pariser Außenamt"),
// which sits in a capital and speaks for its state's government.
func cityOrganSectorDE(head string) (string, bool) {
	if sector, ok := organNounsDE[head]; ok {
		return sector, true
	}
	if strings.HasSuffix(head, "ministerium") || head == "außenamt" {
		return "GOV", true
	}
	return "", false
}

// cityOfAdjectiveDE returns the place a German adjective in -er is made
// from: the stem ("Hamburger", "Kölner"), with an -en ending restored
// ("Bremer") or an e put back before its n ("Münchner", "Dresdner").
func cityOfAdjectiveDE(pk placeKB, adj string) (kb.Candidate, bool) {
	stem := adj[:len(adj)-2]
	forms := [3]string{stem, stem + "en", ""}
	if strings.HasSuffix(stem, "n") {
		forms[2] = stem[:len(stem)-1] + "en"
	}
	for _, f := range forms {
		if f == "" {
			continue
		}
		for _, c := range pk.Lookup(f, "de") {
			if c.Kind == dossier.KindLocation && c.Country != "" {
				return c, true
			}
		}
	}
	return kb.Candidate{}, false
}
