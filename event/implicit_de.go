package event

import (
	"strings"

	"github.com/dossier-news/dossier"
)

// Actors a German sentence leaves to its article: "Die Regierung lehnte
// ab", "Die Polizei nahm zwanzig Menschen fest", "Die Opposition warf dem
// Präsidenten vor …" name an organ of state but not whose; the reader takes
// the state the article is about. Event data code such actors by that
// state, as English "the government" is coded by the sentence's one
// country (see codeParticipants). The state is the dateline's, where the
// article has one (the existing rules for police and army use it too), else
// the document's home country: the one country it names, or the one that
// clearly dominates its names.

// homeMinShare is how many times the home country must be named at least
// for each name of the next most named one: a clear majority, not a
// plurality ("Nordkorea" eleven times and the USA three times is North
// Korea's story; Greece five times and Germany four is no one's).
const homeMinShare = 2

// homeMinNames is how often a country must be named to dominate others; a
// country named alone needs no count.
const homeMinNames = 3

// homeCountry returns the country the document's names are about: the only
// country its mentions name (a country, a demonym or adjective, or a place
// in it), or one named at least homeMinNames times and homeMinShare times
// as often as any other. "" when there is none.
func (x *Extractor) homeCountry(mentions []dossier.Mention) string {
	type tally struct {
		iso string
		n   int
	}
	var counts [16]tally // articles name few countries; more are left uncounted
	used := 0
	for i := range mentions {
		m := &mentions[i]
		if m.Entity == "" {
			continue
		}
		kind, country := x.entityInfo(m)
		if country == "" || kind != dossier.KindCountry && kind != dossier.KindLocation {
			continue
		}
		j := 0
		for j < used && counts[j].iso != country {
			j++
		}
		if j == used {
			if used == len(counts) {
				continue
			}
			counts[used] = tally{iso: country}
			used++
		}
		counts[j].n++
	}
	best, second := -1, 0
	for j := 0; j < used; j++ {
		switch {
		case best < 0 || counts[j].n > counts[best].n:
			if best >= 0 {
				second = counts[best].n
			}
			best = j
		case counts[j].n > second:
			second = counts[j].n
		}
	}
	switch {
	case best < 0:
		return ""
	case second == 0:
		return counts[best].iso
	case counts[best].n >= homeMinNames && counts[best].n >= homeMinShare*second:
		return counts[best].iso
	}
	return ""
}

// organNounsDE are the heads of German descriptions of an organ of state
// that name no one themselves ("die Polizei", "das Militär"), with the
// sector they give. "Regierung" points back to a country named just before
// (see anaphorNouns) and comes here only when none was.
var organNounsDE = map[string]string{
	"regierung": "GOV", "staatsführung": "GOV", "opposition": "OPP", "parlament": "LEG",
	"polizei": "COP", "militär": "MIL", "armee": "MIL", "streitkräfte": "MIL",
	"sicherheitskräfte": "MIL", "justiz": "JUD", "staatsanwaltschaft": "JUD",
}

// organDE returns the sector of chunk k when it is a bare definite
// description of an organ of state ("die Polizei", "die türkische Armee"
// is not: its adjective says whose; "die Polizei in Köln" neither).
func (s *sent) organDE(k int) (string, bool) {
	ck := &s.chunks[k]
	if ck.head != ck.hi-1 || ck.hi-ck.lo < 2 || ck.hi-ck.lo > 3 {
		return "", false
	}
	if ck.hi-ck.lo == 3 {
		// "die neue Regierung"; "die türkische Armee" names its state, as
		// names it, linked or not ("die mazedonische Polizei": an
		// adjective in -isch is mostly of a place or a people)
		if a := &s.words[ck.lo+1]; a.pos != pAdj || a.ment >= 0 || capitalized(a.tok.Text) || strings.Contains(a.low, "isch") {
			return "", false
		}
	}
	switch s.words[ck.lo].low {
	case "die", "das", "der", "den", "dem":
	default:
		return "", false
	}
	h := &s.words[ck.head]
	sector, ok := organNounsDE[h.low]
	if !ok {
		return "", false
	}
	if j := ck.hi; j < len(s.words) {
		switch s.words[j].lemma {
		case "in", "aus", "um", "von":
			return "", false // "die Polizei in Köln", "die Armee von X": the phrase says whose
		}
	}
	if s.ofExtension(k) >= 0 {
		return "", false // "die Opposition des Landes", "die Armee Syriens"
	}
	return sector, true
}

// implicitStateDE gives each bare description of an organ of state in a
// German sentence (see organDE) that names no state the dateline's or the
// document's home country, as a mention of its own. A sentence that names
// a state by name where it could be the organ's ("In Frankreich nahm die
// Polizei …") or what the organ acts on ("Die Regierung kritisierte die
// Festnahmen in der Türkei") is left to the rules that read it (see
// unnamedGroup).
func (s *sent) implicitStateDE() {
	if !s.de || s.st == nil || s.x.kb == nil {
		return
	}
	s.cityOrgansDE()
	ck, ok := s.x.kb.(countryKB)
	if !ok {
		return
	}
	country := s.st.dateline
	if country == "" {
		country = s.st.home
	}
	if country == "" {
		return
	}
	for k := range s.chunks {
		c := &s.chunks[k]
		if c.ment >= 0 || c.pron || c.relPron || c.head < 0 || c.gen {
			// a genitive ("der Kampf der Opposition") is an event noun's
			// participant, which the article may leave unsaid on purpose
			continue
		}
		sector, ok := s.organDE(k)
		if !ok || s.otherStateNamed(country, c.lo) {
			continue
		}
		e, ok := ck.Country(country)
		if !ok {
			return
		}
		s.addCorefMention(k, argRef{ent: e.ID, sector: sector, kind: dossier.KindCountry, conf: 1}, 0)
		c.sector = sector
		s.implicit = append(s.implicit, c.ment)
	}
}

// otherStateNamed says whether the sentence names a state where it may be
// the state of the description at word lo, or what the organ speaks of: a
// state other than country before lo, or any state or place by name after
// it ("in Frankreich", "die Festnahme von Journalisten in der Türkei"),
// which the rules that read the sentence weigh (see unnamedGroup).
// Adjectives after it describe others ("zwei kanadische Touristen"), and a
// destination ("nach Peking") is where someone went.
func (s *sent) otherStateNamed(country string, lo int) bool {
	for i := range s.ments {
		mt := &s.ments[i]
		if s.unplacedPlace(mt) {
			return true
		}
		if mt.country == "" || mt.m.Via == viaCoref {
			continue
		}
		if mt.kind != dossier.KindCountry && mt.kind != dossier.KindLocation && !mt.adj {
			continue
		}
		if mt.lo < lo {
			if mt.country != country {
				return true
			}
			continue
		}
		if !mt.adj && s.placePrep(mt.lo) != "nach" {
			return true
		}
	}
	return false
}

// placePrep returns the lemma of the preposition governing the chunk of
// word i when it is one of place (in, aus, bei, nahe, an), "nach" for a
// destination, else "".
func (s *sent) placePrep(i int) string {
	k := s.words[i].chunk
	if k < 0 || s.chunks[k].prep < 0 {
		return ""
	}
	switch l := s.words[s.chunks[k].prep].lemma; l {
	case "in", "im", "aus", "bei", "beim", "nahe", "an", "am", "nach":
		return l
	}
	return ""
}

// homeActorDE returns the document's home country as the state of a German
// act of its organs that the sentence gives no agent and no place ("Bei der
// Ausreise nach Peking wurde er festgenommen", "Ein kanadischer Priester
// wurde zu lebenslanger Haft verurteilt" in an article about North Korea):
// "" when the sentence names a state other than in the passive's subject
// (the one the act is done to) or as a destination, which may be the
// agent's.
func (s *sent) homeActorDE(c *cand) string {
	if !s.de || s.st == nil || s.st.home == "" {
		return ""
	}
	if c.loc >= 0 {
		return "" // placed where the knowledge base cannot say whose it is ("in Bayern")
	}
	home := s.st.home
	for i := range s.ments {
		mt := &s.ments[i]
		if s.unplacedPlace(mt) {
			return ""
		}
		if mt.country == "" || mt.country == home || mt.m.Via == viaCoref {
			continue
		}
		if mt.kind != dossier.KindCountry && mt.kind != dossier.KindLocation && !mt.adj {
			continue
		}
		if !mt.adj && s.placePrep(mt.lo) == "nach" {
			continue
		}
		if !s.inSubject(c.clause, mt.lo) {
			return ""
		}
	}
	for t := range c.targets {
		if c.targets[t].kind == dossier.KindCountry && s.countryOf(&c.targets[t]) == home && c.targets[t].sector == "" {
			return "" // the state does not act on itself
		}
	}
	return home
}

// inSubject says whether word i lies in a subject phrase of clause ci.
func (s *sent) inSubject(ci, i int) bool {
	for _, k := range s.subject(ci) {
		if ck := &s.chunks[k]; ck.lo <= i && i < ck.hi {
			return true
		}
	}
	return false
}

// nounPhraseAt says whether a noun phrase opens at word i: an article or
// number, a noun, or an adjective before a noun ("zu lebenslanger Haft"; an
// adjective alone is predicative: "zu groß").
func (s *sent) nounPhraseAt(i int) bool {
	if i >= len(s.words) {
		return false
	}
	switch s.words[i].pos {
	case pDet, pNum, pNoun, pPropn:
		return true
	case pAdj:
		return i+1 < len(s.words) && s.words[i+1].pos == pNoun
	}
	return false
}

// penaltyNounsDE are what a German sentence measures in years and months:
// "zu 15 Jahren Arbeitslager", "nach drei Monaten Haft".
var penaltyNounsDE = map[string]bool{
	"haft": true, "gefängnis": true, "arbeitslager": true, "zwangsarbeit": true, "straflager": true,
	"lagerhaft": true, "hausarrest": true, "freiheitsentzug": true, "zuchthaus": true, "bewährung": true,
	"untersuchungshaft": true, "einzelhaft": true, "isolationshaft": true,
}

// penaltyAfterTerm says whether word i is a penalty noun right after a
// term of years, months, weeks or days ("15 Jahren Arbeitslager"): one
// phrase, whose head is the term, not a time expression and a second
// phrase that could be read as the clause's subject.
func (s *sent) penaltyAfterTerm(i int) bool {
	w, p := &s.words[i], &s.words[i-1]
	if w.pos != pNoun || w.ment >= 0 || !penaltyNounsDE[w.low] {
		return false
	}
	switch p.low {
	case "jahren", "jahre", "jahr", "monaten", "monate", "monat", "wochen", "tagen":
		return true
	}
	return false
}

// extendedAttributeEndDE returns the start of the phrase an article at j
// opens when prepositional phrases of an attribute stand between them
// ("Ein [wegen feindlicher Aktivitäten] [in Nordkorea] festgenommener
// Student", "Der [seit Jahren] inhaftierte Blogger"), or -1: the article
// and those phrases belong to the phrase whose adjective ends the
// attribute, before the verb at v.
func (s *sent) extendedAttributeEndDE(j, v int) int {
	if !s.de || s.words[j].pos != pDet || s.words[j].chunk >= 0 || j+2 >= v {
		return -1
	}
	i := j + 1
	pps := 0
	for i < v {
		w := &s.words[i]
		if w.pos == pAdv {
			i++
			continue
		}
		if w.pos != pAdp || i+1 >= v {
			break
		}
		k := s.words[i+1].chunk
		if k < 0 || s.chunks[k].prep != i {
			return -1
		}
		i = s.chunks[k].hi
		pps++
	}
	if pps == 0 || i >= v {
		return -1
	}
	if k := s.words[i].chunk; k < 0 || s.chunks[k].lo != i || s.words[i].pos != pAdj || s.chunks[k].prep >= 0 {
		return -1
	}
	return i
}

// organActsDE says whether a German candidate whose actors include an organ
// of state the article left implicit (see implicitStateDE) is an act of
// that organ: police and courts arrest, charge, search and use force, an
// army fights, moves and threatens; "Die Polizei konnte nicht jedem Opfer
// helfen" is no state's aid. Governments, parliaments and oppositions do
// all that event data code.
func (s *sent) organActsDE(c *cand) bool {
	for i := range c.actors {
		a := &c.actors[i]
		switch a.sector {
		case "COP", "JUD", "MIL":
		default:
			continue
		}
		if !s.implicitOrgan(a) {
			continue
		}
		switch c.e.typ {
		case "COERCE", "ACCUSE":
		case "ASSAULT", "THREATEN":
			if a.sector == "JUD" {
				return false // "Die Staatsanwaltschaft bekämpft das Urteil"
			}
		case "MOBILIZE", "RETREAT":
			if a.sector != "MIL" {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// implicitOrgan says whether participant a is an organ of state that
// implicitStateDE gave the sentence.
func (s *sent) implicitOrgan(a *argRef) bool {
	for _, m := range s.implicit {
		if mt := s.ments[m].m; mt.Entity == a.ent && mt.Sector == a.sector {
			return true
		}
	}
	return false
}

// possessorActorDE gives a German event noun whose phrase opens with a
// possessive ("von seinem Besuch in Ägypten", "bei ihrem Treffen mit …")
// the subject of its clause as its actor when the possessive agrees with
// it: in a phrase of the clause, "sein" and "ihr" mean its subject
// ("Macron kehrte von seinem Besuch zurück"); "Merkel lobte seinen Besuch"
// is someone else's, and is left alone.
func (s *sent) possessorActorDE(c *cand, k int) {
	ck := &s.chunks[k]
	if ck.hi-ck.lo < 2 || c.trig != ck.head || c.clause < 0 {
		return
	}
	var want gmask
	switch low := s.words[ck.lo].low; {
	case strings.HasPrefix(low, "sein"):
		want = gM | gN
	case strings.HasPrefix(low, "ihr"):
		want = gF | gP
	default:
		return
	}
	subj := s.subject(c.clause)
	if len(subj) == 0 || containsInt(subj, k) {
		return
	}
	if len(subj) > 1 {
		if want&gP == 0 {
			return // "Merkel und Macron … seinem Besuch": whose is unclear
		}
		c.actors = s.refsOf(subj, c.actors)
		return
	}
	m := s.chunkRef(subj[0])
	if m < 0 || s.chunks[subj[0]].pron {
		return
	}
	if g := s.phraseGender(subj[0], m, true); g&want == 0 {
		return
	}
	c.actors = append(c.actors, s.ref(m, ""))
}

// cancelVerbsDE are German verbs whose object event does not take place
// ("sagte seine Reise nach Brüssel ab", "das Treffen wurde gestrichen").
var cancelVerbsDE = map[string]bool{"absagen": true, "streichen": true, "stornieren": true, "abblasen": true}

// cancelledDE says whether German noun event c is what its clause's verb
// cancels.
func (s *sent) cancelledDE(c *cand) bool {
	if c.clause < 0 || c.clause >= len(s.vcs) {
		return false
	}
	for _, j := range s.vcs[c.clause].lexical {
		if cancelVerbsDE[s.words[j].lemma] {
			return true
		}
	}
	return false
}

// zuInfinitiveAt says whether a German infinitive with "zu" opens at word
// i ("wirft ihm vor zu lügen", "forderte sie auf zu gehen"): an
// infinitive clause without its comma, after which a separable verb's
// particle still ends its own clause.
func (s *sent) zuInfinitiveAt(i int) bool {
	if !s.de || i+1 >= len(s.words) || s.words[i].low != "zu" {
		return false
	}
	n := &s.words[i+1]
	return n.pos == pVerb && !capitalized(n.tok.Text)
}

// participleNoGeDE says whether German verb i is a past participle without
// "ge-": of a verb with an inseparable prefix ("verurteilt", "besetzt",
// "entführt") or in -ieren ("inhaftiert").
func (s *sent) participleNoGeDE(i int) bool {
	w := &s.words[i]
	if !s.de || w.pos != pVerb || w.low == w.lemma || !hasSuffix(w.low, "t") {
		return false
	}
	if hasSuffix(w.lemma, "ieren") && hasSuffix(w.low, "iert") {
		return true
	}
	for _, p := range [...]string{"be", "er", "ver", "zer", "ent", "emp", "miss"} {
		if strings.HasPrefix(w.low, p) && strings.HasPrefix(w.lemma, p) {
			return true
		}
	}
	return false
}

// unplacedPlace says whether mention mt is a place in a phrase of place
// ("in Bayern", "aus Grosseto") that the knowledge base cannot put in a
// country: it may be anyone's, and the article's state is no safer guess.
func (s *sent) unplacedPlace(mt *ment) bool {
	if mt.kind != dossier.KindLocation || mt.country != "" || mt.m.Via == viaCoref {
		return false
	}
	p := s.placePrep(mt.lo)
	return p != "" && p != "nach"
}

// konjunktivIDE are German finite forms of the Konjunktiv I that differ
// from the indicative of the third person; "habe" and "werde" are also the
// indicative's first person.
var konjunktivIDE = map[string]bool{
	"sei": true, "seien": true, "habe": true, "werde": true, "könne": true, "müsse": true,
	"solle": true, "wolle": true, "dürfe": true, "möge": true,
}

// konjunktivDE says whether German clause ci, a main clause or one
// coordinated with it, is told in the Konjunktiv I: reported speech that
// goes on from a sentence before ("Nordkorea habe Soldaten geschickt"),
// whose act the article does not assert.
func (s *sent) konjunktivDE(ci int, v *vc) bool {
	cl := &s.clauses[ci]
	for cl.kind == cCoordVP && cl.parent >= 0 {
		ci = cl.parent
		cl = &s.clauses[ci]
		v = &s.vcs[ci]
	}
	if cl.kind != cMain || v.first < 0 || !konjunktivIDE[s.words[v.first].low] {
		return false
	}
	for i := cl.lo; i < cl.hi; i++ {
		if s.words[i].low == "ich" {
			return false // "ich habe", "ich werde": the indicative
		}
	}
	return true
}
