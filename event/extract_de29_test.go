package event_test

import "testing"

// de29Cases are German shapes of round evde29 (issue 5). The sentences are
// written for the tests.
var de29Cases = []extractCase{
	// a capital after the finite verb and a reflexive is the subject
	{name: "capital after sich, a word before the closing verb", lang: "de", dct: "2025-07-31",
		text: "Für die Ukraine würde sich Moskau stark einsetzen.",
		want: []want{{typ: "SUPPORT", actor: "RUS", target: "UKR"}}},
	{name: "capital after sich in a perfect", lang: "de", dct: "2025-07-31",
		text: "Für Serbien hat sich Berlin am Montag nachdrücklich eingesetzt.",
		want: []want{{typ: "SUPPORT", actor: "DEU", target: "SRB"}}},
	// looting and taking control are seizures
	{name: "plündern", lang: "de", dct: "2025-07-31",
		text: "Russische Soldaten plünderten am Montag mehrere Dörfer in der Ukraine.",
		want: []want{{typ: "COERCE", mode: "seize", actor: "RUS", target: "UKR"}}},
	{name: "unter ihre Kontrolle bringen", lang: "de", dct: "2025-07-31",
		text: "Die syrische Armee brachte am Sonntag die Stadt Aleppo unter ihre Kontrolle.",
		want: []want{{typ: "COERCE", mode: "seize", actor: "SYR"}}},
	{name: "bringen without Kontrolle is no event", lang: "de", dct: "2025-07-31",
		text: "Die syrische Armee brachte am Sonntag Hilfsgüter unter großen Mühen nach Aleppo.",
		none: []string{"COERCE"}},
	// a crowd word read as a name is still a crowd: the place's civilians
	{name: "Tausende after a date phrase protest in a capital", lang: "de", dct: "2025-07-31",
		text: "In Kairo demonstrierten am Freitag Tausende gegen die Regierung.",
		want: []want{{typ: "PROTEST", actor: "EGY", target: "EGY"}}},
	{name: "Tausende go into the streets of a capital", lang: "de", dct: "2025-07-31",
		text: "In Kairo gingen am Sonntag Tausende auf die Straße.",
		want: []want{{typ: "PROTEST", actor: "EGY"}}},
	// a people's German adjective links the people
	{name: "uigurische Flüchtlinge deported", lang: "de", dct: "2025-07-31",
		text: "Thailand hat 100 uigurische Flüchtlinge nach China abgeschoben.",
		want: []want{{typ: "COERCE", mode: "deport", actor: "THA", target: "kb:uyghurs"}}},
	{name: "uigurische Aktivisten protest", lang: "de", dct: "2025-07-31",
		text: "Uigurische Aktivisten protestierten in Istanbul gegen China.",
		want: []want{{typ: "PROTEST", actor: "kb:uyghurs", target: "CHN"}}},
	{name: "a people's adjective after a noun begins the object", lang: "de", dct: "2025-07-31",
		text: "Die Türkei protestiert, während Chinas Behörden uigurische Gruppen des Terrors beschuldigen.",
		want: []want{{typ: "ACCUSE", actor: "CHN", target: "kb:uyghurs"}}},
	{name: "tibetische Mönche protest", lang: "de", dct: "2025-07-31",
		text: "Tibetische Mönche protestierten am Montag in Lhasa gegen China.",
		want: []want{{typ: "PROTEST", actor: "kb:tibetans", target: "CHN"}}},
	{name: "koptische Christen protest", lang: "de", dct: "2025-07-31",
		text: "Koptische Christen protestierten in Kairo gegen die Regierung.",
		want: []want{{typ: "PROTEST", actor: "kb:copts", target: "EGY"}}},
}

func TestExtractDE29(t *testing.T) {
	st := loadStages(t)
	runExtractCases(t, st, de29Cases)
}
