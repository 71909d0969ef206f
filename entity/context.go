package entity

import (
	"strings"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/kb"
	"github.com/dossier-news/dossier/text"
)

// actsAsGovernment decides whether a capital (or seat) stands for its
// country's government rather than the place: it does when it owns
// something ("Pyongyang's", "Moskaus Krieg"), is the subject of a verb
// ("Pyongyang has increased", "Moskau hebelt … aus", "dass Pjöngjang …
// zieht"), the object of a verb that does not take a place ("erteilte Seoul
// eine Absage"), or a party to relations ("relations between Pyongyang and
// Moscow", "talks with Seoul"). After a preposition of place ("in
// Pyongyang", "nach Moskau") it stays the place; so it does by default.
func (d *docState) actsAsGovernment(st *sentState, it *item, seat bool) bool {
	toks, lang := st.toks, st.lang
	n := len(toks)
	i0, i1 := it.tok[0], it.tok[1]
	if inDateline(st, i0, i1) {
		return false
	}
	if i1 < n && isPossessive(toks[i1].Text) {
		return !d.possessesPlace(st, i1+1)
	}
	if lang == "de" && it.posses && i1 < n && nounLike(toks[i1], lang) && (i0 == 0 || !isNoun(toks[i0-1])) {
		return !d.possessesPlace(st, i1) // a genitive before a noun: "Moskaus Angriffskrieg"
	}
	// Coordinated names share their context: "zwischen Moskau und Pjöngjang".
	l, r := i0, i1
	for l >= 2 && isCoord(lower(toks, l-1)) {
		k := itemEndingAt(st, l-2)
		if k < 0 {
			break
		}
		l = st.items[k].tok[0]
	}
	for r+1 < n && isCoord(lower(toks, r)) {
		k := itemStartingAt(st, r+1)
		if k < 0 {
			break
		}
		r = st.items[k].tok[1]
	}
	prev := lower(toks, l-1)
	if placePreps[prev] {
		if prev == "between" || prev == "zwischen" {
			_, ok := lookupWord(relationNouns, lower(toks, l-2), lang)
			return ok
		}
		return false
	}
	if agentPreps[prev] {
		return true
	}
	if l > 0 && (subordinators[prev] || toks[l-1].POS == "SCONJ") {
		return true
	}
	// "the Kremlin said": a seat's name takes the article
	article := l > 0 && isDeterminer(toks[l-1], prev)
	if seat && article {
		prev = lower(toks, l-2)
		if placePreps[prev] {
			return false
		}
	}
	if v := verbAfter(toks, r, lang); v >= 0 {
		if _, ok := locativeVerbs[lemma(toks[v])]; ok && !actingBe(toks, v, lang) {
			return false
		}
		return l == 0 || seat || !article
	}
	if lang != "de" && (l == 0 || seat && l == 1 && article || subordinators[prev] || prev == ",") {
		// An English subject at the start of a clause may be followed by
		// more than adverbs before its verb: "Washington, along with its
		// allies, demanded", "Moscow on Friday warned".
		if v := subjectVerb(toks, r); v >= 0 {
			_, loc := locativeVerbs[lemma(toks[v])]
			return !loc || actingBe(toks, v, lang)
		}
	}
	if l > 0 && isVerb(toks[l-1], lang) {
		lm := lemma(toks[l-1])
		return !placeVerbs[lm] && !locativeVerbs[lm]
	}
	if lang == "de" && l > 1 && prev == "sich" && isVerb(toks[l-2], lang) {
		// a reflexive between the finite verb and its subject: "würde
		// sich Moskau stark einsetzen", "hat sich Berlin … gewandt"
		lm := lemma(toks[l-2])
		if lm == "befinden" {
			return false // "befindet sich Moskau": the place
		}
		return !placeVerbs[lm] && !locativeVerbs[lm]
	}
	return false
}

// possessesPlace reports whether what a capital owns, from token t on, is
// a part of the town: a named place ("Beijing's Tiananmen Square"), its
// market's index or its fair ("London's FTSE 100", "Tokyo's Nikkei") or a
// noun for a part of a town or of its market, after its adjectives
// ("Bogota's historic downtown area", "Moskaus Straßen", "Paris' bourse").
// A town owns its squares, streets and stock market; only a government
// owns decisions and wars.
func (d *docState) possessesPlace(st *sentState, t int) bool {
	toks := st.toks
	for t < len(toks) && (toks[t].POS == "ADJ" || toks[t].POS == "NUM") {
		t++
	}
	if t >= len(toks) {
		return false
	}
	if k := itemStartingAt(st, t); k >= 0 {
		it := &st.items[k]
		return it.nerClass == "LOC" || len(it.cands) > 0 && (it.cands[0].Kind == dossier.KindLocation || d.marketOf(it.cands[0]))
	}
	_, ok := lookupWord(townParts, lemma(toks[t]), st.lang)
	return ok
}

// marketOf reports whether a candidate is a thing of a town's market: a
// stock index or a trade fair (kind other, sector BUS).
func (d *docState) marketOf(c kb.Candidate) bool {
	if c.Kind != dossier.KindOther {
		return false
	}
	in, ok := d.l.kb.Info(c.ID)
	return ok && in.Sector == "BUS"
}

// placeWithCountry reports whether a capital's name is followed by a comma
// and its own country ("Bangkok, Thailand", "Jakarta, Indonesia"): the way
// an address names a town, never its government.
func placeWithCountry(st *sentState, it *item, country string) bool {
	i1 := it.tok[1]
	if i1+1 >= len(st.toks) || st.toks[i1].Text != "," {
		return false
	}
	k := itemStartingAt(st, i1+1)
	if k < 0 {
		return false
	}
	for _, c := range st.items[k].cands {
		if c.Kind == dossier.KindCountry && c.Country == country {
			return true
		}
	}
	return false
}

// actingBe says whether the English "be" at toks[v] is no place's being
// somewhere but part of an act: a progressive ("Washington is warning"),
// or an adjective with "in" and a gerund ("London is alone in warning",
// "Paris and Berlin were united in condemning").
func actingBe(toks []dossier.Token, v int, lang string) bool {
	if lang == "de" || lemma(toks[v]) != "be" {
		return false
	}
	j := v + 1
	for j < len(toks) && (toks[j].POS == "ADV" || toks[j].POS == "PART") {
		j++
	}
	if j+2 < len(toks) && toks[j].POS == "ADJ" && strings.ToLower(toks[j+1].Text) == "in" {
		j += 2
	}
	return j < len(toks) && toks[j].POS == "VERB" && strings.HasSuffix(strings.ToLower(toks[j].Text), "ing")
}

// inDateline reports whether tokens [i0, i1) are a place of a dateline:
// places, joined by slashes or commas, from the start of the sentence to a
// dash ("Washington/Wien – Forscher haben …", "Moskau – Die Regierung …")
// or to a filing date that ends the line ("NEW YORK 1996-08-22"): where
// the story was written, not who acts in it.
func inDateline(st *sentState, i0, i1 int) bool {
	toks := st.toks
	for t := i0; t > 0; {
		if w := toks[t-1].Text; w == "/" || w == "," {
			t--
			continue
		}
		k := itemEndingAt(st, t-1)
		if k < 0 {
			return false
		}
		t = st.items[k].tok[0]
	}
	for t := i1; t < len(toks); {
		switch toks[t].Text {
		case "–", "—", "-":
			return true
		case "/", ",":
			t++
			continue
		}
		if text.IsISODate(toks[t].Text) {
			t++ // a wire's filing date before the dash ("MILAN 1996-08-30 -")
			if t == len(toks) {
				return true // the date ends the dateline's own line
			}
			continue
		}
		k := itemStartingAt(st, t)
		if k < 0 {
			return false
		}
		t = st.items[k].tok[1]
	}
	return false
}

func itemEndingAt(st *sentState, t int) int {
	for k := range st.items {
		if st.items[k].tok[1]-1 == t && !st.items[k].partial {
			return k
		}
	}
	return -1
}

func itemStartingAt(st *sentState, t int) int {
	for k := range st.items {
		if st.items[k].tok[0] == t && !st.items[k].partial {
			return k
		}
	}
	return -1
}

func isCoord(w string) bool {
	switch w {
	case "and", "or", "und", "oder", "sowie", "&":
		return true
	}
	return false
}

// lemma returns the token's lemma, lower case, or its lower-cased text.
func lemma(t dossier.Token) string {
	if t.Lemma != "" {
		return strings.ToLower(t.Lemma)
	}
	return strings.ToLower(t.Text)
}

// Without tags, a few frequent finite verbs stand for the class.
var untaggedVerbs = map[string]bool{
	"said": true, "says": true, "has": true, "have": true, "had": true, "is": true, "was": true, "will": true,
	"would": true, "can": true, "could": true, "may": true, "must": true, "should": true, "wants": true,
	"warned": true, "warns": true, "announced": true, "accused": true, "rejected": true, "sent": true,
	"hat": true, "hatte": true, "wird": true, "wurde": true, "ist": true, "war": true, "kann": true,
	"soll": true, "muss": true, "erklärte": true, "sagte": true, "warnt": true, "warnte": true, "teilte": true,
	"forderte": true, "lehnt": true, "lehnte": true, "schickt": true, "schickte": true, "droht": true, "drohte": true,
}

func isVerb(t dossier.Token, lang string) bool {
	switch t.POS {
	case "VERB", "AUX":
		return true
	case "":
		return untaggedVerbs[strings.ToLower(t.Text)]
	}
	return false
}

func isNoun(t dossier.Token) bool { return t.POS == "NOUN" || t.POS == "PROPN" }

func isDeterminer(t dossier.Token, w string) bool {
	if t.POS == "DET" {
		return true
	}
	switch w {
	case "the", "a", "an", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer":
		return true
	}
	return false
}

// nounLike reports whether a token may begin the noun phrase a genitive
// modifies.
func nounLike(t dossier.Token, lang string) bool {
	switch t.POS {
	case "NOUN", "PROPN", "ADJ", "NUM":
		return true
	case "":
		return isCap(t.Text) || lang == "de" && adjEnding(strings.ToLower(t.Text))
	}
	return false
}

func adjEnding(w string) bool {
	for _, suf := range []string{"e", "en", "er", "es", "em"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// subjectVerb returns the index of the finite verb a clause-initial
// English noun phrase ending before token r is the subject of, looking past
// a short stretch of modifiers ("along with its allies", "on Friday",
// "which …" is not looked past), or -1.
func subjectVerb(toks []dossier.Token, r int) int {
	inPP := false // nouns only inside a prepositional phrase or an aside
	for j := r; j < len(toks) && j < r+8; j++ {
		t := toks[j]
		w := strings.ToLower(t.Text)
		switch w {
		case "which", "who", "that", "where", "whose":
			return -1
		}
		switch t.POS {
		case "VERB", "AUX":
			if strings.HasSuffix(w, "ing") {
				return -1 // "Moscow being …": no finite verb
			}
			return j
		case "":
			if untaggedVerbs[w] {
				return j
			}
			return -1
		case "ADP":
			inPP = true
		case "PUNCT":
			if w != "," {
				return -1
			}
			inPP = true
		case "NOUN", "PROPN":
			if !inPP {
				return -1 // "Moscow residents said": the capital modifies a noun
			}
		case "ADV", "PART", "DET", "PRON", "ADJ", "NUM", "CCONJ":
		default:
			return -1
		}
	}
	return -1
}

// verbAfter returns the index of a finite verb at token r, after at most
// two adverbs or particles ("Pyongyang also said", "Moskau hat nun"), or -1.
func verbAfter(toks []dossier.Token, r int, lang string) int {
	for skipped := 0; r < len(toks) && skipped <= 2; skipped++ {
		t := toks[r]
		if isVerb(t, lang) {
			return r
		}
		if t.POS != "ADV" && t.POS != "PART" {
			return -1
		}
		r++
	}
	return -1
}

// headSector returns the sector the head noun after a country mention names:
// "nordkoreanische Truppen" MIL, "Russia's government" GOV, "US-Truppen" MIL.
func headSector(st *sentState, it *item) string {
	toks, lang := st.toks, st.lang
	if it.partial {
		t := toks[it.tok[1]-1]
		off := it.span.End - t.Start
		if off <= 0 || off >= len(t.Text) {
			return ""
		}
		return sectorOf(strings.ToLower(strings.TrimLeft(t.Text[off:], "-‐‑")), lang)
	}
	j := it.tok[1]
	if j < len(toks) && isPossessive(toks[j].Text) {
		j++
	}
	for skipped := 0; j < len(toks); skipped++ {
		if j+1 < len(toks) {
			if s, ok := lookupLowerPair(sectorPairs, toks, j); ok {
				return s
			}
		}
		if s := sectorOf(lower(toks, j), lang); s != "" {
			return s
		}
		if skipped == 2 || !isModifier(toks[j], lang) {
			break
		}
		j++
	}
	return ""
}

// isModifier reports whether a token may stand between a country adjective
// and its head noun ("South Korean military maneuvers", "die nordkoreanischen
// regulären Truppen").
func isModifier(t dossier.Token, lang string) bool {
	w := strings.ToLower(t.Text)
	if _, ok := lookupWord(modifiers, w, lang); ok {
		return true
	}
	switch t.POS {
	case "ADJ":
		return true
	case "":
		return lang == "de" && !isCap(t.Text) && adjEnding(w)
	}
	return false
}

// German compounds end in the head: "Regierungstruppen" is troops.
var sectorSuffixes = []struct{ suf, sector string }{
	{"truppen", "MIL"}, {"soldaten", "MIL"}, {"armee", "MIL"}, {"streitkräfte", "MIL"}, {"militärs", "MIL"},
	{"regierung", "GOV"}, {"behörden", "GOV"}, {"diplomaten", "GOV"}, {"ministerium", "GOV"},
	{"geheimdienst", "SPY"}, {"geheimdienste", "SPY"}, {"medien", "MED"}, {"polizei", "COP"},
}

func sectorOf(w, lang string) string {
	if w == "" {
		return ""
	}
	if s, ok := lookupWord(sectorWords[langOr(lang)], w, lang); ok {
		return s
	}
	if lang == "de" {
		for _, x := range sectorSuffixes {
			if len(w) > len(x.suf)+2 && strings.HasSuffix(w, x.suf) {
				return x.sector
			}
		}
	}
	return ""
}

// adjacentSector returns the sector of a head noun right after a country
// name used as a modifier ("US troops", "Russia military").
func adjacentSector(st *sentState, it *item) string {
	j := it.tok[1]
	if j >= len(st.toks) {
		return ""
	}
	if j+1 < len(st.toks) {
		if s, ok := lookupLowerPair(sectorPairs, st.toks, j); ok {
			return s
		}
	}
	return sectorOf(lower(st.toks, j), st.lang)
}

// stateOffices are the words after a division's name that say the division
// is meant, not a city of its name: "Washington senator Patty Murray" is
// the state's, "Washington state".
var stateOffices = map[string]bool{"senator": true, "senators": true, "representative": true, "governor": true,
	"congressman": true, "congresswoman": true, "state": true, "legislature": true}

// placeByRegion picks the candidate a place's neighbours locate: the one in
// the country of the division or country named after a comma ("San Jose,
// California" is not Costa Rica's capital; "Mobile, Alabama"), or the
// division when one of its offices follows ("Washington senator"). A
// capital's rank does not outweigh what the text says.
func (d *docState) placeByRegion(st *sentState, it *item) (kb.Candidate, bool) {
	if it.partial || len(it.cands) < 2 || it.tok[1] >= len(st.toks) {
		return kb.Candidate{}, false
	}
	if c, ok := d.divisionAfter(st, it); ok {
		return c, true
	}
	next := st.toks[it.tok[1]].Text
	if st.lang == "en" && stateOffices[strings.ToLower(next)] {
		for _, c := range it.cands {
			if d.isDivision(c) {
				return c, true
			}
		}
		return kb.Candidate{}, false
	}
	if next != "," {
		return kb.Candidate{}, false
	}
	k := itemStartingAt(st, it.tok[1]+1)
	if k < 0 || len(st.items[k].cands) == 0 {
		return kb.Candidate{}, false
	}
	r := st.items[k].cands[0]
	switch r.Kind {
	case dossier.KindCountry:
	case dossier.KindLocation:
		if !d.isDivision(r) {
			return kb.Candidate{}, false // a list of towns, not a town and its state
		}
	default:
		return kb.Candidate{}, false
	}
	if r.Country == "" || it.cands[0].Country == r.Country {
		return kb.Candidate{}, false
	}
	for _, c := range it.cands[1:] {
		if c.Kind == dossier.KindLocation && c.Country == r.Country {
			return c, true
		}
	}
	return kb.Candidate{}, false
}

// generation tells, from the word before or after a family's surname,
// whether the younger (+1) or the elder (-1) of a parent and child is
// meant: "the younger Bush", "Bush junior", "der ältere Bush", "Bush Sr.".
func generation(toks []dossier.Token, t0, t1 int) int {
	if t0 > 0 {
		switch strings.ToLower(toks[t0-1].Text) {
		case "younger", "jüngere", "jüngeren":
			return 1
		case "elder", "older", "ältere", "älteren":
			return -1
		}
	}
	if t1 < len(toks) {
		switch strings.ToLower(toks[t1].Text) {
		case "junior", "jr.", "jr", "jun.":
			return 1
		case "senior", "sr.", "sr", "sen.":
			return -1
		}
	}
	return 0
}

// parentRels are the relations from a child to a parent.
var parentRels = []string{"son_of", "daughter_of"}

// kinByAge picks, for a surname that a parent and child share, the one a
// word of age names: the child is the candidate whose parent is a candidate
// too, the parent the candidate some other candidate is the child of.
func (d *docState) kinByAge(st *sentState, it *item) (kb.Candidate, bool) {
	if it.partial || it.tok[1]-it.tok[0] != 1 || len(it.cands) < 2 || it.cands[0].Kind != dossier.KindPerson {
		return kb.Candidate{}, false
	}
	g := generation(st.toks, it.tok[0], it.tok[1])
	if g == 0 {
		return kb.Candidate{}, false
	}
	isCand := func(id string) bool {
		for _, c := range it.cands {
			if c.ID == id && c.Kind == dossier.KindPerson {
				return true
			}
		}
		return false
	}
	for _, c := range it.cands {
		if c.Kind != dossier.KindPerson {
			continue
		}
		for _, rel := range parentRels {
			if g > 0 {
				for _, p := range d.l.kb.Related(c.ID, rel) {
					if isCand(p.ID) {
						return c, true
					}
				}
			} else {
				for _, ch := range d.l.kb.RelatedFrom(c.ID, rel) {
					if isCand(ch.ID) {
						return c, true
					}
				}
			}
		}
	}
	return kb.Candidate{}, false
}

// divisionAfter picks the division of a place's name that follows a town of
// its country and a comma ("Seattle, Washington", "Windsor, Ontario") or
// its country and a conjunction ("the governments of Canada and Ontario").
func (d *docState) divisionAfter(st *sentState, it *item) (kb.Candidate, bool) {
	t := it.tok[0]
	if t < 2 || !(st.toks[t-1].Text == "," || isCoord(lower(st.toks, t-1))) {
		return kb.Candidate{}, false
	}
	k := itemEndingAt(st, t-2)
	if k < 0 || len(st.items[k].cands) == 0 {
		return kb.Candidate{}, false
	}
	p := st.items[k].cands[0]
	switch {
	case p.Kind == dossier.KindCountry && isCoord(lower(st.toks, t-1)):
	case p.Kind == dossier.KindLocation && st.toks[t-1].Text == "," && !d.isDivision(p):
	default:
		return kb.Candidate{}, false
	}
	for _, c := range it.cands {
		if c.Country == p.Country && d.isDivision(c) {
			return c, true
		}
	}
	return kb.Candidate{}, false
}
