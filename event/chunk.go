package event

import (
	"strings"

	"github.com/dossier-news/dossier"
)

// possessive clitics the English tokenizer splits off ("Gondor 's").
func isClitic(low string) bool {
	switch low {
	case "'s", "’s", "'", "’":
		return true
	}
	return false
}

var enRelPron = map[string]bool{"which": true, "who": true, "whom": true, "whose": true, "that": true}

var deRelPron = map[string]bool{"der": true, "die": true, "das": true, "dem": true, "den": true, "deren": true,
	"dessen": true, "denen": true, "welche": true, "welcher": true, "welches": true, "welchem": true, "welchen": true}

// wasAntecedentDE are German pronouns a relative "was" refers to.
var wasAntecedentDE = map[string]bool{"das": true, "dies": true, "alles": true, "etwas": true, "nichts": true, "vieles": true, "manches": true}

// deNotNom are German articles and pronouns that cannot start a subject.
var deNotNom = map[string]bool{"den": true, "dem": true, "des": true, "einem": true, "einen": true, "eines": true,
	"ihm": true, "ihn": true, "ihnen": true, "uns": true, "mich": true, "dich": true, "sich": true, "mir": true,
	"dir": true, "euch": true, "seinem": true, "seinen": true, "ihrem": true, "ihren": true, "diesem": true,
	"diesen": true, "jenem": true, "keinem": true, "keinen": true, "unserem": true, "unseren": true,
	"aller": true, "vieler": true, "einiger": true, "mancher": true}

var deGen = map[string]bool{"des": true, "eines": true, "seines": true, "ihres": true, "unseres": true,
	"dieses": true, "jenes": true, "keines": true, "meines": true, "deines": true, "eures": true}

// isRelPron says whether word i starts a relative clause.
func (s *sent) isRelPron(i int) bool {
	w := &s.words[i]
	if s.de {
		if w.low == "was" && i >= 2 && s.words[i-1].low == "," && wasAntecedentDE[s.words[i-2].low] {
			return true // "all das, was nun geschieht, …"
		}
		if w.lowCls&clDeRelPron == 0 || i == 0 {
			return false
		}
		if w.pos != pPron && w.pos != pDet {
			return false
		}
		p := &s.words[i-1]
		if p.low == "," {
			// an article before a zu-infinitive (", die Unterstützung
			// fortzusetzen") is no relative pronoun
			if s.zuInfinitiveAhead(i) || s.auxPending(i) && !s.relativeWithAuxDE(i) {
				return false
			}
			if w.pos == pDet && s.nextIsNoun(i) && s.openSubordinateTailDE(i) {
				return false
			}
			return w.pos == pPron || !s.nextIsNoun(i) || s.verbFinalAhead(i)
		}
		// ", mit der …"
		return p.pos == pAdp && i >= 2 && s.words[i-2].low == "," && w.pos == pPron
	}
	if w.lowCls&clEnRelPron == 0 {
		return false
	}
	if w.low == "that" {
		// relative "that" follows a noun; complement "that" follows a verb
		return w.pos == pPron && i > 0 && s.words[i-1].nominal()
	}
	return w.pos == pPron || w.pos == pDet
}

func (s *sent) nextIsNoun(i int) bool {
	for j := i + 1; j < len(s.words); j++ {
		switch s.words[j].pos {
		case pAdj, pNum, pAdv:
			continue
		case pNoun, pPropn:
			return true
		}
		return false
	}
	return false
}

// chunkable says whether word i can be part of a noun phrase.
func (s *sent) chunkable(i int) bool {
	w := &s.words[i]
	if w.ment >= 0 {
		return true
	}
	if w.used {
		return false
	}
	if t := w.tok.Text; s.de && (t == "–" || t == "—") {
		return false // a dash the tagger took for a name ("Währungsfonds – Merkel")
	}
	switch w.pos {
	case pNoun, pPropn, pAdj, pNum:
		return true
	case pDet:
		return !s.isRelPron(i)
	case pPron:
		return !s.isRelPron(i)
	case pPart:
		return !s.de && isClitic(w.low)
	case pVerb:
		// a participle used as an adjective: "the affected Ithilen villages"
		return i > 0 && i+1 < len(s.words) && !s.de &&
			(s.words[i-1].pos == pDet || s.words[i-1].pos == pAdj) &&
			(s.words[i+1].pos == pNoun || s.words[i+1].pos == pPropn || s.words[i+1].pos == pAdj || s.words[i+1].ment >= 0)
	case pCconj:
		// coordinated adjectives: "awful and evil minister"
		return i > 0 && i+1 < len(s.words) && s.words[i-1].pos == pAdj && s.words[i+1].pos == pAdj && s.words[i-1].ment < 0
	}
	return false
}

// startsNew says whether word i, chunkable, starts a new noun phrase after
// word i-1 (chunkable too).
func (s *sent) startsNew(i int) bool {
	w, p := &s.words[i], &s.words[i-1]
	if w.ment >= 0 && p.ment == w.ment {
		return false
	}
	// a time expression is a phrase of its own ("Iran today threatened")
	if w.timex != p.timex && !(s.de && s.penaltyAfterTerm(i)) {
		return true
	}
	// two names in a row name two things ("… Sergej Lawrow Pjöngjang"),
	// unless the first is a German genitive ("Russlands Außenminister") or
	// part of a compound ("US-Präsident Donald Trump")
	if w.ment >= 0 && p.ment >= 0 && !(s.de && hasSuffix(p.low, "s")) && s.ments[p.ment].m.End >= p.tok.End && !s.ments[p.ment].adj {
		return true
	}
	if p.pos == pPron && !(p.ment >= 0) {
		// a pronoun is a phrase of its own, except possessive determiners
		// ("its embassy", "seine Regierung")
		if !possessivePron(p.low) {
			return true
		}
		return false
	}
	if w.pos == pPron && w.ment < 0 && !(s.de && p.pos == pDet) {
		return true
	}
	pn := p.pos == pNoun || p.pos == pPropn || (p.ment >= 0 && p.pos != pAdj)
	if !pn {
		return false
	}
	if s.de && s.roleBeforePlace(i) {
		return true
	}
	if s.eventNounAfterNounDE(i) {
		return true
	}
	// German: a common noun after a name starts a new phrase ("schickt
	// Nordkorea Soldaten", "empfing … Lawrow Mitte Juli"), unless the name is
	// a genitive ("Kims Schwester", "Russlands Außenminister")
	if s.de && w.ment < 0 && (w.pos == pNoun && p.pos == pPropn || p.ment >= 0 && (w.pos == pNoun || w.pos == pPropn)) && !hasSuffix(p.low, "s") {
		return true
	}
	switch w.pos {
	case pDet:
		return true
	case pNum:
		return w.ment < 0
	case pAdj:
		if w.ment >= 0 {
			// a German adjective after a common noun begins a phrase of
			// its own, a people's or country's too ("während Chinas
			// Behörden uigurische Gruppen … beschuldigen")
			return s.de && p.pos == pNoun && p.ment < 0
		}
		return s.de
	}
	return false
}

// roleBeforePlace says whether word i begins the name of a country or
// place that follows a German noun for an agent: "in dem der Diplomat
// Warschau vorwarf" names two participants (a dative object in the
// Mittelfeld), while "die Stadt Warschau" (no agent noun) and "der
// Botschafter Russlands" (a genitive) stay one phrase.
func (s *sent) roleBeforePlace(i int) bool {
	w, p := &s.words[i], &s.words[i-1]
	if w.ment < 0 || p.ment >= 0 || p.pos != pNoun || hasSuffix(w.low, "s") {
		return false
	}
	if k := s.ments[w.ment].kind; k != dossier.KindCountry && k != dossier.KindLocation || s.ments[w.ment].adj {
		return false
	}
	_, ok := s.lx.cues.agent[singular(p.lemma)]
	return ok
}

func possessivePron(low string) bool {
	switch low {
	case "its", "his", "her", "their", "our", "my", "your",
		"sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres",
		"unser", "unsere", "unseren", "unserem", "unserer":
		return true
	}
	return false
}

// chunkWords groups the words into noun phrases.
func (s *sent) chunkWords() {
	ws := s.words
	for i := 0; i < len(ws); {
		if !s.chunkable(i) {
			i++
			continue
		}
		j := i + 1
		for j < len(ws) && s.chunkable(j) && !s.startsNew(j) {
			j++
		}
		// a chunk of determiners or adjectives only is not a phrase
		s.addChunk(i, j)
		i = j
	}
}

func (s *sent) addChunk(lo, hi int) {
	ws := s.words
	c := chunk{lo: lo, hi: hi, head: -1, ment: -1, prep: -1, nomOK: true}
	for k := hi - 1; k >= lo; k-- {
		switch ws[k].pos {
		case pNoun, pPropn, pPron, pNum:
			c.head = k
		}
		if c.head >= 0 {
			break
		}
	}
	demonstrative := false
	if c.head < 0 {
		switch {
		case ws[hi-1].ment >= 0:
			c.head = hi - 1
		case s.standaloneDemonstrativeDE(lo, hi):
			c.head, demonstrative = lo, true
		default:
			return
		}
	}
	c.pron = demonstrative || ws[c.head].pos == pPron && ws[c.head].ment < 0
	// referent: the last mention in the phrase, but for the place a
	// "London-based" names: where the head sits, not who it is ("a
	// London-based spokesman of the Iraqi National Congress")
	for k := hi - 1; k >= lo; k-- {
		if ws[k].ment >= 0 && !hasSuffix(ws[k].low, "-based") {
			c.ment = ws[k].ment
			break
		}
	}
	// a head the knowledge base knows no country for ("British Defence
	// Secretary Tom King", "Russian President Boris Yeltsin") is coded by
	// the country the phrase names, as event data code actors
	if c.ment >= 0 && s.ments[c.ment].country == "" {
		for k := lo; k < s.ments[c.ment].lo; k++ {
			if m := ws[k].ment; m >= 0 && s.ments[m].country != "" && (s.ments[m].adj || s.ments[m].kind == "country") {
				c.ment = m
				break
			}
		}
	} else if c.ment >= 0 && s.ments[c.ment].kind == dossier.KindPerson {
		// a person named with the office they hold for another country or
		// an international body the knowledge base knows ("U.N. mediator Diego Cordovez", "Ithilen's
		// minister Calimehtar") acts for it, as event data code actors
		pm := &s.ments[c.ment]
		for k := lo; k < pm.lo; k++ {
			m := ws[k].ment
			if m < 0 || m == c.ment {
				continue
			}
			mt := &s.ments[m]
			affil := mt.country != "" && mt.country != pm.country && (mt.adj || mt.kind == dossier.KindCountry) ||
				mt.country == "" && mt.kind == dossier.KindOrganization && s.known(mt.m.Entity)
			if affil && s.roleBetween(mt.hi, pm.lo) {
				c.ment = m
			}
			break
		}
	}
	if !s.de && c.ment >= 0 && hasPrefixStr(ws[s.ments[c.ment].lo].low, "anti-") {
		// "an anti-Iraq blockade" is no Iraqi thing: the phrase does not
		// stand for the country its modifier is against
		c.ment = -1
	}
	if !s.de && c.ment >= 0 && s.countryInCompoundEN(c.ment, hi) {
		// "the arms-to-Iran scandal", "the Iran-contra affair", "the Iran
		// arms initiative": a country that names what a thing is about
		// inside a compound is no party to it
		c.ment = -1
	}
	if c.ment >= 0 && s.ments[c.ment].kind == dossier.KindOther && !s.known(s.ments[c.ment].m.Entity) {
		// "Islamic fundamentalists", "a Western delegation", "Moslem
		// forces": an unknown religious or ideological modifier the
		// recogniser tagged names no participant
		m := &s.ments[c.ment]
		for k := m.hi; k < hi; k++ {
			if ws[k].pos == pNoun && ws[k].ment < 0 {
				c.ment = -1
				break
			}
		}
	}
	if c.ment >= 0 {
		m := &s.ments[c.ment]
		c.sector = m.m.Sector
		// a common noun after the mention is the head: the mention modifies it
		for k := m.hi; k < hi; k++ {
			if ws[k].pos == pNoun && ws[k].ment < 0 {
				c.modifier = true
			}
		}
		if c.modifier && !s.de && c.head >= 0 && ws[c.head].ment < 0 && relationNoun[ws[c.head].lemma] && (m.kind == dossier.KindCountry || m.kind == dossier.KindPerson || m.kind == dossier.KindLocation) {
			// "U.S. allies", "Elian's father": the phrase names someone
			// related to the state or person, not them; "his Miami
			// relatives" live in the town, they are not it
			c.ment, c.modifier, c.sector = -1, false, ""
		}
		if c.modifier && c.sector == "" {
			// "North Korean workers" (LAB), "Russia's foreign ministry" (GOV);
			// a person's possessions ("Assads Rücktritt") refer to the
			// person — kinship ("Kims Schwester") the linker resolves
			c.sector = s.agentSector(lo, hi)
		}
	}
	if lo > 0 && ws[lo-1].pos == pAdp {
		c.prep = lo - 1
	} else if lo > 1 && ws[lo-1].pos == pAdv && ws[lo-2].pos == pAdp && s.de {
		c.prep = lo - 2
	}
	if s.de && c.prep < 0 && hi < len(ws) && ws[hi].low == "zufolge" {
		c.prep = hi // "Selenskyj zufolge": a postposition
	}
	if s.de && c.prep >= 0 && ws[c.prep].low == "nach" && c.prep > 0 && ws[c.prep-1].chunk >= 0 {
		// postposition: "aller Voraussicht nach", "eigenen Angaben nach"
		if pc := &s.chunks[ws[c.prep-1].chunk]; pc.prep < 0 && (deNotNom[ws[pc.lo].low] || ws[pc.lo].low == "eigenen" || ws[pc.lo].low == "meiner") {
			c.prep = -1
		}
	}
	// the second of coordinated phrases shares the first one's preposition:
	// "between al Qaeda and senior members", "to Russia and Belarus"
	if c.prep < 0 && lo > 1 && (ws[lo-1].pos == pCconj && isAnd(ws[lo-1].low) || ws[lo-1].low == ",") && ws[lo-2].chunk >= 0 {
		// "On Tuesday, the United States and Britain conferred": a date
		// and the names after it are no list
		if prev := &s.chunks[ws[lo-2].chunk]; ws[lo-1].low != "," || s.listAhead(lo) && !(!s.de && c.ment >= 0 && s.isTimex(prev)) && !s.subjectListAfterOpener(prev, lo) {
			// "Presidents X of Russia and Y of China": a phrase with a
			// phrase of the same preposition after it is the list's next
			// head, not the first phrase's second object
			if s.de || prev.prep < 0 || hi >= len(ws) || ws[hi].low != ws[prev.prep].low || c.ment < 0 {
				c.prep = prev.prep
			}
		}
	} else if c.prep < 0 && lo > 2 && ws[lo-1].pos == pCconj && ws[lo-2].low == "," && ws[lo-3].chunk >= 0 {
		c.prep = s.chunks[ws[lo-3].chunk].prep // ", and"
	}
	// "in Accra, Ghana": a country after a place of its own and a comma
	// says where the place is, and shares its preposition; read as a
	// phrase of its own it could be taken for the clause's subject ("the
	// bombings at the embassies in Lagos, Nigeria, and Accra, Ghana, killed")
	if !s.de && c.prep < 0 && c.ment >= 0 && s.ments[c.ment].kind == dossier.KindCountry && lo > 1 && ws[lo-1].low == "," && ws[lo-2].chunk >= 0 {
		if pc := &s.chunks[ws[lo-2].chunk]; pc.prep >= 0 && pc.ment >= 0 && s.ments[pc.ment].kind == dossier.KindLocation && s.ments[pc.ment].country == s.ments[c.ment].country {
			c.prep = pc.prep
		}
	}
	// a particle of a phrasal verb is no preposition: "broke off relations",
	// "pulled out troops"
	if !s.de && c.prep >= 0 && c.prep > 0 && s.words[c.prep-1].pos == pVerb && s.phrasal(&s.words[c.prep-1], s.words[c.prep].low) {
		c.prep = -1
	}
	if c.prep >= 0 && ws[lo].pos == pNum && s.quantityModifierBefore(lo) {
		// "über 10.000 Soldaten", "more than 10,000 containers": a modifier, not a preposition
		c.prep = -1
	}
	if s.de {
		if ws[lo].lowCls&clDeNotNom != 0 || s.feminineObliqueDE(lo, hi) {
			c.nomOK = false
		}
		if ws[lo].lowCls&clDeGen != 0 || lo > 0 && ws[lo-1].pos == pNoun && ws[lo-1].chunk >= 0 && (ws[lo].low == "der" || ws[lo].low == "einer" || ws[lo].low == "seiner" || ws[lo].low == "ihrer") {
			c.gen = true
			c.nomOK = false
		}
	} else if c.pron {
		switch ws[c.head].low {
		case "him", "them", "us", "me", "her", "whom":
			c.nomOK = false
		}
	}
	idx := len(s.chunks)
	for k := lo; k < hi; k++ {
		ws[k].chunk = idx
	}
	s.chunks = append(s.chunks, c)
}

// relationNoun are English nouns for someone by their relation to another:
// a possessor or modifier before them names the other ("U.S. allies",
// "Elian's father", "Abacha's supporters").
var relationNoun = map[string]bool{
	"ally": true, "allies": true, "partner": true, "neighbour": true, "neighbor": true,
	"father": true, "mother": true, "son": true, "daughter": true, "brother": true, "sister": true,
	"wife": true, "husband": true, "widow": true, "uncle": true, "aunt": true, "cousin": true,
	"nephew": true, "niece": true, "relative": true, "grandfather": true, "grandmother": true,
	"supporter": true, "follower": true, "opponent": true, "critic": true, "rival": true, "enemy": true,
}

// subjectListAfterOpener says whether the list that starts at word lo,
// after the comma that closes an English sentence-opening phrase (ending
// in prev), runs straight into a verb: "In a joint statement, France and
// Germany condemned …", "In their statement issued after the talks, X and
// Y called …" have the names for their subject, not as more objects of the
// opening preposition.
func (s *sent) subjectListAfterOpener(prev *chunk, lo int) bool {
	if s.de || prev.prep < 0 || s.words[0].pos != pAdp {
		return false
	}
	for j := 1; j < lo-1; j++ {
		if s.words[j].low == "," {
			return false // the opening phrase ends at its first comma
		}
	}
	for j := lo; j < len(s.words); j++ {
		w := &s.words[j]
		switch {
		case w.pos == pCconj && isAnd(w.low), w.low == ",", s.chunkable(j):
		default:
			return w.pos == pVerb || w.pos == pAux
		}
	}
	return false
}

// listAhead says whether a list of phrases goes on from word i to a
// coordinating conjunction ("Arnor, Osgiliath and Gondor"). Unlike
// listContinues it works while the chunks are being built: it reads the
// words, not their chunk indices.
func (s *sent) listAhead(i int) bool {
	for j := i; j < len(s.words); j++ {
		w := &s.words[j]
		if w.pos == pCconj && isAnd(w.low) {
			return true
		}
		if w.low != "," && !s.chunkable(j) {
			return false
		}
	}
	return false
}

// agentSector returns the sector the phrase's head noun names ("soldiers"
// → MIL, "Regierung" → GOV), or "".
func (s *sent) agentSector(lo, hi int) string {
	ag := s.lx.cues.agent
	ws := s.words
	for k := hi - 1; k >= lo; k-- {
		w := &ws[k]
		if w.pos != pNoun && w.pos != pPropn {
			continue
		}
		if !s.de && w.ment >= 0 && k > lo && ws[k-1].pos == pNoun && ws[k-1].ment < 0 {
			// "the Chinese carmaker BYD", "U.S. envoy Steve Witkoff": a
			// name after its role noun; the noun says the sector
			continue
		}
		if s.de && k > lo && ws[k-1].pos == pNoun && ws[k-1].ment < 0 && ag[ws[k-1].lemma] == "NGO" {
			// "das deutsche Hilfswerk Misereor": the name of an aid group
			// after its noun
			return "NGO"
		}
		if k > lo {
			if sec, ok := ag[ws[k-1].lemma+" "+singular(w.lemma)]; ok {
				return sec
			}
		}
		if !s.de && singular(w.lemma) == "unit" {
			if sec, firm := s.unitSectorEN(lo, k, hi); firm {
				return sec
			}
		}
		if sec, ok := ag[singular(w.lemma)]; ok {
			return sec
		}
		if sec, ok := ag[w.lemma]; ok {
			return sec
		}
		if s.de {
			// an adjectival noun the lemmatiser leaves as its adjective or a
			// weak form ("Abgeordnete" → abgeordnet, "Angestellten" →
			// angestellte): the row names its strong masculine form
			if sec, ok := ag[adjNounDE(w.lemma)]; ok {
				return sec
			}
			// compounds: "Außenministerium", "Militärführung"
			for _, suf := range s.lx.cues.agentSuf {
				if strings.HasSuffix(w.lemma, suf) {
					return ag[suf]
				}
			}
		}
		return ""
	}
	return ""
}

// unitSectorEN reads an English "unit" at word k of phrase [lo, hi) that
// is no armed force: one a noun or name before it qualifies ("its brokerage
// unit", "Texas Air Corp's Continental Airlines unit"; an agent noun keeps
// its own sector: "an army unit", "a police unit"), one of a firm's
// possessive ("the company's unit") or a unit "of" a firm or business ("a
// unit of American Express"). ok is false where "unit" keeps its military
// sector ("an elite unit", "Iraqi units").
func (s *sent) unitSectorEN(lo, k, hi int) (sector string, ok bool) {
	ws := s.words
	firm := func(j int) bool {
		w := &ws[j]
		if w.ment >= 0 {
			return s.ments[w.ment].kind == dossier.KindOrganization
		}
		return s.lx.cues.econ[singular(w.lemma)]
	}
	if j := k - 1; j >= lo {
		w := &ws[j]
		if w.low == "'s" || w.low == "'" {
			if j-1 >= lo && firm(j-1) {
				return "", true
			}
			return "", false
		}
		if w.pos == pNoun || w.pos == pPropn {
			if sec, ok := s.lx.cues.agent[singular(w.lemma)]; ok {
				return sec, true
			}
			return "", true
		}
	}
	if hi+1 < len(ws) && ws[hi].low == "of" {
		if n := ws[hi+1].chunk; n >= 0 {
			ck := &s.chunks[n]
			if ck.ment >= 0 && s.ments[ck.ment].kind == dossier.KindOrganization || ck.head >= 0 && firm(ck.head) {
				return "", true
			}
		}
	}
	return "", false
}

// adjNounDE returns the strong masculine form of a German adjectival noun
// from a lemma without it: "abgeordnet" → "abgeordneter", "angestellte" →
// "angestellter".
func adjNounDE(lemma string) string {
	if strings.HasSuffix(lemma, "er") {
		return ""
	}
	if strings.HasSuffix(lemma, "e") {
		return lemma + "r"
	}
	return lemma + "er"
}

// chunkLemmas appends the phrase's words as lemmas, singular, for condition
// matching.
func (s *sent) chunkLemmas(c *chunk, dst []string) []string {
	// a German personal pronoun standing alone is the object itself: a
	// row may ask for people picked up ("sie wurden aufgegriffen")
	if s.de && c.hi-c.lo == 1 && s.words[c.lo].pos == pPron {
		switch w := s.words[c.lo].low; w {
		case "sie", "er", "ihn", "ihm", "ihnen", "wir", "uns":
			return append(dst, w)
		}
	}
	for k := c.lo; k < c.hi; k++ {
		w := &s.words[k]
		switch w.pos {
		case pDet, pPron, pPunct:
			continue
		}
		dst = append(dst, singular(w.lemma))
	}
	return dst
}

// quantityModifierBefore says whether the words before i end with a
// quantity modifier ("over", "more than", "bis zu").
func (s *sent) quantityModifierBefore(i int) bool {
	for n := 1; n <= 3 && i-n >= 0; n++ {
		if _, ok := s.lx.cues.qmod[string(s.phrase(i-n, i))]; ok {
			return true
		}
	}
	return false
}

// zuInfinitiveAhead says whether the stretch from i to the next boundary
// ends in a zu-infinitive.
func (s *sent) zuInfinitiveAhead(i int) bool {
	last := -1
	for j := i; j < len(s.words); j++ {
		w := &s.words[j]
		if isBoundaryPunct(w.low) || w.low == "." || w.pos == pSconj {
			break
		}
		if w.pos == pVerb || w.pos == pAux {
			last = j
		}
	}
	if last < 0 {
		return false
	}
	w := &s.words[last]
	return last > 0 && s.words[last-1].low == "zu" || containsZu(w.low, w.lemma)
}

// phrasal says whether the lexicon knows verb+particle as a phrasal verb
// ("break off", "pull out", "call for").
func (s *sent) phrasal(verb *word, particle string) bool {
	for _, e := range s.verbEntries(verb) {
		if len(e.rest) > 0 && e.rest[0] == particle {
			return true
		}
	}
	return false
}

// verbFinalAhead says whether the stretch from i+1 to the next boundary has
// its verbs only at its end, after a phrase: the shape of a German relative
// or subordinate clause (", der Pjöngjang besuchte").
func (s *sent) verbFinalAhead(i int) bool {
	end := i + 1
	for end < len(s.words) {
		w := &s.words[end]
		if isBoundaryPunct(w.low) || w.low == "." || w.low == "?" || w.low == "!" {
			break
		}
		// "die Russland kritisierten und der Ukraine Hilfe zusagten": a
		// verb right before "und" closes the first of two verb-final
		// phrases
		if s.de && (w.low == "und" || w.low == "oder") && end > i+2 && (s.words[end-1].pos == pVerb || s.words[end-1].pos == pAux) {
			break
		}
		end++
	}
	k := end - 1
	for k > i && (s.words[k].pos == pVerb || s.words[k].pos == pAux) {
		k--
	}
	if k == end-1 || k < i+1 {
		return false // no verb at the end, or nothing before it
	}
	for j := i + 1; j <= k; j++ {
		if s.words[j].pos == pVerb || s.words[j].pos == pAux {
			return false
		}
	}
	return true
}

// auxPending says whether the sentence before word i has an auxiliary still
// waiting for its participle or infinitive: the clause resumes after a
// parenthesis ("hatte Kims Schwester, ebenfalls auf Englisch, die … zurückgewiesen").
func (s *sent) auxPending(i int) bool {
	aux := false
	for j := i - 1; j >= 0; j-- {
		w := &s.words[j]
		if w.pos == pSconj {
			return false
		}
		if w.pos == pVerb || w.pos == pAux {
			if !deAux[w.lemma] {
				return false
			}
			aux = true
		}
	}
	return aux
}

// roleBetween says whether words [i, j) name an office: a common noun
// ("mediator", "minister", "Secretary-General" tagged as a noun or
// adjective), not just titles of address or names.
func (s *sent) roleBetween(i, j int) bool {
	for k := i; k < j; k++ {
		w := &s.words[k]
		if w.ment >= 0 {
			return false
		}
		if w.pos == pNoun || s.agentSector(k, k+1) != "" {
			return true
		}
	}
	return false
}

// known says whether the knowledge base has the entity (not one the
// statistical recogniser found, whose country nobody knows).
func (s *sent) known(id string) bool {
	if s.x.kb == nil {
		return false
	}
	_, ok := s.x.kb.Info(id)
	return ok
}

// standaloneDemonstrativeDE says whether words [lo, hi) are a German
// demonstrative standing for a noun phrase ("Dieser kritisierte …", ",
// diese forderten …"), which the tagger reads as a determiner without its
// noun.
func (s *sent) standaloneDemonstrativeDE(lo, hi int) bool {
	if !s.de || hi-lo != 1 || !demonstrativeDE(s.words[lo].low) {
		return false
	}
	return hi == len(s.words) || !s.words[hi].nominal() && s.words[hi].pos != pAdj && s.words[hi].pos != pNum
}

// demonstrativeDE says whether a German word is a nominative demonstrative
// that can stand alone as a subject.
func demonstrativeDE(low string) bool {
	switch low {
	case "dieser", "diese", "jener", "jene", "letzterer", "letztere":
		return true
	}
	return false
}

// feminineObliqueDE says whether German phrase [lo, hi) opens with "der"
// or "einer" before a feminine singular noun ("der Ukraine", "der
// Regierung", "einer Delegation"): dative or genitive, never a subject, so
// a phrase fronted that way ("Der Ukraine sagte Deutschland Hilfe zu") is
// an object. The noun is feminine by its suffix, or a country name ending
// in -e (masculine country names take no -e: "der Iran", "der Jemen").
func (s *sent) feminineObliqueDE(lo, hi int) bool {
	ws := s.words
	if ws[lo].low != "der" && ws[lo].low != "einer" {
		return false
	}
	j := lo + 1
	for j < hi && ws[j].pos == pAdj {
		j++
	}
	if j >= hi || ws[j].pos != pNoun && ws[j].pos != pPropn {
		return false
	}
	low := ws[j].low
	for _, suf := range feminineSuffixDE {
		if hasSuffix(low, suf) {
			return true
		}
	}
	if m := ws[j].ment; m >= 0 && s.ments[m].kind == dossier.KindCountry && hasSuffix(low, "e") {
		return true
	}
	return false
}

// feminineSuffixDE are endings of German feminine nouns (-ion only after
// t, s, g, n: "der Spion" is masculine), and of women's titles and offices
// ("der Ministerin", "der Präsidentin", "der Parteichefin": -in alone would
// take "der Termin", "der Delfin").
var feminineSuffixDE = []string{"ung", "heit", "keit", "schaft", "tät", "ei", "tion", "sion", "gion", "nion",
	"erin", "orin", "entin", "antin", "istin", "chefin", "ärztin", "anwältin", "rätin", "beamtin", "königin", "fürstin"}

// openSubordinateTailDE says whether the German words from i, after a
// comma, go on with a subordinate clause that an embedded relative clause
// broke off before its verb: "dass Russland, das …, die Ukraine angreift",
// "dass all das, was nun geschieht, den Regeln widerspricht". The segment
// before the comma opens with a relative pronoun and ends in a verb; the
// one before it opens with a subordinator and has no verb yet. An article
// there begins the rest of the subordinate clause, not another relative
// clause.
func (s *sent) openSubordinateTailDE(i int) bool {
	ws := s.words
	if i < 3 || ws[i-1].low != "," || !(ws[i-2].pos == pVerb || ws[i-2].pos == pAux) {
		return false
	}
	c1 := i - 3
	for c1 >= 0 && ws[c1].low != "," {
		c1--
	}
	if c1 < 1 || c1+1 >= i-1 {
		return false
	}
	r := c1 + 1
	if ws[r].pos == pAdp {
		r++ // ", mit der …"
	}
	if ws[r].lowCls&clDeRelPron == 0 && ws[r].low != "was" {
		return false
	}
	c0 := c1 - 1
	for c0 >= 0 && ws[c0].low != "," {
		c0--
	}
	if c0+1 >= c1 || !s.isSub(c0+1) {
		return false
	}
	for j := c0 + 2; j < c1; j++ {
		if ws[j].pos == pVerb || ws[j].pos == pAux {
			return false
		}
	}
	return true
}

// countryInCompoundEN says whether English mention m, of a country by its
// name (not its adjective), only names what a compound is about: inside a
// hyphenated word with a lower-case part that is no participle ("arms-to-Iran",
// "Iran-contra"; not "U.S.-led", "Soviet-made", "U.S.-Soviet"), or
// before two common nouns, no agent among them, of a phrase ending at hi
// whose head names an affair ("the Iran arms scandal"; not "U.S. army
// officers", "the US cancel plans").
func (s *sent) countryInCompoundEN(m, hi int) bool {
	mt := &s.ments[m]
	if mt.kind != dossier.KindCountry || mt.hi != mt.lo+1 || mt.m.Via == "adjective" {
		return false
	}
	ws := s.words
	tok := ws[mt.lo].tok
	if mt.m.Start > tok.Start || mt.m.End < tok.End {
		// the tagger reads such a word as an adjective; the mention is the name
		txt := s.doc.Text
		before := txt[tok.Start:max(tok.Start, mt.m.Start)]
		after := txt[min(tok.End, mt.m.End):tok.End]
		if strings.HasPrefix(strings.ToLower(before), "pro-") || strings.HasPrefix(strings.ToLower(before), "anti-") {
			return false
		}
		low := func(p string) bool {
			p = strings.Trim(p, "-")
			return p != "" && p[0] >= 'a' && p[0] <= 'z'
		}
		if low(after) {
			a := strings.ToLower(strings.Trim(after, "-"))
			if strings.HasSuffix(a, "ed") || strings.HasSuffix(a, "run") || strings.HasSuffix(a, "built") {
				return false // "U.S.-led", "Soviet-made", "state-run"
			}
			return true
		}
		return low(before) && strings.HasSuffix(before, "-")
	}
	if mt.adj {
		return false
	}
	nouns := 0
	for k := mt.hi; k < hi; k++ {
		if ws[k].ment >= 0 || ws[k].pos != pNoun || s.agentSector(k, k+1) != "" {
			return false
		}
		nouns++
	}
	return nouns >= 2 && affairNounEN[ws[hi-1].lemma]
}

// affairNounEN are the English heads of compounds that name an affair a
// country is the topic of ("the Iran arms scandal").
var affairNounEN = map[string]bool{"scandal": true, "affair": true, "controversy": true, "initiative": true, "deal": true, "crisis": true}
