package event

import (
	"strings"

	"github.com/dossier-news/dossier"
)

// German personal pronouns. "Er", "sie" and "es" agree with what they
// stand for in grammatical gender and number, and German gives every
// participant one: a person by sex ("die Kanzlerin", "Angela"), a country
// or organisation by the noun that names it ("die Türkei", "der Kreml",
// "das Außenministerium", "Polen"). So a pronoun can pick the one
// participant of the last sentences that agrees with it. The resolver lives
// in the event stage, not with the entity linker's coreference (which
// joins a surname to the full name before it): it needs the clauses and
// subjects of the sentences, and what it makes is a participant of an event,
// not a mention of a name.
//
// The order it looks in is the order a reader does: the subjects of the
// earlier clauses of the pronoun's own sentence, then the subject of the
// sentence before (its speaker, if it reports), then the others that
// sentence names, then the sentence before that. The first of these places
// that holds a participant that agrees decides, and it must hold only one:
// two that agree ("Merz traf Macron. Er …" has one subject and is fine;
// "Merz und Macron trafen sich. Er …" is not) leave the pronoun
// unresolved, since no actor is better than a wrong one.

// gmask is the set of genders and numbers a phrase may have.
type gmask uint8

const (
	gM gmask = 1 << iota // masculine singular
	gF                   // feminine singular
	gN                   // neuter singular
	gP                   // plural
)

// entGender is what the document has said about the sex of a person
// ("Bundeskanzlerin Angela Merkel … Merkel").
type entGender struct {
	ent string
	g   gmask
}

// countryGender are the countries whose German name is not neuter (a
// neuter country goes without article: "Polen hat …").
var countryGender = map[string]gmask{
	"türkei": gF, "ukraine": gF, "schweiz": gF, "slowakei": gF, "mongolei": gF, "krim": gF,
	"tschechische republik": gF, "dominikanische republik": gF, "zentralafrikanische republik": gF,
	"elfenbeinküste": gF, "europäische union": gF, "eu": gF,
	"iran": gM, "irak": gM, "libanon": gM, "sudan": gM, "südsudan": gM, "jemen": gM, "kongo": gM,
	"niger": gM, "tschad": gM, "vatikan": gM, "senegal": gM, "oman": gM, "kosovo": gM,
	"usa": gP, "vereinigten staaten": gP, "vereinigte staaten": gP, "niederlande": gP, "niederlanden": gP,
	"philippinen": gP, "vereinigten arabischen emirate": gP, "emirate": gP, "malediven": gP,
}

// detGender is the gender an article or demonstrative allows its noun;
// nom says the phrase is a subject, where "der" is masculine only.
func detGender(low string, nom bool) gmask {
	switch low {
	case "die", "diese":
		return gF | gP
	case "eine", "einer":
		return gF
	case "das", "dieses":
		return gN
	case "der", "dieser":
		if nom {
			return gM
		}
		return gM | gF | gP
	case "den", "diesen":
		return gM | gP
	case "dem", "diesem", "des", "eines", "einem", "ein":
		return gM | gN
	}
	// possessives and "kein" end as "ein" does: "seine Amtszeit",
	// "ihren Kurs"
	for _, stem := range []string{"mein", "dein", "sein", "ihr", "unser", "euer", "eur", "kein"} {
		if end, ok := strings.CutPrefix(low, stem); ok {
			switch end {
			case "":
				return gM | gN
			case "e":
				return gF | gP
			case "en":
				return gM | gP
			case "em", "es":
				return gM | gN
			case "er":
				return gF | gP
			}
		}
	}
	return 0
}

// nounGender is the gender a German noun's ending gives it, or 0 when the
// ending says nothing.
func nounGender(low string) gmask {
	for _, suf := range []string{"ung", "heit", "keit", "schaft", "ion", "tät", "ei", "ie", "ik", "erin", "istin", "antin", "entin", "behörde", "polizei", "justiz", "armee", "partei", "kommission", "regierung", "führung"} {
		if strings.HasSuffix(low, suf) {
			return gF
		}
	}
	for _, suf := range []string{"ium", "amt", "ment", "tum", "gericht", "parlament", "kabinett", "militär", "regime", "komitee", "büro", "haus"} {
		if strings.HasSuffix(low, suf) {
			return gN
		}
	}
	return 0
}

// personGender is the sex of the person mention m names as the text
// says it: by a title right before the name ("Kanzlerin Angela Merkel",
// "Präsident Macron"), or by what the document said of them before;
// gM|gF when it says nothing.
func (s *sent) personGender(m int) gmask {
	mt := &s.ments[m]
	if mt.lo > 0 {
		w := &s.words[mt.lo-1]
		if w.pos == pNoun && capitalized(w.tok.Text) {
			switch {
			case w.low == "frau":
				return gF
			case w.low == "herr":
				return gM
			case len(w.low) > 5 && (strings.HasSuffix(w.low, "in") || strings.HasSuffix(w.low, "innen")):
				return gF
			case !strings.HasSuffix(w.low, "e"):
				// "Präsident", "Außenminister", "Chef"; an ending in -e
				// ("Abgeordnete", "Vorsitzende") is either
				return gM
			}
		}
	}
	if s.st != nil {
		if g := s.knownGender(mt.m.Entity); g != 0 {
			return g
		}
	}
	return gM | gF
}

// givenGender is the sex person mention m's given name suggests, or 0. It
// only breaks ties: a given name is worn by both sexes across languages
// (Andrea, Nicola, Alexis), and the list knows office holders, not all.
func (s *sent) givenGender(m int) gmask {
	mt := &s.ments[m]
	first := ""
	if mt.hi-mt.lo >= 2 {
		first = s.words[mt.lo].tok.Text
	} else if s.x.kb != nil {
		if info, ok := s.x.kb.Info(mt.m.Entity); ok {
			first, _, _ = strings.Cut(info.Name, " ")
		}
	}
	return s.lx.given[first]
}

// phraseGender is the gender of chunk k, the phrase that names mention m
// (nom: as a subject). A phrase headed by a common noun ("die Regierung in
// Kiew", "das Ministerium") takes the noun's; a name its own, by article
// or, for a country, the list of those that are not neuter.
func (s *sent) phraseGender(k, m int, nom bool) gmask {
	mt := &s.ments[m]
	if mt.kind == dossier.KindPerson {
		return s.personGender(m)
	}
	det := gmask(0)
	if k >= 0 {
		ck := &s.chunks[k]
		if ck.lo < mt.lo {
			det = detGender(s.words[ck.lo].low, nom)
		}
		if ck.head >= 0 && (ck.head < mt.lo || ck.head >= mt.hi) && s.words[ck.head].pos == pNoun {
			if g := nounGender(s.words[ck.head].low); g != 0 && (det == 0 || det&g != 0) {
				return g
			}
			if det != 0 {
				return det
			}
			return gM | gF | gN
		}
	}
	if mt.kind == dossier.KindCountry || mt.kind == dossier.KindOrganization {
		// the words' lower case, joined in the sentence's scratch: no
		// string is made for the lookup
		b := s.buf[:0]
		for i := mt.lo; i < mt.hi; i++ {
			if i > mt.lo {
				b = append(b, ' ')
			}
			b = append(b, s.words[i].low...)
		}
		s.buf = b
		if g, ok := countryGender[string(b)]; ok {
			return g
		}
	}
	if det != 0 {
		if g := nounGender(s.words[mt.hi-1].low); g != 0 && det&g != 0 {
			return g
		}
		return det
	}
	if mt.kind == dossier.KindCountry {
		return gN
	}
	return gM | gF | gN
}

// knownGender is the sex the document gave person ent before, or 0.
func (s *sent) knownGender(ent string) gmask {
	for _, e := range s.st.genders {
		if e.ent == ent {
			return e.g
		}
	}
	return 0
}

// addGender records that person ent has sex g, unless the document said
// so before.
func (st *docState) addGender(ent string, g gmask) {
	for i := range st.genders {
		if st.genders[i].ent == ent {
			return
		}
	}
	st.genders = append(st.genders, entGender{ent: ent, g: g})
}

// clauseNumber narrows gender g of a subject phrase in clause ci by the
// number of its finite verb ("Die USA verurteilten …" is plural, "Die
// Mutter bat …" singular).
func (s *sent) clauseNumber(ci int, g gmask) gmask {
	plural, known := s.pluralDE(ci)
	if !known {
		return g
	}
	if plural {
		if g&gP != 0 {
			return gP
		}
		return g
	}
	if n := g &^ gP; n != 0 {
		return n
	}
	return g
}

// pluralDE says whether the finite verb of German clause ci is plural
// (known: the clause has a verb). The finite verb is the auxiliary or
// modal when there is one ("begrüßt wurden", "hat … angegriffen": a
// participle's -en says nothing), else the first verb.
func (s *sent) pluralDE(ci int) (plural, known bool) {
	c := &s.clauses[ci]
	v := -1
	for i := c.lo; i < c.hi; i++ {
		if s.words[i].pos == pAux {
			v = i
			break
		}
	}
	if v < 0 {
		v = s.firstVerb(ci)
	}
	if v < 0 {
		return false, false
	}
	low := s.words[v].low
	return low == "sind" || hasSuffix(low, "en"), true
}

// commonGender is the gender of chunk k, a phrase headed by a common noun
// that names no one ("die Mutter eines Freundes"), or 0 when it is no such
// phrase. Such a phrase a pronoun may mean as well as a name.
func (s *sent) commonGender(k int, nom bool) gmask {
	ck := &s.chunks[k]
	if ck.pron || ck.relPron || ck.head < 0 || s.words[ck.head].pos != pNoun || s.chunkRef(k) >= 0 || s.isTimex(ck) {
		return 0
	}
	return s.nounPhraseGender(k, nom)
}

// stand-in kinds of a phrase with a referent, for pronouns: whether it
// names the participant a pronoun may mean, or stands for someone else.
const (
	standsName   = iota // the participant itself ("Polen", "die Regierung in Kiew")
	standsOther         // someone unnamed: "die syrisch-türkische Grenze", "ein Syrer"
	standsRepeat        // a person named before, described again: "der Indonesier"
)

// standsFor says what chunk k, whose referent is mention m, stands for.
// A country as an adjective on a noun that names no actor ("die syrische
// Grenze") is a thing of the country's; a demonym as the head ("der
// Indonesier", "eine Syrerin") a person of it.
func (s *sent) standsFor(k, m int) int {
	ck := &s.chunks[k]
	mt := &s.ments[m]
	if mt.kind == dossier.KindPerson || ck.head < 0 {
		return standsName
	}
	if mt.adj && ck.head >= mt.lo && ck.head < mt.hi && mt.kind == dossier.KindCountry {
		if definite(s.words[ck.lo].low) && ck.hi-ck.lo <= 3 {
			return standsRepeat
		}
		return standsOther
	}
	if ck.modifier && ck.sector == "" {
		return standsOther
	}
	return standsName
}

// nounPhraseGender is the gender of chunk k by its article and head noun
// alone, or 0 when they do not settle it.
func (s *sent) nounPhraseGender(k int, nom bool) gmask {
	ck := &s.chunks[k]
	if s.personDescription(k) {
		return 0
	}
	det := detGender(s.words[ck.lo].low, nom)
	if g := nounGender(s.words[ck.head].low); g != 0 && (det == 0 || det&g != 0) {
		return g | det&gP
	}
	// only a gender the article settles counts ("die Mutter", not "ein
	// Zeichen", which may be masculine): a guess would block pronouns
	// that mean a name
	if sg := det &^ gP; sg&(sg-1) != 0 {
		return 0
	}
	return det
}

// personDescription says whether chunk k is a short definite description
// of a person ("der Angeklagte", "die 73-Jährige", "der Minister"): in
// news it repeats the person named before rather than bringing in a new
// one, so a pronoun after it may still mean that person. An extension
// ("die Mutter eines Freundes") or an indefinite article brings in someone
// new.
func (s *sent) personDescription(k int) bool {
	ck := &s.chunks[k]
	if ck.hi-ck.lo < 2 || ck.hi-ck.lo > 3 || ck.head != ck.hi-1 || !definite(s.words[ck.lo].low) || s.ofExtension(k) >= 0 {
		return false
	}
	h := s.words[ck.head].low
	if anaphorNouns[h] == anaPerson || anaphorNouns[s.words[ck.head].lemma] == anaPerson {
		return true
	}
	for _, suf := range []string{"jährige", "jähriger", "jährigen"} {
		if strings.HasSuffix(h, suf) {
			return true
		}
	}
	switch strings.TrimSuffix(h, "r") {
	case "angeklagte", "beschuldigte", "verdächtige", "festgenommene", "verurteilte", "politike", "politikerin":
		return true
	}
	return false
}

// learnGender records the sex the sentence gives its people, for their
// later mentions by surname alone.
func (s *sent) learnGender(st *docState) {
	for m := range s.ments {
		mt := &s.ments[m]
		if mt.kind != dossier.KindPerson || mt.m.Entity == "" {
			continue
		}
		g := s.personGender(m)
		if g != gM && g != gF {
			continue
		}
		st.addGender(mt.m.Entity, g)
	}
}

// topicChunks are the phrases a pronoun of the next sentence prefers: the
// person a reporting clause has speak ("…, sagte Demirtaş. Er …"), else the
// subjects of the first main clause.
func (s *sent) topicChunks() []int {
	for ci := range s.clauses {
		if ci >= len(s.vcs) || s.vcs[ci].report == "" || s.vcs[ci].repVerb < 0 {
			continue
		}
		for _, k := range s.subject(ci) {
			if m := s.chunkRef(k); m >= 0 && s.ments[m].kind == dossier.KindPerson && !s.chunks[k].pron && s.clauseReports(ci) {
				return s.subject(ci)
			}
		}
	}
	for ci := range s.clauses {
		if s.clauses[ci].kind == cMain {
			return s.subject(ci)
		}
	}
	return nil
}

// pronounWantDE is what German pronoun chunk k may stand for: its genders
// and whether a person may be meant. ok is false for words that are no
// personal pronoun of the third person, and for an "es" that is no
// participant ("Es gibt …", "Es kam zu …", "Es wurde beschlossen").
func (s *sent) pronounWantDE(k int, subj bool) (g gmask, person, ok bool) {
	ck := &s.chunks[k]
	if ck.hi-ck.lo != 1 {
		return 0, false, false
	}
	switch s.words[ck.head].low {
	case "er":
		return gM, true, subj
	case "ihn":
		return gM, true, !subj
	case "ihm":
		return gM | gN, true, !subj
	case "ihr":
		return gF, true, !subj
	case "sie":
		plural, known := s.pluralDE(s.words[ck.head].clause)
		switch {
		case !subj || !known:
			return gF | gP, true, true
		case !plural:
			return gF, true, true
		}
		return gP, false, true
	case "es":
		ci := s.words[ck.head].clause
		if !subj || s.clauses[ci].passive {
			return 0, false, false
		}
		if v := s.firstVerb(ci); v < 0 || expletiveEs[s.words[v].lemma] {
			return 0, false, false
		}
		return gN, false, true
	}
	return 0, false, false
}

// rememberNamedDE records what the German sentence names for the
// pronouns and descriptions of the sentences after it: the participants
// its topic subjects name (see topicChunks), the pronoun or the phrase
// naming no one that stands in their place, and then the others it names,
// each with its gender.
func (s *sent) rememberNamedDE(st *docState) {
	var hbuf [8]int
	handled := hbuf[:0] // mentions recorded as subjects
	for _, k := range s.topicChunks() {
		ck := &s.chunks[k]
		if ck.pron {
			g, _, ok := s.pronounWantDE(k, true)
			if !ok {
				continue
			}
			// resolved or not, the pronoun holds the place of what it
			// means ("Merkel … Sie … Sie …"); its entry joins the list
			// only now, after it was resolved against the list
			r, _ := s.pronounDE(k)
			if r.kind == dossier.KindPerson && (g == gM || g == gF) {
				st.addGender(r.ent, g) // "Er lobte …": the one meant is a man
			}
			st.named = append(st.named, named{r: r, sent: s.idx, g: g, subj: true, derived: true})
			continue
		}
		ci := s.words[ck.head].clause
		m := s.chunkRef(k)
		if containsInt(s.implicit, m) {
			m = -1 // "die Polizei" is a state only to event coding: a pronoun after it means no state
		}
		if r, ok := s.possessiveAgentDE(k); m < 0 && ok {
			// "Ihre Armee …": the owner, for the pronouns after it
			if g := s.nounPhraseGender(k, true); g != 0 {
				st.named = append(st.named, named{r: r, sent: s.idx, g: s.clauseNumber(ci, g), subj: true, derived: true})
			}
			continue
		}
		if m < 0 {
			// a subject that names no one ("die Mutter eines
			// Freundes"): a pronoun after it may mean it
			if g := s.commonGender(k, true); g != 0 {
				st.named = append(st.named, named{sent: s.idx, g: s.clauseNumber(ci, g), subj: true, derived: true})
			}
			continue
		}
		switch s.standsFor(k, m) {
		case standsRepeat:
			continue
		case standsOther:
			if g := s.nounPhraseGender(k, true); g != 0 {
				st.named = append(st.named, named{sent: s.idx, g: s.clauseNumber(ci, g), subj: true, derived: true})
			}
			continue
		}
		mt := &s.ments[m]
		switch mt.kind {
		case dossier.KindCountry, dossier.KindOrganization, dossier.KindPerson:
		case dossier.KindLocation:
			// "das Außenministerium in Berlin", "die Polizei in Graz": an
			// institution of the place
			if ck.head >= mt.lo && ck.head < mt.hi || s.words[ck.head].pos != pNoun {
				continue
			}
		default:
			continue
		}
		e := named{r: s.ref(m, ck.sector), sent: s.idx, subj: true, g: s.clauseNumber(ci, s.phraseGender(k, m, true)),
			seat: mt.kind == dossier.KindLocation}
		if mt.kind == dossier.KindPerson {
			e.soft = s.givenGender(m)
		}
		if mt.m.Via == viaCoref {
			e.derived = true
		}
		st.named = append(st.named, e)
		handled = append(handled, m)
	}
	for i := range s.ments {
		mt := &s.ments[i]
		switch mt.kind {
		case dossier.KindCountry, dossier.KindOrganization, dossier.KindPerson:
		default:
			continue
		}
		if containsInt(handled, i) || containsInt(s.implicit, i) {
			continue
		}
		e := named{r: s.ref(i, ""), sent: s.idx}
		k := s.words[mt.lo].chunk
		if k < 0 || s.chunkRef(k) != i {
			k = -1
		}
		// a country as a modifier ("der deutschen Energiewende") or as a
		// demonym ("dem Syrer") is no one a pronoun means (see standsFor)
		if k < 0 || s.standsFor(k, i) == standsName {
			e.g = s.phraseGender(k, i, false)
		}
		if mt.kind == dossier.KindPerson {
			e.soft = s.givenGender(i)
		}
		if mt.m.Via == viaCoref {
			e.r.sector, e.derived = "", true
		}
		st.named = append(st.named, e)
	}
}

// expletiveEs are the verbs whose "es" is a dummy subject.
var expletiveEs = map[string]bool{
	"geben": true, "sein": true, "werden": true, "kommen": true, "gehen": true, "heißen": true,
	"handeln": true, "bleiben": true, "scheinen": true, "gelingen": true, "fehlen": true,
	"reichen": true, "stehen": true, "sich": true, "lassen": true, "hängen": true, "brauchen": true,
	"regnen": true, "geschehen": true, "passieren": true, "zeigen": true, "folgen": true, "treffen": true,
}

// pronounDE resolves German personal pronoun chunk k (see the comment at
// the top of the file).
func (s *sent) pronounDE(k int) (argRef, bool) {
	ck := &s.chunks[k]
	ci := s.words[ck.head].clause
	subj := containsInt(s.subject(ci), k)
	if subj && ck.hi-ck.lo == 1 && s.words[ck.head].low == "man" {
		return s.manSpeakerDE(ci)
	}
	want, person, ok := s.pronounWantDE(k, subj)
	if !ok {
		return argRef{}, false
	}
	return s.resolveDE(k, want, person, subj)
}

// possessiveAgentDE resolves a German agent phrase with a possessive
// determiner ("seine Truppen", "ihr Außenminister", "ihre Armee") to the
// country or organisation the possessive means, with the sector the noun
// gives: "Die Türkei … Ihre Armee griff … an" is the Turkish military.
// The possessive agrees with its owner as a pronoun does: sein with a
// masculine or neuter owner, ihr with a feminine or plural one.
func (s *sent) possessiveAgentDE(k int) (argRef, bool) {
	ck := &s.chunks[k]
	if ck.ment >= 0 || ck.head < 0 || ck.hi-ck.lo < 2 {
		return argRef{}, false
	}
	var want gmask
	low := s.words[ck.lo].low
	switch {
	case strings.HasPrefix(low, "sein"):
		want = gM | gN
	case strings.HasPrefix(low, "ihr"):
		want = gF | gP
	default:
		return argRef{}, false
	}
	sec := s.agentSector(ck.lo+1, ck.hi)
	if sec == "" || sec == "BUS" {
		return argRef{}, false
	}
	ci := s.words[ck.head].clause
	// a person may own it too ("Putin … Sein Sprecher"): then it is no
	// one's here, rather than the country named beside them
	r, ok := s.resolveDE(k, want, true, containsInt(s.subject(ci), k))
	if !ok || r.kind == dossier.KindPerson {
		return argRef{}, false
	}
	r.sector = sec
	return r, true
}

// resolveDE finds what chunk k, a pronoun or possessive of gender want,
// stands for (person: a person may be meant; subj: k is its clause's
// subject).
func (s *sent) resolveDE(k int, want gmask, person, subj bool) (argRef, bool) {
	ck := &s.chunks[k]
	ci := s.words[ck.head].clause
	agrees := func(r argRef, g gmask) bool {
		if r.kind == dossier.KindPerson && !person {
			return false
		}
		switch r.kind {
		case dossier.KindPerson, dossier.KindCountry, dossier.KindOrganization:
		default:
			return false
		}
		if r.kind == dossier.KindPerson {
			if k := s.knownGender(r.ent); k != 0 {
				g &= k
			}
		}
		return g&want != 0
	}
	// an object pronoun is not the clause's own subject ("Er lobte ihn"):
	// German says "sich" for that
	var self string
	if !subj {
		for _, sk := range s.subject(ci) {
			if sk == k {
				continue
			}
			if r, ok := s.chunkArg(sk); ok {
				self = r.ent
			}
		}
	}
	// the subjects of the clauses before the pronoun's in its own sentence
	for p := ci - 1; p >= 0; p-- {
		var t tier
		for _, sk := range s.subject(p) {
			if sk == k || s.chunks[sk].pron || s.chunks[sk].lo > ck.lo {
				continue
			}
			m := s.chunkRef(sk)
			if m < 0 {
				if g := s.commonGender(sk, true); g != 0 {
					t.add(argRef{}, s.clauseNumber(p, g), 0, want)
				}
				continue
			}
			switch s.standsFor(sk, m) {
			case standsRepeat:
				continue
			case standsOther:
				if g := s.nounPhraseGender(sk, true); g != 0 {
					t.add(argRef{}, s.clauseNumber(p, g), 0, want)
				}
				continue
			}
			r := s.ref(m, s.chunks[sk].sector)
			g := s.clauseNumber(p, s.phraseGender(sk, m, true))
			switch {
			case r.ent == self:
			case agrees(r, g):
				soft := gmask(0)
				if r.kind == dossier.KindPerson {
					soft = s.givenGender(m)
				}
				t.add(r, g, soft, want)
			case r.kind == dossier.KindLocation && (s.chunks[sk].head < s.ments[m].lo || s.chunks[sk].head >= s.ments[m].hi):
				// "das Außenministerium in Moskau … es": the government
				// the seat stands for
				t.add(r, g, 0, want)
			default:
				t.add(argRef{}, g, 0, want) // the subject the pronoun means names no actor
			}
		}
		if r, done, ok := t.decide(want, person); done {
			return r, ok
		}
	}
	// in a dependent clause, the others its sentence named before it
	// ("Das habe Jauch so erzürnt, dass er …")
	if s.clauses[ci].parent >= 0 {
		var t tier
		for m := range s.ments {
			mt := &s.ments[m]
			if mt.hi > ck.lo {
				break
			}
			switch mt.kind {
			case dossier.KindCountry, dossier.KindOrganization, dossier.KindPerson:
			default:
				continue
			}
			mk := s.words[mt.lo].chunk
			if mk < 0 || s.chunkRef(mk) != m || s.standsFor(mk, m) != standsName {
				continue
			}
			if containsInt(s.subject(s.words[mt.lo].clause), mk) {
				continue // weighed above
			}
			r := s.ref(m, s.chunks[mk].sector)
			if g := s.phraseGender(mk, m, false); r.ent != self && agrees(r, g) {
				soft := gmask(0)
				if r.kind == dossier.KindPerson {
					soft = s.givenGender(m)
				}
				t.add(r, g, soft, want)
			}
		}
		if r, done, ok := t.decide(want, person); done {
			return r, ok
		}
	}
	// a plural "sie" after a plural noun of its own sentence ("den Leuten
	// Kraft geben, damit sie …") means it
	if want == gP {
		for j := 0; j < len(s.chunks) && s.chunks[j].hi <= ck.lo; j++ {
			if g := s.commonGender(j, false); g&gP != 0 && g != gM|gF|gN|gP {
				return argRef{}, false
			}
		}
	}
	if s.st == nil {
		return argRef{}, false
	}
	for back := 1; back <= corefWindow; back++ {
		for _, topic := range []bool{true, false} {
			var t tier
			for i := len(s.st.named) - 1; i >= 0; i-- {
				e := &s.st.named[i]
				if e.sent != s.idx-back || e.subj != topic || e.r.ent != "" && e.r.ent == self {
					continue
				}
				if e.r.ent == "" {
					t.add(argRef{}, e.g, 0, want) // a phrase that names no one
					continue
				}
				if agrees(e.r, e.g) || e.seat && e.g&want != 0 && !person {
					t.add(e.r, e.g, e.soft, want)
				}
			}
			if r, done, ok := t.decide(want, person); done {
				return r, ok
			}
		}
	}
	return argRef{}, false
}

// tier collects the participants of one place a pronoun looks in that
// agree with it.
type tier struct {
	c      [4]tierCand
	n      int  // distinct participants that agree, up to len(c)
	over   bool // more than len(c) of them
	common bool // a phrase naming no one agrees
}

type tierCand struct {
	r    argRef
	g    gmask // gender and number by the text
	soft gmask // sex by the given name, or 0
}

// add counts participant r of gender g (soft: by given name), if g agrees
// with want; a zero r is a phrase that names no one.
func (t *tier) add(r argRef, g, soft, want gmask) {
	if g&want == 0 {
		return
	}
	if r.ent == "" {
		t.common = true
		return
	}
	for i := 0; i < t.n; i++ {
		if t.c[i].r.ent == r.ent {
			return
		}
	}
	if t.n == len(t.c) {
		t.over = true
		return
	}
	t.c[t.n] = tierCand{r: r, g: g, soft: soft}
	t.n++
}

// decide says whether the tier settles the pronoun (done) and, if so, to
// what (ok false: it stays unresolved). One participant settles it; of
// several, the one left when those with weaker claims drop out: a thing
// with no word for its gender (a name without article, which any pronoun
// fits), one whose given name has the other sex ("Angela Merkel und
// Emmanuel Macron … Er"), and for a pronoun that may mean a person, things
// beside a person ("so Seehofer im Bayerischen Fernsehen. Er …"). A phrase
// that names no one and agrees leaves the pronoun to it.
func (t *tier) decide(want gmask, person bool) (argRef, bool, bool) {
	switch {
	case t.common || t.over:
		return argRef{}, t.common || t.over, false
	case t.n == 0:
		return argRef{}, false, false
	case t.n == 1:
		return t.c[0].r, true, true
	}
	keep := func(f func(c *tierCand) bool) bool {
		var out [4]tierCand
		m := 0
		for i := 0; i < t.n; i++ {
			if f(&t.c[i]) {
				out[m] = t.c[i]
				m++
			}
		}
		if m == 0 {
			return false
		}
		t.c, t.n = out, m
		return m == 1
	}
	if keep(func(c *tierCand) bool { return c.r.kind == dossier.KindPerson || c.g&(gM|gF|gN) != gM|gF|gN }) {
		return t.c[0].r, true, true
	}
	if keep(func(c *tierCand) bool { return c.soft == 0 || c.soft&want != 0 }) {
		return t.c[0].r, true, true
	}
	if person && keep(func(c *tierCand) bool { return c.r.kind == dossier.KindPerson }) {
		return t.c[0].r, true, true
	}
	return argRef{}, true, false
}

// manSpeakerDE resolves "man" as the subject of clause ci in reported
// speech: "Man habe sich mit Siemens geeinigt, teilte die Bahn mit" tells
// what the speaker's own side did, as "wir" would in a quotation. Outside
// reported speech "man" is anyone and names no one.
func (s *sent) manSpeakerDE(ci int) (argRef, bool) {
	if ci >= len(s.vcs) || !s.clauses[ci].quoted && !s.konjunktivDE(ci, &s.vcs[ci]) {
		return argRef{}, false
	}
	for _, o := range [2]int{ci + 1, ci - 1} {
		if o < 0 || o >= len(s.clauses) || !s.clauseReports(o) {
			continue
		}
		for _, sk := range s.subject(o) {
			if s.chunks[sk].pron {
				continue
			}
			if r, ok := s.chunkArg(sk); ok {
				return r, true
			}
		}
	}
	return argRef{}, false
}

// titleSexDE is the sex a German description of a person in office demands
// of the one it points back to (chunk k, kind want): a feminine title in
// -in ("die Kanzlerin", "der Ministerin") a woman, a masculine one ("der
// Kanzler", "den Außenminister") a man; a title in -e ("die Vorsitzende")
// and descriptions of things say nothing (0).
func (s *sent) titleSexDE(k int, want byte) gmask {
	if !s.de || want != anaPerson {
		return 0
	}
	h := &s.words[s.chunks[k].head]
	switch {
	case strings.HasSuffix(h.low, "in"):
		return gF
	case strings.HasSuffix(h.low, "e"):
		return 0
	}
	return gM
}

// sexAgreesDE says whether named entry e may be a person of sex sex by
// what the text said of it (a title, an earlier mention); an entry of
// unknown sex agrees. The given name is no evidence here: it only breaks
// ties between pronoun candidates, and names cross sexes ("Alexis").
func (s *sent) sexAgreesDE(e *named, sex gmask) bool {
	if e.r.kind != dossier.KindPerson {
		return true
	}
	g := e.g & (gM | gF)
	if g == 0 || g == gM|gF {
		g = s.knownGender(e.r.ent)
	}
	return g == 0 || g&sex != 0
}

// nominativePronounAfterDE returns the chunk of a pronoun right after the
// finite verb v that can only be a subject ("er", "ich", "wir", "du",
// "man"), when the Vorfeld phrase k before the verb is no pronoun: German
// may front an object, and a name shows no case ("Strache habe er nie
// verunglimpfen wollen" is his act aimed at Strache; "Österreich muss man
// den Vorwurf machen" is no one's reproach of Austria). Else -1. "sie"
// and "ihr" may be objects too and decide nothing.
func (s *sent) nominativePronounAfterDE(v, k int) int {
	if !s.de || v+1 >= len(s.words) || s.chunks[k].pron {
		return -1
	}
	w := &s.words[v+1]
	switch w.low {
	case "er", "ich", "wir", "du", "man":
	default:
		return -1
	}
	if pk := w.chunk; pk >= 0 && s.chunks[pk].pron && s.chunks[pk].lo == v+1 {
		return pk
	}
	return -1
}

// titledAntecedentDE resolves a German description by an office the
// article gives its holders by name ("Landeshauptmann Hans Niessl … so der
// Landeshauptmann", chunk k): the most recent person of the window whose
// name the document wrote right after that same title (alone or ending a
// compound: "SPÖ-Landeshauptmann"). A title says who, where a bare
// "Präsident" only says what.
func (s *sent) titledAntecedentDE(k int) (argRef, bool) {
	title := s.words[s.chunks[k].head].low
	for i := len(s.st.named) - 1; i >= 0; i-- {
		e := &s.st.named[i]
		if e.sent >= s.idx || e.sent < s.idx-corefWindow || e.derived || e.r.kind != dossier.KindPerson {
			continue
		}
		if s.titledBeforeDE(e.r.ent, title) {
			r := e.r
			r.sector = ""
			return r, true
		}
	}
	return argRef{}, false
}

// titledBeforeDE says whether the document, before this sentence, names
// entity ent right after the title (lower case) as a word or a compound's
// end.
func (s *sent) titledBeforeDE(ent, title string) bool {
	text := s.doc.Text
	for i := range s.doc.Mentions {
		m := &s.doc.Mentions[i]
		if m.Start >= s.s.Span.Start {
			break
		}
		if m.Entity != ent {
			continue
		}
		j := m.Start
		for j > 0 && text[j-1] == ' ' {
			j--
		}
		if j < len(title) {
			continue
		}
		if strings.EqualFold(text[j-len(title):j], title) && (j == len(title) || !isWordByte(text[j-len(title)-1]) || text[j-len(title)-1] == '-') {
			return true
		}
	}
	return false
}

// isWordByte says whether b is an ASCII letter or digit, or part of a
// multi-byte (non-ASCII) letter.
func isWordByte(b byte) bool {
	return b >= 0x80 || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// demonymNounDE says whether German chunk k is headed by a demonym noun
// that mention m links to its country ("ein psychisch kranker Brite",
// "zwei Deutsche", "vieler Österreicher"): people of that country, coded
// as its civilians, as CAMEO codes "a British man", rather than as the
// state.
func (s *sent) demonymNounDE(k, m int) bool {
	if !s.de {
		return false
	}
	ck := &s.chunks[k]
	mt := &s.ments[m]
	h := &s.words[ck.head]
	if mt.m.Via != "adjective" || mt.kind != dossier.KindCountry || mt.lo != ck.head || mt.hi != ck.head+1 ||
		h.pos != pNoun || !capitalized(h.tok.Text) {
		return false
	}
	// "die Amerikaner bombardierten", "mit den Briten kooperieren": the
	// people with the definite article often stand for their state
	if first := s.words[ck.lo].low; ck.lo < ck.head && definite(first) {
		for i := ck.lo + 1; i < ck.head; i++ {
			if s.words[i].pos == pNum {
				return true
			}
		}
		return false
	}
	return true
}
