package entity

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/kb"
	"github.com/dossier-news/dossier/text"
)

// itemKind says where a mention candidate came from.
type itemKind uint8

const (
	kName     itemKind = iota // a knowledge-base name (maybe confirmed by the recogniser)
	kAdj                      // a knowledge-base adjective or demonym
	kNER                      // a name only the recogniser found
	kRole                     // "der russische Außenminister"
	kRelation                 // "Kims Schwester"
)

// item is a mention candidate in one sentence.
type item struct {
	kind     itemKind
	span     dossier.Span
	tok      [2]int // tokens it touches; a piece of a token counts as the token
	partial  bool   // a piece of a hyphenated token ("US" in "US-Präsident")
	cands    []kb.Candidate
	nerClass string
	nerScore float64
	nerAgree bool // the recogniser found the same span
	prio     int

	title  *title // a title before a name ("Machthaber Kim")
	holder string // the country (ISO alpha-3) or organisation a title names with it
	sector string // sector a title or head noun gives a country mention
	posses bool   // genitive or possessive ("Nordkoreas", "Russia 's")
	group  bool   // an ethnic group named by a demonym ("ethnic Albanians"): no entity
	unit   bool   // a currency ("40 Euro"): a name to the recogniser, no entity of the record
	orgCue bool   // after a noun for a kind of organisation ("Nachrichtenagentur Sana")
	org    string // the organisation of the document a place begins the name of (placesInOrgNames)
	// division: a word next to it says the place is a province or state
	// ("Buenos Aires province", "die Provinz Santa Fe")
	division bool
	own      bool // a name of its own, no short form of a longer one of the document

	// kRole
	offices []string
	// chancellery: a chancellor's title with no country ("der Kanzler");
	// the holder is the one chancellery country the document names
	chancellery bool
	// kRelation
	kin   kin
	inner *item // the possessor of a kinship phrase; the country of a role
}

// sentState is one sentence after detection.
type sentState struct {
	toks  []dossier.Token
	lang  string
	items []item // sorted by start, non-overlapping
}

// personRef is a person named in full at byte position pos.
type personRef struct {
	sent int // sentence index
	pos  int
	id   string
	keys []string // folded surnames and name parts a short mention may use
	// first is the key of the first word of a name of two words or more
	// (a given name), full the whole name as written, folded; both "" for
	// a person found by a role or a relation
	first, full string
	last        string // the last word as written
	name        []dossier.Token
	folded      bool // first and full are made
}

// docState is the work area of one document.
type docState struct {
	l         *Linker
	doc       *dossier.Document
	lastAdded int             // index in persons of the last addPerson
	divisions []string        // ids of the divisions the document names without doubt
	midCommon map[string]bool // entities a common word names inside a sentence, with the recogniser's support (nil until one is)
	cur       int             // the sentence being resolved
	date      string
	dateDone  bool
	iocList   int8 // 1: the text has two country codes in brackets (a result list); 2: not; 0: not looked
	sports    int8 // 1: a sentence of the document reports a game; 2: none does; 0: not looked
	clubs     int  // places linked as clubs so far (clubNamedBefore looks for them only then)
	out       []dossier.Mention

	*docBufs
}

// docBufs is the memory of a document's analysis that the next document
// reuses (Linker.bufs): the per-sentence scratch, the sentences' states and
// the items they select, the document's maps and its lists of persons and
// organisations named in full. A German article's
// analysis otherwise grows them all afresh, and its garbage costs the
// collector a scan of the knowledge base and models each cycle.
type docBufs struct {
	sents     []sentState
	countries map[string]int
	named     map[string]int  // countries named as such (a country's name or adjective), not through a place in them
	strong    map[string]bool // entities named by a form that needs no context
	counts    map[string]int  // mentions linked so far, by entity
	persons   []personRef     // sorted by pos
	orgs      []orgRef        // organisations named with two words or more, sorted by pos

	words []string
	mbuf  []kb.Match
	// cands holds the candidates of the document's KB matches, which its
	// items keep until it is resolved (MatchCands)
	cands  []kb.Candidate
	chunks []Chunk // the recogniser's, when it can append (chunkAppender)
	props  []item
	added  []item  // addUncovered's
	at     []int   // phrases' startAt and endAt
	rank   []int32 // selectItems' order of a sentence's candidates
	// items is where the sentences' selected items are carved from
	// (itemsFor), used up to nitems
	items  []item
	nitems int
}

func newDocBufs() *docBufs {
	return &docBufs{countries: map[string]int{}, named: map[string]int{}, strong: map[string]bool{}, counts: map[string]int{}}
}

func (l *Linker) newDoc(doc *dossier.Document) *docState {
	b, _ := l.bufs.Get().(*docBufs)
	if b == nil {
		b = newDocBufs()
	}
	b.sents = slices.Grow(b.sents[:0], len(doc.Sentences))[:len(doc.Sentences)]
	return &docState{l: l, doc: doc, docBufs: b}
}

// release gives the document's buffers back for the next one, emptied so
// that they hold on to nothing of this document.
func (d *docState) release() {
	b := d.docBufs
	d.docBufs = nil
	clear(b.sents)
	clear(b.countries)
	clear(b.named)
	clear(b.strong)
	clear(b.counts)
	clear(b.persons)
	b.persons = b.persons[:0]
	clear(b.orgs)
	b.orgs = b.orgs[:0]
	clear(b.words[:cap(b.words)])
	clear(b.mbuf[:cap(b.mbuf)])
	b.cands = b.cands[:0] // their strings are the knowledge base's, not the document's
	clear(b.chunks[:cap(b.chunks)])
	clear(b.props[:cap(b.props)])
	clear(b.items[:b.nitems])
	b.nitems = 0
	d.l.bufs.Put(b)
}

// itemsFor returns an empty slice with room for n items, from the
// document's arena: a sentence keeps its items until the document is
// resolved, so each takes its own part, and a full arena gives way to a
// larger one (the sentences before keep the old).
func (b *docBufs) itemsFor(n int) []item {
	if b.nitems+n > len(b.items) {
		b.items = make([]item, max(2*len(b.items), n, 64))
		b.nitems = 0
	}
	s := b.items[b.nitems : b.nitems : b.nitems+n]
	b.nitems += n
	return s
}

// Priorities of overlapping candidates: the greater wins.
const (
	prioNER      = 20
	prioKB       = 30
	prioNERLong  = 35 // the recogniser's longer name around a KB match ("Korea JoongAng")
	prioKBAgreed = 40
)

// detect finds the mention candidates of sentence si: knowledge-base matches
// and recogniser chunks, merged, then role and kinship phrases.
func (d *docState) detect(si int) {
	s := &d.doc.Sentences[si]
	st := &d.sents[si]
	st.lang = s.Lang
	st.toks = s.Tokens
	if st.toks == nil && s.Len() > 0 && s.End <= len(d.doc.Text) && s.Start >= 0 {
		st.toks = text.Tokenize(d.doc.Text, s.Span, s.Lang)
	}
	toks := st.toks
	if len(toks) == 0 {
		return
	}
	lang := st.lang
	d.mbuf, d.cands = d.l.kb.Matcher().MatchCands(toks, lang, d.mbuf[:0], d.cands)
	ms := d.mbuf
	var chunks []Chunk
	if rec := d.l.recs[lang]; rec != nil {
		d.words = d.words[:0]
		for i := range toks {
			d.words = append(d.words, toks[i].Text)
		}
		if ca, ok := rec.(chunkAppender); ok {
			d.chunks = ca.appendChunks(d.chunks[:0], d.words, toks, ms)
			chunks = d.chunks
		} else {
			chunks = rec.Recognize(d.words, toks, ms)
		}
	}

	props := d.props[:0]
	for mi := range ms {
		m := &ms[mi]
		if len(m.Candidates) == 0 || m.Tokens[0] < 0 || m.Tokens[1] > len(toks) || m.Tokens[0] >= m.Tokens[1] {
			continue
		}
		it := item{kind: kName, span: m.Span, tok: m.Tokens, cands: m.Candidates, prio: prioKB}
		it.partial = m.Span.Start != toks[m.Tokens[0]].Start || m.Span.End != toks[m.Tokens[1]-1].End
		it.orgCue = m.Tokens[0] > 0 && orgCueWord(toks[m.Tokens[0]-1].Text, lang)
		if it.partial && !prominent(m.Candidates[0]) {
			continue // "Corona-Pandemie" is no town in California
		}
		if m.Tokens[1]-m.Tokens[0] == 1 && currencyCode(toks, m.Tokens[0]) {
			continue // "AU$ 5 million" is no African Union
		}
		if lang == "de" && (languageNoun(m) || languageNominal(toks, m)) {
			continue // "auf Englisch", "Russisch lernen", "ins Deutsche": a language, not a country
		}
		if c := m.Candidates[0]; c.Flags&kb.Adjectival != 0 && c.Flags&kb.Demonym == 0 && m.Tokens[1] < len(toks) && speechNoun(toks[m.Tokens[1]].Text) {
			continue // "das englische Wort", "the Russian term": a language
		}
		if c := m.Candidates[0]; lang == "en" && c.Kind == dossier.KindLocation && m.Tokens[1] < len(toks) &&
			(toks[m.Tokens[1]].Text == "river" || toks[m.Tokens[1]].Text == "River") {
			continue // "the St Lawrence river" is no town called St Lawrence
		}
		if m.Candidates[0].Flags&kb.Adjectival != 0 && !d.nameLike(m) {
			it.kind = kAdj
		} else if adj, ok := d.descriptive(toks, lang, m); ok {
			it = adj
		} else if lang != "de" && it.tok[1]-it.tok[0] >= 2 && !it.partial && (toks[it.tok[0]].Text == "The" || toks[it.tok[0]].Text == "the") &&
			!strings.HasPrefix(d.name(m.Candidates[0].ID), "The ") {
			// "The United States": the article is not part of the name
			it.tok[0]++
			it.span.Start = toks[it.tok[0]].Start
		}
		for _, c := range chunks {
			if c.Start == it.tok[0] && c.End == it.tok[1] {
				if it.partial {
					// "Itar-Tass": the recogniser's whole token, when it
					// agrees on the class, is the name
					if c.Sub != "" || c.Class != classOf(it.cands[0].Kind) || it.kind != kName {
						break
					}
					it.partial = false
					it.span = dossier.Span{Start: toks[c.Start].Start, End: toks[c.End-1].End}
				}
				it.nerAgree, it.nerClass, it.nerScore = true, c.Class, c.Score
				it.prio = prioKBAgreed
				break
			}
		}
		props = append(props, it)
	}
	nkb := len(props)
	for _, c0 := range chunks {
		parts, n := [2]Chunk{c0}, 1
		if a, b, ok := splitCoordinated(toks, props[:nkb], c0); ok {
			parts, n = [2]Chunk{a, b}, 2
		}
		for _, c := range parts[:n] {
			if c.Sub != "" || c.Start < 0 || c.End > len(toks) || c.Start >= c.End || c.Score < d.l.minNER {
				continue
			}
			c, ok := screenChunk(toks, lang, c)
			if !ok {
				continue
			}
			it := item{kind: kNER, tok: [2]int{c.Start, c.End}, nerClass: c.Class, nerScore: c.Score, prio: prioNER,
				span: dossier.Span{Start: toks[c.Start].Start, End: toks[c.End-1].End}, unit: isCurrency(toks, c)}
			agreed, inside := false, false
			lead := -1 // a knowledge-base adjective the chunk starts with
			for k := range props[:nkb] {
				p := &props[k]
				if p.tok == it.tok && !p.partial {
					agreed = true
					break
				}
				if p.tok[0] >= c.Start && p.tok[1] <= c.End {
					inside = true
					if p.tok[0] == c.Start && p.tok[1] < c.End && p.kind == kAdj && !p.partial {
						lead = k
					}
				}
			}
			if agreed {
				continue
			}
			if lead >= 0 {
				if rest, ok := d.demonymLead(toks, lang, props[:nkb], &props[lead], c); ok {
					// "Iraqi Kurds", "Bosnian Serbs", "Croat forces": the
					// adjective names the country, the rest a group of it
					if rest != nil {
						props = append(props, *rest)
					}
					continue
				}
			}
			if inside && extendsName(toks, lang, props[:nkb], c) {
				it.prio = prioNERLong
			}
			props = append(props, it)
		}
	}
	d.props = props
	st.items, d.rank = selectItems(d.itemsFor(len(props)), props, d.rank)
	st.items = dropOtherLanguage(st.items, toks, lang)
	d.ellipsis(st)
	d.peoples(st)
	d.foreignCountryNames(st)
	placeParties(st)
	d.phrases(st)
}

// splitCoordinated splits a recogniser's organisation that joins two names
// with a conjunction when one of them is, whole, an organisation of the
// knowledge base: "Best Buy and Radio Shack", "Siemens und Bosch" are two
// firms. A name with "and" of its own ("Bosnia and Herzegovina") is one
// knowledge-base match over the whole chunk and is not split.
func splitCoordinated(toks []dossier.Token, kbItems []item, c Chunk) (a, b Chunk, ok bool) {
	if c.Class != "ORG" || c.End-c.Start < 3 || c.Start < 0 || c.End > len(toks) {
		return c, c, false
	}
	for j := c.Start + 1; j < c.End-1; j++ {
		if w := toks[j].Text; w != "and" && w != "und" {
			continue
		}
		a, b = c, c
		a.End, b.Start = j, j+1
		for k := range kbItems {
			it := &kbItems[k]
			if it.partial || len(it.cands) == 0 || it.cands[0].Kind != dossier.KindOrganization {
				continue
			}
			if it.tok == [2]int{a.Start, a.End} || it.tok == [2]int{b.Start, b.End} {
				return a, b, true
			}
		}
		return c, c, false
	}
	return c, c, false
}

// demonymLead splits a recogniser chunk that starts with a country's
// adjective or demonym and goes on with a group of people or common nouns:
// "Iraqi Kurds", "Bosnian Serbs" (MISC), "Croat forces". The adjective
// stays a mention of the country (the head noun gives its sector); the
// rest, when it is a name of its own that the knowledge base has no match
// for, becomes a recogniser item. It reports false for chunks that are
// names of their own ("Korean Air", "Russian Railways").
func (d *docState) demonymLead(toks []dossier.Token, lang string, kbItems []item, adj *item, c Chunk) (*item, bool) {
	r0 := adj.tok[1]
	if c.End == r0+1 && sectorOf(lower(toks, r0), lang) != "" {
		// one noun of a state's body after the adjective: capitalised
		// because German capitalises nouns or a headline every word
		// ("Nordkoreanische Soldaten unterliegen …", "Russian Troops Advance")
		return nil, true
	}
	capRest, coveredRest := false, true
	for t := r0; t < c.End; t++ {
		if isCap(toks[t].Text) {
			capRest = true
		}
		covered := false
		for k := range kbItems {
			if kb := &kbItems[k]; kb.tok[0] <= t && t < kb.tok[1] && !kb.partial {
				covered = true
				break
			}
		}
		if !covered {
			coveredRest = false
		}
	}
	switch {
	case !capRest || coveredRest:
		return nil, true // "Croat forces"; "Bosnian Serbs" with both in the knowledge base
	case c.Class != "MISC":
		return nil, false
	}
	if !isCap(toks[r0].Text) {
		return nil, false
	}
	rest := item{kind: kNER, tok: [2]int{r0, c.End}, nerClass: c.Class, nerScore: c.Score, prio: prioNER,
		span: dossier.Span{Start: toks[r0].Start, End: toks[c.End-1].End}}
	return &rest, true
}

// peoples drops the country of an adjective or demonym that names an
// ethnic group rather than a state's people: after "ethnic" ("ethnic
// Albanians", "ethnische Serben"), or after another country's adjective
// or name ("Bosnian Serbs", "Kosovo Albanians": Serbs of Bosnia). The
// words stay a mention, of no entity, so that the phrase is coded by the
// country before it.
func (d *docState) peoples(st *sentState) {
	toks := st.toks
	for k := range st.items {
		it := &st.items[k]
		if it.kind != kAdj || it.partial || len(it.cands) == 0 {
			continue
		}
		t := it.tok[0]
		ethnic := t > 0 && strings.HasPrefix(lower(toks, t-1), "ethni")
		after := false
		if k > 0 && !ethnic {
			p := &st.items[k-1]
			if p.tok[1] == t && !p.partial && len(p.cands) > 0 && (p.kind == kAdj || p.kind == kName) {
				switch p.cands[0].Kind {
				case dossier.KindCountry, dossier.KindLocation:
					after = p.cands[0].Country != "" && p.cands[0].Country != it.cands[0].Country
				}
			}
		}
		if ethnic || after {
			it.kind, it.nerClass, it.nerScore, it.cands = kNER, "MISC", 0.8, nil
			it.group = true
		}
	}
}

// ellipsis completes names that share their last words with the next one:
// "North and South Korea", "East and West Germany" (German writes "Nord- und
// Südkorea", which the matcher handles).
func (d *docState) ellipsis(st *sentState) {
	toks := st.toks
	for k := 0; k < len(st.items); k++ {
		it := &st.items[k]
		t := it.tok[0] - 2
		if it.kind != kName || it.partial || it.tok[1]-it.tok[0] < 2 || t < 0 || !isCoord(lower(toks, t+1)) || !isCap(toks[t].Text) {
			continue
		}
		prev := -1 // an item on token t, which must be the recogniser's guess
		if k > 0 && st.items[k-1].tok[1] > t {
			if st.items[k-1].kind != kNER || st.items[k-1].tok != [2]int{t, t + 1} {
				continue
			}
			prev = k - 1
		}
		var b strings.Builder
		b.WriteString(toks[t].Text)
		for i := it.tok[0] + 1; i < it.tok[1]; i++ {
			b.WriteByte(' ')
			b.WriteString(toks[i].Text)
		}
		cs := d.l.kb.Lookup(b.String(), st.lang)
		if len(cs) == 0 || cs[0].Kind != it.cands[0].Kind {
			continue
		}
		x := item{kind: kName, span: toks[t].Span, tok: [2]int{t, t + 1}, cands: cs, prio: prioKB}
		if prev >= 0 {
			st.items[prev] = x
		} else {
			st.items = append(st.items[:k], append([]item{x}, st.items[k:]...)...)
			k++
		}
	}
}

// extendsName reports whether chunk c has a name word of its own beside
// the KB names inside it: "Korea JoongAng" around "Korea", "Texas Rangers"
// around "Texas" (and the adjective "Rangers"), not "Präsident Selenskyj"
// around "Selenskyj".
func extendsName(toks []dossier.Token, lang string, kbItems []item, c Chunk) bool {
	for t := c.Start; t < c.End; t++ {
		covered := false
		for k := range kbItems {
			it := &kbItems[k]
			if it.kind == kName && it.tok[0] <= t && t < it.tok[1] && it.cands[0].Flags&(kb.Common|kb.Surname) == 0 {
				covered = true
				break
			}
		}
		if covered || !isCap(toks[t].Text) {
			continue
		}
		if _, _, ok := titleAt(toks, t, lang); ok {
			continue
		}
		if t == c.Start && lang == "de" && groupNoun(toks[t].Text) {
			continue // "Terrormiliz IS", "Nachrichtenagentur Reuters": the kind of group
		}
		if t > c.Start && placeKinds[strings.ToLower(toks[t].Text)] {
			continue // "West Darfur State", "Sindh Province": the place
		}
		if lang == "de" && c.Class != "PER" && t == c.End-1 && toks[t].POS == "NOUN" && endsKBOrganization(kbItems, t) {
			// "mit der Süddeutschen Zeitung Versagen vor", "der SPÖ
			// Oppositionspolitik": a common noun after an organisation's
			// whole name begins the next phrase (German joins a name's
			// own nouns to it with a hyphen: "Siemens-Chef"). A person's
			// name is left whole: the tagger reads an unknown surname as a
			// noun ("Wagner Moura" is an actor, not the Wagner group)
			continue
		}
		return true
	}
	return false
}

// endsKBOrganization reports whether the whole name of a knowledge-base
// organisation ends right before token t. Places are left out: "US Open",
// "Arlington Park" are names built on a place with a common noun.
func endsKBOrganization(kbItems []item, t int) bool {
	for k := range kbItems {
		it := &kbItems[k]
		if it.kind == kName && it.tok[1] == t && it.cands[0].Kind == dossier.KindOrganization && it.cands[0].Flags&(kb.Common|kb.Surname) == 0 {
			return true
		}
	}
	return false
}

// groupHeads end German compounds that name a kind of organisation
// ("Terrormiliz", "Oppositionspartei", "Nachrichtenagentur"): before a
// name they describe it and are not part of it.
var groupHeads = []string{"miliz", "organisation", "gruppe", "gruppierung", "partei", "agentur", "bewegung",
	"netzwerk", "sender", "zeitung", "konzern", "bündnis", "allianz", "rebellen", "extremisten", "islamisten"}

// groupNoun reports whether a capitalised German word, inflected or not, is
// a compound ending in a kind of organisation.
func groupNoun(w string) bool {
	lw := strings.ToLower(w)
	for _, suf := range []string{"", "en", "n", "s"} {
		b, ok := strings.CutSuffix(lw, suf)
		if !ok {
			continue
		}
		for _, h := range groupHeads {
			if strings.HasSuffix(b, h) {
				return true
			}
		}
	}
	return false
}

// orgCueWord reports whether word w, right before a name, says the name is
// an organisation's: "Nachrichtenagentur Sana" is Syria's agency, not
// Yemen's capital.
func orgCueWord(w, lang string) bool {
	if lang == "de" {
		return isCap(w) && groupNoun(w)
	}
	switch w {
	case "agency", "broadcaster", "newspaper", "militia", "party", "group", "movement",
		// trades: "the automaker Ford" is the firm, not a person named Ford
		"company", "firm", "automaker", "carmaker", "manufacturer", "airline", "carrier", "bank", "retailer", "insurer", "chipmaker":
		return true
	}
	return false
}

// placeKinds are the words for a kind of division after a place's name.
var placeKinds = map[string]bool{"state": true, "province": true, "region": true, "district": true,
	"governorate": true, "county": true, "prefecture": true, "oblast": true, "department": true,
	"provinz": true, "bezirk": true, "gouvernement": true}

// nameLike reports whether an adjectival match is also a name of one of
// its candidates: "Hong Kong", "Liechtenstein" (the country tables list them
// as their own adjectives), German "Polen", "Ungarns" (Poland and Poles).
func (d *docState) nameLike(m *kb.Match) bool {
	key := ""
	for _, c := range m.Candidates {
		if c.Flags&kb.Adjectival == 0 {
			return true
		}
		if key == "" {
			key = strings.ToLower(m.Text)
		}
		names := d.l.nameForms(c.ID)
		if names[key] || c.Flags&kb.Inflected != 0 && names[strings.TrimSuffix(key, "s")] {
			return true
		}
	}
	return false
}

// name returns the canonical name of a knowledge-base entity.
func (d *docState) name(id string) string {
	if in, ok := d.l.kb.Info(id); ok {
		return in.Name
	}
	return ""
}

// selectItems keeps the best non-overlapping candidates: higher priority,
// then longer, then earlier; the result is sorted by start. rank is scratch
// for the order of props, returned for the next call: the candidates are
// ranked by index, not moved, for an item is 248 bytes and the sort's
// comparisons took and its swaps moved whole ones.
func selectItems(dst, props []item, rank []int32) ([]item, []int32) {
	rank = rank[:0]
	for i := range props {
		rank = append(rank, int32(i))
	}
	// slices' sorts, unlike sort.Slice's, allocate nothing; stable, the
	// order is the one sorting the items themselves stably gave
	slices.SortStableFunc(rank, func(a, b int32) int {
		pa, pb := &props[a], &props[b]
		if pa.prio != pb.prio {
			return cmp.Compare(pb.prio, pa.prio)
		}
		if la, lb := pa.span.Len(), pb.span.Len(); la != lb {
			return cmp.Compare(lb, la)
		}
		return cmp.Compare(pa.span.Start, pb.span.Start)
	})
	if cap(dst) == 0 {
		// a sentence's first: one allocation of the most it can take
		// instead of a series of doublings, each copying the items so far
		dst = make([]item, 0, len(props))
	}
	for _, i := range rank {
		p := &props[i]
		ok := true
		for k := range dst {
			if p.span.Start < dst[k].span.End && dst[k].span.Start < p.span.End {
				ok = false
				break
			}
		}
		if ok {
			dst = append(dst, *p)
		}
	}
	slices.SortFunc(dst, byStart)
	return dst, rank
}

// byStart orders items by start.
func byStart(a, b item) int { return cmp.Compare(a.span.Start, b.span.Start) }

// lower returns the lower-cased text of token i, or "" out of range.
func lower(toks []dossier.Token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return strings.ToLower(toks[i].Text)
}

// titleAt reports whether a title starts at token i and how many tokens it
// takes ("Foreign Minister", "Außenminister").
func titleAt(toks []dossier.Token, i int, lang string) (title, int, bool) {
	// It runs on every token of a sentence with candidates. A token with
	// capitals or beyond ASCII is lower-cased into a buffer on the stack
	// and looked up by string(buffer), which allocates nothing; an ASCII
	// one without capitals is its own lower case (strings.ToLower returns
	// it as it is).
	if i >= 0 && i < len(toks) {
		s := toks[i].Text
		upper, ascii := false, true
		for j := 0; j < len(s); j++ {
			c := s[j]
			if c >= utf8.RuneSelf {
				ascii = false
				break
			}
			upper = upper || 'A' <= c && c <= 'Z'
		}
		if ascii && !upper {
			return titleAtWord(toks, i, lang, s)
		}
		var buf [64]byte
		if len(s) <= len(buf) {
			var wb []byte
			if ascii {
				wb = buf[:copy(buf[:], s)]
				for j, c := range wb {
					if 'A' <= c && c <= 'Z' {
						wb[j] = c + 'a' - 'A'
					}
				}
			} else {
				wb = text.AppendLower(buf[:0], s)
			}
			if !titleGate.mayBytes(wb) {
				return title{}, 0, false
			}
			if lang != "de" {
				first := wb
				if j := bytes.IndexByte(wb, ' '); j >= 0 {
					first = wb[:j]
				}
				if titleFirst[string(first)] {
					return titleAtWord(toks, i, lang, string(wb))
				}
				if t, ok := titles2[string(wb)]; ok {
					return t, 1, true
				}
			}
			if t, ok := lookupWordBytes(titles1[langOr(lang)], wb, lang); ok {
				return t, 1, true
			}
			return title{}, 0, false
		}
	}
	return titleAtWord(toks, i, lang, lower(toks, i))
}

// titleAtWord is titleAt given w, token i lower-cased.
func titleAtWord(toks []dossier.Token, i int, lang, w string) (title, int, bool) {
	if w == "" || !titleGate.may(w) {
		return title{}, 0, false
	}
	if lang != "de" {
		// a phrase w+" "+… begins with w's first word
		if first, _, _ := strings.Cut(w, " "); titleFirst[first] {
			if i+2 < len(toks) {
				if t, ok := titles2[w+" "+lower(toks, i+1)+" "+lower(toks, i+2)]; ok {
					return t, 3, true
				}
			}
			if i+1 < len(toks) {
				if t, ok := titles2[w+" "+lower(toks, i+1)]; ok {
					return t, 2, true
				}
			}
		}
		if t, ok := titles2[w]; ok {
			return t, 1, true
		}
	}
	if t, ok := lookupWord(titles1[langOr(lang)], w, lang); ok {
		return t, 1, true
	}
	return title{}, 0, false
}

func langOr(lang string) string {
	if lang == "de" {
		return "de"
	}
	return "en"
}

func isPossessive(w string) bool {
	switch w {
	case "'s", "’s", "'", "’", "'S", "’S":
		return true
	}
	return false
}

// phrases finds, in a sentence whose candidates are selected, the titles
// before names, the role phrases and the kinship phrases, and the
// possessives and head nouns of country mentions.
func (d *docState) phrases(st *sentState) {
	toks, lang := st.toks, st.lang
	if len(st.items) == 0 {
		for t := range toks {
			if !phraseGate.mayFolded(toks[t].Text) {
				continue
			}
			if isBareChancellor(toks, t, lang) {
				st.items = append(st.items, chancellorRole(toks, t))
			} else if isBarePope(toks, t) {
				st.items = append(st.items, popeRole(toks, t))
			}
		}
		return
	}
	// startAt/endAt: the item whose first/last token is t (-1 for none).
	n := len(toks)
	d.at = slices.Grow(d.at[:0], 2*n)[:2*n] // reused: phrases runs once per sentence
	startAt, endAt := d.at[:n:n], d.at[n:]
	for t := range startAt {
		startAt[t], endAt[t] = -1, -1
	}
	for k := range st.items {
		it := &st.items[k]
		startAt[it.tok[0]] = k
		endAt[it.tok[1]-1] = k
		if it.tok[1] < n && isPossessive(toks[it.tok[1]].Text) {
			it.posses = true
		} else if lang == "de" && !it.partial && it.kind == kName && strings.HasSuffix(toks[it.tok[1]-1].Text, "s") &&
			it.cands[0].Flags&kb.Inflected != 0 {
			it.posses = true
		}
	}
	drop := make([]bool, len(st.items))
	var extra []item

	for t := 0; t < n; t++ {
		// A compound such as "US-Präsident" or "NATO-Generalsekretär": a
		// KB piece at the token's start, a title after the hyphen.
		if k := startAt[t]; k >= 0 && st.items[k].partial && st.items[k].span.Start == toks[t].Start && st.items[k].tok[1] == t+1 {
			it := &st.items[k]
			rest := toks[t].Text[it.span.End-toks[t].Start:]
			rest = strings.TrimLeft(rest, "-‐‑")
			if ti, _, ok := titleAt([]dossier.Token{{Text: rest}}, 0, lang); ok && rest != "" && !hasNotCurrent(toks, t, t, lang) {
				holder := holderOf(it)
				if d.titled(st, startAt, t+1, ti, holder, it) {
					continue
				}
				if ti.offices != nil && holder != "" {
					inner := *it
					inner.sector = ti.sector
					extra = append(extra, item{kind: kRole, span: toks[t].Span, tok: [2]int{t, t + 1},
						offices: ti.offices, holder: holder, inner: &inner, prio: prioKB})
					drop[k] = true
				}
				continue
			}
		}
		if !phraseGate.mayFolded(toks[t].Text) {
			continue // neither a title nor a bare pope starts here
		}
		ti, tn, ok := titleAt(toks, t, lang)
		if !ok {
			// "der Papst", but not "der Papst Franziskus": the name says who.
			// The recogniser may have taken the title alone for a name.
			if isBarePope(toks, t) && (t+1 == n || startAt[t+1] < 0) {
				it := popeRole(toks, t)
				if k := startAt[t]; k < 0 {
					extra = append(extra, it)
				} else if st.items[k].kind == kNER && st.items[k].tok[1] == t+1 {
					drop[k] = true
					extra = append(extra, it)
				}
			}
			continue
		}
		end := t + tn // one past the title
		// Country before the title: an adjective or a genitive,
		// possibly with modifiers between ("Südkoreas neuem Präsident").
		j := t - 1
		for skipped := 0; j >= 0 && skipped < 2; skipped++ {
			if _, ok := lookupWord(modifiers, lower(toks, j), lang); !ok {
				break
			}
			j--
		}
		var ref *item
		refK := -1
		if j >= 0 && isPossessive(toks[j].Text) {
			j--
		}
		if j >= 0 && endAt[j] >= 0 {
			c := &st.items[endAt[j]]
			attributive := c.kind == kName && (c.posses || lang != "de" && c.tok[1] == t)
			if (c.kind == kAdj || attributive) && holderOf(c) != "" && !c.partial {
				ref, refK = c, endAt[j]
			}
		}
		start := t
		if ref != nil {
			start = ref.tok[0]
		} else if end < n {
			// Country after the title: "the president of South Korea",
			// "der Präsident Russlands", "Präsident von Südkorea".
			j := end
			if w := lower(toks, j); w == "of" || w == "von" || w == "des" {
				j++
				if w := lower(toks, j); w == "the" || w == "der" {
					j++
				}
			}
			if j < n && startAt[j] >= 0 {
				c := &st.items[startAt[j]]
				if c.kind == kName && holderOf(c) != "" && !c.partial && (j > end || c.posses) && kindOf(c) != dossier.KindPerson {
					// a name right after the title is the person, not the country
					ref, refK = c, startAt[j]
					end = c.tok[1]
				}
			}
		}
		holder := ""
		if ref != nil {
			holder = holderOf(ref)
		}
		if ref == nil || ref.tok[0] < t {
			// a title followed by a name introduces that name
			if d.titled(st, startAt, end, ti, holder, ref) {
				t = end - 1
				continue
			}
		}
		if ref == nil {
			if isBareChancellor(toks, t, lang) {
				extra = append(extra, chancellorRole(toks, t))
			}
			continue
		}
		if ti.offices == nil || hasNotCurrent(toks, start, end, lang) || lang == "en" && end == t+1 && lower(toks, t) == "premier" && beforePlural(toks, end) {
			if ref.sector == "" {
				ref.sector = ti.sector
			}
			continue
		}
		inner := *ref
		inner.sector = ti.sector
		extra = append(extra, item{kind: kRole, span: dossier.Span{Start: toks[start].Start, End: toks[end-1].End},
			tok: [2]int{start, end}, offices: ti.offices, holder: holder, inner: &inner, prio: prioKB})
		drop[refK] = true
		t = end - 1
	}

	// Kinship: "Kims Schwester", "Kim's sister", "die Schwester Kims",
	// "the sister of Kim Jong Un".
	for k := range st.items {
		it := &st.items[k]
		if drop[k] || !personish(it) || it.partial {
			continue
		}
		e := it.tok[1]
		if it.posses && e < n && isPossessive(toks[e].Text) {
			e++
		}
		if kn, ok := lookupWord(kinship, lower(toks, e), lang); ok && (it.posses || lang == "de" && strings.HasSuffix(toks[it.tok[1]-1].Text, "s")) {
			inner := *it
			extra = append(extra, item{kind: kRelation, span: dossier.Span{Start: it.span.Start, End: toks[e].End},
				tok: [2]int{it.tok[0], e + 1}, kin: kn, inner: &inner, prio: prioKB})
			drop[k] = true
			continue
		}
		b := it.tok[0] - 1
		if b >= 0 && (lowerIs(toks[b].Text, "of") || lowerIs(toks[b].Text, "von")) {
			b--
		} else if lang != "de" || !strings.HasSuffix(toks[it.tok[1]-1].Text, "s") {
			continue
		}
		if kn, ok := lookupWord(kinship, lower(toks, b), lang); ok && b >= 0 && endAt[b] < 0 {
			inner := *it
			extra = append(extra, item{kind: kRelation, span: dossier.Span{Start: toks[b].Start, End: it.span.End},
				tok: [2]int{b, it.tok[1]}, kin: kn, inner: &inner, prio: prioKB})
			drop[k] = true
		}
	}
	if len(extra) == 0 {
		return
	}
	kept := st.items[:0]
	for k, it := range st.items {
		if !drop[k] {
			kept = append(kept, it)
		}
	}
	for _, x := range extra {
		ok := true
		for _, it := range kept {
			if x.span.Start < it.span.End && it.span.Start < x.span.End {
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, x)
		}
	}
	slices.SortFunc(kept, byStart)
	st.items = kept
}

// titled marks the name starting at token t as introduced by a title; it
// reports false when no name starts there. The country named with the title
// gets the title's sector.
func (d *docState) titled(st *sentState, startAt []int, t int, ti title, holder string, ref *item) bool {
	if t >= len(st.toks) || startAt[t] < 0 {
		return false
	}
	it := &st.items[startAt[t]]
	if !personish(it) || it.partial {
		return false
	}
	tt := ti
	if tt.phraseOnly {
		tt.offices = nil
	}
	it.title, it.holder = &tt, holder
	if ref != nil && ref.sector == "" {
		ref.sector = ti.sector
	}
	return true
}

// personish reports whether an item may name a person.
func personish(it *item) bool {
	switch it.kind {
	case kNER:
		return it.nerClass == "PER"
	case kName:
		if it.nerAgree && it.nerClass == "PER" {
			return true
		}
		for _, c := range it.cands {
			if c.Kind == dossier.KindPerson {
				return true
			}
		}
	}
	return false
}

// beforePlural reports whether the word at i is a plural common noun: before
// one, "premier" is the adjective ("Japan's premier makers of stereos"), not
// the head of government. Other titles are no adjectives, and a verb the
// tagger reads as a plural ("the prime minister talks to …") must not undo
// them.
func beforePlural(toks []dossier.Token, i int) bool {
	if i >= len(toks) || toks[i].POS != "NOUN" || isCap(toks[i].Text) {
		return false
	}
	return toks[i].Lemma != "" && toks[i].Lemma != strings.ToLower(toks[i].Text)
}

// holderOf returns what a country or organisation mention names for
// office look-ups: a country's ISO alpha-3 code or an organisation's id.
func holderOf(it *item) string {
	if len(it.cands) == 0 {
		return ""
	}
	c := it.cands[0]
	switch c.Kind {
	case dossier.KindCountry:
		return c.Country
	case dossier.KindOrganization:
		if c.Flags&kb.Adjectival == 0 {
			return c.ID
		}
	}
	return ""
}

func kindOf(it *item) dossier.EntityKind {
	if len(it.cands) == 0 {
		return ""
	}
	return it.cands[0].Kind
}

// hasNotCurrent reports whether the words of a role phrase, or the two
// before it, say the title is not held now ("former", "stellvertretende",
// "Ex-Präsident").
func hasNotCurrent(toks []dossier.Token, start, end int, lang string) bool {
	for i := max(0, start-2); i < end && i < len(toks); i++ {
		w := lower(toks, i)
		if _, ok := lookupWord(notCurrent, w, lang); ok {
			return true
		}
		if i >= start && (strings.HasPrefix(w, "ex-") || strings.HasPrefix(w, "vize-") || strings.HasPrefix(w, "alt-")) {
			return true
		}
	}
	return false
}

// descriptive splits a knowledge-base name made of a country adjective and
// a generic head noun ("nordkoreanische Truppen", "South Korean military",
// forms the knowledge base lists for the armed forces and services) into
// the adjective, linked to the country, with the head noun's sector: the
// words name a part of the country, as "nordkoreanische Regierung" does.
func (d *docState) descriptive(toks []dossier.Token, lang string, m *kb.Match) (item, bool) {
	t0, t1 := m.Tokens[0], m.Tokens[1]
	if t1-t0 < 2 || m.Candidates[0].Kind != dossier.KindOrganization {
		return item{}, false
	}
	head := t1 - 1
	sector := sectorOf(lower(toks, head), lang)
	if p, ok := lookupLowerPair(sectorPairs, toks, head-1); ok && head-1 > t0 {
		head, sector = head-1, p
	}
	if sector == "" || lang == "en" && isCap(toks[t1-1].Text) {
		// a capitalised head is the body's own name ("the United States
		// Air Force"), which the knowledge base has as a whole
		return item{}, false
	}
	sub := d.l.kb.Matcher().Match(toks[t0:head], lang, nil)
	if len(sub) != 1 || sub[0].Tokens != [2]int{0, head - t0} || sub[0].Span.Start != toks[t0].Start {
		return item{}, false
	}
	c := sub[0].Candidates[0]
	if c.Kind != dossier.KindCountry {
		return item{}, false
	}
	kind := kAdj
	if c.Flags&kb.Adjectival == 0 || d.nameLike(&sub[0]) {
		kind = kName // "U.S. military"
	}
	return item{kind: kind, span: sub[0].Span, tok: [2]int{t0, head}, cands: sub[0].Candidates,
		sector: sector, prio: prioKB}, true
}

// prominent reports whether a candidate may be named inside a compound
// ("US-Präsident", "Ukraine-Krieg", "NATO-Gipfel"): countries,
// organisations, persons and well-known places, not every town of the
// gazetteer.
func prominent(c kb.Candidate) bool {
	switch c.Kind {
	case dossier.KindLocation:
		return c.Flags&kb.Metonym != 0 || c.Score >= 70
	case dossier.KindOther:
		return false
	}
	return true
}

// speechNouns are the nouns after which an adjective of a country names its
// language: "aus dem englischen Wort hug", "the Korean term for it".
var speechNouns = []string{
	"wort", "worte", "wörter", "wortes", "sprache", "begriff", "begriffs", "ausdruck", "ausdrucks", "bezeichnung",
	"übersetzung", "untertitel", "untertiteln", "akzent", "dialekt", "redewendung", "schreibweise", "aussprache",
	"muttersprache", "word", "words", "language", "term", "terms", "phrase", "expression", "translation", "subtitles",
	"accent", "dialect", "spelling", "pronunciation",
}

// speechNoun reports whether w is one of speechNouns, in any case, without
// lower-casing every word that follows an adjective.
func speechNoun(w string) bool {
	if len(w) < 4 || len(w) > 14 {
		return false
	}
	for _, s := range speechNouns {
		if strings.EqualFold(w, s) {
			return true
		}
	}
	return false
}

// languageNoun says whether a German KB match is a language name: the
// uninflected adjective written with a capital ("Englisch", "Deutsch"),
// which attributive use always inflects and predicative use writes small.
func languageNoun(m *kb.Match) bool {
	c := &m.Candidates[0]
	if c.Flags&kb.Adjectival == 0 || m.Tokens[1]-m.Tokens[0] != 1 || m.Span.End-m.Span.Start != len(m.Text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(m.Text)
	if !unicode.IsUpper(r) || !strings.EqualFold(m.Text, c.Form) {
		return false
	}
	return strings.HasSuffix(c.Form, "isch") || c.Form == "deutsch"
}

// languageNominal says whether a German KB match is a language as a noun
// made of the adjective: "ins Deutsche übersetzt", "aus dem Englischen",
// "im Russischen" (not "im Deutschen Bundestag": a noun follows there).
func languageNominal(toks []dossier.Token, m *kb.Match) bool {
	c := &m.Candidates[0]
	t0, t1 := m.Tokens[0], m.Tokens[1]
	if c.Flags&kb.Adjectival == 0 || t1-t0 != 1 || t0 == 0 || !isCap(toks[t0].Text) {
		return false
	}
	w := toks[t0].Text
	switch lower(toks, t0-1) {
	case "ins":
		if !strings.HasSuffix(w, "e") {
			return false
		}
	case "im", "vom", "dem":
		if !strings.HasSuffix(w, "en") {
			return false
		}
	default:
		return false
	}
	return t1 == len(toks) || !isCap(toks[t1].Text) || !wordLike(toks[t1].Text)
}

// chancellorRole is the role phrase of a chancellor's title at token t
// that names no country ("der Kanzler", "the chancellor"), where
// isBareChancellor finds one.
func chancellorRole(toks []dossier.Token, t int) item {
	return item{kind: kRole, span: toks[t].Span, tok: [2]int{t, t + 1}, offices: tHeadOfGov.offices, chancellery: true, prio: prioKB}
}

// isBareChancellor reports whether token t is a chancellor's title that
// names no country. It runs on most tokens and returns no item, so a token
// turned down costs no item made and cleared.
func isBareChancellor(toks []dossier.Token, t int, lang string) bool {
	return t > 0 && (strings.Contains(toks[t].Text, "anzler") || strings.Contains(toks[t].Text, "hancellor")) &&
		chancellorWord(lower(toks, t)) && definiteArticle(lower(toks, t-1)) && !hasNotCurrent(toks, t, t+1, lang)
}

// chancellorWord reports whether w, lower-cased, is the title of a head of
// government that only Germany and Austria give it (among the
// countries the news names with the bare title): "Kanzler",
// "Bundeskanzlerin", "Kanzlers", "chancellor".
func chancellorWord(w string) bool {
	if w == "chancellor" {
		return true
	}
	w = strings.TrimPrefix(w, "bundes")
	rest, ok := strings.CutPrefix(w, "kanzler")
	return ok && (rest == "" || rest == "in" || rest == "s")
}

// popeRole is the role phrase of "the Pope" or "der Papst" at token t, where
// isBarePope finds one: the Holy See's head of state at the document's
// date.
func popeRole(toks []dossier.Token, t int) item {
	return item{kind: kRole, span: toks[t].Span, tok: [2]int{t, t + 1}, offices: popeOffices, holder: "VAT", prio: prioKB}
}

// isBarePope reports whether token t is "the Pope" or "der Papst". Other
// churches' popes ("the Coptic pope") have a word between the article and
// the title and are left alone. It runs on most tokens and returns no item,
// so a token turned down costs no item made and cleared.
func isBarePope(toks []dossier.Token, t int) bool {
	if n := len(toks[t].Text); t == 0 || n != 4 && n != 5 && n != 7 { // lower only a word of a pope's length
		return false
	}
	if w := toks[t].Text; !lowerIs(w, "pope") && !lowerIs(w, "pontiff") && !lowerIs(w, "papst") && !lowerIs(w, "papstes") {
		return false
	}
	return definiteArticle(lower(toks, t-1))
}

// popeOffices is the office a pope holds in the knowledge base.
var popeOffices = []string{kb.HeadOfState}

// definiteArticle reports whether w, lower-cased, is a definite article
// that may stand before a singular title.
func definiteArticle(w string) bool {
	switch w {
	case "the", "der", "die", "den", "dem", "des":
		return true
	}
	return false
}
