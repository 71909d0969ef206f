package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-news/dossier/event/internal/cameo"
)

const tableFixture = `# a table
04: CONSULT
040: CONSULT, ,  # Consult
042: CONSULT, visit,   # Make a visit
19: ASSAULT
190: ASSAULT, , military # Use conventional military force
`

const dictFixture = `&MILITARY
+TROOPS
# a comment line does not end a synset
+SOLDIER

---  SEND   [---]  ---
SEND {SENDS SENDING SENT }
DISPATCH [042]
+SHIP_OUT
- * &MILITARY                                         [190]         # SEND
- * {BEST WISHES}                                     [017]         # SEND
- WILL *                                              [040]
- * (FOR TALKS)                                       [040:040]
- * CONTROL                                           [:040]

---  VISIT   [042:043]  ---
VISIT
+CALL_ON
`

func TestParse(t *testing.T) {
	table, err := cameo.ParseTable(strings.NewReader(tableFixture))
	if err != nil {
		t.Fatal(err)
	}
	if p, ok := cameo.Lookup(table, "0421"); !ok || p.Type != "CONSULT" || p.Mode != "visit" {
		t.Errorf("0421 → %+v %v, want the parent 042", p, ok)
	}
	if p, ok := cameo.Lookup(table, "023"); !ok || p.Type != "REQUEST" {
		t.Errorf("023 → %+v, want REQUEST (appeals)", p)
	}
	if _, ok := cameo.Lookup(table, "010"); ok {
		t.Error("010 (a statement) must have no PLOVER type")
	}
	d, err := cameo.ParseDictionary(strings.NewReader(dictFixture))
	if err != nil {
		t.Fatal(err)
	}
	rows := Rows(d, table)
	got := map[string]string{}
	for _, r := range rows {
		got[r.Lemma+"|"+r.Cond] = r.Type + "/" + r.Mode + r.Flags
	}
	for k, want := range map[string]string{
		"send|obj=troop":     "ASSAULT/",
		"send|obj=soldier":   "ASSAULT/",
		"send|obj=best wish": "-/", // a statement: blocks the verb's default
		"send|prep=for:talk": "CONSULT/",
		"dispatch|":          "CONSULT/visit",
		"visit|":             "CONSULT/visit",
		"call on|":           "CONSULT/visit",
		"ship out|obj=troop": "",
		"send|":              "",
		"send|obj=control":   "CONSULT/rev", // only a reversed code: the object acts
	} {
		if got[k] != want {
			t.Errorf("%s: %q, want %q", k, got[k], want)
		}
	}
}

func TestMergeObjects(t *testing.T) {
	rows := []Row{
		{Lemma: "send", Cond: "obj=soldier", Type: "ASSAULT", Code: "190"},
		{Lemma: "send", Cond: "obj=troop", Type: "ASSAULT", Code: "190"},
		{Lemma: "send", Cond: "obj=troop;prep=to", Type: "AID", Code: "0743"},
		{Lemma: "send", Cond: "obj=tank;prep=to", Type: "AID", Code: "0743"},
		{Lemma: "send", Cond: "obj=wish", Type: "-", Code: "017"},
		{Lemma: "send", Cond: "prep=for:talk", Type: "CONSULT", Code: "040"},
		{Lemma: "get", Cond: "obj=support", Type: "SUPPORT", Code: "051", Flags: "rev"},
		{Lemma: "get", Cond: "obj=backing", Type: "SUPPORT", Code: "051"},
	}
	var got []string
	for _, r := range MergeObjects(rows) {
		got = append(got, r.Lemma+" "+r.Cond+" "+r.Type+r.Flags)
	}
	want := []string{
		"send obj=soldier|troop ASSAULT",
		"send obj=troop|tank;prep=to AID",
		"send obj=wish -",
		"send prep=for:talk CONSULT",
		"get obj=support SUPPORTrev",
		"get obj=backing SUPPORT",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("merged:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestGeneratedUpToDate regenerates the files from ../shared/data and
// compares them with the committed ones.
func TestGeneratedUpToDate(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "..", "shared", "data")
	if v := os.Getenv("DOSSIER_SHARED"); v != "" {
		shared = filepath.Join(v, "data")
	}
	if _, err := os.Stat(filepath.Join(shared, "phoenix-dictionaries", "CAMEO.2.0.txt")); err != nil {
		t.Skipf("shared data not found (%v)", err)
	}
	out := t.TempDir()
	if err := run(shared, out, filepath.Join("..", "..", "lexicon", "cues_en.tsv")); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"cameo2plover.tsv", "cameo_en.tsv.gz", "given_names.tsv"} {
		a := readMaybeGz(t, filepath.Join(out, name))
		b := readMaybeGz(t, filepath.Join("..", "..", "lexicon", name))
		if !bytes.Equal(a, b) {
			t.Errorf("lexicon/%s is stale: run go generate ./event", name)
		}
	}
}

func readMaybeGz(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(path, ".gz") {
		return data
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func FuzzParseDictionary(f *testing.F) {
	f.Add(dictFixture)
	f.Add("--- X\n- * (")
	f.Add("&A\n+B_\n--- V [1] ---\nV {\n- * &A [19:1]")
	table, _ := cameo.ParseTable(strings.NewReader(tableFixture))
	f.Fuzz(func(t *testing.T, s string) {
		d, err := cameo.ParseDictionary(strings.NewReader(s))
		if err != nil {
			return
		}
		rows := Rows(d, table)
		for _, r := range rows {
			if r.Lemma == "" || strings.ContainsAny(r.Lemma+r.Cond, "\t\n") {
				t.Errorf("bad row %+v", r)
			}
		}
		w := Words{Noun: map[string]int{}, Verb: map[string]int{}, Pattern: PatternWords(d)}
		for _, r := range rows {
			w.Verb[r.Lemma] = minVerb
		}
		for _, n := range Nominalisations(rows, w, nil) {
			if n.Lemma == "" || strings.ContainsAny(n.Lemma, "\t\n ") {
				t.Errorf("bad noun %+v", n)
			}
		}
	})
}

func FuzzParseTreebank(f *testing.F) {
	f.Add("# text = a\n1\tattacks\tattack\tNOUN\tNNS\t_\t0\troot\t_\t_\n\n")
	f.Add("1\tx\tX\tVERB\n1-2\tdon't\t_\t_\t_\n")
	f.Fuzz(func(t *testing.T, s string) {
		w, err := ParseTreebank(strings.NewReader(s))
		if err != nil {
			return
		}
		for l, n := range w.Noun {
			if n <= 0 || strings.ContainsAny(l, "\t\n") {
				t.Errorf("bad noun %q %d", l, n)
			}
		}
	})
}

func FuzzParseTable(f *testing.F) {
	f.Add(tableFixture)
	f.Add("012: ,\n0123:X")
	f.Fuzz(func(t *testing.T, s string) {
		table, err := cameo.ParseTable(strings.NewReader(s))
		if err != nil {
			return
		}
		for c, p := range table {
			if p.Type == "" || strings.ContainsAny(c+p.Type+p.Mode, "\t\n") {
				t.Errorf("bad entry %s %+v", c, p)
			}
		}
	})
}

func TestMajority(t *testing.T) {
	table, err := cameo.ParseTable(strings.NewReader(tableFixture))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		codes map[string]int
		want  string
	}{
		{"clear majority, most frequent code", map[string]int{"040": 1, "042": 2, "190": 1}, "042"},
		{"half is not a majority", map[string]int{"040": 1, "190": 1}, ""},
		{"statements vote against", map[string]int{"040": 2, "010": 1, "---": 1}, ""},
		{"two patterns are too few", map[string]int{"190": 2}, ""},
		{"unknown codes count against", map[string]int{"190": 2, "999": 3}, ""},
	} {
		got, ok := Majority(c.codes, table)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("%s: %q %v, want %q", c.name, got, ok, c.want)
		}
	}
}

func TestVotedDefault(t *testing.T) {
	const dict = `---  SHELL   [---]  ---
SHELL
POUND
- * &TOWN                                             [190]
- * POSITIONS                                         [190]
- * TARGETS                                           [190]
- * TABLE                                             [---]         # POUND
`
	// shell: three patterns, all ASSAULT; pound: three of four
	checkRows(t, dict, func(r Row) string { return r.Type + "/" + r.Flags }, map[string]string{"shell|": "ASSAULT/tgt", "pound|": "ASSAULT/tgt", "pound|obj=table": "-/"})
}

func TestParticlePatterns(t *testing.T) {
	const dict = `---  SET   [---]  ---
SET
- * OFF (FOR)                                         [042]         # SET
- * UP TALKS                                          [040]         # SET
- * DOWN                                              [190]         # SET
- * AT                                                [190]         # SET
`
	checkRows(t, dict, func(r Row) string { return r.Type + "/" + r.Flags }, map[string]string{
		"set off|prep=for": "CONSULT/",
		"set up|obj=talk":  "CONSULT/",
		"set down|":        "ASSAULT/tgt", // a bare phrasal verb needs a target
		"set at|":          "ASSAULT/tgt",
		"set|obj=at":       "", // a particle is not an object
		"set|":             "", // phrasal patterns do not vote for the verb alone
	})
}

func TestNominalisations(t *testing.T) {
	rows := []Row{
		{Lemma: "invade", Type: "COERCE", Mode: "seize", Code: "192"},
		{Lemma: "accuse", Type: "ACCUSE", Code: "112"},
		{Lemma: "deploy", Type: "MOBILIZE", Code: "154"},
		{Lemma: "refuse", Type: "REJECT", Code: "120", Flags: "tgt"}, // a voted default: no noun
		{Lemma: "shell", Type: "ASSAULT", Code: "194"},
		{Lemma: "fund", Type: "COOPERATE", Code: "061"},   // generic: no noun
		{Lemma: "guard", Type: "AID", Code: "074"},        // an agent noun
		{Lemma: "attack", Cond: "obj=x", Type: "ASSAULT"}, // not a default
		{Lemma: "protect", Type: "AID", Code: "074"},      // "protection" is in neither the treebank nor the patterns
		{Lemma: "deport", Type: "COERCE", Code: "174"},    // "deportation" is in the patterns
		{Lemma: "bomb", Type: "ASSAULT", Code: "195"},     // "bombing": an -ing noun needs two treebank uses
	}
	w := Words{
		Noun: map[string]int{"invasion": 5, "accusation": 3, "deployment": 2, "refusal": 4, "shelling": 2, "fund": 9,
			"guard": 7, "attack": 9, "bombing": 1},
		Verb:    map[string]int{"invade": 3, "accuse": 4, "deploy": 2, "refuse": 9, "shell": 2, "fund": 3, "guard": 2, "protect": 5, "deport": 2, "bomb": 3},
		Pattern: map[string]bool{"deportation": true, "bombing": true},
	}
	var got []string
	for _, n := range Nominalisations(rows, w, map[string]bool{"guard": true}) {
		got = append(got, n.Lemma+"<"+n.Verb+" "+n.Type)
	}
	want := []string{"accusation<accuse ACCUSE", "deployment<deploy MOBILIZE", "deportation<deport COERCE", "invasion<invade COERCE", "shelling<shell ASSAULT"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("nouns %v, want %v", got, want)
	}
	for _, c := range []struct{ verb, noun string }{
		{"negotiate", "negotiation"}, {"invade", "invasion"}, {"deport", "deportation"}, {"withdraw", "withdrawal"},
		{"deny", "denial"}, {"assist", "assistance"}, {"seize", "seizure"}, {"bomb", "bombing"}, {"shop", "shopping"},
	} {
		if !contains(derive(c.verb), c.noun) {
			t.Errorf("derive(%s) = %v, want %s among them", c.verb, derive(c.verb), c.noun)
		}
	}
}

func TestPatternConds(t *testing.T) {
	syn := map[string][]string{"&MEDIATION": {"mediation", "good offices"}}
	for _, c := range []struct {
		post string
		want string
	}{
		{"SHORT VISIT", "obj=short visit"},
		{"DEBATE ON", "obj=debate;prep=on"},
		{"&MEDIATION BETWEEN", "obj=mediation;prep=between obj=good office;prep=between"},
		{"(FOR {FINANCIAL AID})", "prep=for:financial aid"},
		{"TROOPS (TO +)", "obj=troop;prep=to"},
		{"TALKS (IN ^) (WITH)", ""}, // two phrases: too specific
		{"(TO LIST) WORDS", ""},     // words after a phrase
	} {
		got := strings.Join(patternConds(cameo.Tokens(c.post), syn), " ")
		if got != c.want {
			t.Errorf("%s: %q, want %q", c.post, got, c.want)
		}
	}
}

func TestReversedSlips(t *testing.T) {
	const dict = `---  OBTAIN   [---]  ---
OBTAIN
- * MORTARS                                           [190]         # OBTAIN
- * HOWITZERS                                         [:190]        # OBTAIN
- * TANKS                                             [:190]        # OBTAIN
- * ENVOY                                             [042]         # OBTAIN
- * VISITOR                                           [:042]        # OBTAIN
- * CLASHES                                           [190:190]     # OBTAIN


---  FIGHT   [---]  ---
FIGHT
- * MORTARS                                           [190]         # FIGHT
- * REBELS                                            [:190]        # FIGHT
`
	checkRows(t, dict, func(r Row) string { return r.Type + "/" + r.Flags }, map[string]string{
		"obtain|obj=mortar":   "ASSAULT/rev", // forward once, reversed twice in its block: a slip
		"obtain|obj=howitzer": "ASSAULT/rev",
		"obtain|obj=envoy":    "CONSULT/", // one each way: as written
		"obtain|obj=clash":    "ASSAULT/", // both ways in one pattern: no slip
		"fight|obj=mortar":    "ASSAULT/", // another block's reversals do not count
	})
}

func TestMajorityRow(t *testing.T) {
	const dict = `---  START   [---]  ---
START
- * TALKS                                             [190]         # START
- * TALKS                                             [040:040]     # START
- * TALKS                                             [042]         # START
- * RAID                                              [190]         # START
- * RAID                                              [040]         # START
`
	checkRows(t, dict, func(r Row) string { return r.Type + "/" + r.Code }, map[string]string{
		"start|obj=talk": "CONSULT/040", // two CONSULT codes of three outvote the first
		"start|obj=raid": "ASSAULT/190", // one each: the first stands
	})
}

// checkRows generates the rows of a dictionary fixture against the table
// fixture and checks, for each "lemma|cond" key of want, the value show
// gives its row ("" for no row).
func checkRows(t *testing.T, dict string, show func(Row) string, want map[string]string) {
	t.Helper()
	table, err := cameo.ParseTable(strings.NewReader(tableFixture))
	if err != nil {
		t.Fatal(err)
	}
	d, err := cameo.ParseDictionary(strings.NewReader(dict))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range Rows(d, table) {
		got[r.Lemma+"|"+r.Cond] = show(r)
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: %q, want %q", k, got[k], w)
		}
	}
}
