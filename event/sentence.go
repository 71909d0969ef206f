package event

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/parse"
	"github.com/dossier-news/dossier/text"
)

// pos is a coarse part of speech, from the tagger's UPOS.
type pos uint8

const (
	pOther pos = iota
	pNoun
	pPropn
	pPron
	pDet
	pAdj
	pNum
	pVerb
	pAux
	pAdp
	pAdv
	pPart
	pSconj
	pCconj
	pPunct
)

// uposOf returns the coarse part of speech of a UPOS tag: a switch, which
// costs less than a map lookup for every word.
func uposOf(tag string) pos {
	switch tag {
	case "NOUN":
		return pNoun
	case "PROPN":
		return pPropn
	case "PRON":
		return pPron
	case "DET":
		return pDet
	case "ADJ":
		return pAdj
	case "NUM":
		return pNum
	case "VERB":
		return pVerb
	case "AUX":
		return pAux
	case "ADP":
		return pAdp
	case "ADV":
		return pAdv
	case "PART":
		return pPart
	case "SCONJ":
		return pSconj
	case "CCONJ":
		return pCconj
	case "PUNCT":
		return pPunct
	}
	return pOther
}

// word is one token of the sentence being analysed.
type word struct {
	tok    *dossier.Token
	low    string // lower-case text
	lemma  string // lower-case lemma; for German separable verbs the joined infinitive
	pos    pos
	ment   int // index into sent.ments, or -1
	chunk  int // index into sent.chunks, or -1
	clause int // index into sent.clauses
	used   bool
	part   int // for a finite German verb: the index of its separated particle, or -1
	timex  int // index+1 of the time expression the word is in, or 0
	// lowCls and lemmaCls are the word lists the form and the lemma are
	// in (see class); build sets them, so a rule that changes a lemma
	// after build must call classifyLemmas again
	lowCls, lemmaCls class
}

func (w *word) nominal() bool {
	switch w.pos {
	case pNoun, pPropn, pPron, pNum:
		return true
	}
	return false
}

// ment is a mention inside the sentence, with what the extractor needs
// about its entity.
type ment struct {
	m       *dossier.Mention
	lo, hi  int // word range
	kind    dossier.EntityKind
	country string
	adj     bool // adjectival or demonym ("North Korean", "russische")
}

// chunk is a noun phrase: a run of nominal words, with the mention that
// names its referent, if any.
type chunk struct {
	lo, hi int // word range
	head   int // head word (last noun)
	ment   int // index into sent.ments of the referent, or -1
	// modifier: the referent is named by a modifier of the head ("North
	// Korean workers", "Russia's ministry"); the head says the sector.
	modifier bool
	sector   string
	prep     int  // word index of the preposition governing the chunk, or -1
	nomOK    bool // German: may be nominative (no dative/accusative-only article)
	pron     bool // a pronoun
	relPron  bool // a relative pronoun
	gen      bool // German genitive ("des Außenministers", "der USA" after a noun)
}

// clause is a stretch of the sentence with one verb complex.
type clause struct {
	lo, hi   int
	kind     clauseKind
	sub      int // subordinator or relative pronoun word, or -1
	anteced  int // for relative clauses: the chunk the pronoun stands for, or -1
	subj     []int
	subjDone bool
	parent   int // the clause this one depends on or continues, or -1
	passive  bool
	tense    tense
	quoted   bool
	resume   int // German: the main clause this one goes on after an embedded clause, or -1
}

type clauseKind uint8

const (
	cMain    clauseKind = iota
	cSub                // subordinate (that, because, dass, weil …)
	cRel                // relative
	cInf                // infinitive (to …, zu …)
	cCoordVP            // a verb phrase coordinated with the previous clause: it shares the subject
)

type tense uint8

const (
	tNone tense = iota
	tPresent
	tPast
	tPerfect
	tFuture
)

// sent holds the analysis of one sentence.
type sent struct {
	x       *Extractor
	lx      *lexicon
	de      bool
	doc     *dossier.Document
	idx     int // sentence index
	s       *dossier.Sentence
	words   []word
	ments   []ment
	chunks  []chunk
	clauses []clause
	vcs     []vc
	timexes []dossier.TimeValue // the document's time expressions in the sentence
	// datelineEnd is the byte offset where the sentence's dateline ends (0
	// for none): its filing date says when the report was sent, not when
	// what it tells happened
	datelineEnd int
	accDone     bool
	accSrc      int
	accUnn      int  // chunk of an attribution phrase naming an unnamed source, or -1
	accSelf     bool // "nach eigenen Angaben": the actor is its own source
	// carried is the speaker of the sentence before, whose report a German
	// clause in the Konjunktiv I goes on with (see noteSpeakerDE)
	carried argRef
	// unnamed are the mentions made for unnamed sources ("Militäranalysten",
	// "industry sources"); Analyze adds them to the document's mentions so
	// that the source of an event is an entity a store keeps.
	unnamed []dossier.Mention
	// coref are the mentions made for descriptions that point back ("die
	// Gruppe"); Analyze adds them to the document's mentions
	coref []*dossier.Mention
	// implicit are the mentions implicitStateDE made (indexes into ments)
	implicit []int
	named    []named     // docState.named's backing array, kept between documents
	genders  []entGender // docState.genders's, likewise
	// repMemo remembers clauseReports per clause: 0 not asked, 1 yes, 2 no
	repMemo []int8
	st      *docState
	buf     []byte // scratch for phrase lookups
	ints    []int  // scratch the verb complexes take their slices from
	flags   []bool // scratch for per-clause flags
	// tailParts are the separable-verb particles that end a clause of the
	// sentence ("… einen Besuch ab."), found on first use (see particleVerb)
	tailParts     []string
	tailPartsDone bool
	// the sentence's dependency parse, made on first use (see graph)
	parsed bool
	arcs   []parse.Arc
	g      parse.Graph
}

// takeInts returns an empty slice with room for n ints from the sentence's
// scratch.
func (s *sent) takeInts(n int) []int {
	if cap(s.ints)-len(s.ints) < n {
		s.ints = make([]int, 0, max(2*cap(s.ints), n, 64))
	}
	out := s.ints[len(s.ints) : len(s.ints) : len(s.ints)+n]
	s.ints = s.ints[:len(s.ints)+n]
	return out
}

// phrase returns words [i, j) lower-cased and joined by spaces, in a
// buffer that the next call reuses: use it only for map lookups.
func (s *sent) phrase(i, j int) []byte {
	b := s.buf[:0]
	for k := i; k < j; k++ {
		if k > i {
			b = append(b, ' ')
		}
		b = append(b, s.words[k].low...)
	}
	s.buf = b
	return b
}

func (s *sent) reset() {
	s.words = s.words[:0]
	s.ments = s.ments[:0]
	s.chunks = s.chunks[:0]
	s.clauses = s.clauses[:0]
	s.vcs = s.vcs[:0]
	s.ints = s.ints[:0]
	s.accDone, s.accSrc, s.accUnn, s.accSelf = false, -1, -1, false
	s.carried = argRef{}
	s.unnamed = s.unnamed[:0]
	s.coref = s.coref[:0]
	s.implicit = s.implicit[:0]
	s.repMemo = s.repMemo[:0]
	s.tailParts, s.tailPartsDone = s.tailParts[:0], false
	s.parsed = false
}

// build fills words and mentions for sentence idx of doc. mentions are the
// document's mentions that fall inside the sentence.
func (s *sent) build(mentions []dossier.Mention) {
	toks := s.s.Tokens
	// lower-case forms and lemmas of the whole sentence in one string; a
	// lemma the tagger gave as the form itself ("the", "Regierung") is
	// lowered once, for both
	b := s.buf[:0]
	ends := s.takeInts(2 * len(toks)) // where each form and lemma ends in b
	for i := range toks {
		b = text.AppendLower(b, toks[i].Text)
		ends = append(ends, len(b))
		if toks[i].Lemma != toks[i].Text {
			b = text.AppendLower(b, toks[i].Lemma)
		}
		ends = append(ends, len(b))
	}
	s.buf = b
	all := string(b)
	// the words are filled in place: a word is large, and building one
	// apart to append it copied it twice
	n := len(s.words)
	s.words = slices.Grow(s.words, len(toks))[:n+len(toks)]
	off := 0
	for i := range toks {
		t := &toks[i]
		w := &s.words[n+i]
		*w = word{tok: t, low: all[off:ends[2*i]], pos: uposOf(t.POS), ment: -1, chunk: -1, part: -1}
		w.lemma = all[ends[2*i]:ends[2*i+1]]
		w.lowCls = s.lx.classes[w.low]
		off = ends[2*i+1]
		if w.lemma == "" {
			w.lemma = w.low
		}
	}
	// the words of the time expressions, which a dateline's filing date
	// ("NAIROBI, March 3 -") is made of
	for k := range s.timexes {
		t := &s.timexes[k]
		for i := range s.words {
			if tok := s.words[i].tok; t.Start <= tok.Start && tok.End <= t.End {
				s.words[i].timex = k + 1
			}
		}
	}
	// mentions → word ranges
	dl := s.dateline()
	s.datelineEnd = 0
	if dl > 0 {
		s.datelineEnd = s.words[dl].tok.End
	}
	wi := 0
	for mi := range mentions {
		m := &mentions[mi]
		if m.Entity == "" || dl > 0 && m.Start < s.words[dl-1].tok.End {
			if m.Entity != "" && s.st != nil && s.st.dateline == "" {
				// where the report was filed: the state of arrests and police
				// work the sentences after it place nowhere else
				if _, country := s.x.entityInfo(m); country != "" {
					s.st.dateline = country
				}
			}
			continue // the dateline says where the report was filed, not who acts
		}
		for wi < len(toks) && toks[wi].End <= m.Start {
			wi++
		}
		lo := wi
		hi := lo
		for hi < len(toks) && toks[hi].Start < m.End {
			hi++
		}
		if hi == lo || s.formerTitleDE(m, lo, hi) {
			continue
		}
		overlap := false
		for k := lo; k < hi; k++ {
			if s.words[k].ment >= 0 {
				overlap = true
			}
		}
		if overlap {
			continue
		}
		mt := ment{m: m, lo: lo, hi: hi}
		mt.kind, mt.country = s.x.entityInfo(m)
		mt.adj = m.Via == "adjective" || isAdjectiveMention(s.words[lo:hi])
		if mt.adj && !s.de && m.Via != "adjective" && hi < len(s.words) && s.words[hi].pos == pVerb && capitalized(s.words[lo].tok.Text) {
			// a name the tagger read as an adjective before its verb
			// ("Germany sent …"): a demonym does not stand before a verb
			mt.adj = false
		}
		if mt.adj && s.nameAdjective(lo, hi) {
			continue // "die Syrische Beobachtungsstelle für Menschenrechte" is not Syria
		}
		for k := lo; k < hi; k++ {
			s.words[k].ment = len(s.ments)
		}
		s.ments = append(s.ments, mt)
	}
	s.fixPOS()
	if !s.de {
		s.headlineVerb()
	}
	// the dateline is no part of the clause: "Lima – Peru hat Chile
	// angegriffen" has Peru in first position
	for i := 0; i <= dl && dl > 0; i++ {
		s.words[i].pos = pPunct
	}
	if s.de {
		s.fixZuInfinitives()
		s.fixGeParticiples()
		s.joinParticles()
	}
	s.classifyLemmas()
}

// fixZuInfinitives gives infinitives with an infixed "zu" ("fortzusetzen",
// "anzupassen") the lemma without it when the tagger kept the form.
func (s *sent) fixZuInfinitives() {
	for i := range s.words {
		w := &s.words[i]
		if w.pos != pVerb || len(w.low) < 8 || !hasSuffix(w.low, "n") {
			continue
		}
		if _, ok := s.lx.verbs[w.lemma]; ok {
			continue
		}
		for k := 2; k+4 < len(w.low); k++ {
			if w.low[k:k+2] != "zu" {
				continue
			}
			cand := w.low[:k] + w.low[k+2:]
			_, trig := s.lx.verbs[cand]
			_, rep := s.lx.cues.report[cand]
			if trig || rep {
				w.lemma = cand
				break
			}
		}
	}
}

// fixGeParticiples gives participles of separable verbs that the tagger
// left unlemmatised ("eingeleitet" → "eingeleiten") the infinitive without
// the infixed "ge" ("einleiten"). The lemma must be the form with "-en" for
// "-t" ("angekündigen", "eingeleiten"), so a verb whose stem starts with
// "ge" ("eingehen") keeps its lemma.
func (s *sent) fixGeParticiples() {
	for i := range s.words {
		w := &s.words[i]
		if w.pos == pVerb && s.inseparableParticiple(w) {
			continue
		}
		if w.pos == pVerb && s.simpleGeParticiple(w) {
			continue
		}
		if w.pos != pVerb || len(w.lemma) < 8 || !hasSuffix(w.lemma, "en") || !hasSuffix(w.low, "t") {
			continue
		}
		if stem := w.low[:len(w.low)-1]; w.lemma != stem+"n" && w.lemma != stem+"en" {
			continue
		}
		if _, ok := s.lx.verbs[w.lemma]; ok {
			continue
		}
		for k := 2; k+4 < len(w.lemma) && k <= 10; k++ {
			if w.lemma[k:k+2] != "ge" || !s.lx.cues.particle[w.lemma[:k]] {
				continue
			}
			cand := w.lemma[:k] + w.lemma[k+2:]
			_, trig := s.lx.verbs[cand]
			_, rep := s.lx.cues.report[cand]
			if trig || rep || s.lx.cues.light[cand] {
				w.lemma = cand
				break
			}
		}
	}
}

// simpleGeParticiple gives a weak participle of a verb without a particle
// that the tagger left unlemmatised ("geübt" → "geüben") the infinitive
// without its "ge" ("üben") when the lexicon knows that verb and not the
// lemma; it reports whether it did. A verb that begins with "ge"
// ("gestalten", "genehmigen") keeps its lemma unless only its stem is a
// trigger, reporting or light verb.
func (s *sent) simpleGeParticiple(w *word) bool {
	if len(w.low) < 5 || !strings.HasPrefix(w.low, "ge") || !hasSuffix(w.low, "t") || !hasSuffix(w.lemma, "en") {
		return false
	}
	if w.lemma != w.low[:len(w.low)-1]+"en" {
		return false
	}
	if s.knownVerbDE(w.lemma) {
		return false
	}
	if cand := w.lemma[2:]; s.knownVerbDE(cand) {
		w.lemma = cand
		return true
	}
	return false
}

// knownVerbDE says whether a German verb lemma is a trigger, a reporting
// verb or a light verb.
func (s *sent) knownVerbDE(lemma string) bool {
	_, trig := s.lx.verbs[lemma]
	_, rep := s.lx.cues.report[lemma]
	return trig || rep || s.lx.cues.light[lemma]
}

// inseparableParticiple gives a participle of a separable verb whose stem
// has an inseparable prefix, and so no "ge" ("einbestellt", "vorbereitet"),
// the infinitive the lexicon knows ("einbestellen") when the tagger took it
// for another verb ("einstellen"); it reports whether it did.
func (s *sent) inseparableParticiple(w *word) bool {
	if len(w.low) < 8 || len(w.low) > 60 || !hasSuffix(w.low, "t") {
		return false
	}
	for k := 2; k+4 < len(w.low) && k <= 6; k++ {
		if !s.lx.cues.particle[w.low[:k]] {
			continue
		}
		for _, pre := range [...]string{"be", "ver", "er", "ent", "zer"} {
			if !strings.HasPrefix(w.low[k:], pre) {
				continue
			}
			// the infinitive, built on the stack: most verbs ending in -t
			// are no such participle
			var buf [64]byte
			b := append(append(buf[:0], w.low[:len(w.low)-1]...), "en"...)
			if string(b) == w.lemma {
				return false
			}
			if _, ok := s.lx.verbs[string(b)]; !ok {
				return false
			}
			w.lemma = string(b)
			return true
		}
	}
	return false
}

// hasWederBefore says whether "weder" comes before word i, within six words.
func (s *sent) hasWederBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if s.words[j].low == "weder" {
			return true
		}
	}
	return false
}

// nameAdjective says whether the German adjective mention at words [lo, hi)
// is part of a name: capitalised inside the sentence, as German writes
// adjectives only in names, and followed by a capitalised noun ("Syrische
// Beobachtungsstelle", "Deutsche Bahn").
func (s *sent) nameAdjective(lo, hi int) bool {
	if !s.de || lo == 0 || hi >= len(s.words) {
		return false
	}
	prev, next := &s.words[lo-1], &s.words[hi]
	if isQuote(prev.low) || prev.low == ":" || prev.low == "." || s.opensSentence(lo) {
		return false // a capital there is the sentence's ("Kairo – Ägyptische Soldaten")
	}
	return capitalized(s.words[lo].tok.Text) && capitalized(next.tok.Text) && next.pos == pNoun
}

// isAdjectiveMention says whether a mention is an adjective ("Russian",
// "nordkoreanische") by its last word's tag.
func isAdjectiveMention(ws []word) bool {
	last := &ws[len(ws)-1]
	if last.pos == pAdj {
		return true
	}
	// demonym forms the tagger reads as proper nouns: "North Korean", "Russian"
	return strings.HasSuffix(last.low, "ian") || strings.HasSuffix(last.low, "ean") ||
		strings.HasSuffix(last.low, "ese") || strings.HasSuffix(last.low, "ish")
}

func capitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// fixPOS repairs tags the extractor depends on: words inside mentions are
// nominal; German finite verbs the tagger read as adjectives or nouns
// ("ordnete", "erklärte") are verbs when their stem is a known verb.
// deModalVerb are the lemmas of the German verbs among the modal cues.
var deModalVerb = map[string]bool{"werden": true, "wollen": true, "sollen": true, "können": true,
	"dürfen": true, "mögen": true, "sein": true, "haben": true, "müssen": true}

// enPossessive are the English possessive determiners ("its agreed output").
var enPossessive = map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true, "my": true, "your": true}

func (s *sent) fixPOS() {
	for i := range s.words {
		w := &s.words[i]
		if w.ment >= 0 {
			if s.openingDemonymDE(i) {
				continue
			}
			// an English name the tagger read as an adjective ("Germany
			// sent …") is no demonym: as one it would take the verb after
			// it for an attributive participle
			if w.pos != pAdj && w.pos != pNoun || !s.de && w.pos == pAdj && !s.ments[w.ment].adj {
				w.pos = pPropn
			}
			continue
		}
		if !s.de {
			// a preposition the tagger read as a subordinator ("withdraw
			// its troops from neighboring Lebanon", "for questioning")
			if w.pos == pSconj && enPrepositions[w.low] && !enSub[w.low] {
				w.pos = pAdp
			}
			// a noun the tagger read as an adverb after an article ("held a
			// rally against"): an article opens a noun phrase, and an adverb
			// there only goes before an adjective or another adverb
			if w.pos == pAdv && i > 0 && s.words[i-1].pos == pDet && enArticle[s.words[i-1].low] &&
				(i+1 == len(s.words) || !nominalOrModifier(s.words[i+1].pos)) {
				w.pos = pNoun
			}
			// an event noun the tagger read as an adjective between an
			// article and a preposition ("launched an offensive against"):
			// an adjective there would have no noun to go with
			if w.pos == pAdj && i > 0 && i+1 < len(s.words) && s.words[i-1].pos == pDet && enArticle[s.words[i-1].low] &&
				(s.words[i+1].pos == pAdp || s.words[i+1].pos == pPunct) && len(s.lx.nounEntries(w.lemma)) > 0 {
				w.pos = pNoun
			}
			// an agent noun the tagger read as an adjective before the verb
			// or at the end ("the Ukrainian military said"): an adjective
			// there would have no noun to go with
			if w.pos == pAdj && i > 0 && (i+1 == len(s.words) || s.words[i+1].pos == pVerb || s.words[i+1].pos == pAux || s.words[i+1].pos == pPunct) {
				if _, ok := s.lx.cues.agent[w.lemma]; ok {
					w.pos = pNoun
				}
			}
			// a plural agent noun the tagger read as an infinitive after
			// "to" ("aid to refugees fleeing the war"): an infinitive is
			// its own lemma, a plural in -s is not
			if w.pos == pVerb && i > 0 && s.words[i-1].low == "to" && s.inflectedPlural(i) {
				if _, ok := s.lx.cues.agent[w.lemma]; ok {
					w.pos = pNoun
					s.words[i-1].pos = pAdp
				}
			}
			// an agent noun opening the sentence after a dateline ("NAIROBI -
			// Police arrested …"): the tagger, reading it mid-sentence, took
			// its capital for a name's
			if w.pos == pPropn && i > 0 && s.opensSentence(i) {
				_, ok := s.lx.cues.agent[w.lemma]
				if _, low := s.lx.cues.agent[w.low]; ok || low {
					w.pos = pNoun
				}
			}
			// "neighboring" read as a verb
			if w.low == "neighboring" || w.low == "neighbouring" {
				w.pos = pAdj
			}
			s.prenominalParticiple(i)
			s.hyphenParticiple(i)
			// "troops shot dead two men": "shot" before "dead" or "and
			// killed" is the verb, not the noun
			if w.low == "shot" && w.pos != pVerb && i > 0 && i+1 < len(s.words) &&
				(s.words[i+1].low == "dead" || s.words[i+1].low == "and" && i+2 < len(s.words) && (s.words[i+2].low == "killed" || s.words[i+2].low == "wounded")) {
				w.pos, w.lemma = pVerb, "shoot"
			}
			if s.opposedTo(i) {
				w.pos, w.lemma = pVerb, "oppose"
			}
			// an attributive past participle is no verb: "a proposed treaty",
			// "opposed to proposed limits", "rejected proposed changes"
			if w.pos == pVerb && i > 0 && i+1 < len(s.words) && strings.HasSuffix(w.low, "ed") && w.low != w.lemma {
				p, n := &s.words[i-1], &s.words[i+1]
				switch {
				case enPossessive[p.low]:
					// "its agreed output": a possessive is never a subject
					w.pos = pAdj
				case n.pos == pNoun && n.ment < 0 || n.pos == pAdj:
					switch {
					case p.pos == pDet, p.low == "to", p.pos == pAdp && p.low != "by", p.pos == pVerb:
						w.pos = pAdj
					}
				}
			}
			// a known verb the tagger read as a preposition ("that North
			// Korea abandon its programme")
			if w.pos == pAdp && !enPrepositions[w.low] {
				if _, ok := s.lx.verbs[w.low]; ok {
					w.pos, w.lemma = pVerb, w.low
				}
			}
			continue
		}
		// a modal adverb read as a verb ("möglicherweise" as a form of
		// "möglicherweisen"): only the modal verbs are verbs among the cues
		if (w.pos == pVerb || w.pos == pAux) && !deModalVerb[w.lemma] {
			if _, ok := s.lx.cues.modal[w.low]; ok {
				w.pos = pAdv
				continue
			}
		}
		if w.pos == pVerb && unlemmatizedDE(w) {
			s.relemmatizeDE(w)
		}
		// an inflected participle between a subordinator, article or
		// preposition and a noun is attributive ("dass inhaftierte
		// Mitangeklagte nicht …"): a verb-final clause has its subject
		// before its verb
		if n := s.pastAdjectivesDE(i + 1); w.pos == pVerb && i > 0 && n < len(s.words) && !capitalized(w.tok.Text) && (s.words[n].pos == pNoun || s.words[n].pos == pPropn && s.words[i-1].pos == pDet) &&
			capitalized(s.words[n].tok.Text) && (hasSuffix(w.low, "te") || hasSuffix(w.low, "ten")) {
			// "die verletzten Richard Windbichler und Jens Muster": before a name only after an article
			// "zwei seit November entführte Botschaftsmitarbeiter": after a time expression too
			if p := s.words[i-1].pos; p == pSconj || p == pDet || p == pAdp || p == pNum || s.timexAttributeDE(i) || s.agentAttributeDE(i) {
				w.pos = pAdj
				continue
			}
		}
		// a connective adverb whose -en ending the tagger read as a verb
		// ("Russland hingegen lehnte … ab"): it would make the clause look
		// verb-second with its subject after it
		if (w.pos == pVerb || w.pos == pAux || w.pos == pCconj) && deConnectives[w.low] {
			w.pos, w.lemma = pAdv, w.low
			continue
		}
		// "weder Russland noch China": noch joins the pair
		if w.low == "noch" && w.pos != pCconj && s.hasWederBefore(i) {
			w.pos = pCconj
			continue
		}
		// "Berichten zufolge", "Angaben zufolge": a noun before zufolge
		if i+1 < len(s.words) && s.words[i+1].low == "zufolge" && (w.pos == pVerb || w.pos == pAux) {
			w.pos = pNoun
			continue
		}
		// "der Wiener VP-Klubchef": a place adjective in -er that the tagger
		// took for a name, between an article and a noun, belongs to the
		// noun's phrase
		if w.pos == pPropn && w.ment < 0 && i > 0 && i+1 < len(s.words) && hasSuffix(w.low, "er") &&
			s.words[i-1].pos == pDet && s.words[i+1].pos == pNoun && capitalized(s.words[i+1].tok.Text) {
			w.pos = pAdj
			continue
		}
		if s.nominalizedAdjBeforeEventDE(i) {
			w.pos, w.lemma = pNoun, w.low
			continue
		}
		// a capitalised word inside the sentence is a noun ("Soldaten" read
		// as a verb)
		if i > 0 && (w.pos == pVerb || w.pos == pAux) && capitalized(w.tok.Text) && !isQuote(s.words[i-1].low) && s.words[i-1].low != ":" {
			w.pos, w.lemma = pNoun, w.low
			continue
		}
		switch {
		case w.low == "laut" || w.low == "zufolge":
			// attribution prepositions ("Laut Selenskyj …")
			if w.low == "zufolge" || i+1 < len(s.words) && s.words[i+1].pos != pVerb && s.words[i+1].pos != pAux {
				w.pos = pAdp
				continue
			}
		case (w.pos == pPropn || w.pos == pNoun) && openingPrepDE[w.low] && capitalized(w.tok.Text) && s.clauseOpeningDE(i) &&
			i+1 < len(s.words) && s.words[i+1].pos != pVerb && s.words[i+1].pos != pAux && s.words[i+1].pos != pPunct:
			// "Via Kurier machte sich X stark", "Dank Russland …": a
			// preposition capitalised at the start of the sentence is no
			// name
			w.pos, w.lemma = pAdp, w.low
			continue
		case w.pos == pDet && (w.low == "das" || w.low == "dies") && i > 0 && (s.words[i-1].low == "all" || s.words[i-1].low == "alles") &&
			(i+1 == len(s.words) || s.words[i+1].pos == pPunct):
			// "all das, was …": the article with no noun after it is the
			// pronoun that heads the phrase
			w.pos = pPron
			continue
		case w.pos == pSconj && genitivePrepDE[w.low] && i+1 < len(s.words) && genitiveOnlyDetDE[s.words[i+1].low]:
			// "Während des Besuchs von X": before a genitive article the
			// conjunction's form is the preposition
			w.pos = pAdp
			continue
		case w.low == "wie" && (i == 0 || s.words[i-1].low == ","):
			w.pos = pSconj // "Wie Lawrow mitteilte, …"
			continue
		case w.low == "zu" && w.pos == pPart && s.nounPhraseAt(i+1):
			// "wurde zu lebenslanger Haft verurteilt": the infinitive's
			// particle goes before a verb, the preposition before a phrase
			w.pos = pAdp
			continue
		}
		switch w.pos {
		case pAdj, pAdv, pNoun, pOther, pPropn:
		default:
			continue
		}
		if w.pos == pNoun || w.pos == pPropn {
			// a capitalised word is a verb only at the start of the sentence
			if i != 0 && capitalized(w.tok.Text) {
				continue
			}
		}
		// an attributive participle is no verb: "die isolierte Siedlung"
		if n := s.pastAdjectivesDE(i + 1); w.pos == pAdj && i > 0 && n < len(s.words) && (s.words[n].pos == pNoun || s.words[n].pos == pPropn && s.words[i-1].pos == pDet) && capitalized(s.words[n].tok.Text) &&
			(s.words[i-1].pos == pDet || s.words[i-1].pos == pAdp || s.words[i-1].pos == pAdj || s.words[i-1].pos == pSconj || s.words[i-1].pos == pNum || s.timexAttributeDE(i) || s.agentAttributeDE(i)) {
			continue // "der von Russland unterstützten Regierung"
		}
		if lemma, ok := s.guessGermanVerb(w.low); ok {
			w.pos = pVerb
			w.lemma = lemma
		}
	}
}

// unlemmatizedDE says whether the lemmatiser left a German past form as it
// stands ("verschleppten") or cut its prefix ("verschleppt" as
// "vschleppen"): the lemma does not begin as the form does. (An infinitive
// is its own lemma: only forms in -t, -te and -ten are looked at.)
func unlemmatizedDE(w *word) bool {
	if len(w.lemma) < 2 || len(w.low) < 2 {
		return false
	}
	if w.lemma == w.low {
		return hasSuffix(w.low, "t") || hasSuffix(w.low, "te") || hasSuffix(w.low, "ten")
	}
	if w.lemma[:2] == w.low[:2] {
		return false
	}
	// "gemacht" is "machen": a participle's ge- before the lemma
	return !(len(w.low) > 4 && w.low[:2] == "ge" && w.low[2:4] == w.lemma[:2])
}

// relemmatizeDE gives a German verb the lemmatiser got wrong the infinitive
// the lexicon knows for its form, finite or participle; else leaves it.
// Only a cut lemma can be a participle's (a form left as it stands that
// ends in -t is a finite verb's to guessGermanVerb).
func (s *sent) relemmatizeDE(w *word) {
	if _, ok := s.lx.verbs[w.lemma]; ok {
		return
	}
	if _, ok := s.lx.cues.report[w.lemma]; ok {
		return
	}
	if _, ok := s.lx.cues.intent[w.lemma]; ok || s.lx.cues.light[w.lemma] {
		return
	}
	if l, ok := s.guessGermanVerb(w.low); ok {
		w.lemma = l
	} else if w.lemma != w.low {
		if l, ok := s.lx.participleVerbDE(w.low); ok {
			w.lemma = l
		}
	}
}

// pastAdjectivesDE returns the first word from i on that is not an
// inflected adjective in lower case: the noun of "die für Mai geplanten
// freien Wahlen" after its participle.
func (s *sent) pastAdjectivesDE(i int) int {
	for i < len(s.words) && s.words[i].pos == pAdj && !capitalized(s.words[i].tok.Text) && (hasSuffix(s.words[i].low, "e") || hasSuffix(s.words[i].low, "en")) {
		i++
	}
	return i
}

// deConnectives are German adverbs that link a clause to the one before
// and end like an infinitive.
var deConnectives = map[string]bool{
	"hingegen": true, "dagegen": true, "indessen": true, "unterdessen": true, "stattdessen": true,
	"währenddessen": true, "infolgedessen": true, "demgegenüber": true, "demzufolge": true,
	"ebenso": true, "zugleich": true, "gleichwohl": true, "allerdings": true,
}

// guessGermanVerb strips a finite or participle ending and accepts the
// infinitive if the lexicon knows it as a trigger, reporting verb, verb
// of intention or light verb.
func (s *sent) guessGermanVerb(low string) (string, bool) {
	if len(low) < 3 {
		return "", false
	}
	// candidates are built in a scratch buffer: map lookups with
	// string(bytes) do not allocate; only a hit does
	var scratch [64]byte
	known := func(stem, end string) (string, bool) {
		b := append(append(scratch[:0], stem...), end...)
		// a trigger, reporting or intention verb, or a light verb:
		// "Die Polizei setzte Tränengas … ein", whose particle makes the
		// trigger only once the verb is one
		if s.lx.guessable[string(b)] {
			return string(b), true
		}
		// the finite part of a separable verb whose particle stands at the
		// clause's end ("stattete … ab"): joinParticles joins it later
		if s.particleVerb(b) {
			return string(b), true
		}
		return "", false
	}
	// a strong past form, maybe after a prefix or particle ("griff … an",
	// "überfiel", "nahmen … fest"); the table's forms are no other words
	for _, sp := range strongPastDE {
		if endsWith(low, sp.past) {
			if inf, ok := known(low[:len(low)-len(sp.past)], sp.inf); ok {
				return inf, true
			}
		}
	}
	if len(low) < 5 {
		return "", false
	}
	for _, suf := range []string{"ten", "te", "tet", "test", "t", "st", "e"} {
		if !endsWith(low, suf) {
			continue
		}
		stem := low[:len(low)-len(suf)]
		if len(stem) < 3 {
			continue
		}
		for _, end := range []string{"en", "n"} {
			if inf, ok := known(stem, end); ok {
				return inf, true
			}
		}
		// participle ge…t
		if strings.HasPrefix(stem, "ge") && len(stem) > 4 {
			if inf, ok := known(stem[2:], "en"); ok {
				return inf, true
			}
		}
	}
	return "", false
}

// endsWith is strings.HasSuffix for a loop over a table of endings: the
// last bytes are compared first, inline, which turns down most endings
// before the call that compares the rest.
func endsWith(s, suf string) bool {
	n, m := len(s), len(suf)
	return n >= m && (m == 0 || s[n-1] == suf[m-1]) && s[n-m:] == suf
}

// strongPastDE are the past forms of the strong German verbs among the
// triggers and light verbs, singular and plural, with their infinitives.
var strongPastDE = []struct{ past, inf string }{
	{"griffen", "greifen"}, {"griff", "greifen"}, {"nahmen", "nehmen"}, {"nahm", "nehmen"},
	{"wiesen", "weisen"}, {"wies", "weisen"}, {"schossen", "schießen"}, {"schoss", "schießen"}, {"schoß", "schießen"},
	{"trafen", "treffen"}, {"traf", "treffen"}, {"warfen", "werfen"}, {"warf", "werfen"},
	{"brachen", "brechen"}, {"brach", "brechen"}, {"zogen", "ziehen"}, {"zog", "ziehen"},
	{"riefen", "rufen"}, {"rief", "rufen"}, {"fielen", "fallen"}, {"fiel", "fallen"},
	{"hielten", "halten"}, {"hielt", "halten"}, {"schlugen", "schlagen"}, {"schlug", "schlagen"},
	{"stießen", "stoßen"}, {"stieß", "stoßen"}, {"sprachen", "sprechen"}, {"sprach", "sprechen"},
}

// particleVerb says whether infinitive inf is the finite part of a
// separable verb the lexicon knows whose particle ends a clause of the
// sentence ("stattete … einen Besuch ab": abstatten); joinParticles joins
// the two later.
func (s *sent) particleVerb(inf []byte) bool {
	if !s.tailPartsDone {
		s.tailPartsDone = true
		ws := s.words
		for i := range ws {
			w := &ws[i]
			if w.lowCls&clParticle == 0 || w.ment >= 0 {
				continue
			}
			if i+1 < len(ws) && ws[i+1].pos != pPunct && ws[i+1].pos != pCconj && ws[i+1].pos != pSconj && !s.zuInfinitiveAt(i+1) {
				continue
			}
			s.tailParts = append(s.tailParts, w.low)
		}
	}
	var scratch [96]byte
	for _, p := range s.tailParts {
		j := append(append(scratch[:0], p...), inf...)
		if _, v := s.lx.verbs[string(j)]; v || s.lx.cues.light[string(j)] {
			return true
		}
	}
	return false
}

// joinParticles finds German separable-verb particles at the end of a
// clause ("stellte … ein", "erkennt … an") and joins them to the finite verb
// when the joined verb is one the lexicon knows (or, for common particles,
// always), so that lookups see "einstellen", "anerkennen".
func (s *sent) joinParticles() {
	ws := s.words
	for i := range ws {
		w := &ws[i]
		if w.lowCls&clParticle == 0 || w.ment >= 0 {
			continue
		}
		switch w.pos {
		case pAdp, pAdv, pPart, pAdj, pOther:
		default:
			continue
		}
		// a particle ends its clause: punctuation, a conjunction or the end
		// follows, and no noun phrase of its own.
		if i+1 < len(ws) {
			n := &ws[i+1]
			if !(n.pos == pPunct || n.pos == pCconj || n.pos == pSconj || s.zuInfinitiveAt(i+1)) {
				continue
			}
		}
		// nearest finite verb to the left in the same clause, without a
		// clause boundary in between
		for j := i - 1; j >= 0; j-- {
			v := &ws[j]
			if v.pos == pPunct && v.low != "\"" && v.low != "“" && v.low != "”" && v.low != "„" {
				if s.de && v.low == "," && j+1 < i && (ws[j+1].pos == pCconj || ws[j+1].pos == pAdp) {
					continue // "gehen gegen die PKK, aber auch gegen Kurdenpolitiker vor"
				}
				if o := s.embeddedOpenDE(j); o >= 0 {
					j = o
					continue // "lehnt die Forderung, die …, ab"
				}
				break
			}
			if v.pos == pSconj {
				break
			}
			if v.pos == pVerb || v.pos == pAux {
				if v.part >= 0 {
					break
				}
				joined := w.low + v.lemma
				_, known := s.lx.verbs[joined]
				_, rep := s.lx.cues.report[joined]
				// a light verb carries the event of its noun ("stattete
				// China einen Besuch ab"), so it is worth joining too
				light := s.de && s.lx.cues.light[joined]
				if s.de && !known && !rep && !light {
					// the lemmatiser's miss in the finite part ("eroberte …
					// zurück" lemmatised as "eroben"): the form's guessed
					// infinitive with the particle may be a trigger
					if g, ok := s.guessGermanVerb(v.low); ok && g != v.lemma {
						if _, ok := s.lx.verbs[w.low+g]; ok {
							joined, known = w.low+g, true
						}
					}
				}
				if s.de && !known && !rep && !light && v.pos == pVerb {
					if a := s.adverbBeforeParticle(j, i); a >= 0 {
						j = a // the verb the particle belongs to is left of the adverb
						continue
					}
				}
				if known || rep || light || w.pos == pAdv || w.pos == pPart {
					v.lemma = joined
					v.part = i
					w.used = true
					if v.pos == pAux {
						v.pos = pVerb
					}
				}
				break
			}
		}
	}
}

// adverbBeforeParticle says whether German word j, tagged a verb, is an
// adverb between a finite verb and its particle at i: the tagger reads
// adverbs in -t as verb forms ("lehnt den Plan vehement ab", "weist die
// Vorwürfe strikt zurück"), but a main clause has one finite verb before
// its particle, so when a verb further left joins the particle to a verb
// the lexicon knows, word j is retagged an adverb and the verb's index is
// returned (j+1, for the caller's loop to step onto it); else -1.
func (s *sent) adverbBeforeParticle(j, i int) int {
	ws := s.words
	for k := j - 1; k >= 0; k-- {
		v := &ws[k]
		if o := s.embeddedOpenDE(k); o >= 0 {
			k = o
			continue
		}
		if v.pos == pPunct || v.pos == pSconj || v.pos == pCconj {
			return -1
		}
		if v.pos != pVerb && v.pos != pAux {
			continue
		}
		if v.part >= 0 {
			return -1
		}
		p := ws[i].low
		_, known := s.lx.verbs[p+v.lemma]
		if !known {
			if g, ok := s.guessGermanVerb(v.low); ok {
				_, known = s.lx.verbs[p+g]
			}
		}
		if !known {
			return -1
		}
		ws[j].pos = pAdv
		return k + 1
	}
	return -1
}

var enPrepositions = map[string]bool{"to": true, "in": true, "on": true, "at": true, "by": true, "for": true,
	"with": true, "from": true, "of": true, "about": true, "after": true, "before": true, "over": true,
	"under": true, "against": true, "between": true, "into": true, "through": true, "during": true,
	"without": true, "within": true, "since": true, "until": true, "like": true, "near": true, "off": true,
	"out": true, "up": true, "down": true, "across": true, "along": true, "around": true, "behind": true,
	"beyond": true, "toward": true, "towards": true, "upon": true, "amid": true, "among": true, "despite": true,
	"back": true, "inside": true, "outside": true, "via": true, "per": true, "than": true, "as": true}

// takeFlags returns n false flags from the sentence's scratch (one use per
// sentence).
func (s *sent) takeFlags(n int) []bool {
	if cap(s.flags) < n {
		s.flags = make([]bool, n)
	}
	s.flags = s.flags[:n]
	clear(s.flags)
	return s.flags
}

// question says whether the sentence ends with a question mark.
func (s *sent) question() bool {
	for i := len(s.words) - 1; i >= 0; i-- {
		switch t := s.words[i].tok.Text; {
		case t == "?":
			return true
		case isQuote(s.words[i].low) || t == ")":
			continue
		}
		return false
	}
	return false
}

// speakerLabel returns the number of words of an interview's speaker label
// opening a German sentence ("STANDARD: Heinz Fischer hat …", "Hofer: Ich
// bin …"): one or two capitalised words and a colon; 0 when there is none.
// The label names who speaks, not a participant of the sentence's clause.
func (s *sent) speakerLabel() int {
	if !s.de {
		return 0
	}
	for i := 0; i < len(s.words) && i <= 2; i++ {
		t := s.words[i].tok.Text
		if t == ":" {
			if i == 0 || i+1 >= len(s.words) {
				return 0
			}
			return i
		}
		if !capitalized(t) {
			return 0
		}
	}
	return 0
}

// formerTitleDE says whether a German mention is the body inside the
// compound title of one who has left it ("der Ex-FPÖ-Chef", "die
// Ex-OGH-Präsidentin", "Alt-SPÖ-Bürgermeister"): a former chief does not
// act for the party or court he led, so the mention names no participant
// (a name after the title still does). A place after "Ex-" that ends the
// word is the former state ("Ex-Jugoslawien") and stays.
func (s *sent) formerTitleDE(m *dossier.Mention, lo, hi int) bool {
	if !s.de || hi != lo+1 {
		return false
	}
	tok := s.words[lo].tok
	if m.Start <= tok.Start || m.End >= tok.End || s.doc.Text[m.End] != '-' {
		return false
	}
	pre := strings.ToLower(s.doc.Text[tok.Start:m.Start])
	return pre == "ex-" || pre == "alt-"
}

// openingDemonymDE retags a German nationality adjective that opens the
// sentence after its dateline ("Kairo – Ägyptische Soldaten haben …",
// "Athen – Österreichische und deutsche Firmen …"): the tagger, reading it
// mid-sentence, took its capital for a name's or a noun's, as it does not
// at the start of a sentence. It stays a noun before a verb or alone
// ("Berlin – Deutsche haben …").
func (s *sent) openingDemonymDE(i int) bool {
	w := &s.words[i]
	if !s.de || i == 0 || i+1 >= len(s.words) || w.pos == pAdj || !s.opensSentence(i) || s.ments[w.ment].m.Via != "adjective" {
		return false
	}
	if s.ments[w.ment].lo != i || s.ments[w.ment].hi != i+1 {
		return false
	}
	stem := ""
	for _, end := range []string{"en", "er", "es", "em", "e"} {
		if strings.HasSuffix(w.low, end) {
			stem = w.low[:len(w.low)-len(end)]
			break
		}
	}
	if stem == "" {
		return false
	}
	next := &s.words[i+1]
	switch {
	case next.pos == pNoun && next.ment < 0, next.pos == pAdj:
	case (next.low == "und" || next.low == "oder") && i+2 < len(s.words) && s.words[i+2].pos == pAdj:
	default:
		return false
	}
	w.pos, w.lemma = pAdj, stem
	return true
}

// opensSentence says whether word i is the first of the sentence or the
// first after its dateline ("NAIROBI - Police …"), where a capital says
// nothing of a name.
func (s *sent) opensSentence(i int) bool {
	return i == 0 || s.datelineEnd > 0 && s.words[i-1].tok.End <= s.datelineEnd && s.words[i].tok.Start >= s.datelineEnd
}

// dateline returns the number of words of a dateline opening the sentence
// ("Seoul – Ein US-Student …", "Colombo/Genf – Im Bürgerkrieg …", "NAIROBI,
// March 3 - Kenya …", "SAN JOSE, Costa Rica, March 3 - …", "MOSCOW (Reuters)
// - …"): up to six capitalised words, joined by slashes or commas and
// followed by the filing date or the agency in brackets, before a dash; 0
// when there is none.
func (s *sent) dateline() int {
	if n := s.speakerLabel(); n > 0 {
		return n
	}
	if n := s.datelineLine(); n > 0 {
		return n
	}
	names, bracket := 0, false
	for i := 0; i < len(s.words) && i <= 10; i++ {
		w := &s.words[i]
		switch t := w.tok.Text; {
		case bracket:
			bracket = t != ")"
		case t == "–" || t == "—" || t == "-":
			return i
		case i > 0 && (t == "/" || t == ","):
		case names > 0 && t == "(":
			bracket = true // the agency after the place: "WASHINGTON (AP) —", "Ankara (dpa) –"
		case names > 0 && w.timex != 0:
			// the filing date after the place: "NAIROBI, March 3 -"
		case names < 6 && capitalized(t):
			names++
		default:
			return 0
		}
	}
	return 0
}

// datelineLine returns the index of the last word of a sentence that is a
// dateline on a line of its own, a place and the filing date ("DHAKA
// 1996-08-27", "SAN JOSE, Costa Rica 1996-08-26"), or 0.
func (s *sent) datelineLine() int {
	n := len(s.words)
	if n < 2 || n > 8 || !text.IsISODate(s.words[n-1].tok.Text) {
		return 0
	}
	for i := 0; i < n-1; i++ {
		if t := s.words[i].tok.Text; t != "," && !capitalized(t) {
			return 0
		}
	}
	return n - 1
}

// genitivePrepDE are German words that are a subordinating conjunction or
// a preposition with the genitive ("während", "seit" takes the dative and
// is left out).
var genitivePrepDE = map[string]bool{"während": true, "wegen": true, "trotz": true, "statt": true, "anstatt": true}

// genitiveOnlyDetDE are German articles and determiners that are genitive
// only: after one a conjunction of genitivePrepDE is the preposition.
var genitiveOnlyDetDE = map[string]bool{"des": true, "eines": true, "seines": true, "ihres": true, "dieses": true, "jenes": true, "unseres": true}

// openingPrepDE are German prepositions that the tagger, seeing them
// capitalised at the start of a sentence, reads as names.
var openingPrepDE = map[string]bool{"via": true, "per": true, "dank": true, "mittels": true, "samt": true, "gemäß": true, "entgegen": true, "anlässlich": true}

// clauseOpeningDE says whether word i opens the sentence or follows a
// colon, a dash or an opening quote.
func (s *sent) clauseOpeningDE(i int) bool {
	if i == 0 {
		return true
	}
	switch p := s.words[i-1].tok.Text; p {
	case ":", "–", "—", "-":
		return true
	default:
		return isQuote(s.words[i-1].low)
	}
}
