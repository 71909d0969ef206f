package event

import (
	"strings"

	"github.com/dossier-news/dossier"
)

// titledPersonEN makes an English subject that is a capitalised title with
// of- and for-phrases ("Under-Secretary of State for Economic Affairs
// Allen Wallis said") stand for the person named at the end of the last
// phrase, as the German describedPerson does for an apposition. The chunker
// splits such a title at its prepositions, so the subject phrase alone is
// the bare title, or names the country of a leading "U.S.".
//
// The words before the name must be capitalised and name no role: in "the
// spokesman of President Putin" the name is whose spokesman it is, and
// "the ministry of Sergei Lavrov" has a lower-case, determined head.
func (s *sent) titledPersonEN(subj []int) []int {
	if len(subj) != 1 {
		return subj
	}
	k := subj[0]
	ck := &s.chunks[k]
	if ck.pron || ck.head < 0 || !capitalized(s.words[ck.head].tok.Text) {
		return subj
	}
	if m := s.chunkRef(k); m >= 0 && s.ments[m].kind == dossier.KindPerson {
		return subj
	}
	if s.agentSector(ck.lo, ck.hi) == "" {
		return subj
	}
	for j, steps := k+1, 0; j < len(s.chunks) && steps < 3; j, steps = j+1, steps+1 {
		nc, prev := &s.chunks[j], &s.chunks[j-1]
		if nc.prep < 0 || nc.prep != prev.hi {
			return subj
		}
		if p := s.words[nc.prep].low; p != "of" && p != "for" {
			return subj
		}
		m := s.personIn(j)
		if m < 0 {
			continue
		}
		lo := s.ments[m].lo
		if lo <= nc.lo || s.agentSector(nc.lo, lo) != "" {
			return subj
		}
		for i := nc.lo; i < lo; i++ {
			if !capitalized(s.words[i].tok.Text) {
				return subj
			}
		}
		ck.ment, ck.modifier = m, false
		return subj
	}
	return subj
}

// ownerActs says whether an English noun event without a target is named
// with its actor in front ("U.S. sanctions", "Brazil's request", "a new
// Soviet offer"): a curated event noun whose possessor or adjective names
// a country or organisation is that party's act even when the text leaves
// whom it is aimed at to the context. Person possessors are left out
// ("Putin's visit" is kept by the visit rows' own conditions), and so are
// generated nouns, whose sense is a guess, and symmetric ones: "the
// U.S.-Japan agreement", "Japanese cooperation" need both sides.
func (s *sent) ownerActs(c *cand, k int) bool {
	if s.de || !c.e.curated || c.e.flags&flagSym != 0 || len(c.actors) == 0 || len(c.targets) > 0 {
		return false
	}
	if cl := &s.clauses[c.clause]; cl.kind != cMain && !s.hasVerb(cl.lo, cl.hi) {
		// "the resorts that Peru offers": a clause needs a verb, so the
		// noun is the tagger's misreading of it
		return false
	}
	ck := &s.chunks[k]
	for i := ck.lo; i < c.trigLo && i < ck.hi; i++ {
		m := s.words[i].ment
		if m < 0 {
			continue
		}
		switch s.ments[m].kind {
		case dossier.KindCountry, dossier.KindOrganization:
			return true
		}
	}
	return false
}

// hasVerb says whether words [lo, hi) hold a verb or an auxiliary.
func (s *sent) hasVerb(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if p := s.words[i].pos; p == pVerb || p == pAux {
			return true
		}
	}
	return false
}

// talksSetting are the prepositions that make a phrase the setting of the
// clause: "said in talks with X", "during a meeting with X".
var talksSetting = map[string]bool{"in": true, "during": true, "at": true, "after": true, "following": true}

// talksPartner gives an English consultation noun that names only its
// partner ("in talks with Saito", "during a meeting with the Soviet team")
// the subject of its clause as the actor: the talks are the setting of
// what the subject did, so the subject took part in them. Only a with-
// phrase names the partner; "talks on trade" stays without one.
func (s *sent) talksPartner(c *cand, k int) {
	if s.de || c.e.typ != "CONSULT" || len(c.actors) > 0 || len(c.targets) == 0 {
		return
	}
	ck := &s.chunks[k]
	if ck.prep < 0 || !talksSetting[s.words[ck.prep].low] {
		return
	}
	if ck.hi >= len(s.words) || s.words[ck.hi].low != "with" {
		return
	}
	for _, a := range s.actorsOf(s.subject(c.clause), nil) {
		if !s.isActor(c, a.ent) && !containsRef(c.targets, a.ent) {
			c.actors = append(c.actors, a)
		}
	}
}

func containsRef(refs []argRef, ent string) bool {
	for _, r := range refs {
		if r.ent == ent {
			return true
		}
	}
	return false
}

// openingParticipleSubject returns, for an English clause that opens the
// sentence with a participle and has no subject of its own ("After
// meeting Peruvian officials, the minister …", "While visiting Peru, …",
// "Forecasting slow growth, Wallis urged …"), the subject of the main
// clause after its comma: the one who meets, visits or forecasts. Other
// clauses get nil.
func (s *sent) openingParticipleSubject(ci int) []int {
	cl := &s.clauses[ci]
	if s.de || cl.lo != 0 || cl.kind != cMain && cl.kind != cSub || cl.hi < 2 || s.words[cl.hi-1].low != "," {
		return nil
	}
	v := cl.lo
	if cl.sub == cl.lo {
		v++
	}
	if v >= cl.hi || !s.countsAsVerb(v) || !strings.HasSuffix(s.words[v].low, "ing") {
		return nil
	}
	for k := ci + 1; k < len(s.clauses); k++ {
		if n := &s.clauses[k]; n.lo == cl.hi && n.kind == cMain {
			return s.subject(k)
		}
	}
	return nil
}

// passiveOwnForces reads an English passive of mobilisation whose subject
// is a country's forces and which names no agent ("Chilean troops were
// deployed along the border", "Russian units were stationed in X"): the
// forces are the country's own, so the country is the actor, not the
// target, and the target is where the phrases after the verb point.
func (s *sent) passiveOwnForces(c *cand, subj []int, phrases []pp) {
	if s.de || c.e.typ != "MOBILIZE" || len(c.actors) > 0 || len(c.targets) == 0 || len(subj) != 1 {
		return
	}
	ck := &s.chunks[subj[0]]
	if ck.pron || s.agentSector(ck.lo, ck.hi) != "MIL" {
		return
	}
	c.actors = append(c.actors, c.targets...)
	c.targets = c.targets[:0:0]
	s.findTarget(c, phrases, c.trig+1)
	s.dropSelf(c)
}

// pronounAntecedent returns the mention a subject phrase offers a personal
// pronoun: its referent, or for "he" and "she" in English the person named
// at the end of a phrase whose referent is the person's country ("Chilean
// President Augusto Pinochet said he would …": the phrase's referent is
// Chile, read from the adjective, but "he" is the president).
func (s *sent) pronounAntecedent(sk int, want byte) int {
	m := s.chunkRef(sk)
	if want == 'p' && !s.de && (m < 0 || s.ments[m].kind != dossier.KindPerson) {
		if p := s.personIn(sk); p >= 0 {
			return p
		}
	}
	return m
}

// objectThenTo says whether the English verb at i is followed by an object
// phrase and that object's to-infinitive: "wants Japan to eliminate
// controls", not "wants to join" or "wants talks".
func (s *sent) objectThenTo(i int) bool {
	j := i + 1
	if j >= len(s.words) || s.words[j].chunk < 0 {
		return false
	}
	ck := &s.chunks[s.words[j].chunk]
	if ck.lo != j || ck.prep >= 0 {
		return false
	}
	t := ck.hi
	return t+1 < len(s.words) && s.words[t].low == "to" && s.countsAsVerb(t+1)
}

// prenominalParticiples are the English -ing words that stand before a
// title as adjectives ("visiting Chinese Premier Li Peng", "outgoing
// President X"); verbs of the same shape ("meeting", "urging") take such a
// phrase as their object.
var prenominalParticiples = map[string]bool{
	"visiting": true, "outgoing": true, "incoming": true, "acting": true, "retiring": true,
	"departing": true, "ruling": true, "governing": true,
}

// participleClauseOpeners are the words after which an -ing word opens a
// clause of its own ("after visiting Peruvian officials", "by visiting …").
var participleClauseOpeners = map[string]bool{
	"after": true, "before": true, "while": true, "since": true, "upon": true, "on": true,
	"when": true, "by": true, "without": true, "despite": true,
}

// prenominalParticiple retags an English -ing word of
// prenominalParticiples that the tagger read as a verb as an adjective
// when it stands before a phrase that names an official by a title:
// "visiting Soviet Foreign Minister Eduard Shevardnadze told …", "talks
// with visiting Chinese Premier Li Peng". As a verb it would take the title
// phrase for its object and leave the clause without a subject. A verb
// group before it ("is visiting"), a noun it could follow as a reduced
// relative ("the minister visiting Japan"), a word that opens a clause
// ("after visiting …") and a phrase without a title ("visiting Japan")
// keep it a verb.
func (s *sent) prenominalParticiple(i int) {
	w := &s.words[i]
	if w.pos != pVerb || !prenominalParticiples[w.low] {
		return
	}
	if i > 0 {
		p := &s.words[i-1]
		switch p.pos {
		case pAux, pVerb, pPron, pNoun, pPropn:
			if p.pos != pPron || !possessivePron(p.low) {
				return // "his ruling party": a possessive is the phrase's determiner
			}
		}
		if participleClauseOpeners[p.low] {
			return
		}
	}
	for j := i + 1; j < len(s.words) && j <= i+6; j++ {
		n := &s.words[j]
		if n.pos != pPropn && n.pos != pAdj && n.pos != pNoun {
			return
		}
		if _, ok := s.lx.cues.agent[singular(n.lemma)]; ok {
			w.pos = pAdj
			return
		}
		if j == i+1 && n.pos == pNoun && (w.low == "ruling" || w.low == "governing") {
			w.pos = pAdj // "his ruling party", "the governing coalition": those in power
			return
		}
	}
}

// hyphenParticiple retags as an adjective an English compound of a noun and
// a participle ("flood-hit", "war-torn", "Iranian-backed") that the tagger
// read as a verb, when it stands between a preposition, an article or the
// start of the sentence and a noun or a name: "sent aid to flood-hit
// Libya". As a verb it would cut the name off the phrase it ends. Verbs
// with a prefix ("re-elected", "co-chaired") stay verbs.
func (s *sent) hyphenParticiple(i int) {
	w := &s.words[i]
	if w.pos != pVerb || i+1 >= len(s.words) {
		return
	}
	first, _, ok := strings.Cut(w.low, "-")
	if !ok || verbPrefix[first] {
		return
	}
	switch s.words[i+1].pos {
	case pNoun, pPropn, pAdj:
	default:
		return
	}
	if i > 0 {
		switch s.words[i-1].pos {
		case pAdp, pDet, pAdj, pNum, pCconj, pPunct:
		default:
			return
		}
	}
	w.pos = pAdj
}

// verbPrefix are the first parts of English hyphenated verbs.
var verbPrefix = map[string]bool{"re": true, "co": true, "pre": true, "de": true, "un": true, "non": true,
	"counter": true, "over": true, "out": true, "under": true, "cross": true, "double": true, "mis": true,
	"dis": true, "inter": true, "up": true, "down": true, "back": true, "fast": true, "cold": true, "air": true}

// opposedTo says whether word i is the "opposed" of English "be opposed
// to X": an active stand against X (REJECT, as "oppose"), though it looks
// like a passive and the tagger reads it as an adjective.
func (s *sent) opposedTo(i int) bool {
	if s.de || i < 1 || i+1 >= len(s.words) || s.words[i].low != "opposed" || s.words[i+1].low != "to" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch p := &s.words[j]; {
		case p.lemma == "be":
			return true
		case p.pos != pAdv:
			return false
		}
	}
	return false
}

// itExpletive are the verbs after which an English "it" is mostly the
// dummy subject ("It is clear that …", "It seems …").
var itExpletive = map[string]bool{"be": true, "seem": true, "appear": true, "remain": true, "become": true,
	"take": true, "mean": true, "look": true, "matter": true, "emerge": true, "follow": true}

// rememberThingEN records the country or organisation that is the subject
// of the sentence's first English main clause, for an "it" that opens the
// next sentence ("Argentina is negotiating with its banks. It has also
// asked for …").
func (s *sent) rememberThingEN(st *docState) {
	if s.de {
		return
	}
	for ci := range s.clauses {
		if s.clauses[ci].kind != cMain {
			continue
		}
		subj := s.subject(ci)
		if len(subj) == 0 {
			return
		}
		k := subj[0]
		var r argRef
		if s.chunks[k].pron {
			var ok bool
			if r, ok = s.pronoun(k); !ok {
				return
			}
		} else if m := s.chunkRef(k); m >= 0 {
			r = s.ref(m, s.chunks[k].sector)
		} else {
			return
		}
		if r.kind == dossier.KindCountry || r.kind == dossier.KindOrganization {
			st.lastThing, st.lastThingSent = r, s.idx
		}
		return
	}
}

// sentenceIt resolves an English "it" that opens a sentence, as the
// subject of an active clause whose verb is not one of itExpletive, to the
// country or organisation the sentence before had as its subject.
func (s *sent) sentenceIt(k, ci int) (argRef, bool) {
	ck := &s.chunks[k]
	if s.de || s.st == nil || ck.lo != 0 || s.words[ck.head].low != "it" || s.clauses[ci].passive {
		return argRef{}, false
	}
	if s.st.lastThing.ent == "" || s.st.lastThingSent != s.idx-1 {
		return argRef{}, false
	}
	v := s.firstVerb(ci)
	if v < 0 || itExpletive[s.words[v].lemma] {
		return argRef{}, false
	}
	for j := ck.hi; j < v; j++ {
		if w := &s.words[j]; w.pos != pAux && w.pos != pAdv && w.pos != pPart {
			return argRef{}, false
		}
	}
	return s.st.lastThing, true
}

// outOf says whether phrase k is headed by English "out of" ("pulled its
// troops out of Lebanon"): a from-phrase, though "of" alone names no target.
func (s *sent) outOf(k int) bool {
	ck := &s.chunks[k]
	return !s.de && ck.prep > 0 && s.words[ck.prep].low == "of" && s.words[ck.prep-1].low == "out"
}

// resolveOwnCountry makes "his country", "its government" stand for the
// country of the sentence's first subject when that names one ("Malaysia's
// foreign minister said his country would send peacekeepers"): a speaker
// speaking of their own state, which the descriptions of coref.go, looking
// only at earlier sentences, leave unresolved.
func (s *sent) resolveOwnCountry() {
	if s.de {
		s.resolveOwnCountryDE()
		return
	}
	if s.x.kb == nil || len(s.clauses) == 0 {
		return
	}
	iso := ""
	for _, k := range s.subject(0) {
		if m := s.chunkRef(k); m >= 0 && s.ments[m].country != "" {
			iso = s.ments[m].country
			break
		}
	}
	if iso == "" {
		return
	}
	ent := ""
	if cm := s.countryMention(iso); cm >= 0 {
		ent = s.ments[cm].m.Entity
	} else if ck, ok := s.x.kb.(countryKB); ok {
		if e, ok := ck.Country(iso); ok {
			ent = e.ID
		}
	}
	if ent == "" {
		return
	}
	for k := range s.chunks {
		ck := &s.chunks[k]
		if ck.ment >= 0 || ck.head < 0 || ck.hi-ck.lo != 2 || ck.head != ck.hi-1 {
			continue
		}
		switch s.words[ck.lo].low {
		case "his", "her", "its", "their":
		default:
			continue
		}
		want := anaphorNouns[s.words[ck.head].low]
		if want != anaCountry && want != anaGov {
			continue
		}
		s.addCorefMention(k, argRef{ent: ent, kind: dossier.KindCountry, conf: 1}, want)
	}
}

// onlyWhere says whether every target of an English candidate is named
// only in phrases that say where ("flying routes in Florida and the
// Bahamas", "traded in Texas"): for a verb whose sense the dictionary
// guessed, or that it lists bare, such places are the setting, not a
// participant, and leave the event without the target it needs.
func (s *sent) onlyWhere(c *cand) bool {
	if s.de || len(c.targets) == 0 {
		return false
	}
	for _, t := range c.targets {
		for i := range s.ments {
			mt := &s.ments[i]
			if mt.m.Entity != t.ent {
				continue
			}
			k := s.words[mt.lo].chunk
			if k < 0 || s.chunks[k].prep < 0 {
				return false
			}
			p := &s.words[s.chunks[k].prep]
			if !s.lx.cues.loc[p.low] || s.lx.cues.target[p.low] {
				return false
			}
		}
	}
	return true
}

// unknownPlacesOnly says whether every target of an English candidate of
// an act between parties is a place the knowledge base lacks ("opened the
// Friendship Bridge", "urged the residents of Camp Liberty"): a place no
// one can code is no party to a request, a visit or a concession, and it
// belongs to no country that could stand for one, so the act has no
// target (and a row that needs one no event). A place attacked, seized or
// blockaded ("shelled Fakola") stays the target of the deed.
func (s *sent) unknownPlacesOnly(c *cand) bool {
	if s.de || len(c.targets) == 0 {
		return false
	}
	switch c.e.typ {
	case "ASSAULT", "COERCE", "PROTEST", "MOBILIZE":
		return false
	}
	for _, t := range c.targets {
		if !strings.HasPrefix(t.ent, "local:") {
			return false
		}
		place := false
		for i := range s.ments {
			if mt := &s.ments[i]; mt.m.Entity == t.ent {
				place = mt.kind == dossier.KindLocation
				break
			}
		}
		if !place {
			return false
		}
	}
	return true
}

// enArticle are the English articles.
var enArticle = map[string]bool{"a": true, "an": true, "the": true}

// nominalOrModifier says whether a word of this part of speech can follow
// an adverb inside a noun phrase ("a very large", "the most senior").
func nominalOrModifier(p pos) bool {
	switch p {
	case pAdj, pAdv, pNoun, pPropn, pNum, pVerb:
		return true
	}
	return false
}

// headlineVerb gives an English sentence without a verb the verb its
// tagger read as a plural noun: headlines put the present tense between
// two noun phrases ("Sudan's army shells Khartoum suburbs", "India
// supplies fuel to Nepal"), where the word after a name or an agent noun
// and before the object's phrase is the verb when the lexicon has it as an
// event verb. A sentence with a verb of its own keeps its nouns ("the
// talks resumed").
func (s *sent) headlineVerb() {
	ws := s.words
	for i := range ws {
		if ws[i].pos == pVerb || ws[i].pos == pAux {
			return
		}
	}
	for i := 1; i+1 < len(ws); i++ {
		w, p, n := &ws[i], &ws[i-1], &ws[i+1]
		if w.pos != pNoun || w.ment >= 0 || w.timex > 0 || capitalized(w.tok.Text) || !hasSuffix(w.low, "s") {
			continue
		}
		// the subject's end: a name, or an agent noun ("army", "police")
		if p.ment < 0 && (p.pos != pNoun || s.lx.cues.agent[singular(p.lemma)] == "") {
			continue
		}
		// the object's start
		switch n.pos {
		case pDet, pAdj, pNoun, pPropn, pNum:
		default:
			continue
		}
		if headlineChange[n.low] {
			// "Mexico attacks rise in Sinaloa": the plural is the subject
			// of the intransitive verb after it, which the tagger missed
			continue
		}
		lemma := singular(w.low)
		if lemma == w.low || !s.eventVerb(w.low, lemma) {
			continue
		}
		w.pos, w.lemma = pVerb, lemma
		return
	}
}

// eventVerb says whether the lexicon has the English verb of form low and
// lemma with an event row.
func (s *sent) eventVerb(low, lemma string) bool {
	for _, e := range s.lx.verbRowsEN(low, lemma) {
		if !e.none() {
			return true
		}
	}
	return false
}

// headlineChange are the intransitive verbs of headlines that report a
// change or a course ("attacks rise", "talks resume", "protests spread"),
// whose plural form is also a noun: after a plural noun they are its verb,
// not its object.
var headlineChange = map[string]bool{
	"rise": true, "fall": true, "drop": true, "surge": true, "soar": true, "jump": true, "climb": true,
	"slump": true, "slide": true, "plunge": true, "dip": true, "grow": true, "increase": true, "decline": true,
	"mount": true, "continue": true, "resume": true, "end": true, "stall": true, "spread": true, "escalate": true,
	"intensify": true, "ease": true, "persist": true, "begin": true, "start": true, "fail": true, "collapse": true,
}

// askedToEN are the English verbs that take an object and then its
// to-infinitive ("urged Iraq to allow"): in a headline their past form
// right before "to" is a passive ("Iraq urged to allow inspectors").
var askedToEN = map[string]bool{
	"ask": true, "urge": true, "tell": true, "order": true, "invite": true, "press": true,
	"force": true, "request": true, "instruct": true, "advise": true, "pressure": true,
	"persuade": true, "encourage": true, "forbid": true,
}

// headlineParticipleEN says whether verb i of English main clause ci is a
// headline's elliptical passive: a headline (see isHeadlineEN), a past
// participle as the clause's only verb, no auxiliary, a phrase before it
// and no object after it ("Three soldiers killed in ambush", "Army convoy
// attacked in Michoacan", "Hijackers charged with air piracy"). The phrase
// before the participle is the one acted on, not the actor.
func (s *sent) headlineParticipleEN(ci, i int) bool {
	c := &s.clauses[ci]
	if s.idx != 0 || s.de || c.kind != cMain || !s.isHeadlineEN() {
		return false
	}
	w := &s.words[i]
	if w.pos != pVerb || w.low == w.lemma || hasSuffix(w.low, "ing") || s.finiteEN(i) {
		return false
	}
	phrase := false
	// "S. Korea asked to stop missionaries": a verb that needs an object
	// before its infinitive has none; the headline's subject is the one asked
	to := i + 1
	if to+1 < c.hi && s.words[to].low == "by" && s.words[to+1].chunk >= 0 {
		to = s.chunks[s.words[to+1].chunk].hi // "Iraq urged by U.N. to allow"
	}
	toInf := to+1 < c.hi && s.words[to].low == "to" && askedToEN[w.lemma]
	for j := c.lo; j < c.hi; j++ {
		if toInf && j > i {
			break
		}
		if j != i && s.countsAsVerb(j) && !(j > i && s.headlineMainAfterEN(i, j)) {
			return false // another verb, an auxiliary among them
		}
		k := s.words[j].chunk
		if j < i && k >= 0 {
			if s.chunks[k].pron {
				return false // "They struck at dawn"
			}
			phrase = phrase || s.chunks[k].prep < 0
		}
	}
	for j := i + 1; j < c.hi; j++ {
		if s.words[j].pos == pAdv {
			continue
		}
		if k := s.words[j].chunk; k >= 0 && s.chunks[k].prep < 0 {
			return false // an object: an active verb ("Rebels seized the town")
		}
		break
	}
	return phrase
}

// headlineMainAfterEN says whether verb j, after participle i in a
// headline, is the headline's own verb and i a participle describing the
// phrase before it: i has a prepositional phrase right after it and j is
// a bare past form too ("Hamas cleric jailed in Israel hospitalised
// briefly", "Briton held in Thailand freed").
func (s *sent) headlineMainAfterEN(i, j int) bool {
	if i+1 >= len(s.words) || s.words[i+1].pos != pAdp {
		return false
	}
	w := &s.words[j]
	return w.pos == pVerb && w.low != w.lemma && !hasSuffix(w.low, "ing") && !s.finiteEN(j) && !s.isAux(j)
}

// resumedAfterRelativeEN returns the phrase whose verb clause ci continues
// after a relative clause between commas ("Lebed, whom Yeltsin sent to
// Grozny, struck a deal", "Moscow, which wants to keep the region, sent
// troops"): clause ci opens with its verb after a comma, the clauses
// before it back to a relative clause depend on that relative clause, and
// the relative's antecedent is a bare phrase of a clause without a verb,
// or the speaker's phrase after a quotation ("…," the spokesman, who asked
// not to be named, told Reuters"). It returns -1 otherwise.
func (s *sent) resumedAfterRelativeEN(ci int) int {
	c := &s.clauses[ci]
	if s.de || ci < 2 || !(s.words[c.lo].low == "," || c.lo > 0 && s.words[c.lo-1].low == "," || s.verbAfterRestrictiveEN(c.lo)) {
		return -1
	}
	r := ci - 1
	for r > 0 && s.clauses[r].kind != cRel {
		if k := s.clauses[r].kind; k == cMain || s.clauses[r].parent != r-1 {
			return -1
		}
		r--
	}
	rel := &s.clauses[r]
	if rel.kind != cRel || rel.parent < 0 || rel.anteced < 0 {
		return -1
	}
	p := &s.clauses[rel.parent]
	a := &s.chunks[rel.anteced]
	if a.prep >= 0 || a.pron || a.lo < p.lo || a.hi > p.hi {
		return -1
	}
	if s.firstVerb(rel.parent) >= 0 && !s.afterQuote(a.lo) {
		return -1
	}
	return rel.anteced
}

// afterQuote says whether word i follows the end of a quotation, its comma
// included: the speaker's phrase of "…," the spokesman, who …, told X".
func (s *sent) afterQuote(i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if isQuote(s.words[j].low) {
			return true
		}
		if s.words[j].low != "," {
			return false
		}
	}
	return false
}

// headlineMaxWords is the longest first line read as a headline: leads
// that stand alone on their line run longer.
const headlineMaxWords = 14

// isHeadlineEN says whether the sentence is a document's headline: its
// first sentence, short, and alone on its line with more text after it. A
// one-sentence document or a long lead sentence is none, as their past
// forms are active ("The minister left for Geneva on Monday").
func (s *sent) isHeadlineEN() bool {
	if s.idx != 0 || len(s.words) > headlineMaxWords || s.s == nil || s.doc == nil {
		return false
	}
	rest := s.doc.Text[min(s.s.End, len(s.doc.Text)):]
	nl := strings.IndexByte(rest, '\n')
	return nl >= 0 && strings.TrimSpace(rest[:nl]) == "" && strings.TrimSpace(rest[nl:]) != ""
}

// participlePassiveEN says whether verb i opens an English participle
// phrase after a comma that describes the phrase before it: a past
// participle with no object, followed by its agent ("the KDP, backed by
// Iraqi tanks, took") or closed by a comma before the sentence's verb ("a
// Guinean man, detained in a raid last week, was deported"). The phrase is
// then the one acted on. A past form with an object after it is a verb
// coordinated with the clause before ("condemned the raid, recalled its
// envoy").
func (s *sent) participlePassiveEN(ci, i int) bool {
	c := &s.clauses[ci]
	if s.de || i <= c.lo || i+1 >= c.hi || s.words[i-1].low != "," || s.firstVerb(ci) != i {
		return false
	}
	w := &s.words[i]
	if w.pos != pVerb || w.low == w.lemma || hasSuffix(w.low, "ing") || s.finiteEN(i) {
		return false
	}
	switch c.kind {
	case cCoordVP:
	case cMain:
		// the phrase described: a bare one before the comma
		if i-2 < c.lo {
			return false
		}
		if k := s.words[i-2].chunk; k < 0 || s.chunks[k].prep >= 0 || s.chunks[k].pron {
			return false
		}
	default:
		return false
	}
	if n := &s.words[i+1]; n.low == "by" {
		return true
	} else if n.chunk >= 0 && s.chunks[n.chunk].prep < 0 {
		return false // an object
	}
	// closed by a comma before a verb group
	if s.words[c.hi-1].low != "," || ci+1 >= len(s.clauses) {
		return false
	}
	v := s.firstVerb(ci + 1)
	return v >= 0 && s.onlyVerbGroupBefore(s.clauses[ci+1].lo, v)
}

// endingVerbs are the English verbs whose object is an act stopped, never
// done or done before: "to end a boycott", "cancelled the visit", "dropped
// the charges" report no boycott, visit or charge, and "violated
// agreements between X and Y" no new agreement.
var endingVerbs = map[string]bool{"end": true, "lift": true, "halt": true, "stop": true, "suspend": true,
	"abandon": true, "cancel": true, "drop": true, "postpone": true,
	"violate": true, "breach": true, "flout": true, "contravene": true, "honour": true, "honor": true,
	"respect": true, "implement": true, "uphold": true, "observe": true}

// endedByVerbEN says whether the English phrase starting at word lo is the
// object of an ending verb right before it ("end a boycott", "called off
// the strike"), so that its noun is no event of its own.
func (s *sent) endedByVerbEN(lo int) bool {
	j := lo - 1
	if j >= 1 && s.words[j].low == "off" {
		return s.words[j-1].pos == pVerb && s.words[j-1].lemma == "call"
	}
	return j >= 0 && s.words[j].pos == pVerb && endingVerbs[s.words[j].lemma]
}

// namingVerbs give a thing its name as past participles after it ("the
// centre, called the Burj Society", "a group named Islamic Jihad").
var namingVerbs = map[string]bool{"call": true, "name": true, "dub": true, "nickname": true}

// namingParticipleEN says whether English verb i of clause ci is a naming
// participle after a phrase: a past form of a naming verb followed by the
// name, either opening a clause after a comma that continues a clause
// with a verb of its own, or right after a noun with a verb before it.
// "Putin called Macron" is a call.
func (s *sent) namingParticipleEN(i, ci int, v *vc) bool {
	w := &s.words[i]
	if s.de || i == 0 || i+1 >= len(s.words) || w.low == w.lemma || !namingVerbs[w.lemma] || hasSuffix(w.low, "ing") || s.finiteEN(i) {
		return false
	}
	// the name may stand in quotes, after its article: 'a coin called
	// the "Britannia"', which the chunker leaves outside the phrase
	n := i + 1
	for n < len(s.words) && n <= i+2 && (s.words[n].pos == pDet || isQuote(s.words[n].tok.Text)) {
		n++
	}
	if n >= len(s.words) || n > i+1 && !isQuote(s.words[n-1].tok.Text) {
		n = i + 1 // an article alone is the phrase's own
	}
	if k := s.words[n].chunk; k < 0 || s.chunks[k].prep >= 0 {
		return false
	}
	p := &s.words[i-1]
	if p.low == "," {
		return s.clauses[ci].kind == cCoordVP && s.firstVerb(ci) == i
	}
	if p.pos != pNoun && p.pos != pPropn {
		return false
	}
	if n > i+1 {
		return true // a noun, then called and a name in quotes: named so
	}
	for _, j := range v.lexical {
		if j < i {
			return true
		}
	}
	return false
}

// headlineInfinitiveEN says whether verb i opens the to-infinitive that is
// the only verb of a headline's main clause ci: headlines give what is
// planned so ("Polish minister to visit Belgrade", "Monitors to meet in
// Naqoura").
func (s *sent) headlineInfinitiveEN(ci, i int) bool {
	c := &s.clauses[ci]
	if s.idx != 0 || s.de || c.kind != cMain || i <= c.lo || s.words[i-1].low != "to" || s.firstVerb(ci) != i || !s.isHeadlineEN() {
		return false
	}
	return s.words[i-1].pos == pPart
}

// objectNamesEN says whether the object of English trigger verb i of
// clause ci names an entity of one of the kinds in want (the lexicon's
// objkind condition): its first bare phrase after the verb, or for a
// passive the subject before it. The name must be the phrase's head
// ("blasted Israel", "slammed the Israeli government"); a thing named
// after an actor is no actor ("blasted Hezbollah positions").
func (s *sent) objectNamesEN(ci, i int, want kindSet) bool {
	if s.de {
		return false
	}
	c := &s.clauses[ci]
	subj := s.subject(ci)
	obj := -1
	if c.passive && s.passiveAt(i, nil) {
		for _, k := range subj {
			if s.chunks[k].hi <= i {
				obj = k
				break
			}
		}
	} else {
		for j := i + 1; j < c.hi && obj < 0; j++ {
			if k := s.words[j].chunk; k >= 0 && s.chunks[k].prep < 0 && !containsInt(subj, k) {
				obj = k
			}
		}
	}
	return obj >= 0 && s.chunkKind(obj)&want != 0
}

// chunkKind is the kind of actor phrase k names as its head: a person,
// an organisation or a state (a country, or its government: "the Israeli
// government"); 0 for anything else.
func (s *sent) chunkKind(k int) kindSet {
	ck := &s.chunks[k]
	if ck.head >= 0 && ck.hi-ck.lo == 1 {
		switch s.words[ck.head].low {
		case "him", "her", "them", "he", "she", "they":
			return kindPeople
		}
	}
	if ck.ment < 0 {
		return 0
	}
	mt := &s.ments[ck.ment]
	if mt.adj && !ck.modifier && ck.head >= mt.lo && ck.head < mt.hi && s.words[ck.head].pos != pAdj {
		return kindPeople // "two Americans", "the Frenchman"
	}
	if ck.modifier || mt.adj {
		if mt.kind == dossier.KindCountry && ck.sector == "GOV" {
			return kindState
		}
		return 0
	}
	switch mt.kind {
	case dossier.KindPerson:
		return kindPerson
	case dossier.KindOrganization:
		return kindOrg
	case dossier.KindCountry:
		return kindState
	}
	return 0
}

// verblessMainSubjectEN gives the verb phrase of clause ci, read as
// continuing a relative clause after its comma, the subject of the main
// clause the relative clause depends on when that main clause has no verb
// of its own: in "Banisadr, an opponent of the Tehran government who lives
// in exile, accused Iranian leaders" the verb is Banisadr's, not the
// government's. A participle phrase between commas counts as no verb. It
// returns nil otherwise.
func (s *sent) verblessMainSubjectEN(ci int) []int {
	c := &s.clauses[ci]
	if s.de || c.kind != cCoordVP || c.parent < 0 || s.clauses[c.parent].kind != cRel {
		return nil
	}
	if s.words[c.lo].low != "," && (c.lo == 0 || s.words[c.lo-1].low != ",") {
		return nil
	}
	m := s.clauses[c.parent].parent
	if m < 0 || s.clauses[m].kind != cMain {
		return nil
	}
	if v := s.firstVerb(m); v >= 0 && !s.participlePassiveEN(m, v) {
		// a participle phrase between commas is no verb of the main
		// clause: "Chechen rebels, backed by fighters who came from
		// Dagestan, attacked"
		return nil
	}
	mc := &s.clauses[m]
	k := s.firstBarePhrase(mc.lo, mc.hi)
	if k < 0 || s.chunkRef(k) < 0 {
		return nil
	}
	return s.coordinated(k, mc.lo, s.chunks[k].hi)
}

// reportedPronounSubjectEN gives a reported clause whose subject is "they"
// or "it" right after the reporting verb ("Militants loyal to X said they
// attempted to assassinate Y") the reporting clause's subject when that
// names no one by itself: the pronoun resolver needs a name, while the
// unnamed phrase is coded as the clause's actor ("militants loyal to X"
// are X's). It returns nil otherwise.
func (s *sent) reportedPronounSubjectEN(ci int, subj []int) []int {
	if s.de || ci == 0 || len(subj) != 1 {
		return nil
	}
	ck := &s.chunks[subj[0]]
	c := &s.clauses[ci]
	if !ck.pron || ck.lo != c.lo || c.lo == 0 || ck.hi-ck.lo != 1 {
		return nil
	}
	if low := s.words[ck.lo].low; low != "they" && low != "it" {
		return nil
	}
	v := c.lo - 1
	if s.words[v].clause != ci-1 || s.lx.cues.report[s.words[v].lemma] == "" {
		return nil
	}
	parent := s.subject(ci - 1)
	for _, k := range parent {
		if s.chunks[k].pron || s.chunkRef(k) >= 0 {
			return nil
		}
	}
	return parent
}

// indirectQuestionEN says whether English clause k is an indirect question
// ("the decision on whether Chechnya should be independent", "saw no
// reason why he should not"): an obligation it weighs is no one's demand.
func (s *sent) indirectQuestionEN(k int) bool {
	c := &s.clauses[k]
	if s.de {
		return false
	}
	// the tagger reads "why" as an adverb, so its clause is not split off
	for i := c.lo; i < c.hi; i++ {
		switch s.words[i].low {
		case "whether", "why":
			return true
		}
	}
	return false
}

// adverbialSubEN are English conjunctions of condition, time, cause and
// concession: their clause tells the circumstances of the one it depends on.
var adverbialSubEN = map[string]bool{"if": true, "unless": true, "when": true, "because": true, "after": true, "before": true, "although": true, "though": true, "while": true, "once": true}

// pastConditionEN returns the clause that a verb phrase coordinated by
// "but" after an English adverbial clause goes back to: in "Azerbaijan is
// prepared to grant autonomy if Armenian forces pull out, but will not
// accept Armenia's demands" the refusal is Azerbaijan's, not the
// condition's subject's. It returns -1 otherwise.
func (s *sent) pastConditionEN(ci int) int {
	c := &s.clauses[ci]
	if s.de || c.kind != cCoordVP || c.parent < 0 {
		return -1
	}
	first := c.lo
	for first < c.hi && s.words[first].low == "," {
		first++
	}
	if first >= c.hi || s.words[first].low != "but" {
		return -1
	}
	p := &s.clauses[c.parent]
	if p.kind != cSub || p.sub < 0 || !adverbialSubEN[s.words[p.sub].low] || p.parent < 0 {
		return -1
	}
	return p.parent
}
