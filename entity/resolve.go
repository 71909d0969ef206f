package entity

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/kb"
)

// Confidence of mentions by how they were found and linked.
const (
	confAgreed    = 0.95 // knowledge base and recogniser agree
	confKB        = 0.85 // a knowledge-base name
	confInflected = 0.8
	confContext   = 0.75 // a common word or surname the context supports
	confAdjective = 0.85
	confCoref     = 0.8
	confRole      = 0.8
	confRelation  = 0.8
	confMetonym   = 0.7
	confGuess     = 0.5 // one of two countries that share an adjective, neither named
)

// resolve links the candidates of all sentences, in document order, and
// writes the mentions.
func (d *docState) resolve() {
	for si := range d.sents {
		divisionCues(&d.sents[si])
	}
	d.prior()
	d.voteClasses()
	d.index()
	for si := range d.sents {
		d.placesInOrgNames(&d.sents[si])
	}
	d.shortNames()
	d.repeatNames()
	n := 0
	for si := range d.sents {
		n += len(d.sents[si].items)
	}
	d.out = slices.Grow(d.out, n) // at most one mention an item
	for si := range d.sents {
		d.cur = si
		st := &d.sents[si]
		for k := range st.items {
			if m, ok := d.link(st, &st.items[k]); ok {
				d.out = append(d.out, m)
				if m.Entity != "" {
					d.counts[m.Entity]++
				}
			}
		}
	}
	sortMentions(d.out)
}

// prior counts the countries the document names without ambiguity, to
// choose between candidates of an ambiguous name ("Foreign Office" in an
// article about Germany).
func (d *docState) prior() {
	for si := range d.sents {
		for k := range d.sents[si].items {
			it := &d.sents[si].items[k]
			if len(it.cands) == 0 || it.cands[0].Flags&kb.CountryCue != 0 {
				continue // a form that needs its country named cannot name it
			}
			if in, ok := d.l.kb.Info(it.cands[0].ID); ok && in.Sector == "MED" {
				// a byline ("Reuter", "APA") says who reports, not where
				// the story is
				continue
			}
			c := it.cands[0].Country
			same := true
			for _, x := range it.cands[1:] {
				if x.Country != c {
					same = false
					break
				}
			}
			if it.kind == kName && d.isDivision(it.cands[0]) && !d.cityOf(it.cands, 0) && !slices.Contains(d.divisions, it.cands[0].ID) {
				d.divisions = append(d.divisions, it.cands[0].ID)
			}
			if c != "" && same {
				d.countries[c]++
				if it.cands[0].Kind == dossier.KindCountry {
					d.named[c]++
				}
			}
		}
	}
}

// pick chooses the candidate of a knowledge-base item: the recogniser's
// class where it says one, then the document's countries among candidates of
// about equal score.
func (d *docState) pick(it *item) kb.Candidate {
	cs := it.cands
	best := 0
	if it.nerAgree && classOf(cs[0].Kind) != it.nerClass && cs[0].Flags&kb.Adjectival == 0 {
		for i, c := range cs {
			if classOf(c.Kind) == it.nerClass && c.Score >= cs[0].Score-30 {
				best = i
				break
			}
		}
	}
	if best == 0 && it.orgCue && cs[0].Kind != dossier.KindOrganization {
		for i, c := range cs {
			if c.Kind == dossier.KindOrganization && c.Score >= cs[0].Score-30 {
				best = i
				break
			}
		}
	}
	if best == 0 && len(cs) > 1 && cs[0].Kind == dossier.KindCountry && d.renamedOn(cs[0].Country) {
		// "Congo" in 1985 is the Republic of the Congo: the other Congo
		// was Zaire then
		for i, c := range cs[1:] {
			if c.Kind == dossier.KindCountry && c.Country != cs[0].Country {
				best = i + 1
				break
			}
		}
	}
	if len(cs) > 1 && cs[best].Kind == dossier.KindCountry {
		// the document's countries decide between countries that share
		// the name ("Congo" beside "Kinshasa" or "Brazzaville"), whatever
		// their ranks
		for i, c := range cs {
			if c.Kind == dossier.KindCountry && c.Country != cs[best].Country && d.countries[c.Country] > d.countries[cs[best].Country] &&
				!d.renamedOn(c.Country) {
				best = i
			}
		}
	}
	if best == 0 && len(cs) > 1 {
		top := cs[0].Score
		for i, c := range cs[1:] {
			if c.Score < top-15 {
				break
			}
			if c.Country != cs[best].Country && d.countries[c.Country] > d.countries[cs[best].Country] {
				best = i + 1
			}
		}
	}
	if i, ok := d.division(it, best); ok {
		best = i
	}
	if cs[best].Flags&kb.Common != 0 {
		// a firm's short name that is a surname too ("Ford") is the
		// person the document has named in full
		for i, c := range cs {
			if c.Kind == dossier.KindPerson && c.Flags&kb.Surname != 0 && d.strong[c.ID] {
				best = i
				break
			}
		}
	}
	return cs[best]
}

// division returns the candidate of a province or state that shares its
// name with the city chosen ("Quebec", "Santa Fe", "San Luis"), where a word
// next to the name says it is one ("Buenos Aires province") or the document
// names two or more other divisions of the country and the city is no
// capital ("rains in Entre Rios, La Pampa and Santa Fe"): a city there
// would be the odd one out.
func (d *docState) division(it *item, best int) (int, bool) {
	c := it.cands[best]
	if c.Kind != dossier.KindLocation || len(it.cands) < 2 {
		return 0, false
	}
	in, ok := d.l.kb.Info(c.ID)
	if !ok || in.Rank <= divisionRank {
		return 0, false
	}
	for i, x := range it.cands {
		if i == best || x.Kind != dossier.KindLocation || x.Country != c.Country || !d.isDivision(x) {
			continue
		}
		if it.division || in.MetonymOf == "" && d.divisionsOf(c.Country) >= 2 {
			return i, true
		}
	}
	return 0, false
}

// divisionsOf counts the divisions of country the document names without
// doubt.
func (d *docState) divisionsOf(country string) int {
	n := 0
	for _, id := range d.divisions {
		if in, ok := d.l.kb.Info(id); ok && in.Country == country {
			n++
		}
	}
	return n
}

// divisionRank is the rank the generator gives a country's first-level
// division (kb/internal/gen/places.go).
const divisionRank = 30

func (d *docState) isDivision(c kb.Candidate) bool {
	if c.Kind != dossier.KindLocation {
		return false
	}
	in, ok := d.l.kb.Info(c.ID)
	return ok && in.Rank == divisionRank && in.MetonymOf == "" && strings.HasPrefix(c.ID, "geonames:")
}

// cityOf reports whether a candidate other than i is a city of i's
// country: a division of that name is then not certain.
func (d *docState) cityOf(cs []kb.Candidate, i int) bool {
	for j, x := range cs {
		if j != i && x.Kind == dossier.KindLocation && x.Country == cs[i].Country && !d.isDivision(x) {
			return true
		}
	}
	return false
}

// divisionWords say that the place next to them is a province or state.
var divisionWords = map[string]bool{
	"province": true, "provinces": true, "state": true, "states": true, "region": true,
	"provinz": true, "provinzen": true, "bundesstaat": true, "bundesstaats": true, "bundesstaates": true,
	"bundesstaaten": true, "staat": true, "staats": true, "staates": true,
}

// divisionCues marks the places that a word next to them says are
// divisions: "Buenos Aires province", "Cordoba, La Pampa and Santa Fe
// provinces" (the word after a list is every item's), "the province of
// Quebec", "in der Provinz Santa Fe".
func divisionCues(st *sentState) {
	toks := st.toks
	for k := range st.items {
		it := &st.items[k]
		if it.kind != kName || it.partial {
			continue
		}
		t := it.tok[0]
		if t > 0 && inLower(divisionWords, toks[t-1].Text) || t > 1 && lowerIs(toks[t-1].Text, "of") && inLower(divisionWords, toks[t-2].Text) {
			it.division = true
			continue
		}
		// forward over a list of places to the word after it
		j, e := k, it.tok[1]
		for e < len(toks) {
			if w := toks[e].Text; w == "," || lowerIs(w, "and") || lowerIs(w, "und") {
				if j+1 < len(st.items) && st.items[j+1].tok[0] == e+1 && st.items[j+1].kind == kName {
					j++
					e = st.items[j].tok[1]
					continue
				}
			}
			break
		}
		if e < len(toks) && inLower(divisionWords, toks[e].Text) {
			it.division = true
		}
	}
}

// index records the persons named in full, with the keys short mentions
// may use, and the entities named by forms that need no context.
func (d *docState) index() {
	for si := range d.sents {
		st := &d.sents[si]
		for k := range st.items {
			it := &st.items[k]
			switch it.kind {
			case kName:
				c := d.pick(it)
				if c.Flags&(kb.Surname|kb.Common) == 0 {
					d.strong[c.ID] = true
				} else if c.Flags&kb.Common != 0 && it.nerAgree && !opensSentence(st.toks, it.tok[0]) {
					if d.midCommon == nil {
						d.midCommon = map[string]bool{}
					}
					d.midCommon[c.ID] = true
				}
				if c.Kind == dossier.KindPerson && c.Flags&kb.Surname == 0 && !it.partial {
					d.addPerson(si, it.span.Start, c.ID, d.nameKeys(c.ID, st.toks[it.tok[0]:it.tok[1]]))
					d.setFull(st.toks[it.tok[0]:it.tok[1]])
				}
				if c.Kind == dossier.KindOrganization && c.Flags&(kb.Surname|kb.Common) == 0 && !it.partial {
					d.addOrg(si, it.span.Start, c.ID, st.toks[it.tok[0]:it.tok[1]])
				}
			case kNER:
				if it.nerClass == "PER" && it.tok[1]-it.tok[0] >= 2 {
					name := d.doc.Text[it.span.Start:it.span.End]
					if id := LocalID("PER", name); id != "" {
						d.addPerson(si, it.span.Start, id, d.nameKeys("", st.toks[it.tok[0]:it.tok[1]]))
						d.setFull(st.toks[it.tok[0]:it.tok[1]])
					}
				}
				if it.nerClass == "ORG" && !it.unit && !it.group {
					d.addOrg(si, it.span.Start, "", st.toks[it.tok[0]:it.tok[1]]) // the local id when needed
				}
			}
		}
	}
}

func (d *docState) addPerson(sent, pos int, id string, keys []string) {
	i := sort.Search(len(d.persons), func(i int) bool { return d.persons[i].pos > pos })
	d.persons = append(d.persons, personRef{})
	copy(d.persons[i+1:], d.persons[i:])
	d.persons[i] = personRef{sent: sent, pos: pos, id: id, keys: keys}
	d.lastAdded = i
}

// nameKeys returns the folded keys a short mention of a person may use:
// the knowledge base's surnames of the person, and the first and last word
// of the name as written (Korean and Chinese names put the surname first).
func (d *docState) nameKeys(id string, toks []dossier.Token) []string {
	var keys []string
	if id != "" {
		if v, ok := d.l.surnames.Load(id); ok {
			keys = append(keys, v.([]string)...)
		} else {
			var sk []string
			if in, ok := d.l.kb.Info(id); ok {
				for _, f := range in.Forms {
					if f.Flags&kb.Surname != 0 {
						if k := kb.Fold(f.Text); k != "" && !contains(sk, k) {
							sk = append(sk, k)
						}
					}
				}
			}
			d.l.surnames.Store(id, sk)
			keys = append(keys, sk...)
		}
	}
	if len(toks) > 0 {
		for _, t := range []dossier.Token{toks[0], toks[len(toks)-1]} {
			if k := kb.Fold(t.Text); k != "" && !contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	return keys
}

// shortNames finds the short mentions the detectors missed: a capitalised
// word that is the surname (or a name word) of a person named in full
// earlier in the document ("Wendlandt verweist …" after "Friederike
// Wendlandt").
func (d *docState) shortNames() {
	if len(d.persons) == 0 {
		return
	}
	for si := range d.sents {
		st := &d.sents[si]
		st.addUncovered(&d.added, func(t int, tok *dossier.Token) (string, float64, bool) {
			if !isCap(tok.Text) || tok.End-tok.Start < 2 {
				return "", 0, false
			}
			// The German tagger often reads a surname it does not know as a
			// common noun ("sagte Abwerzger", "laut Bischof"): a noun counts
			// when it is the surname of a person named in full before and
			// no article makes it the word ("der Bischof").
			noun := false
			switch tok.POS {
			case "", "PROPN":
			case "NOUN":
				noun = true
				if !d.surnameText(tok.Start, tok.Text) && (si > 0 || !d.surnameText(len(d.doc.Text)+1, tok.Text)) {
					return "", 0, false // the common case, a word: no folding
				}
				if t > 0 && isDeterminer(st.toks[t-1], lower(st.toks, t-1)) || st.lang == "de" && articleBefore(st.toks, t) {
					return "", 0, false
				}
			default:
				return "", 0, false
			}
			key := kb.Fold(tok.Text)
			if key == "" {
				return "", 0, false
			}
			// a headline may name by surname a person the text names in
			// full after it
			before := tok.Start
			if si == 0 {
				before = len(d.doc.Text) + 1
			}
			if _, ok := d.short(tok.Start, key, func(string) bool { return true }); !ok || !d.knownBefore(before, key, noun) {
				return "", 0, false
			}
			return "PER", 0.8, true
		})
	}
}

// addUncovered offers every token no item covers to pick, and adds a
// recogniser's item of the class and score it returns over each token it
// picks, keeping the items in order of their starts. It collects them in
// *buf, the document's (docBufs.added), which it leaves empty. pick returns
// the class, not the item: an item is 248 bytes, and returning one,
// zeroed, for each token not picked cost more than the tests.
func (st *sentState) addUncovered(buf *[]item, pick func(t int, tok *dossier.Token) (class string, score float64, ok bool)) {
	k := 0
	added := (*buf)[:0]
	for t := range st.toks {
		tok := &st.toks[t]
		for k < len(st.items) && st.items[k].span.End <= tok.Start {
			k++
		}
		if k < len(st.items) && st.items[k].span.Start < tok.End {
			continue // covered
		}
		if class, score, ok := pick(t, tok); ok {
			added = append(added, item{kind: kNER, span: tok.Span, tok: [2]int{t, t + 1}, nerClass: class, nerScore: score, prio: prioNER})
		}
	}
	if len(added) > 0 {
		st.items = append(st.items, added...)
		slices.SortFunc(st.items, byStart)
	}
	clear(added)
	*buf = added[:0]
}

// knownBefore reports whether a person with key is named in full before
// pos; with surname, the key must not be only the person's given name.
func (d *docState) knownBefore(pos int, key string, surname bool) bool {
	for i := range d.persons {
		p := &d.persons[i]
		if p.pos >= pos {
			break
		}
		if !contains(p.keys, key) {
			continue
		}
		if !surname {
			return true
		}
		if first, full := d.fullOf(i); first != key || lastKey(full) == key {
			return true
		}
	}
	return false
}

// constraint limits the persons a short mention may refer to.
type constraint func(id string) bool

// short resolves a short mention (a surname, or a single name word) at
// byte position pos with key, among the persons named in full with that key
// who meet the constraint. Before it, the most recent one wins, unless it was
// named only in passing (not in this sentence or the one before, and
// mentioned far less often than another: "his daughter Kim Ju Ae" does not
// make the next "Kim" hers). Without one before it, the first after it wins
// (a headline names by surname before the text names in full).
func (d *docState) short(pos int, key string, ok constraint) (string, bool) {
	i := sort.Search(len(d.persons), func(i int) bool { return d.persons[i].pos >= pos })
	recent := ""
	recentSent := -1
	best, bestN := "", 0
	for j := i - 1; j >= 0; j-- {
		p := &d.persons[j]
		if !contains(p.keys, key) || ok != nil && !ok(p.id) {
			continue
		}
		if recent == "" {
			recent, recentSent = p.id, p.sent
		}
		if n := d.counts[p.id]; n > bestN {
			best, bestN = p.id, n
		}
	}
	if recent != "" {
		if recentSent < d.cur-1 && best != recent && bestN >= 2*max(d.counts[recent], 1) {
			return best, true
		}
		return recent, true
	}
	for j := i; j < len(d.persons); j++ {
		p := &d.persons[j]
		if p.pos > pos && contains(p.keys, key) && (ok == nil || ok(p.id)) {
			return p.id, true
		}
	}
	return "", false
}

// tiedSurname decides a short mention at pos with key that may name either
// of two or more persons named in full together, in the sentence that last
// named one of them: "Hillary Clinton met Bill Clinton's aides. Clinton
// said …". Recency cannot choose there; one mentioned at least twice as
// often as each other can. tied reports such a tie, and id the choice or
// "" for none: a guess would as likely name the wrong person, and the
// mention stays unlinked. Without a tie short decides.
func (d *docState) tiedSurname(pos int, key string) (id string, tied bool) {
	var ids [4]string
	n, sent := 0, -1
	i := sort.Search(len(d.persons), func(i int) bool { return d.persons[i].pos >= pos })
	for j := i - 1; j >= 0; j-- {
		p := &d.persons[j]
		if sent >= 0 && p.sent < sent {
			break
		}
		if !contains(p.keys, key) {
			continue
		}
		sent = p.sent
		if n < len(ids) && !slices.Contains(ids[:n], p.id) {
			ids[n] = p.id
			n++
		}
	}
	if n < 2 {
		return "", false
	}
	for _, a := range ids[:n] {
		top := true
		for _, b := range ids[:n] {
			if b != a && d.counts[a] < 2*max(d.counts[b], 1) {
				top = false
				break
			}
		}
		if top {
			return a, true
		}
	}
	return "", true
}

// known reports whether a person with key is named in full anywhere in the
// document.
func (d *docState) known(key string) bool {
	for i := range d.persons {
		if contains(d.persons[i].keys, key) {
			return true
		}
	}
	return false
}

// holds returns a constraint: the person holds one of the offices (for the
// holder, when given) on the document's date, or ever when it is unknown.
func (d *docState) holds(offices []string, holder string) constraint {
	return d.held(offices, holder, d.docDate())
}

// held is holds at date ("" for ever).
func (d *docState) held(offices []string, holder, date string) constraint {
	return func(id string) bool {
		for _, r := range d.l.kb.RolesOf(id, date) {
			if holder != "" && r.Country != holder {
				continue
			}
			for _, o := range offices {
				if r.Office == o {
					return true
				}
			}
		}
		return false
	}
}

// hasKin returns a constraint: the person has a relative of the kind.
func (d *docState) hasKin(kn kin) constraint {
	return func(id string) bool { return d.kinOf(id, kn) != "" }
}

func (d *docState) kinOf(id string, kn kin) string {
	var es []dossier.Entity
	if kn.towards {
		es = d.l.kb.RelatedFrom(id, kn.rel)
	} else {
		es = d.l.kb.Related(id, kn.rel)
	}
	if len(es) == 0 {
		return ""
	}
	return es[0].ID
}

// link turns one candidate into a mention, or drops it.
func (d *docState) link(st *sentState, it *item) (dossier.Mention, bool) {
	m := dossier.Mention{Span: it.span, Text: d.doc.Text[it.span.Start:it.span.End]}
	switch it.kind {
	case kAdj:
		if id, ok := d.teamOfDemonym(st, it); ok {
			m.Entity, m.Class, m.Via, m.Confidence = id, "ORG", "coref", confCoref
			return m, true
		}
		c := d.pick(it)
		m.Entity, m.Class, m.Via, m.Confidence = c.ID, "MISC", "adjective", confAdjective
		if it.nerAgree {
			m.Confidence = confAgreed
		}
		if d.undecidedCountry(it) {
			m.Confidence = confGuess
		}
		m.Sector = it.sector
		if m.Sector == "" {
			m.Sector = headSector(st, it)
		}
		return m, true
	case kName:
		return d.linkName(st, it, m)
	case kNER:
		return d.linkNER(st, it, m)
	case kRole:
		m.Class, m.Via, m.Confidence = "PER", "role", confRole
		holder := it.holder
		if it.chancellery {
			if holder = d.chancellery(st.lang); holder == "" {
				return m, false
			}
		}
		if date := d.docDate(); date != "" {
			for _, o := range it.offices {
				hs := d.l.kb.HoldersOf(o, holder, date)
				if o == kb.Leader && len(hs) > 1 {
					break // a president and a prime minister: which one?
				}
				if len(hs) > 0 {
					m.Entity = hs[0].ID
					d.addPerson(d.cur, it.span.Start, m.Entity, d.nameKeys(m.Entity, nil))
					return m, true
				}
			}
		}
		// No date, or no holder known: the phrase still names the
		// country's government ("der russische Außenminister": Russia, GOV).
		if it.inner != nil {
			return d.link(st, it.inner)
		}
		return m, !it.chancellery
	case kRelation:
		pid := d.possessor(st, it.inner, it.kin)
		if pid != "" {
			if id := d.kinOf(pid, it.kin); id != "" {
				m.Entity, m.Class, m.Via, m.Confidence = id, "PER", "relation", confRelation
				d.addPerson(d.cur, it.span.Start, id, d.nameKeys(id, nil))
				return m, true
			}
		}
		// no relative known: the possessor alone
		inner := it.inner
		return d.link(st, inner)
	}
	return m, false
}

// teamOfDemonym resolves a people's plural after an article to the
// organisation the document named before with it as a word ("the Indians"
// after "the Cleveland Indians", "the Rangers" after "Texas Rangers"): a
// team or a firm, not the people.
func (d *docState) teamOfDemonym(st *sentState, it *item) (string, bool) {
	t := it.tok[0]
	if it.partial || it.tok[1]-t != 1 || t == 0 || !strings.HasSuffix(st.toks[t].Text, "s") ||
		!isDeterminer(st.toks[t-1], lower(st.toks, t-1)) {
		return "", false
	}
	id, before, ok := d.shortOrgAt(it.span.Start, st.toks[t:t+1])
	return id, ok && before
}

// possessor resolves the person a kinship phrase belongs to.
func (d *docState) possessor(st *sentState, in *item, kn kin) string {
	toks := st.toks[in.tok[0]:in.tok[1]]
	if in.kind == kName {
		c := d.pick(in)
		if c.Kind == dossier.KindPerson && c.Flags&kb.Surname == 0 {
			return c.ID
		}
	}
	if len(toks) != 1 {
		return ""
	}
	key := kb.Fold(toks[0].Text)
	if id, ok := d.short(in.span.Start, key, d.hasKin(kn)); ok {
		return id
	}
	// not named in the document: the most prominent bearer of the name with
	// such a relative
	for _, c := range in.cands {
		if c.Kind == dossier.KindPerson && d.kinOf(c.ID, kn) != "" {
			return c.ID
		}
	}
	return ""
}

// undecidedCountry reports whether an item names one of two about equally
// prominent countries that share the name or adjective, and the document
// names or places neither: "Congolese" is of the Democratic Republic of
// the Congo or of the Republic of the Congo. The link is then the larger
// country's, a guess the news bears out far more often than not (coders of
// event data take it so), with the confidence of a guess; a document that
// names one of them decides (pick).
func (d *docState) undecidedCountry(it *item) bool {
	cs := it.cands
	if len(cs) < 2 || cs[0].Kind != dossier.KindCountry || d.renamedOn(cs[0].Country) {
		return false
	}
	for _, c := range cs[1:] {
		if c.Score < cs[0].Score-5 {
			// a far less prominent sharer: "Chinese" of Macau or
			// Taiwan, "American" of the Northern Mariana Islands
			return false
		}
		if c.Kind == dossier.KindCountry && c.Country != cs[0].Country {
			return d.countries[c.Country] == 0 && d.countries[cs[0].Country] == 0
		}
	}
	return false
}

// linkName links a knowledge-base name.
func (d *docState) linkName(st *sentState, it *item, m dossier.Mention) (dossier.Mention, bool) {
	if c, ok := d.datelinePlace(st, it); ok {
		m.Entity, m.Class, m.Via, m.Confidence = c.ID, "LOC", "kb", confKB
		return m, true
	}
	if c, ok := d.placeByRegion(st, it); ok {
		m.Entity, m.Class, m.Via, m.Confidence = c.ID, "LOC", "kb", confKB
		return m, true
	}
	if c, ok := d.kinByAge(st, it); ok {
		m.Entity, m.Class, m.Via, m.Confidence = c.ID, "PER", "kb", confKB
		return m, true
	}
	if d.undecidedCountry(it) {
		m.Entity, m.Class, m.Via, m.Confidence = it.cands[0].ID, "LOC", "kb", confGuess
		return m, true
	}
	c := d.pick(it)
	if c.Flags&kb.CountryCue != 0 && d.cueFails(c) {
		// "Demokraten", "the Treasury": the entity only where the document
		// is about its country or has named it before ("GE" after
		// "General Electric Co"); elsewhere a name only if the recogniser
		// says so, with an id of its own
		if id, found := d.shortOrg(it.span.Start, st.toks[it.tok[0]:it.tok[1]]); found {
			// the short form of a firm the document named in full:
			// "Continental" after "Continental Airlines"
			m.Entity, m.Class, m.Via, m.Confidence = id, "ORG", "coref", confCoref
			return m, true
		}
		if !it.nerAgree || c.Flags&kb.Common != 0 && (st.lang != "en" || opensSentence(st.toks, it.tok[0])) {
			// a common word ("die Bahn", "der Bayer") is no name of its
			// own, unless English writes it with a capital inside a
			// sentence ("John Loynes, Continental chief financial officer")
			return m, false
		}
		m.Entity, m.Class, m.Via, m.Confidence = LocalID(it.nerClass, m.Text), it.nerClass, "ner", it.nerScore*0.9
		return m, m.Entity != ""
	}
	if c.Kind == dossier.KindLocation && c.Country == "" && d.regionOfFirm(st, it) {
		return m, false
	}
	if d.aliasUnsupported(it, c) {
		if it.nerClass == "" {
			return m, false
		}
		return d.linkNER(st, it, m)
	}
	m.Entity, m.Class, m.Via = c.ID, classOf(c.Kind), "kb"
	m.Confidence = confKB
	if c.Flags&kb.Inflected != 0 {
		m.Confidence = confInflected
	}
	if it.nerAgree {
		// the recogniser reads the context: "Surrey beat Kent" are teams
		m.Confidence = confAgreed
		// a place may act as a team or government (ORG), but a person is
		// never read as a body or a body as a person: "Reuter" at the end
		// of a story is the agency, whatever its capital looks like
		if (it.nerClass == "PER") == (c.Kind == dossier.KindPerson) {
			m.Class = it.nerClass
		}
		if it.orgCue && c.Kind == dossier.KindOrganization {
			m.Class = "ORG" // the cue word read the context better
		}
	}
	if c.Flags&kb.Surname != 0 {
		return d.linkShort(st, it, m)
	}
	if id, class, ok := d.nameInDoc(st, it, c); ok {
		m.Entity, m.Class, m.Via, m.Confidence = id, class, "coref", confCoref
		return m, true
	}
	if d.minorPlaceReadOtherwise(it, c) || d.otherCountrysBody(st, it, c) {
		return d.linkNER(st, it, dossier.Mention{Span: m.Span, Text: m.Text})
	}
	if c.Flags&kb.Common != 0 {
		// A common word as a name needs support: the recogniser, a title,
		// or the entity named unambiguously elsewhere in the document.
		if !it.nerAgree && it.title == nil && !d.strong[c.ID] {
			return m, false
		}
		if c.Kind == dossier.KindLocation && it.tok[0] > 0 {
			// a people's noun names a person: "gegen den Spanier
			// Andujar", "the Pole Jaroslaw"
			if k := itemEndingAt(st, it.tok[0]-1); k >= 0 && len(st.items[k].cands) > 0 && st.items[k].cands[0].Flags&kb.Demonym != 0 {
				m.Entity, m.Class, m.Via, m.Confidence = LocalID("PER", m.Text), "PER", "ner", confContext
				return m, m.Entity != ""
			}
		}
		if c.Kind == dossier.KindLocation && it.nerClass != "LOC" && it.title == nil && !d.strong[c.ID] {
			// the recogniser reads a name there, but not a town's: a
			// firm, a person or an index named like a town of a few ten
			// thousand people ("Best", "Dax"). A sea or a region keeps
			// the name ("the Mediterranean coast").
			if in, ok := d.l.kb.Info(c.ID); ok && in.Town() {
				return d.linkNER(st, it, dossier.Mention{Span: m.Span, Text: m.Text})
			}
		}
		if st.lang == "en" && d.bareOpening(st, it, c) {
			return m, false
		}
		if c.Kind == dossier.KindLocation && st.lang == "de" && articleBefore(st.toks, it.tok[0]) {
			// German names a town without an article: "in der Halle",
			// "mit dem dunklen Haar", "im Zug" are the words
			return m, false
		}
		m.Confidence = min(m.Confidence, confContext)
	}
	if c.Kind == dossier.KindLocation && (teamPlace(st, it) || d.clubOfSportsReport(st, it) || d.clubNamedBefore(st, it, m.Text)) {
		// a club named by its town ("Salzburg gewann 2:1"): a name of its
		// own, not the town, and not a capital's government
		m.Entity, m.Class, m.Via, m.Confidence = LocalID("ORG", m.Text), "ORG", "sport", confContext
		d.clubs++
		return m, m.Entity != ""
	}
	if c.Flags&kb.Metonym != 0 && !it.partial {
		if in, ok := d.l.kb.Info(c.ID); ok && in.MetonymOf != "" && !placeWithCountry(st, it, in.MetonymOf) && d.actsAsGovernment(st, it, in.Sector == "GOV") {
			if ce, ok := d.l.kb.Country(stateOn(in.MetonymOf, d.docDate())); ok {
				m.Entity, m.Sector, m.Via, m.Confidence = ce.ID, "GOV", "metonym", confMetonym
				return m, true
			}
		}
	}
	if c.Kind == dossier.KindCountry {
		m.Sector = it.sector
		if m.Sector == "" && (it.posses || it.partial) {
			m.Sector = headSector(st, it)
		} else if m.Sector == "" {
			m.Sector = adjacentSector(st, it) // "US troops"
		}
	}
	return m, true
}

// regionOfFirm reports whether a region that lies in no one country
// (Europe, Asia, North America) ends the name of a firm's regional unit:
// right after a firm's name ("GM Europe", "Toyota Motor Europe"). The unit
// is the firm's, named by the firm's mention; the region is no place of
// the story.
func (d *docState) regionOfFirm(st *sentState, it *item) bool {
	if it.tok[0] == 0 {
		return false
	}
	k := itemEndingAt(st, it.tok[0]-1)
	if k < 0 || st.items[k].kind != kName || len(st.items[k].cands) == 0 {
		return false
	}
	in, ok := d.l.kb.Info(st.items[k].cands[0].ID)
	return ok && in.Kind == dossier.KindOrganization && in.Sector == "BUS"
}

// aliasUnsupported reports whether c, a person or body of the Phoenix
// dictionaries, is matched by a form that says too little on its own: a
// common word ("Falcon" for an Iranian group) or a shortened name ("John
// Smith" for a Kiribati politician with a middle name). Such a form names
// the entity only where the document names its country or gives a title;
// elsewhere it is anybody's name. The dictionaries list many minor actors
// under such aliases, where the tables of office holders name people in
// full.
func (d *docState) aliasUnsupported(it *item, c kb.Candidate) bool {
	if !strings.HasPrefix(c.ID, "phoenix:") || c.Kind != dossier.KindPerson && c.Kind != dossier.KindOrganization {
		return false
	}
	if it.title != nil || c.Country == "" || c.Flags&kb.Surname != 0 {
		return false
	}
	in, ok := d.l.kb.Info(c.ID)
	if !ok {
		return false
	}
	form, name := kb.Fold(c.Form), kb.Fold(in.Name)
	if c.Flags&kb.Common == 0 && !shortened(form, name) && !otherWord(c.Form, form, name) {
		return false
	}
	// the entity's own mentions count for its country: only the rest of
	// the document is evidence
	return d.countries[c.Country] <= d.mentionsOf(c.ID)
}

// otherWord reports whether a one-word form is no word of the name and no
// acronym: "Falcon" for "Shahin", not "PLO".
func otherWord(text, form, name string) bool {
	if strings.ContainsRune(form, ' ') || strings.ToUpper(text) == text {
		return false
	}
	return !slices.Contains(strings.Fields(name), form)
}

// mentionsOf counts the items whose first candidate is id.
func (d *docState) mentionsOf(id string) int {
	n := 0
	for si := range d.sents {
		for k := range d.sents[si].items {
			if cs := d.sents[si].items[k].cands; len(cs) > 0 && cs[0].ID == id {
				n++
			}
		}
	}
	return n
}

// shortened reports whether form leaves out words of name, keeping the rest
// in order ("john smith" of "john hilary smith").
func shortened(form, name string) bool {
	fw, nw := strings.Fields(form), strings.Fields(name)
	if len(fw) < 2 || len(fw) >= len(nw) {
		return false
	}
	j := 0
	for _, w := range nw {
		if j < len(fw) && fw[j] == w {
			j++
		}
	}
	return j == len(fw)
}

// cueFails reports whether a form that names c only with a cue lacks it: the
// document names neither c's country nor c before. A firm's cue form that
// is also a common word needs the firm itself named (before, or elsewhere
// by a form that needs no context): an article about Germany has any
// number of railways and tracks ("die Bahn") besides Deutsche Bahn, where
// "the House" of an article about the United States is its Congress.
func (d *docState) cueFails(c kb.Candidate) bool {
	if d.counts[c.ID] > 0 {
		return false
	}
	if c.Flags&kb.Common != 0 {
		if in, ok := d.l.kb.Info(c.ID); ok && in.Sector == "BUS" {
			return !d.strong[c.ID]
		}
	}
	return d.countries[c.Country] == 0
}

// bareOpening reports whether an English common word that may name the
// organisation c opens its sentence with nothing else for the name: a
// capital there says nothing and the recogniser, which leans on it, then
// reads "Shell companies" or "Standard rates" as firms. A country or place
// keeps its name there ("Turkey shells Kurdish positions"), as do a public
// body ("Senate staff said") and a form whose cue the document gave. The name holds with a title or a word for a
// body before it, the entity named elsewhere by a form that needs no context
// or by this one inside a sentence, or a verb or a genitive after it
// ("Shell said", "Shell's profits").
func (d *docState) bareOpening(st *sentState, it *item, c kb.Candidate) bool {
	if c.Kind != dossier.KindOrganization || c.Flags&kb.CountryCue != 0 || it.title != nil || it.orgCue || d.strong[c.ID] || d.midCommon[c.ID] ||
		!opensSentence(st.toks, it.tok[0]) {
		return false
	}
	if in, ok := d.l.kb.Info(c.ID); ok && in.Sector != "" && in.Sector != "BUS" {
		return false // a public body: "Senate staff said"
	}
	if e := it.tok[1]; e < len(st.toks) {
		next := st.toks[e]
		if isVerb(next, st.lang) || next.Text == "'s" || next.Text == "’s" {
			return false
		}
	}
	return true
}

// opensSentence reports whether token i is the first word of its sentence,
// after any quotes, dashes or brackets.
func opensSentence(toks []dossier.Token, i int) bool {
	for _, t := range toks[:i] {
		for _, r := range t.Text {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return false
			}
		}
	}
	return true
}

// otherCountrysBody reports whether a country's adjective right before a
// public body of another country says the name is that country's body of
// the same name: "der Schweizer Bundesrat" is not Germany's Bundesrat, "die
// deutschen Grünen" not Austria's. A state and its successor are one ("the
// Soviet KGB"); a firm may have a branch anywhere, and the adjective before
// a compound is the compound's ("österreichischen Facebook-Nutzern").
func (d *docState) otherCountrysBody(st *sentState, it *item, c kb.Candidate) bool {
	if c.Kind != dossier.KindOrganization || c.Country == "" || it.tok[0] == 0 || it.partial {
		return false
	}
	if in, ok := d.l.kb.Info(c.ID); !ok || in.Sector == "" || in.Sector == "BUS" || in.Sector == "MED" {
		return false
	}
	for k := range st.items {
		adj := &st.items[k]
		if adj.tok[1] != it.tok[0] {
			continue
		}
		if adj.kind != kAdj || len(adj.cands) == 0 || adj.cands[0].Kind != dossier.KindCountry {
			return false
		}
		a := adj.cands[0].Country
		return a != c.Country && stateOn(c.Country, "0000") != a && stateOn(a, "0000") != c.Country
	}
	return false
}

// datelinePlace returns the place a name of a dateline stands for: a
// dateline says where the report was filed, so of the name's candidates
// only places count, a city before a division of its name, the most
// prominent first (the knowledge base ranks
// places by population), unless the document's countries pick another
// (see pick). "Austin –" is the city in Texas, not a man called Austin;
// "Mendoza –" the Argentine city; "Essen –" the city, not the verb. false
// when the name is no dateline's or no place.
func (d *docState) datelinePlace(st *sentState, it *item) (kb.Candidate, bool) {
	if it.partial || !inDateline(st, it.tok[0], it.tok[1]) {
		return kb.Candidate{}, false
	}
	places := make([]kb.Candidate, 0, len(it.cands))
	for i, c := range it.cands {
		if c.Kind != dossier.KindLocation && c.Kind != dossier.KindCountry {
			continue
		}
		if d.isDivision(c) && d.cityOf(it.cands, i) {
			// "NEW YORK 1996-08-22": a report is filed in a city, not a
			// state, even in a document that names other states
			continue
		}
		places = append(places, c)
	}
	if len(places) == 0 {
		return kb.Candidate{}, false
	}
	p := *it
	p.cands, p.nerAgree, p.orgCue = places, false, false
	return d.pick(&p), true
}

// formerStates are the states whose capital was that of a country of today
// until a date: Moscow spoke for the Soviet Union, Belgrade for
// Yugoslavia, Prague for Czechoslovakia.
var formerStates = []struct{ country, until, state string }{
	{"RUS", "1991-12-26", "SUN"},
	{"SRB", "1992-04-27", "YUG"},
	{"CZE", "1993-01-01", "CSK"},
}

// renamed lists the countries known by another name for a time, so that a
// short name they share with another country meant that one then: the DR
// Congo was Zaire from 1971-10-27 to 1997-05-17, when "Congo" was the
// Republic of the Congo. Since, and before, "Congo" in news means the DR
// Congo unless the document says otherwise.
var renamed = []struct{ country, from, until string }{
	{"COD", "1971-10-27", "1997-05-17"},
}

// renamedOn reports whether country (ISO alpha-3) bore another name on the
// document's date. The date is worked out, a scan of the text when the
// document gives none, only for a country that was renamed.
func (d *docState) renamedOn(country string) bool {
	for _, r := range renamed {
		if r.country == country {
			return renamedOn(country, d.docDate())
		}
	}
	return false
}

// renamedOn reports whether country (ISO alpha-3) bore another name on date.
func renamedOn(country, date string) bool {
	if date == "" {
		return false
	}
	for _, r := range renamed {
		if r.country == country && r.from <= date && date < r.until {
			return true
		}
	}
	return false
}

// stateOn returns the state the seat of government of country (ISO
// alpha-3) spoke for on date (YYYY-MM-DD…; "" for today).
func stateOn(country, date string) string {
	if date == "" {
		return country
	}
	for _, f := range formerStates {
		if f.country == country && date < f.until {
			return f.state
		}
	}
	return country
}

// minorPlaceReadOtherwise reports whether the recogniser's reading of a name
// as a person or a body should win over the only place the knowledge base
// knows by it: a town of a few ten thousand people ("Die Politikerin Roth",
// "Ajax" the club) in a country the document does not name. Towns of that
// size are many, and share their names with surnames and clubs; a city or
// capital, or a town in the document's country, keeps the link.
func (d *docState) minorPlaceReadOtherwise(it *item, c kb.Candidate) bool {
	if !it.nerAgree || it.nerClass == "LOC" || c.Kind != dossier.KindLocation {
		return false
	}
	if c.Country != "" && d.named[c.Country] > 0 {
		return false
	}
	in, ok := d.l.kb.Info(c.ID)
	return ok && in.Town()
}

// linkShort links a surname: to the person named in full in the document,
// checked against a title before it, else to the knowledge base's bearer of
// the name who fits.
func (d *docState) linkShort(st *sentState, it *item, m dossier.Mention) (dossier.Mention, bool) {
	key := kb.Fold(m.Text)
	if len(it.cands) > 0 && it.cands[0].Flags&kb.Inflected != 0 {
		key = kb.Fold(it.cands[0].Form) // "Obamas" is Obama's
	}
	var ok constraint
	if it.title != nil && it.title.offices != nil {
		ok = d.holds(it.title.offices, it.holder)
	}
	ok = d.ofCountry(st, it, ok)
	if it.title == nil {
		// no person of the name here, but a firm: "Hughes" after "Hughes
		// Tool Co", not a politician called Hughes
		if id, found := d.orgOverPerson(it.span.Start, key, st.toks[it.tok[0]:it.tok[1]]); found {
			m.Entity, m.Class, m.Via, m.Confidence = id, "ORG", "coref", confCoref
			return m, true
		}
	}
	supported := it.nerAgree && it.nerClass == "PER" || it.title != nil || d.known(key) || it.posses && d.linkedBefore(it.cands)
	if !supported {
		return m, false
	}
	m.Class = "PER"
	if id, tied := d.tiedSurname(it.span.Start, key); tied && ok == nil {
		m.Entity, m.Via, m.Confidence = id, "coref", confCoref
		return m, true
	}
	if id, found := d.short(it.span.Start, key, ok); found {
		m.Entity, m.Via, m.Confidence = id, "coref", confCoref
		return m, true
	}
	if ok != nil {
		if id, found := d.short(it.span.Start, key, nil); found && ok(id) {
			m.Entity, m.Via = id, "coref"
			return m, true
		}
	}
	// Not named in full here: a knowledge-base bearer of the name, if one
	// stands out: the only one that fits the title, or holds an office on
	// the document's date, or is far more prominent.
	var fit []kb.Candidate
	for _, c := range it.cands {
		if c.Kind == dossier.KindPerson && (ok == nil || ok(c.ID)) {
			fit = append(fit, c)
		}
	}
	if len(fit) == 0 && ok != nil && it.title != nil && it.title.offices != nil && d.docDate() != "" {
		// Nobody of the name held the office on the document's date (a
		// wrong or missing date, or a term the tables lack): the only
		// bearer of the name who ever held it ("President Obama").
		ever := d.held(it.title.offices, it.holder, "")
		for _, c := range it.cands {
			if c.Kind == dossier.KindPerson && ever(c.ID) {
				fit = append(fit, c)
			}
		}
		if len(fit) > 1 {
			fit = nil
		}
	}
	m.Via, m.Confidence = "kb", confContext
	switch {
	case len(fit) == 1:
		m.Entity = fit[0].ID
	case len(fit) > 1 && ok != nil:
		m.Entity = fit[0].ID
	case len(fit) > 1:
		m.Entity = d.bearerOnDate(fit)
	default:
		m.Entity = ""
	}
	return m, true
}

// ofCountry narrows ok to the persons of the country a name is "of": "King
// Hussein of Jordan" is none of Iraq's Husseins.
func (d *docState) ofCountry(st *sentState, it *item, ok constraint) constraint {
	if w := lower(st.toks, it.tok[1]); w != "of" && w != "von" {
		return ok
	}
	k := itemStartingAt(st, it.tok[1]+1)
	if k < 0 || len(st.items[k].cands) == 0 || st.items[k].cands[0].Kind != dossier.KindCountry {
		return ok
	}
	iso := st.items[k].cands[0].Country
	return func(id string) bool {
		in, found := d.l.kb.Info(id)
		return found && in.Country == iso && (ok == nil || ok(id))
	}
}

// ruling are the offices that make a person the one the news means by a
// surname shared with others: a president or prime minister in office.
var ruling = []string{kb.HeadOfState, kb.HeadOfGovernment, kb.Leader, kb.ActingHeadOfState}

// bearerOnDate picks among the persons of a shared surname the one the
// document means, "" when none stands out. The document's date decides
// first: "Bush" in 1990 is the president of then, not his son, who is
// more prominent today; "Clinton" in 2011 the secretary of state. Then a
// role on the date at all (a term the source dates, not an undated one
// that says only that the person mattered once), then prominence by a
// clear margin.
func (d *docState) bearerOnDate(fit []kb.Candidate) string {
	if date := d.docDate(); date != "" {
		if id := d.onlyOne(fit, d.held(ruling, "", date)); id != "" {
			return id
		}
		if id := d.onlyOne(fit, func(id string) bool {
			for _, r := range d.l.kb.RolesOf(id, date) {
				if r.Start != "" || r.End != "" {
					return true
				}
			}
			return false
		}); id != "" {
			return id
		}
	}
	best, second := -1, -1
	for i, c := range fit {
		switch {
		case best < 0 || c.Score > fit[best].Score:
			best, second = i, best
		case second < 0 || c.Score > fit[second].Score:
			second = i
		}
	}
	if second < 0 || fit[best].Score-fit[second].Score >= 10 {
		return fit[best].ID
	}
	return ""
}

// onlyOne returns the one candidate that meets ok, "" for none or several.
func (d *docState) onlyOne(cs []kb.Candidate, ok constraint) string {
	found := ""
	for _, c := range cs {
		if !ok(c.ID) || c.ID == found {
			continue
		}
		if found != "" {
			return ""
		}
		found = c.ID
	}
	return found
}

// linkNER links a name only the recogniser found: a single word may be a
// person named in full before, or, after a title, the one holder of the
// title's office of that surname; anything else is a local entity.
func (d *docState) linkNER(st *sentState, it *item, m dossier.Mention) (dossier.Mention, bool) {
	m.Class, m.Via, m.Confidence = it.nerClass, "ner", it.nerScore*0.9
	if it.nerClass == "PER" && d.verbOpening(st, it) {
		return m, false
	}
	if it.org != "" {
		m.Entity, m.Via, m.Confidence = it.org, "coref", confCoref
		return m, true
	}
	if it.nerClass == "PER" && it.tok[1]-it.tok[0] == 1 {
		var ok constraint
		if it.title != nil && it.title.offices != nil {
			ok = d.holds(it.title.offices, it.holder)
		}
		ok = d.ofCountry(st, it, ok)
		key := kb.Fold(strings.TrimSuffix(m.Text, "'s"))
		if ok == nil {
			if id, found := d.orgOverPerson(it.span.Start, key, st.toks[it.tok[0]:it.tok[1]]); found {
				m.Entity, m.Class, m.Via, m.Confidence = id, "ORG", "coref", confCoref
				return m, true
			}
		}
		if id, tied := d.tiedSurname(it.span.Start, key); tied && ok == nil {
			m.Entity, m.Via, m.Confidence = id, "coref", confCoref
			return m, true
		}
		if id, found := d.short(it.span.Start, key, ok); found {
			m.Entity, m.Via, m.Confidence = id, "coref", confCoref
			return m, true
		}
		if it.title != nil && it.title.offices != nil {
			if id := d.holderBySurname(key, it); id != "" {
				m.Entity, m.Via, m.Confidence = id, "kb", confContext
				return m, true
			}
		} else if id := d.leaderBySurname(key); id != "" && (ok == nil || ok(id)) {
			m.Entity, m.Via, m.Confidence = id, "kb", confContext
			return m, true
		}
	}
	if it.group {
		m.Entity, m.Via = "", "adjective"
		return m, true
	}
	if it.unit {
		m.Entity = ""
		return m, true
	}
	toks := st.toks[it.tok[0]:it.tok[1]]
	if it.nerClass == "PER" && len(toks) >= 2 {
		if id, found := d.longerName(it.span.Start, toks); found {
			m.Entity, m.Via, m.Confidence = id, "coref", confCoref
			return m, true
		}
	}
	if (it.nerClass == "PER" || it.nerClass == "ORG") && !it.own && !d.otherCountrysShort(st, it) {
		if id, found := d.shortOrg(it.span.Start, toks); found {
			m.Entity, m.Class, m.Via, m.Confidence = id, "ORG", "coref", confCoref
			return m, true
		}
	}
	if it.nerClass == "ORG" && d.commonGroupNoun(st, it) {
		return m, false
	}
	if c, found := d.variant(st.lang, m.Text, it.nerClass); found {
		m.Entity, m.Via, m.Confidence = c.ID, "kb", confContext
		return m, true
	}
	if c, ok := d.sportsCountry(st.toks, it); ok {
		m.Entity, m.Class, m.Via, m.Confidence = c.ID, "LOC", "kb", confContext
		return m, true
	}
	m.Entity = LocalID(it.nerClass, strings.TrimSuffix(m.Text, "'s"))
	if m.Entity == "" {
		return m, false
	}
	return m, true
}

// leaderOffices are the offices whose holder the news names by surname
// alone ("Obama", "Putin"): the head of state or of government.
var leaderOffices = []string{kb.HeadOfState, kb.HeadOfGovernment}

// leaderBySurname finds the one person of the knowledge base with the
// surname key who is head of state or government on the document's date
// of a country the document names ("Obama" in a story about the US
// embassy in Havana, written in 2015): a surname the document names no
// one else by. A footballer called Johnson in a story that names no
// British place stays a name of his own.
func (d *docState) leaderBySurname(key string) string {
	if d.known(key) {
		return ""
	}
	ps := d.l.kb.BySurname(key)
	if len(ps) == 0 {
		return ""
	}
	// the date last: a document without one has its text scanned for it
	date := d.docDate()
	if date == "" {
		return ""
	}
	ok := d.held(leaderOffices, "", date)
	found := ""
	for _, p := range ps {
		if p.Country == "" || d.countries[p.Country] == 0 || !ok(p.ID) {
			continue
		}
		if found != "" && found != p.ID {
			return ""
		}
		found = p.ID
	}
	return found
}

// holderBySurname finds the one person of the knowledge base with the
// surname key who held the office of the title before a name ("President
// Bouteflika"): on the document's date, else ever.
func (d *docState) holderBySurname(key string, it *item) string {
	ps := d.l.kb.BySurname(key)
	if len(ps) == 0 {
		return ""
	}
	dates := []string{""}
	if date := d.docDate(); date != "" {
		dates = []string{date, ""}
	}
	for _, date := range dates {
		ok := d.held(it.title.offices, it.holder, date)
		found := ""
		for _, p := range ps {
			if ok(p.ID) {
				if found != "" && found != p.ID {
					return "" // two holders of that name
				}
				found = p.ID
			}
		}
		if found != "" {
			return found
		}
	}
	return ""
}

// deArticles are the German articles and the prepositions fused with one.
var deArticles = map[string]bool{
	"der": true, "die": true, "das": true, "dem": true, "den": true, "des": true,
	"ein": true, "eine": true, "einem": true, "einen": true, "einer": true, "eines": true,
	"im": true, "am": true, "zum": true, "zur": true, "beim": true, "vom": true, "ins": true, "ans": true,
}

// articleBefore reports whether the word at t follows a German article,
// directly or over lower-case adjectives ("dem wenig plausiblen dunklen").
func articleBefore(toks []dossier.Token, t int) bool {
	for i, n := t-1, 0; i >= 0 && n < 4; i, n = i-1, n+1 {
		w := lower(toks, i)
		if deArticles[w] {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(toks[i].Text); !unicode.IsLower(r) {
			return false // a name, a number or punctuation: no article phrase
		}
	}
	return false
}

// chancellery returns the country whose chancellor a bare "der Kanzler" or
// "the chancellor" is: Germany or Austria, whichever alone the document
// names; "" when it names both or neither, and in English when it names
// the United Kingdom, whose Chancellor of the Exchequer is "the
// chancellor" of its news.
func (d *docState) chancellery(lang string) string {
	de, at := d.countries["DEU"] > 0, d.countries["AUT"] > 0
	switch {
	case lang != "de" && d.countries["GBR"] > 0, de == at:
		return ""
	case de:
		return "DEU"
	}
	return "AUT"
}

// linkedBefore reports whether the document has linked a mention to a
// person among cands: a German genitive of the surname ("Obamas Politik")
// is that person's.
func (d *docState) linkedBefore(cands []kb.Candidate) bool {
	for _, c := range cands {
		if c.Kind == dossier.KindPerson && d.counts[c.ID] > 0 {
			return true
		}
	}
	return false
}
