package event

import (
	"slices"
	"strings"

	"github.com/dossier-news/dossier"
)

// cand is an event found in a sentence before it becomes a dossier.Event.
type cand struct {
	trig    int // trigger word (head)
	trigLo  int // first word of the trigger (particles, multi-word nouns)
	e       *entry
	clause  int
	noun    bool
	actors  []argRef
	targets []argRef
	loc     int    // mention index or -1
	src     argRef // who says so; ent "" when nobody is named
	srcMod  string
	modal   string
	quants  []dossier.Quantity
	conds   bool
	viaVerb bool // a noun event whose actor is the subject of its governing verb
	recip   bool // the object says the actors act on each other ("their meeting", "each other")
	// byAgent: the actors are a passive's by-phrase ("welcomed by X and Y"):
	// co-agents, not partners acting on each other
	byAgent bool
	// distrib: a floating quantifier after a compound subject ("X, Y and Z
	// all voted", "X and Y each signed") says each did it on their own
	distrib bool
	// thing: the verb's object names no participant ("X and Y praised the
	// ruling"): a compound subject acts on it, not on each other
	thing  bool
	repCl  int  // the reporting clause that gives its source, or -1
	judged bool // an evaluative noun made an event of its speaker's statement
	// condemnedBy: for a German noun event that is the object of a
	// condemnation ("verurteilte die Angriffe Russlands auf die Ukraine"),
	// one more than the trigger word of the verb that condemns it, whose
	// actor reports it; 0 for none (the zero value of every other cand)
	condemnedBy int
	// aimless: the rules found that the object names no target (the
	// victims of a condemned attack), so the parse is not asked for one
	aimless bool
}

// argRef is a participant: an entity (from a mention of the sentence or,
// for a pronoun, of an earlier one), the sector the phrase names, and the
// linker's confidence.
type argRef struct {
	ent    string
	sector string
	conf   float64
	kind   dossier.EntityKind
}

// ref makes a participant of mention m.
func (s *sent) ref(m int, sector string) argRef {
	mt := s.ments[m].m
	if sector == "" {
		sector = mt.Sector
	}
	return argRef{ent: mt.Entity, sector: sector, conf: mt.Confidence, kind: s.ments[m].kind}
}

// extract finds the events of the analysed sentence and appends them to dst.
func (s *sent) extract(dst []dossier.Event, st *docState) []dossier.Event {
	if len(s.clauses) == 0 {
		return dst
	}
	if cap(s.vcs) < len(s.clauses) {
		s.vcs = make([]vc, len(s.clauses))
	}
	s.vcs = s.vcs[:len(s.clauses)]
	vcs := s.vcs
	for ci := range s.clauses {
		vcs[ci] = s.verbComplex(ci)
		s.clauses[ci].passive = vcs[ci].passive
		s.clauses[ci].tense = vcs[ci].tense
	}
	s.noteSpeakerDE(vcs)
	var cands []cand
	absorbed := s.takeFlags(len(s.clauses)) // infinitive clauses a control verb takes
	usedChunk := map[int]bool{}
	for ci := range s.clauses {
		if absorbed[ci] {
			continue
		}
		v := &vcs[ci]
		n0 := len(cands)
		if c, ok := s.verbTrigger(ci, v, usedChunk); ok {
			cands = append(cands, c)
		}
		cands = s.nounTriggers(ci, v, usedChunk, cands)
		cands = s.responsibleFor(ci, v, cands)
		cands = s.attributeParticiplesDE(ci, cands)
		cands = s.visitBeingDE(ci, v, cands)
		for i := n0; i < len(cands); i++ {
			s.complement(&cands[i], absorbed)
		}
	}
	cands = s.demands(cands, absorbed)
	if len(cands) == 0 {
		return dst
	}
	for i := range cands {
		c := &cands[i]
		if c.e.flags&flagRev != 0 {
			// "Eriador received money from Osgiliath": Osgiliath gives aid to
			// Eriador; without a giver there is no event
			c.actors, c.targets = c.targets, c.actors
		}
		s.accusedInClause(c)
		s.protestTarget(c)
		s.domesticTarget(c)
	}
	cands = s.subjectEvents(cands)
	// events between participants no event data could code are dropped
	n := 0
	for i := range cands {
		c := &cands[i]
		if !s.codeParticipants(c) {
			continue
		}
		if s.de && !s.organActsDE(c) {
			continue
		}
		if s.de && len(c.targets) > 0 && c.e.typ != "CONSULT" {
			// a consultation's medium is judged by dropPress below
			s.dropInterviewMediaDE(c)
		}
		if c.e.typ == "COOPERATE" && !c.e.curated && len(c.targets) == 0 && (len(c.actors) < 2 || c.thing || c.distrib) && !c.recip {
			// "the country imports 80 pct of its fuel": cooperation needs a
			// partner; a compound subject acting on a thing ("the department
			// and the judge who oversee the decree") are no partners
			continue
		}
		if c.e.typ == "CONSULT" && !s.dropPress(c) {
			continue // "told Reuters", "im Gespräch mit der dpa": an interview is a source, not a consultation
		}
		// coding may make a participant the state on the other side
		// ("Secretary X said the Philippines must devalue": X is
		// Philippine): a demand of a state of itself is none, and no
		// event aims a participant at itself
		if c.e == demandEntry || c.e == threatEntry {
			if s.dropSelf(c); len(c.targets) == 0 {
				continue
			}
		} else {
			dropIdentical(c)
		}
		if len(c.targets) == 0 && c.e.flags&flagTgt != 0 && len(c.actors) < 2 {
			continue // the target a row needs was the actor itself
		}
		cands[n] = cands[i]
		n++
	}
	if cands = s.elaborations(cands[:n]); len(cands) == 0 {
		return dst
	}
	s.attribute(cands, vcs)
	for i := range cands {
		s.toBlame(&cands[i])
	}
	condemnedActs(cands)
	for i := range cands {
		s.modality(&cands[i], vcs)
	}
	s.quantities(cands)
	return s.emit(dst, cands, vcs, st)
}

// subjectEvents drops a verb event whose subject is a noun event of the
// same type with a target of its own: in "Peru's attack on Chile killed ten
// people" the killing is the attack, aimed at Chile, not a second act of
// Peru against the people it killed.
func (s *sent) subjectEvents(cands []cand) []cand {
	nouns := false
	for i := range cands {
		if cands[i].noun && len(cands[i].targets) > 0 {
			nouns = true
			break
		}
	}
	if !nouns {
		return cands
	}
	n := 0
	for i := range cands {
		c := &cands[i]
		if !c.noun && s.subjectIsEvent(c, cands) {
			continue
		}
		cands[n] = cands[i]
		n++
	}
	return cands[:n]
}

func (s *sent) subjectIsEvent(c *cand, cands []cand) bool {
	for _, k := range s.subject(c.clause) {
		ck := &s.chunks[k]
		for j := range cands {
			d := &cands[j]
			if d.noun && d.e.typ == c.e.typ && len(d.targets) > 0 && d.trig >= ck.lo && d.trig < ck.hi && d.trig == ck.head {
				return true
			}
		}
	}
	return false
}

// toBlame reads the English idiom "X is to blame": X is the one blamed,
// and the blame is the one's who says so ("Peru said Chile was to blame":
// Peru accuses Chile). Without a speaker nobody is named who blames.
func (s *sent) toBlame(c *cand) {
	if c.e == responsibleEntry {
		// "Peru said Chile was responsible for the attack" (see responsibleFor)
		c.targets = append(c.targets[:0], c.actors...)
		c.actors = c.actors[:0]
		if c.src.ent != "" {
			c.actors = append(c.actors, c.src)
		}
		return
	}
	if s.de || c.noun || c.e.lemma != "blame" || c.trig < 2 || s.words[c.trig-1].low != "to" {
		return
	}
	j := c.trig - 2
	for j > 0 && (s.words[j].pos == pAdv || s.words[j].low == "not" || s.words[j].low == "n't") {
		j-- // "isn't wholly to blame"
	}
	if s.words[j].lemma != "be" {
		return
	}
	c.targets = append(c.targets[:0], c.actors...)
	c.actors = c.actors[:0]
	if c.src.ent != "" {
		c.actors = append(c.actors, c.src)
	}
}

// responsibleEntry codes a claim that someone is responsible for an
// attack: an accusation by whoever makes it.
var responsibleEntry = &entry{pos: 'v', lemma: "responsible", typ: "ACCUSE", mode: "allege", curated: true, row: "trigger.go:responsibleFor"}

// responsibleFor reads the English claim "X is responsible for an attack"
// in clause ci: X is the one accused, and the accusation is the one's who
// says so ("Peru said Chile was responsible for the bombing"; toBlame
// turns it round once the speaker is known). Without a speaker nobody is
// named who accuses, and the event has no actor.
func (s *sent) responsibleFor(ci int, v *vc, cands []cand) []cand {
	cl := &s.clauses[ci]
	if s.de || v.first < 0 {
		return cands
	}
	for i := v.first + 1; i+2 < cl.hi; i++ {
		w := &s.words[i]
		if w.low != "responsible" || s.words[i-1].lemma != "be" && s.words[i-1].pos != pAdv || s.words[i+1].low != "for" {
			continue
		}
		k := s.words[i+2].chunk
		if k < 0 || s.chunks[k].head < 0 || !s.attackNoun(s.chunks[k].head) {
			return cands
		}
		c := cand{trig: i, trigLo: i, e: responsibleEntry, clause: ci, loc: -1, repCl: -1}
		c.actors = s.actorsOf(s.subject(ci), c.actors)
		if len(c.actors) == 0 {
			return cands
		}
		return append(cands, c)
	}
	return cands
}

// verbEntries returns the lexicon rows of the verb w; every lookup of a
// word as a verb goes through it, so that all see the same rows. English:
// the rows of its lemma or of a lemma guessed from its form (verbRowsEN);
// German: those of its lemma, else of the infinitive guessed from a form
// the lemmatiser got wrong.
func (s *sent) verbEntries(w *word) []*entry {
	if !s.de {
		return s.lx.verbRowsEN(w.low, w.lemma)
	}
	es := s.lx.verbs[w.lemma]
	if len(es) == 0 && w.part < 0 {
		// "lieferte" lemmatised as "liefen"
		if l, ok := s.guessGermanVerb(w.low); ok {
			es = s.lx.verbs[l]
		} else if w.lemma == w.low {
			// a strong participle the lemmatiser kept as it is ("hat
			// sich zu dem Anschlag bekannt")
			if l, ok := s.lx.participleVerbDE(w.low); ok {
				es = s.lx.verbs[l]
			}
		}
	}
	return es
}

// matchVerb finds the first lexicon row for the verb at i whose conditions
// hold. It returns nil when none does (or the lemma is unknown).
func (s *sent) matchVerb(i, ci int) (*entry, int) {
	w := &s.words[i]
	es := s.verbEntries(w)
	if len(es) == 0 {
		return nil, i
	}
	objs := s.objectWords(ci, i)
	for _, e := range es {
		lo := i
		if len(e.rest) > 0 {
			p := s.particleAfter(i, e.rest)
			if p < 0 {
				continue
			}
		}
		if !s.condsHold(e, ci, i, objs) {
			continue
		}
		if g := s.longerObject(e, es, ci, i, objs); g != nil {
			return g, lo
		}
		return e, lo
	}
	return nil, i
}

// longerObject finds a dictionary pattern whose object says more than the
// row e that matched: "launched a verbal attack" is criticism, though
// "launch an attack" is an assault; "launched a military campaign" is an
// assault, though "launch a campaign" is an appeal. It takes the pattern
// with the longest object run that holds, if that is longer than e's,
// other than cooperation, which the dictionary finds in any object of an
// accord ("signed a defence pact"); against a curated row only a pattern
// that makes a deed a word or a word a deed (as lexicon.finer; "signed a
// trade agreement" stays the curated signing); nil otherwise.
func (s *sent) longerObject(e *entry, es []*entry, ci, trig int, objs []string) *entry {
	if s.de || len(e.obj) == 0 || len(e.rest) > 0 {
		return nil
	}
	var best *entry
	n := objRun(e, objs)
	for _, g := range es {
		if g.curated || len(g.obj) == 0 || len(g.rest) > 0 || g.typ == "COOPERATE" || e.curated && verbalType(g.typ) == verbalType(e.typ) {
			continue
		}
		if m := objRun(g, objs); m > n && s.condsHold(g, ci, trig, objs) {
			best, n = g, m
		}
	}
	return best
}

// objRun is the length of the longest object alternative of e that is a
// run of objs, or 0.
func objRun(e *entry, objs []string) int {
	n := 0
	for _, alt := range e.obj {
		if len(alt) <= n {
			continue
		}
		for i := 0; i+len(alt) <= len(objs); i++ {
			if slices.Equal(objs[i:i+len(alt)], alt) {
				n = len(alt)
				break
			}
		}
	}
	return n
}

// particleAfter finds the words of a phrasal verb ("off" of "cut off")
// within three words after i, in the clause; it returns the last one's index
// or -1.
func (s *sent) particleAfter(i int, rest []string) int {
	j := i + 1
	for _, r := range rest {
		found := -1
		for k := j; k < len(s.words) && k <= i+4 && s.words[k].clause == s.words[i].clause; k++ {
			if s.words[k].low == r {
				found = k
				break
			}
		}
		if found < 0 {
			return -1
		}
		j = found + 1
	}
	return j - 1
}

// objectWords returns the lemmas of the trigger verb's objects: the
// phrases after it in its clause (in German, all phrases of the clause but
// the subject), and their of-phrases, for condition matching.
func (s *sent) objectWords(ci, verb int) []string {
	c := &s.clauses[ci]
	from := verb + 1
	if s.de {
		from = c.lo
	}
	var out []string
	subj := s.subject(ci)
	bare := 0
	if !s.de && c.passive && s.passiveAt(verb, nil) {
		// an English passive's subject is the verb's object, before it: "the
		// sanctions were eased by Lithuania", "new sanctions were imposed"
		for _, k := range subj {
			if s.chunks[k].hi > verb {
				continue
			}
			bare++
			out = s.chunkLemmas(&s.chunks[k], out)
			for n := s.followingPhrase(k, true); n >= 0 && s.chunks[n].hi <= verb; n = s.followingPhrase(n, true) {
				out = s.chunkLemmas(&s.chunks[n], out)
			}
		}
	}
	if !s.de && c.kind == cRel && c.anteced >= 0 && !c.passive && len(subj) > 0 && s.chunks[subj[0]].lo > c.sub {
		// an object relative clause ("the aid that Japan sent Ukraine",
		// "the sanctions that Canada imposed on Iran"): its subject follows
		// the pronoun, which stands for the verb's object, the antecedent
		bare++
		out = s.chunkLemmas(&s.chunks[c.anteced], out)
	}
	for j := from; j < c.hi; j++ {
		k := s.words[j].chunk
		if k < 0 {
			continue
		}
		ck := &s.chunks[k]
		j = ck.hi - 1
		if containsInt(subj, k) && !c.passive {
			continue
		}
		if ck.prep >= 0 {
			// objects only: prepositional phrases are matched by prep= conditions
			continue
		}
		// English: the first two objects and their of-phrases ("containers of
		// ammunition"); German: every object of the clause
		bare++
		if !s.de && bare > 2 {
			break
		}
		out = s.chunkLemmas(ck, out)
		for n := s.followingPhrase(k, true); n >= 0; n = s.followingPhrase(n, true) {
			out = s.chunkLemmas(&s.chunks[n], out)
			j = s.chunks[n].hi - 1
		}
	}
	return out
}

func (s *sent) condsHold(e *entry, ci, trig int, objs []string) bool {
	if len(e.obj) > 0 {
		if !s.objHolds(e, objs) {
			return false
		}
	}
	if len(e.prep) > 0 {
		if !s.prepHolds(e, ci, trig) {
			return false
		}
	}
	if len(e.word) > 0 && !s.clauseHas(ci, e.word) {
		return false
	}
	if len(e.subjWord) > 0 && !s.clauseHasBefore(ci, trig, e.subjWord) {
		return false
	}
	if e.objKind != 0 && !s.objectNamesEN(ci, trig, e.objKind) {
		return false
	}
	switch e.comp {
	case "that":
		k := ci + 1
		if k >= len(s.clauses) || s.clauses[k].kind != cSub || s.clauses[k].sub < 0 || !isComplementizer(s.words[s.clauses[k].sub].low) {
			return false
		}
	case "to":
		if !s.followedByTo(trig) && !(ci+1 < len(s.clauses) && s.clauses[ci+1].kind == cInf) {
			return false
		}
	case "objto":
		if !s.objectThenTo(trig) {
			return false
		}
	}
	return true
}

// clauseHas says whether clause ci has one of words (lower case, as
// written): "sich" of a reflexive idiom, "tödlich" of "tödlich getroffen".
func (s *sent) clauseHas(ci int, words []string) bool {
	c := &s.clauses[ci]
	for j := c.lo; j < c.hi; j++ {
		for _, w := range words {
			if s.words[j].low == w {
				return true
			}
		}
	}
	return false
}

// clauseHasBefore says whether clause ci has one of words (lower case, as
// written) before word trig: in English, the subject's words ("peacekeepers
// arrived", not "arrived to discuss the peacekeeping force").
func (s *sent) clauseHasBefore(ci, trig int, words []string) bool {
	c := &s.clauses[ci]
	for j := c.lo; j < c.hi && j < trig; j++ {
		if slices.Contains(words, s.words[j].low) {
			return true
		}
	}
	return false
}

// objHolds says whether one of the entry's object alternatives is a run
// of objs.
func (s *sent) objHolds(e *entry, objs []string) bool {
	if len(objs) == 0 {
		return false
	}
	if !s.de && e.objEnds != 0 && e.objEnds&wordBits(objs) == 0 {
		return false // no object word ends an alternative
	}
	if e.objLast != nil {
		for i, w := range objs {
			for _, alt := range e.objLast[w] {
				if n := len(alt); n <= i+1 && slices.Equal(objs[i+1-n:i+1], alt) {
					return true
				}
			}
		}
		return false
	}
	for _, alt := range e.obj {
		if s.containsRun(objs, alt) {
			return true
		}
	}
	return false
}

// wordBit picks one of 64 bits for a word from its length and its first
// and last letters: a set of words as a word, for a quick test that two
// sets share none (see entry.objEnds).
func wordBit(w string) uint64 {
	if w == "" {
		return 1
	}
	return 1 << ((uint(len(w))*7 + uint(w[0])*3 + uint(w[len(w)-1])) & 63)
}

// wordBits is the union of the words' wordBit.
func wordBits(words []string) uint64 {
	var m uint64
	for _, w := range words {
		m |= wordBit(w)
	}
	return m
}

// containsRun says whether words contains the run alt, comparing German
// words by compound ends ("Waffenlieferung" has "lieferung"; "Atomwaffe"
// has "waffe").
func (s *sent) containsRun(words, alt []string) bool {
	if len(alt) == 0 {
		return false
	}
	for i := 0; i+len(alt) <= len(words); i++ {
		ok := true
		for k, a := range alt {
			w := words[i+k]
			if w == a {
				continue
			}
			if s.de && len(a) >= 4 && (strings.HasSuffix(w, a) || strings.HasPrefix(w, a) && len(a) >= 5) {
				continue
			}
			// the lemmatiser sometimes strips a feminine noun's -e with
			// its plural's -en ("Rakete" as "raket")
			if s.de && len(a) >= 5 && a[len(a)-1] == 'e' && w[len(w)-1] != 'e' && strings.HasSuffix(w, a[:len(a)-1]) {
				continue
			}
			ok = false
			break
		}
		if ok {
			return true
		}
	}
	return false
}

func (s *sent) prepHolds(e *entry, ci, trig int) bool {
	c := &s.clauses[ci]
	from := trig + 1
	if s.de {
		from = c.lo
	}
	for j := from; j < c.hi; j++ {
		w := &s.words[j]
		if w.pos != pAdp && !(w.pos == pPart && w.low == "to") && !(s.de && w.pos == pAdv) {
			continue
		}
		if !containsStr(e.prep, w.low) && !containsStr(e.prep, w.lemma) {
			continue
		}
		if len(e.prepObj) == 0 || s.prepObjHolds(e, j) {
			return true
		}
	}
	return false
}

// prepObjHolds says whether the phrase after preposition j holds one of
// the row's prep=P:W word runs.
func (s *sent) prepObjHolds(e *entry, j int) bool {
	if j+1 >= len(s.words) || s.words[j+1].chunk < 0 {
		return false
	}
	ck := &s.chunks[s.words[j+1].chunk]
	ws := s.chunkLemmas(ck, nil)
	if s.de && s.words[ck.lo].pos == pNum {
		// an amount before the noun it measures: "auf 20 Millionen Euro
		// (rund …) Schadenersatz" chunks the amount apart
		n := ck.hi
		if n < len(s.words) && s.words[n].low == "(" {
			for n < len(s.words) && s.words[n].low != ")" {
				n++
			}
			n++
		}
		if n < len(s.words) && s.words[n].chunk >= 0 && s.chunks[s.words[n].chunk].prep < 0 && s.chunks[s.words[n].chunk].lo == n {
			ws = s.chunkLemmas(&s.chunks[s.words[n].chunk], ws)
		}
	}
	for _, alt := range e.prepObj {
		if s.containsRun(ws, alt) {
			return true
		}
	}
	return false
}

// idiomNounNamed says whether the referent of chunk k is a mention of
// the noun of the row's own prep=P:W idiom: a recogniser that took
// "Abrede" of "stellte … in Abrede" for a place names no target.
func (s *sent) idiomNounNamed(e *entry, k int) bool {
	m := s.chunkRef(k)
	if len(e.prepObj) == 0 || m < 0 {
		return false
	}
	h := s.chunks[k].head
	if h < s.ments[m].lo || h >= s.ments[m].hi {
		return false
	}
	for _, alt := range e.prepObj {
		if len(alt) == 1 && alt[0] == s.words[h].lemma {
			return true
		}
	}
	return false
}

func containsStr(a []string, v string) bool {
	for _, x := range a {
		if x == v {
			return true
		}
	}
	return false
}

// lassenGoverns says whether German verb i is the infinitive of a causative
// or permissive "lassen" in its verb complex.
func (s *sent) lassenGoverns(i int, v *vc) bool {
	if !s.de || s.words[i].lemma == "lassen" {
		return false
	}
	for _, j := range v.verbs {
		if j != i && s.words[j].lemma == "lassen" {
			return true
		}
	}
	return false
}

// attributiveParticipleEN says whether English verb i is a past participle
// inside a noun phrase, between a determiner or possessive and the noun it
// describes ("Machado's alleged weight problem", "the proposed treaty", "its
// disputed border"): an adjective, no act of the clause. The tagger gives
// such words the VERB tag.
func (s *sent) attributiveParticipleEN(i int) bool {
	if s.de || i == 0 || i+1 >= len(s.words) {
		return false
	}
	w := &s.words[i]
	if w.low == w.lemma || hasSuffix(w.low, "ing") {
		return false
	}
	p, n := &s.words[i-1], &s.words[i+1]
	switch {
	case p.pos == pDet:
	case p.low == "'s" || p.low == "'":
	case p.pos == pPron && enPossessive[p.low]:
	case w.lemma == "retire" && (p.low == "," || p.low == "and"):
		// "his father, retired professor C.A. Thomas", "retired Air
		// Force general Richard Secord": a title of the person named
		return n.pos == pNoun || n.pos == pPropn && !weekdayEN[n.low]
	default:
		return false
	}
	return n.pos == pNoun || n.pos == pPropn || n.pos == pAdj
}

// weekdayEN are the English names of days, after which "retired" is the
// clause's verb ("and retired Monday").
var weekdayEN = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// verbTrigger finds the verb trigger of clause ci and its arguments.
func (s *sent) verbTrigger(ci int, v *vc, usedChunk map[int]bool) (cand, bool) {
	if s.conditional(ci) {
		return cand{}, false // "unless Baghdad accepted …": a condition, not an event
	}
	if s.purposeDE(ci) {
		return cand{}, false // "…, um die Menschen zu versorgen": the purpose of another act
	}
	for _, i := range v.lexical {
		w := &s.words[i]
		if w.used {
			continue
		}
		if s.purpose(i, v) {
			continue // "began a hunger strike … to demand": the purpose of another act
		}
		if s.reducedRelative(i, v) {
			continue // "shortened the curfew imposed in Sudan": background to the clause's act
		}
		if s.namingParticipleEN(i, ci, v) {
			continue // "donated money to the centre, called the X Society": a name, not a call
		}
		if s.reducedAdverbial(i, ci) {
			continue // "said a spokesman when asked": no one is named who asks
		}
		if s.attributiveParticipleEN(i) {
			continue // "Machado's alleged weight problem", "the proposed treaty": an adjective
		}
		// "wants Japan to open": wanting another to act is no intention of
		// the subject's own (see objectThenTo)
		if _, ok := s.lx.cues.intent[w.lemma]; ok && s.hasLaterVerb(i, v) && (s.de || !s.objectThenTo(i)) {
			continue
		}
		rep := i == v.repVerb && !curatedVerb(s.verbEntries(w))
		if rep && (s.reportsContent(ci) || !objectPatterns(s.verbEntries(w))) {
			continue // a reporting verb is an event only if the curated lexicon says so
		}
		e, lo := s.matchVerb(i, ci)
		if rep && !s.reportedAct(e, i, ci) {
			continue
		}
		if e == nil || e.flags&flagPass != 0 && !s.passiveAt(i, v) {
			continue
		}
		if e.typ == "MOBILIZE" {
			if p := s.protestPurposeDE(ci); p != nil {
				e = p // "marschierte auf, um zu protestieren": a demonstration
			}
		}
		if e.typ == "THREATEN" && s.de && s.atRisk(i, ci) {
			continue // "droht in der Versenkung zu verschwinden": a danger, not a threat
		}
		if e.typ == "CONSULT" && s.lassenGoverns(i, v) {
			// "dass Israel den Berichterstatter nicht reisen ließ": the
			// subject of "lassen" lets someone else travel or meet
			continue
		}
		if e.none() {
			if s.hasLaterVerb(i, v) {
				continue
			}
			return cand{}, false
		}
		c := cand{trig: i, trigLo: lo, e: e, clause: ci, loc: -1, repCl: -1, conds: e.specific > 0}
		if e.flags&flagCtrl != 0 && !s.de {
			for _, j := range v.lexical {
				if j > i+1 && s.words[j-1].low == "to" {
					s.hostilePromise(&c, ci, j)
					break
				}
			}
		}
		s.verbArgs(&c, v, usedChunk)
		s.prepTargetsDE(&c)
		if s.de && len(c.actors) == 0 && s.hasLaterVerb(i, v) {
			continue // "angeschossen und von der Polizei in Haft genommen": the later verb may have one
		}
		// a reciprocal verb that needs a target has one in a compound
		// subject ("X und Y kamen zusammen"), not in one actor alone
		if (e.flags&flagTgt != 0 || bareGenerated(e)) && s.onlyWhere(&c) || s.unknownPlacesOnly(&c) {
			c.targets = c.targets[:0]
		}
		if len(c.actors) == 0 && !s.giverOnlyDE(&c) || len(c.targets) == 0 && (e.flags&flagTgt != 0 && (e.flags&flagSym == 0 || len(c.actors) < 2) || bareGenerated(e) && len(c.actors) < 2) {
			return cand{}, false
		}
		return c, true
	}
	return cand{}, false
}

// giverOnlyDE says whether a German reversed row has its giver, the one
// who acts, though its subject names no one: "Der Plan stieß bei Kroatien
// auf Ablehnung" is Croatia's rejection of a plan whose author is not
// named. (English reversed rows are the dictionary's receiving verbs,
// whose unnamed receiver leaves the act uncoded.)
func (s *sent) giverOnlyDE(c *cand) bool {
	return s.de && c.e.flags&flagRev != 0 && len(c.targets) > 0
}

// reportedAct says whether a reporting verb the curated lexicon leaves
// alone names an act by its object, as a pattern of the dictionary has it
// ("added sanctions", "confirmed its boycott", "stressed the need for
// talks"): only when it reports no content (reportsContent, asked first), and
// when no event noun of its object carries the act itself
// ("announced an aid package", "reiterated its demand that …").
func (s *sent) reportedAct(e *entry, i, ci int) bool {
	if e == nil || e.curated || e.none() || len(e.obj) == 0 {
		return false
	}
	for _, w := range s.objectWords(ci, i) {
		for _, n := range s.lx.nounEntries(w) {
			if !n.none() {
				return false
			}
		}
	}
	return true
}

// reportsContent says whether a clause other than a relative one depends
// on clause ci: the content a reporting verb of ci reports.
func (s *sent) reportsContent(ci int) bool {
	for k := ci + 1; k < len(s.clauses); k++ {
		if s.clauses[k].parent == ci && s.clauses[k].kind != cRel {
			return true
		}
	}
	return false
}

func (s *sent) hasLaterVerb(i int, v *vc) bool {
	for _, j := range v.lexical {
		if j > i {
			return true
		}
	}
	return false
}

// refsOf turns phrases into participants, dropping phrases without a
// referent.
func (s *sent) refsOf(chunks []int, dst []argRef) []argRef {
	for ci, k := range chunks {
		r, ok := s.chunkArg(k)
		if !ok {
			if ci > 0 || ci+1 < len(chunks) {
				dst = s.sharedRefs(chunks, ci, dst)
			}
			continue
		}
		dst = appendRef(dst, r)
		// "diplomats from Russia and Belarus", "the ambassadors of Arnor,
		// Osgiliath and Gondor": every country of the phrase's extension
		if ck := &s.chunks[k]; ck.ment < 0 && !ck.pron {
			if e := s.ofExtension(k); e >= 0 {
				for _, o := range s.coordinated(e, e, len(s.words))[1:] {
					if m := s.chunks[o].ment; m >= 0 {
						dst = appendRef(dst, s.ref(m, r.sector))
					}
				}
			}
		}
	}
	return dst
}

// sharedRefs gives a bare agent noun without a referent in a coordination
// the referent its neighbour names with a word they share: the adjective
// of the first ("Danish media and government" → Denmark GOV) or the place
// phrase of the next ("lawmakers and officials in Arnor and Gondor" →
// Arnor LEG, Gondor LEG). chunks are the coordinated phrases, i the
// referent-less one.
func (s *sent) sharedRefs(chunks []int, i int, dst []argRef) []argRef {
	ck := &s.chunks[chunks[i]]
	if ck.pron || ck.head < 0 || ck.ment >= 0 {
		return dst
	}
	sector := s.agentSector(ck.lo, ck.hi)
	if sector == "" {
		return dst
	}
	// no determiner or adjective of its own: "government", "officials"
	for j := ck.lo; j < ck.head; j++ {
		if s.words[j].pos != pNoun {
			return dst
		}
	}
	if i > 0 {
		if p := &s.chunks[chunks[i-1]]; p.ment >= 0 && p.modifier && s.ments[p.ment].adj && s.ments[p.ment].lo == p.lo+leadingDet(s, p) {
			return appendRef(dst, s.ref(p.ment, sector))
		}
	}
	if i+1 < len(chunks) {
		n := chunks[i+1]
		if s.chunks[n].ment < 0 {
			if e := s.ofExtension(n); e >= 0 {
				for _, o := range s.coordinated(e, e, len(s.words)) {
					if m := s.chunks[o].ment; m >= 0 {
						dst = appendRef(dst, s.ref(m, sector))
					}
				}
			}
		}
	}
	return dst
}

// leadingDet is the number of determiners at the start of chunk p.
func leadingDet(s *sent, p *chunk) int {
	n := 0
	for j := p.lo; j < p.hi && s.words[j].pos == pDet; j++ {
		n++
	}
	return n
}

// eventNounModifier says whether German prepositional phrase k, a place,
// right after an event noun belongs to that noun ("bei den Anschlägen von Brüssel
// getötet", "Verbindungen zu den Verantwortlichen der Terroranschläge von
// Paris festgenommen"): it names the noun's place or author, not the agent
// of the passive verb.
func (s *sent) eventNounModifier(k int) bool {
	ck := &s.chunks[k]
	if !s.de || ck.prep < 1 || s.words[ck.prep].low != "von" {
		return false
	}
	w := &s.words[ck.prep-1]
	if w.pos == pNoun && w.timex == 0 && w.chunk >= 0 && s.chunks[w.chunk].hi == ck.prep && s.triggerNoun(w.lemma) {
		// "ist kurz vor dem Besuch von Präsident Obama … entlassen
		// worden": the von-phrase after an event noun is that event's,
		// not the passive's agent; so too after the subject ("Der Besuch
		// von X wurde von Y kritisiert")
		return true
	}
	// only a place: "Angriffe von Palästinensern" names the attackers
	if r := s.chunkRef(k); r < 0 || s.ments[r].kind != dossier.KindLocation {
		return false
	}
	if w.pos != pNoun {
		return directionWordDE[w.low] // "südlich von Hebron angeschossen"
	}
	if w.timex == 0 && s.words[ck.prep-1].chunk >= 0 && s.cityAfterNounDE(k) {
		return true // "Der Attentäter von Tel Aviv ist … erschossen worden"
	}
	if s.triggerNoun(w.lemma) {
		return true
	}
	// a noun of position: "in der Nähe von Sabratha entführt"
	return w.timex == 0 && positionNoun[w.lemma]
}

// triggerNoun says whether a noun lemma is an event trigger of the lexicon.
func (s *sent) triggerNoun(lemma string) bool {
	for _, e := range s.lx.nounEntries(lemma) {
		if !e.none() {
			return true
		}
	}
	return false
}

// ownersMeetDE says whether German noun event c in chunk k is a
// reciprocal act ("Treffen", "Verhandlungen") that a plural possessive
// gives to the two or more people of its clause's subject (see
// possessorActorDE): their act together, with no target of its own.
func (s *sent) ownersMeetDE(c *cand, k int) bool {
	if !s.de || c.e.flags&flagSym == 0 || len(c.actors) < 2 {
		return false
	}
	ck := &s.chunks[k]
	return ck.hi-ck.lo >= 2 && strings.HasPrefix(s.words[ck.lo].low, "ihr")
}

// actNounDE says whether German chunk k is headed by a noun of an act: one
// of the lexicon's event nouns, or a noun made of a verb with -ung
// ("Schließung", "Zentralisierung").
func (s *sent) actNounDE(k int) bool {
	h := s.chunks[k].head
	if h < 0 || s.words[h].pos != pNoun {
		return false
	}
	l := s.words[h].lemma
	if strings.HasSuffix(l, "ung") && len(l) > 5 {
		return true
	}
	for _, e := range s.lx.nounEntries(l) {
		if !e.none() {
			return true
		}
	}
	return false
}

// positionNoun are German nouns that place something relative to a place
// named in a von-phrase after them.
var positionNoun = map[string]bool{"nähe": true, "norden": true, "süden": true, "osten": true, "westen": true,
	"nordosten": true, "nordwesten": true, "südosten": true, "südwesten": true, "zentrum": true, "rand": true,
	"umgebung": true, "umland": true, "stadtrand": true, "außenbezirk": true, "innenstadt": true}

func (s *sent) verbArgs(c *cand, v *vc, usedChunk map[int]bool) {
	cl := &s.clauses[c.clause]
	subj := s.subject(c.clause)
	// "Leslie said Qantas is talking to …": the reported verb has its own
	// subject after the reporting verb
	if !s.de && v.repVerb >= 0 && v.repVerb < c.trig {
		if own := s.subjectBetween(v.repVerb+1, c.trig); own != nil {
			subj = own
		} else if s.words[c.trig-1].low != "to" {
			subj = nil
		}
	}
	from := c.trig + 1
	if s.de {
		from = cl.lo
	}
	var phrases []pp
	if s.de && cl.resume >= 0 {
		// the objects before the embedded clause: "will die Türkei, die …, unterstützen"
		phrases = s.phrasesAfter(cl.resume, s.clauses[cl.resume].lo, subj, nil)
	}
	phrases = s.phrasesAfter(c.clause, from, subj, phrases)
	if s.passiveAt(c.trig, v) {
		// actor from the by/von/durch phrase, target the subject; not from
		// the infinitive after it ("was asked to explain deportations by
		// Greece")
		inf := s.infinitiveAfter(c.trig, cl.hi)
		for _, p := range phrases {
			if s.chunks[p.chunk].lo > inf {
				break
			}
			if s.lx.cues.by[p.prep] && !s.eventNounModifier(p.chunk) {
				c.actors = s.refsOf(s.coordinated(p.chunk, cl.lo, cl.hi), c.actors)
				usedChunk[p.chunk] = true
				c.byAgent = true
				break
			}
		}
		c.targets = s.refsOf(subj, c.targets)
		if len(c.targets) == 0 && len(subj) == 1 {
			// "a camp for Ruritanian refugees was shelled": an unnamed
			// thing is hit for the people its for-phrase names
			if k := s.forPeople(subj[0]); k >= 0 {
				c.targets = s.refsOf([]int{k}, c.targets)
				usedChunk[k] = true
			}
		}
		if len(c.targets) == 0 && !s.de {
			s.passiveThingTarget(c, subj, phrases)
		}
		s.passiveOwnForces(c, subj, phrases)
	} else {
		c.actors = s.actorsOf(subj, c.actors)
		c.distrib = !s.de && len(subj) > 1 && s.floatingQuantifier(s.chunks[subj[len(subj)-1]].hi, c.trig)
		s.vorfeldGenitiveActorDE(c, subj, v)
		if c.e.flags&flagCtrl == 0 && !s.de {
			// "resigned yesterday to allow Haiti's elections": the phrases of
			// a purpose infinitive are not the trigger's objects
			phrases = s.beforeInfinitive(phrases, c.trig, cl.hi)
		}
		aimed := s.withoutSubjectAttributesDE(phrases, c, subj, v)
		var buf [8]int
		aimed = withoutCircumstanceDE(aimed, s.circumstanceDE(c.clause, buf[:0]))
		if c.e.flags&flagAddr != 0 {
			// "warned Russia against an attack on Ukraine": the one warned
			// is the target; "warned of a famine in Yemen" has none
			s.findTarget(c, s.objectsOnly(aimed), from)
		} else {
			s.findTarget(c, aimed, from)
		}
		if len(c.targets) == 0 && len(c.actors) > 1 {
			c.recip = s.reciprocalObject(c.trig, phrases)
			c.thing = !c.recip && !s.de && s.thingObject(c.trig, phrases)
		}
		if len(c.targets) == 0 && !s.de && c.e.flags&flagCtrl == 0 {
			// "abandoned efforts to stop an anti-Gondor parade", "rejected an
			// invitation to attend talks with X": the object's infinitive
			for _, p := range phrases {
				if p.prep != "" || s.isTimex(&s.chunks[p.chunk]) {
					continue
				}
				if j := s.chunks[p.chunk].hi; j+1 < cl.hi && s.words[j].low == "to" && s.countsAsVerb(j+1) && !s.isAux(j+1) {
					s.infinitiveTarget(c, c.clause, j+1, subj)
				}
				break
			}
		}
		if len(c.targets) == 0 && c.e.flags&flagCtrl != 0 && !s.de && !(c.e.typ == "THREATEN" && s.conditionFollows(c.clause)) {
			// "refused to deploy peacekeepers in Iraq", "threatened to deliver
			// blows to the United States": the infinitive's target
			for _, j := range v.lexical {
				if j > c.trig+1 && s.words[j-1].low == "to" {
					s.infinitiveTarget(c, c.clause, j, subj)
					break
				}
			}
		}
	}
	c.loc = s.location(phrases, c)
	if c.e.typ == "ACCUSE" && len(c.targets) == 0 {
		s.contentTarget(c)
	}
	if (c.e.typ == "ACCUSE" || c.e.typ == "REQUEST") && len(c.targets) == 0 {
		s.contentTargetDE(c)
	}
	s.depFill(c, s.passiveAt(c.trig, v))
	if len(c.actors) == 0 && !s.passiveAt(c.trig, v) {
		s.unnamedGroup(c, subj)
	}
	if len(c.actors) == 0 && s.passiveAt(c.trig, v) {
		s.attackAgentDE(c, phrases)
	}
	if len(c.actors) == 0 && s.passiveAt(c.trig, v) && !s.hasLaterVerb(c.trig, v) {
		s.passiveAgentUnnamedDE(c) // (a later coordinated verb may be the one the agent's act is: "angeschossen und von der Polizei festgenommen")
	}
	if len(c.actors) == 0 && s.passiveAt(c.trig, v) {
		// the place's state as actor anchors the parse's search for the
		// one arrested ("a missionary from X was arrested in Y")
		if s.placeActor(c); len(c.actors) > 0 {
			s.depFill(c, true)
		}
	}
	s.dropSelf(c)
}

// floatingQuantifier says whether an "all" or "each" stands between a
// subject ending before word lo and its verb at hi ("all voted", "have
// each signed"), only verb-group words beside it.
func (s *sent) floatingQuantifier(lo, hi int) bool {
	found := false
	for j := lo; j < hi; j++ {
		w := &s.words[j]
		switch {
		case w.low == "all" || w.low == "each":
			found = true
		case w.pos == pAdv || w.pos == pAux:
		default:
			return false
		}
	}
	return found
}

// withoutSubjectAttributesDE drops the prepositional phrases that stand
// between a German subject in the Vorfeld and the finite verb: verb-second
// leaves room for one constituent before the verb, so they belong to the
// subject ("Die Polizei in Wien hat zwei Männer festgenommen", "Ein Gericht
// in Ankara verurteilte den Journalisten") and name no target. They stay
// among the phrases the location is taken from. The result may share
// phrases' array.
func (s *sent) withoutSubjectAttributesDE(phrases []pp, c *cand, subj []int, v *vc) []pp {
	if !s.de || len(subj) == 0 || v.first < 0 || s.clauses[c.clause].kind != cMain {
		return phrases
	}
	last := -1
	for _, k := range subj {
		if s.chunks[k].hi > v.first {
			return phrases // the subject is not in the Vorfeld
		}
		last = max(last, s.chunks[k].hi)
	}
	// only phrases run from the subject to the verb: anything else there
	// means the clause is not verb-second after its subject
	for j := last; j < v.first; {
		k := s.words[j].chunk
		if k < 0 && j+1 < v.first {
			if n := s.words[j+1].chunk; n >= 0 && s.chunks[n].prep == j {
				k = n // the preposition, which its phrase leaves out
			}
		}
		if k < 0 || s.chunks[k].prep < 0 && !s.chunks[k].gen && !s.genitiveNameDE(k) {
			return phrases
		}
		j = s.chunks[k].hi
	}
	if last == v.first {
		return phrases
	}
	var out []pp
	for i, p := range phrases {
		ck := &s.chunks[p.chunk]
		if ck.lo >= last && ck.hi <= v.first {
			if out == nil {
				out = append(make([]pp, 0, len(phrases)), phrases[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, p)
		}
	}
	if out == nil {
		return phrases
	}
	return out
}

// vorfeldGenitiveActorDE gives a German subject that names an organ of no
// known state and stands in the Vorfeld with a country's genitive name after
// it ("Der Oberste Gerichtshof Saudi-Arabiens hat …", when the recogniser
// made the court a name of its own) the country as its actor: verb-second
// leaves room for one constituent before the verb, so the name is the
// subject's.
func (s *sent) vorfeldGenitiveActorDE(c *cand, subj []int, v *vc) {
	if !s.de || len(subj) != 1 || len(c.actors) != 1 || v.first < 0 || s.clauses[c.clause].kind != cMain {
		return
	}
	m := s.chunkRef(subj[0])
	if m < 0 || s.ments[m].kind != dossier.KindOrganization || s.ments[m].country != "" {
		return
	}
	j := s.chunks[subj[0]].hi
	if j >= v.first {
		return
	}
	g := s.words[j].chunk
	if g < 0 || s.chunks[g].hi != v.first || !s.genitiveNameDE(g) {
		return
	}
	if n := s.chunkRef(g); n >= 0 && s.ments[n].kind == dossier.KindCountry {
		c.actors[0] = s.ref(n, c.actors[0].sector)
	}
}

// genitiveNameDE says whether chunk k is a bare name in the genitive, its
// lemma and an -s ("Der Oberste Gerichtshof Saudi-Arabiens hat …", when
// the recogniser made the court a name of its own).
func (s *sent) genitiveNameDE(k int) bool {
	ck := &s.chunks[k]
	if ck.prep >= 0 || ck.hi-ck.lo != 1 {
		return false
	}
	w := &s.words[ck.lo]
	return w.ment >= 0 && w.pos == pPropn && len(w.low) == len(w.lemma)+1 && w.low[len(w.low)-1] == 's' && w.low[:len(w.lemma)] == w.lemma
}

// objectsOnly returns, in a scratch copy, the phrases that can name the
// addressee of a speech act or whom it is about: the verb's objects, and
// prepositional phrases that name a participant themselves ("warned of
// the Prince of X" is about X), not a place ("in Syrien") and not a
// situation ("vor einer Katastrophe").
func (s *sent) objectsOnly(phrases []pp) []pp {
	var buf [8]pp
	out := buf[:0]
	for _, p := range phrases {
		if s.de && !s.addresseeDE(p) {
			continue
		}
		if p.prep == "" || !s.lx.cues.loc[p.prep] && s.chunkRef(p.chunk) >= 0 {
			out = append(out, p)
		}
	}
	return out
}

// gatheringNounsDE are ends of German nouns of events where things are said
// or decided ("Pressekonferenz", "Parteitag", "Gipfeltreffen"): a place
// after them is where the act happened, not a situation it is about.
var gatheringNounsDE = []string{"veranstaltung", "konferenz", "sitzung", "treffen", "gipfel", "tagung",
	"kongress", "versammlung", "parteitag", "kundgebung", "forum", "empfang", "rede", "interview",
	"pressestunde", "feier", "zeremonie", "festakt", "gedenkfeier", "besuch", "reise", "auftritt"}

// gatheringDE says whether German chunk k is headed by a noun of a
// gathering or an occasion (see gatheringNounsDE).
func (s *sent) gatheringDE(k int) bool {
	h := s.chunks[k].head
	if h < 0 {
		return false
	}
	l := s.words[h].lemma
	for _, g := range gatheringNounsDE {
		if strings.HasSuffix(l, g) {
			return true
		}
	}
	return false
}

// recipientOfThingDE says whether chunk k names the recipient of a thing
// that a German verb of support approves ("begrüßte die Hilfe für
// Griechenland", "lobte die Lieferungen an die Ukraine"): the one the thing
// is for, while the support goes to whoever gives or decides it.
func (s *sent) recipientOfThingDE(c *cand, k int) bool {
	ck := &s.chunks[k]
	if !s.de || c.e.typ != "SUPPORT" || c.e.pos != 'v' || ck.prep < 1 {
		return false
	}
	switch s.words[ck.prep].lemma {
	case "für", "nach", "an":
	default:
		return false
	}
	n := s.words[ck.prep-1].chunk
	return n >= 0 && n != k && s.chunks[n].prep < 0 && s.chunkRef(n) < 0 && !s.chunks[n].pron
}

// addresseeDE says whether a German phrase may name the one a verb
// addresses: its accusative or dative object, a bare phrase of its own. A
// prepositional phrase says what the act is about ("warnte vor den Risiken
// für Griechenland", "zum Tag des Tigers"); a genitive or a phrase right
// after another ("Experten der Großbank JP Morgan") belongs to that one, and
// so do examples after "wie" ("vor Gruppen wie dem IS").
func (s *sent) addresseeDE(p pp) bool {
	ck := &s.chunks[p.chunk]
	if p.prep != "" || ck.gen {
		return false
	}
	if lo := ck.lo; lo >= 1 {
		prev := s.words[lo-1].chunk
		if s.words[lo-1].low == "wie" && lo >= 2 {
			prev = s.words[lo-2].chunk
		}
		if prev >= 0 && !s.isTimex(&s.chunks[prev]) {
			return false
		}
	}
	return true
}

// placeActor gives coercion whose passive names no agent ("three
// journalists were arrested in Peru", "in Nordkorea wurden Ausländer
// festgenommen") the country of the place it happened in: arrests and
// detentions are the acts of that state. Not force: "130 people were
// killed in Paris" says nothing of who killed them (judged on 10kGNAD
// news, where the place's state was most often the victim).
func (s *sent) placeActor(c *cand) {
	if s.summonActorDE(c) {
		return
	}
	// an indictment is an act of the state's justice as an arrest is of
	// its police ("Nawalny wurde in Moskau angeklagt")
	indicted := s.de && c.e.typ == "ACCUSE" && c.e.pos == 'v' && c.e.lemma == "anklagen"
	// and so is a release from its prisons ("wurde in Vietnam aus dem
	// Gefängnis entlassen", "auf freien Fuß gesetzt"); "freigelassen" only
	// of a suspect or prisoner ("der Verdächtige wurde wieder
	// freigelassen"): hostages are most often freed by their kidnappers
	released := s.de && c.e.typ == "RETREAT" && c.e.pos == 'v' &&
		(c.e.lemma == "entlassen" || c.e.lemma == "setzen" || c.e.mode == "release" && s.detaineeSubjectDE(c.clause))
	if s.x.kb == nil || c.e.typ != "COERCE" && !indicted && !released {
		return
	}
	if indicted && !s.werdenIn(c.clause) {
		return // "Angeklagt sind X und Y": a state, told with no act of a place
	}
	if !s.de && c.e.mode != "arrest" && c.e.mode != "deport" {
		// police work is the state's where it happens; a closure or a
		// seizure without an agent may be anyone's ("distribution centers
		// will be closed in Boston"), and so may bare force ("the batsman
		// was forced to retire", "fishermen were forced at gunpoint")
		return
	}
	country := ""
	if c.loc >= 0 {
		country = s.ments[c.loc].country
	} else if s.st != nil && s.onlyCountry() == "" {
		// "Istanbul – … Zwei Redakteure seien festgenommen worden": a
		// sentence that places the arrest nowhere and names no state is
		// coded by the dateline's
		country = s.st.dateline
		if !s.de && s.st.dateline != "" && s.st.home != "" {
			// "MANILA … Wang was sentenced last month" in a story about a
			// Chinese dissident: the country the article is about, not
			// where it was filed
			country = s.st.home
		}
	}
	if country == "" {
		country = s.homeActorDE(c)
	}
	if country == "" {
		return
	}
	if r, ok := s.stateRef(country, ""); ok {
		c.actors = append(c.actors, r)
	}
}

// detaineeNounsDE are German nouns of someone the state holds: suspects,
// prisoners, the arrested or charged.
var detaineeNounsDE = map[string]bool{
	"verdächtige": true, "verdächtiger": true, "tatverdächtige": true, "tatverdächtiger": true,
	"häftling": true, "gefangene": true, "gefangener": true, "festgenommene": true, "festgenommener": true,
	"inhaftierte": true, "inhaftierter": true, "beschuldigte": true, "beschuldigter": true,
	"angeklagte": true, "angeklagter": true, "verhaftete": true, "verhafteter": true,
}

// detaineeSubjectDE says whether the subject of German clause ci is headed
// by a noun of someone the state holds ("der Verdächtige", "zwei
// Häftlinge"), so that a release in the passive is the state's.
func (s *sent) detaineeSubjectDE(ci int) bool {
	subj := s.subject(ci)
	if len(subj) == 0 {
		return false
	}
	for _, k := range subj {
		ck := &s.chunks[k]
		if ck.head < 0 {
			return false
		}
		h := &s.words[ck.head]
		if !detaineeNounsDE[h.lemma] && !detaineeNounsDE[singular(h.lemma)] && !detaineeNounsDE[adjNounDE(h.lemma)] {
			return false
		}
	}
	return true
}

// werdenIn says whether the verb complex of clause ci has a form of
// "werden" (a passive of an act, not of a state).
func (s *sent) werdenIn(ci int) bool {
	if ci >= len(s.vcs) {
		return false
	}
	for _, i := range s.vcs[ci].verbs {
		if s.words[i].lemma == "werden" {
			return true
		}
	}
	return false
}

// reducedRelative says whether verb i is an English past participle
// modifying the noun before it ("the curfew imposed in Sudan", "property
// seized by government forces") in a clause whose own verb comes earlier:
// it describes the noun, it is not the clause's act, and the clause's
// subject is not its actor. A participle followed by an object phrase is
// a finite verb after all ("said Russian forces shelled Kharkiv").
func (s *sent) reducedRelative(i int, v *vc) bool {
	if s.de || i == 0 || i+1 >= len(s.words) {
		return false
	}
	w := &s.words[i]
	if w.pos != pVerb || w.low == w.lemma || hasSuffix(w.low, "ing") || hasSuffix(w.low, "s") {
		return false
	}
	p := &s.words[i-1]
	if p.pos != pNoun && p.pos != pPropn && p.pos != pAdj {
		return false
	}
	if n := &s.words[i+1]; n.pos != pAdp && n.pos != pPunct {
		return false
	}
	for _, j := range v.lexical {
		if j < i && s.lx.cues.report[s.words[j].lemma] == "" {
			return true
		}
	}
	return false
}

// reducedAdverbial says whether English verb i is a bare past participle
// right after a subordinator ("when asked", "if attacked", "unless
// provoked"): a passive whose patient is the main clause's subject and
// whose agent goes unnamed, unless a by-phrase follows in clause ci.
func (s *sent) reducedAdverbial(i, ci int) bool {
	if s.de || i == 0 {
		return false
	}
	w := &s.words[i]
	if w.pos != pVerb || w.low == w.lemma || hasSuffix(w.low, "ing") || hasSuffix(w.low, "s") {
		return false
	}
	if !reducedSub[s.words[i-1].low] {
		return false
	}
	for j := i + 1; j < s.clauses[ci].hi; j++ {
		if s.words[j].low == "by" {
			return false
		}
	}
	return true
}

// reducedSub are the subordinators that open a reduced adverbial clause.
var reducedSub = map[string]bool{"when": true, "whenever": true, "if": true, "unless": true, "once": true, "until": true, "though": true, "although": true}

// beforeInfinitive cuts phrases at the first to-infinitive after word
// trig (before hi).
func (s *sent) beforeInfinitive(phrases []pp, trig, hi int) []pp {
	for j := trig + 1; j+1 < hi; j++ {
		if s.words[j].low == "to" && s.words[j].chunk < 0 && s.countsAsVerb(j+1) && !s.isAux(j+1) && !s.inflectedPlural(j+1) {
			for i, p := range phrases {
				if s.chunks[p.chunk].lo > j {
					return phrases[:i]
				}
			}
			return phrases
		}
	}
	return phrases
}

// inflectedPlural says whether word i, which the tagger may have read as
// a verb after "to", is a plural noun: it ends in s and is not its own
// lemma ("aid to refugees fleeing the war"), where an infinitive is
// ("to press", "to discuss").
func (s *sent) inflectedPlural(i int) bool {
	w := &s.words[i]
	return w.low != w.lemma && hasSuffix(w.low, "s")
}

// reciprocalObject says whether the object of the verb at trig makes a
// compound subject act on itself both ways: a reciprocal pronoun ("accused
// each other", "warfen einander … vor") or a relational noun the subjects
// share ("Gondor and Osgiliath delayed their meeting", "setzten ihre
// Gespräche aus").
func (s *sent) reciprocalObject(trig int, phrases []pp) bool {
	for j := trig + 1; j < len(s.words) && j <= trig+3; j++ {
		switch s.words[j].low {
		case "einander", "gegenseitig":
			return true
		case "other", "another":
			if p := s.words[j-1].low; p == "each" || p == "one" {
				return true
			}
		}
	}
	for _, p := range phrases {
		if p.prep != "" {
			continue
		}
		ck := &s.chunks[p.chunk]
		if ck.head < 0 || !reciprocalPossessive(s.words[ck.lo].low) {
			return false
		}
		return s.symNoun(ck.head)
	}
	return false
}

func reciprocalPossessive(low string) bool {
	switch low {
	case "their", "ihr", "ihre", "ihren", "ihrem", "ihrer":
		return true
	}
	return false
}

// passiveAt says whether the verb at i is passive: in English a form of
// be or get governs it directly ("was closed", "has been attacked"); in
// German the clause's verb complex is a werden-passive.
func (s *sent) passiveAt(i int, v *vc) bool {
	if s.de {
		return v.passive
	}
	w := &s.words[i]
	if w.low == w.lemma || hasSuffix(w.low, "ing") {
		return false
	}
	if s.opposedTo(i) {
		return false
	}
	// "54 civilians were killed or injured": a bare participle coordinated
	// with a passive shares its auxiliary
	if cl := &s.clauses[w.clause]; cl.kind == cCoordVP && cl.parent >= 0 && s.clauses[cl.parent].passive && v != nil && v.first == i && s.words[cl.lo].pos == pCconj {
		return true
	}
	if s.headlineParticipleEN(w.clause, i) || s.participlePassiveEN(w.clause, i) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		p := &s.words[j]
		switch {
		case p.lemma == "be" || p.lemma == "get":
			if p.low == "being" || p.low == "been" || p.pos == pAux || p.pos == pVerb {
				return true
			}
		case p.pos == pAdv || p.pos == pPart && !isClitic(p.low):
			continue
		}
		return false
	}
	return false
}

// findTarget sets the target of a verb event: the first bare object with a
// referent (in English the first two objects: "gave the Ivory Coast 5
// million dollars"), the agent of a trigger noun object ("condemned an
// attack by X"), a phrase attached to the first object ("a blockade on
// Palestinian lorries", "the computers of South Korean officers", "an
// admission by Moscow"), else a prepositional phrase of the verb: first one
// with a preposition the event type prefers, then any target preposition.
func (s *sent) findTarget(c *cand, phrases []pp, from int) {
	if c.e.flags&flagRev != 0 {
		s.giver(c, phrases, from)
		return
	}
	s.argTarget(c, phrases, from)
	if len(c.targets) == 0 {
		s.situationTarget(c, phrases)
	}
}

// situationTarget gives a verbal act about a situation the country it is
// in: "criticized the closure of guest houses in Michel Delving", "appealed
// for peace in Ithilen", "called for a ceasefire in Gaza". Only the first
// object or prepositional phrase (with its of-phrases) is looked at, and
// only for judging, demanding, refusing and threatening, not for acts done
// at a venue ("signed a treaty in Pyongyang").
func (s *sent) situationTarget(c *cand, phrases []pp) {
	switch c.e.typ {
	case "ACCUSE", "REQUEST", "REJECT", "THREATEN":
	default:
		return // support includes signing treaties, which happens at a venue
	}
	if len(phrases) == 0 || c.recip {
		return
	}
	k := phrases[0].chunk
	if s.chunkRef(k) >= 0 {
		return // a participant, not a situation
	}
	if s.de && s.gatheringDE(k) {
		return // "mahnte auf einer Veranstaltung in London": where it was said
	}
	for n := s.followingPhrase(k, true); n >= 0; n = s.followingPhrase(n, true) {
		if s.chunkRef(n) >= 0 {
			return
		}
		k = n
	}
	j := s.chunks[k].hi
	if j+1 >= len(s.words) || s.words[j].low != "in" || s.words[j+1].chunk < 0 {
		return
	}
	n := s.words[j+1].chunk
	if m := s.chunkRef(n); m >= 0 {
		if mt := &s.ments[m]; mt.country != "" && (mt.kind == dossier.KindCountry || mt.kind == dossier.KindLocation) && !s.isArg(c, m) {
			c.targets = append(c.targets, s.ref(m, ""))
		}
	}
}

// argTarget finds the target among the phrases after the trigger (see
// findTarget).
func (s *sent) argTarget(c *cand, phrases []pp, from int) {
	cl := &s.clauses[c.clause]
	bare := 0
	// peopleObj says whether a German bare object names people without a
	// referent ("hat in Philadelphia einen Polizisten angeschossen"): they
	// are the ones acted on, and a town they are in is only where
	peopleObj := false
	for _, p := range phrases {
		if p.prep != "" || s.chunks[p.chunk].gen {
			continue
		}
		if s.de && s.inSubjectApposition(p.chunk, c.clause) {
			continue // "habe Rahm, der Bürgermeister von Chicago, … untersagt"
		}
		if s.de && s.channelPhraseDE(p.chunk) {
			continue // a phrase whose preposition stayed out of it: in der "Bild"
		}
		if m := s.chunkRef(p.chunk); s.de && m >= 0 && s.ments[m].kind == dossier.KindPerson && s.isActor(c, s.ments[m].m.Entity) {
			continue // "Der Außenminister, Sergej Lawrow, kritisierte Polen": the actor again
		}
		if s.de && s.chunkRef(p.chunk) < 0 && s.agentSector(s.chunks[p.chunk].lo, s.chunks[p.chunk].hi) != "" {
			peopleObj = true
		}
		bare++
		if !s.de && bare > 2 {
			break
		}
		if s.de && s.chunks[p.chunk].pron && objectPronoun(s.words[s.chunks[p.chunk].lo].low) {
			// "weil Israel ihm den Zutritt verweigerte": the person the
			// pronoun stands for (see pronoun)
			if r, ok := s.pronoun(p.chunk); ok {
				c.targets = append(c.targets, r)
				return
			}
			continue
		}
		if s.departure(c) {
			continue // "left Brasilia for Lima": a visit to Lima
		}
		if !s.de && (c.e.typ == "AID" || c.e.typ == "MOBILIZE") && s.ownForces(c, p.chunk) {
			// "Russia sent Russian troops to Syria": what is sent is the
			// sender's own; the target is where it goes
			continue
		}
		if !s.de && bare == 1 && s.chunks[p.chunk].pron {
			// "expelled the envoy, accusing him of bias": a participle
			// clause's object pronoun is the object of the clause it
			// continues
			if r, ok := s.continuedObject(c.clause, p.chunk); ok {
				c.targets = append(c.targets, r)
				return
			}
		}
		if bare == 1 && !s.de && c.e.typ == "ACCUSE" && len(c.e.obj) == 0 && s.violentActNoun(p.chunk) {
			// "condemned the attacks against the German embassy": the ones
			// hit are not whom the condemnation is aimed at; only a
			// by-phrase names that. A row that names its object ("launched
			// a verbal attack on X") makes the object the accusation
			// itself, whose target is X.
			if ag := s.nounAgentOf(p.chunk); ag >= 0 && ag != p.chunk {
				c.targets = s.refsOf([]int{ag}, c.targets)
			}
			c.aimless = len(c.targets) == 0
			return
		}
		if m := s.chunkRef(p.chunk); m >= 0 {
			// "blocked the Europe Bridge spanning the Rhine from France to
			// Germany": a place the knowledge base cannot place is located
			// by the participle after it
			if mt := &s.ments[m]; bare == 1 && mt.kind == dossier.KindLocation && mt.country == "" && s.physicalObject(c.e) {
				if refs := s.participleTargets(p.chunk, cl.hi, nil); len(refs) > 0 {
					c.targets = append(c.targets, refs...)
					return
				}
			}
			c.targets = s.refsOf(s.coordinated(p.chunk, from, cl.hi), c.targets)
			return
		}
		if ag := s.nounAgentOf(p.chunk); ag >= 0 {
			c.targets = s.refsOf([]int{ag}, c.targets)
			return
		}
		if bare == 1 && s.physicalObject(c.e) {
			if refs := s.participleTargets(p.chunk, cl.hi, nil); len(refs) > 0 {
				c.targets = append(c.targets, refs...)
				return
			}
		}
		if bare == 1 {
			if n := s.participleAgent(p.chunk, cl.hi); n >= 0 {
				c.targets = s.refsOf(s.coordinated(n, from, cl.hi), c.targets)
				return
			}
		}
		if bare == 1 {
			if n := s.followingPhrase(p.chunk, false); n >= 0 {
				ok := true // a German genitive ("die Haltung der USA")
				if pi := s.chunks[n].prep; pi >= 0 {
					pw := &s.words[pi]
					ok = pw.low == "of" || pw.low == "by" || s.lx.cues.target[pw.low] || s.lx.cues.target[pw.lemma]
					if !s.de && pw.low == "for" && forGivesReason(c.e.typ) && !s.possessorPhrase(n) {
						ok = false
					}
					// "celebrated Eid at Osgiliath": a place preposition attaches
					// a target only to events aimed at places ("fired shells at
					// Seoul") or when the event type prefers it
					if ok && (s.lx.cues.loc[pw.low] || s.lx.cues.loc[pw.lemma]) && !s.placeTarget(c.e) && !preferredPrep(c.e.typ, pw.lemma) {
						ok = false
					}
				}
				if ok && s.de && s.channelPhraseDE(n) {
					ok = false // "haben sich nach FAZ-Informationen geeinigt"
				}
				if ok && s.recipientOfThingDE(c, n) {
					ok = false
				}
				if ok && s.chunkRef(n) >= 0 && !(s.isPlace(n) && s.chunks[n].prep >= 0 && s.lx.cues.loc[s.words[s.chunks[n].prep].low]) {
					c.targets = s.refsOf(s.coordinated(n, from, cl.hi), c.targets)
					return
				}
			}
		}
	}
	// pass 0: the preposition of the trigger's own condition ("leave for X",
	// "warn of X", "talk with X"); 1: one the event type prefers ("protested
	// in Berlin against X"); 2: the place of an event aimed at places; 3: any
	for pass := 0; pass < 4; pass++ {
		if pass == 0 && len(c.e.prep) == 0 {
			continue
		}
		for _, p := range phrases {
			if p.prep == "" || s.de && (s.inSubjectApposition(p.chunk, c.clause) || s.borderPlaceDE(p.chunk) || s.channelPhraseDE(p.chunk) || s.recipientOfThingDE(c, p.chunk)) {
				continue
			}
			if pass == 0 {
				if (containsStr(c.e.prep, p.prep) || containsStr(c.e.prep, p.plem)) && s.chunkRef(p.chunk) >= 0 && !s.idiomNounNamed(c.e, p.chunk) {
					c.targets = s.refsOf(s.coordinated(p.chunk, from, cl.hi), c.targets)
					return
				}
				continue
			}
			place := s.isPlace(p.chunk) || s.chunkRef(p.chunk) >= 0 && s.ments[s.chunkRef(p.chunk)].kind == dossier.KindCountry
			isTarget := s.lx.cues.target[p.prep] || s.lx.cues.target[p.plem] || s.outOf(p.chunk)
			// "arrived in Bosnia", "reisen nach Südkorea": a place is the
			// target of a visit, a deployment, an attack (not of a meeting
			// between the subjects: "Kim und Trump haben sich in Singapur getroffen")
			locTarget := s.placeTarget(c.e) && place && (s.lx.cues.loc[p.prep] || s.lx.cues.loc[p.plem]) &&
				!(c.e.flags&flagSym != 0 && len(c.actors) > 1)
			if !isTarget && !locTarget {
				continue
			}
			if pass == 1 && !preferredPrep(c.e.typ, p.plem) {
				continue
			}
			if !s.de && p.plem == "for" && forGivesReason(c.e.typ) && !s.possessorPhrase(p.chunk) {
				continue
			}
			if !s.de && p.plem == "from" && s.separationFromEN(p.chunk) {
				continue // "fought two wars since independence from Britain": a date, no party
			}
			if !s.de && p.plem == "from" && c.e.typ == "CONSULT" && arrivalVerbs[s.words[c.trig].lemma] {
				continue // "arrived from Uruguay": where a visitor comes from is not whom they meet
			}
			if pass == 1 && s.de && locTarget && !isTarget && s.partnerPhrase(phrases) {
				continue // "traf in Ankara mit dem Abgeordneten X zusammen": the partner, not the place
			}
			if pass == 2 && !(s.placeTarget(c.e) && place && !isTarget) {
				continue
			}
			if locTarget && !isTarget && peopleObj && s.isPlace(p.chunk) {
				continue
			}
			if locTarget && !isTarget && s.postAbroad(c.e, p.chunk) {
				continue // "arrested protesters outside the Iranian embassy"
			}
			if s.chunkRef(p.chunk) < 0 {
				continue
			}
			if s.isPlace(p.chunk) && s.lx.cues.loc[p.prep] && !s.placeTarget(c.e) {
				continue
			}
			c.targets = s.refsOf(s.coordinated(p.chunk, from, cl.hi), c.targets)
			return
		}
	}
}

// channelPhraseDE says whether the prepositional phrase k names where a
// statement appeared or who reports it, not whom an act is aimed at: a news
// medium or a title in quotation marks after in/laut/gegenüber
// ("kritisierte in der Wirtschaftswoche", "gegenüber der 'Bild'"), or a
// source noun ("nach SZ-Informationen", "nach Angaben der Polizei").
func (s *sent) channelPhraseDE(k int) bool {
	ck := &s.chunks[k]
	// the preposition, which a quotation mark or the split of a compound
	// may have kept out of the phrase: in der "Bild", nach FAZ-Informationen
	pw, quoted := ck.prep, false
	if pw < 0 {
		for j := ck.lo - 1; j >= 0 && j >= ck.lo-3; j-- {
			w := &s.words[j]
			if isQuote(w.low) {
				quoted = true
				continue
			}
			if w.pos == pDet {
				continue
			}
			if w.pos == pAdp {
				pw = j
			}
			break
		}
	}
	if pw < 0 {
		return false
	}
	prep := s.words[pw].low
	if ck.head >= 0 && (prep == "nach" || prep == "laut") {
		if h := s.words[ck.head].lemma; strings.HasSuffix(h, "information") || strings.HasSuffix(h, "angabe") {
			return true
		}
	}
	switch prep {
	case "in", "im", "laut", "gegenüber":
	default:
		return false
	}
	if m := s.chunkRef(k); m >= 0 {
		if a := s.ref(m, ck.sector); s.press(&a) {
			return true
		}
	}
	for j := ck.lo; j < ck.hi && !quoted; j++ {
		quoted = isQuote(s.words[j].low)
	}
	return quoted || ck.hi < len(s.words) && isQuote(s.words[ck.hi].low)
}

// partnerPhrase says whether one of the phrases names a participant that
// is no place with a preposition that aims an act at someone ("mit X").
func (s *sent) partnerPhrase(phrases []pp) bool {
	for _, p := range phrases {
		if p.prep == "" || s.lx.cues.loc[p.prep] || !s.lx.cues.target[p.prep] {
			continue
		}
		if m := s.chunkRef(p.chunk); m >= 0 && !s.isPlace(p.chunk) && s.ments[m].kind != dossier.KindCountry {
			return true
		}
	}
	return false
}

// physicalObject says whether the object of an event type is typically a
// thing or a place whose owner or location is the target (a blockade of
// roads, an attack on power lines, a boycott of a parade).
func (s *sent) physicalObject(e *entry) bool {
	switch e.typ {
	case "ASSAULT", "COERCE", "PROTEST", "SANCTION", "MOBILIZE", "AID":
		return true
	}
	return false
}

// participleTargets returns the participants an English present participle
// after the object chunk k names: "blocked the roads leading into Mordor",
// "boycotted the parade supporting Gondor", "blocked the bridge spanning the
// Rhine from France to Germany". Only named countries, places,
// organisations and people count: the first phrase that names one (with
// its coordinated phrases) and, after "from", the "to" phrase that ends the
// span, before the clause end or the next verb.
func (s *sent) participleTargets(k, hi int, dst []argRef) []argRef {
	j := s.chunks[k].hi
	if s.de || j >= hi {
		return dst
	}
	w := &s.words[j]
	if w.pos != pVerb || !hasSuffix(w.low, "ing") || w.ment >= 0 {
		return dst
	}
	for i := j + 1; i < hi; i++ {
		if s.countsAsVerb(i) {
			break
		}
		ck := s.words[i].chunk
		if ck < 0 {
			continue
		}
		i = s.chunks[ck].hi - 1
		if s.isTimex(&s.chunks[ck]) {
			continue
		}
		m := s.chunkRef(ck)
		if m < 0 || s.ments[m].kind == dossier.KindOther {
			continue
		}
		group := s.coordinated(ck, j+1, hi)
		dst = s.refsOf(group, dst)
		last := &s.chunks[group[len(group)-1]]
		if p := s.chunks[ck].prep; p >= 0 && s.words[p].low == "from" && last.hi+1 < hi && s.words[last.hi].low == "to" {
			if n := s.words[last.hi+1].chunk; n >= 0 {
				dst = s.refsOf([]int{n}, dst)
			}
		}
		return dst
	}
	return dst
}

// participleAgent returns the agent phrase of an English past participle
// after the object chunk k ("welcomed the memos sent by Bree", "rejected the
// proposal put forward by Seoul"): the one who made the thing the event is
// about is its target. -1 if there is none.
func (s *sent) participleAgent(k, hi int) int {
	j := s.chunks[k].hi
	if s.de || j >= hi {
		return -1
	}
	w := &s.words[j]
	if w.pos != pVerb || w.low == w.lemma || hasSuffix(w.low, "ing") || w.ment >= 0 {
		return -1
	}
	for i := j + 1; i < hi && i <= j+3; i++ {
		p := &s.words[i]
		if p.pos == pAdp && (p.low == "by" || p.low == "from") {
			if i+1 < hi && s.words[i+1].chunk >= 0 && s.chunkRef(s.words[i+1].chunk) >= 0 {
				return s.words[i+1].chunk
			}
			return -1
		}
		if p.pos != pAdv && p.pos != pAdp {
			return -1
		}
	}
	return -1
}

// marketDemandEN says whether English phrase k is headed by a singular
// "demand" with no determiner or possessive before it ("U.S. oil demand",
// "increasing Soviet demand", "domestic copper demand"): the market's, not a
// claim anyone makes ("a Palestinian demand", "its demand that …").
func (s *sent) marketDemandEN(k int) bool {
	ck := &s.chunks[k]
	if ck.head < 0 || s.words[ck.head].low != "demand" {
		return false
	}
	for j := ck.lo; j < ck.head; j++ {
		w := &s.words[j]
		if w.pos == pDet || w.pos == pPron || w.low == "'s" || w.low == "'" || w.pos == pNum {
			return false
		}
	}
	return true
}

// departure says whether English candidate c is a visit made by leaving
// ("left Brasilia for Lima"): the place left, the verb's object, is where
// the visitor comes from; the visit is to the for-phrase's place, and with
// none named ("left Paris for a holiday") to no one.
func (s *sent) departure(c *cand) bool {
	return !s.de && c.e.typ == "CONSULT" && c.e.mode == "visit" && c.e.lemma == "leave"
}

// postAbroad says whether chunk k is a foreign state's diplomatic post
// ("the Iranian embassy") where an act of the host state's forces takes
// place: police work, a deployment or a release there is not aimed at the
// post's state (an attack on it or a protest outside it is).
func (s *sent) postAbroad(e *entry, k int) bool {
	switch e.typ {
	case "COERCE", "MOBILIZE", "RETREAT":
	default:
		return false
	}
	m := s.chunkRef(k)
	return m >= 0 && s.missionOwner(&s.ments[m])
}

// placeTarget says whether an event type takes a place as its target (a
// visit to a city, an attack on a town).
func (s *sent) placeTarget(e *entry) bool {
	switch e.typ {
	case "COERCE":
		// an arrest is aimed at the people arrested, not the town they were
		// arrested in ("Die Polizei nahm in Belgrad zwanzig Demonstranten
		// fest"; English gold codes the place, so it keeps it)
		return !s.de || e.mode != "arrest"
	case "RETREAT":
		// a release is aimed at the ones released, not the country they
		// were held in ("wurde in Vietnam aus der Haft entlassen"); a
		// surrender is made to a side, and the town it happens in is only
		// where ("rebels surrendered in the town of Gulu")
		return !s.de && e.mode != "disarm" || s.de && e.mode != "release"
	case "ASSAULT", "AID", "MOBILIZE", "SANCTION", "CONCEDE":
		return true
	case "PROTEST":
		// a protest is aimed at the government of the place it is held in
		// ("rioted at a jail in northern Israel", "demonstrierten in Belgrad")
		return e.mode != "hunger"
	case "CONSULT":
		return e.mode == "visit" // a meeting in Brussels is not aimed at Brussels
	}
	return false
}

// isPlace says whether the referent of chunk k is a location (not a
// country's government).
func (s *sent) isPlace(k int) bool {
	m := s.chunkRef(k)
	if m < 0 {
		return false
	}
	mt := &s.ments[m]
	return mt.kind == dossier.KindLocation && mt.m.Via != "metonym"
}

// location returns the first place named in a locative phrase that is not a
// participant, or -1.
func (s *sent) location(phrases []pp, c *cand) int {
	for _, p := range phrases {
		if !s.lx.cues.loc[p.prep] && !s.lx.cues.loc[p.plem] {
			continue
		}
		m := s.chunkRef(p.chunk)
		if m < 0 {
			continue
		}
		mt := &s.ments[m]
		if mt.kind != dossier.KindLocation && mt.kind != dossier.KindCountry {
			continue
		}
		// part of a word ("im Ukraine-Krieg") is no place
		if t := s.words[mt.lo].tok; mt.m.Start > t.Start || s.words[mt.hi-1].tok.End > mt.m.End {
			continue
		}
		if s.isArg(c, m) || s.missionOwner(mt) {
			continue // "outside the Iranian embassy" is not in Iran
		}
		return m
	}
	return -1
}

func (s *sent) isArg(c *cand, m int) bool {
	id := s.ments[m].m.Entity
	for _, r := range c.actors {
		if r.ent == id {
			return true
		}
	}
	for _, r := range c.targets {
		if r.ent == id {
			return true
		}
	}
	return false
}

// dropSelf removes targets that are one of the actors. A target of the
// same entity in another part of it stays: "Russian police arrested Russian
// students" is Russia (COP) acting on Russia (EDU), and "Turkish
// authorities imposed a curfew in … Turkey" Turkey (GOV) acting on Turkey.
func (s *sent) dropSelf(c *cand) {
	out := c.targets[:0]
	for _, t := range c.targets {
		self := false
		for _, a := range c.actors {
			// "Turkish authorities imposed a curfew in … Turkey": a named part
			// of a state acting on its own country is a domestic event
			if a.ent == t.ent && (a.sector == t.sector || t.sector == "" && (a.sector == "" || !materialType(c.e.typ))) {
				self = true
			}
		}
		if !self {
			out = append(out, t)
		}
	}
	c.targets = out
}

// dropIdentical drops the targets that are one of the actors, sector and
// all.
// dropPress removes news media from a consultation's participants:
// speaking to a news agency or a paper ("talking to Reuters", "sagte der
// dpa") makes it the channel of a statement, not a partner in talks. It
// reports whether the candidate keeps an actor and, if it had one, a
// target.
func (s *sent) dropPress(c *cand) bool {
	hadTarget := len(c.targets) > 0
	c.actors = s.withoutPress(c.actors)
	c.targets = s.withoutPress(c.targets)
	return len(c.actors) > 0 && (!hadTarget || len(c.targets) > 0)
}

func (s *sent) withoutPress(parts []argRef) []argRef {
	out := parts[:0]
	for _, a := range parts {
		if !s.press(&a) {
			out = append(out, a)
		}
	}
	return out
}

// press says whether a participant is a news medium: the sector the
// phrase or the knowledge base gives it is MED.
func (s *sent) press(a *argRef) bool {
	if a.sector == "MED" {
		return true
	}
	if s.x.kb == nil || a.ent == "" {
		return false
	}
	info, ok := s.x.kb.Info(a.ent)
	return ok && info.Sector == "MED"
}

// dropInterviewMediaDE drops from a German event's targets a news medium
// the sentence names as the channel of what is said ("im Gespräch mit der
// SZ", "auf Anfrage des STANDARD", "sagte er der Zeitung"): the paper
// hears the words, it is not what they are aimed at.
func (s *sent) dropInterviewMediaDE(c *cand) {
	out := c.targets[:0]
	for _, t := range c.targets {
		if !s.press(&t) || !s.interviewChannelOfDE(t.ent) {
			out = append(out, t)
		}
	}
	c.targets = out
}

// interviewChannelOfDE says whether the German sentence names entity ent
// as the medium of an interview.
func (s *sent) interviewChannelOfDE(ent string) bool {
	for k := range s.chunks {
		ck := &s.chunks[k]
		if ck.ment >= 0 && ck.head >= 0 && s.ments[ck.ment].m.Entity == ent && s.interviewChannelDE(k) {
			return true
		}
	}
	return false
}

// interviewNounsDE are the nouns whose mit-phrase or genitive names the
// medium a statement was made to.
var interviewNounsDE = map[string]bool{
	"gespräch": true, "interview": true, "anfrage": true, "telefonat": true, "gastbeitrag": true,
}

// interviewChannelDE says whether German chunk k is the medium of an
// interview: a mit-phrase or genitive after an interview noun, or the
// dative object of a verb of saying.
func (s *sent) interviewChannelDE(k int) bool {
	ck := &s.chunks[k]
	before := ck.lo - 1
	if ck.prep >= 0 {
		if low := s.words[ck.prep].low; low != "mit" && low != "gegenüber" {
			return false
		}
		before = ck.prep - 1
	} else if !ck.gen {
		// "sagte er der Zeitung": a dative after the verb of saying and
		// its subject
		for j := ck.lo - 1; j >= 0 && j >= ck.lo-3; j-- {
			w := &s.words[j]
			if w.pos == pVerb {
				return w.lemma == "sagen" || w.lemma == "erklären" || w.lemma == "bestätigen" || w.lemma == "mitteilen"
			}
		}
		return false
	}
	if before < 0 {
		return false
	}
	return interviewNounsDE[s.words[before].lemma]
}

func dropIdentical(c *cand) {
	out := c.targets[:0]
	for _, t := range c.targets {
		self := false
		for _, a := range c.actors {
			if a.ent == t.ent && a.sector == t.sector {
				self = true
			}
		}
		if !self {
			out = append(out, t)
		}
	}
	c.targets = out
}

// arrivalVerbs are the English verbs of coming whose from-phrase names
// where the visitor set out ("arrived from Uruguay"); one who departs from
// a place leaves the one visited.
var arrivalVerbs = map[string]bool{"arrive": true, "come": true, "return": true}

// forGivesReason says whether an English for-phrase after a trigger of
// type typ gives the act's cause or aim, not its target: "fought for Irish
// independence", "arrested for theft", "protested for higher wages". Aid,
// support and requests are for someone; and whose act a cause names is
// the one it is aimed at (see possessorPhrase: "retaliate for Tehran's
// deployment").
func forGivesReason(typ string) bool {
	switch typ {
	case "ASSAULT", "COERCE", "THREATEN", "PROTEST", "SANCTION", "ACCUSE":
		return true
	}
	return false
}

// possessorPhrase says whether English phrase k's referent is a possessor
// ("Tehran's deployment"): the phrase names someone's act or thing.
func (s *sent) possessorPhrase(k int) bool {
	m := s.chunkRef(k)
	if m < 0 {
		return false
	}
	hi := s.ments[m].hi
	return hi < s.chunks[k].hi && isClitic(s.words[hi].low)
}

// materialType says whether an event type is a material act (force,
// restriction, concession) that a state's organs can aim at their own
// country; verbal and relational acts ("Belgrad will keinen Kandidaten
// unterstützen") are not.
func materialType(typ string) bool {
	switch typ {
	case "ASSAULT", "COERCE", "PROTEST", "SANCTION", "MOBILIZE", "CONCEDE", "RETREAT":
		return true
	}
	return false
}

// inEnglishName says whether English word i is a capitalised word inside
// the sentence next to another one, so part of a name the linker did not
// know ("Economic Cooperation"), not a common noun; all-capital words
// (headlines) are not taken for names.
func (s *sent) inEnglishName(i int) bool {
	w := &s.words[i]
	if i == 0 || !capitalized(w.tok.Text) || strings.ToUpper(w.tok.Text) == w.tok.Text {
		return false
	}
	near := func(j int) bool {
		if j <= 0 || j >= len(s.words) {
			return false
		}
		t := s.words[j].tok.Text
		return capitalized(t) && strings.ToUpper(t) != t
	}
	return near(i-1) || near(i+1) || i+2 < len(s.words) && (s.words[i+1].low == "and" || s.words[i+1].low == "of") && near(i+2)
}

// nounEntry finds the lexicon row for the noun at word i (in chunk k)
// whose conditions hold, with the first word of the trigger.
func (s *sent) nounEntry(i, k int) (*entry, int) {
	w := &s.words[i]
	if !s.de && s.inEnglishName(i) {
		return nil, i // "the Organisation for Economic Cooperation and Development"
	}
	es := s.lx.nounEntries(w.lemma)
	if len(es) == 0 {
		es = s.lx.nounEntries(singular(w.lemma))
	}
	if len(es) == 0 {
		return nil, i
	}
	ck := &s.chunks[k]
	var objs []string
	if e := s.followingPhrase(k, true); e >= 0 {
		objs = s.chunkLemmas(&s.chunks[e], nil)
	}
	for _, e := range es {
		lo := i
		if len(e.rest) > 0 {
			ok := true
			for r := len(e.rest) - 1; r >= 0; r-- {
				lo--
				if lo < ck.lo || singular(s.words[lo].lemma) != e.rest[r] && s.words[lo].low != e.rest[r] {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
		}
		if len(e.obj) > 0 {
			own := s.chunkLemmas(ck, nil)
			ok := false
			for _, alt := range e.obj {
				if s.containsRun(objs, alt) || s.containsRun(own, alt) {
					ok = true
				}
			}
			if !ok {
				continue
			}
		}
		if len(e.prep) > 0 {
			j := ck.hi
			if s.de {
				j = s.pastAgentPhrase(k)
			}
			for !s.de && j < len(s.words) && s.words[j].timex > 0 {
				j++ // a date between the noun and its phrase ("the rally Wednesday in bond futures")
			}
			if j >= len(s.words) || !(containsStr(e.prep, s.words[j].low) || containsStr(e.prep, s.words[j].lemma)) {
				continue
			}
			if len(e.prepObj) > 0 && !s.prepObjHolds(e, j) {
				continue
			}
		}
		return e, lo
	}
	return nil, i
}

// pastAgentPhrase returns the word after a German noun phrase k and the
// genitive or von-phrase that follows it, with its coordinated phrases
// ("Kämpfe von Armee und UN-Soldaten gegen …", "der Kampf der Armee gegen
// …"), so that a prep= condition sees the preposition after them.
func (s *sent) pastAgentPhrase(k int) int {
	j := s.chunks[k].hi
	n := s.phraseAfterDE(k)
	if n < 0 {
		return j
	}
	// the phrases coordinated with it (walked here, as coordinated would
	// allocate for every noun with a prep= row)
	hi := s.chunks[n].hi
	for hi+1 < len(s.words) && (s.words[hi].pos == pCconj && isAnd(s.words[hi].low) || s.words[hi].low == ",") {
		m := s.words[hi+1].chunk
		if m < 0 || s.chunks[m].lo != hi+1 || s.chunks[m].prep != s.chunks[n].prep {
			break
		}
		hi = s.chunks[m].hi
	}
	return hi
}

// followingPhrase returns the phrase right after chunk k: an of-phrase (or
// German genitive) when ofOnly, else any prepositional phrase. -1 if none.
func (s *sent) followingPhrase(k int, ofOnly bool) int {
	ck := &s.chunks[k]
	j := ck.hi
	if j >= len(s.words) {
		return -1
	}
	w := &s.words[j]
	if w.chunk >= 0 && s.de && (w.low == "des" || w.low == "der") {
		return w.chunk
	}
	if w.pos == pAdp && (!ofOnly || w.low == "of" || s.de && (w.low == "von" || w.low == "vom")) {
		if j+1 < len(s.words) && s.words[j+1].chunk >= 0 {
			return s.words[j+1].chunk
		}
	}
	return -1
}

// nounAgentOf returns the chunk naming the agent of a trigger noun heading
// chunk k ("an attack by Osgiliath soldiers", "Russia's invasion"), or -1.
func (s *sent) nounAgentOf(k int) int {
	ck := &s.chunks[k]
	if ck.head < 0 {
		return -1
	}
	if es := s.lx.nounEntries(s.words[ck.head].lemma); len(es) == 0 {
		return -1
	}
	if ck.ment >= 0 && ck.modifier {
		return k
	}
	if n := s.followingPhrase(k, false); n >= 0 {
		p := s.chunks[n].prep
		if p >= 0 && s.lx.cues.by[s.words[p].low] && s.chunks[n].ment >= 0 {
			return n
		}
	}
	return -1
}

// violentActNoun says whether chunk k is headed by a noun of an attack
// ("the bombing", "the attacks"). An arrest is left out: a state arrests
// its own people, so "criticized the arrest of Moroccan journalists" is
// aimed at Morocco.
func (s *sent) violentActNoun(k int) bool {
	ck := &s.chunks[k]
	if ck.head < 0 {
		return false
	}
	for j := ck.lo; j < ck.hi; j++ {
		if s.words[j].ment >= 0 {
			return false // "Russia's attack": the possessor is the one condemned
		}
	}
	for _, e := range s.lx.nounEntries(s.words[ck.head].lemma) {
		if e.typ == "ASSAULT" {
			return true
		}
	}
	return false
}

// premisesNoun are English nouns of a building or post a name before them
// places or owns ("the Kenya embassy", "the U.S. consulate").
var premisesNoun = map[string]bool{"embassy": true, "consulate": true, "mission": true, "legation": true,
	"chancery": true, "compound": true, "headquarters": true, "office": true, "station": true, "outpost": true}

// premisesBetween says whether a noun of premisesNoun stands among words
// lo..hi-1.
func (s *sent) premisesBetween(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if w := &s.words[j]; w.ment < 0 && (w.pos == pNoun || w.pos == pPropn) && premisesNoun[w.lemma] {
			return true
		}
	}
	return false
}

// nounTriggers finds trigger nouns in clause ci and their arguments.
func (s *sent) nounTriggers(ci int, v *vc, usedChunk map[int]bool, cands []cand) []cand {
	cl := &s.clauses[ci]
	var buf [8]int
	circ := s.circumstanceDE(ci, buf[:0])
	for k := range s.chunks {
		ck := &s.chunks[k]
		if ck.lo < cl.lo || ck.lo >= cl.hi || usedChunk[k] || ck.pron {
			continue
		}
		h := ck.head
		if s.de && h > ck.lo && s.words[h].ment >= 0 && s.words[h-1].pos == pNoun && s.words[h-1].ment < 0 {
			// "der Angriff Russlands auf …": the name is a genitive after
			// the noun that heads the phrase, and the one who acts when a
			// target phrase follows (see nounArgs); without one it may be
			// either ("ein Atomangriff Pjöngjangs", "die Bombardierung
			// Dresdens")
			if j := ck.hi; j >= len(s.words) || !aimedPrep(s.words[j].low) {
				continue
			}
			h--
		}
		prefix := s.compoundPrefix(h)
		if h < 0 || s.words[h].pos != pNoun || s.words[h].ment >= 0 && prefix < 0 {
			continue
		}
		// the object of this clause's verb trigger is part of that event,
		// unless the verb condemns an act whose phrase names both sides
		// (see condemnedAct)
		vi := -1
		if !containsInt(circ, k) {
			vi = s.consumingVerb(cands, ci, k)
		}
		if vi >= 0 && (!s.de || cands[vi].e.typ != "ACCUSE" || cands[vi].conds) {
			continue
		}
		e, lo := s.nounEntry(h, k)
		if e == nil || e.none() || vi >= 0 && !materialType(e.typ) {
			continue
		}
		if !s.de && vi < 0 && s.endedByVerbEN(ck.lo) {
			continue
		}
		if !s.de && s.marketDemandEN(k) {
			continue // "U.S. oil demand rose", "increasing Soviet demand"
		}
		condemnedBy := 0
		if vi >= 0 {
			condemnedBy = cands[vi].trig + 1
		} else if materialType(e.typ) {
			// a condemnation whose speaker could not be coded still
			// only reports the act
			if i := s.condemningVerbDE(ci, k, v); i >= 0 {
				condemnedBy = i + 1
			}
		}
		if e.flags&flagJudge != 0 && !s.inReport(ci, v) {
			continue
		}
		if s.conditional(ci) {
			continue
		}
		c := cand{trig: h, trigLo: lo, e: e, clause: ci, noun: true, loc: -1, repCl: -1, conds: e.specific > 0, condemnedBy: condemnedBy}
		switch {
		case prefix < 0:
		case e.typ == "ASSAULT":
			// "bei einem IS-Anschlag", "US-Luftangriffe": the attacker
			c.actors = append(c.actors, s.ref(prefix, ""))
		case e.flags&flagAgent != 0:
			// "der Russland-Besuch von X": where the visitor went
			c.targets = append(c.targets, s.ref(prefix, ""))
		default:
			continue
		}
		s.nounArgs(&c, k, v)
		s.talksPartner(&c, k)
		s.meetingSubjectDE(&c, k)
		crowd := s.placeCrowd(&c)
		if e.flags&flagJudge == 0 {
			// a noun event needs an actor, and a target unless a verb made it
			// ("carried out an attack"): "a meeting of the party" is no event
			// "die Festnahme des Oppositionsführers durch die Polizei X",
			// "the arrest of an opposition leader by Georgian police": an
			// act whose agent durch or by names is one without a named target.
			// "Xi und Obama hatten ihr Treffen in Peking genutzt": a
			// reciprocal noun whose owners are two is their act together
			if len(c.actors) == 0 || len(c.targets) == 0 && (!c.viaVerb || e.flags&flagTgt != 0) && !crowd && !s.ownerActs(&c, k) &&
				!(c.byAgent && materialType(e.typ)) && !s.ownersMeetDE(&c, k) {
				continue
			}
		}
		if condemnedBy > 0 && (len(c.actors) == 0 || len(c.targets) == 0 || c.viaVerb) {
			// a condemned act is an event of its own only when its phrase
			// names who acted and against whom: "verurteilte den Angriff"
			// says nothing an analyst could list
			continue
		}
		cands = append(cands, c)
	}
	return cands
}

// placeCrowd gives an English protest noun that names no one who
// protests the people of the place it is in, as event data code a crowd
// (civilians of that country): "riots broke out in Dakar", "the
// demonstration in Manila". Such a protest needs no target: it is
// against its own government or unnamed. It says whether it gave one.
func (s *sent) placeCrowd(c *cand) bool {
	if s.de || len(c.actors) > 0 || c.e.typ != "PROTEST" || c.loc < 0 || s.x.kb == nil {
		return false
	}
	r, ok := s.stateRef(s.ments[c.loc].country, "CVL")
	if ok {
		c.actors = append(c.actors, r)
	}
	return ok
}

// meetingSubjectDE gives a German talk that the clause places in time or
// circumstance ("Nach einem Gespräch mit Macron sagte Scholz …", "Scholz
// versprach im Gespräch mit Macron …") the clause's subject as the one who
// talked: the phrase names the partner and the subject took part.
func (s *sent) meetingSubjectDE(c *cand, k int) {
	if !s.de || c.e.typ != "CONSULT" || len(c.actors) > 0 || len(c.targets) == 0 {
		return
	}
	ck := &s.chunks[k]
	if ck.prep < 0 {
		return
	}
	switch s.words[ck.prep].low {
	case "nach", "vor", "bei", "beim", "während", "in", "im":
	default:
		return
	}
	// the partner named by mit right after the noun, not a topic or a
	// place ("bei den Verhandlungen über eine Lösung für Syrien")
	n := s.followingPhrase(k, false)
	if n < 0 || s.chunks[n].prep < 0 || s.words[s.chunks[n].prep].low != "mit" || s.chunkRef(n) < 0 {
		return
	}
	subj := s.subject(c.clause)
	if containsInt(subj, k) {
		return
	}
	c.actors = s.actorsOf(subj, c.actors)
	if sharesEntity(c.actors, c.targets) {
		c.actors = c.actors[:0]
	}
}

// consumingVerb returns the index in cands of the verb trigger of clause
// ci that already used chunk k, an object, in its conditions or as its
// target; -1 if none did.
func (s *sent) consumingVerb(cands []cand, ci, k int) int {
	for i := range cands {
		c := &cands[i]
		if c.clause != ci || c.noun {
			continue
		}
		ck := &s.chunks[k]
		if c.conds && ck.lo > c.trig-8 && !s.settingOutsideRow(c, ck) {
			return i
		}
		// "condemned an attack by X": the attack is what is condemned
		if ck.lo > c.trig && ck.prep < 0 {
			return i
		}
	}
	return -1
}

// settingOutsideRow says whether English phrase ck is the setting of the
// clause ("raised the issue in talks with X", "during a meeting with X")
// in a preposition the verb's row does not name: the talks are an event of
// their own, not part of the verb's collocation.
func (s *sent) settingOutsideRow(c *cand, ck *chunk) bool {
	if s.de || ck.prep < 0 {
		return false
	}
	p := s.words[ck.prep].low
	return talksSetting[p] && !containsStr(c.e.prep, p)
}

// condemningVerbDE returns the verb of German clause ci that condemns
// chunk k, its bare object (a verb the lexicon makes an ACCUSE without a
// condition), or -1.
func (s *sent) condemningVerbDE(ci, k int, v *vc) int {
	if !s.de || s.chunks[k].prep >= 0 {
		return -1
	}
	for _, i := range v.lexical {
		if e, _ := s.matchVerb(i, ci); e != nil && e.typ == "ACCUSE" && e.specific == 0 {
			return i
		}
	}
	return -1
}

// condemnedActs makes the speaker of a condemnation the source of the act
// it condemns: "Der Minister verurteilte die Angriffe Russlands auf die
// Ukraine" reports Russia's attacks on Ukraine; whoever condemns them says
// they happened. A condemnation nobody is named for still only reports.
func condemnedActs(cands []cand) {
	for i := range cands {
		c := &cands[i]
		if c.condemnedBy == 0 || c.src.ent != "" {
			continue
		}
		c.srcMod = modReported
		for j := range cands {
			if v := &cands[j]; !v.noun && v.trig+1 == c.condemnedBy && len(v.actors) > 0 {
				c.src = v.actors[0]
				break
			}
		}
	}
}

// inReport says whether clause ci is reported speech: it has a reporting
// clause in its sentence or is quoted.
func (s *sent) inReport(ci int, v *vc) bool {
	if s.clauses[ci].quoted {
		return true
	}
	for k := range s.clauses {
		if k != ci && s.clauseReports(k) {
			return true
		}
	}
	return s.accordingSource() >= 0
}

func (s *sent) nounArgs(c *cand, k int, v *vc) {
	ck := &s.chunks[k]
	h := c.trig // the phrase's head, or the noun before a genitive name
	agentFlag := c.e.flags&flagAgent != 0
	// genitives counts the leading targets that a German genitive named
	// ("der Angriff Russlands", "der Angriff der Türkei"); aimed says
	// whether a target preposition named one too
	genitives, aimed := 0, false
	// inside the phrase: a possessor or adjective before the head, a
	// German genitive name after it
	for i := ck.lo; i < ck.hi; i++ {
		m := s.words[i].ment
		if m < 0 || (i > ck.lo && s.words[i-1].ment == m) {
			continue
		}
		if i < c.trigLo && hasPrefixStr(s.words[i].low, "anti-") {
			// "an anti-Iraq blockade", "anti-chinesische Proteste": aimed
			// at the country
			c.targets = appendRef(c.targets, s.ref(m, ""))
		} else if i < c.trigLo && !s.de && s.premisesBetween(s.ments[m].hi, c.trigLo) {
			// "the Kenya embassy bombing": the name places or owns the
			// building that was hit; who bombed it is not said
		} else if i < c.trigLo {
			c.actors = appendRef(c.actors, s.ref(m, ""))
		} else if i > h {
			if agentFlag {
				c.actors = appendRef(c.actors, s.ref(m, ""))
			} else {
				c.targets = appendRef(c.targets, s.ref(m, ""))
				genitives++
			}
		}
	}
	// phrases after it: by/von → agent, of/genitive → agent or patient,
	// between A and B → A and B, target prepositions → target
	cl := &s.clauses[c.clause]
	next := k
	// detached says whether a German phrase that names no participant
	// stands between the noun and the next: a von-phrase after it belongs
	// to that phrase's noun ("der Vertrag zwischen Wien und Bratislava zur
	// Unterbringung von Flüchtlingen": the refugees are housed, they sign
	// nothing); durch still names the agent ("der Angriff auf die Stadt
	// durch die Armee")
	detached := false
	// acted says whether a German phrase after the noun is headed by a noun
	// of an act: a durch-phrase after it names that act's agent, not the
	// event's ("Proteste gegen die Schließung der Schulen durch die
	// Regierung": the government closes, the teachers protest)
	acted := false
	for steps := 0; steps < 3; steps++ {
		n := s.followingPhrase(next, false)
		if n < 0 || s.chunks[n].lo >= cl.hi {
			break
		}
		nc := &s.chunks[n]
		prep, plem := "", ""
		if nc.prep >= 0 {
			prep, plem = s.words[nc.prep].low, s.words[nc.prep].lemma
		}
		group := s.coordinated(n, nc.lo, cl.hi)
		if detached && (prep == "von" || prep == "vom") {
			break
		}
		parts := len(c.actors) + len(c.targets)
		switch {
		case prep == "between" || prep == "zwischen":
			refs := s.refsOf(group, nil)
			if len(refs) > 0 && len(c.actors) == 0 {
				c.actors = append(c.actors, refs[0])
				c.targets = append(c.targets, refs[1:]...)
			}
		case s.lx.cues.by[prep]:
			// "a visit by X", "der Besuch von Lawrow", "Unterstützung durch Russland";
			// "die Lieferung von Waffen" names no referent and adds nothing
			if acted && prep == "durch" {
				break
			}
			before := len(c.actors)
			c.actors = s.refsOf(group, c.actors)
			c.byAgent = c.byAgent || (prep == "durch" || !s.de && prep == "by") && len(c.actors) > before
		case prep == "" || prep == "of":
			if agentFlag {
				c.actors = s.refsOf(group, c.actors)
			} else {
				before := len(c.targets)
				c.targets = s.refsOf(group, c.targets)
				if s.de && !aimed && before == genitives {
					genitives = len(c.targets)
				}
			}
		case s.lx.cues.target[prep] || s.lx.cues.target[plem]:
			if s.isPlace(n) && s.lx.cues.loc[prep] && !s.placeTarget(c.e) {
				break
			}
			before := len(c.targets)
			c.targets = s.refsOf(group, c.targets)
			aimed = aimed || len(c.targets) > before && aimedPrep(prep)
		case (s.lx.cues.loc[prep] || s.lx.cues.loc[plem]) && s.placeTarget(c.e) && len(c.targets) == 0:
			// "Lawrows Besuch in Nordkorea", "the attack on a town in X"
			if m := s.chunkRef(n); m >= 0 && (s.isPlace(n) || s.ments[m].kind == dossier.KindCountry) {
				c.targets = s.refsOf(group, c.targets)
			}
		}
		if s.de && prep != "" && len(c.actors)+len(c.targets) == parts && s.chunkRef(n) < 0 {
			detached = true
			acted = acted || s.actNounDE(n)
		}
		next = group[len(group)-1]
	}
	if s.de && aimed && len(c.actors) == 0 && genitives > 0 && genitives < len(c.targets) {
		// "der Angriff der Türkei auf kurdische Stellungen", "Russlands
		// Krieg gegen die Ukraine": with the target named by auf or gegen,
		// the genitive before it is the one who acts
		c.actors = append(c.actors, c.targets[:genitives]...)
		c.targets = append(c.targets[:0], c.targets[genitives:]...)
	}
	// a light noun takes the subject of the verb it is the object of:
	// "carried out an attack", "kam es zum Direktflug", "erteilte … eine Absage"
	if len(c.actors) == 0 && c.e.flags&(flagLight|flagJudge) != 0 {
		gov := s.governingVerb(k, v)
		if gov >= 0 {
			c.actors = s.refsOf(s.subject(c.clause), c.actors)
			c.viaVerb = len(c.actors) > 0
			if len(c.targets) == 0 {
				// the verb's other objects: "erteilte Seoul eine Absage",
				// "gave Kosovo an ultimatum" (English objects follow the verb,
				// and a walk from the clause start would stop at it)
				from := s.clauses[c.clause].lo
				if !s.de {
					from = gov + 1
				} else if cl := &s.clauses[c.clause]; cl.kind == cMain && v != nil && v.first > cl.lo {
					// German verb-second: before the finite verb stands the
					// subject, which may be a list the parse cut short
					// ("Richter, Anwälte, Grüne üben Kritik an …"); the
					// object follows the verb
					from = v.first + 1
				}
				for _, p := range s.phrasesAfter(c.clause, from, s.subject(c.clause), nil) {
					if p.chunk == k || p.prep != "" {
						continue
					}
					if s.chunkRef(p.chunk) >= 0 {
						c.targets = s.refsOf([]int{p.chunk}, c.targets)
						break
					}
				}
			}
		}
	}
	if s.de && len(c.actors) == 0 && c.e.flags&flagLight != 0 {
		s.passiveLightAgentDE(c, k)
	}
	if s.de && len(c.actors) == 0 {
		s.possessorActorDE(c, k)
	}
	s.dropSelf(c)
	phrases := s.phrasesAfter(c.clause, ck.hi, nil, nil)
	c.loc = s.location(phrases, c)
	if len(c.actors) == 0 && c.e.flags&flagLight != 0 && s.governingVerb(k, v) >= 0 && !s.clauses[c.clause].passive {
		// "fundamentalists continued their hunger strike": an unnamed group
		s.unnamedGroup(c, s.subject(c.clause))
		c.viaVerb = len(c.actors) > 0
	}
	if s.de && len(c.actors) == 0 && len(c.targets) > 0 {
		// "Kämpfe der Armee gegen die Taliban", "Kämpfe von Armee und
		// UN-Soldaten gegen …": an unnamed agent in the genitive or
		// von-phrase
		if n := s.agentPhraseDE(k); n >= 0 {
			s.unnamedGroup(c, []int{n})
		}
	}
}

// attackAgentDE gives a German passive of force without an agent the one
// who made the attack it happened in: "bei einem Angriff der US-Armee
// getötet", "bei einem israelischen Luftangriff getötet", "bei
// US-Luftangriffen verletzt". The attack's agent is named inside its
// phrase (an adjective or a compound's first part) or by a genitive or
// von-phrase after it.
func (s *sent) attackAgentDE(c *cand, phrases []pp) {
	if !s.de || c.e.typ != "ASSAULT" {
		return
	}
	for _, p := range phrases {
		if p.plem != "bei" {
			continue
		}
		ck := &s.chunks[p.chunk]
		h := ck.head
		if h < 0 || s.words[h].pos != pNoun || !s.attackNoun(h) {
			continue
		}
		m := s.compoundPrefix(h)
		for j := ck.lo; m < 0 && j < h; j++ {
			if mm := s.words[j].ment; mm >= 0 && s.ments[mm].country != "" || mm >= 0 && s.ments[mm].kind == dossier.KindOrganization {
				m = mm
			}
		}
		if m < 0 {
			if n := s.phraseAfterDE(p.chunk); n >= 0 {
				m = s.chunkRef(n)
			}
		}
		if m >= 0 && !s.placeless(m) && s.ments[m].kind != dossier.KindLocation {
			c.actors = append(c.actors, s.ref(m, ""))
		}
		return
	}
}

// compoundPrefix returns the mention that a German hyphenated compound
// noun at h begins with ("IS-Anschlag", "US-Luftangriffe"): an
// organisation or country named inside the word, or -1.
func (s *sent) compoundPrefix(h int) int {
	if !s.de || h < 0 || s.words[h].ment < 0 || s.words[h].pos != pNoun {
		return -1
	}
	w := &s.words[h]
	mt := &s.ments[w.ment]
	if mt.m.Start != w.tok.Start || mt.m.End >= w.tok.End || w.tok.End-mt.m.End < 2 || s.doc.Text[mt.m.End] != '-' {
		return -1
	}
	switch mt.kind {
	case dossier.KindOrganization, dossier.KindCountry:
		return w.ment
	}
	return -1
}

// phraseAfterDE returns the German genitive or von-phrase right after noun
// phrase k, or -1.
func (s *sent) phraseAfterDE(k int) int {
	j := s.chunks[k].hi
	if j >= len(s.words) {
		return -1
	}
	switch w := &s.words[j]; {
	case w.chunk >= 0 && s.chunks[w.chunk].gen:
		return w.chunk
	case (w.low == "von" || w.low == "vom") && j+1 < len(s.words):
		return s.words[j+1].chunk
	}
	return -1
}

// agentPhraseDE returns the German genitive or von-phrase right after noun
// phrase k that names no one, or -1.
func (s *sent) agentPhraseDE(k int) int {
	n := s.phraseAfterDE(k)
	if n < 0 || s.chunkRef(n) >= 0 {
		return -1
	}
	// armed agents only: "der Kampf der Opposition gegen die Regierung"
	// is politics
	switch s.agentSector(s.chunks[n].lo, s.chunks[n].hi) {
	case "MIL", "COP", "SPY", "REB", "CRM", "UAF":
		return n
	}
	return -1
}

// atRisk says whether German "drohen" at i is the raising verb of danger:
// a zu-infinitive in its own clause, without the comma of a threat's
// infinitive clause ("droht zu verschwinden" against "drohte, Sanktionen zu
// verhängen") and without a dative of the one threatened.
func (s *sent) atRisk(i, ci int) bool {
	if s.words[i].lemma != "drohen" {
		return false
	}
	cl := &s.clauses[ci]
	for j := i + 1; j+1 < cl.hi; j++ {
		if s.words[j].low == "zu" && s.words[j+1].pos == pVerb {
			return !s.hasDativeObject(ci, i)
		}
	}
	// "Österreich droht eine EU-Strafe", "Nordkorea droht eine
	// Hungersnot": an indefinite noun phrase is what threatens, the
	// country the dative it threatens; one who threatens names no such
	// phrase, only whom (dative) and with what (mit)
	for k := range s.chunks {
		ck := &s.chunks[k]
		if ck.lo <= i || ck.lo >= cl.hi || ck.prep >= 0 || ck.head < 0 || s.words[ck.head].pos != pNoun {
			continue
		}
		if s.commaBetween(i, ck.lo) {
			break // "…, so ein Sprecher": another clause's phrase
		}
		switch s.words[ck.lo].low {
		case "ein", "eine", "kein", "keine":
			return true
		}
	}
	return false
}

// commaBetween says whether a comma stands between words i and j (i < j).
func (s *sent) commaBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if s.words[k].low == "," {
			return true
		}
	}
	return false
}

// hasDativeObject says whether clause ci has a phrase other than its
// subject that begins with a dative-only article or pronoun ("droht dem
// Land", "droht ihm").
func (s *sent) hasDativeObject(ci, verb int) bool {
	cl := &s.clauses[ci]
	subj := s.subject(ci)
	for j := cl.lo; j < cl.hi; j++ {
		k := s.words[j].chunk
		if k < 0 || s.chunks[k].prep >= 0 || containsInt(subj, k) {
			continue
		}
		switch s.words[s.chunks[k].lo].low {
		case "dem", "einem", "ihm", "ihnen", "ihr", "seinem", "ihrem", "diesem":
			return true
		}
		j = s.chunks[k].hi - 1
	}
	return false
}

// inSubjectApposition says whether German phrase k is part of an
// apposition of the subject of clause ci: a description after a comma
// right after a subject phrase, with its genitive and prepositional
// phrases, that ends at a comma or the sentence's end ("Emmanuel Rahm, der
// Bürgermeister von Chicago, hat …", "warnt auch X, britische
// Botschafterin in Wien.").
func (s *sent) inSubjectApposition(k, ci int) bool {
	for _, sk := range s.subject(ci) {
		lo, hi := s.appositionAfter(sk)
		if lo >= 0 && s.chunks[k].lo >= lo && s.chunks[k].lo < hi {
			return true
		}
	}
	return false
}

// appositionAfter returns the word span of the apposition after chunk sk,
// or -1, -1.
func (s *sent) appositionAfter(sk int) (int, int) {
	j := s.chunks[sk].hi
	// a German role's genitive stands before its apposition ("die
	// Landesgeschäftsführerin des ÖGB, Heidi Hirschbichler,")
	roleGen := false
	if s.de && j < len(s.words) {
		if g := s.words[j].chunk; g >= 0 && s.chunks[g].gen && s.chunks[g].lo == j {
			j, roleGen = s.chunks[g].hi, true
		}
	}
	if j+1 >= len(s.words) || s.words[j].low != "," {
		return -1, -1
	}
	a := s.words[j+1].chunk
	if a < 0 || s.chunks[a].lo != j+1 || s.chunks[a].prep >= 0 {
		return -1, -1
	}
	// a description with a common noun, not the next name of a list
	// ("die EU, die Ukraine und Russland"); or the name of the person a
	// role with its genitive describes, closed by a comma
	common := false
	for j := s.chunks[a].lo; j < s.chunks[a].hi; j++ {
		common = common || s.words[j].pos == pNoun && s.words[j].ment < 0
	}
	closed := s.chunks[a].hi < len(s.words) && s.words[s.chunks[a].hi].low == ","
	if !common && !(closed && (roleGen || s.roleAndNameDE(sk, a))) {
		return -1, -1
	}
	// its genitive or prepositional phrases ("des Gipfels in Paris")
	end := s.chunks[a].hi
	for steps := 0; steps < 3 && end+1 < len(s.words); steps++ {
		n := s.words[end].chunk
		if s.words[end].pos == pAdp {
			n = s.words[end+1].chunk
		} else if n >= 0 && !s.chunks[n].gen {
			n = -1
		}
		if n < 0 || s.chunks[n].hi <= end {
			break
		}
		end = s.chunks[n].hi
	}
	if end < len(s.words) && s.words[end].low != "," && !(s.words[end].low == "." && end == len(s.words)-1) {
		return -1, -1
	}
	return j + 1, end
}

// roleAndNameDE says whether German phrases k and a, a comma between them,
// are one person told twice: an office and the name ("der russische
// Regierungschef, Jegor Gaidar,") or the name and an office ("Merkel, die
// Kanzlerin,"). The office names no one by a proper noun, so the two are
// no list of names ("die EU, die Ukraine und Russland").
func (s *sent) roleAndNameDE(k, a int) bool {
	if !s.de {
		return false
	}
	role, name := k, a
	if s.namedInPhrase(k) {
		role, name = a, k
	}
	if s.namedInPhrase(role) || s.personIn(name) < 0 {
		return false
	}
	rc := &s.chunks[role]
	return rc.head >= 0 && s.words[rc.head].pos == pNoun && s.agentSector(rc.lo, rc.hi) != ""
}

// isActor says whether entity ent is one of the candidate's actors.
func (s *sent) isActor(c *cand, ent string) bool {
	for _, a := range c.actors {
		if a.ent == ent {
			return true
		}
	}
	return false
}

// thingObject says whether the first phrase after English verb trig is a
// bare object that names no participant: a common noun ("the ruling", "a
// resolution"), not a pronoun, a date or a name.
func (s *sent) thingObject(trig int, phrases []pp) bool {
	for _, p := range phrases {
		ck := &s.chunks[p.chunk]
		if ck.lo <= trig {
			continue
		}
		if p.prep != "" || ck.pron || ck.head < 0 || s.isTimex(ck) || s.chunkRef(p.chunk) >= 0 {
			return false
		}
		return s.words[ck.head].pos == pNoun && ck.lo == trig+1 && !s.jointActEN(p.chunk)
	}
	return false
}

// jointActEN says whether English phrase k names an act that sides do
// with each other, by a noun of a symmetric lexicon row, as its head or
// in its of-phrase ("started peace talks", "began a new round of
// negotiations"): the object of a compound subject's act, not a thing
// each acts on by itself.
func (s *sent) jointActEN(k int) bool {
	if s.symNoun(s.chunks[k].head) {
		return true
	}
	n := s.followingPhrase(k, true)
	return n >= 0 && s.chunks[n].head >= 0 && s.symNoun(s.chunks[n].head)
}

// symNoun says whether word i is a noun with a symmetric event row.
func (s *sent) symNoun(i int) bool {
	for _, e := range s.lx.nounEntries(singular(s.words[i].lemma)) {
		if e.flags&flagSym != 0 && !e.none() {
			return true
		}
	}
	return false
}

// ownForces says whether chunk k names armed forces of an actor's own
// country ("U.S. troops" sent by Clinton).
func (s *sent) ownForces(c *cand, k int) bool {
	m := s.chunkRef(k)
	if m < 0 || s.ments[m].country == "" {
		return false
	}
	ck := &s.chunks[k]
	if ck.sector != "MIL" && s.agentSector(ck.lo, ck.hi) != "MIL" {
		return false
	}
	for _, a := range c.actors {
		for i := range s.ments {
			if s.ments[i].m.Entity == a.ent && s.ments[i].country == s.ments[m].country {
				return true
			}
		}
	}
	return false
}

// continuedObject resolves the English object pronoun of chunk k in a
// participle clause ci ("…, accusing him of bias") that continues the
// clause before it to that clause's object: the first phrase without a
// preposition after its verb, when it names a referent that can be what
// the pronoun stands for (a person or people for "him", "her", "them").
func (s *sent) continuedObject(ci, k int) (argRef, bool) {
	cl := &s.clauses[ci]
	low := s.words[s.chunks[k].lo].low
	if low != "him" && low != "her" && low != "them" || cl.kind != cCoordVP || cl.parent < 0 {
		return argRef{}, false
	}
	if v := s.firstVerb(ci); v < 0 || !hasSuffix(s.words[v].low, "ing") || v != cl.lo {
		return argRef{}, false
	}
	pv := s.firstVerb(cl.parent)
	if pv < 0 {
		return argRef{}, false
	}
	subj := s.subject(cl.parent)
	for _, p := range s.phrasesAfter(cl.parent, pv+1, subj, nil) {
		if p.prep != "" {
			continue
		}
		m := s.chunkRef(p.chunk)
		if m < 0 {
			return argRef{}, false
		}
		ck := &s.chunks[p.chunk]
		person := s.ments[m].kind == dossier.KindPerson || ck.head >= 0 && s.agentSector(ck.lo, ck.hi) != ""
		if !person {
			return argRef{}, false
		}
		return s.chunkArg(p.chunk)
	}
	return argRef{}, false
}

// objectPronoun says whether a German pronoun is a masculine object
// ("ihm", "ihn"), which stands for a person named before.
func objectPronoun(low string) bool { return low == "ihm" || low == "ihn" }

// aimedPrep says whether a German preposition after an event noun names
// whom the act is aimed at, so that a genitive before it names the one who
// acts ("der Angriff der Türkei auf …", "die Gespräche Irans mit …"); not
// an, aus or nach, which follow nouns whose genitive is the one acted on
// ("die Auslieferung des Mannes an die USA").
func aimedPrep(p string) bool {
	switch p {
	case "auf", "gegen", "gegenüber", "mit", "für":
		return true
	}
	return false
}

// appendRef adds a participant unless it is there already. Two named parts
// of one entity ("Danish media and government": Denmark MED and Denmark
// GOV) are two participants.
func appendRef(dst []argRef, r argRef) []argRef {
	for _, x := range dst {
		if x.ent == r.ent && (x.sector == r.sector || x.sector == "" || r.sector == "") {
			return dst
		}
	}
	return append(dst, r)
}

// answerVerb are English verbs of answering whose with-phrase is the
// answer, an act of their subject.
var answerVerb = map[string]bool{"respond": true, "retaliate": true, "react": true, "reply": true, "hit back": true}

// governingVerb returns the verb whose object (or zu/to phrase) chunk k is,
// or -1: the clause's lexical verb when the chunk is a bare phrase or in a
// phrase with zu/zum/zur/in/to/for/into.
func (s *sent) governingVerb(k int, v *vc) int {
	ck := &s.chunks[k]
	if len(v.lexical) == 0 || ck.gen {
		return -1
	}
	if ck.prep >= 0 {
		switch s.words[ck.prep].lemma {
		case "zu", "to", "into":
		case "on":
			// "went on strike", "go on hunger strike": the one act "go"
			// is light in
			if s.de || ck.prep == 0 || s.words[ck.prep-1].lemma != "go" {
				return -1
			}
		case "with":
			// "responded with air strikes", "retaliated with sanctions":
			// the answer the verb is light in
			if s.de || ck.prep == 0 || !answerVerb[s.words[ck.prep-1].lemma] {
				return -1
			}
		case "in":
			// "blocked roads in protest at the prices", "resigned in
			// protest": whatever the subject did, it did as a protest
			if s.de || ck.head != ck.lo || s.words[ck.head].lemma != "protest" {
				return -1
			}
			for i := len(v.lexical) - 1; i >= 0; i-- {
				if v.lexical[i] < ck.lo {
					return v.lexical[i]
				}
			}
			return -1
		default:
			return -1
		}
	}
	subj := s.subject(s.words[ck.lo].clause)
	if containsInt(subj, k) {
		return -1
	}
	if ck.prep >= 0 && s.bareObject(s.words[ck.lo].clause, k, subj) {
		// "machte zu den Anschlägen keine Angaben": the light verb's object
		// is another phrase; the zu-phrase says what it is about
		return -1
	}
	// a light verb before the phrase (English) or anywhere in the clause
	// (German): "held talks", "carried out an attack", "erteilte … eine Absage"
	gov := -1
	for _, i := range v.lexical {
		if !s.de && i > ck.lo {
			break
		}
		l := s.words[i].lemma
		if s.de {
			l = s.germanBase(i)
		}
		if s.lx.cues.light[l] || s.lx.cues.light[s.words[i].lemma] {
			gov = i
		} else if !s.de && i < ck.lo {
			// English: the nearest verb before the phrase governs it; "voiced
			// backing for X's bid to host the summit" hosts the summit
			gov = -1
		}
	}
	return gov
}

// bareObject says whether clause ci has a phrase without a preposition
// that is neither chunk k nor its subject (nor a time expression).
func (s *sent) bareObject(ci, k int, subj []int) bool {
	c := &s.clauses[ci]
	for j := c.lo; j < c.hi; j++ {
		n := s.words[j].chunk
		if n < 0 {
			continue
		}
		ck := &s.chunks[n]
		j = ck.hi - 1
		if n == k || ck.prep >= 0 || ck.pron || ck.gen || containsInt(subj, n) || s.isTimex(ck) {
			continue
		}
		return true
	}
	return false
}

// preferredPrep says whether a preposition (lemma) typically introduces the
// target of an event type.
func preferredPrep(typ, prep string) bool {
	switch typ {
	case "AID", "MOBILIZE":
		return prep == "to" || prep == "an" || prep == "nach" || prep == "into" || prep == "for" || prep == "für"
	case "CONSULT":
		return prep == "to" || prep == "nach" || prep == "with" || prep == "mit" || prep == "in" || prep == "zu"
	case "COOPERATE", "AGREE", "SUPPORT":
		return prep == "with" || prep == "mit" || prep == "to" || prep == "for" || prep == "für"
	case "ASSAULT", "COERCE", "THREATEN", "SANCTION", "ACCUSE", "PROTEST", "REJECT":
		return prep == "against" || prep == "on" || prep == "gegen" || prep == "auf" || prep == "at" || prep == "with" || prep == "mit"
	case "REQUEST":
		return prep == "to" || prep == "an" || prep == "from" || prep == "von"
	case "RETREAT":
		return prep == "from" || prep == "aus" || prep == "to"
	}
	return false
}

// complement handles the clause after a trigger that takes one. A control
// trigger (demand, urge, promise, threaten, refuse, fordern, drohen …) makes
// its infinitive or that-clause part of its own event: the clause gives no
// event of its own, and its subject is the target when the trigger has
// none ("demanded that the US cancel …", "forderte die USA auf, …").
func (s *sent) complement(c *cand, absorbed []bool) {
	// "threatened to … if/unless Y …": the threat is aimed at Y
	if c.e.typ == "THREATEN" && len(c.targets) == 0 {
		for k := c.clause + 1; k < len(s.clauses) && k <= c.clause+2; k++ {
			if s.conditional(k) {
				c.targets = s.refsOf(s.subject(k), c.targets)
				if len(c.targets) == 0 {
					// "if Hamas, which advocates …, ran": the condition's
					// subject before a parenthesis
					if n := s.clauses[k].sub + 1; n < s.clauses[k].hi && s.words[n].chunk >= 0 {
						c.targets = s.refsOf([]int{s.words[n].chunk}, c.targets)
					}
				}
				s.dropSelf(c)
				break
			}
		}
	}
	k := c.clause + 1
	if c.e.flags&flagCtrl == 0 || k >= len(s.clauses) {
		return
	}
	cl := &s.clauses[k]
	switch {
	case cl.kind == cInf:
	case cl.kind == cSub && cl.sub >= 0 && isComplementizer(s.words[cl.sub].low):
	case s.nounComplement(c, cl):
	default:
		return
	}
	absorbed[k] = true
	if cl.kind == cInf && !s.de && k < len(s.vcs) && len(s.vcs[k].lexical) > 0 {
		s.hostilePromise(c, k, s.vcs[k].lexical[0])
	}
	if len(c.targets) == 0 && cl.kind != cInf {
		c.targets = s.refsOf(s.subject(k), c.targets)
		s.dropSelf(c)
	}
	if len(c.targets) == 0 && cl.kind == cInf && k < len(s.vcs) {
		// "drohte, Sanktionen gegen Nordkorea zu verhängen": the target of
		// the infinitive
		if lex := s.vcs[k].lexical; len(lex) > 0 {
			verb := lex[0]
			if s.de {
				verb = lex[len(lex)-1]
			}
			s.infinitiveTarget(c, k, verb, s.subject(k))
		}
	}
}

// hostilePromise makes a promise whose infinitive (verb j of clause k) is
// an attack a threat: "vowed to attack Israel", "pledged to wage war on the
// rebels" announce violence, not an agreement. The trigger's own curated
// threat row is taken when it has one ("vow", "promise").
func (s *sent) hostilePromise(c *cand, k, j int) {
	if c.e.typ != "AGREE" || c.noun {
		return
	}
	if e, _ := s.matchVerb(j, k); e == nil || e.typ != "ASSAULT" {
		return
	}
	for _, e := range s.lx.verbs[c.e.lemma] {
		if e.typ == "THREATEN" && e.curated && len(e.rest) == 0 {
			c.e = e
			return
		}
	}
	c.e = hostilePromiseEntry
}

// hostilePromiseEntry codes a promise of violence whose trigger has no
// threat row of its own ("pledged to retaliate").
var hostilePromiseEntry = &entry{pos: 'v', typ: "THREATEN", mode: "violence", flags: flagCtrl | flagSay, curated: true, row: "trigger.go:hostilePromise"}

// contentTarget gives a judgement without a target the one who acts in the
// that- or dass-clause it judges: "complained that Japan had imposed
// controls", "kritisierte, dass Israel den Berichterstatter nicht reisen
// ließ" (its subject), "…, dass das Mandat vom Rat begrenzt wurde" (a
// passive's agent). The clause's own events stand.
func (s *sent) contentTarget(c *cand) {
	k := c.clause + 1
	if k >= len(s.clauses) {
		return
	}
	cl := &s.clauses[k]
	if cl.kind != cSub || cl.parent != c.clause || cl.sub < 0 || !contentConj(s.words[cl.sub].low, s.de) {
		return
	}
	if cl.passive {
		for j := cl.lo; j < cl.hi; j++ {
			n := s.words[j].chunk
			if n < 0 || s.chunks[n].prep < 0 {
				continue
			}
			if p := &s.words[s.chunks[n].prep]; s.lx.cues.by[p.low] && s.chunkRef(n) >= 0 {
				c.targets = s.refsOf([]int{n}, c.targets)
				break
			}
		}
	} else {
		c.targets = s.refsOf(s.subject(k), c.targets)
	}
	s.dropSelf(c)
}

// contentConj says whether a subordinating conjunction opens the content
// of a statement in the sentence's language.
func contentConj(low string, de bool) bool {
	if de {
		return low == "dass" || low == "daß"
	}
	return low == "that"
}

// nounComplement says whether a that-clause read as relative is the
// content of a control noun right before it: "its demand that Israel ease
// restrictions" (a named subject follows "that"), not "the demand that it
// made" or "a demand that was rejected".
func (s *sent) nounComplement(c *cand, cl *clause) bool {
	if !c.noun || s.de || cl.kind != cRel || cl.sub < 0 || s.words[cl.sub].low != "that" {
		return false
	}
	ck := s.words[c.trig].chunk
	if ck < 0 {
		return false
	}
	end := s.chunks[ck].hi
	if end < cl.sub {
		// "its demand today that …", "its demand on Monday that …": a time
		// expression may come between
		j := end
		if s.words[j].pos == pAdp {
			j++
		}
		if n := s.words[j].chunk; n >= 0 && s.isTimex(&s.chunks[n]) {
			end = s.chunks[n].hi
		}
	}
	if end != cl.sub {
		return false
	}
	if cl.sub+1 >= cl.hi {
		return false
	}
	subj := s.subject(s.words[cl.sub+1].clause)
	for _, k := range subj {
		sk := &s.chunks[k]
		if sk.lo != cl.sub+1 || s.chunkRef(k) < 0 || sk.pron || sk.hi >= cl.hi {
			continue
		}
		// the mandative subjunctive or a modal ("that Israel ease", "that
		// the US should"), where a relative clause has a tensed verb ("that
		// Russia made")
		v := &s.words[sk.hi]
		switch v.low {
		case "should", "must", "shall":
			return true
		}
		return v.pos == pVerb && v.low == v.lemma
	}
	return false
}

// conditionFollows says whether one of the two clauses after ci is a
// condition ("… if Hamas ran").
func (s *sent) conditionFollows(ci int) bool {
	for k := ci + 1; k < len(s.clauses) && k <= ci+2; k++ {
		if s.conditional(k) {
			return true
		}
	}
	return false
}

// infinitiveTarget gives a control trigger without a target the target its
// infinitive (the verb at j in clause ci) would have, found with the
// infinitive's own lexicon row where it has one (a deployment takes the
// place it goes to, an attack the one it hits).
func (s *sent) infinitiveTarget(c *cand, ci, j int, subj []int) {
	if c.e.typ == "REQUEST" {
		return // "verlangte, Assad an der Macht zu lassen": a demand is addressed to others
	}
	from := j + 1
	if s.de {
		from = s.clauses[ci].lo
	}
	tmp := cand{trig: j, trigLo: j, e: c.e, clause: ci, loc: -1, repCl: -1, actors: c.actors}
	if e, _ := s.matchVerb(j, ci); e != nil && !e.none() {
		tmp.e = e
	}
	s.findTarget(&tmp, s.phrasesAfter(ci, from, subj, nil), from)
	c.targets = append(c.targets, tmp.targets...)
	s.dropSelf(c)
}

func isComplementizer(low string) bool {
	switch low {
	case "that", "dass", "daß", "ob", "whether":
		return true
	}
	return false
}

// enLemmaGuesses returns likely lemmas of an English verb form whose tagger
// lemma the lexicon does not know.
func enLemmaGuesses(low, lemma string) []string {
	out := make([]string, 0, 8)
	out = append(out, lemma+"e")
	for _, suf := range []string{"ied", "ies", "ed", "d", "ing", "es", "s"} {
		if !hasSuffix(low, suf) || len(low)-len(suf) < 3 {
			continue
		}
		stem := low[:len(low)-len(suf)]
		switch suf {
		case "ied", "ies":
			out = append(out, stem+"y")
		case "ing", "ed":
			out = append(out, stem, stem+"e")
			if n := len(stem); n > 3 && stem[n-1] == stem[n-2] {
				out = append(out, stem[:n-1]) // "stopped" → "stop"
			}
		default:
			out = append(out, stem)
		}
	}
	return out
}

// conditional says whether clause ci is the condition of another ("if …",
// "unless …", "wenn …", "falls …").
func (s *sent) conditional(ci int) bool {
	c := &s.clauses[ci]
	if s.de && s.sollteConditionDE(c) {
		return true
	}
	if c.kind != cSub || c.sub < 0 {
		return false
	}
	switch s.words[c.sub].low {
	case "if", "unless", "wenn", "falls", "sofern":
		return true
	case "until", "till", "once", "before":
		// "will fight until they surrender", "once he arrives in Cuba",
		// "must agree to changes before they disarm": the outcome awaited,
		// not an event; "fought until they surrendered" tells one
		return !s.de && c.tense == tPresent
	}
	return false
}

// sollteConditionDE says whether German clause c is a condition without a
// conjunction: "…, sollten sie sich nicht zurückziehen" (= falls sie sich
// nicht zurückziehen), a clause after a comma that opens with "sollte" or
// "sollten" followed by its subject.
func (s *sent) sollteConditionDE(c *clause) bool {
	lo := c.lo
	if lo == 0 || lo+1 >= c.hi || s.words[lo-1].low != "," {
		return false
	}
	if w := s.words[lo].low; w != "sollte" && w != "sollten" {
		return false
	}
	k := s.words[lo+1].chunk
	return k >= 0 && s.chunks[k].lo == lo+1 && s.chunks[k].prep < 0 && s.chunks[k].nomOK
}

// purpose says whether the verb at i is an English infinitive of purpose:
// "to" before it and a phrase between it and the previous verb of its
// clause ("sent troops to fight", "began a hunger strike to demand").
func (s *sent) purpose(i int, v *vc) bool {
	if s.de || i == 0 || s.words[i-1].low != "to" {
		return false
	}
	prev := -1
	for _, j := range v.verbs {
		if j < i-1 {
			prev = j
		}
	}
	if prev < 0 {
		return false
	}
	for j := prev + 1; j < i-1; j++ {
		if s.words[j].chunk >= 0 {
			return true
		}
	}
	return false
}

// protestPurposeDE returns the PROTEST entry of the um-zu clause of German
// clause ci ("Die Partei marschierte auf, um zu protestieren"), or nil:
// gathering people is a demonstration when its purpose is to protest.
func (s *sent) protestPurposeDE(ci int) *entry {
	if !s.de {
		return nil
	}
	for k := ci + 1; k < len(s.clauses); k++ {
		if s.clauses[k].parent != ci || !s.purposeDE(k) || k >= len(s.vcs) {
			continue
		}
		for _, j := range s.vcs[k].lexical {
			if e, _ := s.matchVerb(j, k); e != nil && e.typ == "PROTEST" {
				return e
			}
		}
	}
	return nil
}

// purposeDE says whether German clause ci is a purpose infinitive
// ("um … zu …").
func (s *sent) purposeDE(ci int) bool {
	c := &s.clauses[ci]
	if !s.de || c.kind != cInf {
		return false
	}
	for i := c.lo; i < c.hi; i++ {
		if s.words[i].pos == pPunct {
			continue
		}
		return s.words[i].low == "um"
	}
	return false
}

// actorsOf is refsOf for subjects: a place the linker did not read as its
// government ("Wien – Die Gewerkschaft …", a dateline; "in Kursk") does not
// act.
func (s *sent) actorsOf(chunks []int, dst []argRef) []argRef {
	for _, r := range s.refsOf(chunks, nil) {
		if r.kind == dossier.KindLocation {
			continue
		}
		dst = appendRef(dst, r)
	}
	if len(dst) == 0 && !s.de {
		// English: "a court in Moscow", "a Moscow court", "police in
		// Lahore": the state's courts and police act for the state the
		// place lies in
		for _, k := range chunks {
			if r, ok := s.placeForce(k); ok {
				dst = appendRef(dst, r)
			}
		}
	}
	return dst
}

// placeForce gives the state of the place that chunk k's referent is,
// when the chunk's head is a noun of the state's force or rule (a court,
// the police, the army), with that noun's sector.
func (s *sent) placeForce(k int) (argRef, bool) {
	m := s.chunkRef(k)
	if m < 0 || s.ments[m].kind != dossier.KindLocation || s.ments[m].country == "" {
		return argRef{}, false
	}
	ck := &s.chunks[k]
	switch sec := s.agentSector(ck.lo, ck.hi); sec {
	case "GOV", "MIL", "COP", "JUD", "SPY":
		return s.stateRef(s.ments[m].country, sec)
	}
	return argRef{}, false
}

// protestTarget gives a protest that names no target the state it is
// addressed to, as event data code protests: the government of the country
// where it takes place ("Palestinian prisoners rioted at a jail in northern
// Israel"), else of the protesters' own country ("Algerian landowners began
// a hunger strike outside Parliament"). Only a country the sentence names
// can be the target; the knowledge base is not asked for one.
func (s *sent) protestTarget(c *cand) {
	if c.e.typ == "PROTEST" && !s.de && !s.businessOnlyEN(c) {
		// "students protested in Lima", "rallied outside Lima": a town or a
		// region is where a protest is held, not whom it is aimed at; the
		// government of the state it lies in is (a firm's "rally in Tokyo"
		// keeps its town for the business filter to drop)
		n := 0
		for _, t := range c.targets {
			if t.kind == dossier.KindLocation {
				r, ok := s.stateRef(s.entityCountry(t.ent), "GOV")
				if !ok || containsRef(c.targets[:n], r.ent) {
					continue
				}
				t = r
			}
			c.targets[n] = t
			n++
		}
		c.targets = c.targets[:n]
	}
	if c.e.typ != "PROTEST" || len(c.targets) > 0 || len(c.actors) == 0 || c.recip {
		return
	}
	country := ""
	if c.loc >= 0 {
		country = s.ments[c.loc].country
	}
	if country == "" {
		country = s.actorCountry(c)
	}
	m := s.countryMention(country)
	if m < 0 {
		return
	}
	t := s.ref(m, "GOV")
	for _, a := range c.actors {
		if a.ent == t.ent && (a.sector == "GOV" || s.de && a.sector == "" && s.singularFiniteDE(c.clause)) {
			// the government does not protest against itself, nor does the
			// state named alone ("…, protestierte die Türkei"; a singular
			// verb: "Tausende Ungarn protestierten" are its people)
			return
		}
	}
	c.targets = append(c.targets, t)
}

// entityMention returns the sentence's first mention of entity id, or -1.
func (s *sent) entityMention(id string) int {
	for i := range s.ments {
		if s.ments[i].m.Entity == id {
			return i
		}
	}
	return -1
}

// entityCountry returns the country of the sentence's first mention of
// entity id ("" if none).
func (s *sent) entityCountry(id string) string {
	if m := s.entityMention(id); m >= 0 {
		return s.ments[m].country
	}
	return ""
}

// actorCountry returns the country of the candidate's first actor, as its
// mention in the sentence gives it ("" if none).
func (s *sent) actorCountry(c *cand) string {
	return s.entityCountry(c.actors[0].ent)
}

// countryMention returns the first mention of the sentence that names the
// country itself, or -1.
func (s *sent) countryMention(country string) int {
	if country == "" {
		return -1
	}
	for m := range s.ments {
		if mt := &s.ments[m]; mt.kind == dossier.KindCountry && mt.country == country {
			return m
		}
	}
	return -1
}

// domesticTarget gives force without a named target the country of its
// actor when it is aimed at that country's own people: "Egyptian police
// opened fire to disperse demonstrators" is Egypt's police against Egypt's
// opposition, as event data code it. The people are a phrase after the
// trigger, in its clause or a clause it governs, that names no entity and
// whose head is a civilian or opposition agent noun (demonstrators,
// refugees, students); the country must be named in the sentence.
func (s *sent) domesticTarget(c *cand) {

	// only force: PETRARCH's validation set codes arrested students without
	// a country ("---EDU"), while human coders (PLOVER's gold) give shootings
	// at demonstrators their country; arrests are left alone
	if c.e.typ != "ASSAULT" || len(c.targets) > 0 || len(c.actors) == 0 || c.recip {
		return
	}
	sector := ""
	for k := range s.chunks {
		ck := &s.chunks[k]
		if ck.lo <= c.trig || ck.pron || ck.ment >= 0 && s.ments[ck.ment].m.Entity != "" {
			continue // a named target is not this rule's business
		}
		ci := s.words[ck.lo].clause
		if ci != c.clause && s.clauses[ci].parent != c.clause {
			continue
		}
		switch sec := s.agentSector(ck.lo, ck.hi); sec {
		case "OPP", "CVL", "REF", "EDU", "LAB", "MED":
			sector = sec
		}
		if sector != "" {
			break
		}
	}
	if sector == "" {
		return
	}
	if m := s.countryMention(s.actorCountry(c)); m >= 0 {
		c.targets = append(c.targets, s.ref(m, sector))
	}
}

// giver finds who acts in a reversed trigger ("received money from X",
// "won X's support"): a from or by phrase, else the possessor of the
// object. It goes to the targets, which the caller swaps with the actors.
func (s *sent) giver(c *cand, phrases []pp, from int) {
	cl := &s.clauses[c.clause]
	for _, p := range phrases {
		if s.inSubjectVorfeldDE(c.clause, p.chunk) {
			continue // "Die von Ungarn erhobene Forderung stieß bei …": the subject's author
		}
		switch p.prep {
		case "from", "by", "von", "bei":
			// German "stieß bei Kroatien auf Ablehnung": whom it met with
			if s.chunkRef(p.chunk) >= 0 && !s.isPlace(p.chunk) {
				c.targets = s.refsOf(s.coordinated(p.chunk, from, cl.hi), c.targets)
				return
			}
		}
	}
	for _, p := range phrases {
		if p.prep != "" {
			continue
		}
		if ag := s.nounAgentOf(p.chunk); ag >= 0 {
			c.targets = s.refsOf([]int{ag}, c.targets)
		} else if of := s.ofPhraseAfter(p.chunk); of >= 0 && s.chunkRef(of) >= 0 && !s.isPlace(of) {
			// "has the backing of Washington": what is received is the
			// of-phrase's
			c.targets = s.refsOf(s.coordinated(of, from, cl.hi), c.targets)
		}
		return
	}
}

// inSubjectVorfeldDE says whether chunk k stands before the finite verb
// of German main clause ci together with its subject: verb-second leaves
// room for one constituent there, so k belongs to the subject.
func (s *sent) inSubjectVorfeldDE(ci, k int) bool {
	if !s.de || s.clauses[ci].kind != cMain || ci >= len(s.vcs) {
		return false
	}
	first := s.vcs[ci].first
	if first < 0 || s.chunks[k].hi > first {
		return false
	}
	for _, n := range s.subject(ci) {
		if s.chunks[n].hi <= first && n != k {
			return true
		}
	}
	return false
}

// bareGenerated says whether a verb row is a dictionary verb's bare sense:
// a generated row without a condition. Such a verb ("failed", "decided",
// "traded", "resigned") is an event between political actors only when
// the sentence names the other side, as a target or in a compound
// subject ("X and Y delayed the talks"); alone it is most often business
// or domestic news.
func bareGenerated(e *entry) bool {
	return !e.curated && e.specific+len(e.rest) == 0
}

// infinitiveAfter returns the position of the first English "to" before a
// verb after word i and before hi, or hi.
func (s *sent) infinitiveAfter(i, hi int) int {
	if s.de {
		return hi
	}
	for j := i + 1; j+1 < hi; j++ {
		if s.words[j].low == "to" && s.countsAsVerb(j+1) {
			return j
		}
	}
	return hi
}

// passiveTargetPrep are the prepositions that aim a passive act at
// someone; "for" and "from" name those it is meant for or came from ("a
// convoy for Chile was attacked"), "in" and "at" its place.
var passiveTargetPrep = map[string]bool{"against": true, "on": true, "to": true, "into": true}

// passiveThingTarget finds the target of an English passive whose subject
// is a thing, not a participant: the one it is against or on is named in
// the subject's own phrase ("the sanctions against Belarus were eased") or
// after the verb ("new sanctions were imposed on North Korea", "two
// suspects were handed over to Spain"). The by-phrase is the actor's.
func (s *sent) passiveThingTarget(c *cand, subj []int, phrases []pp) {
	var preps []pp
	for _, k := range subj {
		for n := s.followingPhrase(k, false); n >= 0; n = s.followingPhrase(n, false) {
			if p := s.chunks[n].prep; p >= 0 && passiveTargetPrep[s.words[p].low] {
				preps = append(preps, pp{prep: s.words[p].low, plem: s.words[p].lemma, chunk: n})
			}
		}
	}
	for _, p := range phrases {
		if passiveTargetPrep[p.prep] {
			preps = append(preps, p)
		}
	}
	if len(preps) > 0 {
		s.argTarget(c, preps, c.trig+1)
	}
}

// separationNounEN are English nouns of a state or people breaking away,
// whose from-phrase names what they broke away from.
var separationNounEN = map[string]bool{"independence": true, "secession": true, "separation": true, "autonomy": true}

// separationFromEN says whether the English from-phrase k follows a noun of
// breaking away that says when ("since independence from Britain"): it
// belongs to that noun, a date; "fought for independence from Ethiopia"
// keeps its opponent.
func (s *sent) separationFromEN(k int) bool {
	p := s.chunks[k].prep
	if p < 1 {
		return false
	}
	w := &s.words[p-1]
	if w.pos != pNoun || !separationNounEN[w.lemma] || p < 2 {
		return false
	}
	switch s.words[p-2].low {
	case "since", "after", "before", "until", "till":
		return true
	}
	return false
}
