package event_test

import "testing"

// collocationCases hold the dictionary's object collocations of verbs the
// curated lexicon calls no event alone ("take", "start", "set", "raise"),
// the order of a phrasal verb's patterns, and the setting of a clause
// that a collocation does not swallow. The sentences are written for
// dossier.
var collocationCases = []extractCase{
	{name: "taking hostages is an abduction", lang: "en", dct: "2024-03-05",
		text: "Colombian rebels took two Chilean engineers hostage.",
		want: []want{{typ: "ASSAULT", mode: "abduct", actor: "COL", target: "CHL"}}},
	{name: "starting a trip is a visit", lang: "en", dct: "2024-03-05",
		text: "The Iranian government started a three-day trip to Iraq.",
		want: []want{{typ: "CONSULT", mode: "visit", actor: "IRN", target: "IRQ"}}},
	{name: "setting off explosives is an attack", lang: "en", dct: "2024-03-05",
		text: "Peru set off explosives near the Ecuadorian border.",
		want: []want{{typ: "ASSAULT", actor: "PER"}}},
	{name: "raising rates is no event", lang: "en", dct: "2024-03-05",
		text: "Chile raised interest rates.",
		none: []string{"ACCUSE", "AID", "REQUEST", "COOPERATE"}},
	{name: "continuing efforts is no cooperation", lang: "en", dct: "2024-03-05",
		text: "Pakistan continued its efforts with India.",
		none: []string{"COOPERATE"}},
	{name: "a phrasal verb's object pattern goes before its bare sense", lang: "en", dct: "2024-03-05",
		text: "Venezuela stepped up pressure on Guyana.",
		want: []want{{typ: "REQUEST", actor: "VEN", target: "GUY"}},
		none: []string{"COOPERATE"}},
	{name: "talks are the setting of a collocation, and an event of their own", lang: "en", dct: "2024-03-05",
		text: "Sweden raised the issue in talks with Norway.",
		want: []want{{typ: "CONSULT", actor: "SWE", target: "NOR"}}},
}

func TestCollocationsEN(t *testing.T) {
	runExtractCases(t, loadStages(t), collocationCases)
}
