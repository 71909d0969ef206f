package event_test

import "testing"

// newsKindsEN17 are own sentences for the English leftovers of issue 5:
// commands read as acts done, offers of goods, joining an alliance,
// protests aimed at their town, the victims' nationality as the actors',
// conditions a that-clause deep, and capitals acting in a progressive.
// Each kind has a sentence of the same words that still holds its event.
// forbid lists events that must not come out.
var newsKindsEN17 = []forbidCase{
	// a command to those addressed is a call for the act, not the act
	{extractCase: extractCase{name: "a quoted command to a people is not done", lang: "en", dct: "1991-02-20",
		text: "\"All Chileans, attack them with all your strength,\" the general said.",
		want: []want{{typ: "ASSAULT", modality: "hypothetical"}}},
		forbid: []want{{typ: "ASSAULT", modality: "asserted"}, {typ: "ASSAULT", modality: "reported"}}},
	{extractCase: extractCase{name: "an exclaimed command is not done", lang: "en", dct: "1991-02-20",
		text: "Soldiers of Peru, attack the border posts at dawn!"},
		forbid: []want{{typ: "ASSAULT", modality: "asserted"}}},
	{extractCase: extractCase{name: "a subject cut off by an apposition still acts", lang: "en", dct: "1991-02-20",
		text: "Peru, the largest of the three, attacked the border posts at dawn.",
		want: []want{{typ: "ASSAULT", actor: "PER", modality: "asserted"}}}},
	// an offer of goods to nobody is no agreement
	{extractCase: extractCase{name: "a country offering goods agrees to nothing", lang: "en", dct: "1998-09-07",
		text: "Peru offers beach resorts and cheap flights.",
		none: []string{"AGREE"}}},
	{extractCase: extractCase{name: "an offer to someone stays", lang: "en", dct: "1998-09-07",
		text: "Peru offered Chile a ceasefire.",
		want: []want{{typ: "AGREE", actor: "PER", target: "CHL"}}}},
	{extractCase: extractCase{name: "an offer of talks stays", lang: "en", dct: "1998-09-07",
		text: "Peru offered talks on the border dispute.",
		want: []want{{typ: "AGREE", actor: "PER"}}}},
	{extractCase: extractCase{name: "an offer to act stays", lang: "en", dct: "1998-09-07",
		text: "Norway offered to mediate between the two sides.",
		want: []want{{typ: "AGREE", actor: "NOR"}}}},
	// joining an alliance or a body of states
	{extractCase: extractCase{name: "joining an alliance cooperates with it", lang: "en", dct: "2004-04-02",
		text: "Slovenia and Slovakia formally joined NATO on Monday.",
		want: []want{{typ: "SUPPORT", actor: "SVN", target: "NATO"}, {typ: "SUPPORT", actor: "SVK", target: "NATO"}}}},
	{extractCase: extractCase{name: "joining a union of states cooperates with it", lang: "en", dct: "2004-05-02",
		text: "Malta joined the European Union in 2004.",
		want: []want{{typ: "SUPPORT", actor: "MLT", target: "European Union"}}}},
	{extractCase: extractCase{name: "joining a queue is no event", lang: "en", dct: "2004-05-02",
		text: "Maltese pensioners joined the queue outside the bank.",
		none: []string{"SUPPORT"}}},
	// a protest's town is where, not whom
	{extractCase: extractCase{name: "a protest in a town is not aimed at the town", lang: "en", dct: "1998-02-05",
		text: "Thousands of Peruvian students protested in Lima on Monday.",
		want: []want{{typ: "PROTEST", actor: "PER", target: "PER"}}},
		forbid: []want{{typ: "PROTEST", target: "Lima"}}},
	{extractCase: extractCase{name: "a protest against a state keeps it", lang: "en", dct: "1998-02-05",
		text: "Farmers demonstrated against Chile in Lima.",
		want: []want{{typ: "PROTEST", target: "CHL"}}},
		forbid: []want{{typ: "PROTEST", target: "Lima"}}},
	// the victims' nationality is no clue to the attackers'
	{extractCase: extractCase{name: "foreign hostages do not make the rebels foreign", lang: "en", dct: "2006-01-12",
		text: "Rebels took two Italian engineers hostage."},
		forbid: []want{{typ: "ASSAULT", actor: "ITA"}}},
	{extractCase: extractCase{name: "rebels killing a state's soldiers are that state's", lang: "en", dct: "2006-01-12",
		text: "Rebels killed five Colombian soldiers.",
		want: []want{{typ: "ASSAULT", actor: "COL", target: "COL"}}}},
	{extractCase: extractCase{name: "the place of a kidnapping still codes the rebels", lang: "en", dct: "2006-01-12",
		text: "Rebels kidnapped two Italian engineers in Nigeria.",
		want: []want{{typ: "ASSAULT", actor: "NGA", target: "ITA"}}}},
	// a condition reaches through the that-clause it governs
	{extractCase: extractCase{name: "a goal inside a condition's that-clause is hypothetical", lang: "en", dct: "1991-02-25",
		text: "If it seems that the British goal actually is to destroy the regime, the cost could be high.",
		want: []want{{typ: "ASSAULT", actor: "GBR", modality: "hypothetical"}}},
		forbid: []want{{typ: "ASSAULT", modality: "asserted"}}},
	// a capital acting in a progressive or "alone in" a gerund
	{extractCase: extractCase{name: "capitals alone in warning are their governments", lang: "en", dct: "1998-02-01",
		text: "Washington and London are virtually alone in warning Iraq of military strikes.",
		want: []want{{typ: "THREATEN", actor: "USA", target: "IRQ"}, {typ: "THREATEN", actor: "GBR", target: "IRQ"}}}},
	{extractCase: extractCase{name: "a capital in the progressive is its government", lang: "en", dct: "1998-02-01",
		text: "Moscow is warning Georgia of military strikes.",
		want: []want{{typ: "THREATEN", actor: "RUS", target: "GEO"}}}},
	{extractCase: extractCase{name: "a capital that is somewhere stays a place", lang: "en", dct: "1998-02-01",
		text: "Moscow is far from the border, and Georgia attacked the town."},
		forbid: []want{{typ: "ASSAULT", actor: "RUS"}}},
}

func TestNewsKindsEN17(t *testing.T) {
	runForbidCases(t, parsedStages(t), newsKindsEN17)
}
