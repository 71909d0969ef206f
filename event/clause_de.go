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
