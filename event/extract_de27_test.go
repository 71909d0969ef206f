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
}

func TestExtractDE27(t *testing.T) {
	st := loadStages(t)
	runExtractCases(t, st, de27Cases)
}
