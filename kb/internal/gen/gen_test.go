package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func sharedData(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("DOSSIER_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "..", "shared")
	}
	dir = filepath.Join(dir, "data")
	if _, err := os.Stat(filepath.Join(dir, "kb-countries")); err != nil {
		t.Skipf("shared data not found at %s (set DOSSIER_SHARED): %v", dir, err)
	}
	return dir
}

func generate(t *testing.T, shared string) []byte {
	t.Helper()
	b := newBuilder()
	if err := b.build(shared, filepath.Join("..", "..", "curated")); err != nil {
		t.Fatal(err)
	}
	data, err := b.encode()
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestDeterministic: two runs give the same bytes, and the committed data
// file is what the generator makes from the current inputs.
func TestDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("generator run skipped in -short mode")
	}
	shared := sharedData(t)
	a := generate(t, shared)
	// The generator runs in one goroutine: under the race detector, which
	// makes a run take half a minute, one run compared with the committed
	// file is the check (a run that differed from run to run would differ
	// from it too, sooner or later).
	if !raceEnabled {
		b := generate(t, shared)
		if !bytes.Equal(a, b) {
			t.Fatal("two generator runs differ")
		}
	}
	committed, err := os.ReadFile(filepath.Join("..", "..", "data", "kb.tsv.gz"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, committed) {
		t.Error("kb/data/kb.tsv.gz is stale: run go generate ./kb")
	}
}

func TestTranslit(t *testing.T) {
	for in, want := range map[string]string{
		"Sergey Lavrov":         "Sergej Lawrow",
		"Volodymyr Zelenskyy":   "Wolodymyr Selenskyj",
		"Sergey Shoygu":         "Sergej Schoigu",
		"Dmitry Peskov":         "Dmitri Peskow",
		"Mikheil Saakashvili":   "Micheil Saakaschwili",
		"Nikol Pashinyan":       "Nikol Paschinjan",
		"Ilham Aliyev":          "Ilham Alijew",
		"Kassym-Jomart Tokayev": "Kassym-Jomart Tokajew",
		"Mikhail Mishustin":     "Michail Mischustin",
		"Valery Gerasimov":      "Waleri Gerassimow",
		"Yevgeny Prigozhin":     "Jewgeni Prigoschin",
	} {
		got := translitDE(in)
		if len(got) != 1 || got[0] != want {
			t.Errorf("translitDE(%q) = %v, want %q", in, got, want)
		}
	}
	if got := translitEN("Sergey Lavrov"); len(got) != 1 || got[0] != "Sergei Lavrov" {
		t.Errorf("translitEN = %v", got)
	}
}

func TestOffice(t *testing.T) {
	for _, tc := range []struct{ cc, pos, want string }{
		{"RU", "Minister of Foreign Affairs", ForeignMinister},
		{"GB", "Secretary of State for Foreign and Commonwealth Affairs", ForeignMinister},
		{"GB", "Minister of State for Foreign Affairs", "other"},
		{"US", "Secretary of State", ForeignMinister},
		{"US", "Secretary of Defence", DefenceMinister},
		{"US", "Deputy Secretary of Defence", "other"},
		{"IN", "Minister of External Affairs", ForeignMinister},
		{"FR", "Minister of the Armed Forces", DefenceMinister},
		{"IR", "Minister of Defence and Armed Forces Logistics", DefenceMinister},
		{"IR", "President", HeadOfGovernment},
		{"KP", "Supreme Leader", HeadOfState},
		{"CN", "Premier of the State Council", HeadOfGovernment},
		{"KR", "Prime Minister", "prime_minister"},
		{"AU", "Minister for Defence Materiel", "other"},
	} {
		if got := office(tc.cc, tc.pos)[0]; got != tc.want {
			t.Errorf("office(%s, %q) = %s, want %s", tc.cc, tc.pos, got, tc.want)
		}
	}
}

// parsePhoenixText parses an actor dictionary given as text.
func parsePhoenixText(t *testing.T, in string) []*pxBlock {
	t.Helper()
	path := filepath.Join(t.TempDir(), "actors.txt")
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	blocks, err := parsePhoenix(path)
	if err != nil {
		t.Fatal(err)
	}
	return blocks
}

func TestParsePhoenixBlocks(t *testing.T) {
	in := "ALPHA_MINISTRY_\n+ALPHA_OFFICE_\n\t[USAGOV]\n\n" +
		"BETA_DEPARTMENT_\n+BETA_AGENCY_\n\n" + // no codes: an actor of its own
		"GAMMA_ADMINISTRATION_\n\t[USAGOVHLH]\n"
	blocks := parsePhoenixText(t, in)
	var got []string
	for _, bl := range blocks {
		var codes []string
		for _, c := range bl.codes {
			codes = append(codes, c.code)
		}
		got = append(got, bl.name+"+"+strings.Join(bl.aliases, "+")+" "+strings.Join(codes, ","))
	}
	want := []string{
		"ALPHA_MINISTRY_+ALPHA_OFFICE_ USAGOV",
		"BETA_DEPARTMENT_+BETA_AGENCY_ USAGOVHLH",
		"GAMMA_ADMINISTRATION_+ USAGOVHLH",
	}
	if !slices.Equal(got, want) {
		t.Errorf("blocks:\n got %q\nwant %q", got, want)
	}
}

func FuzzParsePhoenix(f *testing.F) {
	f.Add("NATO_\n+NORTH_ATLANTIC_TREATY_ORGANIZATION_\n\t[IGOWSTNAT]# x\nSERGEY_LAVROV_  # CountryInfo.txt\n+LAVROV\n\t[RUSGOV >20040309]\n")
	f.Add("UN_ [IGOUNO]\nU.N._\n\t[IGOUNO 950701-951231][IGOWSTNAT 951205-991006]\n")
	f.Fuzz(func(t *testing.T, in string) {
		blocks := parsePhoenixText(t, in)
		b := newBuilder()
		b.iso3id["USA"], b.iso3id["RUS"] = "Q30", "Q159"
		ix := &pxIndex{given: map[string]bool{"john": true}, nations: map[string]string{}}
		for _, bl := range blocks {
			for _, c := range bl.codes {
				if !validDate(c.start) || !validDate(c.end) {
					t.Errorf("bad date in %+v", c)
				}
				if country, sector := b.codeParts(c.code); len(country) != 0 && len(country) != 3 || len(sector) != 0 && len(sector) != 3 {
					t.Errorf("codeParts(%q) = %q, %q", c.code, country, sector)
				}
				_ = b.codeRest(c.code)
			}
			_ = titleCase(bl.name)
			_ = placeCase(bl.name)
			n, p := splitParen(stripHonorific(bl.name))
			_ = isAcronym(p, n)
			_ = abbreviated(bl.name)
			_ = dropInitials(titleCase(n))
			_ = ix.personLike(bl.name, false)
			for _, a := range bl.aliases {
				_ = articleVariants(titleCase(a))
			}
		}
	})
}

func TestCodeParts(t *testing.T) {
	b := newBuilder()
	for _, c := range []string{"USA", "RUS", "PSE", "SYR", "MUS", "NAM", "TLS", "UNK"} {
		b.iso3id[c] = "id:" + c
	}
	for _, tc := range []struct{ code, country, sector string }{
		{"USAGOVMIL", "USA", "GOV"},
		{"IMGMUSRUSCNY", "RUS", "IMG"}, // MUS after the first part is a religion
		{"MUSGOV", "MUS", "GOV"},       // first: Mauritius
		{"INTREB", "", "REB"},          // a region is no sector
		{"MEAREB", "", "REB"},
		{"IGONAMDEV", "", "IGO"}, // what follows IGO names the organisation
		{"IGOUNO", "", "IGO"},
		{"PSEREBHMS", "PSE", "REB"},
		{"SYRREBMUS", "SYR", "REB"},
		{"TMPGOV", "TLS", "GOV"}, // CAMEO's East Timor
		{"KSVREB", "UNK", "REB"},
		{"ELI", "", "ELI"},
	} {
		c, s := b.codeParts(tc.code)
		if c != tc.country || s != tc.sector {
			t.Errorf("codeParts(%s) = %q, %q, want %q, %q", tc.code, c, s, tc.country, tc.sector)
		}
	}
}

func TestPersonLike(t *testing.T) {
	ix := &pxIndex{given: map[string]bool{"kofi": true, "john": true, "khaled": true, "abu": true, "osama": true},
		nations: map[string]string{"japanese": "JPN", "lebanon": "LBN"}}
	for _, tc := range []struct {
		raw   string
		ruler bool
		want  bool
	}{
		{"KOFI_ANNAN_", false, true},
		{"JOHN_KIRBY", false, true},
		{"SHEIKH_KHALED_MESHAAL", false, true}, // honorific
		{"OSAMA_BIN_LADEN", false, true},
		{"MARIA_SOLANO_", false, false}, // no known given name
		{"MARIA_SOLANO_", true, true},   // a ruler of an organisation
		{"ABU_SAYYAF", false, false},    // a group
		{"ABU_MUSAB_AL-ZARQAWI", false, true},
		{"JOHN_DEERE_INC_", false, false},
		{"KOFI_ANNAN_FOUNDATION_", false, false},
		{"JAPANESE_RED_", false, false},
		{"FOREIGN_MINISTER_JOHN_SMITH", false, false},
		{"BIN_LADEN", false, false},
		{"KHALED_AL", false, false}, // cut short
	} {
		if got := ix.personLike(tc.raw, tc.ruler); got != tc.want {
			t.Errorf("personLike(%s, %v) = %v, want %v", tc.raw, tc.ruler, got, tc.want)
		}
	}
}

// TestInferPersons: names of the country dictionary that are persons
// although neither a CountryInfo note nor a known given name says so, and
// organisations of a person's shape that stay organisations. The names are
// made up.
func TestInferPersons(t *testing.T) {
	in := `
# a run of office holders
TOMAS_VELKOR_  # CountryInfo.txt
	[XYZGOV 20010101-20050101]
ORMUND_BRAVIK_ #
	[XYZGOV > 20050102]
QUILLAN_DORSET_ #
	[XYZOPP]
SILVER_HARBOUR_
	[XYZCOP]
ZEDRIC_ANVAR_
+PRESIDENT_ANVAR
	[XYZGOV 20100101-20140101]
FAROUK_AL_MASRANI_ #
	[XYZOPP > 20120101]
RAYAN_EL_QATTARI
	[XYZREB]
PELLO_MARKSON
	[XYZGOV]
NORTHERN_LIGHTS
	[XYZOPP]
`
	b := newBuilder()
	b.iso3id["XYZ"] = "id:XYZ"
	b.add(&ent{id: "t:pello", kind: "person", country: "XYZ", name: "Pello Markson", src: "test"})
	b.add(&ent{id: "t:hadi", kind: "person", country: "XYZ", name: "Hadi al Masrani", src: "test"})
	blocks := parsePhoenixText(t, in)
	ix := b.phoenixIndex(blocks)
	ix.learnSurnames([][]*pxBlock{blocks})
	b.inferPersons(blocks, ix)
	want := map[string]bool{
		"ORMUND_BRAVIK_":     true,  // dated, next to a person of the country
		"QUILLAN_DORSET_":    false, // next to a person, but no terms
		"SILVER_HARBOUR_":    false,
		"ZEDRIC_ANVAR_":      true,  // "PRESIDENT_ANVAR"
		"FAROUK_AL_MASRANI_": true,  // a particle, and a known surname
		"RAYAN_EL_QATTARI":   false, // a particle, but no known surname
		"PELLO_MARKSON":      true,  // the tables have him
		"NORTHERN_LIGHTS":    false,
	}
	for _, bl := range blocks {
		w, ok := want[bl.name]
		if !ok {
			continue
		}
		delete(want, bl.name)
		if bl.named != w {
			t.Errorf("%s: named = %v, want %v", bl.name, bl.named, w)
		}
	}
	for name := range want {
		t.Errorf("%s: not parsed", name)
	}
}

func TestDemonyms(t *testing.T) {
	for _, tc := range []struct {
		word  string
		stems []string
		want  bool
	}{
		{"bosnian", []string{"bosnia", "herzegovina"}, true},
		{"bosnians", []string{"bosnia"}, true},
		{"kenyan", []string{"kenya"}, true},
		{"bosniah", []string{"bosnia"}, false},
		{"beirut", []string{"lebanon"}, false},
	} {
		if got := adjectiveOf(tc.word, tc.stems); got != tc.want {
			t.Errorf("adjectiveOf(%s) = %v", tc.word, got)
		}
	}
	for _, tc := range []struct {
		word string
		adjs []string
		want bool
	}{
		{"croat", []string{"croatian"}, true},
		{"pole", []string{"polish"}, true},
		{"swede", []string{"swedish"}, true},
		{"turk", []string{"turkish"}, true},
		{"russie", []string{"russian"}, false}, // French name of Russia
		{"male", []string{"maldivian"}, false}, // the Maldives' capital
		{"tunis", []string{"tunisian"}, true},  // the caller drops names of other entities
	} {
		if got := demonymOf(tc.word, tc.adjs); got != tc.want {
			t.Errorf("demonymOf(%s) = %v", tc.word, got)
		}
	}
}

func TestNameRules(t *testing.T) {
	if n, p := splitParen("BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_"); n != "BASQUE_FATHERLAND_AND_FREEDOM_" || p != "ETA" || !isAcronym(p, n) {
		t.Errorf("splitParen = %q, %q", n, p)
	}
	if n, p := splitParen("DIRECT_ACTION_(GREECE)_"); isAcronym(p, n) {
		t.Errorf("GREECE is no acronym")
	}
	if n, p := splitParen("ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_"); !isAcronym(p, n) {
		t.Errorf("AAIA is an acronym of %s", n)
	}
	if got := articleVariants("Omar al Bashir"); len(got) != 2 || got[1] != "Omar el Bashir" {
		t.Errorf("articleVariants = %v", got)
	}
	if got := dropInitials("James D. Wolfensohn"); got != "James Wolfensohn" {
		t.Errorf("dropInitials = %q", got)
	}
	if !patronymic(strings.Fields("Mohammed bin Salman Al Saud")) || patronymic(strings.Fields("Carlos Saul Menem")) {
		t.Error("patronymic")
	}
	for name, want := range map[string]bool{"Eastern Province": true, "Central District": true, "Western Darfur": false, "Sindh": false} {
		if genericPlace(name) != want {
			t.Errorf("genericPlace(%s) != %v", name, want)
		}
	}
	if got := placeCase("ST._LAWRENCE_RIVER"); got != "St. Lawrence River" {
		t.Errorf("placeCase = %q", got)
	}
}

// TestAddFormKeepsNames: a name spelt like a demonym stays a name.
func TestAddFormKeepsNames(t *testing.T) {
	b := newBuilder()
	e := b.add(&ent{id: "x", kind: "country", name: "Polen"})
	b.addForm(e, "de", "Polen", "curated", fAdj, fDem)
	b.addForm(e, "de", "Polen", "curated", fAdj, fDem) // merged into the demonym
	var name, dem int
	for _, f := range e.forms {
		if f.text == "Polen" {
			if f.flags[fAdj] {
				dem++
			} else {
				name++
			}
		}
	}
	if name != 1 || dem != 1 {
		t.Errorf("Polen: %d names, %d demonyms, want 1 and 1", name, dem)
	}
}

func TestGoodExonym(t *testing.T) {
	tests := []struct {
		alt, name, ascii string
		want             bool
	}{
		{"Moskau", "Moskva", "Moscow", true},
		{"Pjöngjang", "Pyongyang", "Pyongyang", true},
		{"Kuwait by", "Kuwait City", "Kuwait City", false}, // Danish "by": town
		{"Mexico by", "Mexico City", "Mexico City", false},
		{"Den Haag", "The Hague", "The Hague", false}, // starts otherwise
		{"MOW", "Moskva", "Moscow", false},
		{"Dar es-Salaam", "Dar es Salaam", "Dar es Salaam", true},
	}
	for _, tt := range tests {
		if got := goodExonym(tt.alt, tt.name, tt.ascii); got != tt.want {
			t.Errorf("goodExonym(%q, %q, %q) = %v, want %v", tt.alt, tt.name, tt.ascii, got, tt.want)
		}
	}
}
