package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
)

// Countries whose names put the family name first (Kim Jong Un, Xi Jinping).
var familyFirst = map[string]bool{"PRK": true, "KOR": true, "CHN": true, "TWN": true, "VNM": true, "HKG": true, "MAC": true, "KHM": true}

// Countries whose names are transliterated from Cyrillic, differently in
// German (Lawrow, Selenskyj) and English (Lavrov, Zelensky); and the other
// former Soviet states whose leaders the German press writes the same
// Russian-based way (Saakaschwili, Paschinjan, Alijew, Mirsijojew).
var cyrillic = map[string]bool{"RUS": true, "UKR": true, "BLR": true, "KAZ": true, "KGZ": true, "TJK": true, "BGR": true, "SRB": true, "MKD": true,
	"MNG": true, "GEO": true, "ARM": true, "AZE": true, "UZB": true, "TKM": true}

// presidential lists countries whose president also heads the government.
var presidential = map[string]bool{"US": true, "BR": true, "AR": true, "MX": true, "ID": true, "ZA": true, "KR": true}

var (
	reDeputy = regexp.MustCompile(`(?i)\b(deputy|vice|assistant|associate|under|junior|parliamentary|spokes|materiel|trade|science|veterans|industry|ambassador)\b|^minister of state`)
	reFM     = regexp.MustCompile(`(?i)^(minister (of|for) (foreign affairs|external affairs|external relations|europe and foreign affairs)( and [a-z ]+)?|foreign minister|secretary of foreign affairs|secretary of state for foreign( and commonwealth| affairs|, commonwealth and development)? ?(affairs)?)$`)
	reDM     = regexp.MustCompile(`(?i)^(minister (of|for) (the )?(national )?(defen[cs]e|armed forces)( and [a-z ]+)?|secretary of (national )?defen[cs]e|secretary of state for defen[cs]e|minister of defence and armed forces logistics)$`)
	reMil    = regexp.MustCompile(`(?i)\b(chief of|general staff|joint chiefs|commander|armed forces|defence force|army|navy|air force)\b`)
	reJud    = regexp.MustCompile(`(?i)\b(court|justice|prosecutor|attorney)\b`)
	reLeg    = regexp.MustCompile(`(?i)\b(speaker|senate|chamber of deputies|state duma|federation council|national assembly|verkhovna rada|house of|legislative|supreme people's assembly|national people's congress)\b`)
	reSpy    = regexp.MustCompile(`(?i)\b(intelligence|state security)\b`)
)

// office maps a position label of the holders table to an office code.
func office(cc, pos string) []string {
	p := strings.ToLower(strings.TrimSpace(pos))
	switch {
	case p == "president" || p == "president of the republic":
		switch {
		case cc == "IR":
			return []string{HeadOfGovernment}
		case presidential[cc]:
			return []string{HeadOfState, HeadOfGovernment}
		}
		return []string{HeadOfState}
	case p == "supreme leader":
		return []string{HeadOfState, "supreme_leader"}
	case p == "monarch" || p == "emperor" || p == "king" || p == "queen":
		return []string{HeadOfState}
	case p == "prime minister" || p == "premier" || p == "premier of the state council" || p == "chancellor":
		if cc == "KR" {
			return []string{"prime_minister"}
		}
		return []string{HeadOfGovernment}
	case p == "vice president":
		return []string{"vice_president"}
	case p == "crown prince" || p == "crown princess":
		return []string{"crown_prince"} // "the Saudi crown prince"
	case p == "secretary of state" && cc == "US":
		return []string{ForeignMinister}
	case reDeputy.MatchString(p):
		return []string{"other"}
	case reFM.MatchString(p):
		return []string{ForeignMinister}
	case reDM.MatchString(p):
		return []string{DefenceMinister}
	}
	return []string{"other"}
}

// Office codes, as in package kb.
const (
	HeadOfState      = "head_of_state"
	HeadOfGovernment = "head_of_government"
	ForeignMinister  = "foreign_minister"
	DefenceMinister  = "defence_minister"
)

func sectorOf(pos string) string {
	switch {
	case reSpy.MatchString(pos):
		return "SPY"
	case reMil.MatchString(pos):
		return "MIL"
	case reJud.MatchString(pos):
		return "JUD"
	case reLeg.MatchString(pos):
		return "LEG"
	}
	return "GOV"
}

func officeRank(off string, end string) int {
	r := 50
	switch off {
	case "supreme_leader":
		r = 90
	case HeadOfState, HeadOfGovernment:
		r = 85
	case ForeignMinister, DefenceMinister:
		r = 75
	case "vice_president", "prime_minister":
		r = 70
	}
	if end != "" && end < "2000" {
		r -= 15
	}
	return r
}

// personName removes peerage titles ("Janet Royall, Baroness Royall of
// Blaisdon") and parenthetical notes.
func personName(s string) string {
	if i := strings.Index(s, ", "); i > 0 {
		s = s[:i]
	}
	if i := strings.Index(s, " ("); i > 0 {
		s = s[:i]
	}
	return clean(s)
}

func (b *builder) loadHolders(shared string) error {
	dir := filepath.Join(shared, "kb-everypolitician-holders")
	names := map[string]string{}
	wiki := map[string]string{}
	if err := readTSV(filepath.Join(dir, "persons.tsv"), func(row map[string]string, _ int) error {
		names[row["qid"]] = row["name"]
		wiki[row["qid"]] = row["enwiki"]
		return nil
	}); err != nil {
		return err
	}
	return readTSV(filepath.Join(dir, "holders.tsv"), func(row map[string]string, _ int) error {
		qid, cc := row["person_qid"], row["country"]
		if qid == "" || b.skip["everypolitician|"+qid] {
			return nil
		}
		name := names[qid]
		if name == "" || !isLatin(name) {
			name = row["person"]
		}
		name = personName(name)
		if name == "" || !isLatin(name) {
			return nil
		}
		iso3 := b.iso2[cc]
		e := b.add(&ent{id: qid, kind: "person", country: iso3, qid: qid, name: name, rank: 40, src: "everypolitician"})
		if e.kind != "person" {
			return nil
		}
		if w := personName(wiki[qid]); w != "" && isLatin(w) {
			b.addPrimary(e, "", w, "everypolitician")
		}
		if p := personName(row["person"]); p != "" && isLatin(p) {
			b.addPrimary(e, "", p, "everypolitician")
		}
		for _, off := range office(cc, row["position"]) {
			b.addRole(e, role{off, iso3, row["start"], row["end"], row["position"], "everypolitician"})
			if r := officeRank(off, row["end"]); r > e.rank && !e.curated {
				e.rank = r
			}
		}
		if !e.curated && (e.sector == "" || row["end"] == "" && office(cc, row["position"])[0] != "other") {
			e.sector = sectorOf(row["position"])
		}
		return nil
	})
}

func (b *builder) loadLeaders(shared string) error {
	return readTSV(filepath.Join(shared, "kb-world-leaders-current/leaders.tsv"), func(row map[string]string, _ int) error {
		key := row["iso2"] + "|" + row["position"] + "|" + row["wikidata"]
		if b.skip["wlc|"+key] {
			return nil
		}
		country := b.iso2[row["iso2"]]
		switch row["iso2"] {
		case "EU":
			country = "Q458"
		case "AU_AF":
			country = "kb:african-union"
		}
		id := row["wikidata"]
		if id == "" {
			id = "kb:" + slug(row["name_en"])
		}
		personCountry := country
		if strings.HasPrefix(country, "kb:") || country == "Q458" {
			personCountry = ""
		}
		e := b.add(&ent{id: id, kind: "person", country: personCountry, qid: row["wikidata"], name: row["name_en"], rank: 85, src: "wlc"})
		if e.rank < 85 && !e.curated {
			e.rank = 85
		}
		if e.sector == "" {
			e.sector = "GOV"
		}
		b.addPrimary(e, "", row["name_en"], "wlc")
		if n := row["name_local"]; n != "" && isLatin(n) {
			b.addForm(e, "", n, "wlc")
		}
		end := ""
		if row["current"] != "true" {
			end = row["last_snapshot"]
		}
		b.addRole(e, role{row["position"], country, row["since"], end, row["title_en"], "wlc"})
		return nil
	})
}

var reSlug = regexp.MustCompile(`[^a-z0-9]+`)

func slug(s string) string {
	var buf []rune
	for _, r := range strings.ToLower(s) {
		if f, ok := special[r]; ok {
			buf = append(buf, []rune(f)...)
			continue
		}
		buf = append(buf, baseLetter(r))
	}
	return strings.Trim(reSlug.ReplaceAllString(string(buf), "-"), "-")
}

// derivePersons adds surnames to prominent persons and transliteration
// variants to persons from countries that write in Cyrillic.
func (b *builder) derivePersons() {
	for _, e := range b.ents {
		if e.kind != "person" {
			continue
		}
		prominent := e.rank >= 70
		var base []*form
		for _, f := range e.forms {
			if !f.flags[fSurname] && !f.flags[fAdj] {
				base = append(base, f)
			}
		}
		for _, f := range base {
			if cyrillic[e.country] {
				for _, v := range translitDE(f.text) {
					b.addForm(e, "de", v, "rule", fTranslit)
				}
				for _, v := range translitEN(f.text) {
					b.addForm(e, "", v, "rule", fTranslit)
				}
			}
			if familyFirst[e.country] && strings.Contains(f.text, "-") {
				// "Kim Jong-un" is also written "Kim Jongun"
				words := strings.Fields(f.text)
				last := words[len(words)-1]
				joined := strings.ReplaceAll(last, "-", "")
				if len(words) > 1 && joined != last {
					words[len(words)-1] = strings.ToUpper(joined[:1]) + joined[1:]
					b.addForm(e, "", strings.Join(words, " "), "rule")
				}
			}
		}
		if !prominent {
			continue
		}
		var all []*form
		all = append(all, e.forms...)
		for _, f := range all {
			if f.flags[fSurname] || f.flags[fAdj] {
				continue
			}
			sn := surname(f.text, familyFirst[e.country])
			if sn == "" || sn == f.text {
				continue
			}
			flags := []string{fSurname}
			if f.flags[fTranslit] {
				flags = append(flags, fTranslit)
			}
			for _, v := range articleVariants(sn) {
				b.addForm(e, f.lang, v, "rule", flags...)
			}
			// "al-Bashir" is also "Bashir"
			if w := strings.Fields(sn); len(w) == 2 && arabicArticle(w[0]) {
				b.addForm(e, f.lang, w[1], "rule", flags...)
			}
			// "Carlos Saúl Menem" is "Carlos Menem" in the news, "Omar
			// Hassan Ahmad al-Bashir" "Omar al-Bashir": the given name
			// and the surname. Not for patronymic chains ("Mohammed bin
			// Salman Al Saud"), whose last word is a dynasty.
			words := strings.Fields(f.text)
			if !familyFirst[e.country] && len(words) >= 3 && !patronymic(words) {
				short := words[0] + " " + sn
				if short != f.text && len(strings.Fields(short)) < len(words) {
					for _, v := range articleVariants(short) {
						b.addForm(e, f.lang, v, "rule")
					}
				}
			}
		}
		for _, f := range e.forms {
			if !f.flags[fSurname] && !f.flags[fAdj] && len(strings.Fields(f.text)) >= 2 {
				for _, v := range articleVariants(f.text)[1:] {
					b.addForm(e, f.lang, v, "rule")
				}
			}
		}
	}
}

// arabicArticle reports whether w is the Arabic article as names write it
// ("al", "el", "Al", "El", "ad", "as" are not taken: they are too short to
// be sure of).
func arabicArticle(w string) bool {
	switch w {
	case "al", "el", "Al", "El":
		return true
	}
	return false
}

// articleVariants returns name and, when it has the Arabic article inside
// ("Omar al Bashir"), the other common spelling of it ("Omar el Bashir").
func articleVariants(name string) []string {
	out := []string{name}
	words := strings.Fields(name)
	changed := false
	for i, w := range words {
		if i == len(words)-1 {
			break
		}
		switch w {
		case "al", "Al":
			words[i], changed = "el", true
		case "el", "El":
			words[i], changed = "al", true
		}
	}
	if changed {
		out = append(out, strings.Join(words, " "))
	}
	return out
}

// patronymic reports whether a name is a chain of "son of" names.
func patronymic(words []string) bool {
	for _, w := range words[1:] {
		switch strings.ToLower(w) {
		case "bin", "ibn", "bint", "ben", "ould", "oglu", "ogly":
			return true
		}
	}
	return false
}

// surname returns the family name of a full name, or "".
func surname(name string, famFirst bool) string {
	words := strings.Fields(name)
	for len(words) > 1 {
		last := strings.TrimSuffix(words[len(words)-1], ".")
		switch last {
		case "Jr", "Sr", "JR", "SR", "II", "III", "IV":
			words = words[:len(words)-1]
			// "Andrew Young, Jr."
			words[len(words)-1] = strings.TrimSuffix(words[len(words)-1], ",")
			continue
		}
		break
	}
	if len(words) < 2 || !familyName(words) {
		return ""
	}
	if famFirst {
		return words[0]
	}
	sn := words[len(words)-1]
	// particles: "von der Leyen", "da Silva", "bin Salman"
	for i := len(words) - 2; i > 0; i-- {
		switch strings.ToLower(words[i]) {
		case "von", "van", "der", "de", "da", "del", "di", "bin", "al", "ibn", "le", "la", "dos", "das":
			sn = words[i] + " " + sn
			continue
		}
		break
	}
	if len([]rune(sn)) < 2 {
		return ""
	}
	return sn
}

// familyName says whether a name's words can end in a family name. A
// monarch's or heir's name has none: a regnal number ("Felipe VI",
// "Frederik X"), a title before it ("Crown Prince Haakon", "Prinz William")
// or a style after it ("William, Prince of Wales", "Philippe of Belgium")
// would give "VI", "Haakon" or "Belgium" as a surname.
func familyName(words []string) bool {
	if royalTitle[words[0]] || regnalNumber(words[len(words)-1]) {
		return false
	}
	for _, w := range words {
		if w == "of" || strings.HasSuffix(w, ",") {
			return false
		}
	}
	return true
}

// royalTitle are the titles that open a royal's name in English and German
// ("Emir" and "Sultan" are left out: they are given names too).
var royalTitle = map[string]bool{"King": true, "Queen": true, "Prince": true, "Princess": true, "Crown": true,
	"König": true, "Königin": true, "Prinz": true, "Prinzessin": true, "Kronprinz": true, "Kronprinzessin": true}

// regnalNumber says whether w is a Roman numeral of more than one letter
// or V or X ("VI", "XVI", "X"); "I" is left out, it is a word.
func regnalNumber(w string) bool {
	if w == "I" || w == "" {
		return false
	}
	for _, r := range w {
		if !strings.ContainsRune("IVXL", r) {
			return false
		}
	}
	return true
}

// translitDE rewrites an English transliteration of a Russian, Ukrainian or
// Belarusian name the German way: Sergey Lavrov → Sergej Lawrow, Volodymyr
// Zelenskyy → Wolodymyr Selenskyj, Sergei Shoigu → Sergei Schoigu.
func translitDE(name string) []string {
	words := strings.Fields(name)
	out := make([]string, len(words))
	changed := false
	for i, w := range words {
		parts := strings.Split(w, "-") // each part of "Kassym-Jomart" is a name
		for k, p := range parts {
			parts[k] = translitWordDE(p)
		}
		out[i] = strings.Join(parts, "-")
		if out[i] != w {
			changed = true
		}
	}
	if !changed {
		return nil
	}
	return []string{strings.Join(out, " ")}
}

func translitWordDE(w string) string {
	rs := []rune(w)
	if len(rs) < 2 || !unicode.IsUpper(rs[0]) {
		return w
	}
	s := strings.ToLower(w)
	type rule struct{ from, to string }
	rules := []rule{{"shch", "schtsch"}, {"zh", "sch"}, {"kh", "ch"}, {"ch", "tsch"}, {"sh", "sch"}, {"ts", "z"},
		{"yu", "ju"}, {"ya", "ja"}, {"ye", "je"}, {"yo", "jo"}, {"yi", "ji"},
		{"ay", "ai"}, {"oy", "oi"}, {"uy", "ui"}, {"ey", "ej"}, {"iy", "ij"}, {"yy", "yj"},
		{"z", "s"}, {"v", "w"}}
	var sb strings.Builder
	for i := 0; i < len(s); {
		if i+2 < len(s) && isVowel(s[i]) && s[i] != 'y' && s[i+1] == 'y' && isVowel(s[i+2]) {
			// the y opens the next syllable: Tokayev is Tokajew, not Tokaiew
			sb.WriteByte(s[i])
			i++
			continue
		}
		matched := false
		for _, r := range rules {
			if strings.HasPrefix(s[i:], r.from) {
				// "y" at the start of "yy" belongs to the rule above; a
				// final consonant + y (Dmitry, Yury) is "i" in German
				sb.WriteString(r.to)
				i += len(r.from)
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		c := s[i]
		switch {
		case c == 'y' && i == len(s)-1:
			sb.WriteByte('i')
		case c == 's' && i > 0 && i < len(s)-1 && isVowel(s[i-1]) && isVowel(s[i+1]):
			sb.WriteString("ss")
		default:
			sb.WriteByte(c)
		}
		i++
	}
	t := []rune(sb.String())
	t[0] = unicode.ToUpper(t[0])
	return string(t)
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

// translitEN gives the common English alternatives: Sergey/Sergei,
// Andrey/Andrei, Zelenskyy/Zelensky.
func translitEN(name string) []string {
	words := strings.Fields(name)
	var out []string
	alt := make([]string, len(words))
	changed := false
	for i, w := range words {
		alt[i] = w
		switch {
		case strings.HasSuffix(w, "ey") && len(w) > 3:
			alt[i] = strings.TrimSuffix(w, "ey") + "ei"
		case strings.HasSuffix(w, "ei") && len(w) > 3:
			alt[i] = strings.TrimSuffix(w, "ei") + "ey"
		case strings.HasSuffix(w, "yy") && len(w) > 3:
			alt[i] = strings.TrimSuffix(w, "y")
		case strings.HasSuffix(w, "iy") && len(w) > 3:
			alt[i] = strings.TrimSuffix(w, "iy") + "y"
		}
		if alt[i] != w {
			changed = true
		}
	}
	if changed {
		out = append(out, strings.Join(alt, " "))
	}
	return out
}
