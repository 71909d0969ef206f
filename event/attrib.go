package event

import (
	"slices"
	"strings"
	"unicode"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/text"
)

// Attribution: who says so. Three forms are read:
//
//   - a phrase with its source: "according to X", "citing X", "laut X",
//     "X zufolge", "nach Angaben X/von X", and a trailing ", so X";
//   - a reporting clause: a clause whose verb is a reporting verb and not an
//     event ("X said", "said X", "wie X mitteilte", "sagte Lawrow"); its
//     subject is the source of the other clauses of the sentence;
//   - a speech act that is itself an event (accuse, demand, warn …, flag
//     "say"): the clauses it introduces are reported by its actor.

// accordingSource returns the mention named as source by an attribution
// phrase, or -1.
func (s *sent) accordingSource() int {
	if s.accDone {
		return s.accSrc
	}
	s.accDone = true
	s.accSrc = -1
	ws := s.words
	acc := s.lx.cues.according
	for i := range ws {
		// "nach eigenen Angaben", "eigenen Angaben zufolge", "by its own
		// account": the actor says so of itself
		if i+1 < len(ws) && ws[i].lowCls&clOwnAccount != 0 && ws[i+1].lowCls&clOwnAccountNoun != 0 {
			s.accSelf = true
		}
		if ws[i].lowCls&(clAccording|clAccordingStart) == 0 {
			continue // no attribution phrase starts here
		}
		for n := 1; n <= 2 && i+n <= len(ws); n++ {
			kind, ok := acc[string(s.phrase(i, i+n))]
			if !ok {
				continue
			}
			switch kind {
			case "pre":
				j := i + n
				// "nach Angaben des …", "nach Angaben von …"
				if j < len(ws) && (ws[j].low == "von" || ws[j].low == "vom") {
					j++
				}
				// "laut Berichten": a modal phrase, not a source
				if j < len(ws) && s.modalPhrase(i, j+1) {
					continue
				}
				if j < len(ws) && ws[j].chunk >= 0 {
					if m := s.chunkRef(ws[j].chunk); m >= 0 {
						s.accSrc = m
						return m
					}
					if s.accUnn < 0 && s.unnamedOK(ws[j].chunk) {
						s.accUnn = ws[j].chunk
					}
				}
			case "post":
				// "Berichten zufolge", "Medienberichten zufolge": a
				// modal phrase (alleged), no one is named as the source
				if i > 0 && s.modalPhrase(i-1, i+n) {
					continue
				}
				if i > 0 && ws[i-1].chunk >= 0 {
					if m := s.chunkRef(ws[i-1].chunk); m >= 0 {
						s.accSrc = m
						return m
					}
					if s.accUnn < 0 && s.unnamedOK(ws[i-1].chunk) {
						s.accUnn = ws[i-1].chunk
					}
				}
			}
		}
	}
	// ", so X." at the end of a German sentence
	if s.de {
		for i := 1; i+1 < len(ws); i++ {
			if ws[i].low == "so" && ws[i-1].low == "," && ws[i+1].chunk >= 0 {
				ck := &s.chunks[ws[i+1].chunk]
				end := ck.hi
				if e := s.ofExtension(ws[i+1].chunk); e >= 0 {
					end = s.chunks[e].hi // ", so ein Sprecher des Militärs."
				}
				if end >= len(ws)-1 {
					if m := s.chunkRef(ws[i+1].chunk); m >= 0 {
						s.accSrc = m
						return m
					}
					if s.accUnn < 0 && s.unnamedOK(ws[i+1].chunk) {
						s.accUnn = ws[i+1].chunk // ", so ein Sprecher."
					}
				}
			}
		}
	}
	return -1
}

// modalPhrase says whether words [lo, hi) are a modal cue of their own
// ("Berichten zufolge", "laut Berichten"), which names no source.
func (s *sent) modalPhrase(lo, hi int) bool {
	_, ok := s.lx.cues.modal[string(s.phrase(lo, hi))]
	return ok
}

// clauseReports says whether clause k is a reporting clause: its verb is a
// reporting verb that is not itself an event.
func (s *sent) clauseReports(k int) bool {
	if k >= len(s.vcs) {
		return false
	}
	v := &s.vcs[k]
	if v.report == "" || v.repVerb < 0 {
		return false
	}
	// remembered per sentence: matching the lexicon builds the verb's
	// object words, and attribution, trigger and pronoun code all ask
	for len(s.repMemo) < len(s.clauses) {
		s.repMemo = append(s.repMemo, 0)
	}
	switch s.repMemo[k] {
	case 1:
		return true
	case 2:
		return false
	}
	if s.deniedReportDE(k) {
		s.repMemo[k] = 2
		return false
	}
	e, _ := s.matchVerb(v.repVerb, k)
	// a speech act that is an event only with an addressee ("warned that
	// …", "warnte, …") reports what follows all the same
	ok := e == nil || e.none() || e.flags&(flagSay|flagAddr) == flagSay|flagAddr
	s.repMemo[k] = 2
	if ok {
		s.repMemo[k] = 1
	}
	return ok
}

// deniedReportDE says whether German reporting clause k, with nothing of
// its own after the verb, denies that anything was said ("Während sich
// die Ermittler nicht äußern wollten, …", "äußerte sich nicht"): it is the
// source of no event around it.
func (s *sent) deniedReportDE(k int) bool {
	if !s.de || s.ownContent(k) {
		return false
	}
	cl := &s.clauses[k]
	for i := cl.lo; i < cl.hi; i++ {
		if w := s.words[i].low; (w == "nicht" || w == "nie" || w == "niemals") && !(i+1 < cl.hi && s.words[i+1].low == "ohne") {
			return true // ("nicht ohne Stolz" says it all the same)
		}
	}
	return false
}

// ownContent says whether reporting clause k goes on after its reporting
// verb with a verb of its own ("said they opposed the deployment").
func (s *sent) ownContent(k int) bool {
	v := &s.vcs[k]
	for _, i := range v.lexical {
		if i > v.repVerb {
			return true
		}
	}
	return false
}

// zeroThatContent says whether English reporting clause k is followed by
// its content as a clause without "that" ("condemned the coup and said it
// intended to …"): it reports that clause, not the ones before it.
func (s *sent) zeroThatContent(k int) bool {
	v := &s.vcs[k]
	return !s.de && k+1 < len(s.clauses) && s.clauses[k+1].parent == k && s.clauses[k+1].lo == v.repVerb+1 && s.zeroThat(v.repVerb+1)
}

// reports says whether reporting clause k reports the event c: an event
// after the reporting verb in its own clause; the clauses before a
// reporting clause that has nothing of its own after the verb ("…, the
// ministry said"); the clauses after one ("X said (that) …") unless another
// reporting clause comes between.
func (s *sent) reports(k int, c *cand, reporting []int) bool {
	if s.de && k < c.clause && s.adverbialOf(c.clause, k) {
		// "verkündete seinen Verzicht, weil Israel ihm den Zutritt
		// verweigerte": the reason for the announcement is the writer's
		// account, not what was announced
		return false
	}
	switch {
	case k == c.clause:
		return c.trig > s.vcs[k].repVerb
	case k > c.clause:
		if s.de && s.clauses[k].kind == cRel {
			// "wandte sich an Faymann, der angekündigt hat, …": a
			// relative clause tells of its antecedent, not of what came
			// before it
			return false
		}
		if s.de && s.clauses[k].kind == cCoordVP && s.words[s.clauses[k].lo].pos == pCconj {
			// "hat die Ukraine kritisiert und Polen gewarnt": a verb
			// phrase after "und" tells the subject's next deed, it does
			// not report the one before it
			return false
		}
		if s.de && s.clauses[k].kind == cInf {
			// "forderte die Regierung auf, sich zu den Plänen zu äußern":
			// a zu-infinitive is what the clause before it asks or plans,
			// not a frame that reports it
			return false
		}
		return !s.ownContent(k) && !s.zeroThatContent(k)
	}
	for _, o := range reporting {
		if o > k && o < c.clause {
			return false
		}
	}
	return !s.ownContent(k) || s.clauses[c.clause].kind != cMain
}

// adverbialSub are German conjunctions of cause, time and concession: their
// clause tells the circumstances of the clause it depends on.
var adverbialSub = map[string]bool{"weil": true, "da": true, "obwohl": true, "obgleich": true, "nachdem": true, "bevor": true, "während": true, "seit": true, "seitdem": true}

// adverbialOf says whether clause ci is an adverbial clause of cause, time
// or concession that depends on clause k.
func (s *sent) adverbialOf(ci, k int) bool {
	c := &s.clauses[ci]
	return c.kind == cSub && c.parent == k && c.sub >= 0 && adverbialSub[s.words[c.sub].low]
}

// ownAccount and ownAccountNoun make the phrases by which an actor is its
// own source: "nach eigenen Angaben", "by its own account".
var (
	ownAccount     = map[string]bool{"eigenen": true, "eigener": true, "own": true}
	ownAccountNoun = map[string]bool{"angaben": true, "darstellung": true, "aussage": true, "aussagen": true, "account": true, "admission": true}
)

// claimVerb are reporting verbs whose infinitive is a claim about what is
// or was done, not an announced plan ("gibt an, Stellungen zu bombardieren").
var claimVerb = map[string]bool{"angeben": true, "behaupten": true, "bestreiten": true, "claim": true, "deny": true}

// unnamedSpeaker returns the unnamed source that is the subject of
// reporting clause k ("industry sources said", "sagten Experten").
func (s *sent) unnamedSpeaker(k int) (argRef, bool) {
	for _, ck := range s.subject(k) {
		if s.unnamedOK(ck) {
			return s.unnamedRef(ck)
		}
	}
	return argRef{}, false
}

// unnamedOK says whether chunk k can stand for an unnamed source: a noun
// phrase without a named referent whose head is a common noun ("Militäranalysten",
// "diplomatic sources"), not a pronoun, number or time.
func (s *sent) unnamedOK(k int) bool {
	ck := &s.chunks[k]
	if ck.ment >= 0 || ck.pron || ck.relPron || ck.head < ck.lo || ck.head >= ck.hi {
		return false
	}
	h := &s.words[ck.head]
	if h.pos != pNoun || h.timex != 0 || h.ment >= 0 {
		return false
	}
	if s.de && !capitalized(h.tok.Text) {
		return false
	}
	return s.lx.cues.unnamedOK(h.lemma, h.low)
}

// unnamedRef makes the participant of the unnamed source chunk k: a local
// entity of kind other named by the phrase without its determiners, and a
// mention of it that Analyze adds to the document.
func (s *sent) unnamedRef(k int) (argRef, bool) {
	ck := &s.chunks[k]
	lo := ck.lo
	for lo < ck.head && (s.words[lo].pos == pDet || s.words[lo].pos == pNum || s.lx.cues.quantifier[s.words[lo].low]) {
		lo++
	}
	start, end := s.words[lo].tok.Start, s.words[ck.hi-1].tok.End
	for i := range s.unnamed {
		if s.unnamed[i].Start == start && s.unnamed[i].End == end {
			return argRef{ent: s.unnamed[i].Entity, kind: dossier.KindOther, conf: unnamedConf}, true
		}
	}
	name := s.doc.Text[start:end]
	id := unnamedID(name)
	if id == "" {
		return argRef{}, false
	}
	s.unnamed = append(s.unnamed, dossier.Mention{Span: dossier.Span{Start: start, End: end}, Text: name,
		Entity: id, Class: "MISC", Via: viaSource, Confidence: unnamedConf})
	return argRef{ent: id, kind: dossier.KindOther, conf: unnamedConf}, true
}

// unnamedConf is the confidence of an unnamed source's mention: the phrase
// is surely the source, but names no one the knowledge base knows.
const unnamedConf = 0.5

// unnamedID returns the local id of an unnamed source, in the form package
// entity gives names the knowledge base lacks ("local:misc:industry-sources").
func unnamedID(name string) string {
	var b strings.Builder
	b.WriteString("local:misc:")
	n := b.Len()
	dash := false
	for _, r := range text.Fold(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > n {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		dash = true
	}
	if b.Len() == n {
		return ""
	}
	return b.String()
}

// speaker returns the participant that is the subject of reporting clause k.
func (s *sent) speaker(k int) (argRef, bool) {
	for _, ck := range s.subject(k) {
		if r, ok := s.chunkArg(ck); ok {
			return r, true
		}
	}
	return argRef{}, false
}

func (s *sent) attribute(cands []cand, vcs []vc) {
	acc := s.accordingSource()
	var reporting []int
	for k := range s.clauses {
		if s.clauseReports(k) {
			reporting = append(reporting, k)
		}
	}
	for i := range cands {
		c := &cands[i]
		if acc >= 0 {
			c.src, c.srcMod = s.ref(acc, ""), modReported
		} else if s.accSelf && len(c.actors) > 0 {
			c.src, c.srcMod = c.actors[0], modReported
		}
		if c.src.ent != "" || c.judged {
			continue
		}
		best, dist := -1, 1<<30
		for _, k := range reporting {
			if !s.reports(k, c, reporting) {
				continue
			}
			d := k - c.clause
			if d < 0 {
				d = -d
			}
			if d < dist {
				best, dist = k, d
			}
		}
		if best < 0 {
			// an unnamed source in a phrase, when no reporting clause
			// names a speaker ("Diplomats said …, citing intelligence
			// reports" keeps the diplomats)
			if s.accUnn >= 0 {
				if r, ok := s.unnamedRef(s.accUnn); ok {
					c.src, c.srcMod = r, modReported
				}
			}
			if c.src.ent == "" && s.carried.ent != "" && c.e != demandEntry && c.e != threatEntry && s.konjunktivDE(c.clause, &vcs[c.clause]) {
				c.src, c.srcMod = s.carried, modReported
			}
			continue
		}
		c.repCl = best
		sp, ok := s.speaker(best)
		if !ok {
			sp, ok = s.unnamedSpeaker(best)
		}
		if !ok && s.accUnn >= 0 {
			sp, ok = s.unnamedRef(s.accUnn)
		}
		if ok {
			c.src, c.srcMod = sp, vcs[best].report
			// "hat angekündigt, … fortzusetzen": an announced plan
			if s.clauses[c.clause].kind == cInf && best < c.clause && !claimVerb[s.words[vcs[best].repVerb].lemma] {
				c.srcMod = modPlanned
			}
		} else if vcs[best].report == modAlleged {
			c.srcMod = modAlleged
		}
	}
	// speech acts that are events introduce what follows them
	for i := range cands {
		sa := &cands[i]
		if sa.e.flags&flagSay == 0 || len(sa.actors) == 0 {
			continue
		}
		for j := range cands {
			c := &cands[j]
			if c.clause <= sa.clause || c.src.ent != "" {
				continue
			}
			kind := s.clauses[c.clause].kind
			if kind != cSub && kind != cInf && !(s.de && kind == cMain && c.clause == sa.clause+1) {
				continue
			}
			c.src = sa.actors[0]
			c.srcMod = modReported
			if sa.e.typ == "ACCUSE" {
				c.srcMod = modAlleged
			}
		}
	}
	// evaluative nouns in reported content: the speaker judges ("… represents
	// a direct violation of resolutions, the G7 said")
	for i := range cands {
		c := &cands[i]
		if c.e.flags&flagJudge == 0 {
			continue
		}
		if c.src.ent == "" {
			continue
		}
		if len(c.actors) == 0 || c.actors[0].ent != c.src.ent {
			// the accused are the participants of the reported content
			targets := append(c.targets, c.actors...)
			for _, r := range s.contentParticipants(c) {
				targets = appendRef(targets, r)
			}
			c.actors = []argRef{c.src}
			c.targets = targets
			s.dropSelf(c)
		}
		// the statement is the act: the speaker is its actor, not its source
		c.src, c.srcMod = argRef{}, ""
		c.judged = true
	}
}

// contentParticipants returns the subjects with referents of the
// sentence's clauses that are not reporting clauses.
func (s *sent) contentParticipants(c *cand) []argRef {
	var out []argRef
	for k := range s.clauses {
		if s.clauseReports(k) {
			continue
		}
		for _, r := range s.refsOf(s.subject(k), nil) {
			if r.ent == c.src.ent {
				continue
			}
			out = appendRef(out, r)
		}
	}
	return out
}

// modalRank orders modalities: the first that applies wins.
var modalRank = map[string]int{
	modNegated: 6, modHypothetical: 5, modPlanned: 4, modAlleged: 3, modReported: 2, modAsserted: 1, "": 0,
}

// The modalities of the export contract (package dossier), short.
const (
	modAsserted     = dossier.ModalityAsserted
	modReported     = dossier.ModalityReported
	modAlleged      = dossier.ModalityAlleged
	modPlanned      = dossier.ModalityPlanned
	modNegated      = dossier.ModalityNegated
	modHypothetical = dossier.ModalityHypothetical
)

func stronger(a, b string) string {
	if modalRank[b] > modalRank[a] {
		return b
	}
	return a
}

func (s *sent) modality(c *cand, vcs []vc) {
	cl := &s.clauses[c.clause]
	m := modAsserted
	v := &vcs[c.clause]
	vm := v.modal
	if c.e == demandEntry || c.e == threatEntry {
		// the speaker's act: the content's "müsse" is what is demanded,
		// not a doubt about the demand
		vm = ""
	}
	local := s.localModal(c)
	if local != "" && !(vm == modPlanned && local == modHypothetical) {
		vm = stronger(vm, local)
	}
	// reported speech shifts "will" to "would": "said they would boycott
	// all contact", "erklärte, man würde liefern" is a plan, unless a
	// condition makes it hypothetical
	if vm == modHypothetical && (c.src.ent != "" || c.repCl >= 0) && s.backshifted(c) && !s.hasCondition() {
		vm = modPlanned
	}
	m = stronger(m, vm)
	if s.de && c.e != demandEntry && c.e != threatEntry && s.konjunktivDE(c.clause, v) {
		m = stronger(m, modReported)
	}
	m = stronger(m, c.srcMod)
	if c.src.ent != "" {
		m = stronger(m, modReported)
	}
	// infinitive clauses inherit the intention of the clause they complete
	if (cl.kind == cInf || cl.kind == cCoordVP) && cl.parent >= 0 {
		pv := &vcs[cl.parent]
		if pv.intent || pv.modal == modPlanned && cl.kind == cInf {
			m = stronger(m, modPlanned)
		}
		if cl.kind == cCoordVP {
			m = stronger(m, pv.modal)
		}
	}
	// "schloss nicht aus, Obama zu verklagen", "did not rule out that …":
	// what is not ruled out is possible
	pc := &s.clauses[max(cl.parent, 0)]
	if (cl.kind == cInf || cl.kind == cSub) && cl.parent >= 0 && s.notRuledOut(pc.lo, pc.hi) {
		m = stronger(m, modHypothetical)
	}
	// the same in one clause when the parser did not split it: its
	// negation belongs to "ausschließen", not to the event
	ruledOut := s.notRuledOut(cl.lo, c.trig)
	if ruledOut {
		m = stronger(m, modHypothetical)
	}
	if cl.kind == cSub && cl.sub >= 0 {
		if mm := s.lx.cues.modal[s.words[cl.sub].low]; mm == modHypothetical {
			m = stronger(m, mm)
		}
		// an indirect question ("Offen ist, ob sie sich zurückzieht")
		// leaves the act open; not a cue, which would make the main
		// clause's own act a condition's too
		if low := s.words[cl.sub].low; low == "ob" || low == "whether" {
			m = stronger(m, modHypothetical)
		}
	}
	// a clause inside a condition's own complement: "if it seems that
	// the goal actually is to destroy …"
	if !s.de {
		for p, n := cl.parent, 0; p >= 0 && n < len(s.clauses); p, n = s.clauses[p].parent, n+1 {
			if o := &s.clauses[p]; o.kind == cSub && o.sub >= 0 && s.words[o.sub].low == "if" {
				m = stronger(m, modHypothetical)
				break
			}
		}
	}
	// a main clause under a condition: "Wenn die USA …, wird das Treffen …"
	// not a speech act, though: "threatened to … if the banks refuse" is a
	// threat made, whatever its condition
	if cl.kind == cMain && c.e.flags&flagSay == 0 && c.e.typ != "THREATEN" {
		for k := range s.clauses {
			o := &s.clauses[k]
			if !s.de && m == modPlanned && o.kind == cSub && o.sub >= 0 && s.words[o.sub].low == "unless" && forceType(c.e.typ) {
				// "will boycott the elections unless the president
				// resigns": an act of conflict announced with the terms
				// that would stop it is an ultimatum, planned, not a
				// possibility ("if …" stays one)
				continue
			}
			if o.kind == cSub && o.sub >= 0 && s.lx.cues.modal[s.words[o.sub].low] == modHypothetical && !s.mainBetween(k, c.clause) {
				m = stronger(m, modHypothetical)
			}
		}
	}
	// adverbs and phrases anywhere in the clause ("reportedly", "mutmaßlich",
	// "Berichten zufolge")
	ws := s.words
	for i := cl.lo; i < cl.hi; i++ {
		w := &ws[i]
		if w.pos == pAux || w.pos == pVerb {
			continue // modal verbs were read with the verb complex
		}
		if w.pos == pPropn || w.pos == pNoun || w.pos == pNum {
			continue // "since May", "the will of the people": no modal adverbs
		}
		if mm, ok := s.lx.cues.modal[w.low]; ok && w.pos != pSconj && w.pos != pCconj {
			if mm != modPlanned {
				m = stronger(m, mm)
			}
		}
	}
	// phrases hold for the whole sentence: "Berichten zufolge, …"
	for i := 0; i+1 < len(ws); i++ {
		if mm, ok := s.lx.cues.modal[string(s.phrase(i, i+2))]; ok && mm != modPlanned {
			m = stronger(m, mm)
		}
	}
	if !s.de && !c.noun && s.vocativeImperative(c) {
		m = stronger(m, modHypothetical)
	}
	if !ruledOut && s.negated(c) {
		m = modNegated
	}
	c.modal = m
}

// vocativeImperative says whether the English verb event is a command to
// those its subject names ("All citizens, fight them!", "Soldiers, attack
// at dawn"): the phrase opens the clause (or its quotation) and is cut off
// by a comma from the bare verb after it, and the clause addresses someone
// (an exclamation mark, you or your, or a quotation). A command is a call
// for the act, not the act.
func (s *sent) vocativeImperative(c *cand) bool {
	cl := &s.clauses[c.clause]
	if cl.kind != cMain {
		return false
	}
	t := c.trig
	if t < 2 || s.words[t-1].low != "," || s.words[t].low != s.words[t].lemma {
		return false
	}
	lo := cl.lo
	quoted := false
	for lo < t && isQuote(s.words[lo].low) {
		lo++
		quoted = true
	}
	// the subject opens the clause, and nothing but its phrase ("Soldiers
	// of Peru") comes before the comma
	k := s.words[lo].chunk
	if k < 0 || s.chunks[k].lo != lo || !containsInt(s.subject(c.clause), k) {
		return false
	}
	for i := lo; i < t-1; i++ {
		if w := &s.words[i]; w.pos == pVerb || w.pos == pAux || w.low == "," || isQuote(w.low) {
			return false
		}
	}
	if quoted {
		return true
	}
	for i := t + 1; i < len(s.words); i++ {
		switch s.words[i].low {
		case "!", "you", "your", "yourselves":
			return true
		}
	}
	return false
}

// deniedInfinitive are the English words before "to" that deny the act
// of the infinitive after them.
var deniedInfinitive = map[string]bool{"unable": true, "fail": true, "fails": true, "failed": true, "failing": true}

// nochAfterWeder says whether the German clause starting at lo is the
// "noch" half of "weder … noch" (the clause splitter cuts at the
// conjunction, leaving "weder" in the clause before): "weder" before it in
// the sentence, no clause-ending punctuation between.
func (s *sent) nochAfterWeder(lo int) bool {
	if lo >= len(s.words) || s.words[lo].low != "noch" || s.words[lo].pos != pCconj {
		return false
	}
	for j := lo - 1; j >= 0; j-- {
		switch w := &s.words[j]; {
		case w.low == "weder":
			return true
		case w.pos == pPunct && w.low != ",":
			return false
		}
	}
	return false
}

// notRuledOut says whether words [lo, hi) deny excluding something: a
// negation and the verb "ausschließen" or "rule out"/"exclude".
func (s *sent) notRuledOut(lo, hi int) bool {
	neg, rule, schliessen, aus := false, false, false, false
	for i := lo; i < hi; i++ {
		w := &s.words[i]
		switch {
		case w.lemma == "schließen" || schliessenForm[w.low]:
			schliessen = true // "schloss … aus": the particle may be read as a preposition
		case w.low == "aus":
			aus = true
		case s.lx.cues.neg[w.low]:
			neg = true
		case w.lemma == "ausschließen" || w.lemma == "exclude" || w.lemma == "preclude":
			rule = true
		case w.lemma == "rule" && i+1 < hi && s.words[i+1].low == "out":
			rule = true
		}
	}
	return neg && (rule || schliessen && aus)
}

// schliessenForm are finite forms of "schließen" the tagger may misread.
var schliessenForm = map[string]bool{"schloss": true, "schlossen": true, "schließt": true, "schließe": true, "schließen": true}

// localModal returns the modality of the English auxiliaries right before
// a verb trigger ("said they will release", "said it would withdraw"): the
// clause's verb complex starts with the reporting verb and misses them.
func (s *sent) localModal(c *cand) string {
	if s.de || c.noun {
		return ""
	}
	cl := &s.clauses[c.clause]
	out := ""
	for i := c.trig - 1; i >= cl.lo && i >= c.trig-4; i-- {
		w := &s.words[i]
		if w.pos == pAdv || s.lx.cues.neg[w.low] || w.lemma == "be" || w.lemma == "have" {
			continue
		}
		if w.pos != pAux {
			break
		}
		if mm, ok := s.lx.cues.modal[w.low]; ok {
			out = stronger(out, mm)
		}
	}
	return out
}

// backshifted says whether the trigger's clause has "would"/"würde", the
// future of reported speech.
func (s *sent) backshifted(c *cand) bool {
	cl := &s.clauses[c.clause]
	for i := cl.lo; i < cl.hi; i++ {
		switch s.words[i].low {
		case "would", "würde", "würden":
			return true
		}
	}
	return false
}

// hasCondition says whether the sentence has a conditional clause.
func (s *sent) hasCondition() bool {
	for k := range s.clauses {
		if s.conditional(k) {
			return true
		}
	}
	return false
}

// negated says whether the event is denied: a negation in its clause before
// the end of the trigger's object ("did not send", "schickte keine
// Soldaten", "no longer supplies"), not "not only"/"nicht nur".
func (s *sent) negated(c *cand) bool {
	cl := &s.clauses[c.clause]
	ws := s.words
	end := cl.hi
	if s.de && s.nochAfterWeder(cl.lo) {
		return true // "weder bestätigen noch dementieren": both halves are denied
	}
	if !s.de {
		end = c.trig + 1
		// the object's determiner: "sent no troops"
		if c.trig+1 < len(ws) && (ws[c.trig+1].low == "no" || ws[c.trig+1].low == "neither") {
			return true
		}
	}
	// "were unable to return", "failed to send": the infinitive is denied
	if !s.de {
		j := c.trig - 1
		if c.noun {
			// a noun event as the object of the denied verb: "failed to
			// reach an agreement", "were unable to hold talks"
			k := ws[c.trig].chunk
			if k < 0 || s.chunks[k].lo < 1 || ws[s.chunks[k].lo-1].pos != pVerb {
				j = 0
			} else {
				j = s.chunks[k].lo - 2
			}
		}
		for j > 0 && ws[j].pos == pAdv {
			j--
		}
		if j > 0 && ws[j].low == "to" && deniedInfinitive[ws[j-1].low] {
			return true
		}
	}
	start := cl.lo
	if c.noun {
		ck := &s.chunks[ws[c.trig].chunk]
		if s.lx.cues.neg[ws[ck.lo].low] {
			return true
		}
		if s.de && s.cancelledDE(c) {
			return true
		}
		if !s.de {
			// a noun event is denied only through its governing verb
			if len(s.vcs[c.clause].lexical) == 0 {
				return false
			}
			// a possessed act has happened, whatever the verb denies of
			// it: "did not take into account Argentina's request"
			for j := ck.lo; j < c.trig; j++ {
				if ws[j].low == "'s" || ws[j].low == "’s" || ws[j].low == "'" {
					return false
				}
			}
		}
	}
	for i := start; i < end; i++ {
		w := &ws[i]
		if !s.lx.cues.neg[w.low] {
			continue
		}
		if i+1 < len(ws) && (ws[i+1].low == "only" || ws[i+1].low == "nur" || ws[i+1].low == "just") {
			continue
		}
		if s.de && i > 0 && ws[i-1].low == "(" {
			continue // "(nicht rechtskräftig)": an aside on the verdict, no denial
		}
		// "jetzt oder nie", "now or never": urgency, not denial
		if i > 0 && (ws[i-1].low == "oder" || ws[i-1].low == "or") && (w.low == "nie" || w.low == "never") {
			continue
		}
		if w.low == "neither" || w.low == "nor" || w.low == "weder" {
			// "Neither Russia nor China supported …", "hat weder X noch Y
			// angegriffen": the pair denies the predicate for each
			return true
		}
		if w.low == "no" && i+1 < len(ws) && s.lx.cues.neg["no "+ws[i+1].low] {
			return true // "no longer shares": the negation cue is the phrase
		}
		if w.low == "no" {
			// determiners negate only the phrase they start
			if w.chunk >= 0 && w.chunk == ws[c.trig].chunk {
				return true
			}
			continue
		}
		if s.de && hasPrefixStr(w.low, "kein") {
			// "keine Soldaten": negates the event when it is its object
			if w.chunk >= 0 && (w.chunk == ws[c.trig].chunk || w.chunk >= 0 && s.chunks[w.chunk].prep < 0 && !containsInt(s.subject(c.clause), w.chunk)) {
				return true
			}
			continue
		}
		return true
	}
	return false
}

// mainBetween says whether a main clause stands between clause k and a
// later clause ci: a condition governs the clause right after it, not a
// comment on both ("Wenn A, müssten B, kritisiert das Ministerium").
func (s *sent) mainBetween(k, ci int) bool {
	for j := k + 1; j < ci; j++ {
		if s.clauses[j].kind == cMain && s.firstVerb(j) >= 0 {
			return true
		}
	}
	return false
}

// demandEntry codes the demand that reported obligation makes.
var demandEntry = &entry{pos: 'v', typ: "REQUEST", curated: true, row: "attrib.go:demand"}

// threatEntry codes the threat that a warned consequence makes.
var threatEntry = &entry{pos: 'v', typ: "THREATEN", curated: true, row: "attrib.go:threat"}

// consequence says whether clause ci says that its subject will suffer
// something ("müsse mit einer Antwort rechnen", "werde es bereuen"): under
// a verb of warning that is a threat, not a demand.
func (s *sent) consequence(ci int) bool {
	if len(s.lx.cues.consequence) == 0 {
		return false
	}
	cl := &s.clauses[ci]
	for i := cl.lo; i < cl.hi; i++ {
		w := &s.words[i]
		if (w.lemmaCls|w.lowCls)&clConsequence != 0 {
			return true
		}
		if i+1 < cl.hi && w.lowCls&clConsequenceStart != 0 && s.lx.cues.consequence[string(s.phrase(i, i+2))] {
			return true
		}
	}
	return false
}

// warns says whether the verb of reporting clause ci is one of warning.
func (s *sent) warns(ci int) bool {
	cl := &s.clauses[ci]
	for i := cl.lo; i < cl.hi; i++ {
		if s.words[i].pos == pVerb && s.lx.cues.warn[s.words[i].lemma] {
			return true
		}
	}
	return false
}

// deontic says whether clause ci states an obligation ("must", "should",
// "have to", "müsse").
func (s *sent) deontic(ci int) bool {
	cl := &s.clauses[ci]
	for i := cl.lo; i < cl.hi; i++ {
		w := &s.words[i]
		if w.lowCls&clDeontic != 0 {
			return true
		}
		if i+1 < cl.hi && w.lowCls&clDeonticStart != 0 && s.lx.cues.deontic[string(s.phrase(i, i+2))] {
			return true
		}
	}
	return false
}

// demands turns reported obligations into demands: "X said Y must …", "X
// erklärte, Y müsse …" is X requesting something of Y, whatever the verb
// of the content; the content itself is no event. A warning that Y will
// suffer a consequence ("X warnte, Y müsse mit einer Antwort rechnen") is
// X threatening Y instead; a warning of a danger names no consequence for
// anyone and stays what it was.
func (s *sent) demands(cands []cand, absorbed []bool) []cand {
	for k := range s.clauses {
		if absorbed[k] || s.clauseReports(k) {
			continue
		}
		deontic, conseq := s.deontic(k), s.consequence(k)
		if !deontic && !conseq || s.indirectQuestionEN(k) {
			continue
		}
		probe := cand{clause: k, trig: s.firstVerb(k)}
		if probe.trig < 0 || s.passiveObligation(k) {
			continue
		}
		rep := -1
		for r := range s.clauses {
			if r != k && s.clauseReports(r) && s.reports(r, &probe, nil) {
				rep = r
				break
			}
		}
		if rep < 0 {
			continue
		}
		e := demandEntry
		if conseq && s.warns(rep) {
			e = threatEntry
		} else if !deontic {
			continue
		}
		sp, ok := s.speaker(rep)
		if !ok {
			continue
		}
		subj := s.subject(k)
		if !s.de {
			// "said U.S. personal income should rise", "Japanese exports
			// must fall": a thing a country is named in is asked nothing
			subj = slices.DeleteFunc(slices.Clone(subj), s.thingOfActorEN)
		}
		targets := s.refsOf(subj, nil)
		out := cands[:0]
		for _, c := range cands {
			if c.clause != k {
				out = append(out, c)
			}
		}
		cands = out
		d := cand{trig: probe.trig, trigLo: probe.trig, e: e, clause: k, loc: -1, repCl: rep,
			actors: []argRef{sp}, targets: targets, judged: true}
		s.dropSelf(&d)
		if len(d.targets) > 0 { // "Wir müssen weiter pushen, sagte er" demands nothing of anyone
			cands = append(cands, d)
		}
	}
	return cands
}

// thingOfActorEN says whether English phrase k names its referent only by
// a modifier of a head that is no agent ("U.S. personal income", "Japanese
// exports", "Brazil's debt"): the phrase is a thing, not the actor.
func (s *sent) thingOfActorEN(k int) bool {
	ck := &s.chunks[k]
	if !ck.modifier || ck.head < 0 || s.words[ck.head].ment >= 0 || s.words[ck.head].lowCls&(clDeontic|clDeonticStart) != 0 {
		return false // ("The Fed ought": a modal the tagger read as the noun)
	}
	_, agent := s.lx.cues.agent[singular(s.words[ck.head].lemma)]
	return !agent
}

// passiveObligation says whether the obligation of clause k is passive
// ("der Gipfel muss fortgesetzt werden", "sanctions must be lifted"): its
// subject is what is to be done, not whom the speaker asks to act.
func (s *sent) passiveObligation(k int) bool {
	c := &s.clauses[k]
	if s.de {
		// werden with a participle (a lexical verb not in its infinitive):
		// "fortgesetzt werden muss"; the future "wird fortsetzen müssen"
		// has the infinitive
		werden, part := false, false
		for i := c.lo; i < c.hi; i++ {
			w := &s.words[i]
			switch {
			case w.lemma == "werden":
				werden = true
			case w.pos == pVerb && w.low != w.lemma:
				part = true
			}
		}
		return werden && part
	}
	for i := c.lo; i < c.hi; i++ {
		if s.words[i].pos == pVerb && s.passiveAt(i, nil) {
			return true
		}
	}
	return false
}

// noteSpeakerDE keeps the speaker of a German sentence's reported speech
// for the next sentence, whose clauses in the Konjunktiv I go on with the
// report ("Wie die Agentur Yonhap meldete, hat das Militär Raketen
// getestet. Nordkorea habe außerdem Soldaten geschickt": Yonhap says so);
// a sentence in the Konjunktiv I that names no speaker of its own passes
// the speaker on. It sets s.carried to the speaker of the sentence before.
func (s *sent) noteSpeakerDE(vcs []vc) {
	st := s.st
	if !s.de || st == nil {
		return
	}
	if st.speaker.ent != "" && st.speakerSent == s.idx-1 {
		s.carried = st.speaker
	}
	var sp argRef
	if acc := s.accordingSource(); acc >= 0 {
		sp = s.ref(acc, "")
	}
	for k := range s.clauses {
		if sp.ent != "" {
			break
		}
		if !s.clauseReports(k) {
			continue
		}
		if r, ok := s.speaker(k); ok {
			sp = r
		}
	}
	if sp.ent == "" && s.carried.ent != "" {
		for k := range s.clauses {
			if s.clauses[k].kind == cMain && s.konjunktivDE(k, &vcs[k]) {
				sp = s.carried
				break
			}
		}
	}
	if sp.ent != "" {
		st.speaker, st.speakerSent = sp, s.idx
	}
}

// forceType says whether PLOVER type t is an act of conflict short of
// words: one a party can threaten (protest, sanction, force, coercion,
// mobilisation).
func forceType(t string) bool {
	switch t {
	case "PROTEST", "SANCTION", "ASSAULT", "COERCE", "MOBILIZE":
		return true
	}
	return false
}
