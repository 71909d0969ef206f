package event_test

import "testing"

// de21Cases are German reports of round evde21 (issue #5), from judging
// 10kGNAD articles: a ministry named by its city's adjective, a state that
// protests or lodges a protest (an official complaint, no demonstration),
// a party named in the title of an unknown politician, a suspect released,
// a deed imputed ("unterstellen"), a denial in a clause with "was".
// Each has a twin where the rule must not apply. The sentences are
// written for the tests.
var de21Cases = []extractCase{
	// a ministry named after its capital is its state's government
	{name: "a foreign ministry named by its city summons an envoy", lang: "de", dct: "2025-07-31",
		text: "Am Dienstag hatte das Moskauer Außenministerium den litauischen Botschafter einbestellt.",
		want: []want{{typ: "ACCUSE", mode: "disapprove", actor: "RUS", target: "LTU"}}},
	{name: "a foreign office named by its city condemns", lang: "de", dct: "2025-07-31",
		text: "Das Pariser Außenamt verurteilte die Festnahme des Reporters scharf.",
		want: []want{{typ: "ACCUSE", mode: "disapprove", actor: "FRA"}}},
	{name: "another ministry named by its city", lang: "de", dct: "2025-07-31",
		text: "Das Madrider Innenministerium kritisierte die Blockade der Grenze.",
		want: []want{{typ: "ACCUSE", actor: "ESP"}}},
	{name: "a mayor named by his city is no state's", lang: "de", dct: "2025-07-31",
		text: "Der Pariser Bürgermeister verurteilte den Anschlag.",
		none: []string{"ACCUSE"}},
	// a state protests: an official complaint
	{name: "a state protests against a deed", lang: "de", dct: "2025-07-31",
		text: "In Kairo protestierte Ägypten gegen die Verhaftung zweier Reporter.",
		want: []want{{typ: "ACCUSE", mode: "allege", actor: "EGY"}},
		none: []string{"PROTEST"}},
	{name: "a state protests against another's decision", lang: "de", dct: "2025-07-31",
		text: "Jordanien protestierte scharf gegen den Beschluss Israels.",
		want: []want{{typ: "ACCUSE", mode: "allege", actor: "JOR", target: "ISR"}},
		none: []string{"PROTEST"}},
	{name: "a minister protests", lang: "de", dct: "2025-07-31",
		text: "Der ungarische Außenminister protestierte gegen die Äußerungen des Gesandten.",
		want: []want{{typ: "ACCUSE", mode: "allege", actor: "HUN"}},
		none: []string{"PROTEST"}},
	{name: "a country's people protest in the streets", lang: "de", dct: "2025-07-31",
		text: "Tausende Jordanier protestierten gegen die Regierung.",
		want: []want{{typ: "PROTEST", mode: "demo"}},
		none: []string{"ACCUSE"}},
	{name: "students protest in a capital", lang: "de", dct: "2025-07-31",
		text: "In Amman protestierten Studenten gegen die Regierung.",
		want: []want{{typ: "PROTEST", mode: "demo"}},
		none: []string{"ACCUSE"}},
	// lodging a protest or a veto
	{name: "a state lodges a protest", lang: "de", dct: "2025-07-31",
		text: "Die Regierung in Athen legte Protest gegen das Manöver ein.",
		want: []want{{typ: "ACCUSE", mode: "allege", actor: "GRC"}}},
	{name: "a protest lodged in the perfect", lang: "de", dct: "2025-07-31",
		text: "Norwegen hat Protest eingelegt.",
		want: []want{{typ: "ACCUSE", mode: "allege", actor: "NOR"}}},
	{name: "a veto lodged", lang: "de", dct: "2025-07-31",
		text: "China legte im Sicherheitsrat sein Veto gegen den Entwurf ein.",
		want: []want{{typ: "REJECT", mode: "veto", actor: "CHN"}}},
	{name: "a pause put in is no event", lang: "de", dct: "2025-07-31",
		text: "Die Regierung in Athen legte eine Pause ein.",
		none: []string{"ACCUSE", "REJECT"}},
	// a party in the title of a person the knowledge base lacks
	{name: "a party member's demand", lang: "de", dct: "2025-07-31",
		text: "Der FDP-Abgeordnete Jonas Wellmann forderte den Rücktritt der Ministerin.",
		want: []want{{typ: "REQUEST", actor: "DEU"}}},
	{name: "a party chief's criticism", lang: "de", dct: "2025-07-31",
		text: "SPÖ-Chef Martin Kogler kritisierte die Regierung scharf.",
		want: []want{{typ: "ACCUSE", actor: "AUT"}}},
	{name: "a firm's chief is no party's", lang: "de", dct: "2025-07-31",
		text: "Siemens-Chef Martin Kogler forderte Neuwahlen.",
		none: []string{"REQUEST"}},
	// a release from custody is the state's that held them
	{name: "a suspect released, under a dateline", lang: "de", dct: "2025-07-31",
		text: "Lyon – Die Tatverdächtige wurde am Dienstag wieder freigelassen.",
		want: []want{{typ: "RETREAT", mode: "release", actor: "FRA"}}},
	{name: "hostages released are not the state's", lang: "de", dct: "2025-07-31",
		text: "Lyon – Die Geiseln wurden am Dienstag freigelassen.",
		none: []string{"RETREAT"}},
	{name: "set free in a named place", lang: "de", dct: "2025-07-31",
		text: "In Tunis wurde der Blogger wieder auf freien Fuß gesetzt.",
		want: []want{{typ: "RETREAT", mode: "release", actor: "TUN"}}},
	// imputing a deed
	{name: "a state imputes a plan to another", lang: "de", dct: "2025-07-31",
		text: "Venezuela unterstellt den Niederlanden, eine Blockade vorzubereiten.",
		want: []want{{typ: "ACCUSE", mode: "allege", actor: "VEN", target: "NLD"}}},
	{name: "imputing with a that-clause", lang: "de", dct: "2025-07-31",
		text: "Die Regierung in Baku unterstellte Armenien, dass es Saboteure ausbilde.",
		want: []want{{typ: "ACCUSE", mode: "allege", actor: "AZE", target: "ARM"}}},
	{name: "troops placed under a command", lang: "de", dct: "2025-07-31",
		text: "Belgien unterstellte seine Truppen dem Kommando der NATO.",
		none: []string{"ACCUSE"}},
	// a clause with "was" that comments on the one before
	{name: "a denial in a was-clause", lang: "de", dct: "2025-07-31",
		text: "Litauen wirft Belarus vor, Migranten an die Grenze zu bringen, was Minsk bestreitet.",
		want: []want{{typ: "ACCUSE", actor: "LTU", target: "BLR"}, {typ: "REJECT", actor: "BLR"}}},
	{name: "two deny in a was-clause", lang: "de", dct: "2025-07-31",
		text: "Peru wirft Chile vor, Spione zu schicken, was Santiago und Madrid zurückweisen.",
		want: []want{{typ: "REJECT", actor: "CHL"}, {typ: "REJECT", actor: "ESP"}}},
	{name: "a was-clause whose pronoun is the subject", lang: "de", dct: "2025-07-31",
		text: "Litauen wirft Belarus vor, Migranten an die Grenze zu bringen, was zu Spannungen führte.",
		none: []string{"REJECT"}},
}

func TestExtractDE21(t *testing.T) {
	st := loadStages(t)
	runExtractCases(t, st, de21Cases)
}
