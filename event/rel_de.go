package event

import (
	"strings"

	"github.com/dossier-news/dossier"
)

// pluralFiniteDE says whether the finite verb of a German verb-final
// clause (its last verb or auxiliary) is plural: "…, die der Regierung
// Versagen vorwerfen" (-en), "…, die … gefordert hatten", "… sind". It
// answers false when it cannot tell, and for an infinitive clause.
func (s *sent) pluralFiniteDE(ci int) bool {
	c := &s.clauses[ci]
	for i := c.hi - 1; i >= c.lo; i-- {
		w := &s.words[i]
		if w.pos != pVerb && w.pos != pAux {
			continue
		}
		if i > c.lo && s.words[i-1].low == "zu" {
			return false
		}
		switch w.low {
		case "sind", "seien":
			return true
		}
		return len(w.low) > 3 && hasSuffix(w.low, "en")
	}
	return false
}

// actorAntecedentDE says whether the antecedent phrase k of a relative
// pronoun names a person, a body or a country, who can do what the
// relative clause says.
func (s *sent) actorAntecedentDE(k int) bool {
	if k < 0 {
		return false
	}
	r := s.chunkRef(k)
	if r < 0 {
		return false
	}
	switch s.ments[r].kind {
	case dossier.KindCountry, dossier.KindPerson, dossier.KindOrganization:
		return true
	}
	return false
}

// nominativeOnlyDE says whether German phrase k is marked as a subject by
// its article: "der Präsident" (masculine nominative; a feminine "der" is
// dative or genitive, which the chunker gives a preposition or marks).
func (s *sent) nominativeOnlyDE(k int) bool {
	ck := &s.chunks[k]
	return s.words[ck.lo].low == "der" || s.words[ck.lo].low == "ein"
}

// singularNominativeDE says whether German phrase k can only be a singular
// subject: it begins with "der", which as a nominative is masculine
// singular (as a plural it would be a genitive), or it is the bare name of
// a country or person. A plural finite verb rules
// it out as subject of a relative clause whose pronoun "die" then is the
// subject itself ("Gruppen, die der Hamas Nachgiebigkeit vorwerfen").
func (s *sent) singularNominativeDE(k int) bool {
	ck := &s.chunks[k]
	if s.words[ck.lo].low == "der" {
		return true
	}
	// a bare name of a country or person ("Israel", "Merkel"); plural
	// country names take an article ("die USA", "die Niederlande")
	if r := s.chunkRef(k); r >= 0 && s.words[ck.lo].pos != pDet {
		switch s.ments[r].kind {
		case dossier.KindCountry, dossier.KindPerson:
			return true
		}
	}
	return false
}

// directionWordDE are German words that place something relative to a
// place in the von-phrase after them ("südlich von Hebron", "unweit von
// Kiew"): the phrase is no passive agent.
var directionWordDE = map[string]bool{"nördlich": true, "südlich": true, "östlich": true, "westlich": true,
	"nordöstlich": true, "nordwestlich": true, "südöstlich": true, "südwestlich": true, "unweit": true,
	"oberhalb": true, "unterhalb": true, "abseits": true, "jenseits": true, "diesseits": true, "außerhalb": true}

// cityAfterNounDE says whether German von-phrase k right after a noun names
// a place below a country (a city, a region): "der Attentäter von Tel
// Aviv", "der Bürgermeister von Chicago". Such a phrase belongs to the
// noun; a country there may still act as a passive agent ("… der
// Regierung von Russland kritisiert" is rarer than "von Russland").
func (s *sent) cityAfterNounDE(k int) bool {
	r := s.chunkRef(k)
	return r >= 0 && s.ments[r].kind == dossier.KindLocation
}

// headlineParticipleDE says whether German main clause ci is a headline's
// elliptical passive: a participle at its end, no auxiliary, and only
// phrases before it ("Zwei Demonstranten erschossen und vier Polizisten
// verletzt", "Oppositionelle festgenommen"). The phrase before the
// participle is then the one acted on, not the subject.
func (s *sent) headlineParticipleDE(ci int) bool {
	c := &s.clauses[ci]
	if !s.de || c.kind != cMain {
		return false
	}
	v, phrase, bare := -1, false, false
	for i := c.lo; i < c.hi; i++ {
		w := &s.words[i]
		switch {
		case w.pos == pAux:
			return false
		case w.chunk >= 0:
			if v >= 0 || s.chunks[w.chunk].pron {
				return false // a phrase after the verb, or a pronoun subject ("Sie verhandelten")
			}
			if s.chunks[w.chunk].prep < 0 && phrase && bare {
				return false // two bare phrases: subject and object of a verb-final fragment
			}
			if s.chunks[w.chunk].prep < 0 {
				bare = true
			}
			phrase = true
			i = s.chunks[w.chunk].hi - 1
		case w.pos == pVerb:
			if v >= 0 {
				return false
			}
			v = i
		case v >= 0 && (w.pos == pCconj || w.low == ","):
			// "… erschossen und vier Polizisten verletzt": each part so
			if !phrase || !participleFormDE(&s.words[v]) {
				return false
			}
			v, phrase, bare = -1, false, false
		}
	}
	return v >= 0 && phrase && participleFormDE(&s.words[v])
}

// participleFormDE says whether a German verb form looks like a past
// participle: ge- (also after a separable particle: "festgenommen") or an
// inseparable prefix, ending in -t or -en, and not the infinitive itself.
func participleFormDE(w *word) bool {
	if w.low == w.lemma || !(hasSuffix(w.low, "t") || hasSuffix(w.low, "en")) {
		return false
	}
	if strings.Contains(w.low, "ge") {
		return true
	}
	for _, pre := range [...]string{"be", "er", "ver", "zer", "ent", "emp", "miss"} {
		if strings.HasPrefix(w.low, pre) {
			return true
		}
	}
	return false
}

// passiveLightAgentDE gives an event noun that is the subject of a German
// passive light verb the agent of that passive: "Der Anschlag wurde von
// der Hamas verübt", "Die Razzia wurde von der Polizei durchgeführt"; and
// one that is the subject of "kommen von" its von-phrase ("Kritik kam von
// den USA").
func (s *sent) passiveLightAgentDE(c *cand, k int) {
	cl := &s.clauses[c.clause]
	if !s.de || !containsInt(s.subject(c.clause), k) {
		return
	}
	light := false
	for j := cl.lo; j < cl.hi; j++ {
		// "Kritik kam von den Vereinten Nationen": kommen von names
		// whose the act is, as the agent of a passive does
		// (with a target: "Kritik an Israel kam von …"; without one the
		// act is aimed at what the sentences before said)
		if w := &s.words[j]; w.pos == pVerb && (cl.passive && s.lx.cues.light[w.lemma] || !cl.passive && w.lemma == "kommen" && len(c.targets) > 0) {
			light = true
			break
		}
	}
	if !light {
		return
	}
	for j := cl.lo; j < cl.hi; j++ {
		n := s.words[j].chunk
		if n < 0 || n == k {
			continue
		}
		j = s.chunks[n].hi - 1
		pi := s.chunks[n].prep
		if pi < 0 || !s.lx.cues.by[s.words[pi].low] || pi > 0 && s.words[pi-1].chunk == k || s.eventNounModifier(n) {
			continue // "der Angriff von Paris": the noun's own modifier
		}
		if h := s.chunks[n].hi; h < cl.hi && s.words[h].pos == pAdj {
			continue // "in der von Kurden bewohnten Provinz": inside an attribute
		}
		if s.chunkRef(n) >= 0 {
			c.actors = s.refsOf(s.coordinated(n, j+1, cl.hi), c.actors)
			c.viaVerb = len(c.actors) > 0
		}
		return
	}
}

// prepTargetsDE keeps, for a German row of force whose target is aimed by
// "gegen" ("vorgehen gegen", "kämpfen gegen"), only the targets named in a
// phrase of that preposition: "ist die Polizei nach dem Wahlsieg der AKP
// gegen eine Zeitung vorgegangen" is aimed at the paper, not at the party
// of a time phrase; a paper nobody named leaves the police's act without
// a target.
func (s *sent) prepTargetsDE(c *cand) {
	if !s.de || c.e.typ != "COERCE" && c.e.typ != "ASSAULT" || !containsStr(c.e.prep, "gegen") || len(c.targets) == 0 {
		return // other rows name their target elsewhere too ("sich aussprechen gegen eine Koalition mit X")
	}
	cl := &s.clauses[c.clause]
	var keep []argRef
	for j := cl.lo; j < cl.hi; j++ {
		n := s.words[j].chunk
		if n < 0 {
			continue
		}
		j = s.chunks[n].hi - 1
		pi := s.chunks[n].prep
		if pi < 0 || !containsStr(c.e.prep, s.words[pi].low) && !containsStr(c.e.prep, s.words[pi].lemma) {
			continue
		}
		keep = s.refsOf(s.coordinated(n, s.chunks[n].lo, cl.hi), keep)
	}
	n := 0
	for _, t := range c.targets {
		for _, k := range keep {
			if k.ent == t.ent {
				c.targets[n] = t
				n++
				break
			}
		}
	}
	c.targets = c.targets[:n]
}

// agentAttributeDE says whether the German participle at i ends an
// attribute that begins with an article and a von- or durch-phrase: "der
// von Russland unterstützten Regierung", "die vom Westen verhängten
// Sanktionen".
func (s *sent) agentAttributeDE(i int) bool {
	for j := i - 1; j > 0 && j >= i-5; j-- {
		w := &s.words[j]
		switch {
		case w.low == "von" || w.low == "vom" || w.low == "durch":
			return s.words[j-1].pos == pDet
		case w.pos == pPropn || w.pos == pNoun || w.pos == pDet || w.pos == pAdj:
		default:
			return false
		}
	}
	return false
}

// attributeAgentEndDE returns the end of the agent phrase that follows a
// German article at j and belongs to the attribute after it ("Die [von
// Islamisten] geführte Rebellengruppe"), or -1: the article and that phrase
// are part of the phrase that follows, before the verb at v.
func (s *sent) attributeAgentEndDE(j, v int) int {
	if !s.de || s.words[j].pos != pDet || j+2 >= v {
		return -1
	}
	p := &s.words[j+1]
	if p.low != "von" && p.low != "vom" && p.low != "durch" {
		return -1
	}
	k := s.words[j+2].chunk
	if k < 0 || s.chunks[k].prep != j+1 {
		return -1
	}
	e := s.chunks[k].hi
	if e >= v || s.words[e].chunk < 0 || s.words[e].pos != pAdj {
		return -1 // the attribute's participle starts the next phrase
	}
	return e
}

// summonActorDE gives a German passive summons that names no agent ("Der
// Botschafter wurde ins Außenministerium einbestellt", "… zitiert worden")
// the state the report files from: the ministry that summons is the
// dateline's (or the place's, when the sentence places it), unless the
// one summoned is of that state. It reports whether it gave one.
func (s *sent) summonActorDE(c *cand) bool {
	if !s.de || s.x.kb == nil || c.e.typ != "ACCUSE" || c.e.lemma != "einbestellen" && c.e.lemma != "zitieren" {
		return false
	}
	country := ""
	if c.loc >= 0 {
		country = s.ments[c.loc].country
	} else if s.st != nil {
		country = s.st.dateline
	}
	if country == "" {
		return false
	}
	for i := range c.targets {
		if s.countryOf(&c.targets[i]) == country {
			return false
		}
	}
	if cm := s.countryMention(country); cm >= 0 {
		r := s.ref(cm, "GOV")
		r.conf = 0.5
		c.actors = append(c.actors, r)
		return true
	}
	if ck, ok := s.x.kb.(countryKB); ok {
		if e, ok := ck.Country(country); ok {
			c.actors = append(c.actors, argRef{ent: e.ID, sector: "GOV", conf: 0.5, kind: dossier.KindCountry})
			return true
		}
	}
	return false
}

// timexAttributeDE says whether the German participle at i ends an
// attribute that holds a time phrase after an article or numeral: "zwei
// [seit November] entführte Botschaftsmitarbeiter", "die [im März]
// festgenommenen Journalisten". A time phrase in the Vorfeld ("Am
// Dienstag forderte …") has no article before its preposition.
func (s *sent) timexAttributeDE(i int) bool {
	j := i - 1
	t := s.words[j].timex
	if t == 0 {
		return false
	}
	for j > 0 && s.words[j-1].timex == t {
		j--
	}
	if j > 0 && s.words[j].pos != pAdp && s.words[j-1].pos == pAdp {
		j-- // the preposition before the expression ("seit")
	}
	if s.words[j].pos != pAdp || j == 0 {
		return false
	}
	p := s.words[j-1].pos
	return p == pDet || p == pNum
}

// borderPlaceDE says whether German phrase k is the "zu X" of a border
// that only places something ("das Lager an der Grenze zu Mazedonien
// geräumt"): X is a neighbour, not whom the act is aimed at, unlike the
// border that is itself the object ("die Grenze zu Griechenland
// geschlossen").
func (s *sent) borderPlaceDE(k int) bool {
	pi := s.chunks[k].prep
	if pi < 1 || s.words[pi].lemma != "zu" && s.words[pi].low != "zur" && s.words[pi].low != "zum" || s.words[pi-1].lemma != "grenze" {
		return false
	}
	g := s.words[pi-1].chunk
	if g < 0 {
		return false
	}
	if gc := &s.chunks[g]; gc.prep < 0 {
		// "Nahe der Grenze zur …" opening a sentence: the tagger reads
		// "Nahe" as a noun and the border as its genitive
		return gc.gen && gc.lo > 0 && s.words[gc.lo-1].lemma == "nahe"
	}
	switch s.words[s.chunks[g].prep].lemma {
	case "an", "nahe", "bei", "entlang", "in", "auf":
		return true
	}
	return false
}

// passiveAgentUnnamedDE gives a German passive whose von-agent is an
// unnamed organ of a state ("von der Armee erschossen", "von der Polizei
// festgenommen") the actor an active subject of that phrase would get (the
// state the sentence or the dateline names; see unnamedGroup).
func (s *sent) passiveAgentUnnamedDE(c *cand) {
	if !s.de || len(c.actors) > 0 || c.e.typ != "ASSAULT" && c.e.typ != "COERCE" {
		return // force only: "von der Polizei gebeten, sich zu melden" is no state's demand
	}
	cl := &s.clauses[c.clause]
	for j := cl.lo; j < cl.hi; j++ {
		n := s.words[j].chunk
		if n < 0 {
			continue
		}
		j = s.chunks[n].hi - 1
		pi := s.chunks[n].prep
		if pi < 0 || s.words[pi].low != "von" && s.words[pi].low != "vom" && s.words[pi].low != "durch" {
			continue
		}
		if pi > 0 && s.words[pi-1].chunk >= 0 && !s.freeBeforeAgentDE(s.words[pi-1].chunk) || s.chunkRef(n) >= 0 {
			continue // a von-phrase after a noun belongs to it; a named agent the rules already read
		}
		s.unnamedGroup(c, []int{n})
		return
	}
}

// freeBeforeAgentDE says whether phrase p, right before a von-phrase, takes
// no attribute of its own: a time ("am Montag von Soldaten") or a place in
// a prepositional phrase ("in Kabul von Soldaten erschossen": Kabul has no
// agent).
func (s *sent) freeBeforeAgentDE(p int) bool {
	pc := &s.chunks[p]
	if s.isTimex(pc) {
		return true
	}
	m := s.chunkRef(p)
	if pc.prep < 0 || m < 0 {
		return false
	}
	k := s.ments[m].kind
	return k == dossier.KindLocation || k == dossier.KindCountry
}

// datelineForceDE says whether an unnamed army, police or intelligence
// service whose act is aimed at the one country the sentence names (its
// victims: "Zwei Palästinenser wurden von der Armee erschossen") is the
// dateline's, another state's: the report files from the state whose
// forces they are.
func (s *sent) datelineForceDE(c *cand, ck *chunk, sector, named string) bool {
	return s.de && s.st != nil && s.st.dateline != "" && s.st.dateline != named && s.stateAgent(c, ck, sector)
}

// stativePassiveDE says whether a German verb complex with "sein" and a
// participle is a passive of state ("seien 260 Kämpfer getötet", "sind
// festgenommen"): the participle is of a transitive verb of force, which
// forms its perfect with "haben", so "sein" cannot make it active.
func (s *sent) stativePassiveDE(v *vc) bool {
	if !s.de {
		return false
	}
	vorfeld := s.vorfeldParticipleDE(v)
	for _, i := range v.lexical {
		if i == v.first && !vorfeld {
			continue
		}
		l := s.words[i].lemma
		if seinPerfectDE[l] {
			return false
		}
		for _, e := range s.lx.verbs[l] {
			// not a ban or restriction: "ist verboten", "ist blockiert"
			// state a rule or a condition, not an act; "Angeklagt sind
			// X und Y" is the state of those charged
			// "Die Ministerin ist gefordert": called upon, not calling
			if e.typ == "ASSAULT" || e.typ == "COERCE" && (e.mode == "arrest" || e.mode == "seize" || e.mode == "deport") || l == "fordern" && s.words[i].low == "gefordert" ||
				vorfeld && e.typ == "ACCUSE" && e.mode == "allege" {
				return true
			}
		}
	}
	return false
}

// vorfeldParticipleDE says whether a German main clause opens with the
// participle of its verb complex, the finite auxiliary right after it
// ("Angeklagt sind zwei Manager", "Festgenommen wurde ein Mann"): the
// auxiliary is the finite verb.
func (s *sent) vorfeldParticipleDE(v *vc) bool {
	if !s.de || len(v.verbs) < 2 || v.verbs[1] != v.first+1 {
		return false
	}
	first, aux := &s.words[v.first], &s.words[v.verbs[1]]
	if s.clauses[first.clause].kind != cMain || first.pos != pVerb || aux.pos != pAux || v.first != s.clauses[first.clause].lo {
		return false
	}
	return strings.HasPrefix(first.low, "ge") || strings.HasSuffix(first.low, "t") || strings.HasSuffix(first.low, "en")
}

// seinPerfectDE are German verbs of force that form their perfect with
// "sein" ("ist einmarschiert", "ist gegen X vorgegangen").
var seinPerfectDE = map[string]bool{"einmarschieren": true, "vorgehen": true, "stürmen": true, "vorrücken": true,
	"eindringen": true, "einrücken": true, "überlaufen": true}

// officeNamedDE gives a German office its holder's name when an apposition
// names him: "der russische Regierungschef, Jegor Gaidar," is Gaidar, not
// the one the knowledge base lists as the office's present holder, in
// every clause (the Vorfeld's subject is handled by vorfeldApposition).
func (s *sent) officeNamedDE() {
	if !s.de {
		return
	}
	for k := range s.chunks {
		ck := &s.chunks[k]
		if ck.prep >= 0 || s.namedInPhrase(k) {
			continue
		}
		a := s.phraseAfterComma(ck.hi, k)
		if a < 0 || s.chunks[a].hi >= len(s.words) || s.words[s.chunks[a].hi].low != "," || !s.roleAndNameDE(k, a) {
			continue
		}
		ck.ment = s.personIn(a)
	}
}

// singularFiniteDE says whether the finite verb of German clause ci (the
// first verbal word, in a verb-final clause the last) is singular: it does
// not end in -n ("protestierte", "hat", "ist"; "kann" is singular too).
func (s *sent) singularFiniteDE(ci int) bool {
	if ci >= len(s.vcs) || s.vcs[ci].first < 0 {
		return false
	}
	v := &s.vcs[ci]
	fin := v.first
	if c := &s.clauses[ci]; (c.kind == cSub || c.kind == cRel) && len(v.verbs) > 1 {
		fin = v.verbs[len(v.verbs)-1]
	}
	w := s.words[fin].low
	return !strings.HasSuffix(w, "n") || w == "kann"
}

// timexAttributeHeadDE returns the noun whose attributive participle holds
// German time expression k ("der für Ende 1992 geplanten freien Wahlen":
// Wahlen), which it dates rather than the clause; -1 if none.
func (s *sent) timexAttributeHeadDE(k int) int {
	hi := -1
	for i := range s.words {
		if s.words[i].timex == k+1 {
			hi = i + 1
		}
	}
	if hi < 1 || hi >= len(s.words) || s.words[hi].pos != pAdj || !s.timexAttributeDE(hi) {
		return -1
	}
	if n := s.pastAdjectivesDE(hi + 1); n < len(s.words) && s.words[n].pos == pNoun {
		return n
	}
	return -1
}

// singularRelativeDE says whether the German relative clause ci is about
// one thing: its pronoun "der" or "das", or "die" with a singular verb.
// Such a clause after a coordination speaks of its last member only
// ("traf Merkel und Gauck, der ihn im Schloss empfing": Gauck hosted).
func (s *sent) singularRelativeDE(ci int) bool {
	c := &s.clauses[ci]
	if !s.de || c.sub < 0 {
		return false
	}
	switch s.words[c.sub].low {
	case "der", "das":
		return true
	case "die":
		return s.finiteVerbDE(ci) && !s.pluralFiniteDE(ci)
	}
	return false
}

// finiteVerbDE says whether clause ci has a verb or auxiliary (whose
// number pluralFiniteDE reads).
func (s *sent) finiteVerbDE(ci int) bool {
	c := &s.clauses[ci]
	for i := c.lo; i < c.hi; i++ {
		if s.words[i].pos == pVerb || s.words[i].pos == pAux {
			return true
		}
	}
	return false
}
