package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/kb"
)

// currencies are the names of currencies as they stand capitalised in
// running text ("rund 198 Euro", "119 Dollar"). The recogniser tags them
// MISC, as GermEval does; but a currency is a unit, not an actor or place a
// reader follows through a story: it stays a mention with no entity
// (isCurrency), so the record gets no local entity "Euro" and the event
// stage reads amounts from the tokens as before.
var currencies = map[string]bool{
	"Euro": true, "Euros": true, "Dollar": true, "Dollars": true, "US-Dollar": true, "Cent": true,
	"Yen": true, "Yuan": true, "Renminbi": true, "Rubel": true, "Pfund": true, "Rupien": true,
	"Lira": true, "Forint": true, "Zloty": true, "Złoty": true, "Hrywnja": true, "Hrywna": true,
}

// isCurrency reports whether a recogniser chunk is one currency's name or a
// dollar with its country's code ("C$", screened by screenChunk).
func isCurrency(toks []dossier.Token, c Chunk) bool {
	switch c.End - c.Start {
	case 1:
		return currencies[toks[c.Start].Text]
	case 2:
		return currencyCode(toks, c.Start)
	}
	return false
}

// currencyCode reports whether token i is a country's code written against
// a dollar sign ("AU$ 5 million", "C$", "NZ$", "HK$", "US$", "S$"): one to
// three capitals that name the currency, not the African Union or a state.
func currencyCode(toks []dossier.Token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].Text != "$" || toks[i+1].Start != toks[i].End {
		return false
	}
	w := toks[i].Text
	if len(w) > 3 {
		return false
	}
	for j := 0; j < len(w); j++ {
		if w[j] < 'A' || w[j] > 'Z' {
			return false
		}
	}
	return true
}

// commonAcronyms are abbreviations of common nouns, not of names: the
// recogniser takes some for organisations because they are all capitals
// ("das BIP", "per SMS", "im WLAN").
var commonAcronyms = map[string]bool{
	"BIP": true, "SMS": true, "MMS": true, "WLAN": true, "USB": true, "GPS": true, "LED": true,
	"PDF": true, "PC": true, "PCs": true, "TV": true, "SUV": true, "SUVs": true, "LKW": true, "Lkw": true,
	"PKW": true, "Pkw": true, "CEO": true, "MP3": true, "HD": true, "DVD": true, "DVDs": true, "CD": true,
	"CDs": true, "IQ": true, "EDV": true, "KFZ": true, "Kfz": true, "HTML": true, "URL": true, "LTE": true, "PR": true, "NFC": true, "VR": true,
}

// roleWords are words of job titles and roles that the recogniser takes for
// a name when they stand capitalised after one ("Hong Min, Senior
// Researcher am Institut"): a chunk of nothing else is no name.
var roleWords = map[string]bool{
	"senior": true, "junior": true, "chief": true, "head": true, "lead": true, "principal": true,
	"associate": true, "assistant": true, "deputy": true, "executive": true, "managing": true,
	"research": true, "researcher": true, "fellow": true, "analyst": true, "economist": true,
	"strategist": true, "director": true, "manager": true, "editor": true, "correspondent": true,
	"officer": true, "professor": true, "lecturer": true, "adviser": true, "advisor": true,
	"consultant": true, "partner": true, "founder": true, "co-founder": true, "chairman": true,
	"chairwoman": true, "president": true, "vice": true, "scientist": true, "engineer": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "ceo": true, "cfo": true, "cto": true,
}

// clubWords mark a sports club's name: a chunk with one is an organisation
// whatever class the recogniser gave it ("SV Grödig", "1. FC Nürnberg").
var clubWords = map[string]bool{
	"FC": true, "SC": true, "SV": true, "SK": true, "AC": true, "AS": true, "SSC": true, "VfB": true,
	"VfL": true, "TSV": true, "BSC": true, "FK": true, "CF": true, "SpVgg": true, "TSG": true,
	"RB": true, "KSV": true, "ASK": true, "SCR": true, "LASK": true, "BK": true, "HC": true, "EC": true,
}

// abstractSuffixes end German common nouns of kinds that names rarely take
// ("Humanität", "Wirtschaftskriminalität", "Deutschkenntnissen"); plain
// -ungen is left out: towns end so ("Holungen", "Kaufungen").
var abstractSuffixes = []string{"heit", "keit", "ität", "ismus", "ierung", "ierungen", "nissen", "nisse"}

// commonNounShape reports whether a German word looks like an abstract
// common noun: at least eight letters, no capital after the first, and an
// ending of abstract nouns. Names with these endings are rare ("Hartung"
// ends in -ung, which is not on the list).
func commonNounShape(w string) bool {
	if utf8.RuneCountInString(w) < 8 || !isCap(w) {
		return false
	}
	for i, r := range w {
		if i > 0 && (unicode.IsUpper(r) || !unicode.IsLetter(r)) {
			return false
		}
	}
	for _, s := range abstractSuffixes {
		if strings.HasSuffix(w, s) { // past the first letter w is lower case
			return true
		}
	}
	return false
}

// modelNumber reports whether w reads as a product's model number after a
// name: one digit, or a short mix of one to three digits and a letter or
// two ("6P", "S6", "5c", "G7"). Clubs' years are two digits or more
// ("Schalke 04", "Hannover 96") and do not match.
func modelNumber(w string) bool {
	if len(w) == 0 || len(w) > 4 {
		return false
	}
	digits, letters := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case '0' <= c && c <= '9':
			digits++
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			letters++
		default:
			return false
		}
	}
	return digits == 1 && letters == 0 || digits >= 1 && letters >= 1 && letters <= 2
}

// nameMarks reports whether a lower-case chunk has what lower-case names
// have: a dot, a hyphen, an underscore, an at sign or a digit ("n-tv",
// "t-online.de", "office21").
func nameMarks(toks []dossier.Token) bool {
	for _, t := range toks {
		if strings.ContainsAny(t.Text, ".-_@0123456789") {
			return true
		}
	}
	return false
}

// hasUpper reports whether s has an upper-case letter.
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// germanArticle reports whether w is a German definite article.
func germanArticle(w string) bool {
	switch w {
	case "der", "die", "das", "den", "dem", "des", "Der", "Die", "Das", "Den", "Dem", "Des",
		"DER", "DIE", "DAS", "DEN", "DEM", "DES":
		return true
	}
	return false
}

// companyHeads end German compounds that name a kind of firm: right before a
// one-word name the recogniser took for a person ("der Energiekonzern
// Engie", "Suchmaschinenanbieter Google"), they say it is an organisation.
// Words for a firm that also name a person's trade ("Entwickler",
// "Produzent", "Händler") are left out: "Musikproduzent Stigwood".
var companyHeads = []string{"konzern", "hersteller", "unternehmen", "firma", "anbieter",
	"versicherer", "sender", "dienst", "plattform", "marke", "bank", "startup", "start-up",
	"betreiber", "zulieferer", "riese", "verlag", "seite", "website", "portal", "magazin",
	"blog", "studio", "label", "versandhändler", "fluglinie", "airline", "gesellschaft", "kette", "rennstall",
	"verband", "verein", "institut", "klub", "club"}

// companyNoun reports whether a capitalised German word, with or without a
// case ending, is a compound ending in a kind of firm.
func companyNoun(w string) bool {
	if !isCap(w) {
		return false
	}
	if groupNoun(w) {
		return true // "Ratingagentur", "Partei", "Sender"
	}
	for _, suf := range []string{"", "s", "es", "n", "en"} {
		b, ok := strings.CutSuffix(w, suf)
		if !ok {
			continue
		}
		for _, h := range companyHeads {
			// the head ends a compound in lower case, or is the word
			// itself with a capital ("Konzern")
			if len(b) >= len(h) && strings.EqualFold(b[len(b)-len(h):], h) {
				return true
			}
		}
	}
	return false
}

// inLower reports whether the lower-case form of w is in m, without
// allocating for short ASCII words (this runs on every token of a chunk).
func inLower(m map[string]bool, w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return m[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(w)])]
}

// screenChunk checks a recogniser chunk before it becomes a candidate
// mention. It reports false for chunks that are no names (an
// acronym of a common noun, a German abstract noun, a German article with
// one common noun tagged MISC: "Die Armee" at a sentence start), and
// returns the chunk trimmed or reclassed where its edges or class are wrong
// in a known way: a German article is not part of the name of a person,
// organisation or place ("DER STANDARD"), nor a common noun between it and
// a name ("Die Sängerin Adelgund"), while a title keeps it as GermEval
// does ("Der unsichtbare Dritte"); a one-word person
// right after a word for a kind of firm is the firm ("Konzern Engie").
// Knowledge-base matches do not pass here: they are kept as they are.
func screenChunk(toks []dossier.Token, lang string, c Chunk) (Chunk, bool) {
	if c.End-c.Start == 1 {
		w := toks[c.Start].Text
		if commonAcronyms[strings.TrimSuffix(w, "-")] {
			return c, false
		}
		if currencyCode(toks, c.Start) {
			// "AU$": the code and its sign are one currency's name
			c.End++
			c.Class = "MISC"
			return c, true
		}
	}
	caps, roles, club := false, true, false
	for _, t := range toks[c.Start:c.End] {
		if hasUpper(t.Text) {
			caps = true
		}
		if roles && !inLower(roleWords, t.Text) {
			roles = false
		}
		if clubWords[t.Text] {
			club = true
		}
	}
	if !caps && (c.End-c.Start >= 3 || !nameMarks(toks[c.Start:c.End])) || roles {
		// "the opposite of what many said would", "red" (the desk's
		// sign), "Senior Researcher"; a lower-case name with a dot, a
		// hyphen, a digit or an at sign stays ("n-tv", "t-online.de")
		return c, false
	}
	if club && c.End-c.Start > 1 {
		c.Class = "ORG"
	} else if c.End-c.Start > 1 && (c.Class == "ORG" || c.Class == "PER") && modelNumber(toks[c.End-1].Text) {
		c.Class = "MISC" // a product: "PlayStation 4", "Galaxy S6", "Nexus 6P"
	}
	if lang != "de" {
		return c, true
	}
	if c.End-c.Start >= 2 && germanArticle(toks[c.Start].Text) {
		next := toks[c.Start+1]
		switch {
		case c.Class == "MISC" && c.End-c.Start == 2 && next.POS == "NOUN":
			return c, false // "Die Armee", "Die Idee" at a sentence start
		case c.Class == "MISC" && next.POS != "PROPN" && !hasUpper(toks[c.Start].Text[1:]) &&
			!(next.POS == "NOUN" && c.End-c.Start > 2 && toks[c.Start+2].POS == "PROPN"):
			// a title keeps its article ("Der unsichtbare Dritte"); a
			// product ("Das Nexus 6"), a name after a describing noun
			// ("Die Nymphe Echo") or an interview's "DIE FRAU" does not
		default:
			c.Start++
			// a common noun between the article and a name describes it
			if c.End-c.Start >= 2 && toks[c.Start].POS == "NOUN" && isCap(toks[c.Start+1].Text) &&
				toks[c.Start+1].POS == "PROPN" {
				c.Start++
			}
		}
	}
	if c.End-c.Start >= 2 && isCap(toks[c.Start+1].Text) {
		switch w := toks[c.Start].Text; {
		case describingCompound(w):
			// "Steuerberatungsgesellschaft PricewaterhouseCoopers",
			// "Nachrichtenmagazin Focus": the kind of firm describes it
			c.Start++
			c.Class = "ORG"
		case partyRole(w):
			// "ÖVP-Kandidat Khol", "FPÖ-Politiker Hofer": a party's
			// candidate, then the name
			c.Start++
			c.Class = "PER"
		}
	}
	if c.Class == "PER" && c.End-c.Start == 2 && genitiveName(toks[c.Start].Text) &&
		(toks[c.End-1].POS == "NOUN" || commonNounShape(toks[c.End-1].Text)) {
		// "Obamas Öffnungspolitik": a genitive name before the noun it
		// governs; the person is the name alone
		c.End--
	}
	if c.End-c.Start == 1 {
		w := toks[c.Start].Text
		if commonNounShape(w) {
			return c, false
		}
		if c.Class == "PER" && c.Start > 0 && companyNoun(toks[c.Start-1].Text) {
			c.Class = "ORG"
		}
	}
	return c, true
}

// voteClasses gives each name only the recogniser found one class in the
// document when it was tagged both person and organisation: "Google" or
// "Tesla" as the subject of a verb of saying comes out PER in one sentence
// and ORG in the next, and would make two local entities of one firm. The
// class found more often wins. Places
// and MISC are not voted: a town and its football club share a name
// ("Mattersburg") and are two entities. A person named in full votes for
// the surname; on a tie the name is an organisation's (in 600 news articles
// the ties were firms and clubs: the surname of a person is decided by the
// full name).
func (d *docState) voteClasses() {
	type vote struct {
		it  *item
		key string // the name, a genitive s cut; a person named in full: the surname
		per int    // weight of a person vote, 0 for an organisation
	}
	var arr [32]vote
	vs := arr[:0]
	for si := range d.sents {
		for k := range d.sents[si].items {
			it := &d.sents[si].items[k]
			if it.kind != kNER || it.group || it.nerClass != "PER" && it.nerClass != "ORG" {
				continue
			}
			v := vote{it: it, key: d.doc.Text[it.span.Start:it.span.End]}
			switch {
			case it.nerClass == "PER" && it.tok[1]-it.tok[0] > 1:
				// a person named in full votes, twice (a first name and
				// a surname are surer than one word), for the surname
				// alone ("Aleksandar Dragovic" ... "Dragovic")
				v.key, v.per = d.sents[si].toks[it.tok[1]-1].Text, 2
			case it.nerClass == "PER":
				v.per = 1
			}
			v.key = genitiveBase(v.key)
			vs = append(vs, v)
		}
	}
	if len(vs) < 2 {
		return
	}
	for _, v := range vs {
		if v.per == 2 {
			continue // a full name only votes
		}
		per, org := 0, 0
		for _, w := range vs {
			if w.key == v.key {
				if w.per > 0 {
					per += w.per
				} else {
					org++
				}
			}
		}
		if per == 0 || org == 0 {
			continue
		}
		if org >= per {
			v.it.nerClass = "ORG"
		} else {
			v.it.nerClass = "PER"
		}
	}
}

// genitiveBase cuts the genitive ending of a name ("Apples", "Chelsea's",
// "Googles"): a name with a plain final s is cut too, the same way each
// time it is seen, so the forms of one name still meet.
func genitiveBase(s string) string {
	for _, suf := range []string{"'s", "’s", "s", "’", "'"} {
		if b, ok := strings.CutSuffix(s, suf); ok && len(b) >= 2 {
			return b
		}
	}
	return s
}

// iocCodes are the country codes of sports results ("Akito Watabe (JPN)"),
// mapped to ISO 3166-1 alpha-3 where the two differ. Only codes of
// countries with athletes in European news are listed; an unlisted code
// stays a local name.
var iocCodes = map[string]string{
	"GER": "DEU", "SUI": "CHE", "NED": "NLD", "CRO": "HRV", "DEN": "DNK", "POR": "PRT", "SLO": "SVN",
	"LAT": "LVA", "BUL": "BGR", "GRE": "GRC", "RSA": "ZAF", "CHI": "CHL", "AUT": "AUT", "FRA": "FRA",
	"FIN": "FIN", "NOR": "NOR", "SWE": "SWE", "JPN": "JPN", "ITA": "ITA", "ESP": "ESP", "POL": "POL",
	"CZE": "CZE", "SVK": "SVK", "RUS": "RUS", "USA": "USA", "CAN": "CAN", "CHN": "CHN", "KOR": "KOR",
	"BRA": "BRA", "ARG": "ARG", "BEL": "BEL", "EST": "EST", "UKR": "UKR", "BLR": "BLR", "KAZ": "KAZ",
	"AUS": "AUS", "GBR": "GBR", "IRL": "IRL", "ISL": "ISL", "HUN": "HUN", "ROU": "ROU", "SRB": "SRB",
	"TUR": "TUR", "ISR": "ISR", "MEX": "MEX", "COL": "COL", "JAM": "JAM", "KEN": "KEN", "ETH": "ETH",
	"NZL": "NZL", "LTU": "LTU", "LIE": "LIE", "LUX": "LUX", "BIH": "BIH", "MNE": "MNE", "MKD": "MKD",
}

// sportsCountry returns the country a code in brackets after a name stands
// for ("Watabe (JPN)"), or false. The name before the bracket tells a
// result list from an acronym explained in brackets ("Bundeskriminalamt
// (BKA)"), whose codes are not on the list anyway.
func (d *docState) sportsCountry(toks []dossier.Token, it *item) (dossier.Entity, bool) {
	a, b := it.tok[0], it.tok[1]
	if b-a != 1 || a < 2 || b >= len(toks) || toks[a-1].Text != "(" || toks[b].Text != ")" || !isCap(toks[a-2].Text) {
		return dossier.Entity{}, false
	}
	iso, ok := iocCodes[toks[a].Text]
	if !ok {
		return dossier.Entity{}, false
	}
	// a result, not an acronym explained: a time, points or a distance
	// follows, or the document lists another country so
	list := b+1 < len(toks) && toks[b+1].Text != "" && strings.IndexByte("0123456789+", toks[b+1].Text[0]) >= 0
	if !list && d.iocList == 0 {
		d.iocList = 2
		n := 0
		for rest := d.doc.Text; ; {
			i := strings.IndexByte(rest, '(')
			if i < 0 || i+5 > len(rest) {
				break
			}
			if rest[i+4] == ')' && iocCodes[rest[i+1:i+4]] != "" {
				if n++; n == 2 {
					d.iocList = 1
					break
				}
			}
			rest = rest[i+1:]
		}
	}
	if !list && d.iocList != 1 {
		return dossier.Entity{}, false
	}
	return d.l.kb.Country(iso)
}

// describingCompound reports whether a German word is a compound ending in
// a kind of firm or group, longer than the bare word ("Ökostromanbieter",
// "Steuerberatungsgesellschaft", "Nachrichtenmagazin"): before a name it
// describes the name. The bare word may be a name's first word ("Bank
// Austria", "Partei der Arbeit").
func describingCompound(w string) bool {
	if !isCap(w) || strings.ContainsAny(w, "-‐‑") {
		return false
	}
	for _, heads := range [2][]string{companyHeads, groupHeads} {
		for _, h := range heads {
			if len(w) >= len(h)+3 && strings.EqualFold(w[len(w)-len(h):], h) {
				return true
			}
		}
	}
	return false
}

// roleHeads end the German words for a party's or a firm's people after a
// hyphen ("ÖVP-Kandidat", "SPÖ-Chef", "FPÖ-Politikerin").
var roleHeads = []string{"kandidat", "kandidatin", "chef", "chefin", "politiker", "politikerin",
	"sprecher", "sprecherin", "abgeordneter", "abgeordnete", "vorsitzender", "vorsitzende",
	"obmann", "obfrau", "generalsekretär", "generalsekretärin", "mandatar", "mandatarin"}

// partyRole reports whether w is a hyphenated compound of a name and a
// role ("ÖVP-Kandidat").
func partyRole(w string) bool {
	i := strings.LastIndexAny(w, "-‐‑")
	if i <= 0 || !isCap(w) {
		return false
	}
	tail := strings.TrimLeft(w[i:], "-‐‑")
	for _, h := range roleHeads {
		if strings.EqualFold(tail, h) {
			return true
		}
	}
	return false
}

// groupNounsDE are German nouns for a union of parties that are also a
// firm's name ("Allianz", the insurer): after an article or an adjective
// ("die vorgesehene Tagesordnung der Allianz", "eine neue Allianz") the
// recogniser's ORG is the noun, unless the document names the firm in
// full ("Allianz SE").
var groupNounsDE = map[string]bool{"Allianz": true, "Allianzen": true, "Bündnis": true, "Bündnisses": true, "Koalition": true}

// commonGroupNoun reports whether a one-word recogniser item is such a noun
// after a German determiner or a lower-case adjective, in a document that
// names no organisation of two words or more with it.
func (d *docState) commonGroupNoun(st *sentState, it *item) bool {
	if st.lang != "de" || it.tok[1]-it.tok[0] != 1 || it.tok[0] == 0 || !groupNounsDE[st.toks[it.tok[0]].Text] {
		return false
	}
	prev := st.toks[it.tok[0]-1]
	r, _ := utf8.DecodeRuneInString(prev.Text)
	if !isDeterminer(prev, strings.ToLower(prev.Text)) && prev.POS != "ADJ" && !(unicode.IsLower(r) && adjEnding(prev.Text)) {
		return false
	}
	w := st.toks[it.tok[0]].Text
	for j := range d.orgs {
		if len(d.orgs[j].toks) >= 2 && wordIn(d.orgs[j].raw, w) {
			return false // "Allianz SE", "Allianz Versicherung"
		}
	}
	return true
}

// verbOpening reports whether a one-word English person the recogniser
// found is a verb that opens a sentence or headline in the imperative
// ("Deepen ties with Japan, minister urges", "NOTE: Excludes gain"): the
// tagger calls a capitalised word there PROPN, and the recogniser a
// person. A name there is followed by its verb ("Greenspan said"), an
// imperative by its object: a lower-case noun, article, adjective or
// number. Any sign that the word is a name keeps it: the knowledge base
// knows it as a surname, or the document writes it capitalised inside a
// sentence.
func (d *docState) verbOpening(st *sentState, it *item) bool {
	toks := st.toks
	t := it.tok[0]
	if st.lang != "en" || it.tok[1]-t != 1 || t+1 >= len(toks) {
		return false
	}
	if t > 0 {
		switch toks[t-1].Text {
		case ":", "\"", "“", "--", "—":
		default:
			return false
		}
	}
	w := toks[t].Text
	if !isCap(w) || !wordLike(w) || acronym(w) {
		return false
	}
	next := toks[t+1]
	r, _ := utf8.DecodeRuneInString(next.Text)
	if !unicode.IsLower(r) {
		return false
	}
	switch next.POS {
	case "NOUN", "DET", "ADJ", "NUM":
	default:
		return false
	}
	if len(d.l.kb.BySurname(kb.Fold(w))) > 0 {
		return false
	}
	return !d.capitalisedInside(w)
}

// capitalisedInside reports whether the document has w capitalised after
// a word or a comma of the same sentence: written so, it is a name.
func (d *docState) capitalisedInside(w string) bool {
	text := d.doc.Text
	for off := 0; ; {
		i := strings.Index(text[off:], w)
		if i < 0 {
			return false
		}
		i += off
		off = i + len(w)
		if off < len(text) {
			if r, _ := utf8.DecodeRuneInString(text[off:]); unicode.IsLetter(r) {
				continue // a longer word
			}
		}
		j := i
		for j > 0 && text[j-1] == ' ' {
			j--
		}
		if j == i || j == 0 {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(text[:j]); unicode.IsLetter(r) || r == ',' {
			return true
		}
	}
}

// genitiveName reports whether w reads as a German name in the genitive:
// capitalised, ending in s after a lower-case letter ("Obamas", "Merkels").
func genitiveName(w string) bool {
	n := len(w)
	return n >= 4 && isCap(w) && w[n-1] == 's' && 'a' <= w[n-2] && w[n-2] <= 'z' && w[n-2] != 's'
}

// dropOtherLanguage removes from a sentence written in another language than
// the document's the names found by a form of the document's language: "Este"
// is German for an Estonian, and Spanish for "this" in a Spanish sentence
// quoted in a German story. Names in no particular language ("Tallinn",
// "Motorola") stay.
func dropOtherLanguage(items []item, toks []dossier.Token, lang string) []item {
	own := false
	for k := range items {
		if len(items[k].cands) > 0 && items[k].cands[0].Lang == lang {
			own = true
			break
		}
	}
	if !own || !otherLanguage(toks, lang) {
		return items
	}
	kept := items[:0]
	for _, it := range items {
		if len(it.cands) == 0 || it.cands[0].Lang != lang {
			kept = append(kept, it)
		}
	}
	return kept
}

// otherLanguage reports whether a sentence is in a Romance language rather
// than in lang (German or English): two or more lower-case function words of
// Spanish, Italian, French or Portuguese and none of lang's. Words a
// Romance language shares with German ("es", "da", "du", "des") are left
// out of its list.
func otherLanguage(toks []dossier.Token, lang string) bool {
	marks := enFunctionWords
	if lang == "de" {
		marks = deFunctionWords
	}
	romance := 0
	for _, t := range toks {
		w := t.Text
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) {
			continue // names and sentence starts are no evidence
		}
		if marks[w] {
			return false
		}
		if romanceFunctionWords[w] {
			romance++
		}
	}
	return romance >= 2
}

var (
	romanceFunctionWords = map[string]bool{
		"el": true, "los": true, "las": true, "del": true, "y": true, "que": true, "una": true, "con": true, "para": true,
		"por": true, "pero": true, "muy": true, "más": true, "está": true, "il": true, "della": true, "dei": true,
		"delle": true, "che": true, "di": true, "per": true, "gli": true, "sono": true, "è": true, "anche": true,
		"et": true, "est": true, "une": true, "pour": true, "avec": true, "dans": true, "qui": true, "sur": true,
		"pas": true, "aux": true, "não": true, "uma": true, "com": true, "em": true, "são": true,
	}
	deFunctionWords = map[string]bool{
		"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true, "und": true, "ist": true,
		"nicht": true, "ein": true, "eine": true, "einen": true, "einem": true, "einer": true, "zu": true, "von": true,
		"mit": true, "auf": true, "für": true, "im": true, "sich": true, "auch": true, "wird": true, "sind": true,
		"war": true, "hat": true, "nach": true, "bei": true, "aus": true, "wie": true, "oder": true,
	}
	enFunctionWords = map[string]bool{
		"the": true, "and": true, "of": true, "to": true, "is": true, "in": true, "that": true, "for": true,
		"with": true, "was": true, "on": true, "are": true, "has": true, "have": true, "by": true, "from": true,
	}
)
