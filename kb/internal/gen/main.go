// Command gen builds dossier's knowledge-base data file (kb/data/kb.tsv.gz)
// from the public tables in ../shared/data and the hand-curated files in
// kb/curated, and the folding table kb/fold_table.go from Unicode data
// (golang.org/x/text). Run it through `go generate ./kb`. The output depends
// only on its inputs: the same inputs give the same bytes.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

func main() {
	shared := flag.String("shared", "../../shared/data", "folder with the kb-* and phoenix-dictionaries tables")
	curated := flag.String("curated", "curated", "folder with the hand-curated tables")
	out := flag.String("out", "data/kb.tsv.gz", "data file to write")
	foldOut := flag.String("foldtable", "fold_table.go", "Go file for the folding table (empty: skip)")
	flag.Parse()
	if *foldOut != "" {
		if err := writeFoldTable(*foldOut); err != nil {
			log.Fatal(err)
		}
	}
	b := newBuilder()
	if err := b.build(*shared, *curated); err != nil {
		log.Fatal(err)
	}
	data, err := b.encode()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		log.Fatal(err)
	}
	nf := 0
	for _, e := range b.ents {
		nf += len(e.forms)
	}
	log.Printf("wrote %s: %d entities, %d forms, %d bytes", *out, len(b.ents), nf, len(data))
}

// Form flags, spelled as in the data file (see kb.Flags).
const (
	fAdj      = "adj"
	fDem      = "dem"
	fSurname  = "surname"
	fCommon   = "common"
	fOfficial = "official"
	fTranslit = "translit"
	fExact    = "exact"
	// fName marks, in the curated forms only, a common word that the news
	// uses as the entity's name ("die Bundesregierung", "der Bundestag"): it
	// is not flagged common, so it links without the recogniser's say. The
	// generator reads it; the data file does not carry it.
	fName = "name"
)

type form struct {
	lang, text, src string
	flags           map[string]bool
	curated         bool
	primary         bool // a name column of a table, not an alternative or a derived form
}

type role struct{ office, country, start, end, title, src string }

type rel struct{ typ, target, src string }

type ent struct {
	id, kind, country, qid, name, sector, metonymOf, src string
	rank                                                 int
	curated                                              bool
	forms                                                []*form
	roles                                                []role
	rels                                                 []rel
}

type builder struct {
	ents   map[string]*ent
	iso2   map[string]string // alpha-2 → alpha-3
	iso3id map[string]string // alpha-3 → country entity id
	common map[string]int    // lower-case common words → count (UD, non-proper-noun)
	skip   map[string]bool   // source|key rows to leave out
	alias  map[string]string // curated kb: id → table QID it was merged into
	cnames map[string]bool   // folded names of countries, once the countries are loaded
	// foreign holds the folded CLDR names of each country (ISO alpha-3) in
	// all languages, made when first needed
	foreign map[string]map[string]bool
	// altPlace maps ISO alpha-3|folded alternate name of a GeoNames place
	// to the place's id ("" when two places share it)
	altPlace map[string]string
	// qualified holds the towns whose names have a qualifier in words, by
	// their first part, for addQualifiedTowns
	qualified []bareName
	outside   map[string]int // lower-case words NER gold tags O → count
}

func newBuilder() *builder {
	return &builder{ents: map[string]*ent{}, iso2: map[string]string{}, iso3id: map[string]string{}, common: map[string]int{},
		skip: map[string]bool{}, alias: map[string]string{}, altPlace: map[string]string{}, outside: map[string]int{}}
}

func (b *builder) build(shared, curated string) error {
	steps := []struct {
		name string
		fn   func() error
	}{
		{"skip list", func() error { return b.loadSkip(filepath.Join(curated, "skip.tsv")) }},
		{"common words", func() error { return b.loadCommonWords(shared) }},
		{"words outside names", func() error { return b.loadOutsideNames(shared) }},
		{"countries", func() error { return b.loadCountries(shared, curated) }},
		{"places", func() error { return b.loadPlaces(shared, curated) }},
		{"curated entities", func() error { return b.loadCuratedEntities(filepath.Join(curated, "entities.tsv")) }},
		{"merge places", func() error { b.mergeCuratedPlaces(); return nil }},
		{"office holders", func() error { return b.loadHolders(shared) }},
		{"current leaders", func() error { return b.loadLeaders(shared) }},
		{"merge", func() error { b.mergeCuratedPersons(); return nil }},
		// curated forms before the dictionaries, so that these join on them
		// and leave the names of curated entities to them
		{"curated forms", func() error { return b.loadCuratedForms(filepath.Join(curated, "forms.tsv")) }},
		{"phoenix", func() error { return b.loadPhoenix(shared) }},
		{"curated roles", func() error { return b.loadCuratedRoles(filepath.Join(curated, "roles.tsv")) }},
		{"curated relations", func() error { return b.loadCuratedRelations(filepath.Join(curated, "relations.tsv")) }},
	}
	for _, s := range steps {
		if err := s.fn(); err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
	}
	b.addQualifiedTowns()
	b.derivePersons()
	b.filterForms()
	return nil
}

func (b *builder) add(e *ent) *ent {
	if old, ok := b.ents[e.id]; ok {
		return old
	}
	b.ents[e.id] = e
	if e.name != "" {
		b.addPrimary(e, "", e.name, e.src)
	}
	return e
}

// addForm adds a surface form unless the entity has it already (same text
// and language); flags are merged. A name and an adjective or demonym of the
// same spelling stay two forms: German "Polen" is Poland and the Poles,
// "Schweden" Sweden and the Swedes, and the name must not turn into a
// demonym.
func (b *builder) addForm(e *ent, lang, text, src string, flags ...string) *form {
	text = clean(text)
	if text == "" {
		return nil
	}
	adj := false
	for _, fl := range flags {
		if fl == fAdj || fl == fDem {
			adj = true
		}
	}
	for _, f := range e.forms {
		if f.text != text || f.flags[fAdj] != adj {
			continue
		}
		switch {
		case f.lang == lang:
		case f.lang == "":
			f.lang = lang // a labelled source says which language it is
		case lang != "":
			f.lang = "" // used in both
		}
		for _, fl := range flags {
			if fl != fTranslit && fl != "" {
				f.flags[fl] = true
			}
		}
		return f
	}
	f := &form{lang: lang, text: text, src: src, flags: map[string]bool{}}
	for _, fl := range flags {
		if fl != "" {
			f.flags[fl] = true
		}
	}
	e.forms = append(e.forms, f)
	return f
}

func (b *builder) addRole(e *ent, r role) {
	for _, o := range e.roles {
		if o.office == r.office && o.country == r.country && o.start == r.start {
			return
		}
	}
	e.roles = append(e.roles, r)
}

// addPrimary adds a form from a table's name column.
func (b *builder) addPrimary(e *ent, lang, text, src string, flags ...string) *form {
	f := b.addForm(e, lang, text, src, flags...)
	if f != nil {
		f.primary = true
	}
	return f
}

// clean collapses white space and removes characters the data file cannot
// hold.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\n', '\r', 0xA0:
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

func (b *builder) sortedIDs() []string {
	ids := make([]string, 0, len(b.ents))
	for id := range b.ents {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// resolve turns "iso3:PRK" into the country's entity id.
func (b *builder) resolve(id string) string {
	if v, ok := b.alias[id]; ok {
		return v
	}
	if strings.HasPrefix(id, "iso3:") {
		if v, ok := b.iso3id[id[5:]]; ok {
			return v
		}
	}
	return id
}

// encode writes the data file, sorted, and gzips it without a timestamp.
func (b *builder) encode() ([]byte, error) {
	var w bytes.Buffer
	w.WriteString("# dossier knowledge base. Generated by kb/internal/gen (go generate ./kb); do not edit.\n")
	w.WriteString("# Licences and attribution: kb/LICENSE-DATA.md and the S lines below.\n")
	w.WriteString("V\t1\n")
	for _, s := range sources {
		fmt.Fprintf(&w, "S\t%s\t%s\t%s\n", s[0], s[1], s[2])
	}
	ids := make([]string, 0, len(b.ents))
	for id := range b.ents {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		e := b.ents[id]
		if len(e.forms) == 0 {
			continue
		}
		fmt.Fprintf(&w, "E\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\t%s\n", e.id, e.kind, e.country, e.qid, e.rank, e.sector, e.metonymOf, clean(e.name), e.src)
		sort.SliceStable(e.forms, func(i, j int) bool {
			if e.forms[i].text != e.forms[j].text {
				return e.forms[i].text < e.forms[j].text
			}
			return e.forms[i].lang < e.forms[j].lang
		})
		for _, f := range e.forms {
			var fl []string
			for k := range f.flags {
				if k != fName {
					fl = append(fl, k)
				}
			}
			sort.Strings(fl)
			fmt.Fprintf(&w, "F\t%s\t%s\t%s\t%s\n", f.lang, strings.Join(fl, ","), f.text, f.src)
		}
		sort.SliceStable(e.roles, func(i, j int) bool {
			a, c := e.roles[i], e.roles[j]
			if a.start != c.start {
				return a.start < c.start
			}
			if a.office != c.office {
				return a.office < c.office
			}
			if a.country != c.country {
				return a.country < c.country
			}
			if a.end != c.end {
				return a.end < c.end
			}
			return a.title < c.title
		})
		for _, r := range e.roles {
			fmt.Fprintf(&w, "R\t%s\t%s\t%s\t%s\t%s\t%s\n", r.office, r.country, r.start, r.end, clean(r.title), r.src)
		}
		sort.SliceStable(e.rels, func(i, j int) bool {
			if e.rels[i].typ != e.rels[j].typ {
				return e.rels[i].typ < e.rels[j].typ
			}
			return e.rels[i].target < e.rels[j].target
		})
		for _, r := range e.rels {
			fmt.Fprintf(&w, "L\t%s\t%s\t%s\n", r.typ, r.target, r.src)
		}
	}
	var z bytes.Buffer
	zw, err := gzip.NewWriterLevel(&z, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(w.Bytes()); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return z.Bytes(), nil
}

// sources are the S lines: tag, licence, attribution.
var sources = [][3]string{
	{"mledoze", "ODbL-1.0", "Country data © mledoze/countries contributors, ODbL"},
	{"dr5hn", "ODbL-1.0", "Country data © dr5hn/countries-states-cities-database contributors, ODbL"},
	{"cldr", "Unicode-3.0", "Unicode CLDR region names via golang.org/x/text (Unicode License v3)"},
	{"geonames", "CC-BY-4.0", "Place data © GeoNames (geonames.org), CC BY 4.0"},
	{"everypolitician", "CC0-1.0", "Office-holder data from Wikidata (CC0), compiled by the EveryPolitician project"},
	{"wlc", "CC-BY-SA-4.0", "Leader data: open-data-archive/world-leaders-current (CC BY-SA 4.0), from Wikidata/Wikipedia"},
	{"phoenix", "MIT", "Phoenix/CAMEO actor dictionaries © 2014 Open Event Data Alliance, MIT License"},
	{"curated", "ODbL-1.0", "dossier curated rows (kb/curated), each with its reference; offered under ODbL as part of this database"},
	{"rule", "derived", "made by rule (inflection, transliteration) from a row of another source; that row's licence applies"},
}

// readTSV reads a tab-separated file with a header row, skipping '#'
// comments and blank lines, and calls fn with each row as a map.
func readTSV(path string, fn func(row map[string]string, line int) error) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var header []string
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cells := strings.Split(line, "\t")
		if header == nil {
			header = cells
			continue
		}
		row := make(map[string]string, len(header))
		for j, h := range header {
			if j < len(cells) {
				row[h] = unquote(cells[j])
			}
		}
		if err := fn(row, i+1); err != nil {
			return fmt.Errorf("%s:%d: %w", path, i+1, err)
		}
	}
	return nil
}

// unquote removes CSV-style double quotes around a cell.
func unquote(s string) string {
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		return strings.ReplaceAll(s[1:len(s)-1], `""`, `"`)
	}
	return s
}

func atoi(s string) int {
	v, _ := strconv.Atoi(s)
	return v
}

func (b *builder) loadSkip(path string) error {
	return readTSV(path, func(row map[string]string, _ int) error {
		b.skip[row["source"]+"|"+row["key"]] = true
		return nil
	})
}

// mergeCuratedPersons folds a curated kb: person into the table's person of
// the same name and country (which has a QID), so that one person has one id.
func (b *builder) mergeCuratedPersons() {
	byName := map[string]*ent{}
	var ids []string
	for id := range b.ents {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		e := b.ents[id]
		if e.kind == "person" && e.qid != "" {
			byName[e.country+"|"+foldKey(e.name)] = e
			for _, f := range e.forms {
				k := e.country + "|" + foldKey(f.text)
				if byName[k] == nil {
					byName[k] = e
				}
			}
		}
	}
	for _, id := range ids {
		e := b.ents[id]
		if e.kind != "person" || !strings.HasPrefix(id, "kb:") {
			continue
		}
		t := byName[e.country+"|"+foldKey(e.name)]
		if t == nil {
			continue
		}
		t.name, t.curated = e.name, true
		t.rank = max(t.rank, e.rank)
		if e.sector != "" {
			t.sector = e.sector
		}
		for _, f := range e.forms {
			nf := b.addForm(t, f.lang, f.text, f.src)
			nf.curated = f.curated
		}
		t.roles = append(t.roles, e.roles...)
		t.rels = append(t.rels, e.rels...)
		delete(b.ents, id)
		b.alias[id] = t.id
	}
}

// mergeCuratedPlaces folds a place of the tables into the curated place of
// the same name and country ("Gaza Strip", a GeoNames division and a
// curated territory), so that one place has one id.
func (b *builder) mergeCuratedPlaces() {
	byName := map[string]*ent{}
	ids := b.sortedIDs()
	for _, id := range ids {
		if e := b.ents[id]; e.curated && e.kind == "location" {
			byName[e.country+"|"+foldKey(e.name)] = e
		}
	}
	for _, id := range ids {
		e := b.ents[id]
		if e.curated || e.kind != "location" {
			continue
		}
		t := byName[e.country+"|"+foldKey(e.name)]
		if t == nil {
			continue
		}
		for _, f := range e.forms {
			nf := b.addForm(t, f.lang, f.text, f.src, flagList(f)...)
			nf.primary = nf.primary || f.primary
		}
		t.rels = append(t.rels, e.rels...)
		delete(b.ents, id)
		b.alias[id] = t.id
	}
}

// flagList returns a form's flags.
func flagList(f *form) []string {
	var out []string
	for k := range f.flags {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
