package eval

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-news/dossier"
)

// Fixtures are written for these tests in the layouts of the real corpora.

const timemlFixture = `<?xml version="1.0" ?>
<TimeML>
<DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-04T10:00" temporalFunction="false" functionInDocument="CREATION_TIME">May 4, 2001</TIMEX3></DCT>
<TEXT>
The mayor &amp; council met <TIMEX3 tid="t1" type="DATE" value="2001-05-03">Thursday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="PT3H">three hours</TIMEX3>.
<EVENT eid="e1" class="OCCURRENCE">Talks</EVENT> resume <TIMEX3 tid="t3" type="DATE" value="2001-W19" mod="START">early next week</TIMEX3>.
</TEXT>
</TimeML>`

func TestParseTimeML(t *testing.T) {
	d, err := ParseTimeML([]byte(timemlFixture))
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != "T1" || d.DCT != "2001-05-04" || d.Lang != "en" {
		t.Errorf("got id %q dct %q lang %q", d.ID, d.DCT, d.Lang)
	}
	if len(d.Gold) != 3 {
		t.Fatalf("got %d gold expressions, want 3", len(d.Gold))
	}
	want := []GoldTimex{
		{Text: "Thursday", Type: "DATE", Value: "2001-05-03"},
		{Text: "three hours", Type: "DURATION", Value: "PT3H"},
		{Text: "early next week", Type: "DATE", Value: "2001-W19", Mod: "START"},
	}
	for i, g := range d.Gold {
		if d.Text[g.Start:g.End] != g.Text || g.Text != want[i].Text || g.Type != want[i].Type || g.Value != want[i].Value || g.Mod != want[i].Mod {
			t.Errorf("gold %d: got %+v, want %+v", i, g, want[i])
		}
	}
	if !strings.Contains(d.Text, "mayor & council") {
		t.Errorf("entities not decoded: %q", d.Text)
	}
}

const inlineFixture = `<DOC>
<DOCID>99_Test</DOCID>
<DOCTYPE SOURCE="wikipedia"> HISTORY ARTICLE </DOCTYPE>
<DATETIME> <TIMEX2 val="2011-02-16T17:00:00">2011-02-16T17:00:00</TIMEX2> </DATETIME>
<TEXT>
Die Brücke wurde am <TIMEX2 val="1921-04-12">12. April 1921</TIMEX2> eröffnet & <TIMEX2 val="P2Y">zwei Jahre</TIMEX2> später <TIMEX2 val="P1D" set="YES">täglich</TIMEX2> befahren, um <TIMEX2 val="1923-05-01T06:00">6 Uhr</TIMEX2>.
</TEXT>
</DOC>
`

func TestParseTIMEX2Inline(t *testing.T) {
	d, err := ParseTIMEX2Inline([]byte(inlineFixture))
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != "99_Test" || d.DCT != "2011-02-16" || d.Lang != "de" {
		t.Errorf("got id %q dct %q lang %q", d.ID, d.DCT, d.Lang)
	}
	want := []struct{ text, typ, val string }{
		{"12. April 1921", "DATE", "1921-04-12"}, {"zwei Jahre", "DURATION", "P2Y"}, {"täglich", "SET", "P1D"}, {"6 Uhr", "TIME", "1923-05-01T06:00"},
	}
	if len(d.Gold) != len(want) {
		t.Fatalf("got %d gold expressions, want %d", len(d.Gold), len(want))
	}
	for i, g := range d.Gold {
		if g.Text != want[i].text || d.Text[g.Start:g.End] != g.Text || g.Type != want[i].typ || g.Value != want[i].val {
			t.Errorf("gold %d: got %+v, want %+v", i, g, want[i])
		}
	}
}

// The APF fixture points into the SGML source with the tags removed (UTF-8
// bytes, inclusive end), as WikiWarsDE's keys do.
const sgmFixture = `<DOC>
<DOCID>99_Test</DOCID>
<DATETIME> 2011-02-16T17:00:00 </DATETIME>
<TEXT>
Im Mai 1945 endete der Krieg – nach fünf Jahren.
</TEXT>
</DOC>
`

func apfFixture(sgm string) string {
	plain := stripTags(sgm)
	idx := func(s string) (int, int) {
		i := strings.Index(plain, s)
		return i, i + len(s) - 1
	}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?>
<source_file><document DOCID="99_Test">`)
	for _, x := range []struct{ text, val string }{{"2011-02-16T17:00:00", "2011-02-16T17:00:00"}, {"Mai 1945", "1945-05"}, {"fünf Jahren", "P5Y"}} {
		s, e := idx(x.text)
		b.WriteString(`<timex2 ID="x" VAL="` + x.val + `"><timex2_mention ID="m"><extent><charseq START="` + itoa(s) + `" END="` + itoa(e) + `">` + x.text + `</charseq></extent></timex2_mention></timex2>`)
	}
	b.WriteString(`</document></source_file>`)
	return b.String()
}

func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func TestParseAPF(t *testing.T) {
	d, err := ParseAPF([]byte(apfFixture(sgmFixture)), []byte(sgmFixture))
	if err != nil {
		t.Fatal(err)
	}
	if d.DCT != "2011-02-16" || d.ID != "99_Test" {
		t.Errorf("got dct %q id %q", d.DCT, d.ID)
	}
	if len(d.Gold) != 2 || d.Gold[0].Text != "Mai 1945" || d.Gold[1].Text != "fünf Jahren" || d.Gold[1].Type != "DURATION" {
		t.Fatalf("got %+v", d.Gold)
	}
	for _, g := range d.Gold {
		if d.Text[g.Start:g.End] != g.Text {
			t.Errorf("span %d..%d is %q, want %q", g.Start, g.End, d.Text[g.Start:g.End], g.Text)
		}
	}
}

const meantimeFixture = `<?xml version="1.0" ?><Document doc_id="7" lang="en">
<token number="0" sentence="0" t_id="1">Plant</token>
<token number="1" sentence="0" t_id="2">closes</token>
<token number="2" sentence="1" t_id="3">May</token>
<token number="3" sentence="1" t_id="4">2</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2010</token>
<token number="6" sentence="2" t_id="7">It</token>
<token number="7" sentence="2" t_id="8">closed</token>
<token number="8" sentence="2" t_id="9">on</token>
<token number="9" sentence="2" t_id="10">Friday</token>
<token number="10" sentence="2" t_id="11">.</token>
<token number="11" sentence="3" t_id="12">Unannotated</token>
<Markables>
<TIMEX3 m_id="1" type="DATE" value="2010-05-02" functionInDocument="CREATION_TIME"><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<TIMEX3 m_id="2" type="DATE" value="2010-04-30" functionInDocument="NONE"><token_anchor t_id="10"/></TIMEX3>
<TIMEX3 m_id="3" type="DATE" value="2010-05" functionInDocument="NONE"/>
</Markables>
</Document>`

func TestParseMEANTIME(t *testing.T) {
	d, err := ParseMEANTIME([]byte(meantimeFixture))
	if err != nil {
		t.Fatal(err)
	}
	if d.DCT != "2010-05-02" || d.ID != "7" {
		t.Errorf("got dct %q id %q", d.DCT, d.ID)
	}
	if strings.Contains(d.Text, "Unannotated") {
		t.Errorf("text goes past the annotated sentences: %q", d.Text)
	}
	if len(d.Gold) != 2 || d.Gold[0].Text != "May 2, 2010" || d.Gold[1].Text != "Friday" {
		t.Fatalf("got %+v in %q", d.Gold, d.Text)
	}
}

func TestTimex2To3(t *testing.T) {
	tests := []struct{ val, mod, set, typ, value string }{
		{"1940-06-22TEV", "APPROX", "", "DATE", "1940-06-22TEV"},
		{"1939-09-01T04:45", "", "", "TIME", "1939-09-01T04:45"},
		{"P3D", "MORE_THAN", "", "DURATION", "P3D"},
		{"P1W", "", "YES", "SET", "P1W"},
		{"PRESENT_REF", "", "", "DATE", "PRESENT_REF"},
		{"PAST_REF", "", "", "DATE", "PAST_REF"},
	}
	for _, tt := range tests {
		typ, v, mod := Timex2To3(tt.val, tt.mod, tt.set)
		if typ != tt.typ || v != tt.value || mod != tt.mod {
			t.Errorf("%s: got %s %s %s", tt.val, typ, v, mod)
		}
	}
}

func TestCanonicalTimexValue(t *testing.T) {
	for _, p := range [][2]string{{"P1DE", "P10Y"}, {"P2CE", "P200Y"}, {"198X", "198"}, {"19XX", "19"}, {"2000-W7", "2000-W07"}, {"2000-W07", "2000-W07"}, {"xxxx-04", "XXXX-04"}, {"PAST_REF", "PAST_REF"}} {
		if got := CanonicalTimexValue(p[0]); got != p[1] {
			t.Errorf("%s: got %s, want %s", p[0], got, p[1])
		}
	}
}

type fixedAnnotator []dossier.TimeValue

func (f fixedAnnotator) Annotate(string, string, string) []dossier.TimeValue { return f }

func TestScoring(t *testing.T) {
	doc := &TimexDoc{ID: "d", Lang: "en", Text: "On Monday and last week and in 2020.", Gold: []GoldTimex{
		{Span: dossier.Span{Start: 3, End: 9}, Type: "DATE", Value: "2024-01-01"}, // Monday
		{Span: dossier.Span{Start: 14, End: 23}, Type: "DATE", Value: "2023-W52"}, // last week
		{Span: dossier.Span{Start: 31, End: 35}, Type: "DATE", Value: "2020"},     // 2020
	}}
	pred := fixedAnnotator{
		{Span: dossier.Span{Start: 3, End: 9}, Type: "DATE", Value: "2024-01-01"}, // strict, right
		{Span: dossier.Span{Start: 19, End: 23}, Type: "DATE", Value: "2023-W51"}, // relaxed, wrong value
		{Span: dossier.Span{Start: 24, End: 27}, Type: "DURATION", Value: "P1D"},  // spurious
	}
	c, err := EvaluateTimex(context.Background(), pred, []*TimexDoc{doc}, true)
	if err != nil {
		t.Fatal(err)
	}
	if c.Gold != 3 || c.Pred != 3 || c.Strict != 1 || c.Relaxed != 2 || c.ValueOK != 1 || c.TypeOK != 2 {
		t.Fatalf("counts %+v", c)
	}
	_, _, f := c.ValuePRF()
	if f < 0.333 || f > 0.334 {
		t.Errorf("value F1 %.4f, want 1/3", f)
	}
	var b bytes.Buffer
	if err := c.Report(&b, "en"); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	last := lines[len(lines)-1]
	if !strings.HasPrefix(last, "timex en: strict F1=0.333 relaxed F1=0.667 type=1.000 value F1=0.333") {
		t.Errorf("summary line %q", last)
	}
	if len(c.Errors) != 3 { // one wrong value, one miss, one spurious
		t.Errorf("got %d errors, want 3: %+v", len(c.Errors), c.Errors)
	}
}

func TestTimexErrorClasses(t *testing.T) {
	doc := &TimexDoc{ID: "d", Lang: "en", Text: "On Monday and Tuesday and last week, then in 2020.", Gold: []GoldTimex{
		{Span: dossier.Span{Start: 3, End: 9}, Type: "DATE", Value: "2024-01-01"},   // Monday
		{Span: dossier.Span{Start: 14, End: 21}, Type: "DATE", Value: "2024-01-02"}, // Tuesday
		{Span: dossier.Span{Start: 26, End: 35}, Type: "DATE", Value: "2023-W52"},   // last week
	}}
	pred := fixedAnnotator{
		{Span: dossier.Span{Start: 3, End: 9}, Type: "DATE", Value: "2024-01-08", Rule: "weekday", Anchor: "dct 2024-01-10"},
		{Span: dossier.Span{Start: 14, End: 21}, Type: "DATE", Value: "2024-01-09", Rule: "weekday", Anchor: "dct 2024-01-10"},
		{Span: dossier.Span{Start: 45, End: 49}, Type: "DATE", Value: "2020", Rule: "year"},
	}
	c, err := EvaluateTimex(context.Background(), pred, []*TimexDoc{doc}, true)
	if err != nil {
		t.Fatal(err)
	}
	want := []TimexErrorClass{{"value", "weekday", 2}, {"miss", "", 1}, {"spurious", "year", 1}}
	if got := c.ErrorClasses(); !slices.Equal(got, want) {
		t.Errorf("classes %+v, want %+v", got, want)
	}
	var b bytes.Buffer
	if err := c.Report(&b, "en"); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, "errors  miss 1, spurious 1, value 2\n") || !regexp.MustCompile(`\n  value +weekday +2\n`).MatchString(out) {
		t.Errorf("no error summary in report:\n%s", out)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if !strings.HasPrefix(lines[len(lines)-1], "timex en: ") {
		t.Errorf("the summary line is not last:\n%s", out)
	}
}

func TestTimexSplit(t *testing.T) {
	var docs []*TimexDoc
	for _, id := range []string{"e", "a", "c", "b", "d", "f"} {
		docs = append(docs, &TimexDoc{ID: id})
	}
	held, _ := TimexSplit(docs, "heldout", 3)
	dev, _ := TimexSplit(docs, "dev", 3)
	if len(held) != 2 || held[0].ID != "c" || held[1].ID != "f" || len(dev) != 4 {
		t.Errorf("held %v dev %v", ids(held), ids(dev))
	}
	if _, err := TimexSplit(docs, "test", 3); err == nil {
		t.Error("unknown part accepted")
	}
}

func ids(ds []*TimexDoc) []string {
	var s []string
	for _, d := range ds {
		s = append(s, d.ID)
	}
	return s
}

// TestLoadSharedGold reads the development corpora when they are present and
// checks their counts against the data sets' own documentation.
func TestLoadSharedGold(t *testing.T) {
	shared := os.Getenv("DOSSIER_SHARED")
	if shared == "" {
		shared = filepath.Join("..", "..", "shared")
	}
	ctx := context.Background()
	te3 := filepath.Join(shared, "data", "tempeval3", "TBAQ-cleaned")
	if _, err := os.Stat(te3); err != nil {
		t.Skipf("TempEval-3 data not found at %s", te3)
	}
	docs, err := LoadTimexGold(ctx, te3)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range docs {
		n += len(d.Gold)
		if d.DCT == "" {
			t.Errorf("%s: no DCT", d.ID)
		}
	}
	// SOURCE.md counts 1,243 + 579 TIMEX3 in TEXT.
	if len(docs) != 256 || n != 1822 {
		t.Errorf("TBAQ: %d documents, %d expressions; want 256, 1822", len(docs), n)
	}
	ww := filepath.Join(shared, "data", "wikiwarsde")
	inline, err := LoadTimexGold(ctx, filepath.Join(ww, "keyinline"))
	if err != nil {
		t.Fatal(err)
	}
	apf, err := LoadTimexGold(ctx, filepath.Join(ww, "key"))
	if err != nil {
		t.Fatal(err)
	}
	if len(inline) != len(apf) {
		t.Fatalf("inline %d documents, APF %d", len(inline), len(apf))
	}
	valueDiffs := 0
	for i := range inline {
		a, b := inline[i], apf[i]
		if a.Text != b.Text || len(a.Gold) != len(b.Gold) || a.DCT != b.DCT {
			t.Errorf("%s: inline and APF differ (%d vs %d expressions)", a.ID, len(a.Gold), len(b.Gold))
			continue
		}
		for k := range a.Gold {
			ga, gb := a.Gold[k], b.Gold[k]
			if ga.Span != gb.Span || ga.Text != gb.Text || ga.Type != gb.Type {
				t.Errorf("%s: expression %d differs: %+v vs %+v", a.ID, k, ga, gb)
				break
			}
			// The APF keys leave out most mods, and the two views disagree
			// on a value or two.
			if ga.Value != gb.Value {
				valueDiffs++
				t.Logf("%s: %q has value %q inline, %q in APF", a.ID, ga.Text, ga.Value, gb.Value)
			}
		}
	}
	if valueDiffs > 2 {
		t.Errorf("%d values differ between inline and APF keys", valueDiffs)
	}
}

func FuzzParseTimeML(f *testing.F) {
	f.Add([]byte(timemlFixture))
	f.Add([]byte("<TimeML><TEXT><TIMEX3 value='x'>a</TEXT>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ParseTimeML(b)
		if err == nil {
			checkDoc(t, d)
		}
	})
}

func FuzzParseTIMEX2Inline(f *testing.F) {
	f.Add([]byte(inlineFixture))
	f.Add([]byte("<TEXT><TIMEX2 val=\"1\">x</TIMEX2 </TIMEX2><TIMEX2>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ParseTIMEX2Inline(b)
		if err == nil {
			checkDoc(t, d)
		}
	})
}

func FuzzParseAPF(f *testing.F) {
	f.Add([]byte(apfFixture(sgmFixture)), []byte(sgmFixture))
	f.Fuzz(func(t *testing.T, apf, sgm []byte) {
		d, err := ParseAPF(apf, sgm)
		if err == nil {
			checkDoc(t, d)
		}
	})
}

func FuzzParseMEANTIME(f *testing.F) {
	f.Add([]byte(meantimeFixture))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ParseMEANTIME(b)
		if err == nil {
			checkDoc(t, d)
		}
	})
}

func checkDoc(t *testing.T, d *TimexDoc) {
	t.Helper()
	for _, g := range d.Gold {
		if g.Start < 0 || g.End < g.Start || g.End > len(d.Text) || d.Text[g.Start:g.End] != g.Text {
			t.Fatalf("bad gold span %d..%d in %d bytes", g.Start, g.End, len(d.Text))
		}
	}
}
