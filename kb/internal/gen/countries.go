package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// loadCommonWords counts the lower-cased forms of the words that the UD
// English and German treebanks tag as anything but a proper noun, so that
// names which are also common words ("Essen", "Van", "Mobile") can be
// flagged or left out. Only the counts are used, no text.
func (b *builder) loadCommonWords(shared string) error {
	files := []string{
		"ud-english-ewt/en_ewt-ud-train.conllu", "ud-english-ewt/en_ewt-ud-dev.conllu",
		"ud-german-gsd/de_gsd-ud-dev.conllu", "ud-german-gsd/de_gsd-ud-test.conllu",
	}
	for _, name := range files {
		f, err := os.Open(filepath.Join(shared, name))
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if line == "" || line[0] == '#' {
				continue
			}
			cols := strings.Split(line, "\t")
			if len(cols) < 4 || strings.ContainsAny(cols[0], "-.") {
				continue
			}
			switch cols[3] {
			case "PROPN", "X", "PUNCT", "SYM", "NUM":
				continue
			}
			b.common[strings.ToLower(cols[1])]++
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return err
		}
	}
	return nil
}

// loadOutsideNames counts the words that the NER gold of GermEval 2014 and
// CoNLL-2003 leaves outside every name (tag O): "Zug" (a train, and a Swiss
// canton), "Blah". Places found by rule in the tables (divisions, places
// listed under a country) are left out when their name is such a word.
// Only the counts are used, no text.
func (b *builder) loadOutsideNames(shared string) error {
	for _, f := range []struct {
		path      string
		word, tag int
	}{
		{"germeval2014/NER-de-dev.tsv", 1, 2},
		{"germeval2014/NER-de-test-half-a.tsv", 1, 2},
		{"conll2003-en/eng.train", 0, 3},
		{"conll2003-en/eng.testa", 0, 3},
	} {
		data, err := os.ReadFile(filepath.Join(shared, f.path))
		if err != nil {
			return err
		}
		for _, line := range strings.Split(string(data), "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			cols := strings.FieldsFunc(line, func(r rune) bool { return r == '\t' || r == ' ' })
			if len(cols) <= f.tag || cols[f.tag] != "O" {
				continue
			}
			b.outside[strings.ToLower(cols[f.word])]++
		}
	}
	return nil
}

// populations reads GeoNames' countryInfo table: ISO alpha-3 code → population.
// Its header line starts with '#', which readTSV skips, so it is read here.
func populations(path string) (map[string]int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	pop := map[string]int{}
	for _, line := range strings.Split(string(data), "\n") {
		cells := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if len(cells) < 8 || strings.HasPrefix(cells[0], "#") {
			continue
		}
		n, err := strconv.Atoi(cells[7])
		if err != nil {
			return nil, fmt.Errorf("%s: population of %s: %w", path, cells[1], err)
		}
		pop[cells[1]] = n
	}
	return pop, nil
}

// countryRank ranks an independent country by its population, so that a form
// several countries share ("Congolese", "Dominican") goes first to the one the
// news is far more likely to mean (DR Congo, the Dominican Republic). The steps
// stay below the curated ranks (95) and above every other generated kind.
func countryRank(pop int) int {
	rank := 90
	if pop >= 1_000_000 {
		rank++
	}
	if pop >= 50_000_000 {
		rank++
	}
	return rank
}

func (b *builder) loadCountries(shared, curated string) error {
	pop, err := populations(filepath.Join(shared, "kb-geonames/countryInfo.tsv"))
	if err != nil {
		return err
	}
	dr := map[string]map[string]string{}
	if err := readTSV(filepath.Join(shared, "kb-countries/dr5hn-countries.tsv"), func(row map[string]string, _ int) error {
		dr[row["iso2"]] = row
		return nil
	}); err != nil {
		return err
	}
	err = readTSV(filepath.Join(shared, "kb-countries/mledoze-countries.tsv"), func(row map[string]string, _ int) error {
		cca2, cca3 := row["cca2"], row["cca3"]
		d := dr[cca2]
		if d == nil || d["wikidata"] == "" {
			return fmt.Errorf("no dr5hn row or QID for %s", cca2)
		}
		rank := countryRank(pop[cca3])
		if row["independent"] != "true" {
			rank = 75
		}
		e := b.add(&ent{id: d["wikidata"], kind: "country", country: cca3, qid: d["wikidata"], name: row["name_en_common"], rank: rank, src: "mledoze", sector: ""})
		b.iso2[cca2] = cca3
		b.iso3id[cca3] = e.id
		b.addPrimary(e, "en", row["name_en_common"], "mledoze")
		b.addPrimary(e, "en", row["name_en_official"], "mledoze", fOfficial)
		b.addPrimary(e, "de", row["name_de_common"], "mledoze")
		b.addPrimary(e, "de", row["name_de_official"], "mledoze", fOfficial)
		b.addPrimary(e, "en", d["name"], "dr5hn")
		b.addPrimary(e, "de", d["name_de"], "dr5hn")
		for _, alt := range strings.Split(row["alt_spellings"], "|") {
			if goodAltName(alt) {
				b.addForm(e, "", alt, "mledoze")
			}
		}
		for _, nat := range strings.Split(row["native_names"], "|") {
			if goodAltName(nat) && isLatin(nat) {
				b.addForm(e, "", nat, "mledoze")
			}
		}
		for _, dem := range []string{row["demonym_en_m"], row["demonym_en_f"]} {
			b.addDemonymEN(e, dem, "mledoze")
		}
		for _, dem := range strings.Split(d["nationality"], ",") {
			b.addDemonymEN(e, strings.TrimSpace(dem), "dr5hn")
		}
		if reg, err := language.ParseRegion(cca2); err == nil {
			if n := display.English.Regions().Name(reg); n != "" && !strings.Contains(n, "(") {
				b.addPrimary(e, "en", n, "cldr")
			}
			if n := display.German.Regions().Name(reg); n != "" && !strings.Contains(n, "(") {
				b.addPrimary(e, "de", n, "cldr")
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return readTSV(filepath.Join(curated, "de_demonyms.tsv"), func(row map[string]string, _ int) error {
		id, ok := b.iso3id[row["iso3"]]
		if !ok {
			return fmt.Errorf("unknown country %s", row["iso3"])
		}
		e := b.ents[id]
		for _, adj := range strings.Split(row["adjective"], "|") {
			if adj == "" {
				continue
			}
			for _, end := range []string{"", "e", "en", "er", "es", "em"} {
				f := b.addForm(e, "de", adj+end, "curated", fAdj)
				f.curated = true
			}
		}
		for _, m := range strings.Split(row["demonym_m"], "|") {
			for _, w := range demonymInflections(m) {
				f := b.addForm(e, "de", w, "curated", fAdj, fDem)
				f.curated = true
			}
		}
		for _, fem := range strings.Split(row["demonym_f"], "|") {
			if fem == "" {
				continue
			}
			ws := []string{fem}
			if strings.HasSuffix(fem, "in") {
				ws = append(ws, fem+"nen")
			}
			for _, w := range ws {
				f := b.addForm(e, "de", w, "curated", fAdj, fDem)
				f.curated = true
			}
		}
		return nil
	})
}

// demonymInflections gives the case and plural forms of a German masculine
// demonym: "Nordkoreaner" (-s, -n), "Russe" (-n), "Israeli" (-s),
// "Deutscher" (adjectival: Deutsche, Deutschen, Deutschem).
func demonymInflections(m string) []string {
	if strings.Contains(m, "/") {
		return strings.Split(m, "/") // explicit forms: "Ungar/Ungarn"
	}
	switch {
	case m == "":
		return nil
	case m == "Deutscher":
		base := strings.TrimSuffix(m, "er")
		return []string{m, base + "e", base + "en", base + "em"}
	case strings.HasSuffix(m, "er"):
		return []string{m, m + "s", m + "n"}
	case strings.HasSuffix(m, "e"):
		return []string{m, m + "n"}
	case strings.HasSuffix(m, "i"), strings.HasSuffix(m, "o"):
		return []string{m, m + "s"}
	}
	return []string{m, m + "en"} // weak nouns: Jemenit, Jemeniten
}

// addDemonymEN adds an English adjective/demonym ("North Korean") and, for
// demonyms that take one, its plural ("North Koreans").
func (b *builder) addDemonymEN(e *ent, dem, src string) {
	if dem == "" || !goodAltName(dem) {
		return
	}
	b.addForm(e, "en", dem, src, fAdj)
	if strings.HasSuffix(dem, "an") || strings.HasSuffix(dem, "i") {
		b.addForm(e, "en", dem+"s", src, fAdj, fDem)
	}
}

// goodAltName accepts alternative names that can be matched safely: no
// inverted "Korea, Republic of" forms, no two-letter codes, no parentheses.
func goodAltName(s string) bool {
	s = strings.TrimSpace(s)
	if len([]rune(s)) < 3 || strings.ContainsAny(s, ",()[]/;") {
		return false
	}
	return true
}

// isLatin reports whether every letter of s is Latin.
func isLatin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}
