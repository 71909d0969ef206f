package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Fixtures are written for these tests in the formats of the gold files;
// the sentences are invented.

const petrarchFixture = `<Validation>
<Environment>
    <Actorfile>actors.txt</Actorfile>
</Environment>
<Sentences>
<!-- a comment -->
<Sentence date="20240105" id="T-01" category="DEMO" sentence="true">
<EventCoding sourcecode="RUSGOV" targetcode="UKR" eventcode="190"></EventCoding>
<EventCoding sourcecode="UKR" targetcode="RUS" eventcode="010"></EventCoding>
<Text>
Russian forces shelled the town
of Example &amp; its suburbs.
</Text>
<Parse>(ROOT (S (NP (NNP Russia))))</Parse>
</Sentence>
<Sentence date="20240106" id="T-02" category="DEMO" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
<Sentence id="T-03" date="20240107"/>
<EventCoding eventcode="042" sourcecode="---GOV" targetcode="FRA" />
<Text>A minister visited France.</Text>
</Sentence>
<Sentence date="20240108" id="T-04" sentence="true">
<EventCoding error="bad_input_parse" />
<Text>France sent aid to Chad.</Text>
</Sentence>
<Sentence date="20240108" id="T-05" sentence="true">
<EventCoding error="storydiscard" />
<Text>France won the cup against Chad.</Text>
</Sentence>
</Sentences>
</Validation>`

func TestParsePETRARCH(t *testing.T) {
	f, err := ParsePETRARCH([]byte(petrarchFixture))
	if err != nil {
		t.Fatal(err)
	}
	if f.Actorfile != "actors.txt" {
		t.Errorf("actor file %q", f.Actorfile)
	}
	if len(f.Records) != 5 {
		t.Fatalf("%d records, want 5", len(f.Records))
	}
	// a broken input parse says nothing about the sentence; a discard does
	if !f.Records[3].Unscored || f.Records[4].Unscored {
		t.Errorf("unscored: %v %v, want true false", f.Records[3].Unscored, f.Records[4].Unscored)
	}
	var c EventCounts
	c.ScoreEvents(&f.Records[3], []ProducedEvent{{Actor: "FRA", Target: "TCD", Type: "AID"}}, false)
	c.ScoreEvents(&f.Records[4], []ProducedEvent{{Actor: "FRA", Target: "TCD", Type: "ASSAULT"}}, false)
	if c.Extra != 1 || c.Neutral != 1 || c.Produced != 2 || c.Expected != 0 {
		t.Errorf("counts %+v, want one extra (the discard) and one neutral", c)
	}
	r := f.Records[0]
	if r.ID != "T-01" || r.Date != "2024-01-05" || r.Text != "Russian forces shelled the town of Example & its suburbs." {
		t.Errorf("record 1: %+v", r)
	}
	if len(r.Expected) != 1 || r.Expected[0].Type != "ASSAULT" || r.Expected[0].Source != "RUSGOV" || r.Expected[0].Target != "UKR" {
		t.Errorf("record 1 expected %+v", r.Expected)
	}
	if len(r.Neutral) != 1 || r.Neutral[0].Code != "010" {
		t.Errorf("record 1 neutral %+v (a public statement has no PLOVER type)", r.Neutral)
	}
	if !f.Records[1].NoEvents || len(f.Records[1].Expected) != 0 {
		t.Errorf("record 2: %+v", f.Records[1])
	}
	// self-closed opener, attributes in another order, unknown source
	r = f.Records[2]
	if r.Text != "A minister visited France." || len(r.Expected) != 0 || len(r.Neutral) != 1 || r.Neutral[0].Type != "CONSULT" {
		t.Errorf("record 3: %+v", r)
	}
	if _, err := ParsePETRARCH([]byte("<Validation></Validation>")); err == nil {
		t.Error("no records: want an error")
	}
}

const ploverFixture = `[
 {"id": "DOC-1", "event": "DOCUMENT", "comment": "header"},
 {"id": "X-1", "date": "2000-01-01", "event": "DEMAND",
  "source": [{"actorText": "Ruritania", "code": "RUR", "sector": "GOV"}],
  "target": [{"actorText": "Freedonia", "code": "FRE"}, {"actorText": "Sylvania", "code": "SYL"}],
  "text": "Ruritania demanded that Freedonia and Sylvania withdraw.",
  "textInfo": {"markup": "(SRC: Ruritania) (EVT: demanded) that (TAR: Freedonia) and (TAR: Sylvania) withdraw."}},
 {"id": "X-2", "event": "AGREE", "target": "",
  "source": [{"code": "RUR"}, {"code": "FRE"}],
  "text": "Ruritania and Freedonia agreed to cooperate.",
  "textInfo": {"markup": "(SRC/TAR: Ruritania) and (SRC/TAR: Freedonia) (EVT: agreed) to cooperate."}},
 {"id": "X-3", "event": "PROTEST", "source": [{"code": "RUR"}], "target": "",
  "text": "Ruritanians protested.", "textInfo": "plain"}
]`

func TestParsePLOVERGSR(t *testing.T) {
	recs, err := ParsePLOVERGSR([]byte(ploverFixture))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 {
		t.Fatalf("%d records, want 3 (the DOCUMENT record is skipped)", len(recs))
	}
	got := func(r EventRecord) string {
		var b strings.Builder
		for _, e := range r.Expected {
			b.WriteString(e.Source + ">" + e.Target + ":" + e.Type + " ")
		}
		return strings.TrimSpace(b.String())
	}
	for i, want := range []string{
		"RUR>FRE:REQUEST RUR>SYL:REQUEST", // DEMAND is REQUEST now; one event per target
		"RUR>FRE:AGREE FRE>RUR:AGREE",     // reciprocal
		"RUR>:PROTEST",
	} {
		if g := got(recs[i]); g != want {
			t.Errorf("record %d: %s, want %s", i+1, g, want)
		}
		if !recs[i].IntentAsType {
			t.Errorf("record %d: PLOVER records code intentions as types", i+1)
		}
	}
	if recs[0].Date != "2000-01-01" {
		t.Errorf("record 1 date %q: a date other records do not share is kept", recs[0].Date)
	}
	same, err := ParsePLOVERGSR([]byte(`[{"id":"a","date":"2000-01-01","event":"PROTEST","text":"One.","source":[{"code":"RUR"}]},
		{"id":"b","date":"2000-01-01","event":"PROTEST","text":"Two.","source":[{"code":"RUR"}]}]`))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range same {
		if r.Date != "" {
			t.Errorf("%s: date %q, want none (one date on every record is a placeholder)", r.ID, r.Date)
		}
	}
	fixed, err := ParsePLOVERGSR([]byte(`[{"id":"c","event":"CONSULT","text":"Three.","source":[{"code":"JAP"}],"target":[{"code":"ngo"},{"code":"RUR"}]}]`))
	if err != nil {
		t.Fatal(err)
	}
	want := []GoldEvent{{Source: "JPN", Target: "IGO", Type: "CONSULT"}, {Source: "JPN", Target: "RUR", Type: "CONSULT"}}
	if got := fixed[0].Expected; len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("codes %+v, want %+v (old country codes and NGO mapped, others kept)", got, want)
	}
	for _, bad := range []string{"", "{}", "[]", `[{"id":"a"}]`} {
		if _, err := ParsePLOVERGSR([]byte(bad)); err == nil {
			t.Errorf("%q: want an error", bad)
		}
	}
}

const actorFixture = `<!-- ACTORS -->
RURITANIA [RUR]
+RURITANIAN
+ZENDA  # the capital

KING_RUDOLF
	[RURGOV 19900101 - 19991231]
	[RURELI >000101]
FREEDONIA_  [FRE]
`

func TestParseActorDict(t *testing.T) {
	as, err := ParseActorDict(strings.NewReader(actorFixture))
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 3 {
		t.Fatalf("%d actors, want 3", len(as))
	}
	if got := strings.Join(as[0].Names, "|"); got != "RURITANIA|RURITANIAN|ZENDA" {
		t.Errorf("names %s", got)
	}
	rudolf := &as[1]
	for _, c := range []struct{ date, want string }{
		{"1995-06-01", "RURGOV"}, {"2001-01-01", "RURELI"}, {"", "RURELI"},
	} {
		if got := rudolf.CodeAt(c.date); got != c.want {
			t.Errorf("code on %q = %s, want %s", c.date, got, c.want)
		}
	}
	k, err := ActorKB(as)
	if err != nil {
		t.Fatal(err)
	}
	if c := k.Lookup("Ruritanian", "en"); len(c) == 0 || c[0].Country != "RUR" {
		t.Errorf("Ruritanian: %+v", c)
	}
	coder := DictCoder(as)
	if got := coder("petr:1", "1995-06-01"); got != "RUR" {
		t.Errorf("coder = %q", got)
	}
}

func TestScoreEvents(t *testing.T) {
	rec := &EventRecord{
		Expected: []GoldEvent{{Source: "RUSGOV", Target: "UKR", Type: "ASSAULT"}, {Source: "UKR", Target: "", Type: "REQUEST"}},
		Neutral:  []GoldEvent{{Source: "RUS", Target: "USA", Code: "010"}},
	}
	var c EventCounts
	c.ScoreEvents(rec, []ProducedEvent{
		{Actor: "RUS", Target: "UKR", Type: "COERCE"},  // recovered, wrong type
		{Actor: "RUS", Target: "USA", Type: "ACCUSE"},  // neutral
		{Actor: "UKR", Target: "RUS", Type: "REQUEST"}, // extra: the gold has no target
	}, true)
	if c.Recovered != 1 || c.TypeCorrect != 0 || c.Extra != 1 || c.Neutral != 1 || c.Expected != 2 || c.Produced != 3 {
		t.Errorf("counts %+v", c)
	}
	if len(c.Errors) != 1 || len(c.Errors[0].Missed) != 1 || len(c.Errors[0].Mistyped) != 1 {
		t.Errorf("errors %+v", c.Errors)
	}
	var b strings.Builder
	if err := c.Report(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "events: recall=0.500 extra=0.333 type accuracy=0.000 (expected 2, produced 3)") {
		t.Errorf("report:\n%s", b.String())
	}
}

func TestErrorClasses(t *testing.T) {
	g := func(src, tgt string) GoldEvent { return GoldEvent{Source: src, Target: tgt, Type: "ACCUSE"} }
	p := func(a, t string) ProducedEvent { return ProducedEvent{Actor: a, Target: t, Type: "ACCUSE"} }
	for _, c := range []struct {
		name     string
		expected []GoldEvent
		produced []ProducedEvent
		want     map[string]int
	}{
		{"nothing produced", []GoldEvent{g("RUS", "UKR")}, nil, map[string]int{ClassNoEvent: 1}},
		{"no target", []GoldEvent{g("RUS", "UKR")}, []ProducedEvent{p("RUS", "")},
			map[string]int{ClassTargetMissing: 1, ClassExtraNearMiss: 1}},
		{"target where none", []GoldEvent{g("RUS", "")}, []ProducedEvent{p("RUS", "UKR")},
			map[string]int{ClassTargetExtra: 1, ClassExtraNearMiss: 1}},
		{"other target", []GoldEvent{g("RUS", "UKR")}, []ProducedEvent{p("RUS", "USA")},
			map[string]int{ClassTargetWrong: 1, ClassExtraNearMiss: 1}},
		{"uncoded actor", []GoldEvent{g("RUS", "UKR")}, []ProducedEvent{p("", "UKR")},
			map[string]int{ClassActorUncoded: 1, ClassExtraNearMiss: 1}},
		{"swapped", []GoldEvent{g("RUS", "UKR")}, []ProducedEvent{p("UKR", "RUS")},
			map[string]int{ClassReversed: 1, ClassExtraNearMiss: 1}},
		{"second trigger", []GoldEvent{g("RUS", "UKR")}, []ProducedEvent{p("RUS", "UKR"), p("UKR", "USA")},
			map[string]int{ClassExtraSecond: 1}},
		{"other coding matched", []GoldEvent{g("RUS", "UKR"), g("USA", "UKR")}, []ProducedEvent{p("RUS", "UKR")},
			map[string]int{ClassNoTrigger: 1}},
		{"no gold event", nil, []ProducedEvent{p("RUS", "UKR")}, map[string]int{ClassExtraNoGold: 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var cs EventCounts
			cs.ScoreEvents(&EventRecord{Expected: c.expected}, c.produced, false)
			if len(cs.Classes) != len(c.want) {
				t.Errorf("classes %v, want %v", cs.Classes, c.want)
			}
			for k, n := range c.want {
				if cs.Classes[k] != n {
					t.Errorf("%s = %d, want %d (all %v)", k, cs.Classes[k], n, cs.Classes)
				}
			}
		})
	}
}

func TestPLOVERIntent(t *testing.T) {
	for _, c := range []struct{ typ, mod, want string }{
		{"AID", "planned", "AGREE"}, {"ASSAULT", "planned", "THREATEN"}, {"AID", "asserted", "AID"}, {"REQUEST", "planned", "REQUEST"},
		{"AGREE", "negated", "REJECT"}, {"ASSAULT", "negated", "ASSAULT"},
	} {
		if got := ploverIntent(c.typ, c.mod); got != c.want {
			t.Errorf("ploverIntent(%s, %s) = %s, want %s", c.typ, c.mod, got, c.want)
		}
	}
}

func TestEventSplit(t *testing.T) {
	recs := make([]EventRecord, 10)
	dev, _ := EventSplit(recs, "dev", 5)
	held, _ := EventSplit(recs, "heldout", 5)
	if len(dev) != 8 || len(held) != 2 {
		t.Errorf("dev %d, held out %d", len(dev), len(held))
	}
	if _, err := EventSplit(recs, "test", 5); err == nil {
		t.Error("unknown part: want an error")
	}
}

func TestEventSplitMergesCodings(t *testing.T) {
	a := GoldEvent{Source: "ARN", Target: "GON", Type: "AID"}
	b := GoldEvent{Source: "ARN", Target: "ROH", Type: "REJECT"}
	recs := []EventRecord{
		{ID: "1", Text: "Arnor opened its border to Gondor but not to Rohan.", Expected: []GoldEvent{a}, OneCoding: true},
		{ID: "2", Text: "Rohan rode to Gondor.", OneCoding: true},
		{ID: "3", Text: "Arnor opened its border to Gondor but not to Rohan.", Expected: []GoldEvent{b}, OneCoding: true},
		{ID: "4", Text: "A repeated unit test.", Expected: []GoldEvent{a}},
		{ID: "5", Text: "A repeated unit test.", Expected: []GoldEvent{a}},
	}
	got, err := EventSplit(recs, "all", 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 4 || got[0].ID != "1+3" || len(got[0].Expected) != 2 || got[0].Expected[1] != b {
		t.Errorf("merged: %+v", got)
	}
	if len(recs[0].Expected) != 1 {
		t.Error("the input records were changed")
	}
	// a held-out record is not merged into a dev one
	dev, _ := EventSplit(recs, "dev", 3)
	if len(dev) != 4 {
		t.Errorf("dev part: %d records, want 4", len(dev))
	}
}

func FuzzParsePETRARCH(f *testing.F) {
	f.Add([]byte(petrarchFixture))
	f.Add([]byte(`<Sentence id="a"><Text>x</Text><EventCoding sourcecode='A' eventcode=042>`))
	f.Add([]byte(`<Sentence <Text></Text>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		pf, err := ParsePETRARCH(data)
		if err != nil {
			return
		}
		for _, r := range pf.Records {
			if r.ID == "" {
				t.Errorf("record without id")
			}
		}
	})
}

func FuzzParsePLOVERGSR(f *testing.F) {
	f.Add([]byte(ploverFixture))
	f.Add([]byte(`[{"event":"AGREE","text":"x","source":"","target":[{"code":""}]}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, err := ParsePLOVERGSR(data)
		if err != nil {
			return
		}
		for _, r := range recs {
			for _, e := range r.Expected {
				if e.Source == "" {
					t.Errorf("expected event without source: %+v", e)
				}
			}
		}
	})
}

func FuzzParseActorDict(f *testing.F) {
	f.Add(actorFixture)
	f.Add("A [B\n\t[C <2020]\n+\n[")
	f.Fuzz(func(t *testing.T, data string) {
		as, err := ParseActorDict(strings.NewReader(data))
		if err != nil {
			return
		}
		for i := range as {
			as[i].CodeAt("2000-01-01")
		}
		if _, err := ActorKB(as); err != nil {
			// names the knowledge base refuses are a data problem, not a crash
			return
		}
	})
}

func TestTitleName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"MINAS TIRITH", "Minas Tirith"},
		{"PRINCE OF DOL AMROTH", "Prince of Dol Amroth"},
		{"THE SHIRE", "The Shire"},
		{"U.N.", "U.N."},
		{"IMF", "IMF"},
		{"GROUP OF 77", "Group of 77"},
	} {
		if got := titleName(c.in); got != c.want {
			t.Errorf("titleName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestActorKBDropsLeadingThe checks that a dictionary name with a leading
// article is also found without it ("the Shire" inside a sentence).
func TestActorKBDropsLeadingThe(t *testing.T) {
	k, err := ActorKB([]DictActor{{Names: []string{"THE SHIRE"}, Codes: []DatedCode{{Code: "SHR"}}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"The Shire", "Shire"} {
		if len(k.Lookup(name, "en")) == 0 {
			t.Errorf("%q is not a name of the actor", name)
		}
	}
}

func TestLoadEventGoldErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct{ name, content, want string }{
		{"empty", "", "no <Sentence> records: not a PETRARCH validation file (XML) nor PLOVER GSR records (a JSON array)"},
		{"json lines", `{"text":"Paris protested."}` + "\n", "no <Sentence> records: not a PETRARCH"},
		{"unterminated", "<Sentences><Sentence id=\"a\"", "record 1: unterminated <Sentence"},
	}
	for _, tt := range tests {
		path := filepath.Join(dir, tt.name)
		if err := os.WriteFile(path, []byte(tt.content), 0o644); err != nil {
			t.Fatal(err)
		}
		_, _, err := LoadEventGold(path)
		if err == nil || !strings.HasPrefix(err.Error(), path+": ") || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %s: …%s…", tt.name, err, path, tt.want)
		}
	}
}
