package event_test

import "testing"

// de27Cases are German shapes of round evde27 (issue 5): a nationality
// adjective opening the sentence after its dateline. The sentences are
// written for the tests.
var de27Cases = []extractCase{
	// a dateline's dash hides the start of the sentence from the tagger
	{name: "nationality adjective after a dateline", lang: "de", dct: "2025-07-31",
		text: "Kairo – Ägyptische Sicherheitskräfte haben am Montag zwölf Touristen getötet.",
		want: []want{{typ: "ASSAULT", actor: "EGY"}}},
	{name: "nationality adjective after a dateline with its agency", lang: "de", dct: "2025-07-31",
		text: "Bamako (dpa) – Malische Soldaten haben am Montag drei Dörfer angegriffen.",
		want: []want{{typ: "ASSAULT", actor: "MLI"}}},
	{name: "a demonym noun after a dateline stays a noun", lang: "de", dct: "2025-07-31",
		text: "Paris – Deutsche haben am Montag vor der Botschaft Russlands protestiert.",
		want: []want{{typ: "PROTEST", actor: "DEU"}}},
	// "überlassen" gives aid only with something to give
	{name: "überlassen with weapons is military aid", lang: "de", dct: "2025-07-31",
		text: "Polen hat der Ukraine am Montag zwanzig Panzer überlassen.",
		want: []want{{typ: "AID", mode: "military", actor: "POL", target: "UKR"}}},
	{name: "leaving voters to a party is no aid", lang: "de", dct: "2025-07-31",
		text: "Die Grünen dürfen die Wähler nicht der FPÖ überlassen, sagte Peter Pilz.",
		none: []string{"AID"}},
	{name: "leaving a topic to a minister is no aid", lang: "de", dct: "2025-07-31",
		text: "Außenminister Sebastian Kurz hat das Thema Asyl bisher der Innenministerin überlassen.",
		none: []string{"AID"}},
	// a former chief does not act for the body in his title
	{name: "a former party chief is not the party", lang: "de", dct: "2025-07-31",
		text: "Der Ex-FPÖ-Chef hat die Regierung am Montag scharf kritisiert.",
		none: []string{"ACCUSE"}},
	{name: "a former court president is not the court", lang: "de", dct: "2025-07-31",
		text: "Wien – Die Ex-OGH-Präsidentin fordert ein Fairnessabkommen von allen Kandidaten.",
		none: []string{"REQUEST"}},
	{name: "the party chief in office acts for the party", lang: "de", dct: "2025-07-31",
		text: "Der FPÖ-Chef hat die Regierung am Montag scharf kritisiert.",
		want: []want{{typ: "ACCUSE", mode: "disapprove", actor: "AUT"}}},
	// "und", phrases and a participle with no comma share the auxiliary
	{name: "und, a dative and a prepositional phrase, participle", lang: "de", dct: "2025-07-31",
		text: "Die USA haben Iran am Montag scharf kritisiert und dem Land mit neuen Sanktionen gedroht.",
		want: []want{{typ: "ACCUSE", mode: "disapprove", actor: "USA", target: "IRN"}, {typ: "THREATEN", actor: "USA"}}},
	{name: "und, a dative and an object, participle", lang: "de", dct: "2025-07-31",
		text: "Merkel hat Erdogan in Ankara getroffen und der Türkei weitere Hilfe zugesagt.",
		want: []want{{typ: "CONSULT", actor: "DEU", target: "TUR"}, {typ: "AGREE", actor: "DEU", target: "TUR"}}},
	{name: "und in a passive keeps the agent", lang: "de", dct: "2025-07-31",
		text: "Hebron – Die Reporter wurden von israelischen Soldaten beleidigt und mit Blendgranaten beschossen.",
		want: []want{{typ: "ACCUSE", actor: "ISR"}}},
	// a title's sex picks the person it points back to
	{name: "a masculine title points back to a man", lang: "de", dct: "2015-07-31",
		text: "Wien – Kanzler Werner Faymann traf am Montag Kanzlerin Angela Merkel. Der Kanzler kritisierte Russland scharf.",
		want: []want{{typ: "ACCUSE", actor: "Werner Faymann", target: "RUS"}}},
	{name: "a feminine title points back to a woman", lang: "de", dct: "2015-07-31",
		text: "Washington – Präsident Barack Obama hat am Montag Hillary Clinton empfangen. Die frühere Ministerin hat Russland scharf kritisiert.",
		want: []want{{typ: "ACCUSE", actor: "Hillary Clinton", target: "RUS"}}},
	// a name before the verb and "er" after it: the name is the object
	{name: "a fronted name before a nominative pronoun is the object", lang: "de", dct: "2015-07-31",
		text: "Der griechische Finanzminister Yanis Varoufakis sprach am Montag in Athen. Schäuble warf er vor, den Austritt Griechenlands zu betreiben.",
		want: []want{{typ: "ACCUSE", actor: "Yanis Varoufakis"}}},
	{name: "a fronted country before ich is the object", lang: "de", dct: "2015-07-31",
		text: "Russland habe ich nie kritisiert, sagte der Minister.",
		none: []string{"ACCUSE"}},
	// a singular relative clause after a coordination is its last member's
	{name: "der after a coordination speaks of the last member", lang: "de", dct: "2015-07-31",
		text: "Putin empfing am Montag Erdogan und einen Journalisten, der die Türkei scharf kritisierte.",
		want: []want{{typ: "CONSULT", actor: "RUS", target: "TUR"}},
		none: []string{"ACCUSE"}},
	{name: "die with a plural verb after a coordination speaks of both", lang: "de", dct: "2015-07-31",
		text: "Merkel traf am Montag Macron und Renzi, die Russland scharf kritisierten.",
		want: []want{{typ: "ACCUSE", actor: "FRA", target: "RUS"}, {typ: "ACCUSE", actor: "ITA", target: "RUS"}}},
	// "wie berichtet" is an aside, not a clause
	{name: "wie berichtet before the verb of a relative clause", lang: "de", dct: "2015-07-31",
		text: "Kritik kam von Heinz Patzelt, der Bundespräsident Heinz Fischer wie berichtet bat, das Gesetz nicht zu unterzeichnen.",
		want: []want{{typ: "REQUEST", actor: "local:per:heinz-patzelt", target: "Heinz Fischer"}}},
	// advocacy idioms: backing what the für-phrase names
	{name: "sich für X einsetzen", lang: "de", dct: "2015-07-31",
		text: "Die Kanzlerin Angela Merkel hat sich in Brüssel für die Ukraine eingesetzt.",
		want: []want{{typ: "SUPPORT", actor: "DEU", target: "UKR"}}},
	{name: "sich für X stark machen", lang: "de", dct: "2015-07-31",
		text: "Der französische Außenminister machte sich am Montag für neue Gespräche mit Russland stark.",
		want: []want{{typ: "SUPPORT", actor: "FRA"}}},
	{name: "für X werben", lang: "de", dct: "2015-07-31",
		text: "Der britische Premierminister hat in Berlin für den Verbleib seines Landes in der EU geworben.",
		want: []want{{typ: "SUPPORT", actor: "GBR"}}},
	{name: "für Verständnis werben is an appeal", lang: "de", dct: "2015-07-31",
		text: "Der britische Premierminister hat in Berlin für Verständnis geworben.",
		none: []string{"SUPPORT"}},
	// a protest note sent is an official complaint; "sein Land" in reported
	// speech is the speaker's
	{name: "a protest note sent", lang: "de", dct: "2015-07-31",
		text: "Serbien werde eine Protestnote an die US-Regierung schicken.",
		want: []want{{typ: "ACCUSE", actor: "SRB", target: "USA"}}},
	{name: "sein Land of an official the knowledge base lacks: the dateline's state", lang: "de", dct: "2015-07-31",
		text: "Belgrad – Sein Land werde eine Protestnote an die US-Regierung schicken, sagte Außenminister Ivica Dacic.",
		want: []want{{typ: "ACCUSE", actor: "SRB", target: "USA", modality: "planned"}}},
	{name: "ihr Land of a named speaker", lang: "de", dct: "2015-07-31",
		text: "Die Ministerin Federica Mogherini sagte am Montag, ihr Land werde Tunesien mit Geld unterstützen.",
		want: []want{{typ: "SUPPORT", actor: "ITA", target: "TUN"}}},
	{name: "a fronted name before man is the object", lang: "de", dct: "2015-07-31",
		text: "Auch Österreich muss man den Vorwurf machen, in der Asylpolitik versagt zu haben.",
		none: []string{"ACCUSE"}},
	// contradicting a law is no refusal
	{name: "a plan contradicting the law", lang: "de", dct: "2015-07-31",
		text: "Der Plan der Bank Austria würde EU-Recht widersprechen, sagte ein Experte.",
		none: []string{"REJECT"}},
	{name: "contradicting a country's account is a refusal", lang: "de", dct: "2015-07-31",
		text: "Polen widersprach am Montag der Darstellung Russlands.",
		want: []want{{typ: "REJECT", actor: "POL", target: "RUS"}}},
	// a title the article gave a named person points back to that person
	{name: "der Bürgermeister after Bürgermeister X", lang: "de", dct: "2015-07-31",
		text: "Wien – Der Wiener Bürgermeister Michael Häupl traf am Montag Angela Merkel. Der Bürgermeister kritisierte die Türkei scharf.",
		want: []want{{typ: "ACCUSE", actor: "local:per:michael-haupl", target: "TUR"}}},
	{name: "der Bürgermeister with no mayor named points nowhere", lang: "de", dct: "2015-07-31",
		text: "Wien – Kanzler Werner Faymann traf am Montag Wladimir Putin. Der Bürgermeister kritisierte die Türkei scharf.",
		none: []string{"ACCUSE"}},
	// "ist gefordert": called upon
	{name: "X ist gefordert is no demand by X", lang: "de", dct: "2015-07-31",
		text: "Nun sei die griechische Regierung gefordert, sagte ein Sprecher der EU-Kommission.",
		none: []string{"REQUEST"}},
	{name: "sich widersetzen is a refusal", lang: "de", dct: "2015-07-31",
		text: "Russland widersetzte sich am Montag den Plänen der Nato.",
		want: []want{{typ: "REJECT", actor: "RUS", target: "NATO"}}},
	// an arrest and a seizure are two acts
	{name: "arrest and seizure in one sentence", lang: "de", dct: "2015-07-31",
		text: "Die ukrainische Polizei hat am Montag zehn Demonstranten festgenommen und Waffen beschlagnahmt.",
		want: []want{{typ: "COERCE", mode: "arrest", actor: "UKR"}, {typ: "COERCE", mode: "seize", actor: "UKR"}}},
}

func TestExtractDE27(t *testing.T) {
	st := loadStages(t)
	runExtractCases(t, st, de27Cases)
}

// TestDemonymCiviliansDE checks that a German demonym noun for one or a
// few people codes them as their country's civilians, and that one with
// the definite article alone stays the state.
func TestDemonymCiviliansDE(t *testing.T) {
	st := loadStages(t)
	runSectorCasesDE(t, st, []sectorCase{
		{"London – Ein psychisch kranker Brite hat am Montag seine Ehefrau getötet.", "ASSAULT", "CVL"},
		{"Paris – Zwei Deutsche haben am Montag einen Polizisten angegriffen.", "ASSAULT", "CVL"},
		{"Die Amerikaner haben am Montag Stellungen im Irak bombardiert.", "ASSAULT", ""},
	})
}

// sectorCase is a German sentence, the type of an event it must give and
// the sector that event's actor must have.
type sectorCase struct{ text, typ, sector string }

// runSectorCasesDE checks each case's sentence for an event of its type
// whose actor has its sector.
func runSectorCasesDE(t *testing.T, st *stages, cases []sectorCase) {
	t.Helper()
	for _, c := range cases {
		d := st.doc(t, "de", "2015-07-31", c.text)
		found := false
		for _, e := range d.Events {
			if e.Type == c.typ {
				found = true
				if e.ActorSector != c.sector {
					t.Errorf("%q: actor sector %q, want %q", c.text, e.ActorSector, c.sector)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s event", c.text, c.typ)
		}
	}
}
