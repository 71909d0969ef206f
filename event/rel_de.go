package event

import "github.com/dossier-news/dossier"

// pluralFiniteDE says whether the finite verb of a German verb-final
// clause (its last verb or auxiliary) is plural: "…, die der Regierung
// Versagen vorwerfen" (-en), "…, die … gefordert hatten", "… sind". It
// answers false when it cannot tell, and for an infinitive clause.
func (s *sent) pluralFiniteDE(ci int) bool {
	c := &s.clauses[ci]
	for i := c.hi - 1; i >= c.lo; i-- {
		w := &s.words[i]
		if w.pos != pVerb && w.pos != pAux {
			continue
		}
		if i > c.lo && s.words[i-1].low == "zu" {
			return false
		}
		switch w.low {
		case "sind", "seien":
			return true
		}
		return len(w.low) > 3 && hasSuffix(w.low, "en")
	}
	return false
}

// singularNominativeDE says whether German phrase k can only be a singular
// subject: it begins with "der", which as a nominative is masculine
// singular (as a plural it would be a genitive). A plural finite verb rules
// it out as subject of a relative clause whose pronoun "die" then is the
// subject itself ("Gruppen, die der Hamas Nachgiebigkeit vorwerfen").
func (s *sent) singularNominativeDE(k int) bool {
	ck := &s.chunks[k]
	return s.words[ck.lo].low == "der"
}

// directionWordDE are German words that place something relative to a
// place in the von-phrase after them ("südlich von Hebron", "unweit von
// Kiew"): the phrase is no passive agent.
var directionWordDE = map[string]bool{"nördlich": true, "südlich": true, "östlich": true, "westlich": true,
	"nordöstlich": true, "nordwestlich": true, "südöstlich": true, "südwestlich": true, "unweit": true,
	"oberhalb": true, "unterhalb": true, "abseits": true, "jenseits": true, "diesseits": true, "außerhalb": true}

// cityAfterNounDE says whether German von-phrase k right after a noun names
// a place below a country (a city, a region): "der Attentäter von Tel
// Aviv", "der Bürgermeister von Chicago". Such a phrase belongs to the
// noun; a country there may still act as a passive agent ("… der
// Regierung von Russland kritisiert" is rarer than "von Russland").
func (s *sent) cityAfterNounDE(k int) bool {
	r := s.chunkRef(k)
	return r >= 0 && s.ments[r].kind == dossier.KindLocation
}
