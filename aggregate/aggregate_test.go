package aggregate

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/dossier-news/dossier"
)

func TestSimHash(t *testing.T) {
	base := "The foreign minister arrived in the capital on Sunday for two days of talks on trade, energy and security. " +
		"He was received at the airport by his counterpart and later met the president. Both sides said the talks were constructive " +
		"and agreed to meet again before the end of the year. Officials declined to give details of any agreement."
	republished := "Minister begins visit\n" + base + " A joint statement is expected on Tuesday."
	other := "Heavy rain caused flooding in the northern provinces on Monday, cutting power to thousands of homes. " +
		"Rescue teams evacuated residents from low-lying villages while the weather service warned of more storms. " +
		"Schools stayed closed and several highways were blocked by landslides, local authorities said."
	if j := Jaccard(MinHash(base), MinHash(republished)); j < NearDuplicate {
		t.Errorf("republished article: similarity %.2f, want ≥ %.2f", j, NearDuplicate)
	}
	if j := Jaccard(MinHash(base), MinHash(other)); j >= 0.2 {
		t.Errorf("unrelated article: similarity %.2f", j)
	}
	shared := func(a, b Signature) bool {
		ba, bb := a.Bands(), b.Bands()
		for i := range ba {
			if ba[i] == bb[i] {
				return true
			}
		}
		return false
	}
	if !shared(MinHash(base), MinHash(republished)) {
		t.Error("near-duplicates share no band: they would never be compared")
	}
	if shared(MinHash(base), MinHash(other)) {
		t.Error("unrelated articles share a band")
	}
}

func TestMatchAndGroup(t *testing.T) {
	fp := Fingerprint{"e:Q423": true, "e:Q159": true, "e:Q80137": true, "t:2025-07-27": true, "n:10000": true, "v:AID:Q423>Q159": true, "e:Q1": true}
	de := Candidate{ID: "b", Lang: "de", Signature: MinHash("ein Text auf Deutsch über den Besuch"), Fingerprint: fp}
	en := Candidate{ID: "a", Lang: "en", Signature: MinHash("a text in English about the visit"), Fingerprint: fp}
	if got := Match(de, en); got != "translation" {
		t.Errorf("same content in two languages: %q", got)
	}
	en.Fingerprint = Fingerprint{"e:Q423": true, "e:Q30": true, "n:5": true, "t:2020-01": true, "e:Q2": true, "e:Q3": true}
	if got := Match(de, en); got != "" {
		t.Errorf("different content: %q", got)
	}
	groups := Group([][3]string{{"c", "b", "duplicate"}, {"b", "a", "translation"}, {"x", "y", "duplicate"}})
	if len(groups) != 2 || groups["a"].Kind != "translation" || len(groups["a"].Docs) != 3 || groups["x"].Kind != "duplicate" {
		t.Errorf("groups = %+v", groups)
	}
}

func ev(id, doc, published, typ, actor, target, date string) dossier.EventRecord {
	e := dossier.EventRecord{Doc: dossier.DocRef{ID: doc, Published: published}, Lang: "en"}
	e.ID, e.Type, e.Actor, e.Target, e.Modality = id, typ, actor, target, dossier.ModalityAsserted
	if date != "" {
		gran := map[int]string{4: "year", 7: "month", 10: "day"}[len(date)]
		e.Date = &dossier.EventDate{Value: date, Granularity: gran}
	}
	e.EvidenceText = "evidence of " + id
	// each event its own sentence: one sentence is one report
	n := 0
	for _, r := range id {
		n = n*31 + int(r)
	}
	e.Evidence = dossier.Span{Start: n, End: n + 1}
	return e
}

func TestStories(t *testing.T) {
	events := []dossier.EventRecord{
		ev("e1", "d1", "2025-07-31", "CONSULT", "RUS", "PRK", "2025-07-12"),
		ev("e2", "d2", "2025-07-13", "CONSULT", "PRK", "RUS", "2025-07-13"), // symmetric: same story
		ev("e3", "d3", "2025-08-01", "CONSULT", "RUS", "PRK", "2025-07"),    // month covers the day
		ev("e4", "d4", "2025-07-31", "CONSULT", "RUS", "PRK", "2025-03-02"), // another visit
		ev("e5", "d5", "2025-07-31", "AID", "PRK", "RUS", "2025-07-12"),     // another type
		ev("e6", "d6", "", "AID", "PRK", "RUS", ""),                         // undated, alone
		ev("e7", "d7", "", "AID", "PRK", "RUS", ""),                         // undated, duplicate of d6
		ev("e8", "d8", "2025-07-20", "CONSULT", "RUS", "PRK", "2025-07-16"), // 4 days from the anchor: apart
	}
	neg := ev("e9", "d9", "2025-07-31", "CONSULT", "RUS", "PRK", "2025-07-12")
	neg.Modality = dossier.ModalityNegated
	events = append(events, neg)
	groupOf := func(id string) string {
		if id == "d7" {
			return "d6"
		}
		return id
	}
	stories := storiesByKey(events, groupOf)
	summary := func(ss []dossier.Story) string {
		var parts []string
		for _, s := range ss {
			var ids []string
			for _, r := range s.Reports {
				ids = append(ids, r.Event)
			}
			parts = append(parts, strings.Join(sortStrings(ids), "+"))
		}
		return strings.Join(sortStrings(parts), " ")
	}
	want := "e1+e2+e3 e4 e5 e6+e7 e8"
	if got := summary(stories); got != want {
		t.Errorf("stories = %s, want %s", got, want)
	}
	// the same events in any order give the same stories
	rng := rand.New(rand.NewPCG(1, 1))
	for range 20 {
		shuffled := append([]dossier.EventRecord(nil), events...)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if again := storiesByKey(shuffled, groupOf); !reflect.DeepEqual(again, stories) {
			t.Fatalf("order changed the stories:\n%s\n%s", summary(again), summary(stories))
		}
	}
	for _, s := range stories {
		if len(s.Reports) == 3 && (s.Date.Value != "2025-07-12" || s.Actor != "RUS" || s.Target != "PRK") {
			t.Errorf("merged story = %+v", s)
		}
	}
}

func storiesByKey(events []dossier.EventRecord, groupOf func(string) string) []dossier.Story {
	var out []dossier.Story
	for _, evs := range GroupEvents(events) {
		out = append(out, Stories(evs, groupOf)...)
	}
	sortStories(out)
	return out
}

func sortStrings(s []string) []string {
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j] < s[i] {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
	return s
}

func sortStories(s []dossier.Story) {
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j].ID < s[i].ID {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
}

func TestRelations(t *testing.T) {
	events := []dossier.EventRecord{
		ev("a", "d1", "", "CONSULT", "lavrov", "PRK", "2023-04"),
		ev("b", "d2", "", "AID", "PRK", "RUS", "2023-09"),
		ev("c", "d2", "", "AID", "PRK", "RUS", "2023-09-15"),
		ev("d", "d3", "", "ACCUSE", "UKR", "PRK", "2024-01-05"),
		ev("e", "d4", "", "COOPERATE", "PRK", "RUS", ""),
	}
	stories := storiesByKey(events, nil)
	roll := func(id string) []string {
		if id == "lavrov" {
			return []string{"lavrov", "RUS"}
		}
		return []string{id}
	}
	rels := Relations(stories, roll)
	byPair := map[Pair]dossier.Relation{}
	for _, r := range rels {
		byPair[Pair{r.A, r.B}] = r
	}
	nk := byPair[PairOf("PRK", "RUS")]
	if nk.Events != 3 || nk.Reports != 4 || nk.From != "2023-04" || nk.To != "2023-09" || nk.Cooperation != 1+2+2 || nk.Conflict != 0 {
		t.Errorf("PRK–RUS = %+v", nk)
	}
	if len(nk.Months) != 2 || nk.Months[1].Types["AID"] != 1 || nk.Months[1].Reports != 2 {
		t.Errorf("PRK–RUS months = %+v", nk.Months)
	}
	if r := byPair[PairOf("lavrov", "PRK")]; r.Events != 1 {
		t.Errorf("lavrov–PRK = %+v", r)
	}
	if r := byPair[PairOf("PRK", "UKR")]; r.Conflict != 1 || r.Cooperation != 0 {
		t.Errorf("PRK–UKR = %+v", r)
	}
}

func TestClaims(t *testing.T) {
	q := func(v float64, unit, mod string) []dossier.Quantity {
		return []dossier.Quantity{{Value: v, Unit: unit, Modifier: mod}}
	}
	e1 := ev("e1", "en1", "2024-02-27", "AID", "PRK", "RUS", "2023-09")
	e1.Quantities = q(10000, "containers", "more than")
	e2 := ev("e2", "de1", "2025-07-31", "AID", "PRK", "RUS", "2025-07-31")
	e2.Quantities = q(1000, "Container", "Tausende")
	e3 := ev("e3", "en2", "2024-10-28", "MOBILIZE", "PRK", "RUS", "2024-10")
	e3.Quantities = q(10000, "soldiers", "")
	e4 := ev("e4", "de2", "2024-10-29", "MOBILIZE", "PRK", "RUS", "2024-10")
	e4.Quantities = q(12000, "Soldaten", "rund")
	e5 := ev("e5", "en3", "2024-10-30", "MOBILIZE", "PRK", "RUS", "2024-10")
	e5.Quantities = q(12000, "troops", "")
	stories := storiesByKey([]dossier.EventRecord{e1, e2, e3, e4, e5}, nil)
	threads := Claims(stories)
	byUnit := map[string]dossier.ClaimThread{}
	for _, th := range threads {
		byUnit[th.Unit] = th
	}
	c := byUnit["container"]
	if len(c.Claims) != 2 || c.Disagree {
		t.Errorf("containers: %+v (more than 10,000 and thousands agree)", c)
	}
	if c.Claims[0].High != nil || c.Claims[1].Low != 1000 {
		t.Errorf("container ranges: %+v", c.Claims)
	}
	s := byUnit["soldier"]
	if len(s.Claims) != 3 || !s.Disagree {
		t.Errorf("soldiers: %+v (10,000 and 12,000 do not agree)", s)
	}
}

func TestRangeOf(t *testing.T) {
	tests := []struct {
		v        float64
		mod      string
		low      float64
		unbound  bool
		contains []float64
		excludes []float64
	}{
		{10000, "more than", 10000, true, []float64{10001, 1e6}, []float64{10000, 9000}},
		{50, "bis zu", 0, false, []float64{50, 10}, []float64{51}},
		{10000, "", 9500, false, []float64{10000, 10400}, []float64{12000}},
		{10357, "", 10357, false, []float64{10357}, []float64{10358}},
		{1000, "Tausende", 1000, false, []float64{2000, 50000}, []float64{999}},
		{12000, "rund", 9600, false, []float64{10000, 14000}, []float64{15000}},
	}
	for _, tt := range tests {
		r := RangeOf(dossier.Quantity{Value: tt.v, Modifier: tt.mod})
		in := func(x float64) bool { return x >= r.Low && x <= r.High }
		for _, x := range tt.contains {
			if !in(x) {
				t.Errorf("%v %q = %+v, should contain %v", tt.v, tt.mod, r, x)
			}
		}
		for _, x := range tt.excludes {
			if in(x) {
				t.Errorf("%v %q = %+v, should exclude %v", tt.v, tt.mod, r, x)
			}
		}
	}
}

func TestNumber(t *testing.T) {
	for _, c := range []struct {
		in   string
		want float64
		ok   bool
	}{
		{"10,000", 10000, true},
		{"10.000", 10000, true},
		{"1,234,567", 1234567, true},
		{"2024", 2024, true},
		{"3.5", 0, false},
		{"3,25", 0, false},
		{"12a", 0, false},
		{"", 0, false},
		{"-5", 0, false},
	} {
		got, ok := number(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("number(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
