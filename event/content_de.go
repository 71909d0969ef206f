package event

// contentTargetDE gives a German reproach or demand without a target the
// one named as subject of the statement it frames, when that statement is a
// main clause of its own rather than a dass-clause (see contentTarget):
// the statement before a trailing reporting clause ("Die Türkei missachte
// die Pressefreiheit, kritisierte Steinmeier") or after a verb that ends
// its clause ("Steinmeier kritisierte, die Türkei missachte die
// Pressefreiheit"). Only a named subject counts: "Wir brauchen mehr
// Polizei, forderte er" aims at no one.
func (s *sent) contentTargetDE(c *cand) {
	if !s.de || c.noun || len(c.targets) > 0 || c.clause >= len(s.clauses) {
		return
	}
	cl := &s.clauses[c.clause]
	if cl.kind != cMain {
		return
	}
	k := -1
	switch {
	case s.verbFirstDE(c.clause, c.trig) && c.clause > 0 && s.words[cl.lo-1].low == ",":
		// "…, kritisierte X": the statement is the main clause before
		k = s.statementBeforeDE(c.clause)
	case s.endsWithVerbDE(c.clause, c.trig) && c.clause+1 < len(s.clauses):
		// "X kritisierte, …": the statement follows the comma
		if n := &s.clauses[c.clause+1]; n.kind == cMain && n.lo == cl.hi && s.words[n.lo-1].low == "," {
			k = c.clause + 1
		}
	}
	if k < 0 {
		return
	}
	for _, ck := range s.subject(k) {
		if s.chunks[ck].pron || s.chunkRef(ck) < 0 {
			return
		}
	}
	c.targets = s.refsOf(s.subject(k), c.targets)
	s.dropSelf(c)
}

// statementBeforeDE returns the main clause with a verb that clause ci, a
// trailing reporting clause, reports: the nearest main clause before it with
// only subordinate or relative clauses between, or -1.
func (s *sent) statementBeforeDE(ci int) int {
	for k := ci - 1; k >= 0; k-- {
		switch s.clauses[k].kind {
		case cSub, cRel, cInf:
			continue
		case cMain:
			if s.firstVerb(k) >= 0 {
				return k
			}
		}
		return -1
	}
	return -1
}

// endsWithVerbDE says whether the trigger verb at trig is the last word of
// clause ci but for punctuation, adverbs and particles ("kritisierte
// scharf, …").
func (s *sent) endsWithVerbDE(ci, trig int) bool {
	cl := &s.clauses[ci]
	for i := trig + 1; i < cl.hi; i++ {
		switch s.words[i].pos {
		case pPunct, pAdv, pPart:
			continue
		}
		return false
	}
	return true
}

// verbFirstDE says whether the trigger verb at trig opens clause ci but for
// punctuation and particles: a reporting clause after its statement
// ("…, kritisierte X"), not one with a subject before its verb ("…, auch
// Fischer verurteilte den Protest").
func (s *sent) verbFirstDE(ci, trig int) bool {
	for i := s.clauses[ci].lo; i < trig; i++ {
		if s.words[i].pos != pPunct && s.words[i].pos != pPart {
			return false
		}
	}
	return true
}
