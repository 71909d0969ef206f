package event

import "github.com/dossier-news/dossier"

// Clause segmentation. A sentence is cut at punctuation, subordinating
// conjunctions, relative pronouns and clause-coordinating conjunctions; the
// pieces without a verb (appositions, lists, fronted adverbials) are merged
// into their neighbours, so every clause keeps one verb complex.

func isBoundaryPunct(low string) bool {
	switch low {
	case ",", ";", ":", "(", ")", "–", "—", "-", "--":
		return true
	}
	return false
}

func isQuote(low string) bool {
	switch low {
	case "\"", "“", "”", "„", "‚", "‘", "’", "«", "»", "'", "``", "''":
		return true
	}
	return false
}

var enSub = map[string]bool{"that": true, "because": true, "although": true, "though": true, "whereas": true,
	"if": true, "unless": true, "whether": true, "while": true, "when": true, "after": true, "before": true,
	"since": true, "until": true, "as": true, "once": true, "so": true, "where": true, "how": true, "why": true}

func (s *sent) isSub(i int) bool {
	w := &s.words[i]
	if w.pos == pSconj {
		if !s.de && w.lowCls&clEnSub == 0 {
			return false // "from", "than", "like" tagged SCONJ
		}
		if s.de && (w.low == "als" || w.low == "wie") && i > 0 && s.words[i-1].low != "," {
			return false // "mehr als 10.000", "so wie"
		}
		if !s.de && (w.low == "as" || w.low == "than") && i > 0 && s.words[i-1].pos == pAdj {
			return false
		}
		// English "that" after a noun is relative (handled there)
		return !(w.low == "that" && s.isRelPron(i))
	}
	if !s.de && w.low == "that" && i > 0 && (s.words[i-1].pos == pVerb || s.words[i-1].pos == pAdv && i > 1 && s.words[i-2].pos == pVerb) {
		return true // "demanded that …", tagged as a pronoun
	}
	if s.de && w.lowCls&clSub != 0 {
		switch w.low {
		case "dass", "daß", "weil", "nachdem", "obwohl", "ob", "falls", "sofern", "sodass", "indem", "bevor", "solange":
			return true
		}
		// relative adverbs after a comma open a verb-final clause
		// ("…, weshalb der Sicherheitsrat Sanktionen verhängte")
		switch w.low {
		case "weshalb", "weswegen", "wodurch", "womit", "woraufhin", "worauf":
			return i > 0 && s.words[i-1].low == ","
		}
	}
	return false
}

// countsAsVerb says whether word i is a verb for clause building.
func (s *sent) countsAsVerb(i int) bool {
	w := &s.words[i]
	return (w.pos == pVerb || w.pos == pAux) && w.ment < 0 && !w.used
}

func (s *sent) segment() {
	ws := s.words
	n := len(ws)
	if n == 0 {
		return
	}
	// starts of raw segments
	starts := []int{0}
	quoted := false
	open := make([]bool, n)
	for i := 0; i < n; i++ {
		w := &ws[i]
		if isQuote(w.low) {
			quoted = !quoted
		}
		open[i] = quoted
		if i == 0 {
			continue
		}
		switch {
		case s.de && w.low == "(" && s.verblessParenDE(i) > 0:
			// "hat die Einigung mit Sobotka (ÖVP) begrüßt": a German
			// parenthesis without a verb is an aside inside the clause, whose
			// participle may still follow it
			for c := s.verblessParenDE(i); i < c; i++ {
				open[i+1] = quoted
			}
		case isBoundaryPunct(w.low):
			// the punctuation ends the previous segment; the next word starts one
			if i+1 < n {
				starts = append(starts, i+1)
			}
		case s.isSub(i) || s.isRelPron(i):
			if ws[i-1].pos == pAdp && s.isRelPron(i) {
				starts = append(starts, i-1)
			} else {
				starts = append(starts, i)
			}
		case w.pos == pCconj && s.coordinatesClauses(i):
			starts = append(starts, i)
		case s.zeroThat(i):
			starts = append(starts, i)
		case s.verbAfterRestrictiveEN(i):
			starts = append(starts, i)
		}
	}
	starts = dedupSorted(starts)
	type seg struct {
		lo, hi int
		verb   bool
	}
	segs := make([]seg, 0, len(starts))
	for k, lo := range starts {
		hi := n
		if k+1 < len(starts) {
			hi = starts[k+1]
		}
		if hi <= lo {
			continue
		}
		sg := seg{lo: lo, hi: hi}
		for i := lo; i < hi; i++ {
			if s.countsAsVerb(i) {
				sg.verb = true
				break
			}
		}
		segs = append(segs, sg)
	}
	// merge verbless segments backwards (appositions, trailing phrases), or
	// forwards at the start of the sentence (fronted phrases)
	var merged []seg
	for _, sg := range segs {
		if !sg.verb && len(merged) > 0 && !s.startsClause(sg.lo) {
			merged[len(merged)-1].hi = sg.hi
			continue
		}
		// the rest of a verb complex after a parenthesis: "hatte Kims
		// Schwester, ebenfalls auf Englisch, die … zurückgewiesen"
		if len(merged) > 0 && sg.verb && s.auxOnly(merged[len(merged)-1].lo, merged[len(merged)-1].hi) &&
			!s.hasFiniteAux(sg.lo, sg.hi) && !s.startsClause(sg.lo) && !s.countsAsVerb(sg.lo) {
			merged[len(merged)-1].hi = sg.hi
			continue
		}
		// the rest of an object list: "visited Italy, Saudi Arabia and
		// Pakistan as part of a mission to promote peace" has one clause
		if len(merged) > 0 && sg.verb && merged[len(merged)-1].verb && s.listTailEN(sg.lo, sg.hi) {
			merged[len(merged)-1].hi = sg.hi
			continue
		}
		// (not across a German colon: "Neuer Streit zwischen X und Y: Der
		// Außenminister will …" has its subject after it)
		if len(merged) > 0 && !merged[len(merged)-1].verb && !s.startsClause(sg.lo) && !(s.de && ws[sg.lo-1].low == ":") {
			merged[len(merged)-1].hi = sg.hi
			merged[len(merged)-1].verb = sg.verb
			continue
		}
		merged = append(merged, sg)
	}
	for _, sg := range merged {
		c := clause{lo: sg.lo, hi: sg.hi, sub: -1, anteced: -1, parent: -1, resume: -1}
		c.quoted = open[sg.lo] && open[sg.hi-1]
		s.clauses = append(s.clauses, c)
	}
	for ci := range s.clauses {
		s.classify(ci)
		for i := s.clauses[ci].lo; i < s.clauses[ci].hi; i++ {
			ws[i].clause = ci
		}
		if !s.de {
			s.unshareClausePrep(ci)
		}
	}
	if s.de {
		for ci := range s.clauses {
			if p := s.coordinatedPartDE(ci); p >= 0 {
				s.clauses[ci].kind, s.clauses[ci].parent = cCoordVP, p
			} else if s.relativeCoordDE(ci) {
				s.clauses[ci].kind, s.clauses[ci].parent = cCoordVP, ci-1
			}
			s.clauses[ci].resume = s.resumedMainDE(ci)
		}
	}
}

// listTailEN says whether the English segment [lo, hi), after a comma that
// follows a noun phrase, goes on with that phrase's list: noun phrases
// joined by commas up to "and" or "or" and one last phrase, after which no
// verb follows that would make the list a subject ("…, Saudi Arabia and
// Pakistan as part of …", but not "…, Saudi Arabia and Pakistan sent …").
func (s *sent) listTailEN(lo, hi int) bool {
	ws := s.words
	if s.de || lo < 2 || ws[lo-1].low != "," || ws[lo-2].chunk < 0 {
		return false
	}
	i, joined := lo, false
	for {
		if i >= hi || ws[i].chunk < 0 || s.chunks[ws[i].chunk].lo != i {
			return false
		}
		i = s.chunks[ws[i].chunk].hi
		if joined {
			break
		}
		switch {
		case i+1 < hi && ws[i].low == "," && ws[i+1].pos == pCconj && isAnd(ws[i+1].low):
			i, joined = i+2, true
		case i < hi && ws[i].pos == pCconj && isAnd(ws[i].low):
			i, joined = i+1, true
		case i < hi && ws[i].low == ",":
			i++
		default:
			return false
		}
	}
	for i < hi && ws[i].pos == pAdv {
		i++
	}
	return i >= hi || !s.countsAsVerb(i) && ws[i].pos != pAux && !s.isRelPron(i)
}

// finiteAuxEN are English finite auxiliaries that can open a main verb
// group after a relative clause ("Seven Iraqis who seized an airliner were
// charged with hijack").
var finiteAuxEN = map[string]bool{"was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true, "will": true, "would": true}

// verbAfterRestrictiveEN says whether English word i is the main verb that
// follows a subject with a relative clause set off by no commas: "The PUK
// leadership who pledged to end fighting started an offensive". The
// relative clause has its own verb already, reports nothing, joins no
// verbs by "and" but infinitives, and its antecedent opens the sentence's
// part before it.
func (s *sent) verbAfterRestrictiveEN(i int) bool {
	ws := s.words
	if s.de || i < 4 || i+1 >= len(ws) || !s.countsAsVerb(i) || ws[i].pos != pVerb && !finiteAuxEN[ws[i].low] {
		return false
	}
	if w := &ws[i]; !finiteAuxEN[w.low] && (w.low == w.lemma || hasSuffix(w.low, "ing") || ws[i+1].low == "by") {
		return false // a base form, a gerund or a passive participle
	}
	if ws[i-1].chunk < 0 {
		return false // the relative clause ends in a phrase
	}
	verb := false
	for j := i - 1; j > 0; j-- {
		w := &ws[j]
		switch {
		case w.pos == pCconj && ws[j+1].pos == pVerb && ws[j+1].low == ws[j+1].lemma:
			// "pledged to end fighting and cooperate with …": two infinitives
		case isBoundaryPunct(w.low), w.pos == pCconj, s.isSub(j):
			return false
		case s.countsAsVerb(j):
			if s.lx.cues.report[w.lemma] != "" {
				return false // "who said the talks started": reported
			}
			if finiteAuxEN[w.low] && ws[j-1].chunk >= 0 {
				return false // "who seized an airliner were on Friday charged": the main verb group began there
			}
			verb = true
		case s.isRelPron(j) && (w.low == "who" || w.low == "which" || w.low == "that"):
			return verb && s.bareSubjectBefore(j)
		}
	}
	return false
}

// bareSubjectBefore says whether the words before relative pronoun r are
// one phrase, with no verb and no comma: the sentence's subject.
func (s *sent) bareSubjectBefore(r int) bool {
	k := s.words[r-1].chunk
	if k < 0 || s.chunks[k].prep >= 0 {
		return false
	}
	for j := s.chunks[k].lo - 1; j >= 0; j-- {
		if s.countsAsVerb(j) || isBoundaryPunct(s.words[j].low) || s.isSub(j) {
			return false
		}
	}
	return true
}

// unshareClausePrep undoes the sharing of a coordinated phrase's
// preposition across a clause boundary: in "fired rockets at Israel, and
// Israel bombed Lebanon" the second Israel starts a clause of its own and
// is its subject, not a second target of "at".
func (s *sent) unshareClausePrep(ci int) {
	c := &s.clauses[ci]
	for i := c.lo; i < c.hi; i++ {
		w := &s.words[i]
		if w.chunk < 0 {
			if w.pos == pCconj || w.low == "," {
				continue
			}
			return
		}
		if ck := &s.chunks[w.chunk]; ck.lo == i && ck.prep >= 0 && ck.prep < c.lo {
			ck.prep = -1
		}
		return
	}
}

// startsClause says whether a verbless segment still starts a clause of its
// own (a subordinate or relative clause the tagger left without a verb).
func (s *sent) startsClause(i int) bool {
	// ", in dem der Diplomat Warschau vorwarf": a relative pronoun after
	// its preposition
	return s.isSub(i) || s.isRelPron(i) || s.de && i+1 < len(s.words) && s.words[i].pos == pAdp && s.isRelPron(i+1)
}

func dedupSorted(a []int) []int {
	out := a[:0]
	for i, v := range a {
		if i > 0 && v <= out[len(out)-1] {
			continue
		}
		out = append(out, v)
	}
	return out
}

// verblessParenDE returns the index of the ")" that closes the parenthesis
// opened at word i when it is short and has no verb nor quote ("(ÖVP)",
// "(SPÖ, 45)"); 0 otherwise.
func (s *sent) verblessParenDE(i int) int {
	for j := i + 1; j < len(s.words) && j <= i+6; j++ {
		w := &s.words[j]
		switch {
		case w.low == ")":
			if j == i+1 || j+1 >= len(s.words) {
				return 0
			}
			return j
		case w.low == "(" || isQuote(w.low) || s.countsAsVerb(j):
			return 0
		}
	}
	return 0
}

// coordinatesClauses says whether the conjunction at i joins two clauses:
// there is a verb since the last boundary before it and one before the next
// boundary after it.
func (s *sent) coordinatesClauses(i int) bool {
	if s.coordinatedVerbPhraseDE(i) || s.relativeVerbPhraseDE(i) {
		return true
	}
	if s.parentheticalWieDE(i) {
		return false
	}
	before, bv := false, -1
	for j := i - 1; j >= 0; j-- {
		w := &s.words[j]
		if isBoundaryPunct(w.low) || s.isSub(j) || s.isRelPron(j) || s.zeroThat(j) {
			break // ("said X and his counterpart Y met": the and is the reported clause's)
		}
		if s.countsAsVerb(j) {
			before, bv = true, j
			break
		}
	}
	if !before || s.betweenPairEN(i) {
		return false
	}
	// after it: a verb (a coordinated verb phrase), or a subject phrase
	// and then a verb, with only adverbs and auxiliaries between; not an
	// infinitive ("21 military and civilian personnel to investigate")
	j := i + 1
	for j < len(s.words) && (s.words[j].pos == pAdv || isQuote(s.words[j].low)) {
		j++
	}
	// English prepositional phrases before the verb: "and for the first
	// time said", "and on Friday called"
	for !s.de && j+1 < len(s.words) && s.words[j].pos == pAdp && s.words[j+1].chunk >= 0 {
		j = s.chunks[s.words[j+1].chunk].hi
		for j < len(s.words) && s.words[j].pos == pAdv {
			j++
		}
	}
	if j < len(s.words) && s.words[j].chunk >= 0 {
		j = s.chunks[s.words[j].chunk].hi
		// the subject's of-phrase ("and the ministers of both countries met")
		if j+1 < len(s.words) && (s.words[j].low == "of" || s.de && (s.words[j].low == "des" || s.words[j].low == "von")) && s.words[j+1].chunk >= 0 {
			j = s.chunks[s.words[j+1].chunk].hi
		}
		for j < len(s.words) && (s.words[j].pos == pAdv || s.lx.cues.neg[s.words[j].low] || s.words[j].pos == pAux) {
			j++
		}
		if j < len(s.words) && s.words[j-1].pos == pAux {
			j-- // the auxiliary is the verb that counts
		}
	}
	if j >= len(s.words) || !s.countsAsVerb(j) {
		return false
	}
	w := &s.words[j]
	if s.de && s.words[bv].pos == pAux && w.pos == pVerb && (s.participle(j) || s.participleNoGeDE(j)) && !s.hasAux(i+1, j) {
		// "waren 21 Touristen und ein Polizist getötet worden": the
		// participle closes the auxiliary's clause; the conjunction joins
		// two phrases
		return false
	}
	if !s.de && w.pos == pVerb && hasSuffix(w.low, "ing") && (j == i+1 || s.words[j-1].pos != pAux) && s.words[j-1].chunk >= 0 {
		return false // a participle after a phrase: "… and Calenardhon leaders … starting on Sunday"
	}
	return j == 0 || s.words[j-1].low != "to"
}

// betweenPairEN says whether the conjunction at i joins the second member
// of an English "between X and Y" ("the agreement between Israel and
// Hizbollah guerrillas will be monitored"): the phrase before it is
// governed by "between", which needs both, so no clause starts at i.
func (s *sent) betweenPairEN(i int) bool {
	if s.de || i == 0 || !isAnd(s.words[i].low) {
		return false
	}
	k := s.words[i-1].chunk
	return k >= 0 && s.chunks[k].prep >= 0 && s.words[s.chunks[k].prep].low == "between"
}

// classify sets the kind of clause ci and its link to the clause it
// depends on.
func (s *sent) classify(ci int) {
	c := &s.clauses[ci]
	ws := s.words
	first := c.lo
	for first < c.hi && (ws[first].pos == pPunct) {
		first++
	}
	if first >= c.hi {
		return
	}
	if ci > 0 {
		c.parent = ci - 1
	}
	switch {
	case s.isRelPron(first) || (first+1 < c.hi && ws[first].pos == pAdp && s.isRelPron(first+1)):
		c.kind = cRel
		if ws[first].pos == pAdp {
			c.sub = first + 1
		} else {
			c.sub = first
		}
		// antecedent: the last phrase before the pronoun (and its comma)
		for j := first - 1; j >= 0; j-- {
			if ws[j].chunk >= 0 {
				c.anteced = s.antecedentHead(ws[j].chunk)
				if !s.de && ws[c.sub].low == "which" && s.violentVerbIn(c.sub+1, c.hi) {
					c.anteced = s.attackAntecedentEN(c.anteced)
				}
				break
			}
			if !(ws[j].pos == pPunct || ws[j].pos == pAdp) {
				break
			}
		}
		return
	case s.isSub(first):
		c.kind = cSub
		c.sub = first
		return
	}
	// the first verb before any phrase: infinitive, coordinated verb
	// phrase, participle, or German verb-first (", sagte Lawrow")
	for i := first; i < c.hi; i++ {
		w := &ws[i]
		if w.chunk >= 0 {
			if !s.de && ws[first].pos == pCconj && i > first && ws[i-1].pos == pAdp {
				i = s.chunks[w.chunk].hi - 1 // "and on Friday recalled": a phrase of time or manner before the verb
				continue
			}
			break
		}
		if s.countsAsVerb(i) {
			if ci == 0 {
				return
			}
			switch {
			case !s.de && i > first && ws[i-1].low == "to":
				c.kind = cInf
			case s.de && s.isZuInfinitive(c) && !s.hasFiniteDE(c):
				c.kind = cInf
			case ws[first].pos == pCconj:
				c.kind = cCoordVP
				if s.de && i == first+1 && s.phraseAfter(i, c.hi) {
					// "…, wie sehr ihm X am Herzen liege, und appelliert an …":
					// a verb right after "und" with its phrases after it
					// continues a verb-second clause, not the verb-final one
					// before it
					for c.parent >= 0 && (s.clauses[c.parent].kind == cSub || s.clauses[c.parent].kind == cRel) {
						c.parent = s.clauses[c.parent].parent
					}
					if c.parent < 0 {
						c.parent = ci - 1
					}
				}
			case s.lx.cues.report[w.lemma] != "":
				// reporting inversion: ", said a spokesman", ", sagte Lawrow"
			case !s.de && (hasSuffix(w.low, "ing") || w.pos == pVerb && !s.finiteEN(i) && s.resumedAfterRelativeEN(ci) < 0):
				// participle clause after a comma: ", becoming …", ", backed by …"
				c.kind = cCoordVP
			}
			return
		}
	}
	if s.de && s.isZuInfinitive(c) && !s.hasFiniteDE(c) {
		c.kind = cInf
	}
}

// antecedentHead returns the phrase a German relative pronoun stands for
// when the last phrase before it is a place in a prepositional phrase that
// modifies the phrase before it: "der Botschafter in Genf, der …" is the
// ambassador, "Soldaten aus Malawi, die …" the soldiers.
func (s *sent) antecedentHead(k int) int {
	ck := &s.chunks[k]
	if !s.de || ck.prep < 0 || ck.prep == 0 {
		return k
	}
	switch s.words[ck.prep].low {
	case "in", "aus", "bei":
	default:
		return k
	}
	if r := s.chunkRef(k); r < 0 || s.ments[r].kind != dossier.KindLocation && s.ments[r].kind != dossier.KindCountry {
		return k
	}
	if pk := s.words[ck.prep-1].chunk; pk >= 0 && s.chunks[pk].prep < 0 {
		return pk
	}
	return k
}

// violentVerbIn says whether the first verb among words lo..hi-1 is one the
// lexicon makes an attack without conditions ("killed", "wounded").
func (s *sent) violentVerbIn(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if w := &s.words[j]; w.pos == pVerb {
			for _, e := range s.verbEntries(w) {
				if e.typ == "ASSAULT" && e.specific == 0 && len(e.rest) == 0 {
					return true
				}
			}
			return false
		}
	}
	return false
}

// attackAntecedentEN returns the attack an English "which" with a verb of
// violence stands for when the last phrase before it only places the
// attack: in "the bombings at the embassies in Accra and Lome, which killed
// 40 people" the bombings killed, not the towns ("a market in Accra, which
// denied any role" stays Accra). Other phrases are returned as they are.
func (s *sent) attackAntecedentEN(k int) int {
	if k < 0 || !s.isPlace(k) && (s.chunkRef(k) < 0 || s.ments[s.chunkRef(k)].kind != dossier.KindCountry) {
		return k
	}
	cur := k
	for steps := 0; steps < 4; steps++ {
		p := s.chunks[cur].prep
		if p < 1 || s.words[p-1].chunk < 0 {
			return k
		}
		cur = s.words[p-1].chunk
		if h := s.chunks[cur].head; h >= 0 && s.attackNoun(h) {
			return cur
		}
	}
	return k
}

// phraseAfter says whether a phrase follows word i before hi.
func (s *sent) phraseAfter(i, hi int) bool {
	for j := i + 1; j < hi; j++ {
		if s.words[j].chunk >= 0 {
			return true
		}
	}
	return false
}

func hasSuffix(s, suf string) bool { return len(s) >= len(suf) && s[len(s)-len(suf):] == suf }

// finiteEN guesses whether the English verb at i is finite: a past form
// right after a subject, or a present form. Without morphological
// features it cannot tell "closed" (past) from "closed" (participle); a
// clause that starts with such a verb after a comma is read as a
// participle clause.
func (s *sent) finiteEN(i int) bool {
	w := &s.words[i]
	return w.pos == pAux || hasSuffix(w.low, "s") && w.low != w.lemma
}

// isZuInfinitive says whether the clause's verb complex is a zu-infinitive
// ("… zu liefern", "… fortzusetzen").
func (s *sent) isZuInfinitive(c *clause) bool {
	ws := s.words
	for i := c.hi - 1; i >= c.lo; i-- {
		w := &ws[i]
		if w.pos == pPunct || isQuote(w.low) {
			continue
		}
		if !s.countsAsVerb(i) {
			return false
		}
		if i > c.lo && ws[i-1].low == "zu" && ws[i-1].pos == pPart {
			return true
		}
		// "fortzusetzen", "anzupassen": particle + zu + verb in one word
		if w.low != w.lemma && len(w.low) > len(w.lemma) && containsZu(w.low, w.lemma) {
			return true
		}
		return false
	}
	return false
}

func containsZu(form, lemma string) bool {
	for k := 1; k+2 < len(form); k++ {
		if form[k:k+2] == "zu" && form[:k]+form[k+2:] == lemma {
			return true
		}
	}
	return false
}

// hasFiniteDE says whether a German clause has a finite verb other than
// its infinitive.
func (s *sent) hasFiniteDE(c *clause) bool {
	n := 0
	for i := c.lo; i < c.hi; i++ {
		if !s.countsAsVerb(i) {
			continue
		}
		// the participle of a perfect infinitive ("angegriffen zu haben")
		if i+2 < c.hi && s.words[i+1].low == "zu" && (s.words[i+2].lemma == "haben" || s.words[i+2].lemma == "sein") {
			continue
		}
		// a zu-infinitive coordinated with the last ("die Bank zu retten
		// und X zum Chef zu machen") is no finite verb either
		if i > c.lo && s.words[i-1].low == "zu" && s.words[i-1].pos == pPart && s.verbAfter(i+1, c.hi) {
			continue
		}
		n++
	}
	return n > 1
}

// verbAfter says whether a word of [lo, hi) counts as a verb.
func (s *sent) verbAfter(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if s.countsAsVerb(i) {
			return true
		}
	}
	return false
}

// auxOnly says whether the verbs of words [lo, hi) are all auxiliaries
// (and there is at least one).
func (s *sent) auxOnly(lo, hi int) bool {
	n := 0
	for i := lo; i < hi; i++ {
		if !s.countsAsVerb(i) {
			continue
		}
		if !s.auxLemma(i) {
			return false
		}
		n++
	}
	return n > 0
}

func (s *sent) hasAux(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if s.countsAsVerb(i) && s.auxLemma(i) {
			return true
		}
	}
	return false
}

// hasFiniteAux is hasAux without the participles of the German
// auxiliaries: in "ist der Priester, Autor und Aktivist X aus der Haft
// entlassen worden" the "worden" after the comma still needs the "ist"
// before it, so the two segments are one clause.
func (s *sent) hasFiniteAux(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if s.countsAsVerb(i) && s.auxLemma(i) && !(s.de && deAuxParticiple[s.words[i].low]) {
			return true
		}
	}
	return false
}

// deAuxParticiple holds the past participles of the German auxiliaries,
// which are never the finite verb of a clause.
var deAuxParticiple = map[string]bool{"worden": true, "geworden": true, "gewesen": true, "gehabt": true}

func (s *sent) auxLemma(i int) bool {
	w := &s.words[i]
	if s.de {
		return deAux[w.lemma] && w.part < 0
	}
	return enAux[w.lemma]
}

// subjectPronEN are the English personal pronouns that can only be
// subjects: after a reporting verb one opens its reported clause.
var subjectPronEN = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true}

// zeroThat says whether English word i opens a content clause without
// "that" right after a reporting verb: "said Egypt must free the
// activists" reports "Egypt must free the activists", as "said that …"
// would. The clause needs a subject phrase and then a verb of its own.
func (s *sent) zeroThat(i int) bool {
	if s.de || i == 0 {
		return false
	}
	ws := s.words
	p := &ws[i-1]
	if p.pos != pVerb || s.lx.cues.report[p.lemma] == "" {
		return false
	}
	switch ws[i].pos {
	case pDet, pPropn, pNoun, pAdj, pNum:
	case pPron:
		// "said it regretted the incident", "said he and X agreed"
		if !subjectPronEN[ws[i].low] {
			return false
		}
	default:
		return false
	}
	// a compound subject reaches further: "said Polish envoy Jan Kowal and
	// his Czech counterpart Petr Novak met"
	last := i + 8
	for j := i + 1; j < len(ws) && j <= last; j++ {
		switch ws[j].pos {
		case pAux:
			return true
		case pVerb:
			return ws[j].low != ws[j].lemma || hasSuffix(ws[j].low, "s") // a finite form, not "to free"
		case pDet, pPropn, pNoun, pAdj, pNum, pPart:
			continue
		case pAdv:
			// "said the embassy immediately made a protest"
			if j > i && ws[j-1].pos != pAdv {
				continue
			}
		case pCconj:
			if isAnd(ws[j].low) && last == i+8 {
				last = j + 8
				continue
			}
		case pPron:
			if possessivePron(ws[j].low) {
				continue
			}
		}
		return false
	}
	return false
}
