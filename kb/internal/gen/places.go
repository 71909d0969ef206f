package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// Countries whose smaller towns are in the news the KB is built for (the
// Korean peninsula, the war in Ukraine): every GeoNames place of 15,000
// people or more is kept for them; elsewhere places of 100,000 or more,
// capitals, and places with a curated exonym.
var focusPlaces = map[string]int{"KP": 15000, "KR": 15000, "UA": 15000, "BY": 15000, "RU": 50000, "IL": 15000, "PS": 15000,
	// the German-speaking countries, whose towns German news names every day
	"DE": 15000, "AT": 15000, "CH": 15000, "LI": 15000, "LU": 15000}

// smallTowns are the countries whose towns under 100,000 people are kept
// although their names are often German words or surnames.
var smallTowns = map[string]bool{"DE": true, "AT": true, "CH": true, "LI": true, "LU": true}

// europeTowns are the European countries whose towns of 15,000 people or
// more German news names for holidays, sport and regional affairs (Kos,
// Lillehammer, Grosseto); their names are often words or surnames elsewhere,
// so the towns under 100,000 link only where the recogniser agrees that a
// place is named. Britain is left out: its towns' names are English words
// ("Reading", "Bath").
var europeTowns = map[string]bool{"IT": true, "FR": true, "NL": true, "BE": true, "DK": true, "PL": true, "CZ": true,
	"GR": true, "ES": true, "PT": true, "HR": true, "SI": true, "HU": true, "SK": true, "NO": true, "SE": true, "FI": true}

// europeTown reports whether e is a place of one of the europeTowns.
func (b *builder) europeTown(e *ent) bool {
	for cc := range europeTowns {
		if b.iso2[cc] == e.country {
			return e.kind == "location"
		}
	}
	return false
}

// Countries whose first-level divisions (oblasts, provinces, states) are kept.
var focusAdmin1 = map[string]bool{"RU": true, "UA": true, "BY": true, "KP": true, "KR": true, "US": true, "CN": true, "JP": true, "DE": true, "IR": true}

type placeOverride struct{ qid, name, src string }

type exonym struct{ lang, text, src string }

func (b *builder) loadPlaces(shared, curated string) error {
	over := map[string]placeOverride{}
	if err := readTSV(filepath.Join(curated, "places.tsv"), func(row map[string]string, _ int) error {
		over[row["geonameid"]] = placeOverride{row["qid"], row["name"], row["source"]}
		return nil
	}); err != nil {
		return err
	}
	exo := map[string][]exonym{}
	if err := readTSV(filepath.Join(curated, "exonyms.tsv"), func(row map[string]string, _ int) error {
		exo[row["geonameid"]] = append(exo[row["geonameid"]], exonym{row["lang"], row["form"], row["source"]})
		return nil
	}); err != nil {
		return err
	}
	f, err := os.Open(filepath.Join(shared, "kb-geonames/cities15000.tsv"))
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	seen := map[string]bool{}
	altPop := map[string]int{} // population of the place altPlace holds for a key
	var bare []bareName        // names with a qualifier in brackets, by their first part
	var qualified []bareName   // names with a qualifier in words ("Marburg an der Lahn"), by their first part
	for line := 0; sc.Scan(); line++ {
		if line == 0 {
			continue
		}
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 19 {
			return fmt.Errorf("cities15000 line %d: %d fields", line+1, len(c))
		}
		gid, name, ascii, alts, code, cc := c[0], c[1], c[2], c[3], c[7], c[8]
		pop := atoi(c[14])
		capital := code == "PPLC"
		_, hasExo := exo[gid]
		_, hasOver := over[gid]
		keep := capital || hasExo || hasOver || (pop >= 100000 && code != "PPLX")
		if min, ok := focusPlaces[cc]; ok && pop >= min && code != "PPLX" {
			keep = true
		}
		if europeTowns[cc] && pop >= 15000 && code != "PPLX" && (pop >= 100000 || strings.ContainsAny(name, " -") || b.common[strings.ToLower(name)] == 0) {
			// a foreign town named by a word ("Best", "Goes", "Lens",
			// "Bra") is rarely in German or English news, and its name
			// would read the word as a place
			keep = true
		}
		if !keep || b.skip["geonames|"+gid] {
			continue
		}
		iso3 := b.iso2[cc]
		id := "geonames:" + gid
		o := over[gid]
		if o.qid != "" {
			id = o.qid
		}
		display := name
		if strings.ContainsAny(name, "ŏŭŎŬ") {
			display = ascii // McCune–Reischauer breves: "Wonsan" reads better than "Wŏnsan"
		}
		if o.name != "" {
			display = o.name
		}
		// kb.Info.Town reads these bands: 35–39 a town, 40 and up a city
		rank := 35
		if pop > 0 {
			rank = 40 + int(5*math.Log10(float64(pop)/1e5))
		}
		rank = min(max(rank, 30), 75)
		e := &ent{id: id, kind: "location", country: iso3, qid: o.qid, name: display, rank: rank, src: "geonames"}
		if capital {
			e.rank = 80
			e.metonymOf = iso3
			if cid, ok := b.iso3id[iso3]; ok {
				e.rels = append(e.rels, rel{"capital_of", cid, "geonames"})
			}
		}
		e = b.add(e)
		seen[gid] = true
		var flags []string
		if (smallTowns[cc] || europeTowns[cc]) && !capital && !hasExo && !hasOver && pop < 100000 && !strings.ContainsAny(name, " -") {
			// many of these names are words too ("Zug", "Haar", "Löhne")
			// or surnames ("Haan"): linked only where the recogniser
			// agrees that a place is named
			flags = append(flags, fCommon)
		}
		b.addPrimary(e, "", name, "geonames", flags...)
		b.addPrimary(e, "", ascii, "geonames", flags...)
		if i := strings.Index(name, " ("); i > 0 && smallTowns[cc] {
			bare = append(bare, bareName{e, iso3, name[:i]})
		}
		if i := townQualifier(name); i > 0 && smallTowns[cc] {
			qualified = append(qualified, bareName{e, iso3, name[:i]})
		}
		if rest, ok := cutTownStatus(name); ok && smallTowns[cc] {
			bare = append(bare, bareName{e, iso3, rest})
			if o.name == "" {
				e.name = rest
			}
		}
		altSet := map[string]bool{}
		for _, a := range strings.Split(alts, ",") {
			altSet[a] = true
			if a != "" && isLatin(a) {
				k := iso3 + "|" + foldKey(a)
				old, ok := b.altPlace[k]
				switch {
				case !ok || old == e.id:
					b.altPlace[k], altPop[k] = e.id, pop
				case old != "" && altPop[k] >= 5*pop:
					// a town far smaller than the city that has the name
					// too (Frankfurt an der Oder beside Frankfurt am Main)
				case old != "" && pop >= 5*altPop[k]:
					b.altPlace[k], altPop[k] = e.id, pop
				default:
					b.altPlace[k] = "" // two places of the country have it
				}
			}
		}
		for _, x := range exo[gid] {
			src := "curated"
			if altSet[x.text] {
				src = "geonames" // the exonym is among GeoNames' alternate names
			}
			fm := b.addForm(e, x.lang, x.text, src)
			fm.curated = true
		}
		if capital || pop >= 1000000 {
			for _, a := range strings.Split(alts, ",") {
				if goodExonym(a, name, ascii) {
					b.addForm(e, "", a, "geonames")
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	for _, n := range bare {
		// "Halle (Saale)" is written "Halle", unless a far bigger town has
		// the bare name ("Frankfurt" is Frankfurt am Main, not an der Oder)
		if id := b.altPlace[n.iso3+"|"+foldKey(n.text)]; id == n.e.id {
			b.addForm(n.e, "", n.text, "geonames", fCommon)
		}
	}
	for gid := range exo {
		if !seen[gid] && !strings.HasPrefix(gid, "admin1:") {
			return fmt.Errorf("exonyms.tsv: geonameid %s is not a kept place", gid)
		}
	}
	b.qualified = qualified
	return b.loadAdmin1(shared, exo)
}

// addQualifiedTowns names a town whose name has a qualifier in words by its
// first part ("Marburg an der Lahn" is written "Marburg"), once every table
// is read: only where no other place, division or name of the tables has
// it ("Brandenburg" is the state, "Frankfurt" Frankfurt am Main) and no far
// bigger town of the country shares it.
func (b *builder) addQualifiedTowns() {
	taken := map[string]bool{}
	for _, e := range b.ents {
		for _, f := range e.forms {
			taken[foldKey(f.text)] = true
		}
	}
	for _, n := range b.qualified {
		if k := foldKey(n.text); !taken[k] && b.altPlace[n.iso3+"|"+k] == n.e.id {
			b.addForm(n.e, "", n.text, "geonames", fCommon)
		}
	}
}

// townStatus are the honorific titles German towns carry in their official
// names ("Hansestadt Stade", "Universitäts- und Hansestadt Greifswald"),
// which the news leaves out.
var townStatus = []string{"Universitäts- und Hansestadt ", "Hansestadt ", "Lutherstadt ", "Universitätsstadt "}

// bareName is a place's name without its qualifier, and the place.
type bareName struct {
	e          *ent
	iso3, text string
}

// townQualifiers locate a German town by its river, region or neighbour
// ("Marburg an der Lahn", "Bernau bei Berlin", "Neumarkt in der
// Oberpfalz"); the news names most of these towns without it.
var townQualifiers = []string{" am ", " an der ", " bei ", " in der ", " im ", " in ", " ob der "}

// townQualifier returns where a town's qualifier begins in its name, or 0.
func townQualifier(name string) int {
	for _, q := range townQualifiers {
		if i := strings.Index(name, q); i > 0 {
			return i
		}
	}
	return 0
}

// cutTownStatus returns a town's name without its status title.
func cutTownStatus(name string) (string, bool) {
	for _, p := range townStatus {
		if rest, ok := strings.CutPrefix(name, p); ok && rest != "" {
			return rest, true
		}
	}
	return name, false
}

// goodExonym accepts an alternate name of a big city when it is written in
// the German/English alphabet, capitalised, at least four letters long, not
// an all-capitals code, and starts like the place's own name — so "Moskau",
// "Moskva", "Pjöngjang" pass and "MOW", "Federal City", "mo si ke" do not.
func goodExonym(a, name, ascii string) bool {
	rs := []rune(a)
	if len(rs) < 4 || len(rs) > 30 || !unicode.IsUpper(rs[0]) {
		return false
	}
	upper := 0
	for _, r := range rs {
		switch {
		case r >= 'a' && r <= 'z', strings.ContainsRune("äöüß", r):
		case r >= 'A' && r <= 'Z', strings.ContainsRune("ÄÖÜ", r):
			upper++
		case r == ' ' || r == '-':
		default:
			return false
		}
	}
	if upper > 2 || strings.Count(a, " ") > 1 {
		return false
	}
	// a lower-case last word is another language's word for a town
	// (Danish "Kuwait by", "Mexico by"): in English it swallows "by"
	// ("Dar es-Salaam", "Shubra al-Khayma" keep their particles)
	if i := strings.LastIndexByte(a, ' '); i >= 0 && i+1 < len(a) && !unicode.IsUpper([]rune(a[i+1:])[0]) && !strings.Contains(a[i+1:], "-") {
		return false
	}
	first := unicode.ToLower(rs[0])
	if first != unicode.ToLower([]rune(ascii)[0]) && first != unicode.ToLower([]rune(name)[0]) {
		return false
	}
	// close to the place's own name: Moskau, Moskva (Moscow), Pjöngjang
	// (Pyongyang), Kiew (Kyiv); not Phenian, Maeskuy, Mat-xco-va
	k := foldKey(a)
	return editDistance(k, foldKey(ascii)) <= 3 || editDistance(k, foldKey(name)) <= 3
}

// editDistance is the Levenshtein distance between a and b (in runes).
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func (b *builder) loadAdmin1(shared string, exo map[string][]exonym) error {
	data, err := os.ReadFile(filepath.Join(shared, "kb-geonames/admin1.tsv"))
	if err != nil {
		return err
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	if len(lines) == 0 || !strings.HasPrefix(lines[0], "#region_code\tname\tname_ascii\tgeoname_id") {
		return fmt.Errorf("admin1.tsv: unexpected header")
	}
	for _, line := range lines[1:] {
		c := strings.Split(line, "\t")
		if len(c) != 4 {
			return fmt.Errorf("admin1.tsv: %d fields in %q", len(c), line)
		}
		if err := b.addAdmin1(c[0], c[1], c[2], c[3], exo); err != nil {
			return err
		}
	}
	return nil
}

func (b *builder) addAdmin1(code, name, ascii, gid string, exo map[string][]exonym) error {
	cc, _, _ := strings.Cut(code, ".")
	if b.skip["geonames|"+gid] {
		return nil
	}
	iso3 := b.iso2[cc]
	if !focusAdmin1[cc] {
		// Elsewhere a division is kept when its name can be matched
		// safely: not a common word ("Centre", "Delta"), not only words of
		// direction and kind ("Eastern Province", "Central District",
		// which many countries have), not a country's name.
		if iso3 == "" || genericPlace(ascii) || b.countryName(ascii) || !strings.Contains(ascii, " ") && b.wordLike(ascii) {
			return nil
		}
	}
	e := b.add(&ent{id: "geonames:" + gid, kind: "location", country: iso3, name: name, rank: 30, src: "geonames"})
	b.addPrimary(e, "", ascii, "geonames")
	for _, x := range exo["admin1:"+gid] {
		fm := b.addForm(e, x.lang, x.text, "curated")
		fm.curated = true
	}
	// "Kursk Oblast" is "the Kursk region" in English news and "die
	// Region/das Gebiet/die Oblast Kursk" in German.
	for _, suffix := range []string{" Oblast", " Oblast'", " Krai", " Province", " Region"} {
		if base, ok := strings.CutSuffix(ascii, suffix); ok && base != "" {
			b.addForm(e, "en", base+" region", "rule")
			b.addForm(e, "en", base+" Region", "rule")
			b.addForm(e, "de", "Region "+base, "rule")
			b.addForm(e, "de", "Gebiet "+base, "rule")
			b.addForm(e, "de", "Oblast "+base, "rule")
			break
		}
	}
	// "Sindh Province", "Kano State", "Al Anbar Governorate" are also
	// named without the kind of division; "Western Darfur" is also "West
	// Darfur".
	base := ascii
	for _, suffix := range adminSuffixes {
		if b, ok := strings.CutSuffix(ascii, suffix); ok && b != "" {
			base = b
			break
		}
	}
	if base != ascii && !genericPlace(base) && !b.countryName(base) && (strings.Contains(base, " ") || !b.wordLike(base)) {
		b.addForm(e, "", base, "rule")
	}
	for _, d := range [][2]string{{"Western ", "West "}, {"Eastern ", "East "}, {"Northern ", "North "}, {"Southern ", "South "}} {
		for _, n := range []string{ascii, base} {
			if rest, ok := strings.CutPrefix(n, d[0]); ok && rest != "" && !genericPlace(rest) {
				b.addForm(e, "", d[1]+rest, "rule")
			}
		}
	}
	return nil
}

// adminSuffixes are the kinds of first-level division that names carry.
var adminSuffixes = []string{" Province", " Region", " Governorate", " State", " District", " Department", " Prefecture",
	" County", " Oblast", " Oblast'", " Krai", " Division", " Municipality", " Territory", " Parish", " Atoll"}

// Words of direction and kind: a division named only by them ("Northern
// Region", "Central Province") is not a name to match on its own.
var genericWords = map[string]bool{"north": true, "south": true, "east": true, "west": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "central": true, "centre": true, "center": true, "upper": true,
	"lower": true, "middle": true, "greater": true, "capital": true, "coast": true, "coastal": true, "islands": true,
	"island": true, "lakes": true, "mountain": true, "mountains": true, "highlands": true, "plateau": true, "valley": true,
	"river": true, "sea": true, "littoral": true, "interior": true, "national": true, "federal": true, "special": true,
	"autonomous": true, "region": true, "province": true, "governorate": true, "state": true, "district": true,
	"department": true, "city": true, "territory": true, "county": true, "municipality": true, "division": true,
	"capitale": true, "centro": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true, "north-east": true, "north-west": true,
	"south-east": true, "south-west": true, "of": true, "the": true, "and": true, "zone": true, "area": true,
	// French, Spanish and Portuguese names of divisions ("Centrale", "Nord-Ouest")
	"centrale": true, "nord": true, "sud": true, "est": true, "ouest": true, "nord-ouest": true, "nord-est": true,
	"sud-ouest": true, "sud-est": true, "norte": true, "sur": true, "sul": true, "oriental": true, "occidental": true,
	"maritime": true, "plateaux": true, "savanes": true, "région": true, "región": true, "de": true,
	"la": true, "del": true, "provincia": true, "departamento": true, "estado": true, "distrito": true}

func genericPlace(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if !genericWords[w] {
			return false
		}
	}
	return true
}

// countryName reports whether name is a name of a country.
func (b *builder) countryName(name string) bool {
	if b.cnames == nil {
		b.cnames = map[string]bool{}
		for _, id := range b.iso3id {
			for _, f := range b.ents[id].forms {
				b.cnames[foldKey(f.text)] = true
			}
		}
	}
	return b.cnames[foldKey(name)]
}

// wordLike reports whether a one-word name is also a common word: the
// treebanks tag it as one, or the NER gold leaves it outside names ("Zug").
func (b *builder) wordLike(w string) bool {
	lw := strings.ToLower(w)
	return b.common[lw] > 0 || b.outside[lw] >= 2
}
