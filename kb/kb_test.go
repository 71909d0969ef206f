package kb

import (
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
)

var (
	loadOnce sync.Once
	loaded   *KB
	loadErr  error
)

func testKB(t testing.TB) *KB {
	t.Helper()
	loadOnce.Do(func() { loaded, loadErr = Load() })
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return loaded
}

func countryID(t testing.TB, k *KB, iso3 string) string {
	t.Helper()
	e, ok := k.Country(iso3)
	if !ok {
		t.Fatalf("no country %s", iso3)
	}
	return e.ID
}

func TestSize(t *testing.T) {
	k := testKB(t)
	if k.Len() < 2500 {
		t.Errorf("%d entities, want at least 2,500", k.Len())
	}
	if k.NumForms() < 20000 {
		t.Errorf("%d surface forms, want at least 20,000", k.NumForms())
	}
	kinds := map[dossier.EntityKind]int{}
	k.All(func(in *Info) bool { kinds[in.Kind]++; return true })
	for _, kind := range []dossier.EntityKind{dossier.KindCountry, dossier.KindPerson, dossier.KindOrganization, dossier.KindLocation} {
		if kinds[kind] < 200 {
			t.Errorf("%d entities of kind %s", kinds[kind], kind)
		}
	}
	t.Logf("%d entities (%v), %d forms", k.Len(), kinds, k.NumForms())
}

func TestEveryRowHasASource(t *testing.T) {
	k := testKB(t)
	tags := map[string]bool{}
	for _, s := range k.Sources() {
		if s.Licence == "" || s.Attribution == "" {
			t.Errorf("source %s without licence or attribution", s.Tag)
		}
		tags[s.Tag] = true
	}
	k.All(func(in *Info) bool {
		if !tags[in.Source] {
			t.Errorf("%s: unknown source %q", in.ID, in.Source)
		}
		for _, f := range in.Forms {
			if !tags[f.Source] {
				t.Errorf("%s %q: unknown source %q", in.ID, f.Text, f.Source)
			}
		}
		for _, r := range in.Roles {
			if !tags[r.Source] {
				t.Errorf("%s role %s: unknown source %q", in.ID, r.Office, r.Source)
			}
		}
		return true
	})
}

// TestFormsMatchThemselves: every surface form, typed as text, finds its
// own entity.
func TestFormsMatchThemselves(t *testing.T) {
	k := testKB(t)
	bad := 0
	k.All(func(in *Info) bool {
		for _, f := range in.Forms {
			cs := k.Lookup(f.Text, f.Lang)
			if !slices.ContainsFunc(cs, func(c Candidate) bool { return c.ID == in.ID }) {
				if bad++; bad <= 20 {
					t.Errorf("%s: form %q (%s) does not match its entity; got %v", in.ID, f.Text, f.Lang, cs)
				}
			}
		}
		return true
	})
	if bad > 0 {
		t.Errorf("%d forms do not match themselves", bad)
	}
}

func TestEntityData(t *testing.T) {
	k := testKB(t)
	prk, ok := k.Country("PRK")
	if !ok || prk.Name != "North Korea" || prk.Wikidata != "Q423" || prk.Kind != dossier.KindCountry || prk.Country != "PRK" {
		t.Errorf("North Korea: %+v", prk)
	}
	for _, tc := range []struct {
		id, name, country string
		kind              dossier.EntityKind
	}{
		{"Q58217", "Sergey Lavrov", "RUS", dossier.KindPerson},
		{"Q56226", "Kim Jong Un", "PRK", dossier.KindPerson},
		{"kb:kim-yo-jong", "Kim Yo Jong", "PRK", dossier.KindPerson},
		{"kb:kcna", "Korean Central News Agency", "PRK", dossier.KindOrganization},
		{"kb:nis", "National Intelligence Service", "KOR", dossier.KindOrganization},
		{"Q7184", "NATO", "", dossier.KindOrganization},
		{"kb:g7", "G7", "", dossier.KindOrganization},
		{"Q18808", "Pyongyang", "PRK", dossier.KindLocation},
		{"kb:auswaertiges-amt", "Federal Foreign Office", "DEU", dossier.KindOrganization},
	} {
		e, ok := k.Entity(tc.id)
		if !ok {
			t.Errorf("%s missing", tc.id)
			continue
		}
		if e.Name != tc.name || e.Country != tc.country || e.Kind != tc.kind {
			t.Errorf("%s = %+v, want %s %s %s", tc.id, e, tc.name, tc.country, tc.kind)
		}
	}
	if in, _ := k.Info("Q18808"); in == nil || in.MetonymOf != "PRK" {
		t.Errorf("Pyongyang should stand for PRK's government: %+v", in)
	}
	if in, _ := k.Info("kb:kpa"); in == nil || in.Sector != "MIL" {
		t.Errorf("KPA sector: %+v", in)
	}
}

// TestEventActors: actors that event data names, with kind, country and
// sector as an event coder needs them. Most come from the tables by rule;
// rows marked "curated" are in kb/curated.
func TestEventActors(t *testing.T) {
	k := testKB(t)
	for _, tc := range []struct {
		name, lang string
		kind       dossier.EntityKind
		country    string
		sector     string
		flags      Flags
	}{
		// persons of the International dictionary (IGO officials)
		{"Kofi Annan", "en", dossier.KindPerson, "", "IGO", 0},
		{"Trygve Lie", "en", dossier.KindPerson, "", "IGO", 0},
		{"James D. Wolfensohn", "en", dossier.KindPerson, "", "IGO", 0},
		// leaders of the CountryInfo lists: full name, surname, given
		// name and surname of a longer name, article variants
		{"Robert Mugabe", "en", dossier.KindPerson, "ZWE", "GOV", 0},
		{"Mugabe", "en", dossier.KindPerson, "ZWE", "GOV", Surname},
		{"Carlos Menem", "en", dossier.KindPerson, "ARG", "GOV", 0},
		{"Omar el-Bashir", "en", dossier.KindPerson, "SDN", "GOV", 0},
		{"Bashir", "en", dossier.KindPerson, "SDN", "GOV", Surname},
		{"William Perry", "en", dossier.KindPerson, "USA", "GOV", 0},
		// typed by a CountryInfo note on an alternative's line
		{"Muammar Gaddafi", "en", dossier.KindPerson, "LBY", "GOV", 0},
		// a person listed under an organisation's code
		{"John Kirby", "en", dossier.KindPerson, "USA", "MIL", 0},
		// organisations the dictionaries have, with their countries
		{"Amnesty International", "en", dossier.KindOrganization, "", "NGO", 0}, // curated; the dictionary's joins it
		{"Human Rights Watch", "en", dossier.KindOrganization, "", "NGO", 0},
		{"World Food Program", "en", dossier.KindOrganization, "", "IGO", 0},
		{"Islamic Salvation Front", "en", dossier.KindOrganization, "DZA", "REB", 0}, // curated country
		{"Armed Islamic Group", "en", dossier.KindOrganization, "DZA", "REB", 0},
		{"Japanese Red Army", "en", dossier.KindOrganization, "JPN", "REB", 0},         // coded INTREB: country from the name
		{"Pro-Chechen Wahhabi Group", "en", dossier.KindOrganization, "RUS", "IMG", 0}, // IMGMUSRUSCNY: MUS is Muslim here
		{"Boko Haram", "en", dossier.KindOrganization, "NGA", "REB", 0},
		{"Bundesrat", "de", dossier.KindOrganization, "DEU", "GOV", 0},
		{"Bundestag", "de", dossier.KindOrganization, "DEU", "LEG", 0},
		// places: listed under a country, GeoNames divisions, territories
		{"Darfur", "en", dossier.KindLocation, "SDN", "", 0},
		{"West Darfur", "en", dossier.KindLocation, "SDN", "", 0},
		{"Golan Heights", "en", dossier.KindLocation, "SYR", "", 0},
		{"Sindh", "en", dossier.KindLocation, "PAK", "", 0},
		{"Scotland", "en", dossier.KindLocation, "GBR", "", 0},
		{"Welsh", "en", dossier.KindLocation, "GBR", "", Adjectival}, // curated form
		{"Europa", "de", dossier.KindLocation, "", "", 0},            // curated
		// short demonyms the dictionaries list under their country
		{"Croat", "en", dossier.KindCountry, "HRV", "", Adjectival},
		{"Swedes", "en", dossier.KindCountry, "SWE", "", Adjectival | Demonym},
		{"Bosnian", "en", dossier.KindCountry, "BIH", "", Adjectival},
		// peoples
		{"Chechens", "en", dossier.KindOther, "RUS", "ETH", 0}, // curated
	} {
		cs := k.Lookup(tc.name, tc.lang)
		if len(cs) == 0 {
			t.Errorf("%q: no match", tc.name)
			continue
		}
		c := cs[0]
		in, _ := k.Info(c.ID)
		if c.Kind != tc.kind || c.Country != tc.country || in.Sector != tc.sector || c.Flags&(Surname|Adjectival|Demonym) != tc.flags {
			t.Errorf("%q → %s %s %q %s flags %s, want %s %q %s flags %s", tc.name, c.ID, c.Kind, c.Country, in.Sector, c.Flags,
				tc.kind, tc.country, tc.sector, tc.flags)
		}
	}
	// a country's name that is also its demonym plural stays a name
	polen := k.Lookup("Polen", "de")
	if len(polen) == 0 || polen[0].Country != "POL" {
		t.Fatalf("Polen: %v", polen)
	}
	in, _ := k.Info(polen[0].ID)
	name, adj := false, false
	for _, f := range in.Forms {
		if f.Text == "Polen" {
			if f.Flags&Adjectival != 0 {
				adj = true
			} else {
				name = true
			}
		}
	}
	if !name || !adj {
		t.Errorf("Polen should be both a name and a demonym of Poland (name %v, demonym %v)", name, adj)
	}
	// the Bundesrat is no name of the Bundestag
	for _, c := range k.Lookup("Bundesrat", "de") {
		if c.ID == "kb:bundestag" {
			t.Errorf("Bundesrat is a form of the Bundestag")
		}
	}
}

// TestSeeds: the names the seed articles rely on, in sentences written for
// this test, link to the right entity as the best candidate.
func TestSeeds(t *testing.T) {
	k := testKB(t)
	c := func(iso3 string) string { return countryID(t, k, iso3) }
	type want struct {
		text, id string
		flags    Flags // flags the best candidate must have
	}
	cases := []struct {
		lang, sentence string
		want           []want
	}{
		{"de", "Nordkorea und Südkorea: Die Rolle Nordkoreas ist umstritten, sagte die DVRK.",
			[]want{{"Nordkorea", c("PRK"), 0}, {"Südkorea", c("KOR"), 0}, {"Nordkoreas", c("PRK"), Inflected}, {"DVRK", c("PRK"), 0}}},
		{"de", "Die Demokratische Volksrepublik Korea schickte nordkoreanische Soldaten zu einem nordkoreanischen Stützpunkt.",
			[]want{{"Demokratische Volksrepublik Korea", c("PRK"), 0}, {"nordkoreanische Soldaten", "kb:kpa", 0}, {"nordkoreanischen", c("PRK"), Adjectival}}},
		{"de", "Ein nordkoreanischer Offizier, ein nordkoreanisches Schiff und nordkoreanischem Vorbild.",
			[]want{{"nordkoreanischer", c("PRK"), Adjectival}, {"nordkoreanisches", c("PRK"), Adjectival}, {"nordkoreanischem", c("PRK"), Adjectival}}},
		{"de", "Südkoreanische Firmen und ein südkoreanischer Diplomat trafen Russlands Botschafter und russische Beamte.",
			[]want{{"Südkoreanische", c("KOR"), Adjectival}, {"südkoreanischer", c("KOR"), Adjectival}, {"Russlands", c("RUS"), Inflected}, {"russische", c("RUS"), Adjectival}}},
		{"de", "Russland, die Ukraine, Belarus, China, die USA und Deutschland beraten in Berlin.",
			[]want{{"Russland", c("RUS"), 0}, {"Ukraine", c("UKR"), 0}, {"Belarus", c("BLR"), 0}, {"China", c("CHN"), 0}, {"USA", c("USA"), 0}, {"Deutschland", c("DEU"), 0}, {"Berlin", "Q64", Metonym}}},
		{"en", "Russia, Ukraine, Belarus, China, the United States and Germany met in Singapore and Vietnam.",
			[]want{{"Russia", c("RUS"), 0}, {"Ukraine", c("UKR"), 0}, {"Belarus", c("BLR"), 0}, {"China", c("CHN"), 0}, {"United States", c("USA"), 0}, {"Germany", c("DEU"), 0}, {"Singapore", c("SGP"), 0}, {"Vietnam", c("VNM"), 0}}},
		{"de", "Pjöngjang und Moskau vereinbarten in Peking und Singapur Gespräche; Seoul und Washington protestierten.",
			[]want{{"Pjöngjang", "Q18808", Metonym}, {"Moskau", "Q649", Metonym}, {"Peking", "Q956", Metonym}, {"Singapur", c("SGP"), 0}, {"Seoul", "Q8684", Metonym}, {"Washington", "Q61", Metonym}}},
		{"en", "Pyongyang, Moscow and Beijing criticised Seoul and Washington after talks in Kursk and Wonsan.",
			[]want{{"Pyongyang", "Q18808", Metonym}, {"Moscow", "Q649", Metonym}, {"Beijing", "Q956", Metonym}, {"Seoul", "Q8684", Metonym}, {"Washington", "Q61", Metonym}, {"Kursk", "geonames:538560", 0}, {"Wonsan", "geonames:1866923", 0}}},
		{"de", "Außenminister Sergej Lawrow traf Kim Jong-un; Lawrow lobte Kim Jong-uns Haltung.",
			[]want{{"Sergej Lawrow", "Q58217", 0}, {"Kim Jong-un", "Q56226", 0}, {"Lawrow", "Q58217", Surname}, {"Kim Jong-uns", "Q56226", Inflected}}},
		{"en", "Sergei Lavrov and Sergey Lavrov are the same man as Kim Jong Un's host, Vladimir Putin.",
			[]want{{"Sergei Lavrov", "Q58217", 0}, {"Sergey Lavrov", "Q58217", 0}, {"Kim Jong Un", "Q56226", 0}, {"Vladimir Putin", "Q7747", 0}}},
		{"de", "Kim Yo Jong warnte Wladimir Putin nicht; Wolodymyr Selenskyj antwortete Selenskyjs Kritikern.",
			[]want{{"Kim Yo Jong", "kb:kim-yo-jong", 0}, {"Wladimir Putin", "Q7747", 0}, {"Wolodymyr Selenskyj", "Q3874799", 0}, {"Selenskyjs", "Q3874799", Surname | Inflected}}},
		{"en", "Volodymyr Zelensky met Yoon Suk Yeol, then Yoon Suk-yeol's successor Lee Jae-myung and Donald Trump.",
			[]want{{"Volodymyr Zelensky", "Q3874799", 0}, {"Yoon Suk Yeol", "Q16090635", 0}, {"Yoon Suk-yeol", "Q16090635", 0}, {"Lee Jae-myung", "Q12612463", 0}, {"Donald Trump", "Q22686", 0}}},
		{"de", "Annalena Baerbock sprach mit dem Militärexperten Seth Jones und Hong Min vom Institut.",
			[]want{{"Annalena Baerbock", "kb:annalena-baerbock", 0}, {"Seth Jones", "kb:seth-jones", 0}, {"Hong Min", "kb:hong-min", 0}}},
		{"en", "Nordwind Airlines flies to the Wonsan Kalma resort, KCNA said, citing the Korean Central News Agency.",
			[]want{{"Nordwind Airlines", "kb:nordwind-airlines", 0}, {"Wonsan Kalma", "kb:wonsan-kalma", 0}, {"KCNA", "kb:kcna", 0}, {"Korean Central News Agency", "kb:kcna", 0}}},
		{"de", "Die Koreanische Zentrale Nachrichtenagentur zitierte den südkoreanischen Geheimdienst NIS.",
			[]want{{"Koreanische Zentrale Nachrichtenagentur", "kb:kcna", 0}, {"südkoreanischen Geheimdienst", "kb:nis", 0}, {"NIS", "kb:nis", 0}}},
		{"en", "The National Intelligence Service told APEC, the G7, the UN Security Council and the United Nations.",
			[]want{{"National Intelligence Service", "kb:nis", 0}, {"APEC", "kb:apec", 0}, {"G7", "kb:g7", 0}, {"UN Security Council", "Q37470", 0}, {"United Nations", "Q1065", 0}}},
		{"de", "Der UN-Sicherheitsrat, die Nato, die EU und die IAEA tagten; NK News und Korea JoongAng Daily berichteten.",
			[]want{{"UN-Sicherheitsrat", "Q37470", 0}, {"Nato", "Q7184", 0}, {"EU", "Q458", 0}, {"IAEA", "kb:iaea", 0}, {"NK News", "kb:nk-news", 0}, {"Korea JoongAng Daily", "kb:korea-joongang-daily", 0}}},
		{"de", "Das US-Außenministerium und das Auswärtige Amt widersprachen; Sprecher des Auswärtigen Amtes schwiegen.",
			[]want{{"US-Außenministerium", "kb:us-state-department", 0}, {"Auswärtige Amt", "kb:auswaertiges-amt", Inflected}, {"Auswärtigen Amtes", "kb:auswaertiges-amt", Inflected}}},
		{"en", "The US State Department and the German Federal Foreign Office answered NATO.",
			[]want{{"US State Department", "kb:us-state-department", 0}, {"Federal Foreign Office", "kb:auswaertiges-amt", 0}, {"NATO", "Q7184", 0}}},
		{"en", "The Workers' Party of Korea praised the Korean People's Army, the Russian army and the Bundeswehr.",
			[]want{{"Workers' Party of Korea", "kb:wpk", 0}, {"Korean People's Army", "kb:kpa", 0}, {"Russian army", "kb:russian-armed-forces", 0}, {"Bundeswehr", "kb:bundeswehr", 0}}},
		{"de", "Die Partei der Arbeit Koreas und die Koreanische Volksarmee; die Streitkräfte der Ukraine.",
			[]want{{"Partei der Arbeit Koreas", "kb:wpk", 0}, {"Koreanische Volksarmee", "kb:kpa", 0}, {"Ukraine", c("UKR"), 0}}},
	}
	for _, tc := range cases {
		ms := k.Matcher().Match(tokenize(tc.sentence), tc.lang, nil)
		from := 0
		for _, w := range tc.want {
			i := strings.Index(tc.sentence[from:], w.text)
			if i < 0 {
				t.Fatalf("bad test: %q not in %q after %d", w.text, tc.sentence, from)
			}
			i += from
			from = i + len(w.text)
			var got *Match
			for j := range ms {
				if ms[j].Start == i && ms[j].End == i+len(w.text) {
					got = &ms[j]
				}
			}
			if got == nil {
				t.Errorf("%q: no match for %q; matches: %s", tc.sentence, w.text, describe(ms))
				continue
			}
			best := got.Candidates[0]
			if best.ID != w.id {
				t.Errorf("%q: %q → %s (%s), want %s; all %v", tc.sentence, w.text, best.ID, best.Form, w.id, got.Candidates)
			}
			if best.Flags&w.flags != w.flags {
				t.Errorf("%q: %q flags %s, want %s", tc.sentence, w.text, best.Flags, w.flags)
			}
		}
	}
}

func describe(ms []Match) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, m.Text+"→"+m.Candidates[0].ID)
	}
	return strings.Join(parts, ", ")
}

// TestAmbiguity: forms that name several entities keep all candidates,
// common words do not match, acronyms need capitals.
func TestAmbiguity(t *testing.T) {
	k := testKB(t)
	match := func(s, lang string) []Match { return k.Matcher().Match(tokenize(s), lang, nil) }
	find := func(ms []Match, text string) *Match {
		for i := range ms {
			if ms[i].Text == text {
				return &ms[i]
			}
		}
		return nil
	}
	// "Kim" alone: several Kims, the leader first, all flagged as surnames.
	ms := match("Kim said the talks would go on.", "en")
	m := find(ms, "Kim")
	if m == nil || len(m.Candidates) < 2 || m.Candidates[0].ID != "Q56226" {
		t.Errorf("Kim: %v", ms)
	} else if !slices.ContainsFunc(m.Candidates, func(c Candidate) bool { return c.ID == "kb:kim-yo-jong" }) {
		t.Errorf("Kim should keep Kim Yo Jong as a candidate: %v", m.Candidates)
	} else if m.Candidates[0].Flags&Surname == 0 {
		t.Errorf("Kim alone should be flagged as a surname")
	}
	// Singapore: the country and its capital.
	m = find(match("Talks in Singapore.", "en"), "Singapore")
	if m == nil || len(m.Candidates) < 2 || m.Candidates[0].ID != countryID(t, k, "SGP") {
		t.Errorf("Singapore: %+v", m)
	}
	// Washington: the capital first, the state among the candidates.
	m = find(match("Washington warned.", "en"), "Washington")
	if m == nil || m.Candidates[0].ID != "Q61" || len(m.Candidates) < 2 {
		t.Errorf("Washington: %+v", m)
	}
	for _, tc := range []struct {
		lang, text string
		not        string // text that must not match
	}{
		{"en", "Tell us what you saw.", "us"},
		{"en", "It was held in the town hall and in a concert Hall.", "Hall"},
		{"de", "Wir essen heute in der Halle.", "essen"},
		{"en", "He was in the van with the nato files.", "nato"},
		{"en", "the iaea said so", "iaea"},
		{"de", "Das ist uns egal.", "uns"},
		{"en", "In a nice and mobile way.", "nice"},
		{"en", "It will be a new era.", "will"},
		// English splits the genitive off: a person's name with an s of
		// its own is another person's
		{"en", "Norman Matthews was elected president.", "Norman Matthews"},
		{"en", "The chairman, Norman Matthews, resigned.", "Norman Matthews"},
	} {
		if m := find(match(tc.text, tc.lang), tc.not); m != nil {
			t.Errorf("%q: %q matched %v", tc.text, tc.not, m.Candidates)
		}
	}
	// a capitalised common word matches, flagged Common
	m = find(match("Essen und Dortmund liegen im Ruhrgebiet.", "de"), "Essen")
	if m == nil || m.Candidates[0].Flags&Common == 0 {
		t.Errorf("Essen (city) should match flagged Common: %+v", m)
	}
	// a common noun the news uses as a name is not flagged Common, and a
	// name two countries' papers use keeps both countries' entities
	m = find(match("Die Bundesregierung lehnte das ab.", "de"), "Bundesregierung")
	if m == nil || m.Candidates[0].Flags&Common != 0 {
		t.Errorf("Bundesregierung should match without the Common flag: %+v", m)
	} else if !slices.ContainsFunc(m.Candidates, func(c Candidate) bool { return c.Country == "AUT" }) ||
		!slices.ContainsFunc(m.Candidates, func(c Candidate) bool { return c.Country == "DEU" }) {
		t.Errorf("Bundesregierung should have a German and an Austrian candidate: %+v", m.Candidates)
	}
	// acronym in capitals
	if m := find(match("US and EU officials met.", "en"), "US"); m == nil || m.Candidates[0].ID != countryID(t, k, "USA") {
		t.Errorf("US: %+v", m)
	}
	// an acronym written in capitals names the acronym's entity, not a
	// prominent name that matches the same letters in another case
	for _, tc := range []struct {
		text, word string
		kind       dossier.EntityKind
	}{
		{"SANA reported the attack on Sunday.", "SANA", dossier.KindOrganization},
		{"Rebels entered Sana on Sunday.", "Sana", dossier.KindLocation},
		{"The NIS briefed lawmakers.", "NIS", dossier.KindOrganization},
	} {
		if m := find(match(tc.text, "en"), tc.word); m == nil || m.Candidates[0].Kind != tc.kind {
			t.Errorf("%q: want %s first, got %+v", tc.text, tc.kind, m)
		}
	}
	// a form kept to its language: "IS" is the Islamic State only in German
	if m := find(match("Die Terrormiliz IS bekannte sich zu dem Anschlag.", "de"), "IS"); m == nil || m.Candidates[0].ID != "kb:isil" {
		t.Errorf("IS in German: %+v", m)
	}
	if m := find(match("WHY THE DOLLAR IS FALLING", "en"), "IS"); m != nil {
		t.Errorf("IS in an English headline matched %+v", m.Candidates)
	}
	// parties carry their country
	ms = match("Die SPÖ und die ÖVP einigten sich, die CSU nicht.", "de")
	for text, iso := range map[string]string{"SPÖ": "AUT", "ÖVP": "AUT", "CSU": "DEU"} {
		if m := find(ms, text); m == nil || m.Candidates[0].Kind != dossier.KindOrganization || m.Candidates[0].Country != iso {
			t.Errorf("%s: %s", text, describe(ms))
		}
	}
	// longest match wins
	ms = match("the UN Security Council met", "en")
	if m := find(ms, "UN Security Council"); m == nil || find(ms, "UN") != nil {
		t.Errorf("longest match: %s", describe(ms))
	}
	// hyphenated compounds: the name inside
	ms = match("Der Ukraine-Krieg und die Nato-Staaten.", "de")
	if find(ms, "Ukraine") == nil || find(ms, "Nato") == nil {
		t.Errorf("compounds: %s", describe(ms))
	}
	// adjectives link to their country with the Adjectival flag
	ms = match("Das russisch-nordkoreanische Abkommen", "de")
	if m := find(ms, "russisch"); m == nil || m.Candidates[0].ID != countryID(t, k, "RUS") || m.Candidates[0].Flags&Adjectival == 0 {
		t.Errorf("russisch-: %s", describe(ms))
	}
	if m := find(ms, "nordkoreanische"); m == nil || m.Candidates[0].ID != countryID(t, k, "PRK") {
		t.Errorf("-nordkoreanische: %s", describe(ms))
	}
	// a form several countries share goes first to the far more populous one,
	// the other stays a candidate
	for text, iso := range map[string]string{"Congolese": "COD", "Dominican": "DOM"} {
		m := find(match("The "+text+" government said so.", "en"), text)
		if m == nil || len(m.Candidates) < 2 || m.Candidates[0].ID != countryID(t, k, iso) {
			t.Errorf("%s: want %s first, got %+v", text, iso, m)
		}
	}
	// demonyms
	ms = match("Die Nordkoreaner und die Russen, zwei Russinnen.", "de")
	for text, iso := range map[string]string{"Nordkoreaner": "PRK", "Russen": "RUS", "Russinnen": "RUS"} {
		if m := find(ms, text); m == nil || m.Candidates[0].ID != countryID(t, k, iso) || m.Candidates[0].Flags&Demonym == 0 {
			t.Errorf("%s: %s", text, describe(ms))
		}
	}
}

func TestHoldersOf(t *testing.T) {
	k := testKB(t)
	for _, tc := range []struct {
		office, country, date string
		want                  []string
	}{
		{HeadOfState, "KOR", "2024-06-01", []string{"Q16090635"}},
		{HeadOfState, "KOR", "2025-04-04", []string{"Q16090635"}},
		{HeadOfState, "KOR", "2025-05-01", nil},
		{HeadOfState, "KOR", "2025-06-10", []string{"Q12612463"}},
		{HeadOfState, "KOR", "", []string{"Q12612463"}},
		{ForeignMinister, "RUS", "2023-01-01", []string{"Q58217"}},
		{DefenceMinister, "RUS", "2020-01-01", []string{"Q32024"}},
		{DefenceMinister, "RUS", "2025-01-01", []string{"kb:andrei-belousov"}},
		{HeadOfState, "RUS", "2024", []string{"Q7747"}},
		{HeadOfState, "USA", "2024-03-01", []string{"Q6279"}},
		{HeadOfState, "USA", "2025-03-01", []string{"Q22686"}},
		{ForeignMinister, "USA", "2025-06-01", []string{"kb:marco-rubio"}},
		{ForeignMinister, "DEU", "2023-05-01", []string{"kb:annalena-baerbock"}},
		{ForeignMinister, "DEU", "2025-06-01", []string{"kb:johann-wadephul"}},
		{HeadOfGovernment, "DEU", "2024-01-01", []string{"kb:olaf-scholz"}},
		{HeadOfState, "PRK", "2024-10-01", []string{"Q56226"}},
		{ForeignMinister, "PRK", "2024-10-01", []string{"Q30436217"}},
		{DefenceMinister, "PRK", "2025-01-01", []string{"kb:no-kwang-chol"}},
		{ForeignMinister, "UKR", "2025-01-01", []string{"kb:andrii-sybiha"}},
		{HeadOfState, "UKR", "2025-01-01", []string{"Q3874799"}},
		{HeadOfState, "BLR", "2025-01-01", []string{"Q2866"}},
		{HeadOfState, "IRN", "2025-01-01", []string{"Q57336"}},
		{HeadOfGovernment, "IRN", "2025-01-01", []string{"kb:masoud-pezeshkian"}},
		{HeadOfState, "CHN", "2025-01-01", []string{"Q15031"}},
	} {
		var got []string
		for _, e := range k.HoldersOf(tc.office, tc.country, tc.date) {
			got = append(got, e.ID)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("HoldersOf(%s, %s, %q) = %v, want %v", tc.office, tc.country, tc.date, got, tc.want)
		}
	}
	// acting heads of state while the office was vacant
	for _, tc := range []struct{ date, want string }{
		{"2025-04-20", "Q356666"},
		{"2025-05-20", "kb:lee-ju-ho"},
	} {
		if got := k.HoldersOf(ActingHeadOfState, "KOR", tc.date); len(got) != 1 || got[0].ID != tc.want {
			t.Errorf("acting head of state of KOR on %s: %v, want %s", tc.date, got, tc.want)
		}
	}
	// a leader of the CountryInfo lists, where the tables have no holder
	if got := k.HoldersOf(Leader, "ZWE", "1998-05-01"); len(got) != 1 || got[0].Name != "Robert Mugabe" {
		t.Errorf("leader of ZWE in 1998: %v", got)
	}
	// on a handover day both are in office
	got := k.HoldersOf(HeadOfState, "USA", "2025-01-20")
	if len(got) != 2 || got[0].ID != "Q22686" {
		t.Errorf("handover day: %v", got)
	}
	if rs := k.RolesOf("Q58217", "2024-01-01"); len(rs) != 1 || rs[0].Office != ForeignMinister {
		t.Errorf("Lavrov's roles in 2024: %+v", rs)
	}
}

func TestRelationsAndSurnames(t *testing.T) {
	k := testKB(t)
	if got := k.Related("kb:kim-yo-jong", "sister_of"); len(got) != 1 || got[0].ID != "Q56226" {
		t.Errorf("sister_of: %v", got)
	}
	if got := k.RelatedFrom("Q56226", "sister_of"); len(got) != 1 || got[0].ID != "kb:kim-yo-jong" {
		t.Errorf("RelatedFrom sister_of: %v", got)
	}
	if got := k.Related("kb:kcna", "state_media_of"); len(got) != 1 || got[0].ID != countryID(t, k, "PRK") {
		t.Errorf("KCNA state_media_of: %v", got)
	}
	for _, name := range []string{"Lawrow", "Lavrov", "Lawrows"} {
		if got := k.BySurname(name); len(got) == 0 || got[0].ID != "Q58217" {
			t.Errorf("BySurname(%s) = %v", name, got)
		}
	}
	if got := k.BySurname("Selenskyjs"); len(got) == 0 || got[0].ID != "Q3874799" {
		t.Errorf("BySurname(Selenskyjs) = %v", got)
	}
	if got := k.BySurname("Notaname"); len(got) != 0 {
		t.Errorf("BySurname(Notaname) = %v", got)
	}
}

func TestFold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Kim Jong-uns", "kim jong un"},
		{"Kim Jong Un", "kim jong un"},
		{"KIM JONG-UN", "kim jong un"},
		{"Nordkoreas", "nordkorea"},
		{"Nordkorea", "nordkorea"},
		{"Russlands", "russland"},
		{"nordkoreanischen", "nordkoreanisch"},
		{"nordkoreanische", "nordkoreanisch"},
		{"Außenministerium", "aussenministerium"},
		{"Aussenministerium", "aussenministerium"},
		{"Pjöngjang", "pjongjang"},
		{"P'yŏngyang", "pyongyang"},
		{"U.S.", "us"},
		{"Korea's", "korea"},
		{"Korea’s", "korea"},
		{"Schwedens", "schwed"},
		{"Schweden", "schwed"},
		{"Erdoğan", "erdogan"},
		{"  ", ""},
	} {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{
		"",
		"E\tx\tperson\t\t\t1\t\t\tX\tcurated\n",
		"V\t2\n",
		"V\t1\nF\t\t\tx\tcurated\n",
		"V\t1\nE\tx\tbogus\t\t\t1\t\t\tX\tcurated\n",
		"V\t1\nE\tx\tperson\t\t\tmany\t\t\tX\tcurated\n",
		"V\t1\nE\tx\tperson\t\t\t1\t\t\tX\tcurated\nE\tx\tperson\t\t\t1\t\t\tX\tcurated\n",
		"V\t1\nE\tx\tperson\t\t\t1\t\t\tX\tcurated\nR\thead_of_state\tPRK\t2020-1\t\t\tcurated\n",
		"V\t1\nE\tx\tperson\t\t\t1\t\t\tX\tcurated\nF\t\tnoflag\tX\tcurated\n",
		"V\t1\nQ\n",
	} {
		if _, err := Parse(strings.NewReader(in)); err == nil {
			t.Errorf("Parse(%q) did not fail", in)
		}
	}
	k, err := Parse(strings.NewReader("# c\nV\t1\nS\tcurated\tODbL-1.0\tx\nE\tkb:x\tperson\tPRK\t\t50\tGOV\t\tX Y\tcurated\nF\ten\tsurname\tY\tcurated\nR\thead_of_state\tPRK\t2020\t\tLeader\tcurated\nL\tsister_of\tkb:x\tcurated\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := k.HoldersOf(HeadOfState, "PRK", "2021-05-05"); len(got) != 1 || got[0].ID != "kb:x" {
		t.Errorf("parsed KB HoldersOf: %v", got)
	}
	if cs := k.Lookup("Y", ""); len(cs) != 1 || cs[0].Flags&Surname == 0 {
		t.Errorf("parsed KB Lookup: %v", cs)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("V\t1\nE\tkb:x\tperson\tPRK\t\t50\tGOV\t\tX Y\tcurated\nF\ten\tsurname\tY\tcurated\nR\thead_of_state\tPRK\t2020\t\tLeader\tcurated\n")
	f.Add("V\t1\nE\tkb:x\torganization\t\t\t0\t\t\tA-B C's\tcurated\nF\tde\tadj,dem\tnordkoreanische\tcurated\nL\tpart_of\tkb:y\tcurated\n")
	f.Fuzz(func(t *testing.T, in string) {
		k, err := Parse(strings.NewReader(in))
		if err != nil {
			return
		}
		k.All(func(e *Info) bool {
			for _, fm := range e.Forms {
				k.Lookup(fm.Text, fm.Lang)
			}
			k.HoldersOf(HeadOfState, e.Country, "2020-01-01")
			return true
		})
	})
}

// foldRef is Fold as it was before it folded in place: each word
// normalised into a buffer of its own, then its stem copied out.
func foldRef(s string) string {
	var out, buf []byte
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		buf = appendNorm(buf[:0], s[start:end])
		if n := stemLen(buf); n > 0 {
			if len(out) > 0 {
				out = append(out, ' ')
			}
			out = append(out, buf[:n]...)
		}
		start = -1
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isSep(r) {
			flush(i)
		} else if start < 0 {
			start = i
		}
		i += n
	}
	flush(len(s))
	return string(out)
}

// TestFoldSameAsRef holds Fold to foldRef on names cut from random pieces:
// words that lose everything to their stem, separators of every kind in
// runs, folded letters, invalid UTF-8 and names longer than Fold's stack
// buffer.
func TestFoldSameAsRef(t *testing.T) {
	parts := []string{"Kim", "Jong-uns", "es", "s", "e", "'", ".", " ", "  ", "-", "\u2010", "\u2011", "\t", "\n", "\u00a0",
		"Außen", "ẞ", "Ö", "İ", "ŏ", "\xff", "\xe2\x80", "Nordkoreanischen", "U.S.", "’s", "ministerium", "x"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for n := rng.IntN(40); n > 0; n-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		if got, want := Fold(s), foldRef(s); got != want {
			t.Fatalf("Fold(%q) = %q, the reference gives %q", s, got, want)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Kim Jong-uns", "nordkoreanischen", "Außenministerium", "P'yŏngyang", "U.S.", "ẞ", "-", "es"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Fold(s)
		if want := foldRef(s); out != want {
			t.Errorf("Fold(%q) = %q, the reference gives %q", s, out, want)
		}
		if strings.ContainsAny(out, "-ABCDEFGHIJKLMNOPQRSTUVWXYZ\t") {
			t.Errorf("Fold(%q) = %q has a hyphen, tab or capital", s, out)
		}
		if strings.Contains(out, "  ") || strings.HasPrefix(out, " ") || strings.HasSuffix(out, " ") {
			t.Errorf("Fold(%q) = %q has stray spaces", s, out)
		}
		ascii := true
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				ascii = false
			}
		}
		if ascii && Fold(strings.ToUpper(s)) != Fold(strings.ToLower(s)) {
			t.Errorf("Fold is case-sensitive on %q", s)
		}
	})
}

func FuzzMatch(f *testing.F) {
	k := testKB(f)
	for _, s := range []string{"Kim Jong-uns Schwester", "the U.S. and N. Korea", "Nord- und Südkorea", "'s 's ’"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := tokenize(s)
		for _, m := range k.Matcher().Match(toks, "de", nil) {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End || len(m.Candidates) == 0 {
				t.Errorf("bad match %+v in %q", m, s)
			}
			if m.Tokens[0] < 0 || m.Tokens[1] > len(toks) || m.Tokens[0] >= m.Tokens[1] {
				t.Errorf("bad token range %+v in %q", m.Tokens, s)
			}
		}
	})
}

func TestTruncatedCompound(t *testing.T) {
	k := testKB(t)
	s := "Der Konflikt zwischen Nord- und Südkorea und die nord- und südkoreanischen Truppen."
	ms := k.Matcher().Match(tokenize(s), "de", nil)
	// the test splitter keeps "Nord-" apart from "-": join them as the text package does
	var got []string
	for _, m := range ms {
		got = append(got, s[m.Start:m.End]+"→"+m.Candidates[0].ID)
	}
	prk, kor := countryID(t, k, "PRK"), countryID(t, k, "KOR")
	want := []string{"Nord→" + prk, "Südkorea→" + kor, "nord→" + prk, "südkoreanischen→" + kor}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestNewsNames holds names found unlinked in German and Austrian press and
// in agency news: each sentence must match the form, with the entity first
// among the candidates (and with the flags the linker relies on).
func TestNewsNames(t *testing.T) {
	k := testKB(t)
	for _, tc := range []struct {
		lang, text, form, id string
		flags                Flags // flags the first candidate must carry
	}{
		{"de", "Wie der STANDARD berichtete, wird neu verhandelt.", "STANDARD", "kb:der-standard", 0},
		{"de", "Das sagte er dem Kurier am Telefon.", "Kurier", "kb:kurier", 0},
		{"de", "Laut Kleiner Zeitung sind die Gespräche gescheitert.", "Kleiner Zeitung", "kb:kleine-zeitung", 0},
		{"de", "Die Salzburger Nachrichten meldeten zuerst den Rücktritt.", "Salzburger Nachrichten", "kb:salzburger-nachrichten", 0},
		{"de", "Der Berliner Tagesspiegel zitiert einen Beamten.", "Tagesspiegel", "kb:tagesspiegel", 0},
		{"de", "Das meldete ein Reporter der Deutschen Presse-Agentur aus Rom.", "Deutschen Presse-Agentur", "kb:dpa", 0},
		{"de", "Die Bank Austria senkt ihre Prognose.", "Bank Austria", "kb:bank-austria", 0},
		{"de", "Die Casinos Austria suchen einen neuen Vorstand.", "Casinos Austria", "kb:casinos-austria", 0},
		{"de", "Laut Statistik Austria stiegen die Preise um zwei Prozent.", "Statistik Austria", "kb:statistik-austria", 0},
		{"de", "Raiffeisen verkauft seine Tochter in Polen.", "Raiffeisen", "kb:raiffeisen", 0},
		{"de", "Der ÖGB fordert höhere Löhne.", "ÖGB", "kb:ogb", 0},
		{"de", "Die Arbeiterkammer kritisiert die Mieten.", "Arbeiterkammer", "kb:arbeiterkammer", 0},
		{"de", "Die AK warnt vor neuen Gebühren.", "AK", "kb:arbeiterkammer", 0},
		{"de", "Der VKI klagt die Bank.", "VKI", "kb:vki", 0},
		{"de", "Beim AMS sind mehr Menschen arbeitslos gemeldet.", "AMS", "kb:ams-austria", 0},
		{"de", "Der OGH hat das Urteil bestätigt.", "OGH", "kb:ogh", 0},
		{"de", "Die Lufthansa streicht Flüge nach Tel Aviv.", "Lufthansa", "kb:lufthansa", 0},
		{"de", "Der Germanwings-Flug landete pünktlich.", "Germanwings", "kb:germanwings", 0},
		{"de", "VW ruft Autos zurück.", "VW", "kb:volkswagen", 0},
		{"en", "Volkswagen shares fell.", "Volkswagen", "kb:volkswagen", 0},
		{"en", "The audit was done by PwC.", "PwC", "kb:pwc", 0},
		{"de", "Orbáns Fidesz gewann die Wahl.", "Fidesz", "kb:fidesz", 0},
		{"de", "Die rechtspopulistischen Wahren Finnen legten zu.", "Wahren Finnen", "kb:finns-party", 0},
		{"de", "Die Basisfinnen verlassen die Regierung.", "Basisfinnen", "kb:finns-party", 0},
		{"en", "The True Finns won 39 seats.", "True Finns", "kb:finns-party", 0},
		{"de", "Die konservative Kokoomus stellt den Premier.", "Kokoomus", "kb:kokoomus", 0},
		{"de", "Die Linkspartei lehnt den Einsatz ab.", "Linkspartei", "kb:die-linke", 0},
		{"de", "Die Republikaner blockieren das Budget.", "Republikaner", "kb:us-republican-party", CountryCue},
		{"de", "Die Demokraten im Kongress stimmen dagegen.", "Demokraten", "kb:us-democratic-party", CountryCue},
		{"en", "The Treasury will sell more bills.", "Treasury", "", CountryCue},
		{"en", "The House passed the bill.", "House", "kb:us-congress", CountryCue},
		{"de", "EU-Kommissarin Margrethe Vestager verhängte eine Strafe.", "Margrethe Vestager", "kb:margrethe-vestager", 0},
		{"de", "Landeshauptmann Hans Nießl (SPÖ) lehnt das ab.", "Hans Nießl", "kb:hans-niessl", 0},
		{"en", "Finnish Foreign Minister Timo Soini arrived.", "Timo Soini", "kb:timo-soini", 0},
		{"en", "Fed chairman Paul Volcker told Congress.", "Paul Volcker", "kb:paul-volcker", 0},
		{"en", "Finance Minister Dilson Funaro said so.", "Dilson Funaro", "kb:dilson-funaro", 0},
		{"de", "Der EU-Abgeordnete Othmar Karas warnte.", "Othmar Karas", "kb:othmar-karas", 0},
		{"de", "ÖGB-Präsident Erich Foglar forderte mehr.", "Erich Foglar", "kb:erich-foglar", 0},
		{"de", "Waldbrände wüten in Kalifornien.", "Kalifornien", "geonames:5332921", 0},
		{"de", "Das Parlament tagt in Straßburg.", "Straßburg", "geonames:2973783", 0},
		{"de", "Im Mittelmeer ertranken Hunderte.", "Mittelmeer", "Q4918", 0},
		{"de", "Die Landesregierung in Eisenstadt stimmte zu.", "Eisenstadt", "kb:eisenstadt", 0},
		{"en", "Rebels shelled Azaz overnight.", "Azaz", "geonames:172082", 0},
		{"de", "Luftangriffe auf Maarat al-Numan.", "Maarat al-Numan", "kb:maarat-al-numan", 0},
		{"en", "Kurdish forces held Tal Rifaat.", "Tal Rifaat", "geonames:163476", 0},
		{"en", "LONDON, March 3 - Reuter - Prices rose.", "Reuter", "kb:reuters", 0},
		{"en", "Wall Street analysts were surprised.", "Wall Street", "kb:wall-street", 0},
		{"de", "Die Flotte kreuzt im Schwarzen Meer.", "Schwarzen Meer", "kb:black-sea", 0},
		{"en", "The plant is in Danbury, Conn., near the coast.", "Conn", "geonames:4831725", 0},
		{"de", "Das Abkommen TTIP wird neu verhandelt.", "TTIP", "kb:ttip", 0},
		{"de", "Der Konzern zeigt das Auto auf der IAA in Frankfurt.", "IAA", "kb:iaa", 0},
		{"de", "Die Bayer AG kauft Monsanto.", "Bayer AG", "kb:bayer", 0},
		{"de", "Bayer zahlt 66 Milliarden Dollar.", "Bayer", "kb:bayer", CountryCue | Common},
		{"de", "Norman Matthews Nachfolger wurde gewählt.", "Norman Matthews", "phoenix:mhl:norman-matthew", Inflected},
		{"en", "Norman Matthew's successor was elected.", "Norman Matthew", "phoenix:mhl:norman-matthew", 0},
	} {
		var m *Match
		ms := k.Matcher().Match(tokenize(tc.text), tc.lang, nil)
		for i := range ms {
			if ms[i].Text == tc.form {
				m = &ms[i]
			}
		}
		switch {
		case m == nil:
			t.Errorf("%q: %q not matched: %s", tc.text, tc.form, describe(ms))
		case tc.id != "" && m.Candidates[0].ID != tc.id:
			t.Errorf("%q: %q → %v, want %s first", tc.text, tc.form, m.Candidates, tc.id)
		case m.Candidates[0].Flags&tc.flags != tc.flags:
			t.Errorf("%q: %q flags %v, want %v", tc.text, tc.form, m.Candidates[0].Flags, tc.flags)
		}
	}
	// "the Treasury" is either country's: the linker decides by the document
	ms := k.Matcher().Match(tokenize("The Treasury said so."), "en", nil)
	var ids []string
	for _, m := range ms {
		if m.Text == "Treasury" {
			for _, c := range m.Candidates {
				ids = append(ids, c.ID)
			}
		}
	}
	if !slices.Contains(ids, "kb:us-treasury") || !slices.Contains(ids, "kb:hm-treasury") {
		t.Errorf("Treasury should have the US and the UK candidates: %v", ids)
	}
}

// TestAppendNormASCII checks asciiNorm against the rule it tabulates, for
// every ASCII byte alone and inside a word with letters beyond ASCII.
func TestAppendNormASCII(t *testing.T) {
	rule := func(c byte) string {
		switch {
		case 'A' <= c && c <= 'Z':
			return string(c + 'a' - 'A')
		case c == '\'' || c == '.':
			return ""
		}
		return string(c)
	}
	for c := byte(0); c < 0x80; c++ {
		if got, want := string(appendNorm(nil, string(c))), rule(c); got != want {
			t.Errorf("appendNorm(%q) = %q, want %q", c, got, want)
		}
		w := "Ä" + string(c) + "ß"
		if got, want := string(appendNorm([]byte("x"), w)), "xa"+rule(c)+"ss"; got != want {
			t.Errorf("appendNorm(x, %q) = %q, want %q", w, got, want)
		}
	}
}
