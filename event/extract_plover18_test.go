package event_test

import "testing"

// finerCases hold the dictionary's patterns that name what a curated
// verb's catch-all row does not: an object or a phrasal particle that
// turns a deed into words or words into a deed, and the cases where the
// curated reading stands. The sentences are written for dossier.
var finerCases = []extractCase{
	{name: "attacking a policy is criticism", lang: "en", dct: "2024-03-05",
		text: "Hungary attacked the new asylum policy of Austria.",
		want: []want{{typ: "ACCUSE", actor: "HUN", target: "AUT"}},
		none: []string{"ASSAULT"}},
	{name: "delivering a warning is a threat", lang: "en", dct: "2024-03-05",
		text: "Serbia delivered a stern warning to Croatia on Tuesday.",
		want: []want{{typ: "THREATEN", actor: "SRB", target: "HRV"}},
		none: []string{"AID"}},
	{name: "protesting a decision is an accusation", lang: "en", dct: "2024-03-05",
		text: "Bolivia protested the decision of the Chilean court.",
		want: []want{{typ: "ACCUSE", actor: "BOL", target: "CHL"}},
		none: []string{"PROTEST"}},
	{name: "backing away is no backing", lang: "en", dct: "2024-03-05",
		text: "Norway backed away from its fishing deal with Iceland.",
		none: []string{"SUPPORT"}},
	{name: "attacking a town stays an assault", lang: "en", dct: "2024-03-05",
		text: "Armenian troops attacked an Azerbaijani village.",
		want: []want{{typ: "ASSAULT", actor: "ARM", target: "AZE"}}},
	{name: "arresting protesters stays an arrest", lang: "en", dct: "2024-03-05",
		text: "Georgian police arrested dozens of protesters in Tbilisi.",
		want: []want{{typ: "COERCE", actor: "GEO"}},
		none: []string{"ASSAULT"}},
	{name: "a promise governs the act it promises", lang: "en", dct: "2024-03-05",
		text: "Japan has promised to continue economic aid to Laos.",
		want: []want{{typ: "AGREE", actor: "JPN", target: "LAO"}}},
	{name: "a closed verb's prepositional pattern with its noun opens it", lang: "en", dct: "2024-03-05",
		text: "Sweden looked into the allegations against Norway.",
		want: []want{{typ: "ACCUSE", mode: "investigate", actor: "SWE", target: "NOR"}}},
	{name: "a reporting verb whose object names the act is an event", lang: "en", dct: "2024-03-05",
		text: "Spain stressed the need for talks with Venezuela.",
		want: []want{{typ: "REQUEST", actor: "ESP", target: "VEN"}}},
	{name: "a reporting verb's event noun object carries the act", lang: "en", dct: "2024-03-05",
		text: "Chile announced a large aid package for Bolivia.",
		want: []want{{typ: "AID", actor: "CHL", target: "BOL"}},
		none: []string{"AGREE"}},
	{name: "a reporting verb with content reports it", lang: "en", dct: "2024-03-05",
		text: "The Spanish minister added that sanctions against Venezuela would follow.",
		none: []string{"COERCE", "AGREE", "REQUEST"}},
	{name: "a longer object of the dictionary says more than the curated one", lang: "en", dct: "2024-03-05",
		text: "Hungary launched a verbal attack on the Romanian president.",
		want: []want{{typ: "ACCUSE", actor: "HUN", target: "ROU"}},
		none: []string{"ASSAULT"}},
	{name: "the curated object stands where the longer one is of its kind", lang: "en", dct: "2024-03-05",
		text: "Kenya signed a trade agreement with Uganda.",
		want: []want{{typ: "SUPPORT", actor: "KEN", target: "UGA"}}},
	{name: "a dictionary object of a guessed catch-all's type needs no guess", lang: "en", dct: "2024-03-05",
		text: "Qatar offered a loan to Egypt.",
		want: []want{{typ: "AGREE", actor: "QAT", target: "EGY"}}},
}

func TestFinerPatternsEN(t *testing.T) {
	runExtractCases(t, loadStages(t), finerCases)
}
