package event_test

import "testing"

// businessENCases are English sentences written for dossier in the style of
// wire business news: states and firms named in the things that markets
// move (exports, prices, bonds, money) are no actors, and the bare CAMEO
// defaults of "file", "leave", "fail" and "carry out" are no events, while
// the political acts next to them still come out.
var businessENCases = []extractCase{
	{name: "prices are no actor", lang: "en", dct: "1987-03-10",
		text: "Low Brazilian coffee prices have discouraged purchases of Colombian beans.",
		none: []string{"ACCUSE", "REJECT", "COERCE"}},
	{name: "bonds are no actor", lang: "en", dct: "1987-03-10",
		text: "The Mexican and Swiss bonds traded at par on Tuesday.",
		none: []string{"COOPERATE"}},
	{name: "exports are no actor", lang: "en", dct: "1987-03-10",
		text: "Malaysia's tin output is expected to fall and exports to increase, traders said.",
		none: []string{"COOPERATE"}},
	{name: "a unit is an actor", lang: "en", dct: "1987-03-10",
		text: "A Syrian army unit attacked a Lebanese village on Sunday.",
		want: []want{{typ: "ASSAULT", actor: "SYR", target: "LBN"}}},
	{name: "spending money at home", lang: "en", dct: "1987-03-10",
		text: "Oman will spend 12 billion rials on roads in the coming year.",
		none: []string{"AID"}},
	{name: "offering bills", lang: "en", dct: "1987-03-10",
		text: "Pakistan offered 500 mln rupees worth of treasury bills at its weekly tender.",
		none: []string{"AGREE"}},
	{name: "providing money to a state", lang: "en", dct: "1987-03-10",
		text: "Norway will provide 50 mln dollars to Malawi.",
		want: []want{{typ: "AID", actor: "NOR", target: "MWI", modality: "planned"}}},
	{name: "an international body's loan helps", lang: "en", dct: "1987-03-10",
		text: "A World Bank loan of 90 mln dlrs will help Ghana rebuild its ports.",
		want: []want{{typ: "AID", target: "GHA"}}},
	{name: "filing with a regulator", lang: "en", dct: "1987-03-10",
		text: "Acme Mining Corp said it filed a registration statement with the Securities and Exchange Commission.",
		none: []string{"ACCUSE"}},
	{name: "filing a complaint", lang: "en", dct: "1987-03-10",
		text: "Ecuador filed a complaint against Peru at the United Nations.",
		want: []want{{typ: "ACCUSE", actor: "ECU", target: "PER"}}},
	{name: "leaving a city", lang: "en", dct: "1987-03-10",
		text: "The Chilean president left Santiago on Monday.",
		none: []string{"CONSULT"}},
	{name: "leaving for talks", lang: "en", dct: "1987-03-10",
		text: "The Chilean foreign minister left for Peru on Monday.",
		want: []want{{typ: "CONSULT", actor: "CHL", target: "PER"}}},
	{name: "failing to reach an agreement", lang: "en", dct: "1987-03-10",
		text: "Greece failed to reach an agreement with Turkey on the islands.",
		want: []want{{typ: "AGREE", actor: "GRC", target: "TUR", modality: "negated"}},
		none: []string{"REJECT"}},
	{name: "carrying out a reform", lang: "en", dct: "1987-03-10",
		text: "The Mexican president is trying to carry out a tax reform.",
		none: []string{"ASSAULT"}},
	{name: "carrying out air strikes", lang: "en", dct: "1987-03-10",
		text: "Turkish jets carried out air strikes on Kurdish positions in Iraq.",
		want: []want{{typ: "ASSAULT", actor: "TUR"}}},
	{name: "a currency is no actor", lang: "en", dct: "1987-03-10",
		text: "The dollar fell against the yen in Tokyo on Monday.",
		none: []string{"ASSAULT", "COERCE", "CONCEDE", "RETREAT", "REJECT"}},
	{name: "a dividend cut", lang: "en", dct: "1987-03-10",
		text: "The Canadian mining firm cut its quarterly dividend to 10 cts a share.",
		none: []string{"SANCTION", "COERCE", "RETREAT"}},
	{name: "agreeing to acquire a firm", lang: "en", dct: "1987-03-10",
		text: "A Dutch bank agreed to acquire the French insurer for 300 mln dlrs.",
		none: []string{"AGREE", "COOPERATE"}},
}

func TestExtractBusinessEN(t *testing.T) {
	runExtractCases(t, loadStages(t), businessENCases)
}
