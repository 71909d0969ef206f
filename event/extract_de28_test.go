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
}

func TestExtractDE28(t *testing.T) {
	st := loadStages(t)
	runExtractCases(t, st, de28Cases)
}
