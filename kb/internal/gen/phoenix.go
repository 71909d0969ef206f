package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// A block of a TABARI/PETRARCH actor dictionary: a primary name, its '+'
// alternatives and its [CODE dates] lines.
type pxBlock struct {
	name    string
	aliases []string
	codes   []pxCode
	person  bool // a person from CountryInfo.txt (the note may stand on any line of the block)
	// named is a person the block itself does not mark but the
	// dictionary shows to be one (inferPersons)
	named bool
	notes string // the comments of the block's lines, joined
}

type pxCode struct{ code, start, end string }

var (
	reCode = regexp.MustCompile(`\[([~A-Z0-9]+)(?:\s+([<>]?)\s*(\d{6,8})(?:-(\d{6,8}))?)?\s*\]`)
	// reNull is the dictionaries' "do not code" mark ("INDIAN_OCEAN [---]")
	reNull = regexp.MustCompile(`\[-+\]`)
)

// parsePhoenix reads an actor dictionary. Name lines that follow each other
// before any code line are one actor's names ("BORIS_YELTSIN_",
// "PRESIDENT_YELTSIN", then its codes). A block that ends without codes, at
// a blank line, is an actor of its own that takes the codes of the next
// block with codes ("Department of Veterans Affairs", a blank line, then
// "Veterans Health Administration [USAGOVHLH]"): never a name of its
// neighbour. A block marked [---] is not an actor.
func parsePhoenix(path string) ([]*pxBlock, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var blocks, waiting []*pxBlock
	var cur *pxBlock
	gap := false
	closeCur := func() {
		switch {
		case cur == nil:
		case len(cur.codes) == 0 && !cur.person:
			waiting = append(waiting, cur)
		default:
			for _, w := range waiting {
				w.codes = append(w.codes, cur.codes...)
				blocks = append(blocks, w)
			}
			waiting = waiting[:0]
			blocks = append(blocks, cur)
		}
		cur, gap = nil, false
	}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		body, comment, _ := strings.Cut(line, "#")
		if strings.TrimSpace(body) == "" {
			if strings.TrimSpace(line) == "" {
				gap = true
			}
			continue
		}
		null := reNull.MatchString(body)
		switch {
		case body[0] == '+':
			if cur != nil && !null {
				alias := strings.TrimSpace(reCode.ReplaceAllString(body[1:], ""))
				cur.aliases = append(cur.aliases, alias)
				cur.codes = append(cur.codes, parseCodes(body)...)
				cur.note(comment)
			}
		case body[0] == ' ' || body[0] == '\t':
			if cur != nil {
				cur.codes = append(cur.codes, parseCodes(body)...)
				cur.note(comment)
			}
		case null:
			// not an actor, nor a name of one: what follows starts anew
			closeCur()
		default:
			name := strings.TrimSpace(reCode.ReplaceAllString(body, ""))
			if cur != nil && len(cur.codes) == 0 && !gap {
				// another name of the actor whose codes are still to come
				cur.aliases = append(cur.aliases, name)
				cur.codes = append(cur.codes, parseCodes(body)...)
				cur.note(comment)
				continue
			}
			closeCur()
			cur = &pxBlock{name: name, codes: parseCodes(body)}
			cur.note(comment)
		}
	}
	closeCur()
	// blocks left without codes at the end of the file keep none
	blocks = append(blocks, waiting...)
	return blocks, nil
}

// note keeps a line's comment; "CountryInfo.txt" marks the block as a person
// of the CountryInfo leader and cabinet lists (on the name line as a rule,
// on an alternative's line where a name was put above it by hand).
func (bl *pxBlock) note(comment string) {
	if comment == "" {
		return
	}
	if strings.Contains(comment, "CountryInfo.txt") {
		bl.person = true
	}
	bl.notes += comment + " "
}

func parseCodes(s string) []pxCode {
	var out []pxCode
	for _, m := range reCode.FindAllStringSubmatch(s, -1) {
		c := pxCode{code: strings.TrimPrefix(m[1], "~")}
		switch {
		case m[2] == ">":
			c.start = pxDate(m[3])
		case m[2] == "<":
			c.end = pxDate(m[3])
		case m[3] != "":
			c.start, c.end = pxDate(m[3]), pxDate(m[4])
		}
		out = append(out, c)
	}
	return out
}

// pxDate turns YYYYMMDD or YYMMDD (years up to 20 are 20YY) into
// YYYY-MM-DD, or "" when it is not a date.
func pxDate(s string) string {
	switch len(s) {
	case 6:
		if s[:2] <= "20" {
			s = "20" + s
		} else {
			s = "19" + s
		}
	case 8:
	default:
		return ""
	}
	y, m, d := s[:4], s[4:6], s[6:]
	if m < "01" || m > "12" || d < "01" || d > "31" {
		if m == "00" || d == "00" {
			return y
		}
		return ""
	}
	return y + "-" + m + "-" + d
}

// CAMEO country codes that differ from today's ISO 3166 alpha-3 code (as
// the country table spells it).
var cameoCountry = map[string]string{"TMP": "TLS", "KSV": "UNK", "ROM": "ROU", "ZAR": "COD"}

// CAMEO region codes: an actor coded with one has no country.
var cameoRegion = map[string]bool{"AFR": true, "ASA": true, "BLK": true, "CAS": true, "CAU": true, "CFR": true,
	"CEU": true, "EAF": true, "EEU": true, "EIN": true, "EUR": true, "LAM": true, "MDT": true, "MEA": true,
	"NAF": true, "NMR": true, "PGS": true, "SAF": true, "SAM": true, "SAS": true, "SCN": true, "SEA": true,
	"WAF": true, "WEU": true, "WST": true, "INT": true, "KAS": true, "KKL": true}

// CAMEO religion codes. After the first part of a code they name a
// religion even where an ISO code is spelt alike (MUS: Mauritius, Muslim).
var cameoReligion = map[string]bool{"MUS": true, "MOS": true, "CHR": true, "JEW": true, "HIN": true, "BUD": true,
	"SHI": true, "SUN": true, "SIK": true, "BAH": true, "ATH": true, "CON": true, "TAO": true, "ZRO": true,
	"JAN": true, "DOX": true, "CTH": true, "PRO": true, "ALE": true, "DRZ": true, "ITR": true, "LDS": true, "JHW": true}

// codeParts reads the country and the sector of a CAMEO actor code:
// "USAGOVMIL" is USA, GOV; "IMGMUSRUSCNY" (an Islamist group in Russia) is
// RUS, IMG; "INTREB" (rebels with no home country) is "", REB; "IGOUNO" is
// "", IGO.
func (b *builder) codeParts(code string) (country, sector string) {
	for i := 0; i+3 <= len(code); i += 3 {
		if i > 0 && code[:3] == "IGO" {
			// what follows IGO names the organisation ("IGONAMDEV":
			// North America, development), never a member country
			sector = "IGO"
			break
		}
		s := code[i : i+3]
		if c, ok := cameoCountry[s]; ok {
			s = c
		}
		_, iso := b.iso3id[s]
		switch {
		case iso && (i == 0 || !cameoReligion[s]):
			if country == "" {
				country = s
			}
		case sector == "" && !iso && !cameoRegion[s] && !cameoReligion[s]:
			sector = s
		}
	}
	return country, sector
}

// codeRest returns what follows the country part of a code ("GOVMIL" of
// "USAGOVMIL"), or the whole code when it does not start with a country.
func (b *builder) codeRest(code string) string {
	if len(code) < 3 {
		return code
	}
	s := code[:3]
	if c, ok := cameoCountry[s]; ok {
		s = c
	}
	if _, ok := b.iso3id[s]; ok {
		return code[3:]
	}
	return code
}

// Words that make a phrase a role description, not a name.
var roleWords = map[string]bool{"PRESIDENT": true, "MINISTER": true, "GENERAL": true, "AMBASSADOR": true, "FOREIGN": true,
	"DR": true, "MR": true, "MRS": true, "SECRETARY": true, "PRIME": true, "KING": true, "QUEEN": true, "PRINCE": true,
	"SHEIKH": true, "COLONEL": true, "ADMIRAL": true, "CHAIRMAN": true, "LEADER": true, "SPOKESMAN": true, "KPA": true,
	"SENATOR": true, "GOVERNOR": true, "FORMER": true, "DEPUTY": true, "CHIEF": true, "JUDGE": true, "MAYOR": true,
	"RUSSIAN": true, "AMERICAN": true, "CHINESE": true, "BRITISH": true, "FRENCH": true, "GERMAN": true, "IRANIAN": true,
	"KOREAN": true, "JAPANESE": true, "ISRAELI": true, "PALESTINIAN": true, "EGYPTIAN": true, "SYRIAN": true, "IRAQI": true,
	"PREMIER": true, "CHANCELLOR": true, "BUNDESKANZLER": true, "KANZLER": true, "ADMINISTRATION": true, "GOVERNMENT": true,
	"REGIME": true, "CABINET": true, "OFFICIALS": true, "OFFICIAL": true, "ENVOY": true, "PRESIDENCY": true, "SPOKESWOMAN": true}

// Words that make a phrase an organisation's name.
var orgWords = regexp.MustCompile(`\b(ORGANI[SZ]ATION|AGENCY|FUND|COUNCIL|UNION|BANK|ASSOCIATION|COMMITTEE|COMMISSION|INSTITUTE|PROGRAMM?E?|FOUNDATION|FORUM|COURT|NATIONS|PARTNERSHIP|GROUP|OFFICE|TRIBUNAL|CONFERENCE|ALLIANCE|COMMUNITY|PARLIAMENT|SECRETARIAT|MISSION|FORCES?|CENT(ER|RE)|NETWORK|WATCH|FEDERATION|LEAGUE|MOVEMENT|SOCIETY|CROSS|CRESCENT|AUTHORITY|PANEL|TREATY|ARMY|FRONT|PARTY|BRIGADES?|BATTALION|MILITIA|CORPS|SERVICE|MINISTRY|DEPARTMENT)\b`)

// hasOrgWord reports whether a dictionary name (words joined by '_', which
// regexp's \b takes for a letter) has a word of an organisation's name.
func hasOrgWord(raw string) bool {
	return orgWords.MatchString(strings.ReplaceAll(strings.ToUpper(raw), "_", " "))
}

// Words of company, place and institution names: a name with one is no
// person's ("Ball Corporation", "Philip Morris International").
var nonPersonWords = map[string]bool{"INC": true, "CORP": true, "CORPORATION": true, "LTD": true, "LIMITED": true, "LLC": true,
	"PLC": true, "CO": true, "COMPANY": true, "HOLDINGS": true, "HOLDING": true, "INDUSTRIES": true, "SYSTEMS": true,
	"TECHNOLOGIES": true, "TECHNOLOGY": true, "PHARMACEUTICALS": true, "ENERGY": true, "BANCORP": true, "FINANCIAL": true,
	"INTERNATIONAL": true, "INSURANCE": true, "GLOBAL": true, "MOTORS": true, "AIRLINES": true, "RESOURCES": true,
	"PARTNERS": true, "TRUST": true, "CAPITAL": true, "MEDIA": true, "NEWS": true, "TIMES": true, "POST": true,
	"RADIO": true, "TELEVISION": true, "PRESS": true, "HOTEL": true, "HOTELS": true, "UNIVERSITY": true, "COLLEGE": true,
	"SCHOOL": true, "HOSPITAL": true, "CHURCH": true, "MOSQUE": true, "BRIDGE": true, "AIRPORT": true, "PORT": true,
	"STATION": true, "CAMP": true, "HOUSE": true, "PALACE": true, "SQUARE": true, "STREET": true, "ROAD": true,
	"ISLAND": true, "ISLANDS": true, "VALLEY": true, "RIVER": true, "DESERT": true, "PROVINCE": true, "REGION": true,
	"STATE": true, "CITY": true, "DISTRICT": true, "REPUBLIC": true, "KINGDOM": true, "CELLS": true, "NUCLEI": true,
	"NUCLEUS": true, "FACTION": true, "COMMANDOS": true, "BRIGADE": true, "GUERRILLAS": true, "REBELS": true,
	"MILITANTS": true, "FIGHTERS": true, "MARTYRS": true, "ACTION": true, "STRUGGLE": true, "LIBERATION": true,
	"REVOLUTIONARY": true, "NATIONAL": true, "ISLAMIC": true, "PEOPLE'S": true, "PEOPLES": true, "POPULAR": true,
	"DEMOCRATIC": true, "UNITED": true, "JIHAD": true, "AL-QAEDA": true, "AND": true, "OF": true, "THE": true, "FOR": true,
	"TEAM": true, "CLUB": true, "FC": true, "ASSEMBLY": true, "CONGRESS": true, "SENATE": true, "POLICE": true,
	"GUARD": true, "GUARDS": true, "NAVY": true, "TIGERS": true, "HAWKS": true, "EAGLES": true, "WOLVES": true,
	"FELLOWSHIP": true, "CAMPAIGN": true, "INITIATIVE": true, "PROJECT": true, "COALITION": true, "ACADEMY": true,
	"CHARITIES": true, "AID": true, "RELIEF": true, "RESCUE": true, "RIGHTS": true, "WOMEN": true, "CHILDREN": true}

var smallWords = map[string]bool{"OF": true, "THE": true, "AND": true, "FOR": true, "ON": true, "IN": true, "DE": true, "DU": true,
	"DES": true, "LA": true, "LE": true, "EL": true, "AL": true, "BIN": true, "VON": true, "VAN": true, "DER": true, "TO": true}

// reRoman matches a regnal number ("LETSIE_III").
var reRoman = regexp.MustCompile(`^(I{1,3}|IV|VI{0,3}|IX|X)$`)

// shortCodes stay in capitals inside a name ("US Intelligence Community").
var shortCodes = map[string]bool{"US": true, "UK": true, "UN": true, "EU": true, "UAE": true, "USA": true, "USSR": true}

// titleCase turns "DEMOCRATIC_PEOPLES'_REPUBLIC_OF_KOREA_" into
// "Democratic Peoples' Republic of Korea"; short single words ("NATO",
// "DPRK") and dotted abbreviations stay in capitals.
func titleCase(raw string) string {
	raw = strings.Trim(strings.ReplaceAll(raw, "_", " "), " ")
	words := strings.Fields(raw)
	for i, w := range words {
		if len(words) == 1 && len(w) <= 5 || strings.Contains(w, ".") || !strings.ContainsAny(w, "AEIOUY") || shortCodes[w] ||
			i > 0 && reRoman.MatchString(w) {
			continue
		}
		if i > 0 && smallWords[w] {
			words[i] = strings.ToLower(w)
			continue
		}
		lw := []rune(strings.ToLower(w))
		for j := range lw {
			if j == 0 || lw[j-1] == '-' {
				lw[j] = []rune(strings.ToUpper(string(lw[j])))[0]
			}
		}
		words[i] = string(lw)
	}
	return strings.Join(words, " ")
}

// placeCase spells a place of the dictionaries: every word capitalised
// ("FARAH_" is Farah, "ST._LAWRENCE_RIVER" St. Lawrence River), small words
// inside in lower case.
func placeCase(raw string) string {
	words := strings.Fields(strings.ReplaceAll(raw, "_", " "))
	for i, w := range words {
		if i > 0 && smallWords[w] {
			words[i] = strings.ToLower(w)
			continue
		}
		lw := []rune(strings.ToLower(w))
		for j := range lw {
			if j == 0 || lw[j-1] == '-' {
				lw[j] = []rune(strings.ToUpper(string(lw[j])))[0]
			}
		}
		words[i] = string(lw)
	}
	return strings.Join(words, " ")
}

// splitParen takes a parenthesised part off a dictionary name:
// "BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_" is the name and its acronym,
// "DIRECT_ACTION_(GREECE)_" the name and a qualifier.
func splitParen(raw string) (name, paren string) {
	i := strings.IndexByte(raw, '(')
	j := strings.LastIndexByte(raw, ')')
	if i < 0 || j < i {
		return raw, ""
	}
	return strings.TrimRight(raw[:i], "_ ") + strings.TrimLeft(raw[j+1:], " "), strings.Trim(raw[i+1:j], "_ ")
}

// isAcronym reports whether s, the parenthesised part of name, is an
// acronym: up to four capitals ("ETA", "ALF"), or longer ones that are the
// initials of the name's words ("AAIA" of "Aden Abyan Islamic Army"), not
// a qualifier ("GREECE").
func isAcronym(s, name string) bool {
	n := 0
	var letters []rune
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			if r == '.' || r == '-' || r == '/' {
				continue
			}
			return false
		}
		letters = append(letters, r)
		n++
	}
	if n < 2 || n > 7 {
		return false
	}
	if n <= 4 {
		return true
	}
	var initials []rune
	for _, w := range strings.FieldsFunc(strings.ToUpper(name), func(r rune) bool { return r == '_' || r == ' ' || r == '-' }) {
		if !smallWords[w] {
			initials = append(initials, []rune(w)[0])
		}
	}
	return string(initials) == string(letters)
}

func isRolePhrase(raw string) bool {
	for _, w := range strings.FieldsFunc(raw, func(r rune) bool { return r == '_' || r == ' ' || r == '-' }) {
		if roleWords[strings.Trim(strings.ToUpper(w), ".,'")] {
			return true
		}
	}
	return false
}

// foldKey is the generator's own simple fold, used to join names across
// tables: lower case, no diacritics, letters and digits only, one space.
func foldKey(s string) string {
	var sb strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if f, ok := special[r]; ok {
			sb.WriteString(f)
			space = false
			continue
		}
		r = baseLetter(r)
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x7f && r != 0xA0:
			if space && sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			space = false
			sb.WriteRune(r)
		case r == '\'' || r == '.':
		default:
			space = true
		}
	}
	return sb.String()
}

// joinKey is foldKey without a leading article: "The United Nations" and
// "United Nations" are one organisation.
func joinKey(s string) string {
	k := foldKey(s)
	return strings.TrimPrefix(k, "the ")
}

// pxIndex holds what the Phoenix step joins on.
type pxIndex struct {
	persons  map[string]*ent   // country|folded name → person
	orgs     map[string]*ent   // joinKey → organisation
	names    map[string]bool   // joinKey of every form of every entity
	given    map[string]bool   // folded given names (first words of persons' names)
	nations  map[string]string // folded country name or adjective → ISO alpha-3 ("" when several)
	surnames map[string]bool   // folded last words of persons' names, made when first needed
}

func (b *builder) loadPhoenix(shared string) error {
	dir := filepath.Join(shared, "phoenix-dictionaries")
	files := []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"}
	parsed := make([][]*pxBlock, len(files))
	for i, file := range files {
		blocks, err := parsePhoenix(filepath.Join(dir, file))
		if err != nil {
			return err
		}
		parsed[i] = blocks
	}
	ix := b.phoenixIndex(parsed[0])
	ix.learnSurnames(parsed)
	b.inferPersons(parsed[0], ix)
	var countries []*pxBlock
	for i, file := range files {
		for _, bl := range parsed[i] {
			if err := b.addPhoenixBlock(file, bl, ix); err != nil {
				return fmt.Errorf("%s %s: %w", file, bl.name, err)
			}
			if file == files[0] && len(bl.codes) == 1 && !bl.person {
				if c, s := b.codeParts(bl.codes[0].code); c != "" && s == "" {
					countries = append(countries, bl)
				}
			}
		}
	}
	// Places last, so that no place takes a name an organisation or person
	// of the dictionaries has.
	for _, bl := range countries {
		b.addPhoenixPlaces(bl, ix)
	}
	return nil
}

// phoenixIndex indexes the entities loaded so far and learns given names
// from the persons of the tables and of the CountryInfo lists: a word that
// starts two or more persons' names is a given name ("Kofi", "Javier").
func (b *builder) phoenixIndex(countryBlocks []*pxBlock) *pxIndex {
	ix := &pxIndex{persons: map[string]*ent{}, orgs: map[string]*ent{}, names: map[string]bool{},
		given: map[string]bool{}, nations: map[string]string{}}
	first := map[string]int{}
	for _, id := range b.sortedIDs() {
		e := b.ents[id]
		for _, f := range e.forms {
			ix.index(e, f.text)
			if e.kind == "country" && (f.lang == "en" || f.lang == "") && len(f.text) >= 4 {
				k := foldKey(f.text)
				if old, ok := ix.nations[k]; ok && old != e.country {
					ix.nations[k] = ""
				} else {
					ix.nations[k] = e.country
				}
			}
		}
		if e.kind == "person" && !familyFirst[e.country] {
			if w := strings.Fields(foldKey(e.name)); len(w) > 1 {
				first[w[0]]++
			}
		}
	}
	for _, bl := range countryBlocks {
		if !bl.person || len(bl.codes) == 0 {
			continue
		}
		if c, _ := b.codeParts(bl.codes[0].code); familyFirst[c] {
			continue
		}
		if w := strings.Fields(foldKey(titleCase(bl.name))); len(w) > 1 {
			first[w[0]]++
		}
	}
	for w, n := range first {
		if n >= 2 && len(w) >= 3 {
			ix.given[w] = true
		}
	}
	return ix
}

// surname reports whether a folded word is the last word of the name of a
// person of the tables or dictionaries ("zarqawi" of Abu Musab
// al-Zarqawi).
func (ix *pxIndex) surname(k string) bool { return ix.surnames[k] }

// learnSurnames collects the last words of the persons' names known so far
// and of the dictionaries' names that are persons'.
func (ix *pxIndex) learnSurnames(parsed [][]*pxBlock) {
	ix.surnames = map[string]bool{}
	add := func(name string) {
		if w := strings.Fields(foldKey(name)); len(w) >= 2 {
			ix.surnames[w[len(w)-1]] = true
		}
	}
	for key, e := range ix.persons {
		if e.kind == "person" {
			_, name, _ := strings.Cut(key, "|")
			add(name)
		}
	}
	for _, blocks := range parsed {
		for _, bl := range blocks {
			if bl.person || ix.personLike(bl.name, false) {
				add(titleCase(bl.name))
			}
			for _, a := range bl.aliases {
				if ix.personLike(a, false) {
					add(titleCase(a))
				}
			}
		}
	}
}

func (ix *pxIndex) index(e *ent, text string) {
	k := joinKey(text)
	ix.names[k] = true
	switch e.kind {
	case "person":
		ix.persons[e.country+"|"+foldKey(text)] = e
	case "organization":
		if ix.orgs[k] == nil {
			ix.orgs[k] = e
		}
	}
}

// Honorifics before a name in the dictionaries ("SHEIKH_AHMED_YASSIN").
var honorifics = map[string]bool{"SHEIKH": true, "SHAIKH": true, "SHEIK": true, "DR": true, "DR.": true, "MR": true,
	"MRS": true, "MS": true, "SIR": true, "LORD": true, "LADY": true, "BARON": true, "BARONESS": true, "GENERAL": true,
	"GEN.": true, "COLONEL": true, "COL.": true, "ADMIRAL": true, "AYATOLLAH": true, "MULLAH": true, "IMAM": true,
	"MAJOR": true, "CAPTAIN": true, "LIEUTENANT": true, "MARSHAL": true, "DAME": true}

// stripHonorific takes honorifics off the start of a dictionary name.
func stripHonorific(raw string) string {
	for {
		w, rest, ok := strings.Cut(strings.TrimLeft(raw, "_ "), "_")
		if !ok || !honorifics[strings.ToUpper(w)] || strings.Trim(rest, "_ ") == "" {
			return raw
		}
		raw = rest
	}
}

// personLike reports whether a dictionary name that is not marked as a
// person names one: two to five words, the first a known given name (or a
// ruler of an organisation, so noted), none a word of an organisation's,
// company's or place's name.
func (ix *pxIndex) personLike(raw string, ruler bool) bool {
	raw, _ = splitParen(stripHonorific(raw))
	words := strings.FieldsFunc(strings.ToUpper(raw), func(r rune) bool { return r == '_' || r == ' ' })
	if len(words) < 2 || len(words) > 5 || hasOrgWord(raw) || isRolePhrase(raw) || strings.ContainsAny(raw, "0123456789&/,") {
		return false
	}
	if smallWords[words[len(words)-1]] {
		return false // a name cut short ("Ahmad Fahad al Ahmad al")
	}
	if smallWords[words[0]] || words[0] == "IBN" || words[0] == "BINT" {
		return false // "Bin Laden": a surname, or a group's name
	}
	if words[0] == "ABU" || words[0] == "UMM" {
		// "Abu Sayyaf" is a group; "Abu Musab al-Zarqawi" a man
		return len(words) >= 3
	}
	for _, w := range words[1 : len(words)-1] {
		if w == "BIN" || w == "IBN" || w == "BINT" {
			return true // "Osama bin Laden"
		}
	}
	for _, w := range words {
		if nonPersonWords[strings.Trim(w, ".")] {
			return false
		}
	}
	if ix.nations[foldKey(words[0])] != "" || ix.nations[foldKey(words[len(words)-1])] != "" {
		return false // "Japanese Red", "Free Lebanon"
	}
	return ruler || ix.given[foldKey(words[0])]
}

// nameParticles stand inside Arabic and Berber personal names ("Moaz al
// Khatib", "Osama bin Laden") and begin no group's name ("Ahrar al Sham"
// ends in a place, not in a known surname).
var nameParticles = map[string]bool{"AL": true, "EL": true, "BIN": true, "IBN": true, "BINT": true, "UL": true, "UD": true}

// inferPersons marks the blocks of the country dictionary that name a
// person although neither a CountryInfo note nor a known given name says
// so. Without this they became organisations ("Moaz al Khatib", "Bajram
// Rexhepi", and a second Xi Jinping beside the person the tables have),
// and the linker typed the man ORG. A name of a person's shape (two to
// four words, none of an organisation's, company's, place's or nation's
// name, no title) is a person when
//   - the tables or the CountryInfo lists have a person of that name and
//     country;
//   - an alternative is a title before the name or its last word
//     ("PRESIDENT_MANSOUR" under "ADLY_MANSOUR_");
//   - a particle stands inside it and its last word is a known surname
//     ("Moaz al Khatib");
//   - or it has dated codes (the terms of an office) and stands next to a
//     person of the same country: the file lists a country's office
//     holders in runs ("HASHIM_THACI_", "BAJRAM_REXHEPI_"), and a police
//     force or a band beside one ("SCOTLAND_YARD", "PUSSY_RIOT") has no
//     terms.
func (b *builder) inferPersons(blocks []*pxBlock, ix *pxIndex) {
	known := map[string]bool{}
	for _, bl := range blocks {
		if bl.person && len(bl.codes) > 0 {
			c, _ := b.codeParts(latestCode(bl).code)
			known[c+"|"+foldKey(titleCase(pxName(bl.name)))] = true
		}
	}
	countryOf := func(bl *pxBlock) string {
		if len(bl.codes) == 0 {
			return ""
		}
		c, _ := b.codeParts(latestCode(bl).code)
		return c
	}
	isPerson := func(bl *pxBlock) bool { return bl.person || bl.named || ix.personLike(bl.name, false) }
	for _, bl := range blocks {
		if bl.person || len(bl.codes) == 0 || !ix.personShape(bl.name) {
			continue
		}
		c := countryOf(bl)
		if c == "" {
			continue
		}
		name := pxName(bl.name)
		key := c + "|" + foldKey(titleCase(name))
		words := strings.Split(strings.Trim(name, "_ "), "_")
		last := words[len(words)-1]
		switch {
		case ix.persons[key] != nil && ix.persons[key].kind == "person" || known[key]:
			bl.named = true
		case titledAlias(bl, words, last):
			bl.named = true
		case len(words) >= 3 && ix.surname(foldKey(last)):
			for _, w := range words[1 : len(words)-1] {
				if nameParticles[strings.ToUpper(w)] {
					bl.named = true
				}
			}
		}
	}
	for i, bl := range blocks {
		if bl.person || bl.named || len(bl.codes) == 0 || !ix.personShape(bl.name) {
			continue
		}
		c := countryOf(bl)
		if c == "" {
			continue
		}
		small := false
		for _, w := range strings.Split(strings.Trim(pxName(bl.name), "_ "), "_") {
			small = small || smallWords[strings.ToUpper(w)]
		}
		if small || !dated(bl) {
			continue // an office holder's codes carry the dates of the terms
		}
		for _, j := range []int{i - 1, i + 1} {
			if j >= 0 && j < len(blocks) && isPerson(blocks[j]) && countryOf(blocks[j]) == c {
				bl.named = true
				break
			}
		}
	}
}

// pxName is a dictionary name without honorific or parenthesis.
func pxName(raw string) string {
	name, _ := splitParen(stripHonorific(raw))
	return name
}

func latestCode(bl *pxBlock) pxCode {
	var latest pxCode
	for _, c := range bl.codes {
		if latest.code == "" || c.start >= latest.start {
			latest = c
		}
	}
	return latest
}

// titledAlias reports whether an alternative of the block is title words
// followed by the name or its last word ("PRESIDENT_XI_JINPING",
// "PRESIDENT_MANSOUR").
func titledAlias(bl *pxBlock, words []string, last string) bool {
	full := strings.ToUpper(strings.Join(words, "_"))
	for _, a := range bl.aliases {
		aw := strings.FieldsFunc(strings.ToUpper(a), func(r rune) bool { return r == '_' || r == ' ' })
		n := 0
		for n < len(aw) && roleWords[strings.Trim(aw[n], ".,'")] {
			n++
		}
		if n == 0 || n == len(aw) {
			continue
		}
		tail := strings.Join(aw[n:], "_")
		if tail == full || tail == strings.ToUpper(last) {
			return true
		}
	}
	return false
}

// personShape reports whether a dictionary name could be a person's: two
// to four words, none a word of an organisation's, company's or place's
// name, no title, no nation's name or adjective at either end, and no
// small word at either end.
func (ix *pxIndex) personShape(raw string) bool {
	raw = pxName(raw)
	words := strings.FieldsFunc(strings.ToUpper(raw), func(r rune) bool { return r == '_' || r == ' ' })
	if len(words) < 2 || len(words) > 4 || hasOrgWord(raw) || isRolePhrase(raw) || strings.ContainsAny(raw, "0123456789&/,.()'") {
		return false
	}
	if smallWords[words[0]] || smallWords[words[len(words)-1]] || words[0] == "ABU" || words[0] == "UMM" {
		return false
	}
	for _, w := range words {
		if nonPersonWords[w] || len(w) < 2 {
			return false
		}
	}
	return ix.nations[foldKey(words[0])] == "" && ix.nations[foldKey(words[len(words)-1])] == ""
}

// nationIn returns the one country a name mentions by its name or adjective
// ("Palestinian Islamic Jihad", "Japanese Red Army"), or "".
func (ix *pxIndex) nationIn(name string) string {
	words := strings.Fields(foldKey(name))
	found := ""
	for i := range words {
		for j := min(len(words), i+4); j > i; j-- {
			c, ok := ix.nations[strings.Join(words[i:j], " ")]
			if !ok {
				continue
			}
			if c == "" || found != "" && found != c {
				return ""
			}
			found = c
			break
		}
	}
	return found
}

func (b *builder) addPhoenixBlock(file string, bl *pxBlock, ix *pxIndex) error {
	if len(bl.codes) == 0 || b.skip["phoenix|"+bl.name] {
		return nil
	}
	// The latest code gives the country and sector. Past actors are kept
	// with their dated codes: news archives and event data name them.
	var latest pxCode
	for _, c := range bl.codes {
		if latest.code == "" || c.start >= latest.start {
			latest = c
		}
	}
	country, sector := b.codeParts(latest.code)
	if len(sector) > 3 {
		sector = sector[:3]
	}
	raw, paren := splitParen(bl.name)
	name := titleCase(raw)
	if name == "" {
		return nil
	}
	ruler := strings.Contains(bl.notes, "rulers") || hasCode(bl, "ELI")
	switch {
	case bl.person:
		raw, _ := splitParen(stripHonorific(bl.name))
		return b.addPhoenixPerson(bl, titleCase(raw), country, sector, ix, nil)
	case country != "" && sector == "" && file == "Phoenix.Countries.actors.txt":
		return b.addPhoenixCountry(bl, country, ix)
	case bl.named || ix.personLike(bl.name, ruler):
		switch sector {
		case "MNC", "BUS", "":
			return nil
		}
		raw, _ := splitParen(stripHonorific(bl.name))
		return b.addPhoenixPerson(bl, titleCase(raw), country, sector, ix, nil)
	}
	switch sector {
	case "MNC", "BUS", "":
		if file != "Phoenix.MilNonState.actors.txt" {
			return nil
		}
	}
	if file == "Phoenix.International.actors.txt" {
		if !(sector == "IGO" || sector == "NGO") {
			return nil
		}
		single := !strings.Contains(strings.Trim(raw, "_ "), "_")
		if single && ruler {
			return nil // a ruler by surname alone ("HAMMARSKJOLD_")
		}
		if !single && !hasOrgWord(raw) && ix.orgs[joinKey(name)] == nil && dated(bl) {
			// The file lists the holders of an organisation's posts
			// with the dates of their terms, and organisations without.
			if ix.personLike(bl.name, true) {
				raw, _ := splitParen(stripHonorific(bl.name))
				return b.addPhoenixPerson(bl, titleCase(raw), country, sector, ix, nil)
			}
			return nil
		}
	}
	if isRolePhrase(raw) && !hasOrgWord(raw) {
		return nil
	}
	if country == "" && sector != "IGO" && sector != "NGO" {
		// "Palestinian Islamic Jihad" [MEAREB]: the name says the country
		country = ix.nationIn(name + " " + titleCase(paren))
	}
	e := ix.orgs[joinKey(name)]
	if e == nil {
		id := "phoenix:" + slug(name)
		if country != "" {
			id = "phoenix:" + strings.ToLower(country) + ":" + slug(name)
		}
		if old, ok := b.ents[id]; ok && old.kind != "organization" {
			return nil
		}
		e = b.add(&ent{id: id, kind: "organization", country: country, name: name, sector: sector, rank: 35, src: "phoenix"})
		ix.index(e, name)
	}
	if e.sector == "" {
		e.sector = sector
	}
	b.addPrimary(e, "en", name, "phoenix")
	if paren != "" && isAcronym(paren, raw) && b.safeAcronym(paren) {
		b.addForm(e, "en", paren, "phoenix")
	}
	for _, a := range bl.aliases {
		if isRolePhrase(a) && !hasOrgWord(a) {
			continue
		}
		a, p := splitParen(a)
		t := titleCase(a)
		if len([]rune(t)) < 2 {
			continue
		}
		k := joinKey(t)
		if o := ix.orgs[k]; o != nil && o != e || ix.names[k] && o == nil && !acronymWord(a) {
			// a name of another entity: dictionaries list bodies that
			// share a code under one another ("Bundesrat", "Bundestag")
			continue
		}
		if !strings.Contains(k, " ") && ix.surname(k) && !acronymWord(a) {
			continue // "Zarqawi" under the group he led is the man
		}
		if ix.personLike(a, false) {
			// a leader listed under the group's code ("John Kirby" under
			// the US military, "Khaled Meshaal" under Hamas)
			pb := &pxBlock{name: a, codes: bl.codes}
			if err := b.addPhoenixPerson(pb, titleCase(stripHonorific(a)), country, sector, ix, e); err != nil {
				return err
			}
			continue
		}
		b.addForm(e, "en", t, "phoenix")
		ix.index(e, t)
		if p != "" && isAcronym(p, a) && b.safeAcronym(p) {
			b.addForm(e, "en", p, "phoenix")
		}
	}
	return nil
}

// safeAcronym reports whether a parenthesised acronym may be matched: three
// letters or more, and not a word ("CAR", "CA" in headlines in capitals).
func (b *builder) safeAcronym(s string) bool {
	k := foldKey(s)
	return len(k) >= 3 && b.common[k] == 0 && !stopWords[k]
}

// acronymWord reports whether a dictionary name is one word of two to six
// letters, an acronym ("NSA_"): only another organisation's acronym
// stands in its way, not a place of the same letters.
func acronymWord(raw string) bool {
	w := strings.Trim(raw, "_ ")
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// dated reports whether a block has a code with a date.
func dated(bl *pxBlock) bool {
	for _, c := range bl.codes {
		if c.start != "" || c.end != "" {
			return true
		}
	}
	return false
}

func hasCode(bl *pxBlock, sector string) bool {
	for _, c := range bl.codes {
		if strings.HasSuffix(c.code, sector) && len(c.code) == 3+len(sector) || c.code == sector {
			return true
		}
	}
	return false
}

// Leader is the office of a head of state or government whose source does
// not say which of the two (the CountryInfo leader lists).
const Leader = "leader"

// addPhoenixPerson adds a person of the dictionaries, or the names to the
// person of that name and country the tables have. Persons of the
// CountryInfo leader lists (an ELI code beside plain GOV codes) get their
// GOV terms as Leader roles and the rank of office holders, so that their
// surnames are known; everyone keeps the dated CAMEO codes as roles, past
// terms included (news archives name them). org, when given, is the
// organisation whose dictionary block named the person.
func (b *builder) addPhoenixPerson(bl *pxBlock, name, country, sector string, ix *pxIndex, org *ent) error {
	if country == "" && sector != "IGO" && sector != "NGO" && sector != "IMG" && sector != "REB" {
		return nil
	}
	if isRolePhrase(stripHonorific(bl.name)) {
		return nil
	}
	words := strings.Fields(name)
	e := ix.persons[country+"|"+foldKey(name)]
	if e == nil {
		e = ix.persons[country+"|"+foldKey(dropInitials(name))] // "James D. Wolfensohn"
	}
	if e == nil {
		for _, a := range bl.aliases {
			if e = ix.persons[country+"|"+foldKey(titleCase(a))]; e != nil {
				break
			}
		}
	}
	if e == nil {
		if len(words) < 2 || strings.ContainsAny(name, "0123456789()") || hasOrgWord(name) {
			return nil // "Islamic Revolutionary Council" is no person
		}
		for _, w := range words {
			if len([]rune(w)) < 2 {
				return nil
			}
		}
		id := "phoenix:" + slug(name)
		if country != "" {
			id = "phoenix:" + strings.ToLower(country) + ":" + slug(name)
		}
		if _, ok := b.ents[id]; ok {
			return nil
		}
		leader := country != "" && hasCode(bl, "ELI") && b.hasPlainGOV(bl)
		rank := 30
		if leader {
			rank = 70
		} else if org == nil && (sector == "IGO" || sector == "NGO") && (strings.Contains(bl.notes, "rulers") || hasCode(bl, "ELI")) {
			rank = 70 // head of an international organisation
		}
		e = b.add(&ent{id: id, kind: "person", country: country, name: name, sector: sector, rank: rank, src: "phoenix"})
		ix.index(e, name)
		if short := dropInitials(name); short != name {
			ix.index(e, short)
		}
		for _, c := range bl.codes {
			cc, sec := b.codeParts(c.code)
			rest := b.codeRest(c.code)
			switch {
			case leader && cc == country && rest == "GOV":
				b.addRole(e, role{Leader, country, c.start, c.end, "head of state or government (CAMEO " + c.code + ")", "phoenix"})
			case cc == country && (cc != "" || sec != ""):
				b.addRole(e, role{"cameo:" + rest, cc, c.start, c.end, c.code, "phoenix"})
			}
		}
		if org != nil {
			e.rels = append(e.rels, rel{"affiliated_with", org.id, "phoenix"})
		}
	}
	if e.sector == "" {
		e.sector = sector
	}
	if e.name != name && strings.Contains(name, " ") {
		b.addForm(e, "", name, "phoenix") // the block's own spelling
		ix.index(e, name)
	}
	for _, a := range bl.aliases {
		if isRolePhrase(a) {
			continue
		}
		t := titleCase(a)
		if strings.Contains(t, " ") {
			b.addForm(e, "", t, "phoenix")
			ix.index(e, t)
		} else if len([]rune(t)) >= 3 {
			// the dictionary lists the surname the news uses ("Qaddafi")
			b.addForm(e, "", t, "phoenix", fSurname)
		}
	}
	return nil
}

// dropInitials removes middle initials from a name ("James D. Wolfensohn"
// is "James Wolfensohn").
func dropInitials(name string) string {
	words := strings.Fields(name)
	if len(words) < 3 {
		return name
	}
	out := []string{words[0]}
	for _, w := range words[1 : len(words)-1] {
		if len([]rune(strings.TrimSuffix(w, "."))) > 1 {
			out = append(out, w)
		}
	}
	return strings.Join(append(out, words[len(words)-1]), " ")
}

// hasPlainGOV reports whether a block has a code of its country's
// government without a further sector ("ZWEGOV"): in the CountryInfo lists
// that is a term as head of state or government.
func (b *builder) hasPlainGOV(bl *pxBlock) bool {
	for _, c := range bl.codes {
		if b.codeRest(c.code) == "GOV" {
			return true
		}
	}
	return false
}

// addPhoenixCountry adds the English variants of a country's name that
// contain a word of its name ("N. Korea", "DPRK" is kept as an acronym),
// and the adjectives and demonyms the block lists ("Bosnian", "Croat",
// "Pole"); cities and provinces listed under a country are not its names
// (see addPhoenixPlaces).
func (b *builder) addPhoenixCountry(bl *pxBlock, iso3 string, ix *pxIndex) error {
	e := b.ents[b.iso3id[iso3]]
	if e == nil {
		return nil
	}
	adj := map[string]bool{}
	var adjs []string
	for _, f := range e.forms {
		if f.flags[fAdj] && f.lang != "de" {
			adj[foldKey(f.text)] = true
			adjs = append(adjs, foldKey(f.text))
		}
	}
	var stems []string
	for _, w := range strings.Fields(foldKey(e.name)) {
		if len(w) >= 4 {
			stems = append(stems, w)
		}
	}
	for _, a := range bl.aliases {
		t := titleCase(a)
		k := foldKey(t)
		if adj[k] || strings.ContainsAny(a, ",()") {
			continue
		}
		single := !strings.Contains(k, " ")
		own := b.ownForm(e, t)
		other := ix.names[joinKey(t)] && !own // a name of another entity ("Port Sudan", "Tunis")
		switch {
		case other:
			continue
		case single && adjectiveOf(k, stems):
			// "Bosnian", "Bosnians": the block lists the adjective too
			// (another block of the country may have listed it before)
			if !own {
				b.addDemonymEN(e, t, "phoenix")
			}
		case countryAlias(e, a):
			b.addForm(e, "en", t, "phoenix")
		case single && demonymOf(k, adjs) && !b.ownFormLang(e, t, "en"):
			// "Croat", "Pole", "Dane", "Swede": a short demonym
			t = placeCase(t)
			b.addForm(e, "en", t, "phoenix", fAdj)
			b.addForm(e, "en", t+"s", "phoenix", fAdj, fDem)
		default:
			continue
		}
		ix.index(e, t)
	}
	return nil
}

// ownForm reports whether e has the form text (folded alike).
func (b *builder) ownForm(e *ent, text string) bool {
	k := foldKey(text)
	for _, f := range e.forms {
		if foldKey(f.text) == k {
			return true
		}
	}
	return false
}

// ownFormLang reports whether e has the form text (folded alike) in lang
// or in any language.
func (b *builder) ownFormLang(e *ent, text, lang string) bool {
	k := foldKey(text)
	for _, f := range e.forms {
		if (f.lang == lang || f.lang == "") && foldKey(f.text) == k {
			return true
		}
	}
	return false
}

// adjectiveOf reports whether a folded word is an adjective or demonym
// made from a word of a country's name: "bosnian(s)" of Bosnia, "kenyan"
// of Kenya, "croatian" of Croatia, "lebanese" of Lebanon (no: not a
// suffix of the whole word; such ones the tables have).
func adjectiveOf(k string, stems []string) bool {
	for _, w := range stems {
		bases := []string{w}
		if n := len(w); strings.ContainsRune("aeiouy", rune(w[n-1])) {
			bases = append(bases, w[:n-1])
		}
		for _, base := range bases {
			rest, ok := strings.CutPrefix(k, base)
			if !ok {
				continue
			}
			switch rest {
			case "n", "an", "ian", "ns", "ans", "ians", "ese", "i", "is", "ish":
				return true
			}
		}
	}
	return false
}

// demonymOf reports whether a folded word is a short demonym of a country
// with the given folded English adjectives: an adjective is the word and an
// adjective ending ("croat" of "croatian", "turk" of "turkish", "mongol" of
// "mongolian"), or the word without its final e and -ish ("pole" of
// "polish", "swede" of "swedish").
func demonymOf(k string, adjs []string) bool {
	if len(k) < 4 {
		return false
	}
	for _, a := range adjs {
		if rest, ok := strings.CutPrefix(a, k); ok {
			switch rest {
			case "ian", "ish", "ese", "ic", "i", "an":
				return true
			}
		}
		if stem, ok := strings.CutSuffix(k, "e"); ok && a == stem+"ish" {
			return true
		}
	}
	return false
}

// countryAlias reports whether an alternative of a country's block is a
// name of the country: it contains a word of the country's name.
func countryAlias(e *ent, a string) bool {
	if strings.ContainsAny(a, ",()") {
		return false
	}
	k := foldKey(titleCase(a))
	for _, w := range strings.Fields(foldKey(e.name)) {
		if len(w) >= 4 && strings.Contains(k, w) {
			return true
		}
	}
	return false
}

// foreignNames returns the folded names of a country in every language
// CLDR has (via golang.org/x/text): "alemania", "almanya", "niemcy" for
// Germany. A dictionary's alternative that is one of them is the country's
// name, not a place in it.
func (b *builder) foreignNames(iso3 string) map[string]bool {
	if b.foreign == nil {
		b.foreign = map[string]map[string]bool{}
		iso2 := map[string]string{}
		for a2, a3 := range b.iso2 {
			iso2[a3] = a2
		}
		for _, t := range display.Supported.Tags() {
			namer := display.Regions(t)
			if namer == nil {
				continue
			}
			for a3, a2 := range iso2 {
				reg, err := language.ParseRegion(a2)
				if err != nil {
					continue
				}
				if n := namer.Name(reg); n != "" && isLatin(n) {
					if b.foreign[a3] == nil {
						b.foreign[a3] = map[string]bool{}
					}
					b.foreign[a3][foldKey(n)] = true
				}
			}
		}
	}
	return b.foreign[iso3]
}

// abbreviated reports whether a name has a word of one or two letters that
// is not a particle ("US_VI", "U.S.", "US_OF_A"): an abbreviation, not a
// place's name.
func abbreviated(raw string) bool {
	for _, w := range strings.FieldsFunc(raw, func(r rune) bool { return r == '_' || r == ' ' || r == '.' }) {
		if len(w) <= 2 && !smallWords[strings.ToUpper(w)] {
			return true
		}
	}
	return false
}

// demonymWord reports whether a folded word has the ending of a demonym
// ("englishman", "faeroese", "greenlander", "gibraltarian").
func demonymWord(k string) bool {
	for _, suf := range []string{"man", "woman", "men", "women", "ese", "ean", "ian", "ians", "lander", "landers", "ite", "ites"} {
		if strings.HasSuffix(k, suf) && len(k) > len(suf)+2 {
			return true
		}
	}
	return false
}

// addPhoenixPlaces adds the places a country's block lists ("Darfur" under
// Sudan, "Golan Heights" under Syria, "Beqaa Valley" under Lebanon) as
// locations of that country, unless the name is the country's (or a
// misspelling of it), a name some entity has already, or a common word.
func (b *builder) addPhoenixPlaces(bl *pxBlock, ix *pxIndex) {
	country, _ := b.codeParts(bl.codes[0].code)
	ce := b.ents[b.iso3id[country]]
	if ce == nil {
		return
	}
	var own []string
	for _, f := range ce.forms {
		own = append(own, foldKey(f.text))
	}
	foreign := b.foreignNames(country)
	for n := range foreign {
		own = append(own, n)
	}
	sort.Strings(own)
	for _, a := range bl.aliases {
		if countryAlias(ce, a) || isRolePhrase(a) || hasOrgWord(a) || strings.ContainsAny(a, ",()/0123456789") || abbreviated(a) {
			continue
		}
		t := placeCase(a)
		k := foldKey(t)
		b.confirmTown(country, k)
		if len(joinKey(t)) < 4 || ix.names[joinKey(t)] || !strings.ContainsAny(t, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			continue
		}
		if !strings.Contains(k, " ") && (b.wordLike(k) || demonymWord(k)) {
			continue
		}
		if id := b.resolve(b.altPlace[country+"|"+k]); id != "" && b.ents[id] != nil {
			// "Frankfurt", "Cologne": an alternate name GeoNames has for a
			// place of the country, which the dictionary confirms
			b.addForm(b.ents[id], "", t, "phoenix")
			ix.index(b.ents[id], t)
			continue
		}
		if foreign[k] {
			b.addForm(ce, "", t, "phoenix") // the country's name in another language
			ix.index(ce, t)
			continue
		}
		spelling := false
		for _, o := range own {
			if editDistance(k, o) <= max(1, len(o)/3) {
				spelling = true // "Afghanestan", "Lebannon"
				break
			}
		}
		if spelling {
			continue
		}
		id := "phoenix:" + strings.ToLower(country) + ":" + slug(t)
		if _, ok := b.ents[id]; ok {
			continue
		}
		e := b.add(&ent{id: id, kind: "location", country: country, name: t, rank: 30, src: "phoenix"})
		ix.index(e, t)
	}
}

// confirmTown clears the common flag of a European town's name (see
// europeTowns) that the dictionary lists under the town's country: such a
// town is in the news by that name ("Cannes", "Calais"), so it links without
// the recogniser's say, unless the name is also a word.
func (b *builder) confirmTown(country, k string) {
	e := b.ents[b.resolve(b.altPlace[country+"|"+k])]
	if e == nil || !b.europeTown(e) || strings.Contains(k, " ") || b.wordLike(k) {
		return
	}
	for _, f := range e.forms {
		if foldKey(f.text) == k {
			delete(f.flags, fCommon)
		}
	}
}
