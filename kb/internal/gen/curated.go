package main

import (
	"fmt"
	"strings"
	"unicode"
)

var kinds = map[string]bool{"country": true, "person": true, "organization": true, "location": true, "other": true}

func (b *builder) loadCuratedEntities(path string) error {
	return readTSV(path, func(row map[string]string, _ int) error {
		id := row["id"]
		if id == "" || row["name"] == "" || row["source"] == "" {
			return fmt.Errorf("curated entity needs id, name and source")
		}
		if !kinds[row["kind"]] {
			return fmt.Errorf("bad kind %q", row["kind"])
		}
		rank := atoi(row["rank"])
		if e, ok := b.ents[id]; ok {
			// a curated row for an entity of a table: curated fields win
			e.name, e.kind, e.curated = row["name"], row["kind"], true
			if row["country"] != "" {
				e.country = row["country"]
			}
			if row["sector"] != "" {
				e.sector = row["sector"]
			}
			if row["metonym_of"] != "" {
				e.metonymOf = row["metonym_of"]
			}
			if rank > 0 {
				e.rank = rank
			}
			f := b.addForm(e, "", row["name"], "curated")
			f.curated = true
			return nil
		}
		qid := row["qid"]
		if qid != "" && id != qid {
			return fmt.Errorf("%s: an entity with a QID takes the QID as its id", id)
		}
		if qid == "" && !strings.HasPrefix(id, "kb:") {
			return fmt.Errorf("%s: curated ids without a QID must start with \"kb:\"", id)
		}
		e := b.add(&ent{id: id, kind: row["kind"], country: row["country"], qid: qid, name: row["name"], rank: rank,
			sector: row["sector"], metonymOf: row["metonym_of"], src: "curated", curated: true})
		for _, f := range e.forms {
			f.curated = true
		}
		return nil
	})
}

func (b *builder) loadCuratedForms(path string) error {
	return readTSV(path, func(row map[string]string, _ int) error {
		id := b.resolve(row["id"])
		e, ok := b.ents[id]
		if !ok {
			return fmt.Errorf("form for unknown entity %s", row["id"])
		}
		if row["form"] == "" || row["source"] == "" {
			return fmt.Errorf("curated form needs a form and a source")
		}
		var flags []string
		if row["flags"] != "" {
			flags = strings.Split(row["flags"], ",")
		}
		f := b.addForm(e, row["lang"], row["form"], "curated", flags...)
		f.curated = true
		return nil
	})
}

func (b *builder) loadCuratedRoles(path string) error {
	return readTSV(path, func(row map[string]string, _ int) error {
		id := b.resolve(row["id"])
		e, ok := b.ents[id]
		if !ok {
			return fmt.Errorf("role for unknown entity %s", row["id"])
		}
		if row["office"] == "" || row["source"] == "" {
			return fmt.Errorf("curated role needs an office and a source")
		}
		for _, d := range []string{row["start"], row["end"]} {
			if !validDate(d) {
				return fmt.Errorf("bad date %q", d)
			}
		}
		country := row["country"]
		if row["start"] == "" {
			// closes the open term a table left running
			for i := range e.roles {
				r := &e.roles[i]
				if r.office == row["office"] && r.country == country && r.end == "" {
					r.end, r.src = row["end"], "curated"
					return nil
				}
			}
			for _, r := range e.roles {
				if r.office == row["office"] && r.country == country {
					return nil // the table has the term closed already
				}
			}
			return fmt.Errorf("%s: no %s role for %s to close", row["id"], row["office"], country)
		}
		for i := range e.roles {
			r := &e.roles[i]
			if r.office == row["office"] && r.country == country && r.start == row["start"] {
				r.end, r.src = row["end"], "curated"
				if row["title"] != "" {
					r.title = row["title"]
				}
				return nil
			}
		}
		b.addRole(e, role{row["office"], country, row["start"], row["end"], row["title"], "curated"})
		if r := officeRank(row["office"], row["end"]); r > e.rank && !e.curated {
			e.rank = r
		}
		if e.sector == "" {
			e.sector = sectorOf(row["title"])
		}
		return nil
	})
}

func (b *builder) loadCuratedRelations(path string) error {
	return readTSV(path, func(row map[string]string, _ int) error {
		id, target := b.resolve(row["id"]), b.resolve(row["target"])
		e, ok := b.ents[id]
		if !ok {
			return fmt.Errorf("relation from unknown entity %s", row["id"])
		}
		if _, ok := b.ents[target]; !ok {
			return fmt.Errorf("relation to unknown entity %s", row["target"])
		}
		if row["type"] == "" || row["source"] == "" {
			return fmt.Errorf("curated relation needs a type and a source")
		}
		e.rels = append(e.rels, rel{row["type"], target, "curated"})
		return nil
	})
}

func validDate(s string) bool {
	switch len(s) {
	case 0:
		return true
	case 4, 7, 10:
	default:
		return false
	}
	for i, c := range s {
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// Words never matched alone: function words of English and German, and
// words so frequent in news that a place or person of that name would be
// found everywhere.
var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an and are as at be but by for from had has have he her his i if in into is it its
		me my no not of on or our she so than that the their them then there they this to up us was we were what when where
		which who will with would you your said says say new more most all also can may one two just about after over
		der die das den dem des ein eine einer eines einem und oder aber in im am an auf aus bei mit nach von vom zu zum zur
		es er sie wir ihr ihm ihn man so wie was wo war ist hat sind sein nicht kein keine als ob um vor für über unter
		auch noch nur schon sehr mehr alle neue neuen neu heute jetzt dann doch ja nein mal da hier dort`) {
		stopWords[w] = true
	}
}

// filterForms drops forms that cannot be matched safely and flags the ones
// that are also common words. Curated forms are kept (and flagged).
func (b *builder) filterForms() {
	given, named := b.givenNames()
	// a word without its diacritics: "Uber" matches "Über" at the start of
	// a German sentence, as the matcher folds them alike
	bare := map[string]int{}
	for w, n := range b.common {
		if k := foldKey(w); k != w {
			bare[k] += n
		}
	}
	for _, e := range b.ents {
		kept := e.forms[:0]
		important := e.curated || e.rank >= 80 || e.kind == "country"
		for _, f := range e.forms {
			words := strings.FieldsFunc(f.text, func(r rune) bool { return r == ' ' || r == '-' || r == '\u2010' || r == '\u2011' })
			k := foldKey(f.text)
			letters, upper := 0, 0
			for _, r := range f.text {
				if unicode.IsLetter(r) {
					letters++
					if unicode.IsUpper(r) {
						upper++
					}
				}
			}
			acronym := letters >= 2 && upper == letters
			drop := k == "" || letters == 0
			if len(words) == 1 && !acronym && !f.flags[fAdj] {
				lw := strings.ToLower(f.text)
				n := b.common[lw]
				keep := f.curated || f.primary
				switch {
				case stopWords[lw] || len([]rune(k)) <= 2 && !f.curated:
					drop = !f.curated
				case n >= 3 && !keep:
					drop = true // "Mann", "Dabei", "Organization" as alternative names
				case n >= 20 && !important && !f.curated && f.text != e.name:
					drop = true
				case (n > 0 || bare[k] >= 3) && !f.flags[fName]:
					f.flags[fCommon] = true
				case given[f.text] && !f.curated && (f.flags[fSurname] && (e.rank < 70 || e.src == "phoenix") || e.kind == "location" && e.rank < 40):
					// "Thomas" as the surname of Tillman Thomas, "Michael" (a
					// parish of the Isle of Man): far more often a given name
					drop = true
				case given[f.text] && e.kind == "location":
					f.flags[fCommon] = true // "George" (the town)
				case named[f.text] && e.kind == "location" && f.src == "geonames" && !f.primary && !f.curated && e.rank < 80 &&
					e.country != "DEU" && e.country != "AUT" && e.country != "CHE":
					// another language's spelling of a far city that is a
					// given name here ("Tanja", Russian for Thane): one
					// person so named is evidence enough to leave the
					// spelling out, which the news of the city does not use
					drop = true
				}
				// "Sale" would match "Sales", "Han" "Hans": no inflection
				if b.common[lw+"s"] >= 3 || b.common[lw+"es"] >= 3 || b.common[k+"s"] >= 3 || b.common[k+"es"] >= 3 || given[f.text+"s"] {
					f.flags[fExact] = true
				}
			}
			if !drop {
				kept = append(kept, f)
			}
		}
		e.forms = kept
	}
}

// givenNames counts the first words of persons' names: words that start
// three or more names ("George", "Martin", "Hans") are given names, and a
// place or surname of that spelling is flagged as common. named holds every
// first word, for the weaker claims of alternate names.
func (b *builder) givenNames() (given, named map[string]bool) {
	n := map[string]int{}
	for _, e := range b.ents {
		if e.kind != "person" || familyFirst[e.country] {
			continue
		}
		if w := strings.Fields(e.name); len(w) > 1 {
			n[w[0]]++
		}
	}
	given, named = map[string]bool{}, map[string]bool{}
	for w, c := range n {
		named[w] = true
		if c >= 3 {
			given[w] = true
		}
	}
	return given, named
}
