package event_test

import "testing"

// de28Cases are German shapes of round evde28 (issue 5). The sentences are
// written for the tests.
var de28Cases = []extractCase{
	// a von-phrase after an event noun is the noun's, not the passive's agent
	{name: "während before a genitive article is the preposition", lang: "de", dct: "2025-07-31",
		text: "Während des Besuchs von Papst Franziskus wurden in Manila drei Demonstranten festgenommen.",
		want: []want{{typ: "COERCE", mode: "arrest", actor: "PHL"}}},
	{name: "wegen before a genitive article is the preposition", lang: "de", dct: "2025-07-31",
		text: "Wegen des Besuchs von Lawrow wurden in Kiew zwei Aktivisten festgenommen.",
		want: []want{{typ: "COERCE", mode: "arrest", actor: "UKR"}}},
	{name: "a von-phrase after the subject's event noun", lang: "de", dct: "2025-07-31",
		text: "Der Besuch von Papst Franziskus wurde von der Regierung Chinas scharf kritisiert.",
		want: []want{{typ: "ACCUSE", actor: "CHN"}}},
	// a verb-final clause broken by a relative clause goes on after it
	{name: "dass, subject, relative clause, object and verb", lang: "de", dct: "2025-07-31",
		text: "Der Minister sagte, dass Russland, das seit Monaten droht, die Ukraine angreift.",
		want: []want{{typ: "ASSAULT", actor: "RUS", target: "UKR"}}},
	{name: "all das, was is a phrase that the relative clause follows", lang: "de", dct: "2025-07-31",
		text: "Kritiker sagen, dass all das, was nun geschieht, den Regeln der Europäischen Union widerspricht.",
		none: []string{"REJECT"}},
	{name: "alles, was: the main clause goes on", lang: "de", dct: "2025-07-31",
		text: "Polen hat alles, was Russland vorschlug, abgelehnt.",
		want: []want{{typ: "REJECT", actor: "POL"}}},
	// a preposition capitalised at the start is no name
	{name: "Via at the start of the sentence", lang: "de", dct: "2025-07-31",
		text: "Via Facebook kritisierte die Regierung Polens am Montag Russland scharf.",
		want: []want{{typ: "ACCUSE", actor: "POL", target: "RUS"}}},
	{name: "Dank at the start of the sentence", lang: "de", dct: "2025-07-31",
		text: "Dank Twitter kritisierte der polnische Außenminister am Montag Russland scharf.",
		want: []want{{typ: "ACCUSE", actor: "POL", target: "RUS"}}},
	// "und" + phrases + a closing verb goes on with the relative clause
	{name: "relative clause coordinated with und, object and verb", lang: "de", dct: "2025-07-31",
		text: "Kritik kam von Heinz Patzelt, der die Regierung kritisierte und Bundespräsident Heinz Fischer bat, das Gesetz nicht zu unterzeichnen.",
		want: []want{{typ: "REQUEST", actor: "local:per:heinz-patzelt", target: "Heinz Fischer"}}},
	{name: "relative clause coordinated with und, phrases and verb", lang: "de", dct: "2025-07-31",
		text: "Merkel traf Erdogan, der am Montag Russland kritisierte und Polen mit Sanktionen drohte.",
		want: []want{{typ: "THREATEN", actor: "TUR", target: "POL"}}},
	{name: "relative pronoun before a country name, two verb phrases", lang: "de", dct: "2025-07-31",
		text: "Merkel traf die Minister Polens, die Russland scharf kritisierten und der Ukraine weitere Hilfe zusagten.",
		want: []want{{typ: "ACCUSE", actor: "POL", target: "RUS"}, {typ: "AGREE", actor: "POL", target: "UKR"}}},
	// an anti- adjective names the target, not the protester
	{name: "anti-chinesische Proteste without a named protester", lang: "de", dct: "2025-07-31",
		text: "Es gab am Montag anti-chinesische Proteste in der Türkei.",
		none: []string{"PROTEST"}},
	// "mit Sorge betrachten": concern at a named actor's doing
	{name: "betrachten mit Sorge", lang: "de", dct: "2025-07-31",
		text: "Washington betrachtet den Streit Chinas mit Japan mit großer Sorge.",
		want: []want{{typ: "ACCUSE", mode: "disapprove", actor: "USA", target: "CHN"}}},
	{name: "verfolgen mit Sorge without a named actor", lang: "de", dct: "2025-07-31",
		text: "Die Regierung verfolgt die Entwicklung mit Sorge.",
		none: []string{"ACCUSE"}},
}

func TestExtractDE28(t *testing.T) {
	st := loadStages(t)
	runExtractCases(t, st, de28Cases)
}

// TestAidGroupSectorDE checks that a German aid or rights group that a
// country's adjective qualifies is coded as that country's NGO, not as its
// state.
func TestAidGroupSectorDE(t *testing.T) {
	st := loadStages(t)
	runSectorCasesDE(t, st, []sectorCase{
		{"Das deutsche Hilfswerk Misereor hat sich am Montag für die Freilassung des Priesters eingesetzt.", "SUPPORT", "NGO"},
		{"Eine deutsche Hilfsorganisation hat am Montag die Regierung Syriens scharf kritisiert.", "ACCUSE", "NGO"},
		{"Eine britische Menschenrechtsorganisation hat am Montag die Regierung Ägyptens scharf kritisiert.", "ACCUSE", "NGO"},
		{"Die deutsche Regierung hat am Montag die Regierung Syriens scharf kritisiert.", "ACCUSE", "GOV"},
	})
}
