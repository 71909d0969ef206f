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
	if s.words[i].pos != pPron || !s.verbFinalAhead(i) {
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
	return last.pos == pAux && deAux[last.lemma]
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
