package event

import (
	"strings"

	"github.com/dossier-news/dossier"
)

// Argument finding over chunks and clauses: the verb complex of a clause
// (voice, tense, modality cues), its subject (actor), objects and
// prepositional phrases (targets, locations).

var enAux = map[string]bool{"be": true, "have": true, "do": true, "will": true, "would": true, "shall": true,
	"should": true, "can": true, "could": true, "may": true, "might": true, "must": true, "'ll": true, "get": false}

var deAux = map[string]bool{"haben": true, "sein": true, "werden": true, "können": true, "müssen": true,
	"sollen": true, "wollen": true, "dürfen": true, "mögen": true}

// isAux says whether verbal word i is an auxiliary or modal.
func (s *sent) isAux(i int) bool {
	w := &s.words[i]
	if s.de {
		return deAux[w.lemma] && w.part < 0
	}
	if enAux[w.lemma] {
		// "have" and "do" are main verbs when no verb follows ("has a delegation")
		if w.lemma == "have" || w.lemma == "do" || w.lemma == "be" {
			return s.verbFollows(i)
		}
		return true
	}
	return w.pos == pAux && w.lemma != "have" && w.lemma != "do" && w.lemma != "be"
}

// verbFollows says whether another verb follows i in its clause with only
// adverbs, negation, "to" or auxiliaries between.
func (s *sent) verbFollows(i int) bool {
	c := s.words[i].clause
	for j := i + 1; j < len(s.words) && s.words[j].clause == c; j++ {
		w := &s.words[j]
		if s.countsAsVerb(j) {
			return true
		}
		switch w.pos {
		case pAdv, pPart:
			continue
		}
		if s.lx.cues.neg[w.low] {
			continue
		}
		return false
	}
	return false
}

// vc is the verb complex of a clause.
type vc struct {
	verbs   []int // verbal words of the clause
	lexical []int // the non-auxiliary ones
	first   int   // first verbal word, or -1
	passive bool
	tense   tense
	modal   string // modality from auxiliaries and verbs of intention
	report  string // the clause's verb is a reporting verb: its modality
	repVerb int
	intent  bool
}

func (s *sent) verbComplex(ci int) vc {
	c := &s.clauses[ci]
	v := vc{first: -1, repVerb: -1}
	// a German main clause resumed after an embedded clause has its
	// auxiliaries in the part before it ("hat X, die …, kritisiert")
	lo0, hi0 := c.lo, c.lo
	if s.de && c.resume >= 0 {
		lo0, hi0 = s.clauses[c.resume].lo, s.clauses[c.resume].hi
	}
	n := 0
	for _, r := range [2][2]int{{lo0, hi0}, {c.lo, c.hi}} {
		for i := r[0]; i < r[1]; i++ {
			if s.countsAsVerb(i) {
				n++
			}
		}
	}
	v.verbs, v.lexical = s.takeInts(n), s.takeInts(n)
	for _, r := range [2][2]int{{lo0, hi0}, {c.lo, c.hi}} {
		for i := r[0]; i < r[1]; i++ {
			if s.countsAsVerb(i) {
				v.verbs = append(v.verbs, i)
				if !s.isAux(i) {
					v.lexical = append(v.lexical, i)
				}
			}
		}
	}
	if len(v.verbs) == 0 {
		return v
	}
	v.first = v.verbs[0]
	if s.de && len(v.lexical) == 0 && len(v.verbs) == 1 && s.words[v.first].lemma == "sein" {
		// a clause whose only verb is "sein" has it as its main verb
		// ("Steinmeier ist in Warschau zu Besuch")
		v.lexical = append(v.lexical, v.first)
	}
	if s.de {
		s.verbComplexDE(&v)
	} else {
		s.verbComplexEN(&v)
		if !v.passive && len(v.verbs) == 1 && (s.headlineParticipleEN(ci, v.first) || s.participlePassiveEN(ci, v.first)) {
			v.passive = true
		}
		if v.modal == "" && s.headlineInfinitiveEN(ci, v.first) {
			v.modal = modPlanned // "Polish foreign minister to visit Belgrade"
		}
	}
	return v
}

func (s *sent) verbComplexEN(v *vc) {
	ws := s.words
	f := &ws[v.first]
	switch {
	case f.low == "will" || f.low == "shall" || f.low == "'ll" || f.low == "wo":
		v.tense = tFuture
		v.modal = modPlanned
	case f.lemma == "have" && len(v.verbs) > 1:
		if f.low == "had" {
			v.tense = tPast
		} else {
			v.tense = tPerfect
		}
	case f.low == "was" || f.low == "were" || f.low == "did" || f.low == "had":
		v.tense = tPast
	case f.lemma == "be" || f.lemma == "do" || f.lemma == "have":
		v.tense = tPresent
	case f.pos == pAux:
		v.tense = tPresent
	case f.low == f.lemma || hasSuffix(f.low, "s") && !hasSuffix(f.lemma, "s"):
		v.tense = tPresent
	default:
		v.tense = tPast
	}
	if m, ok := s.lx.cues.modal[f.low]; ok && v.modal == "" && f.pos == pAux {
		v.modal = m
	}
	// passive: a form of be/get directly governing a participle
	for k, i := range v.verbs {
		w := &ws[i]
		if !s.lx.cues.passive[w.lemma] || k+1 >= len(v.verbs) {
			continue
		}
		j := v.verbs[k+1]
		n := &ws[j]
		if n.lemma == "be" && k+2 < len(v.verbs) { // "has been attacked"
			j = v.verbs[k+2]
			n = &ws[j]
		}
		if n.pos == pVerb && n.low != n.lemma && !hasSuffix(n.low, "ing") && !s.followedByTo(j) {
			v.passive = true
		}
	}
	// "is said to", "is believed to", "is supposed to have": alleged
	for _, i := range v.lexical {
		w := &ws[i]
		if !s.followedByTo(i) {
			continue
		}
		prevBe := i > 0 && ws[i-1].lemma == "be" || i > 1 && ws[i-2].lemma == "be" && ws[i-1].pos == pAdv
		if prevBe {
			if m, ok := s.lx.cues.modal["be "+w.lemma+" to"]; ok {
				v.modal = m
				v.passive = false
			}
			if w.lemma == "suppose" {
				v.modal = modPlanned
				if j := s.nextVerb(i); j >= 0 && ws[j].lemma == "have" {
					v.modal = modAlleged
				}
			}
			continue
		}
		if m, ok := s.lx.cues.intent[w.lemma]; ok {
			v.modal = m
			v.intent = true
		}
	}
	// "be about to", "be expected to", "be due to": planned
	for k := v.first; k+2 < len(ws) && ws[k].clause == ws[v.first].clause; k++ {
		if ws[k].lemma == "be" && ws[k+2].low == "to" {
			if m, ok := s.lx.cues.modal["be "+ws[k+1].low+" to"]; ok {
				v.modal = m
			}
		}
		// "its goal is to occupy X": an aim, not a deed
		if k > 0 && ws[k].lemma == "be" && ws[k+1].low == "to" {
			if m, ok := s.lx.cues.modal[ws[k-1].lemma+" be to"]; ok {
				v.modal = m
			}
		}
	}
	for _, i := range v.lexical {
		if m, ok := s.lx.cues.report[ws[i].lemma]; ok && !s.followedByTo(i) {
			v.report, v.repVerb = m, i
			break
		}
	}
}

func (s *sent) followedByTo(i int) bool {
	for j := i + 1; j < len(s.words) && j <= i+2; j++ {
		w := &s.words[j]
		if w.low == "to" {
			return j+1 < len(s.words) && (s.countsAsVerb(j+1) || s.words[j+1].pos == pAdv)
		}
		if w.pos != pAdv {
			return false
		}
	}
	return false
}

func (s *sent) nextVerb(i int) int {
	for j := i + 1; j < len(s.words) && s.words[j].clause == s.words[i].clause; j++ {
		if s.countsAsVerb(j) {
			return j
		}
	}
	return -1
}

// germanBase returns the lemma of a German verb without a joined particle.
func (s *sent) germanBase(i int) string {
	w := &s.words[i]
	if w.part >= 0 {
		p := s.words[w.part].low
		if len(w.lemma) > len(p) {
			return w.lemma[len(p):]
		}
	}
	return w.lemma
}

// presentDE says whether the finite German verb at i is a present form.
func (s *sent) presentDE(i int) bool {
	w := &s.words[i]
	base := s.germanBase(i)
	if w.low == base {
		return true
	}
	stem := base
	switch {
	case hasSuffix(stem, "en"):
		stem = stem[:len(stem)-2]
	case hasSuffix(stem, "n"):
		stem = stem[:len(stem)-1]
	}
	// the form is stem+suf, compared in place: joining them built a
	// string for each ending of each verb asked about
	if len(w.low) > len(stem) && strings.HasPrefix(w.low, stem) {
		switch w.low[len(stem):] {
		case "t", "st", "e", "et", "est", "en":
			return true
		}
	}
	switch w.low {
	case "ist", "sind", "hat", "wird", "kann", "soll", "will", "muss", "darf", "mag", "bin", "gibt", "nimmt", "trifft", "sieht", "spricht", "hält", "lässt":
		return true
	}
	return false
}

// pastWerdenDE says whether a German verb complex has past indicative
// "wurde" as its finite verb or the participle "worden".
func (s *sent) pastWerdenDE(v *vc) bool {
	for _, i := range v.verbs {
		w := &s.words[i]
		if w.lemma == "werden" && (w.low == "worden" || (i == v.first || i == v.verbs[len(v.verbs)-1]) && strings.HasPrefix(w.low, "wurd")) {
			return true
		}
	}
	return false
}

func (s *sent) verbComplexDE(v *vc) {
	ws := s.words
	// fin is the finite verb: the first verbal word of a main clause, the
	// last one of a verb-final clause ("das … angegriffen worden war", "dass
	// er festgenommen wurde")
	fin := v.first
	if c := &s.clauses[ws[fin].clause]; (c.kind == cSub || c.kind == cRel) && len(v.verbs) > 1 {
		if l := v.verbs[len(v.verbs)-1]; ws[l].pos == pAux && ws[fin].pos == pVerb {
			fin = l
		}
	}
	if s.vorfeldParticipleDE(v) {
		fin = v.verbs[1] // "Angeklagt sind zwei Manager", "Festgenommen wurde …"
	}
	f := &ws[fin]
	hasWerden, hasPart, hasInf := false, false, false
	for _, i := range v.verbs {
		w := &ws[i]
		if w.lemma == "werden" && w.part < 0 {
			hasWerden = true
		}
	}
	for _, i := range v.lexical {
		w := &ws[i]
		base := s.germanBase(i)
		if i == fin {
			continue
		}
		if w.low == base || containsZu(w.low, w.lemma) {
			hasInf = true
		} else {
			hasPart = true
		}
	}
	if hasInf && !hasPart && s.pastWerdenDE(v) {
		// "wurde aus der Haft entlassen", "ist entlassen worden": past
		// "wurde" and "worden" take no infinitive, so a participle that
		// looks like one (entlassen, verlassen, erhalten) is what follows
		hasPart, hasInf = true, false
	}
	switch {
	case f.lemma == "werden" && hasPart:
		v.passive = true
		if s.presentDE(fin) {
			v.tense = tPresent
		} else {
			v.tense = tPast
		}
	case f.lemma == "werden" && hasInf:
		v.tense = tFuture
		v.modal = modPlanned
	case (f.lemma == "haben" || f.lemma == "sein") && hasPart:
		if s.presentDE(fin) {
			v.tense = tPerfect
		} else {
			v.tense = tPast
		}
		if hasWerden || f.lemma == "sein" && s.stativePassiveDE(v) {
			v.passive = true
		}
	case s.presentDE(fin):
		v.tense = tPresent
	default:
		v.tense = tPast
	}
	if hasWerden && hasPart && !v.passive {
		v.passive = true
	}
	// modal verbs
	for _, i := range v.verbs {
		w := &ws[i]
		switch w.lemma {
		case "sollen":
			v.modal = modPlanned
			// "soll … geschickt haben": alleged
			if hasPart && s.hasPerfectInfinitive(v) {
				v.modal = modAlleged
			}
		case "wollen":
			v.modal = modPlanned
		case "müssen":
			// an obligation is not yet a fact ("Deutschland muss mit China
			// verhandeln", "die Regierung müsse …"); one that was met is
			// ("musste zurücktreten")
			if !hasPrefixStr(w.low, "musst") {
				v.modal = modHypothetical
			}
		case "können", "dürfen", "mögen":
			// "könne" is "kann" in reported speech: still only possible
			if w.low != w.lemma && (hasSuffix(w.low, "te") || hasSuffix(w.low, "ten") || w.low == "kann" || w.low == "können" || w.low == "könne") {
				v.modal = modHypothetical
			}
		case "werden":
			if w.low == "würde" || w.low == "würden" {
				v.modal = modHypothetical
			}
		case "sein":
			if w.low == "wäre" || w.low == "wären" {
				v.modal = modHypothetical
			}
		}
	}
	for _, i := range v.lexical {
		if m, ok := s.lx.cues.report[ws[i].lemma]; ok {
			v.report, v.repVerb = m, i
			break
		}
		if m, ok := s.lx.cues.intent[ws[i].lemma]; ok {
			v.intent = true // "plant, … zu verhängen": the infinitive is planned
			if len(v.lexical) > 1 {
				v.modal = m
			}
		}
	}
	// "ist bereit, … zu helfen": readiness is an intention
	if len(v.verbs) > 0 {
		ci := ws[v.verbs[0]].clause
		for k := range ws {
			if ws[k].clause == ci && ws[k].lowCls&clDeReady != 0 {
				v.intent = true
				// the parser may keep the infinitive in the same clause
				for j := k + 1; j < len(ws); j++ {
					if ws[j].low == "zu" && ws[j].clause == ci {
						v.modal = stronger(v.modal, modPlanned)
						break
					}
				}
				break
			}
		}
	}
}

// deReady are the German adjectives of readiness that make the infinitive
// they take a plan.
var deReady = map[string]bool{"bereit": true, "gewillt": true, "entschlossen": true, "willens": true}

func (s *sent) hasPerfectInfinitive(v *vc) bool {
	last := v.verbs[len(v.verbs)-1]
	l := s.words[last].lemma
	return (l == "haben" || l == "sein") && last != v.first
}

// subject returns the chunks that are the grammatical subject of clause ci,
// coordinated phrases included.
func (s *sent) subject(ci int) []int {
	c := &s.clauses[ci]
	if c.subjDone {
		return c.subj
	}
	c.subjDone = true
	var subj []int
	switch c.kind {
	case cCoordVP, cInf:
		if subj = s.asideSubjectEN(ci); subj != nil {
			break
		}
		if subj = s.verblessMainSubjectEN(ci); subj != nil {
			break
		}
		if p := s.pastConditionEN(ci); p >= 0 {
			subj = s.subject(p)
			break
		}
		if c.kind == cInf && c.parent >= 0 {
			if obj, ok := s.controllingObject(c.parent); ok {
				subj = []int{obj}
				break
			}
		}
		if c.parent >= 0 {
			subj = s.subject(c.parent)
		}
	case cRel:
		subj = s.relSubject(ci)
	default:
		if s.de && c.resume >= 0 {
			subj = s.resumedSubjectDE(c.resume) // "Die EU will die Türkei, die …, unterstützen"
		} else if s.de {
			subj = s.subjectDE(ci)
			subj = s.describedPerson(s.wasClauseSubjectDE(ci, subj))
		} else {
			subj = s.titledPersonEN(s.subjectEN(ci))
			if r := s.reportedPronounSubjectEN(ci, subj); r != nil {
				subj = r
			}
			if len(subj) == 0 {
				subj = s.openingParticipleSubject(ci)
			}
		}
	}
	s.clauses[ci].subj = subj
	return subj
}

// wasClauseSubjectDE gives a German clause that opens with "was" and
// comments on the one before ("…, was Moskau bestreitet") the named
// phrase between the pronoun and the verb as its subject: "was" is then
// its object, the deed just told. Other subjects are returned as they are.
func (s *sent) wasClauseSubjectDE(ci int, subj []int) []int {
	if len(subj) != 1 {
		return subj
	}
	ck := &s.chunks[subj[0]]
	if ck.hi-ck.lo != 1 || s.words[ck.lo].low != "was" {
		return subj
	}
	v := s.firstVerb(ci)
	for j := ck.hi; j < v; j++ {
		k := s.words[j].chunk
		if k < 0 {
			continue
		}
		nc := &s.chunks[k]
		if nc.prep < 0 && nc.nomOK && s.chunkRef(k) >= 0 {
			return s.coordinated(k, j, v)
		}
		j = nc.hi - 1
	}
	return subj
}

// describedPerson makes a German subject that describes someone by a role
// the person its apposition names ("sagt Odessas Gouverneur, der
// georgische Expräsident Michail Saakaschwili"): both phrases then stand
// for the person. Other subjects are returned as they are.
func (s *sent) describedPerson(subj []int) []int {
	if len(subj) != 1 || s.chunks[subj[0]].pron {
		return subj
	}
	k := subj[0]
	if m := s.chunkRef(k); m >= 0 && s.ments[m].kind == dossier.KindPerson {
		return subj
	}
	lo, _ := s.appositionAfter(k)
	if lo < 0 {
		return subj
	}
	a := s.words[lo].chunk
	m := s.personIn(a)
	if m < 0 {
		return subj
	}
	if ck := &s.chunks[k]; ck.head < 0 || s.agentSector(ck.lo, ck.hi) == "" {
		return subj // "die Türkei, ein Land mit …" is no role
	}
	s.chunks[k].ment, s.chunks[a].ment = m, m
	return []int{k, a}
}

// objectControlDE are German verbs of accusing whose object does what their
// infinitive says ("warf Chile vor, Bolivien anzugreifen": Chile attacks).
// Verbs of asking ("aufrufen", "auffordern") are left out: their infinitive
// is a request, not an act of its own.
var objectControlDE = map[string]bool{
	"vorwerfen": true, "beschuldigen": true, "bezichtigen": true, "verdächtigen": true,
}

// controllingObject returns the object of German clause ci when its verb
// passes the object on as the subject of a following infinitive.
func (s *sent) controllingObject(ci int) (int, bool) {
	c := &s.clauses[ci]
	if !s.de {
		return 0, false
	}
	verb := false
	for i := c.lo; i < c.hi; i++ {
		if s.countsAsVerb(i) && objectControlDE[s.words[i].lemma] {
			verb = true
			break
		}
	}
	if !verb {
		return 0, false
	}
	subj := s.subject(ci)
	for j := c.lo; j < c.hi; j++ {
		k := s.words[j].chunk
		if k < 0 {
			continue
		}
		ck := &s.chunks[k]
		j = ck.hi - 1
		if containsInt(subj, k) || ck.prep >= 0 || s.isTimex(ck) || s.words[ck.head].low == "sich" {
			continue
		}
		return k, true
	}
	return 0, false
}

func (s *sent) firstVerb(ci int) int {
	c := &s.clauses[ci]
	for i := c.lo; i < c.hi; i++ {
		if s.countsAsVerb(i) {
			return i
		}
	}
	return -1
}

func (s *sent) subjectEN(ci int) []int {
	c := &s.clauses[ci]
	v := s.firstVerb(ci)
	if v < 0 {
		return nil
	}
	if k, _ := s.reportingAsideEN(ci); k >= 0 {
		return []int{k}
	}
	if subj := s.asideSubjectEN(ci); subj != nil {
		return subj
	}
	lo := c.lo
	if c.sub >= 0 {
		lo = c.sub + 1
	}
	for j := v - 1; j >= lo; j-- {
		w := &s.words[j]
		// "the European Union (EU) agree", "The ILO (International Labour
		// Office) reiterated": a parenthesis after the subject restates it
		if w.low == ")" {
			if open := s.openingParen(j, lo); open > lo {
				j = open
				continue
			}
		}
		// "Pakistan, a key U.S. ally in the war against terrorism, has
		// refused": the phrase between commas before the verb is an
		// apposition; the subject comes before it
		if w.low == "," && s.nextIsVerbGroup(j+1, v) {
			if open := s.openingComma(j, lo); open > lo {
				if k := s.words[open-1].chunk; k >= 0 && s.chunks[k].prep < 0 && s.chunkRef(k) >= 0 {
					return s.coordinated(k, lo, open)
				}
			}
		}
		if w.chunk >= 0 {
			ck := &s.chunks[w.chunk]
			if ck.prep >= 0 {
				j = ck.prep // skip the prepositional phrase
				continue
			}
			if s.isTimex(ck) {
				j = ck.lo
				continue
			}
			k := s.apposition(w.chunk, lo)
			return s.coordinated(k, lo, v)
		}
	}
	// "Lebed, whom Yeltsin sent to Grozny, struck a deal", "The source, who
	// asked not to be named, said": the verb continues the phrase before a
	// relative clause between commas, even a reporting verb
	if c.kind == cMain && s.onlyVerbGroupBefore(c.lo, v) {
		if k := s.resumedAfterRelativeEN(ci); k >= 0 {
			p := &s.clauses[s.clauses[ci-1].parent]
			return s.coordinated(k, p.lo, p.hi)
		}
	}
	// inverted reporting clause: "…, said a spokesman"; "told" is followed
	// by whom it told ("…, told Reuters")
	if s.lx.cues.report[s.words[v].lemma] != "" && s.words[v].lemma != "tell" {
		for j := v + 1; j < c.hi; j++ {
			if k := s.words[j].chunk; k >= 0 && s.chunks[k].prep < 0 {
				return s.coordinated(k, v+1, c.hi)
			}
		}
	}
	// "US attacks, occurring every three days, have killed …": the verb
	// continues the subject before a participle phrase between commas
	if ci > 0 && c.kind == cMain && s.onlyVerbGroupBefore(c.lo, v) {
		p := &s.clauses[ci-1]
		if pv := s.firstVerb(ci - 1); pv > p.lo && s.words[pv-1].low == "," && (hasSuffix(s.words[pv].low, "ing") || s.participlePassiveEN(ci-1, pv)) && s.words[p.hi-1].low == "," {
			return s.subject(ci - 1)
		}
	}
	return nil
}

// reportingAsideEN finds a reporting clause set between a subject and its
// verb: in "Paris and its neighbour, the minister said, agreed to …" clause
// ci is "Paris and its neighbour, the minister said," and the clause after
// it goes on with the verb. It returns the speaker's phrase and the last
// phrase of the subject before the aside's opening comma, or -1, -1.
func (s *sent) reportingAsideEN(ci int) (speaker, subj int) {
	c := &s.clauses[ci]
	if s.de || c.kind != cMain || ci+1 >= len(s.clauses) {
		return -1, -1
	}
	v := s.firstVerb(ci)
	if v < 0 || s.words[c.hi-1].low != "," || s.lx.cues.report[s.words[v].lemma] == "" || !s.onlyTimeAfter(v+1, c.hi-1) {
		return -1, -1
	}
	next := &s.clauses[ci+1]
	if next.lo != c.hi || next.parent != ci {
		return -1, -1
	}
	if nv := s.firstVerb(ci + 1); nv < 0 || !(next.kind == cCoordVP || next.kind == cMain && s.onlyVerbGroupBefore(next.lo, nv)) {
		return -1, -1
	}
	j := v - 1
	for j > c.lo && s.words[j].pos == pAdv {
		j--
	}
	k := s.words[j].chunk
	if k < 0 || s.chunks[k].prep >= 0 || s.chunks[k].hi != j+1 {
		return -1, -1
	}
	open := s.chunks[k].lo - 1
	if open-1 < c.lo || s.words[open].low != "," {
		return -1, -1
	}
	p := s.words[open-1].chunk
	if p < 0 || s.chunks[p].prep >= 0 || s.isTimex(&s.chunks[p]) {
		return -1, -1
	}
	return k, p
}

// asideSubjectEN returns the subject of clause ci, with the phrases
// coordinated with it, when the clause goes on after a reporting aside
// (see reportingAsideEN), else nil.
func (s *sent) asideSubjectEN(ci int) []int {
	if s.de || ci == 0 || s.clauses[ci].parent != ci-1 {
		return nil
	}
	_, p := s.reportingAsideEN(ci - 1)
	if p < 0 {
		return nil
	}
	return s.coordinated(p, s.clauses[ci-1].lo, s.chunks[p].hi)
}

// onlyTimeAfter says whether words [lo, hi) are only time phrases and
// their prepositions ("said on Monday").
func (s *sent) onlyTimeAfter(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		w := &s.words[j]
		if w.pos == pAdp || w.pos == pAdv {
			continue
		}
		if w.chunk < 0 || !s.isTimex(&s.chunks[w.chunk]) {
			return false
		}
	}
	return true
}

// onlyVerbGroupBefore says whether words [lo, v) are only punctuation,
// adverbs and auxiliaries.
func (s *sent) onlyVerbGroupBefore(lo, v int) bool {
	for j := lo; j < v; j++ {
		switch s.words[j].pos {
		case pPunct, pAdv, pAux:
		default:
			return false
		}
	}
	return true
}

// openingParen returns the "(" that the ")" at j closes, searching back to
// lo, or -1.
func (s *sent) openingParen(j, lo int) int {
	for k := j - 1; k >= lo && k >= j-8; k-- {
		switch s.words[k].low {
		case "(":
			return k
		case ")":
			return -1
		}
	}
	return -1
}

// apposition: a subject phrase without a referent next to one with a
// referent, separated by commas ("Gondor, the state's fiercest foe, said")
// stands for it.
func (s *sent) apposition(k, lo int) int {
	ck := &s.chunks[k]
	if s.chunkRef(k) >= 0 {
		return k
	}
	if ck.lo-2 >= lo && s.words[ck.lo-1].low == "," {
		if p := s.words[ck.lo-2].chunk; p >= 0 && s.chunks[p].prep < 0 && s.chunkRef(p) >= 0 {
			return p
		}
	}
	return k
}

// coordinated expands chunk k to the phrases coordinated with it between
// word positions lo and hi ("North Korea and Russia", "Arnor, Gondor and
// Rohan").
func (s *sent) coordinated(k, lo, hi int) []int {
	out := []int{k}
	// leftwards
	for cur := k; ; {
		c := &s.chunks[cur]
		j := c.lo - 1
		if j < lo || j < 0 {
			break
		}
		w := &s.words[j]
		alsAuch := false
		if j-1 >= lo && s.alsAuch(j-1) {
			j, alsAuch = j-1, true // "sowohl A als auch B"
		}
		if !(alsAuch || w.pos == pCconj && isAnd(w.low) || w.low == ",") {
			break
		}
		if w.pos == pCconj && j-1 >= lo && s.words[j-1].low == "," {
			j-- // ", and"
		}
		if j-1 < lo || s.words[j-1].chunk < 0 {
			break
		}
		p := s.headOfGenitiveDE(s.words[j-1].chunk)
		if s.isTimex(&s.chunks[p]) {
			break
		}
		if s.chunks[p].prep != s.chunks[cur].prep {
			if p = s.parallelOfHead(p, cur); p < 0 || s.chunks[p].lo < lo {
				break
			}
		}
		out = append([]int{p}, out...)
		cur = p
	}
	// rightwards
	for cur := k; ; {
		j := s.pastGenitivesDE(cur, hi)
		if j >= hi || j >= len(s.words) {
			break
		}
		if r := s.ofPhraseAfter(cur); r >= 0 && s.chunks[r].hi < hi && s.chunks[r].hi+1 < len(s.words) {
			// "Presidents X of Russia and Y of China": past the first
			// head's of-phrase when the next head has one of its own
			if n := s.words[s.chunks[r].hi+1].chunk; n >= 0 && s.parallelOfHead(r, n) == cur {
				j = s.chunks[r].hi
			}
		}
		w := &s.words[j]
		alsAuch := j+1 < hi && s.alsAuch(j)
		if alsAuch {
			j++
		}
		if !(alsAuch || w.pos == pCconj && isAnd(w.low) || w.low == ",") {
			break
		}
		if w.low == "," && j+1 < hi && s.words[j+1].pos == pCconj && isAnd(s.words[j+1].low) {
			j++ // ", and"
			w = &s.words[j]
		}
		if j+1 >= hi || s.words[j+1].chunk < 0 {
			break
		}
		n := s.words[j+1].chunk
		if s.chunks[n].prep != s.chunks[cur].prep {
			break
		}
		// a comma continues a list only if a conjunction follows later
		if w.low == "," && !s.listContinues(j+1, hi) {
			break
		}
		out = append(out, n)
		cur = n
	}
	if s.de && len(out) >= 3 && s.memberHeaderDE(out[0]) {
		// "die EADS-Aktionäre, Daimler, Lagardère und Frankreich": the
		// first phrase names what the list after it enumerates
		out = out[1:]
	}
	return out
}

// pastGenitivesDE returns the word after German phrase k and the genitive
// attributes and parentheses that follow it before word hi ("die Staaten
// der Europäischen Union sowie Norwegen", "Peter Kurz (SPD) und die
// Grünen": the list goes on after them); for English, or without one, the
// word after k.
func (s *sent) pastGenitivesDE(k, hi int) int {
	j := s.chunks[k].hi
	for s.de && j < hi && j < len(s.words) {
		if e := s.parenthesisEnd(j, hi); e > j {
			j = e
			continue
		}
		g := s.words[j].chunk
		if g < 0 || s.chunks[g].lo != j || !s.isGenitiveAttributeDE(g) {
			break
		}
		j = s.chunks[g].hi
	}
	return j
}

// parenthesisEnd returns the word after the ")" that closes a short
// parenthesis opened at word j ("(SPD)", "(CDU, Hessen)"), before word hi;
// j itself when there is none.
func (s *sent) parenthesisEnd(j, hi int) int {
	if s.words[j].low != "(" {
		return j
	}
	for e := j + 1; e < hi && e <= j+5; e++ {
		if s.words[e].low == ")" {
			return e + 1
		}
	}
	return j
}

// headOfGenitiveDE returns the German phrase a genitive attribute p
// follows, over a chain of them ("Norwegen und die Staaten der EU": for
// "der EU", "die Staaten"); p itself when it is none or for English.
func (s *sent) headOfGenitiveDE(p int) int {
	for s.de && s.isGenitiveAttributeDE(p) {
		lo := s.chunks[p].lo
		if lo == 0 || s.words[lo-1].chunk < 0 || s.words[lo-1].chunk == p {
			break
		}
		p = s.words[lo-1].chunk
	}
	return p
}

// isGenitiveAttributeDE says whether phrase g is a genitive without a
// preposition that follows another phrase directly.
func (s *sent) isGenitiveAttributeDE(g int) bool {
	c := &s.chunks[g]
	return c.gen && c.prep < 0 && c.lo > 0 && s.words[c.lo-1].chunk >= 0
}

// parallelOfHead returns the named phrase whose of-phrase is chunk p when
// p's next coordinated phrase cur is also named and has an of-phrase of its
// own ("X of Russia and Y of China": for p "Russia" and cur "Y", "X"), or
// -1. English only.
func (s *sent) parallelOfHead(p, cur int) int {
	pi := s.chunks[p].prep
	if s.de || pi < 1 || s.words[pi].low != "of" || s.words[pi-1].chunk < 0 || s.chunks[cur].ment < 0 {
		return -1
	}
	q := s.words[pi-1].chunk
	if s.chunks[q].ment < 0 || s.chunks[q].prep != s.chunks[cur].prep || s.ofPhraseAfter(cur) < 0 {
		return -1
	}
	return q
}

// ofPhraseAfter returns the chunk of the of-phrase right after chunk k, or -1.
func (s *sent) ofPhraseAfter(k int) int {
	j := s.chunks[k].hi
	if j+1 >= len(s.words) || s.words[j].low != "of" {
		return -1
	}
	if n := s.words[j+1].chunk; n >= 0 && s.chunks[n].prep == j {
		return n
	}
	return -1
}

// memberNounsDE end the German plural nouns that name the members of a
// group: a list of names after one of them, set off by a comma,
// enumerates them.
var memberNounsDE = []string{"aktionär", "anteilseigner", "gesellschafter", "partner", "mitglied",
	"mitgliedstaat", "mitgliedsstaat", "mitgliedsland", "teilnehmer", "beteiligte", "verbündete",
	"unterzeichner", "nachbarland", "nachbarstaat", "eigentümer"}

// memberHeaderDE says whether German phrase k is "die" and a plural member
// noun ("die EADS-Aktionäre", "die beteiligten Partner") followed by a
// comma.
func (s *sent) memberHeaderDE(k int) bool {
	ck := &s.chunks[k]
	if ck.head < 0 || ck.hi >= len(s.words) || s.words[ck.hi].low != "," || s.words[ck.lo].low != "die" {
		return false
	}
	h := &s.words[ck.head]
	if h.pos != pNoun || h.low == h.lemma {
		return false // a plural differs from its lemma ("Aktionäre", "Partner" does not: left alone)
	}
	for _, m := range memberNounsDE {
		if hasSuffix(h.lemma, m) {
			return true
		}
	}
	return false
}

// alsAuch says whether words j and j+1 are the "als auch" of a German
// "sowohl … als auch" pair, which coordinates like "und".
func (s *sent) alsAuch(j int) bool {
	if !s.de || j+1 >= len(s.words) || s.words[j].low != "als" || s.words[j+1].low != "auch" {
		return false
	}
	for i := j - 1; i >= 0 && i >= j-12; i-- {
		if s.words[i].low == "sowohl" {
			return true
		}
	}
	return false
}

func isAnd(low string) bool {
	switch low {
	case "and", "or", "nor", "und", "oder", "sowie", "noch", "&":
		return true
	}
	return false
}

func (s *sent) listContinues(j, hi int) bool {
	for ; j < hi; j++ {
		w := &s.words[j]
		if w.pos == pCconj && isAnd(w.low) {
			return true
		}
		if w.chunk < 0 && w.low != "," {
			return false
		}
	}
	return false
}

// vorfeldApposition returns the phrase that names the person a German
// Vorfeld subject describes in an apposition right before the finite verb
// ("Der Sicherheitssprecher der ÖVP im Parlament, Heinz Becker, hat
// …"), its prepositional phrases skipped; -1 if none.
func (s *sent) vorfeldApposition(k int) int {
	j := s.chunks[k].hi
	for j+1 < len(s.words) {
		n := s.words[j].chunk
		if n < 0 && s.words[j].pos == pAdp {
			n = s.words[j+1].chunk // the phrase a preposition heads
		}
		if n < 0 || !(s.chunks[n].prep >= 0 || s.chunks[n].gen) || s.chunks[n].hi <= j {
			break
		}
		j = s.chunks[n].hi
	}
	a := s.phraseAfterComma(j, k)
	if a < 0 || s.personIn(a) < 0 {
		return -1
	}
	ac := &s.chunks[a]
	if e := ac.hi; e+1 >= len(s.words) || s.words[e].low != "," || !s.countsAsVerb(e+1) {
		return -1
	}
	if m := s.chunkRef(k); m >= 0 && s.ments[m].kind == dossier.KindPerson && s.namedInPhrase(k) {
		return -1 // "Merkel, die Kanzlerin, sagte": the name came first
	}
	return a
}

// namedInPhrase says whether phrase k holds a proper noun: a person it
// refers to is named there, not found by the office its nouns describe
// ("Der russische Regierungschef, Jegor Gaidar": the knowledge base's
// present holder of the office is not the one the apposition names).
func (s *sent) namedInPhrase(k int) bool {
	ck := &s.chunks[k]
	for j := ck.lo; j < ck.hi; j++ {
		if s.words[j].pos == pPropn {
			return true
		}
	}
	return false
}

// phraseAfterComma returns the noun phrase, other than k and not
// prepositional, that starts right after a comma at word j: an apposition's
// candidate; -1 if none.
func (s *sent) phraseAfterComma(j, k int) int {
	if j+1 >= len(s.words) || s.words[j].low != "," {
		return -1
	}
	a := s.words[j+1].chunk
	if a < 0 || a == k || s.chunks[a].lo != j+1 || s.chunks[a].prep >= 0 {
		return -1
	}
	return a
}

// personIn returns the mention of the person phrase k names ("der dänische
// Diplomat Peter Sörensen" names a person, not Denmark), or -1.
func (s *sent) personIn(k int) int {
	ck := &s.chunks[k]
	for j := ck.hi - 1; j >= ck.lo; j-- {
		if m := s.words[j].ment; m >= 0 {
			if s.ments[m].kind == dossier.KindPerson {
				return m
			}
			return -1 // the name at the end is no person's
		}
	}
	return -1
}

func (s *sent) subjectDE(ci int) []int {
	c := &s.clauses[ci]
	v := s.firstVerb(ci)
	if v < 0 || s.headlineParticipleDE(ci) {
		return nil
	}
	lo := c.lo
	if c.sub >= 0 {
		lo = c.sub + 1
	}
	for lo < c.hi && (s.words[lo].pos == pCconj || s.words[lo].pos == pPunct || isQuote(s.words[lo].low)) {
		lo++
	}
	if c.kind == cSub {
		// verb-final: the first nominative phrase after the conjunction
		for j := lo; j < c.hi; j++ {
			if k := s.words[j].chunk; k >= 0 {
				ck := &s.chunks[k]
				if ck.prep >= 0 || !ck.nomOK || s.isTimex(ck) {
					j = ck.hi - 1
					continue
				}
				return s.coordinated(k, lo, c.hi)
			}
		}
		return nil
	}
	// verb first after a subordinate clause: the sentence's Vorfeld holds
	// that clause and its head ("Informationen darüber, dass …, unterstützen …")
	if v == lo && ci > 1 && s.lx.cues.report[s.words[v].lemma] == "" && s.clauses[0].kind == cMain && s.firstVerb(0) < 0 {
		if pk := s.clauses[ci-1].kind; pk == cSub || pk == cRel {
			if k, ok := s.vorfeldHeadDE(); ok {
				if k < 0 {
					return nil
				}
				return []int{k}
			}
			// only a dateline stands before the subordinate clause
			// ("Seoul – Nachdem Nordkorea … hatte, verurteilte Südkorea
			// den Test"): the subject follows the verb
		}
	}
	if v == lo && s.lx.cues.report[s.words[v].lemma] == "" {
		if k := s.resumedVorfeldDE(ci); k >= 0 {
			return s.coordinated(k, s.chunks[k].lo, s.chunks[k].hi)
		}
	}
	// Vorfeld: the phrase before the finite verb
	for j := lo; j < v; j++ {
		k := s.words[j].chunk
		if k < 0 {
			if s.words[j].pos == pAdv || s.words[j].pos == pPart || isQuote(s.words[j].low) {
				continue
			}
			if e := s.attributeAgentEndDE(j, v); e > j {
				j = e - 1 // "Die von Islamisten geführte Rebellengruppe ADF": the article's agent phrase
				continue
			}
			if e := s.extendedAttributeEndDE(j, v); e > j {
				j = e - 1 // "Ein wegen Spionage in Nordkorea festgenommener Student": the article's phrases
				continue
			}
			if e := s.quantityModifierAt(j, v); e > j {
				j = e - 1 // "Mehr als 5000 Menschen demonstrierten …": the number's modifier
				continue
			}
			break
		}
		ck := &s.chunks[k]
		if ck.prep >= 0 || s.isTimex(ck) {
			break
		}
		if ck.nomOK {
			if pk := s.nominativePronounAfterDE(v, k); pk >= 0 {
				return []int{pk} // "Strache habe er nie verunglimpfen wollen"
			}
			// a single capitalised word without a referent is often an
			// adverb the tagger read as a noun ("Unterdessen schickt
			// Nordkorea …"): a named phrase right after the verb wins
			// an inflected or hyphenated noun ("Stealth-Jagdflugzeuge
			// besuchen Litauen") is no adverb
			// a noun for people ("Kritiker werfen Erdogan … vor") is no adverb
			if w := &s.words[ck.lo]; ck.hi-ck.lo == 1 && j == lo && s.chunkRef(k) < 0 && !ck.pron && w.lemma == w.low && !containsByte(w.low, '-') &&
				!s.lx.cues.unnamedOK(w.lemma, w.low) {
				// ("Erneut hat am Montag ein palästinensischer Angreifer
				// …": prepositional phrases and times may come first)
				if nk := s.firstBarePhrase(v+1, c.hi); nk >= 0 && s.chunks[nk].nomOK && s.chunkRef(nk) >= 0 {
					return s.coordinated(nk, s.chunks[nk].lo, c.hi)
				}
			}
			if a := s.vorfeldApposition(k); a >= 0 {
				// the description names the person too, and neither
				// phrase is an object
				m := s.personIn(a)
				s.chunks[k].ment, s.chunks[a].ment = m, m
				return []int{k, a}
			}
			return s.coordinated(k, lo, v)
		}
		break
	}
	// Mittelfeld: the first nominative phrase after the finite verb
	for j := v + 1; j < c.hi; j++ {
		k := s.words[j].chunk
		if k < 0 {
			continue
		}
		ck := &s.chunks[k]
		if ck.prep >= 0 || !ck.nomOK || s.isTimex(ck) || (ck.pron && s.words[ck.head].low == "es" && s.chunkRef(k) < 0) {
			j = ck.hi - 1
			continue
		}
		return s.coordinated(k, v+1, c.hi)
	}
	return nil
}

// quantityModifierAt returns the end of a quantity modifier ("mehr als",
// "bis zu") that starts at word i and runs into a phrase before word hi,
// or -1.
func (s *sent) quantityModifierAt(i, hi int) int {
	for n := 1; n <= 3 && i+n < hi; n++ {
		if s.words[i+n].chunk < 0 {
			continue
		}
		if _, ok := s.lx.cues.qmod[string(s.phrase(i, i+n))]; ok {
			return i + n
		}
		return -1
	}
	return -1
}

// firstBarePhrase returns the first phrase in words [lo, hi) that is
// neither prepositional nor a time expression, skipping adverbs, or -1 when
// another word comes first.
func (s *sent) firstBarePhrase(lo, hi int) int {
	for j := lo; j < hi; j++ {
		k := s.words[j].chunk
		if k < 0 {
			switch s.words[j].pos {
			case pAdv, pPart, pAdp:
				continue
			}
			return -1
		}
		ck := &s.chunks[k]
		if ck.prep >= 0 || s.isTimex(ck) {
			j = ck.hi - 1
			continue
		}
		return k
	}
	return -1
}

func (s *sent) relSubject(ci int) []int {
	c := &s.clauses[ci]
	v := s.firstVerb(ci)
	if c.sub < 0 {
		return nil
	}
	pron := &s.words[c.sub]
	// a phrase between the pronoun and the verb is the subject ("the
	// missiles which Russia procured", "die Lee anordnete")
	if v > c.sub {
		for j := c.sub + 1; j < v; j++ {
			k := s.words[j].chunk
			if k < 0 {
				continue
			}
			ck := &s.chunks[k]
			if ck.prep >= 0 || s.isTimex(ck) || (s.de && !ck.nomOK) {
				j = ck.hi - 1
				continue
			}
			if s.de && (pron.low == "der" || pron.low == "welcher") {
				break // masculine nominative: the pronoun is the subject ("Lawrow, der Pjöngjang besuchte")
			}
			if s.de && (pron.low == "die" || pron.low == "das" || hasPrefixStr(pron.low, "welch")) && s.chunkRef(k) < 0 {
				break // the pronoun itself may be the subject
			}
			if s.de && (pron.low == "die" || pron.low == "das") && s.actorAntecedentDE(c.anteced) && !s.pluralFiniteDE(ci) && !s.nominativeOnlyDE(k) {
				// "Ansar Dine, die im Mai Mali angegriffen hat": when both
				// could be the subject, German reads the pronoun first, and
				// an antecedent that can act is the one that acts ("die
				// Raketen, die Russland beschaffte" keeps the name)
				break
			}
			if s.de && pron.low == "die" && s.singularNominativeDE(k) && s.pluralFiniteDE(ci) {
				break // "Gruppen, die der Hamas … vorwerfen": a singular "der" phrase is no plural verb's subject
			}
			if !s.de || s.chunkRef(k) >= 0 {
				return s.coordinated(k, c.sub+1, v)
			}
		}
	}
	if s.de {
		switch pron.low {
		case "dem", "den", "denen", "deren", "dessen", "welchem", "welchen":
			return nil
		}
		if c.sub > c.lo && s.words[c.sub-1].pos == pAdp {
			return nil // ", mit der …"
		}
	} else if pron.low == "whom" || pron.low == "whose" {
		return nil
	}
	if c.anteced >= 0 {
		if s.singularRelativeDE(ci) {
			return []int{c.anteced}
		}
		return s.coordinated(c.anteced, 0, c.lo)
	}
	return nil
}

func hasPrefixStr(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

// isTimex says whether a chunk is a time expression ("last April", "Ende
// Oktober") rather than a participant.
func (s *sent) isTimex(ck *chunk) bool {
	start, end := s.words[ck.lo].tok.Start, s.words[ck.hi-1].tok.End
	for i := range s.timexes {
		t := &s.timexes[i]
		if t.Start <= start && end <= t.End+1 || t.Start >= start && t.End <= end && (t.End-t.Start)*2 >= end-start {
			return true
		}
	}
	return false
}

// chunkRef returns the mention a chunk refers to: its own, or that of an
// of-phrase or German genitive that follows a referent-less head ("the
// states of the G7", "die Haltung der USA", "die Entspannungsoffensive von
// Lee"); -1 when none.
func (s *sent) chunkRef(k int) int {
	ck := &s.chunks[k]
	if ck.ment >= 0 {
		return ck.ment
	}
	if ck.pron {
		return -1
	}
	if e := s.ofExtension(k); e >= 0 {
		return s.chunks[e].ment
	}
	if s.de {
		return s.nameAfter(k)
	}
	return s.originAfter(k)
}

// originVerbs are English participles that, after a phrase naming people
// or a body, say where they are or come from; true marks those that say it
// only with "out of" ("traders ordered out of Gondor", not "troops ordered
// to Gondor").
var originVerbs = map[string]bool{
	"base": false, "flee": false, "expel": false,
	"deport": false, "displace": false, "evacuate": false,
	"order": true, "drive": true, "force": true, "chase": true,
}

// originAfter returns the mention of the place that a participle after
// the unnamed English agent phrase k says its people are based in or come
// from ("rebels based in Gondor", "refugees fleeing the war in Gondor",
// "workers expelled from Gondor"), or -1: event data code such a group by
// that place's state, as they code "Soldiers from Gondor".
func (s *sent) originAfter(k int) int {
	ck := &s.chunks[k]
	j := ck.hi
	if j+2 >= len(s.words) || ck.head < 0 {
		return -1
	}
	v := &s.words[j]
	needOut, ok := originVerbs[v.lemma]
	if !ok || v.pos != pVerb || !strings.HasSuffix(v.low, "ing") && !strings.HasSuffix(v.low, "ed") {
		return -1
	}
	j++
	if s.words[j].low == "out" && s.words[j+1].low == "of" {
		j += 2
	} else if needOut {
		return -1
	} else if p := s.words[j].low; p == "in" || p == "from" || p == "at" {
		j++
	} else if v.lemma != "flee" {
		return -1 // only fleeing takes what is fled as its object
	}
	if j >= len(s.words) || s.words[j].chunk < 0 {
		return -1
	}
	// last, as it is the costly test: the phrase names people or a body
	if s.agentSector(ck.lo, ck.hi) == "" {
		return -1
	}
	n := s.words[j].chunk
	if m := s.chunks[n].ment; m >= 0 {
		if mt := &s.ments[m]; mt.country != "" && (mt.kind == dossier.KindCountry || mt.kind == dossier.KindLocation) {
			return m
		}
		return -1
	}
	return s.placeAfter(n) // "fleeing the civil war in Gondor"
}

// nameAfter returns the mention of a person or organisation that a
// German description names in an apposition after it, its genitive
// skipped ("mit dem Alterspräsidenten des Parlaments, dem Abgeordneten
// Deniz Baykal, zusammen"), or -1. The description must name an agent,
// and the apposition must end at a comma, a bracket or the clause's end.
func (s *sent) nameAfter(k int) int {
	ck := &s.chunks[k]
	if ck.head < 0 {
		return -1
	}
	j := ck.hi
	if j < len(s.words) && deGen[s.words[j].low] || j < len(s.words) && s.words[j].low == "der" {
		if n := s.words[j].chunk; n >= 0 && s.chunks[n].prep < 0 && s.chunks[n].ment < 0 {
			j = s.chunks[n].hi
		}
	}
	a := s.phraseAfterComma(j, k)
	if a < 0 || s.chunks[a].ment < 0 {
		return -1
	}
	ac := &s.chunks[a]
	if kd := s.ments[ac.ment].kind; kd != dossier.KindPerson && kd != dossier.KindOrganization {
		return -1
	}
	// last, as it is the costly test: the description names an agent
	if s.agentSector(ck.lo, ck.hi) == "" {
		return -1
	}
	if e := ac.hi; e < len(s.words) {
		switch w := &s.words[e]; {
		case w.low == "," || w.low == ")" || w.low == "." || w.pos == pPart || w.pos == pAdv && e+1 < len(s.words) && s.words[e+1].pos == pPunct:
		default:
			return -1
		}
	}
	return ac.ment
}

// speaksFor are English heads whose for-phrase names whom they speak for.
var speaksFor = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "representative": true, "negotiator": true}

// ofExtension returns the chunk of an of-phrase or genitive attached to
// chunk k, or -1.
func (s *sent) ofExtension(k int) int {
	ck := &s.chunks[k]
	j := ck.hi
	if j >= len(s.words) {
		return -1
	}
	w := &s.words[j]
	// a head naming people or a body takes the place it is from: "Soldiers
	// from Gondor", "Lawmakers in Arnor", "Menschenrechtler aus Arnor"
	agentHead := false
	if w.low == "from" || w.low == "in" || s.de && (w.low == "aus" || w.low == "in") {
		agentHead = ck.head >= 0 && s.agentSector(ck.lo, ck.hi) != ""
	}
	// "a spokesman for the ministry": who speaks for a body stands for it
	if w.low == "for" && !s.de && ck.head >= 0 && speaksFor[s.words[ck.head].lemma] {
		agentHead = true
	}
	if w.low == "of" || (s.de && (w.low == "von" || w.low == "vom")) || agentHead {
		if j+1 < len(s.words) && s.words[j+1].chunk >= 0 {
			n := s.words[j+1].chunk
			if s.chunks[n].ment >= 0 {
				return n
			}
			// "die Entspannungsoffensive von Südkoreas neuem Präsident Lee": the
			// chunker may split after the genitive; look one phrase further
			return -1
		}
		return -1
	}
	if s.de && w.chunk >= 0 && w.chunk != k {
		n := &s.chunks[w.chunk]
		if (w.low == "des" || w.low == "der" && n.hi > n.lo+1) && n.ment >= 0 {
			return w.chunk
		}
	}
	return -1
}

// forPeople returns the chunk of a for-phrase right after the unnamed
// phrase k that names a group of people or a body of a state ("a camp for
// Ruritanian refugees", "ein Lager für ruritanische Flüchtlinge"), or -1.
// A place there ("a road for Ruritania") is not who is hit.
func (s *sent) forPeople(k int) int {
	ck := &s.chunks[k]
	if ck.ment >= 0 || ck.pron || ck.head < 0 || ck.hi+1 >= len(s.words) {
		return -1
	}
	if w := s.words[ck.hi].low; w != "for" && w != "für" {
		return -1
	}
	n := s.words[ck.hi+1].chunk
	if n < 0 || s.chunks[n].ment < 0 || s.isPlace(n) {
		return -1
	}
	if nk := &s.chunks[n]; s.agentSector(nk.lo, nk.hi) == "" && s.ments[nk.ment].kind == dossier.KindCountry {
		// a bare country ("aid for Ruritania") is a beneficiary, not a
		// group whose shelter was hit; an adjective with a people noun is
		if nk.head < 0 || s.words[nk.head].ment >= 0 {
			return -1
		}
	}
	return n
}

// pp is a phrase after a verb: a bare phrase (an object) or a
// prepositional phrase.
type pp struct {
	prep  string // lower-case preposition ("" for a bare phrase)
	plem  string // lemma of the preposition
	chunk int
}

// phrasesAfter appends to dst the chunks of clause ci after word from that
// are not in skip: bare phrases (objects) and prepositional phrases, in
// order.
func (s *sent) phrasesAfter(ci, from int, skip []int, dst []pp) []pp {
	c := &s.clauses[ci]
	for j := from; j < c.hi; j++ {
		k := s.words[j].chunk
		if k < 0 && s.de {
			// "der Sicherheitsrat – einschließlich China und Russland –
			// verhängte Sanktionen gegen X": a parenthesis between dashes
			// adds to a phrase; it holds no object of the verb
			if m := s.closingDash(j, c.hi); m > j {
				j = m
				continue
			}
			if s.speakerLabelAfter(j, c.hi) {
				break
			}
		}
		if k < 0 {
			// English: the objects end at the next verb that is not part of
			// the trigger's own chain ("offered to negotiate with X following
			// the invasions of Y", "a lunch hosted by Z")
			if !s.de && j > from && s.countsAsVerb(j) && s.words[j-1].low != "to" && !s.auxLemma(j) {
				break
			}
			continue
		}
		ck := &s.chunks[k]
		j = ck.hi - 1
		if containsInt(skip, k) || ck.relPron || s.bracketLabel(ck) {
			continue
		}
		p := pp{chunk: k}
		if ck.prep >= 0 {
			p.prep = s.words[ck.prep].low
			p.plem = s.words[ck.prep].lemma
		}
		dst = append(dst, p)
	}
	return dst
}

// bracketLabel says whether a phrase stands alone in brackets right after
// another phrase ("Hanna Wurzel (SPÖ)", "the European Union (EU)"): a label
// of that phrase, its party or acronym, not an argument of the verb.
func (s *sent) bracketLabel(ck *chunk) bool {
	ws := s.words
	return ck.prep < 0 && ck.lo >= 2 && ck.hi < len(ws) && ws[ck.lo-1].low == "(" && ws[ck.hi].low == ")" && ws[ck.lo-2].chunk >= 0
}

// speakerLabelAfter says whether the dash at j opens a new statement by a
// speaker named before a colon ("beantragt Hilfe beim ESM – Merkel: …"),
// as headlines join two reports: what follows is no phrase of the clause.
func (s *sent) speakerLabelAfter(j, hi int) bool {
	if t := s.words[j].tok.Text; t != "–" && t != "—" {
		return false
	}
	for m := j + 1; m < len(s.words) && m <= j+5; m++ {
		switch {
		case s.words[m].low == ":":
			return m > j+1
		case s.words[m].chunk < 0 && s.words[m].pos != pPunct:
			return false
		}
	}
	return false
}

// closingDash returns the dash that closes a parenthesis opened by the dash
// at j, before hi and with no verb between them, or -1.
func (s *sent) closingDash(j, hi int) int {
	if t := s.words[j].tok.Text; t != "–" && t != "—" {
		return -1
	}
	for m := j + 1; m < hi; m++ {
		switch t := s.words[m].tok.Text; {
		case t == "–" || t == "—":
			return m
		case s.countsAsVerb(m):
			return -1
		}
	}
	return -1
}

func containsInt(a []int, v int) bool {
	for _, x := range a {
		if x == v {
			return true
		}
	}
	return false
}

// chunkArg returns the participant a phrase names: its referent with the
// sector the phrase gives, or, for a personal pronoun subject, the entity it
// stands for (see pronoun).
func (s *sent) chunkArg(k int) (argRef, bool) {
	if m := s.chunkRef(k); m >= 0 {
		// "the town of Cizre in southeastern Turkey": a place the knowledge
		// base cannot locate stands for the country named after it
		if mt := &s.ments[m]; mt.kind == dossier.KindLocation && mt.country == "" {
			if n := s.placeAfter(k); n >= 0 {
				m = n
			}
		}
		ck := &s.chunks[k]
		sector := ck.sector
		if sector == "" && ck.ment < 0 {
			sector = s.agentSector(ck.lo, ck.hi) // "the states of the G7", "Soldiers from Gondor"
		}
		if sector == "" && s.demonymNounDE(k, m) {
			sector = "CVL" // "ein Brite", "zwei Deutsche": people of the country, not its state
		}
		return s.ref(m, sector), true
	}
	if s.chunks[k].pron {
		return s.pronoun(k)
	}
	if s.de {
		return s.possessiveAgentDE(k)
	}
	return s.possessiveAgent(k)
}

// possessiveAgent resolves an English agent phrase with a possessive
// determiner in a clause that depends on an earlier one ("Iran said that
// its forces had captured …", "Iraq says their troops …") to that clause's
// subject, as pronoun does for "it": the forces are the country's.
func (s *sent) possessiveAgent(k int) (argRef, bool) {
	ck := &s.chunks[k]
	if s.de || ck.ment >= 0 || ck.head < 0 || ck.hi-ck.lo < 2 {
		return argRef{}, false
	}
	var want byte
	switch s.words[ck.lo].low {
	case "its":
		want = 't'
	case "their":
		want = 'a'
	default:
		return argRef{}, false
	}
	sec := s.agentSector(ck.lo+1, ck.hi)
	if sec == "" || sec == "BUS" {
		return argRef{}, false
	}
	for p := s.words[ck.lo].clause - 1; p >= 0; p-- {
		for _, sk := range s.subject(p) {
			if sk == k || s.chunks[sk].pron {
				continue
			}
			if m := s.pronounAntecedent(sk, want); m >= 0 {
				if r := s.ref(m, sec); want == 'a' || r.kind != dossier.KindPerson {
					return r, true
				}
			}
		}
	}
	return argRef{}, false
}

// placeAfter returns the mention of a located place or country in an
// in-phrase right after chunk k or its of-phrase ("Cizre in southeastern
// Turkey", "die Stadt Cizre in der Türkei"), or -1.
func (s *sent) placeAfter(k int) int {
	if e := s.ofExtension(k); e >= 0 {
		k = e
	}
	j := s.chunks[k].hi
	if j+1 >= len(s.words) || s.words[j].low != "in" || s.words[j+1].chunk < 0 {
		return -1
	}
	n := s.words[j+1].chunk
	if m := s.chunks[n].ment; m >= 0 {
		if mt := &s.ments[m]; mt.country != "" && (mt.kind == dossier.KindCountry || mt.kind == dossier.KindLocation) {
			return m
		}
	}
	return -1
}

// personal pronouns that can stand for a participant, with what they can
// stand for: 'p' a person, 't' a thing (country, organisation), 'a' any.
var pronouns = map[string]byte{
	"he": 'p', "she": 'p', "it": 't', "they": 'a',
	"er": 'p', "sie": 'a', "es": 't',
	// German objects: "weil Israel ihm den Zutritt verweigerte"
	"ihm": 'p', "ihn": 'p',
}

// pronoun resolves a personal pronoun subject: in a clause that depends on
// or continues an earlier one, to that clause's subject ("North Korea said
// it would …"); a person pronoun at the start of a sentence to the person
// last named as a subject in the paragraph ("He accused …"). Anything else
// stays unresolved. German pronouns agree in gender with what they mean
// and have a resolver of their own (pronoun_de.go).
func (s *sent) pronoun(k int) (argRef, bool) {
	ck := &s.chunks[k]
	w := &s.words[ck.head]
	if s.de && ck.hi-ck.lo == 1 && demonstrativeDE(w.low) {
		return s.demonstrativeDE(k)
	}
	if s.de {
		return s.pronounDE(k)
	}
	if (w.low == "we" || w.low == "i") && ck.hi-ck.lo == 1 {
		return s.quoteSpeaker(k)
	}
	want, ok := pronouns[w.low]
	if !ok || ck.hi-ck.lo != 1 {
		return argRef{}, false
	}
	fits := func(r argRef) bool {
		switch want {
		case 'p':
			return r.kind == dossier.KindPerson
		case 't':
			return r.kind != dossier.KindPerson
		}
		return true
	}
	ci := w.clause
	// "Syria says it is willing to …": the subject of the reporting verb
	// of the pronoun's own clause
	if v := s.firstVerb(ci); v >= 0 && v < ck.lo && s.lx.cues.report[s.words[v].lemma] != "" {
		for _, sk := range s.subject(ci) {
			if sk == k || s.chunks[sk].pron {
				continue
			}
			if m := s.pronounAntecedent(sk, want); m >= 0 {
				if r := s.ref(m, s.chunks[sk].sector); fits(r) {
					return r, true
				}
			}
		}
	}
	for p := ci - 1; p >= 0; p-- {
		for _, sk := range s.subject(p) {
			if sk == k || s.chunks[sk].pron {
				continue
			}
			if m := s.pronounAntecedent(sk, want); m >= 0 {
				r := s.ref(m, s.chunks[sk].sector)
				if fits(r) {
					return r, true
				}
			}
		}
	}
	if r, ok := s.sentenceIt(k, ci); ok {
		return r, true
	}
	if want == 'p' || w.low == "sie" && s.singularVerbAfter(k) {
		if s.st != nil && s.st.lastPerson.ent != "" && s.st.lastSent >= s.idx-2 {
			return s.st.lastPerson, true
		}
	}
	return argRef{}, false
}

// quoteSpeaker resolves an English "we" or "I" inside a quotation to the
// one who speaks it, the named subject of a reporting clause outside the
// quotation (the nearest, after it first: "'We will not retreat,' the
// minister said"): "we" of a minister or a spokesman is their government,
// which event data code by the speaker. Outside a quotation the pronoun
// is the writer's and names no one.
func (s *sent) quoteSpeaker(k int) (argRef, bool) {
	ci := s.words[s.chunks[k].lo].clause
	if ci < 0 || !s.clauses[ci].quoted {
		return argRef{}, false
	}
	best, dist := -1, 0
	for o := range s.clauses {
		if s.clauses[o].quoted || !s.clauseReports(o) {
			continue
		}
		d := o - ci
		if d < 0 {
			d = len(s.clauses) - d // after the quotation first
		}
		if best < 0 || d < dist {
			best, dist = o, d
		}
	}
	if best < 0 {
		return argRef{}, false
	}
	for _, sk := range s.subject(best) {
		if s.chunks[sk].pron {
			continue
		}
		if r, ok := s.chunkArg(sk); ok {
			return r, true
		}
	}
	return argRef{}, false
}

// demonstrativeDE resolves a German demonstrative subject ("Dieser
// kritisierte …"): it points past the subject to the person named last
// that was not one, in its own sentence before it, else in the sentence
// before ("Putin empfing Erdoğan. Dieser …" is Erdoğan).
func (s *sent) demonstrativeDE(k int) (argRef, bool) {
	lo := s.chunks[k].lo
	if hasSuffix(s.words[lo].low, "e") && !s.singularVerbAfter(k) {
		return argRef{}, false // "Diese forderten …": a group, not one person
	}
	for m := len(s.ments) - 1; m >= 0; m-- {
		mt := &s.ments[m]
		if mt.hi > lo || mt.kind != dossier.KindPerson {
			continue
		}
		if sk := s.words[mt.lo].chunk; sk >= 0 && containsInt(s.subject(s.words[mt.lo].clause), sk) {
			continue
		}
		return s.ref(m, ""), true
	}
	if s.st != nil && s.st.lastOther.ent != "" && s.st.lastOtherSent == s.idx-1 {
		return s.st.lastOther, true
	}
	return argRef{}, false
}

// singularVerbAfter says whether the finite verb of the pronoun's clause is
// singular (German "sie beschuldigte" vs "sie beschuldigten").
func (s *sent) singularVerbAfter(k int) bool {
	ci := s.words[s.chunks[k].head].clause
	v := s.firstVerb(ci)
	if v < 0 {
		return false
	}
	low := s.words[v].low
	return !hasSuffix(low, "en") && !hasSuffix(low, "n")
}

// remember records the person subject of the sentence's first main clause
// for pronouns in the sentences after it.
func (s *sent) remember(st *docState) {
	s.rememberThingEN(st)
	if !s.de && s.idx == 0 {
		st.firmLead = s.firmNamedEN()
	}
	if s.de {
		// the last person named other than as a subject, for a
		// demonstrative opening the next sentence
		st.lastOther = argRef{}
		for m := len(s.ments) - 1; m >= 0; m-- {
			mt := &s.ments[m]
			if mt.kind != dossier.KindPerson {
				continue
			}
			if sk := s.words[mt.lo].chunk; sk >= 0 && containsInt(s.subject(s.words[mt.lo].clause), sk) {
				continue
			}
			st.lastOther, st.lastOtherSent = s.ref(m, ""), s.idx
			break
		}
	}
	// "…, sagte Demirtaş. Er rief …": the person who speaks in a reporting
	// clause is whom the next sentence's pronoun means, not the subject of
	// what was reported
	for ci := range s.clauses {
		if ci >= len(s.vcs) || s.vcs[ci].report == "" || s.vcs[ci].repVerb < 0 {
			continue
		}
		for _, k := range s.subject(ci) {
			// the person test first: clauseReports matches the lexicon
			if m := s.chunkRef(k); m >= 0 && s.ments[m].kind == dossier.KindPerson && !s.chunks[k].pron && s.clauseReports(ci) {
				st.lastPerson, st.lastSent = s.ref(m, ""), s.idx
				return
			}
		}
	}
	for ci := range s.clauses {
		if s.clauses[ci].kind != cMain {
			continue
		}
		for _, k := range s.subject(ci) {
			if s.chunks[k].pron {
				if r, ok := s.pronoun(k); ok && r.kind == dossier.KindPerson {
					st.lastPerson, st.lastSent = r, s.idx
				}
				return
			}
			if m := s.chunkRef(k); m >= 0 && s.ments[m].kind == dossier.KindPerson {
				st.lastPerson, st.lastSent = s.ref(m, ""), s.idx
				return
			}
		}
		return
	}
}

// nextIsVerbGroup says whether only adverbs and auxiliaries stand between
// word i and the verb at v.
func (s *sent) nextIsVerbGroup(i, v int) bool {
	for j := i; j < v; j++ {
		w := &s.words[j]
		if !(w.pos == pAdv || w.pos == pAux || w.pos == pPart) {
			return false
		}
	}
	return true
}

// openingComma returns the comma that opens the apposition closed by the
// comma at j (the previous comma after lo with no verb between), or -1.
func (s *sent) openingComma(j, lo int) int {
	for k := j - 1; k > lo; k-- {
		w := &s.words[k]
		if s.countsAsVerb(k) {
			return -1
		}
		if w.low == "," {
			// a list ("Arnor, Gondor, and Rohan") is no apposition
			if k+1 < j && s.words[k+1].pos == pCconj {
				return -1
			}
			return k
		}
	}
	return -1
}

// subjectBetween finds the subject of the English verb at v among the
// phrases after word lo: the nearest phrase before v's verb group that is
// not in a prepositional phrase, with its coordinated phrases; nil if none.
func (s *sent) subjectBetween(lo, v int) []int {
	start := v
	for start > lo && (s.words[start-1].pos == pAux || s.words[start-1].pos == pAdv || s.words[start-1].pos == pPart || s.lx.cues.neg[s.words[start-1].low]) {
		start--
	}
	for j := start - 1; j >= lo; j-- {
		w := &s.words[j]
		if s.countsAsVerb(j) {
			return nil
		}
		if w.chunk < 0 {
			continue
		}
		ck := &s.chunks[w.chunk]
		if ck.prep >= 0 {
			j = ck.prep
			continue
		}
		if s.isTimex(ck) {
			j = ck.lo
			continue
		}
		return s.coordinated(w.chunk, lo, start)
	}
	return nil
}

func containsByte(s string, b byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return true
		}
	}
	return false
}
