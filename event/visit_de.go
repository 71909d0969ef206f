package event

import (
	"strings"

	"github.com/dossier-news/dossier"
)

// officeEnds are the endings of German titles of those whose presence
// abroad is a visit: heads of state and government and ministers
// ("Regierungschef", "Außenministerin", "Staatspräsident").
var officeEnds = []string{"präsident", "präsidentin", "kanzler", "kanzlerin", "regierungschef", "regierungschefin",
	"staatschef", "staatschefin", "premier", "premierminister", "premierministerin", "minister", "ministerin",
	"könig", "königin"}

// visitBeingDE adds a visit told with "sein" alone: an office holder who
// "war beim Erzfeind Pakistan", "ist am Montag in Kiew", "war in Peking
// zu Gast" visits that country or capital. Only one in office counts (a
// title in the phrase or a person the knowledge base has in government),
// only a foreign country or a capital, and only when the clause has no
// other noun phrase than the subject without a preposition and no
// predicate adjective ("war in Berlin Bürgermeister", "ist in Frankreich
// beliebt" tell what one is, not a visit).
func (s *sent) visitBeingDE(ci int, v *vc, cands []cand) []cand {
	if !s.de || len(v.verbs) == 0 || s.words[v.verbs[0]].lemma != "sein" || s.x.kb == nil {
		return cands
	}
	cl := &s.clauses[ci]
	// the clause ends at a purpose it runs into ("war in Pakistan, um
	// Gespräche einzuleiten"); no other verb may stand before it
	end := cl.hi
	for j := v.verbs[0] + 1; j < cl.hi; j++ {
		if s.words[j].low == "um" && s.words[j-1].low == "," {
			end = j
			break
		}
	}
	for _, j := range v.verbs[1:] {
		if j < end {
			return cands
		}
	}
	for i := range cands {
		if cands[i].clause == ci {
			return cands // "war zu Besuch in Kiew": the noun tells the visit
		}
	}
	last := end - 1
	for last > cl.lo && s.words[last].pos == pPunct {
		last--
	}
	if s.words[last].pos == pAdj {
		return cands // a predicate adjective: "ist in Frankreich beliebt"
	}
	subj := s.subject(ci)
	if len(subj) != 1 {
		return cands
	}
	sk := subj[0]
	m := s.chunkRef(sk)
	if m < 0 || s.ments[m].kind != dossier.KindPerson || !s.inOfficeDE(sk, m) {
		return cands
	}
	home := ""
	if info, ok := s.x.kb.Info(s.ments[m].m.Entity); ok {
		home = info.Country
	}
	place := -1
	for k := range s.chunks {
		ck := &s.chunks[k]
		if k == sk || ck.lo < cl.lo || ck.hi > end || ck.head < 0 {
			continue
		}
		if ck.prep < 0 {
			if s.words[ck.head].pos == pNoun {
				return cands // a predicate noun: "war in Berlin Bürgermeister"
			}
			continue
		}
		switch s.words[ck.prep].low {
		case "in", "im", "bei", "beim":
		default:
			continue
		}
		pm := s.chunkRef(k)
		if pm < 0 || place >= 0 {
			continue
		}
		info, ok := s.x.kb.Info(s.ments[pm].m.Entity)
		if !ok {
			continue
		}
		country := ""
		switch {
		case s.ments[pm].kind == dossier.KindCountry && !s.ments[pm].adj:
			country = info.Country
			if country == "" {
				country = info.ID
			}
		case s.ments[pm].kind == dossier.KindLocation && info.MetonymOf != "":
			country = info.MetonymOf
		default:
			continue
		}
		if home != "" && (country == home || strings.EqualFold(info.Country, home)) {
			return cands // at home: "Merkel war in Berlin"
		}
		place = pm
	}
	e := s.lx.plainVerbEntry("besuchen")
	if place < 0 || e == nil || e.typ != "CONSULT" {
		return cands
	}
	t := v.verbs[0]
	c := cand{trig: t, trigLo: t, e: e, clause: ci, loc: -1, repCl: -1}
	c.actors = append(c.actors, s.ref(m, s.chunks[sk].sector))
	c.targets = append(c.targets, s.ref(place, ""))
	return append(cands, c)
}

// inOfficeDE says whether the person of subject chunk k (mention m) holds
// an office whose travels are visits: a title before the name in the
// phrase ("Indiens Regierungschef Narendra Modi"), or a person the
// knowledge base has in government.
func (s *sent) inOfficeDE(k, m int) bool {
	ck := &s.chunks[k]
	for j := ck.lo; j < ck.hi; j++ {
		w := &s.words[j]
		if w.pos != pNoun && w.pos != pPropn {
			continue
		}
		for _, end := range officeEnds {
			if strings.HasSuffix(w.lemma, end) {
				return true
			}
		}
	}
	info, ok := s.x.kb.Info(s.ments[m].m.Entity)
	return ok && info.Sector == "GOV"
}
