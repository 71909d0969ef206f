package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// A block of a TABARI/PETRARCH actor dictionary: a primary name, its '+'
// alternatives and its [CODE dates] lines.
type pxBlock struct {
	name    string
	aliases []string
	codes   []pxCode
	person  bool // a person from CountryInfo.txt
}

type pxCode struct{ code, start, end string }

var reCode = regexp.MustCompile(`\[([~A-Z0-9]+)(?:\s+([<>]?\d{6,8})(?:-(\d{6,8}))?)?\s*\]`)

// parsePhoenix reads an actor dictionary. A name line without codes of its
// own that is directly followed by another name line is taken as an
// alternative of the block before it ("UN_ [IGOUNO]" then "U.N._").
func parsePhoenix(path string) ([]*pxBlock, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var blocks []*pxBlock
	var cur *pxBlock
	closeCur := func() {
		if cur == nil {
			return
		}
		if len(cur.codes) == 0 && len(blocks) > 0 && !cur.person {
			prev := blocks[len(blocks)-1]
			prev.aliases = append(prev.aliases, cur.name)
			prev.aliases = append(prev.aliases, cur.aliases...)
		} else {
			blocks = append(blocks, cur)
		}
		cur = nil
	}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		body, comment, _ := strings.Cut(line, "#")
		if strings.TrimSpace(body) == "" {
			continue
		}
		switch {
		case body[0] == '+':
			if cur != nil {
				alias := strings.TrimSpace(reCode.ReplaceAllString(body[1:], ""))
				cur.aliases = append(cur.aliases, alias)
				cur.codes = append(cur.codes, parseCodes(body)...)
			}
		case body[0] == ' ' || body[0] == '\t':
			if cur != nil {
				cur.codes = append(cur.codes, parseCodes(body)...)
			}
		default:
			closeCur()
			name := strings.TrimSpace(reCode.ReplaceAllString(body, ""))
			cur = &pxBlock{name: name, codes: parseCodes(body), person: strings.Contains(comment, "CountryInfo.txt")}
		}
	}
	closeCur()
	return blocks, nil
}

func parseCodes(s string) []pxCode {
	var out []pxCode
	for _, m := range reCode.FindAllStringSubmatch(s, -1) {
		c := pxCode{code: strings.TrimPrefix(m[1], "~")}
		switch {
		case strings.HasPrefix(m[2], ">"):
			c.start = pxDate(m[2][1:])
		case strings.HasPrefix(m[2], "<"):
			c.end = pxDate(m[2][1:])
		case m[2] != "":
			c.start, c.end = pxDate(m[2]), pxDate(m[3])
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

var smallWords = map[string]bool{"OF": true, "THE": true, "AND": true, "FOR": true, "ON": true, "IN": true, "DE": true, "DU": true,
	"DES": true, "LA": true, "LE": true, "EL": true, "AL": true, "BIN": true, "VON": true, "VAN": true, "DER": true, "TO": true}

// titleCase turns "DEMOCRATIC_PEOPLES'_REPUBLIC_OF_KOREA_" into
// "Democratic Peoples' Republic of Korea"; short single words ("NATO",
// "DPRK") and dotted abbreviations stay in capitals.
func titleCase(raw string) string {
	raw = strings.Trim(strings.ReplaceAll(raw, "_", " "), " ")
	words := strings.Fields(raw)
	for i, w := range words {
		if len(words) == 1 && len(w) <= 5 || strings.Contains(w, ".") || !strings.ContainsAny(w, "AEIOUY") {
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

func isRolePhrase(raw string) bool {
	for _, w := range strings.FieldsFunc(raw, func(r rune) bool { return r == '_' || r == ' ' }) {
		if roleWords[strings.Trim(w, ".,'")] {
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

func (b *builder) loadPhoenix(shared string) error {
	dir := filepath.Join(shared, "phoenix-dictionaries")
	// index of existing entities by folded form, to join on
	persons := map[string]*ent{}
	orgs := map[string]*ent{}
	for _, id := range b.sortedIDs() {
		e := b.ents[id]
		for _, f := range e.forms {
			k := foldKey(f.text)
			switch e.kind {
			case "person":
				persons[e.country+"|"+k] = e
			case "organization":
				if orgs[k] == nil {
					orgs[k] = e
				}
			}
		}
	}
	files := []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"}
	for _, file := range files {
		blocks, err := parsePhoenix(filepath.Join(dir, file))
		if err != nil {
			return err
		}
		for _, bl := range blocks {
			if err := b.addPhoenixBlock(file, bl, persons, orgs); err != nil {
				return fmt.Errorf("%s %s: %w", file, bl.name, err)
			}
		}
	}
	return nil
}

func (b *builder) addPhoenixBlock(file string, bl *pxBlock, persons, orgs map[string]*ent) error {
	if len(bl.codes) == 0 || b.skip["phoenix|"+bl.name] {
		return nil
	}
	// the latest code gives the country and sector
	var latest pxCode
	active := false
	for _, c := range bl.codes {
		if c.end == "" || c.end >= "2000" {
			active = true
		}
		if latest.code == "" || c.start >= latest.start {
			latest = c
		}
	}
	code := latest.code
	country, sector := "", ""
	if len(code) >= 3 {
		if _, ok := b.iso3id[code[:3]]; ok {
			country = code[:3]
			sector = code[3:]
		} else {
			sector = code[:3]
			if len(code) >= 6 {
				if _, ok := b.iso3id[code[3:6]]; ok {
					country = code[3:6]
				}
			}
		}
	}
	if len(sector) > 3 {
		sector = sector[:3]
	}
	name := titleCase(bl.name)
	switch {
	case bl.person:
		return b.addPhoenixPerson(bl, name, country, sector, active, persons)
	case country != "" && sector == "" && file == "Phoenix.Countries.actors.txt":
		return b.addPhoenixCountry(bl, country)
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
		single := !strings.Contains(strings.Trim(bl.name, "_"), "_")
		if !single && !orgWords.MatchString(bl.name) {
			return nil // most likely a person holding an IGO post
		}
	}
	if !active || isRolePhrase(bl.name) && !orgWords.MatchString(bl.name) {
		return nil
	}
	var e *ent
	for _, n := range append([]string{bl.name}, bl.aliases...) {
		if o := orgs[foldKey(titleCase(n))]; o != nil {
			e = o
			break
		}
	}
	if e == nil {
		id := "phoenix:" + slug(name)
		if country != "" {
			id = "phoenix:" + strings.ToLower(country) + ":" + slug(name)
		}
		if old, ok := b.ents[id]; ok && old.kind != "organization" {
			return nil
		}
		e = b.add(&ent{id: id, kind: "organization", country: country, name: name, sector: sector, rank: 35, src: "phoenix"})
		orgs[foldKey(name)] = e
	}
	if e.sector == "" {
		e.sector = sector
	}
	b.addPrimary(e, "en", name, "phoenix")
	for _, a := range bl.aliases {
		if isRolePhrase(a) && !orgWords.MatchString(a) {
			continue
		}
		t := titleCase(a)
		if len([]rune(t)) >= 2 {
			b.addForm(e, "en", t, "phoenix")
		}
	}
	return nil
}

func (b *builder) addPhoenixPerson(bl *pxBlock, name, country, sector string, active bool, persons map[string]*ent) error {
	if country == "" || isRolePhrase(bl.name) {
		return nil
	}
	words := strings.Fields(name)
	e := persons[country+"|"+foldKey(name)]
	if e == nil {
		for _, a := range bl.aliases {
			if e = persons[country+"|"+foldKey(titleCase(a))]; e != nil {
				break
			}
		}
	}
	if e == nil {
		if !active || len(words) < 2 || strings.ContainsAny(name, "0123456789()") {
			return nil
		}
		for _, w := range words {
			if len([]rune(w)) < 2 {
				return nil
			}
		}
		id := "phoenix:" + strings.ToLower(country) + ":" + slug(name)
		if _, ok := b.ents[id]; ok {
			return nil
		}
		e = b.add(&ent{id: id, kind: "person", country: country, name: name, sector: sector, rank: 30, src: "phoenix"})
		persons[country+"|"+foldKey(name)] = e
		for _, c := range bl.codes {
			if len(c.code) > 3 && c.code[:3] == country {
				b.addRole(e, role{"cameo:" + c.code[3:], country, c.start, c.end, c.code, "phoenix"})
			}
		}
	}
	if e.sector == "" {
		e.sector = sector
	}
	for _, a := range bl.aliases {
		if isRolePhrase(a) {
			continue
		}
		t := titleCase(a)
		if strings.Contains(t, " ") {
			b.addForm(e, "", t, "phoenix")
		} else if len([]rune(t)) >= 3 && e.rank >= 70 {
			b.addForm(e, "", t, "phoenix", fSurname)
		}
	}
	return nil
}

// addPhoenixCountry adds the English variants of a country's name that
// contain a word of its name ("N. Korea", "DPRK" is kept as an acronym);
// cities and provinces listed under a country are not its names.
func (b *builder) addPhoenixCountry(bl *pxBlock, iso3 string) error {
	e := b.ents[b.iso3id[iso3]]
	if e == nil {
		return nil
	}
	var words []string
	for _, w := range strings.Fields(foldKey(e.name)) {
		if len(w) >= 4 {
			words = append(words, w)
		}
	}
	for _, a := range bl.aliases {
		t := titleCase(a)
		k := foldKey(t)
		ok := false
		for _, w := range words {
			if strings.Contains(k, w) {
				ok = true
			}
		}
		if !ok || strings.ContainsAny(a, ",()") {
			continue
		}
		b.addForm(e, "en", t, "phoenix")
	}
	return nil
}
