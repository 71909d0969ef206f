package event_test

import "testing"

// plover22Cases hold unnamed groups of people whose state a participle
// after them names (where they are based, what they flee, where they were
// expelled from), targets of aid to people after "to", and officials
// titled by an international body. The sentences are written for dossier.
var plover22Cases = []extractCase{
	{name: "rebels based in a country act for it, not for where they strike", lang: "en", dct: "2024-03-05",
		text: "Rebels based in Chad attacked a convoy in Sudan on Tuesday.",
		want: []want{{typ: "ASSAULT", actor: "TCD", target: "SDN"}}},
	{name: "refugees fleeing a country are its people", lang: "en", dct: "2024-03-05",
		text: "Police in Kenya detained dozens of refugees fleeing Ethiopia.",
		want: []want{{typ: "COERCE", actor: "KEN", target: "ETH"}}},
	{name: "workers expelled from a country", lang: "en", dct: "2024-03-05",
		text: "Guinean soldiers beat hundreds of workers expelled from Liberia.",
		want: []want{{typ: "ASSAULT", actor: "GIN", target: "LBR"}}},
	{name: "a plural the tagger reads as a verb after 'to' is no infinitive that ends the objects", lang: "en", dct: "2024-03-05",
		text: "The European Union will provide 5,000 tons of food aid to refugees in Sudan.",
		want: []want{{typ: "AID", actor: "European Union", target: "SDN"}}},
	{name: "a plural agent noun the tagger reads as an infinitive after 'to' is whom aid goes to", lang: "en", dct: "2024-03-05",
		text: "The European Union will provide 5,000 tons of food to refugees fleeing the war in Sudan.",
		want: []want{{typ: "AID", actor: "European Union", target: "SDN"}}},
	{name: "an infinitive after 'to' stays one", lang: "en", dct: "2024-03-05",
		text: "Kenya sent troops to protect refugees in Somalia.",
		want: []want{{typ: "AID", actor: "KEN", target: "SOM"}}},
	{name: "a title the chunker split from the name keeps the international body before it", lang: "en", dct: "2024-03-05",
		text: "World Bank President Ana Souza criticised Brazil on Monday.",
		want: []want{{typ: "ACCUSE", actor: "World Bank", target: "BRA"}}},
	{name: "a title of several words after an international body", lang: "en", dct: "2024-03-05",
		text: "Arab League deputy envoy Lakhdar Saleh criticised Israel on Monday.",
		want: []want{{typ: "ACCUSE", actor: "Arab League", target: "ISR"}}},
	{name: "troops ordered to a place are not from it", lang: "en", dct: "2024-03-05",
		text: "Rebels ordered to Mali attacked a convoy in Niger.",
		none: []string{"MOBILIZE"}},
}

func TestPlover22Cases(t *testing.T) {
	runExtractCases(t, loadStages(t), plover22Cases)
}
