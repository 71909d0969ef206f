package ner

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// BuildLexicon builds the built-in gazetteer from the knowledge-base tables in
// dataDir (the shared data folder): kb-countries, kb-geonames,
// kb-everypolitician-holders, kb-world-leaders-current and the Phoenix actor
// dictionaries. Only names (facts) go into the model, hashed. It returns the
// lexicon and the number of names added per class.
func BuildLexicon(ctx context.Context, dataDir string) (*Lexicon, map[string]int, error) {
	l := NewLexicon()
	counts := map[string]int{}
	add := func(name, class string) {
		name = strings.TrimSpace(name)
		if name == "" || !hasLetter(name) {
			return
		}
		toks := SplitName(name)
		if len(toks) == 0 {
			return
		}
		l.Add(toks, class)
		counts[class]++
	}
	addPerson := func(name string) {
		toks := SplitName(name)
		if len(toks) == 0 {
			return
		}
		l.Add(toks, GazPerson)
		counts[GazPerson]++
		if len(toks) >= 2 {
			if isNameWord(toks[0]) {
				l.Add(toks[:1], GazFirst)
				counts[GazFirst]++
			}
			if last := toks[len(toks)-1]; isNameWord(last) {
				l.Add([]string{last}, GazLast)
				counts[GazLast]++
			}
		}
	}
	steps := []struct {
		file string
		fn   func(cols map[string]int, f []string)
	}{
		{"kb-countries/mledoze-countries.tsv", func(c map[string]int, f []string) {
			for _, k := range []string{"name_en_common", "name_en_official", "name_de_common", "name_de_official"} {
				add(col(f, c, k), GazCountry)
			}
			for _, a := range strings.Split(col(f, c, "alt_spellings"), "|") {
				if len([]rune(a)) > 3 {
					add(a, GazCountry)
				}
			}
			add(col(f, c, "capital"), GazCity)
			add(col(f, c, "demonym_en_m"), GazAdjective)
			add(col(f, c, "demonym_en_f"), GazAdjective)
			add(col(f, c, "region"), GazRegion)
			add(col(f, c, "subregion"), GazRegion)
		}},
		{"kb-countries/dr5hn-countries.tsv", func(c map[string]int, f []string) {
			add(col(f, c, "name"), GazCountry)
			add(col(f, c, "name_de"), GazCountry)
			add(col(f, c, "capital"), GazCity)
			for _, a := range strings.Split(col(f, c, "nationality"), ",") {
				add(a, GazAdjective)
			}
		}},
		{"kb-geonames/cities15000.tsv", func(c map[string]int, f []string) {
			add(col(f, c, "name"), GazCity)
			add(col(f, c, "asciiname"), GazCity)
			for _, a := range strings.Split(col(f, c, "alternatenames"), ",") {
				// Alternate names include codes, transliterations in lower case
				// and other scripts: keep capitalised Latin names.
				if len([]rune(a)) >= 3 && startsUpperLatin(a) {
					add(a, GazCity)
				}
			}
		}},
		{"kb-geonames/admin1.tsv", func(c map[string]int, f []string) {
			add(col(f, c, "name"), GazRegion)
			add(col(f, c, "name_ascii"), GazRegion)
		}},
		{"kb-geonames/countryInfo.tsv", func(c map[string]int, f []string) {
			add(col(f, c, "Country"), GazCountry)
			add(col(f, c, "Capital"), GazCity)
		}},
		{"kb-everypolitician-holders/persons.tsv", func(c map[string]int, f []string) {
			addPerson(col(f, c, "name"))
		}},
		{"kb-world-leaders-current/leaders.tsv", func(c map[string]int, f []string) {
			addPerson(col(f, c, "name_en"))
			addPerson(col(f, c, "name_local"))
			add(col(f, c, "country_en"), GazCountry)
		}},
	}
	for _, s := range steps {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		if err := readTSV(filepath.Join(dataDir, s.file), s.fn); err != nil {
			return nil, nil, err
		}
	}
	for _, p := range []struct{ file, kind string }{
		{"phoenix-dictionaries/Phoenix.Countries.actors.txt", "countries"},
		{"phoenix-dictionaries/Phoenix.International.actors.txt", "org"},
		{"phoenix-dictionaries/Phoenix.MilNonState.actors.txt", "org"},
	} {
		if err := readPhoenix(filepath.Join(dataDir, p.file), p.kind, add, addPerson); err != nil {
			return nil, nil, err
		}
	}
	return l, counts, nil
}

func col(f []string, cols map[string]int, name string) string {
	i, ok := cols[name]
	if !ok || i >= len(f) {
		return ""
	}
	return f[i]
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func isNameWord(s string) bool {
	rs := []rune(s)
	return len(rs) >= 2 && unicode.IsUpper(rs[0]) && !strings.HasSuffix(s, ".")
}

func startsUpperLatin(s string) bool {
	for i, r := range s {
		if i == 0 && !unicode.IsUpper(r) {
			return false
		}
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// readTSV calls fn for every row of a TSV file with a header line (a leading
// '#' on the header is ignored), with the column indexes by name.
func readTSV(path string, fn func(cols map[string]int, f []string)) error {
	file, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read KB table: %w", err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	var cols map[string]int
	for sc.Scan() {
		line := sc.Text()
		if cols == nil {
			cols = map[string]int{}
			for i, h := range strings.Split(strings.TrimPrefix(line, "#"), "\t") {
				cols[h] = i
			}
			continue
		}
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		fn(cols, strings.Split(line, "\t"))
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read KB table %s: %w", path, err)
	}
	return nil
}

// readPhoenix reads a TABARI/PETRARCH actor dictionary. In the countries file
// an entry with dated codes ("[AFGGOV 920628-960927]") or from CountryInfo is
// a person, one whose only code is a bare country code ("[AFG]") a country,
// and the rest organisations; the other files list organisations.
func readPhoenix(path, kind string, add func(name, class string), addPerson func(string)) error {
	file, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read Phoenix dictionary: %w", err)
	}
	defer file.Close()
	type entry struct {
		name   string
		person bool
		bare   bool
	}
	var (
		cur     *entry
		entries []entry
	)
	flush := func() {
		if cur != nil {
			entries = append(entries, *cur)
			cur = nil
		}
	}
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		line := sc.Text()
		trim := strings.TrimSpace(line)
		if trim == "" || strings.HasPrefix(trim, "#") {
			continue
		}
		if line[0] == ' ' || line[0] == '\t' || strings.HasPrefix(trim, "[") {
			// code lines belong to the current entry
			if cur != nil && strings.ContainsAny(trim, "0123456789>") {
				cur.person = true
			}
			continue
		}
		synonym := strings.HasPrefix(trim, "+")
		name, rest, _ := strings.Cut(strings.TrimPrefix(trim, "+"), " ")
		name, _, _ = strings.Cut(name, "[")
		name = strings.Trim(strings.ReplaceAll(name, "_", " "), " ")
		if synonym && cur != nil {
			// synonyms of persons are often bare surnames or titles: keep only
			// those of organisations and places
			if !cur.person && kind == "org" {
				entries = append(entries, entry{name: name})
			}
			continue
		}
		flush()
		cur = &entry{name: name}
		if strings.Contains(rest, "CountryInfo") {
			cur.person = true
		}
		if i := strings.Index(rest, "["); i >= 0 {
			code, _, _ := strings.Cut(rest[i+1:], "]")
			if strings.ContainsAny(code, "0123456789>") {
				cur.person = true
			} else if len(code) == 3 {
				cur.bare = true
			}
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read Phoenix dictionary %s: %w", path, err)
	}
	for _, e := range entries {
		switch {
		case kind == "countries" && e.person:
			addPerson(titleCase(e.name))
		case kind == "countries" && e.bare:
			add(e.name, GazCountry)
		default:
			add(e.name, GazOrg)
		}
	}
	return nil
}

// titleCase turns "HAMID KARZAI" into "Hamid Karzai" so isNameWord accepts
// its parts (the lexicon folds case anyway).
func titleCase(s string) string {
	rs := []rune(strings.ToLower(s))
	up := true
	for i, r := range rs {
		if up && unicode.IsLetter(r) {
			rs[i] = unicode.ToUpper(r)
		}
		up = r == ' ' || r == '-'
	}
	return string(rs)
}
