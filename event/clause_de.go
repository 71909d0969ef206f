package event

// vorfeldHeadDE returns the head phrase of a German sentence whose first
// clause has no verb of its own and is followed by a subordinate clause
// ("Informationen darüber, dass …, unterstützen …"): the first phrase of
// clause 0 when it may be a subject, -1 when it may not, and ok false when
// clause 0 holds no phrase at all, as a dateline ("Seoul – Nachdem …"),
// whose sentence then has its subject after the verb.
func (s *sent) vorfeldHeadDE() (k int, ok bool) {
	first := &s.clauses[0]
	for j := first.lo; j < first.hi; j++ {
		if k := s.words[j].chunk; k >= 0 {
			ck := &s.chunks[k]
			if ck.prep < 0 && ck.nomOK && !s.isTimex(ck) {
				return k, true
			}
			return -1, true
		}
	}
	return -1, false
}

// relativeWithAuxDE says whether the pronoun at word i opens a relative
// clause even though the main clause before it still waits for its
// participle or infinitive (see auxPending): the stretch after it has its
// verbs only at its end, ends in a finite auxiliary and is closed by a
// comma, after which the main clause goes on ("Die EU will die Türkei, die
// viele Flüchtlinge aufgenommen hat, finanziell unterstützen"). A phrase
// that resumes the main clause after a parenthesis ends in the participle
// itself ("hatte X, ebenfalls auf Englisch, die Vorwürfe zurückgewiesen").
func (s *sent) relativeWithAuxDE(i int) bool {
	if !(s.words[i].pos == pPron || s.words[i].pos == pDet) || !s.verbFinalAhead(i) {
		return false
	}
	end := i + 1
	for end < len(s.words) && !isBoundaryPunct(s.words[end].low) && s.words[end].low != "." {
		end++
	}
	if end >= len(s.words) || s.words[end].low != "," {
		return false
	}
	last := &s.words[end-1]
	if last.pos == pAux && deAux[last.lemma] {
		return s.words[i].pos == pPron
	}
	// a full verb at the end, no participle ("Die EU will die Türkei, die seit
	// Monaten Flüchtlinge aufnimmt, finanziell unterstützen"), when no
	// comma stands between the pending auxiliary and the pronoun's comma,
	// which would open a parenthesis the main clause resumes after ("hat
	// am Montag, nach langen Gesprächen, die Pläne gebilligt, …")
	if last.pos != pVerb || participleFormDE(last) || containsZu(last.low, last.lemma) {
		return false
	}
	for j := i - 2; j >= 0; j-- {
		w := &s.words[j]
		if isBoundaryPunct(w.low) {
			return false
		}
		if w.pos == pAux && deAux[w.lemma] {
			return true
		}
	}
	return false
}

// nominalizedAdjBeforeEventDE says whether word i is a German adjective
// used as a noun that the tagger read as an attribute of the event noun
// after it: "gegen einen Verdächtigen Anklage erhoben", "dem Angeklagten
// Vorwürfe gemacht". Capitalised after an article, unnamed, in -en, and
// followed by a capitalised noun the lexicon has as an event, it is a
// phrase of its own, so that the event noun heads one too. A hyphenated
// adjective is capitalised for its first part ("der US-geführten
// Allianz") and stays an attribute.
func (s *sent) nominalizedAdjBeforeEventDE(i int) bool {
	if !s.de || i == 0 || i+1 >= len(s.words) {
		return false
	}
	w, n := &s.words[i], &s.words[i+1]
	if w.pos != pAdj || w.ment >= 0 || !capitalized(w.tok.Text) || !hasSuffix(w.low, "en") || s.words[i-1].pos != pDet || containsByte(w.low, '-') {
		return false
	}
	if n.pos != pNoun || n.ment >= 0 || !capitalized(n.tok.Text) {
		return false
	}
	_, ok := s.lx.nouns[n.lemma]
	return ok
}

// eventNounAfterNounDE says whether word i, an unnamed German event noun
// the lexicon has, follows an unnamed common noun: the two are phrases of
// their own ("gegen einen Verdächtigen Anklage erhoben", "machte dem
// Minister Vorwürfe"), not one name.
func (s *sent) eventNounAfterNounDE(i int) bool {
	if !s.de || i == 0 {
		return false
	}
	w, p := &s.words[i], &s.words[i-1]
	if w.pos != pNoun || p.pos != pNoun || w.ment >= 0 || p.ment >= 0 || !capitalized(w.tok.Text) || !capitalized(p.tok.Text) {
		return false
	}
	_, ok := s.lx.nouns[w.lemma]
	return ok
}

// resumedMainDE returns the main clause that German clause ci goes on after
// one or more embedded clauses set off by commas, or -1: "Die Regierung hat
// die Opposition, die den Streik angeführt hatte, scharf kritisiert" and
// "Die EU will die Türkei, die Flüchtlinge aufnimmt, finanziell
// unterstützen" break the main clause in two, its subject and objects
// before the relative clause, its participle or infinitive after it; so do
// "…, wie ein Sprecher sagte, …" and "…, dass …, …". The clause before the
// embedded ones must be a main clause whose verbs are all finite
// auxiliaries or modals still waiting for their verb, and clause ci must
// hold its verbs at its end, after a comma, with no finite auxiliary.
func (s *sent) resumedMainDE(ci int) int {
	c := &s.clauses[ci]
	ws := s.words
	if ci < 2 || c.kind != cMain || c.lo == 0 || ws[c.lo-1].low != "," {
		return -1
	}
	v := s.firstVerb(ci)
	if v < 0 {
		return -1
	}
	// the verbs close the clause: nothing but verbs, particles, adverbs and
	// punctuation after the first one
	for i := v; i < c.hi; i++ {
		w := &ws[i]
		if w.chunk >= 0 {
			return -1
		}
		if !(s.countsAsVerb(i) || w.pos == pPunct || w.pos == pPart || w.pos == pAdv) {
			return -1
		}
	}
	r := s.beforeEmbeddedDE(ci)
	if r < 0 {
		return -1
	}
	if r == ci-1 {
		return -1
	}
	p := &s.clauses[r]
	if p.resume >= 0 || ws[p.hi-1].low != "," || p.quoted != c.quoted {
		return -1
	}
	switch {
	case p.kind == cMain:
		// verb-second: the finite auxiliary before, the rest after
		if !s.hasFiniteAux(p.lo, p.hi) || !s.auxOnly(p.lo, p.hi) || s.finiteAuxAfterDE(c.lo, c.hi) {
			return -1
		}
		// not "sein" with the participle of a ban or restriction: "ist X
		// der Waffenhandel, …, verboten" is a state the rules read as an
		// act of its subject ("ist Putin, wie …, nach Ankara gereist" is
		// his act)
		for i := p.lo; i < p.hi; i++ {
			if s.countsAsVerb(i) && s.words[i].lemma == "sein" && s.restrictionAfterDE(c.lo, c.hi) {
				return -1
			}
		}
	case p.kind == cSub && p.sub >= 0 && !s.verbAfter(p.lo, p.hi):
		// verb-final: "dass Russland die Ukraine, die …, nicht angreifen
		// werde" has all its verbs after the embedded clause
	default:
		return -1
	}
	return r
}

// resumedSubjectDE returns the subject of a German clause that resumes
// clause p after an embedded clause: p's own subject, or for a verb-final
// clause without a verb of its own the first nominative phrase after its
// conjunction.
func (s *sent) resumedSubjectDE(p int) []int {
	c := &s.clauses[p]
	if c.kind != cSub {
		return s.subject(p)
	}
	for j := c.sub + 1; j < c.hi; j++ {
		if k := s.words[j].chunk; k >= 0 {
			ck := &s.chunks[k]
			if ck.prep >= 0 || !ck.nomOK || s.isTimex(ck) {
				j = ck.hi - 1
				continue
			}
			return s.coordinated(k, c.sub+1, c.hi)
		}
	}
	return nil
}

// finiteAuxAfterDE says whether words [lo, hi) hold a finite German
// auxiliary: one whose form is neither its infinitive nor a participle
// ("soll X, der …, Kalkulationen angestellt haben" has an infinitive
// "haben", which waits for the modal before it).
func (s *sent) finiteAuxAfterDE(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if w := &s.words[i]; s.countsAsVerb(i) && s.auxLemma(i) && w.low != w.lemma && !deAuxParticiple[w.low] {
			return true
		}
	}
	return false
}

// resumedVorfeldDE returns the subject of German clause ci, which opens
// with its finite verb after a relative clause, when the relative clause's
// antecedent stands alone after a comma at the end of the clause before,
// the Vorfeld of a verb-second clause the relative clause broke off: "Die
// Regierung teilte mit, Russland, das …, habe die Ukraine angegriffen" (was:
// the Ukraine as the attacker). The antecedent must name someone: an unnamed one
// ("Ein Abgeordneter, der …, darf nicht festgenommen werden" after a
// colon) gave no event more right on 10kGNAD, and lost one whose actor came
// from elsewhere. It returns -1 otherwise, as for ", sagte Lawrow".
func (s *sent) resumedVorfeldDE(ci int) int {
	ws := s.words
	if ci < 2 || s.clauses[ci].lo == 0 || ws[s.clauses[ci].lo-1].low != "," {
		return -1
	}
	r := ci - 1
	for r > 1 && (s.clauses[r].kind == cRel || s.clauses[r].kind == cSub) && s.clauses[r-1].kind == cSub {
		r-- // a subordinate clause inside the relative clause
	}
	rel := &s.clauses[r]
	if rel.kind != cRel || rel.anteced < 0 || rel.parent != r-1 || ws[s.clauses[ci-1].hi-1].low != "," {
		return -1
	}
	a := &s.chunks[rel.anteced]
	p := &s.clauses[r-1]
	if a.prep >= 0 || !a.nomOK || a.pron || s.isTimex(a) || s.chunkRef(rel.anteced) < 0 || a.lo < p.lo+1 || a.hi+1 != rel.lo || ws[a.hi].low != "," {
		return -1
	}
	if ws[a.lo-1].low != "," && ws[a.lo-1].low != ":" {
		return -1
	}
	if fv := s.firstVerb(r - 1); fv < 0 || fv > a.lo {
		return -1
	}
	return rel.anteced
}

// coordinatedPartDE returns the clause whose finite auxiliary German clause
// ci shares, or -1: ci opens with "und" or "oder", holds objects and then
// only a participle or infinitive, no finite verb, and the clause before
// it (or before the embedded clauses between commas after it) has a finite
// auxiliary: "Russland hat die Ukraine kritisiert, die …, und Polen
// gewarnt" has Russia warn Poland. A finite verb at the end ("und Polen
// protestierte") closes a clause with its own subject; a form that may be
// finite as well ("und Polen protestiert") is left alone.
func (s *sent) coordinatedPartDE(ci int) int {
	c := &s.clauses[ci]
	ws := s.words
	if ci < 1 || c.kind != cMain || ws[c.lo].pos != pCconj || !(ws[c.lo].low == "und" || ws[c.lo].low == "oder") {
		return -1
	}
	v := s.firstVerb(ci)
	if v < 0 || v == c.lo+1 || s.finiteAuxAfterDE(c.lo, c.hi) {
		return -1
	}
	for i := v; i < c.hi; i++ {
		w := &ws[i]
		if w.chunk >= 0 || !(s.countsAsVerb(i) || w.pos == pPunct || w.pos == pPart || w.pos == pAdv) {
			return -1
		}
		// no auxiliary of its own ("und ihr Lager zerstört worden" is
		// a passive the clause before does not share)
		if s.countsAsVerb(i) && (s.auxLemma(i) || deAuxParticiple[w.low] || !participleFormDE(w) && w.low != w.lemma) {
			return -1
		}
	}
	r := s.beforeEmbeddedDE(ci)
	if r < 0 {
		return -1
	}
	p := &s.clauses[r]
	// the clause before has its own participle or infinitive: after an
	// auxiliary alone "und" joins phrases ("wurden 24 Israelis und ein
	// US-Bürger getötet")
	// (or in the part of a resumed main clause before its embedded
	// clause: "hat Putin, der …, Erdogan getroffen und die Türkei gelobt")
	if !(p.kind == cMain || p.kind == cCoordVP) || p.quoted != c.quoted || !(s.hasFiniteAux(p.lo, p.hi) || p.resume >= 0) || s.auxOnly(p.lo, p.hi) {
		return -1
	}
	return r
}

// embeddedOpenDE returns the comma that opens a German relative or
// subordinate clause closed by the comma at word j, or -1: the clause
// between the two commas starts with a relative pronoun (after a
// preposition too) or a subordinating conjunction and ends in its verb.
// A separable particle after it belongs to the verb before it ("lehnt die
// Forderung, die am Montag vorgelegt wurde, ab").
func (s *sent) embeddedOpenDE(j int) int {
	ws := s.words
	if !s.de || j < 3 || ws[j].low != "," || !(ws[j-1].pos == pVerb || ws[j-1].pos == pAux) {
		return -1
	}
	k := j - 2
	for k > 0 && !isBoundaryPunct(ws[k].low) && ws[k].low != "." {
		k--
	}
	if ws[k].low != "," || k+1 >= j-1 {
		return -1
	}
	if s.isRelPron(k+1) || ws[k+1].pos == pAdp && s.isRelPron(k+2) || s.isSub(k+1) {
		return k
	}
	return -1
}

// restrictionAfterDE says whether a verb of words [lo, hi) has a lexicon
// row of coercion or sanction (bans, blockades, restrictions), whose
// participle after "sein" states a condition.
func (s *sent) restrictionAfterDE(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if !s.countsAsVerb(i) {
			continue
		}
		for _, e := range s.lx.verbs[s.words[i].lemma] {
			if e.typ == "COERCE" || e.typ == "SANCTION" {
				return true
			}
		}
	}
	return false
}

// beforeEmbeddedDE returns the clause before the relative and subordinate
// clauses (each closed by a comma, each with its verb) that stand right
// before clause ci: the part of a main clause they interrupt. It is ci-1
// when none stands there, and -1 when one is not closed by a comma.
func (s *sent) beforeEmbeddedDE(ci int) int {
	r := ci - 1
	for r > 0 && (s.clauses[r].kind == cRel || s.clauses[r].kind == cSub) && s.verbAfter(s.clauses[r].lo, s.clauses[r].hi) {
		if s.words[s.clauses[r].hi-1].low != "," {
			return -1
		}
		r--
	}
	return r
}

// coordinatedVerbPhraseDE says whether the German "und" or "oder" at word i
// joins two verb phrases of one verb-final clause: a participle or
// infinitive right before it, a finite auxiliary or modal earlier in its
// clause, and after it phrases, prepositions and adverbs up to a
// participle or infinitive that closes the clause ("hat Iran kritisiert
// und dem Land mit Sanktionen gedroht", "hat Erdogan getroffen und der
// Türkei Hilfe zugesagt"). With an auxiliary of its own after its verb
// the second part is a clause of its own ("und in Haft gebracht worden").
func (s *sent) coordinatedVerbPhraseDE(i int) bool {
	ws := s.words
	if !s.de || i < 2 || i+2 >= len(ws) || !(ws[i].low == "und" || ws[i].low == "oder") {
		return false
	}
	if !s.countsAsVerb(i-1) || ws[i-1].pos != pVerb || !s.closingVerbDE(i-1) {
		return false
	}
	lo := i - 2
	for lo > 0 && !isBoundaryPunct(ws[lo-1].low) && !s.isSub(lo) && !s.isRelPron(lo) {
		lo--
	}
	if !s.hasFiniteAux(lo, i-1) || s.passiveAuxDE(lo, i-1) {
		return false
	}
	for j := i + 1; j < len(ws); j++ {
		w := &ws[j]
		if w.low == "um" || w.low == "ohne" || w.low == "statt" || w.low == "zu" {
			return false // "und um X zu blockieren, hatte …": a clause of purpose
		}
		if s.countsAsVerb(j) {
			end := j+1 == len(ws) || isBoundaryPunct(ws[j+1].low) || ws[j+1].low == "."
			return j > i+1 && w.pos == pVerb && s.closingVerbDE(j) && end
		}
		if w.chunk < 0 && !(w.pos == pAdp || w.pos == pAdv || w.pos == pAdj || w.pos == pPart || w.pos == pDet || w.pos == pNum) {
			return false
		}
	}
	return false
}

// passiveAuxDE says whether the German clause lo..v is a passive, a finite
// "werden" with the participle v: a participle after "und" shares its
// passive and its agent ("wurden von Soldaten beleidigt und mit Granaten
// beschossen"), which a split would leave behind.
func (s *sent) passiveAuxDE(lo, v int) bool {
	if !participleFormDE(&s.words[v]) && !s.participle(v) {
		return false
	}
	for i := lo; i < v; i++ {
		if s.countsAsVerb(i) && s.words[i].lemma == "werden" && !deAuxParticiple[s.words[i].low] {
			return true
		}
	}
	return false
}

// closingVerbDE says whether German word i is a past participle or an
// infinitive, the verb forms that close a clause after its auxiliary.
func (s *sent) closingVerbDE(i int) bool {
	w := &s.words[i]
	return participleFormDE(w) || s.participle(i) || s.participleNoGeDE(i) || w.low == w.lemma && hasSuffix(w.low, "en")
}

// parentheticalWieDE says whether the German "wie" at word i opens an
// aside of a bare participle ("wie berichtet", "wie angekündigt", "wie
// erwartet") inside a clause whose verb follows it ("der Fischer wie
// berichtet bat, …"): the aside is no clause, and the verb after it is
// still the clause's.
func (s *sent) parentheticalWieDE(i int) bool {
	ws := s.words
	if !s.de || ws[i].low != "wie" || i+2 >= len(ws) {
		return false
	}
	p := &ws[i+1]
	if p.pos != pVerb || !participleFormDE(p) {
		return false
	}
	n := &ws[i+2]
	return (n.pos == pVerb || n.pos == pAux) && n.ment < 0
}

// emitKind is what makes two events of a sentence with one actor and
// target one: their type, and in German for coercion its mode too, since
// "hat zehn Männer festgenommen und Waffen beschlagnahmt" tells of an
// arrest and a seizure, two acts.
func (s *sent) emitKind(c *cand) string {
	if s.de && c.e.typ == "COERCE" && c.e.mode != "" {
		return c.e.typ + "/" + c.e.mode
	}
	return c.e.typ
}

// relativeCoordDE says whether German clause ci is the second verb phrase
// of the relative clause right before it: it opens with "und" or "oder"
// with no comma before it, holds one or more phrases and ends in its
// finite verb ("Patzelt, der die Regierung kritisierte und Fischer bat,
// …"). A new main clause after a relative clause needs the comma that
// closes the relative clause; without it the relative pronoun is the
// subject of both verbs, and the phrases before the second verb are its
// objects.
func (s *sent) relativeCoordDE(ci int) bool {
	c := &s.clauses[ci]
	ws := s.words
	if ci < 1 || c.kind != cMain || c.lo < 1 || c.lo+2 >= c.hi {
		return false
	}
	if w := &ws[c.lo]; w.pos != pCconj || !(w.low == "und" || w.low == "oder") {
		return false
	}
	p := &s.clauses[ci-1]
	if p.kind != cRel || p.quoted != c.quoted || ws[c.lo-1].pos == pPunct || !s.countsAsVerb(c.lo-1) {
		return false
	}
	// the relative pronoun is the subject: a nominative form
	switch ws[p.sub].low {
	case "der", "die", "welcher", "welche":
	default:
		return false
	}
	v := s.firstVerb(ci)
	if v <= c.lo+1 || ws[c.lo+1].chunk < 0 {
		return false
	}
	// verb-final: the verbs close the clause
	for i := v; i < c.hi; i++ {
		if !(s.countsAsVerb(i) || ws[i].pos == pPunct || ws[i].pos == pPart) {
			return false
		}
	}
	return true
}

// relativeVerbPhraseDE says whether the German "und" or "oder" at word i
// joins a second verb phrase to a relative clause whose nominative
// pronoun is the subject of both: the relative clause's verb right before
// it, with no comma, and after it phrases, prepositions and adverbs up to a
// finite verb that closes the clause ("der Russland kritisierte und Polen
// mit Sanktionen drohte"). relativeCoordDE then gives the second part the
// pronoun's antecedent as its subject.
func (s *sent) relativeVerbPhraseDE(i int) bool {
	ws := s.words
	if !s.de || i < 3 || i+2 >= len(ws) || !(ws[i].low == "und" || ws[i].low == "oder") {
		return false
	}
	if !s.countsAsVerb(i-1) || s.auxLemma(i-1) {
		return false
	}
	// the relative pronoun that opens the clause of the verb before
	k := i - 2
	for k > 0 && !isBoundaryPunct(ws[k-1].low) {
		k--
	}
	if k < 1 || ws[k-1].low != "," || !s.isRelPron(k) {
		return false
	}
	switch ws[k].low {
	case "der", "die", "welcher", "welche":
	default:
		return false
	}
	for j := k + 1; j < i-1; j++ {
		if s.countsAsVerb(j) {
			return false // one verb group only before "und"
		}
	}
	chunks := 0
	for j := i + 1; j < len(ws); j++ {
		w := &ws[j]
		if s.countsAsVerb(j) {
			end := j+1 == len(ws) || isBoundaryPunct(ws[j+1].low) || ws[j+1].low == "."
			return end && chunks > 0 && !s.auxLemma(j)
		}
		switch {
		case w.chunk >= 0:
			chunks++
			j = s.chunks[w.chunk].hi - 1
		case w.pos == pAdp || w.pos == pAdv || w.pos == pPart || s.lx.cues.neg[w.low]:
		default:
			return false
		}
	}
	return false
}
