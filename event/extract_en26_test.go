package event_test

import "testing"

// newsKindsEN26 are own sentences for the English kinds of issue 5's
// twenty-sixth round (precision in general news).
var newsKindsEN26 = []forbidCase{
	// a foreign state's embassy stands in the host country: police at it
	// are the host's (the dateline's), and their arrests are not aimed at
	// the embassy's state; a protest outside it is
	{extractCase: extractCase{name: "police outside an embassy are the dateline's", lang: "en", dct: "1987-03-04",
		text: "WASHINGTON - Police arrested 20 protesters outside the Iranian embassy on Monday.",
		want: []want{{typ: "COERCE", actor: "USA"}}},
		forbid: []want{{typ: "COERCE", actor: "IRN"}, {typ: "COERCE", target: "IRN"}}},
	{extractCase: extractCase{name: "police outside an embassy in a named city", lang: "en", dct: "1987-03-04",
		text: "Police detained two men outside the Libyan consulate in London on Tuesday.",
		want: []want{{typ: "COERCE", actor: "GBR"}}},
		forbid: []want{{typ: "COERCE", actor: "LBY"}, {typ: "COERCE", target: "LBY"}}},
	{extractCase: extractCase{name: "police outside an embassy without a dateline", lang: "en", dct: "1987-03-04",
		text: "Police arrested 20 protesters outside the Iranian embassy on Monday."},
		forbid: []want{{typ: "COERCE", actor: "IRN"}}},
	{extractCase: extractCase{name: "a protest outside an embassy is aimed at its state", lang: "en", dct: "1987-03-04",
		text: "LONDON - Hundreds of students protested outside the Iranian embassy on Monday.",
		want: []want{{typ: "PROTEST", actor: "GBR", target: "IRN"}}},
		forbid: []want{{typ: "PROTEST", actor: "IRN"}}},
	// a firm's unit is no armed force: its deals stay business
	{extractCase: extractCase{name: "a firm's unit is business", lang: "en", dct: "1987-03-04",
		text: "American Express Co said it is reviewing plans for its travel unit that could improve Siemens's access to Asian markets."},
		forbid: []want{{typ: "COOPERATE"}}},
	{extractCase: extractCase{name: "a firm's unit that helps is business", lang: "en", dct: "1987-03-04",
		text: "American Express Co said it is reviewing plans for its travel unit, which could help Siemens."},
		forbid: []want{{typ: "AID"}}},
	{extractCase: extractCase{name: "an army unit keeps its sector", lang: "en", dct: "1987-03-04",
		text: "An Iraqi army unit shelled Iranian positions near Basra on Monday.",
		want: []want{{typ: "ASSAULT", actor: "IRQ", target: "IRN"}}}},
	// a release is of people: figures, reports, stocks and funds released
	// are no RETREAT
	{extractCase: extractCase{name: "a stockpile released is no release", lang: "en", dct: "1987-03-04",
		text: "Last year Canada released 3,000 tonnes of copper from its strategic stockpile."},
		forbid: []want{{typ: "RETREAT"}}},
	{extractCase: extractCase{name: "a proposal released is no release", lang: "en", dct: "1987-03-04",
		text: "The Japanese finance ministry released its proposal for a new bond market on Tuesday."},
		forbid: []want{{typ: "RETREAT"}}},
	{extractCase: extractCase{name: "people released by a state", lang: "en", dct: "1987-03-04",
		text: "Iran released two Americans on Monday.",
		want: []want{{typ: "RETREAT", mode: "release", actor: "IRN", target: "USA"}}}},
	{extractCase: extractCase{name: "a pronoun released", lang: "en", dct: "1987-03-04",
		text: "Syria released him on Monday.",
		want: []want{{typ: "RETREAT", mode: "release", actor: "SYR"}}}},
	{extractCase: extractCase{name: "a passive pronoun released", lang: "en", dct: "1987-03-04",
		text: "He was released by the Syrian authorities on Monday.",
		want: []want{{typ: "RETREAT", mode: "release", actor: "SYR"}}}},
	{extractCase: extractCase{name: "journalists released", lang: "en", dct: "1987-03-04",
		text: "Iraq released three Turkish journalists on Monday.",
		want: []want{{typ: "RETREAT", mode: "release", actor: "IRQ", target: "TUR"}}}},
	// a firm's lawsuit against a rival, or its refusal of a rival's offer,
	// is business; a firm's suit against a state body stays
	{extractCase: extractCase{name: "a firm suing a firm is business", lang: "en", dct: "1987-03-04",
		text: "Siemens said it filed a patent suit against IBM in a federal court."},
		forbid: []want{{typ: "ACCUSE"}}},
	{extractCase: extractCase{name: "a firm rejecting a firm's offer is business", lang: "en", dct: "1987-03-04",
		text: "Boeing rejected an offer by Airbus to share the costs of a new engine."},
		forbid: []want{{typ: "REJECT"}}},
	{extractCase: extractCase{name: "a firm suing a state body stays", lang: "en", dct: "1987-03-04",
		text: "Siemens filed a lawsuit against the European Commission on Monday.",
		want: []want{{typ: "ACCUSE", target: "European Commission"}}}},
	// "X said Y must/should …" is X's demand of Y only when Y is an actor,
	// not a thing a country is named in
	{extractCase: extractCase{name: "a figure that should slow is asked nothing", lang: "en", dct: "1987-03-04",
		text: "Lavrov said Japanese inflation should slow to two percent next year."},
		forbid: []want{{typ: "REQUEST"}}},
	{extractCase: extractCase{name: "a state's army that must withdraw is asked", lang: "en", dct: "1987-03-04",
		text: "Lavrov said Ukraine's army must withdraw from the border.",
		want: []want{{typ: "REQUEST", actor: "RUS", target: "UKR"}}}},
	{extractCase: extractCase{name: "a state that should act is asked", lang: "en", dct: "1987-03-04",
		text: "Lavrov said Japan should lift its sanctions.",
		want: []want{{typ: "REQUEST", actor: "RUS", target: "JPN"}}}},
	// a past participle between a determiner or possessive and its noun is
	// an adjective, no act
	{extractCase: extractCase{name: "an alleged problem accuses no one", lang: "en", dct: "1996-08-22",
		text: "Cubans are proud in Havana and the singer's alleged tax problem made headlines this week."},
		forbid: []want{{typ: "ACCUSE"}}},
	{extractCase: extractCase{name: "a failed attempt refuses nothing", lang: "en", dct: "1996-08-22",
		text: "Bill Clinton's failed attempt at healthcare reform hurt the Democrats."},
		forbid: []want{{typ: "REJECT"}}},
	{extractCase: extractCase{name: "the verb of the clause stays", lang: "en", dct: "1996-08-22",
		text: "The Israeli army denied its alleged role in the raid.",
		want: []want{{typ: "REJECT", actor: "ISR"}},
		none: []string{"ACCUSE"}}},
	// "beat" is an assault by forces or of people, a win between names;
	// a death is no act of the one who died; a part in a game or a fair
	// is no agreement
	{extractCase: extractCase{name: "a team that beats a country wins", lang: "en", dct: "1996-08-22",
		text: "Finland beat Sweden."},
		forbid: []want{{typ: "ASSAULT"}}},
	{extractCase: extractCase{name: "a player who beats a player wins", lang: "en", dct: "1996-08-22",
		text: "Boris Becker beat Andre Agassi in the final on Sunday."},
		forbid: []want{{typ: "ASSAULT"}}},
	{extractCase: extractCase{name: "police who beat protesters assault them", lang: "en", dct: "1996-08-22",
		text: "Kenyan police beat the protesters in Nairobi on Monday.",
		want: []want{{typ: "ASSAULT", actor: "KEN"}}}},
	{extractCase: extractCase{name: "people beaten by police", lang: "en", dct: "1996-08-22",
		text: "Two students were beaten by Kenyan police on Monday.",
		want: []want{{typ: "ASSAULT", actor: "KEN"}}}},
	{extractCase: extractCase{name: "a statesman who died acts on no one", lang: "en", dct: "1996-08-22",
		text: "The former French prime minister died in Lyon on Sunday."},
		forbid: []want{{typ: "ASSAULT"}}},
	{extractCase: extractCase{name: "deaths in clashes stay", lang: "en", dct: "1996-08-22",
		text: "Ten Kurdish rebels died in clashes with Turkish troops on Sunday.",
		want: []want{{typ: "ASSAULT"}}}},
	{extractCase: extractCase{name: "a part in a series is no agreement", lang: "en", dct: "1996-08-22",
		text: "Kenya and Pakistan will take part in the series."},
		forbid: []want{{typ: "AGREE"}}},
	{extractCase: extractCase{name: "a part in talks is a consultation", lang: "en", dct: "1996-08-22",
		text: "Egyptian officials took part in the talks with Israel.",
		want: []want{{typ: "CONSULT", actor: "EGY"}}}},
	// patrols ordered are a show of force; troops ordered away are not
	{extractCase: extractCase{name: "patrols ordered mobilise", lang: "en", dct: "1996-08-22",
		text: "The Kenyan government ordered patrols by police and soldiers after riots in Mombasa.",
		want: []want{{typ: "MOBILIZE", actor: "KEN"}}}},
	{extractCase: extractCase{name: "troops ordered to withdraw are no mobilisation", lang: "en", dct: "1996-08-22",
		text: "The Kenyan government ordered troops to withdraw from Mombasa."},
		forbid: []want{{typ: "MOBILIZE"}}},
	// bare force whose passive names no agent is no act of the dateline's
	// state; arrests still are
	{extractCase: extractCase{name: "forced without an agent is nobody's act", lang: "en", dct: "1996-08-30",
		text: "LONDON 1996-08-30\nThe cyclist Chris Boardman was forced to pull out of the race because of an infection."},
		forbid: []want{{typ: "COERCE"}}},
	{extractCase: extractCase{name: "arrests without an agent are the dateline's", lang: "en", dct: "1996-08-30",
		text: "LIMA 1996-08-30\nThree journalists were arrested on Monday.",
		want: []want{{typ: "COERCE", actor: "PER"}}}},
	// "left X for Y" is a visit to Y; a trip left for with nowhere named
	// meets no one
	{extractCase: extractCase{name: "left a capital for another", lang: "en", dct: "1996-08-30",
		text: "The Japanese prime minister left Brasilia on Monday for Lima.",
		want: []want{{typ: "CONSULT", mode: "visit", actor: "JPN", target: "PER"}}},
		forbid: []want{{typ: "CONSULT", target: "BRA"}}},
	{extractCase: extractCase{name: "left a city for a holiday", lang: "en", dct: "1996-08-30",
		text: "The Russian president left Paris on Monday for a holiday."},
		forbid: []want{{typ: "CONSULT"}}},
	{extractCase: extractCase{name: "left for a capital", lang: "en", dct: "1996-08-30",
		text: "The Guinean president left for Kuwait on Monday.",
		want: []want{{typ: "CONSULT", mode: "visit", actor: "GIN", target: "KWT"}}}},
	// sending a person is no aid; sending an official is a visit
	{extractCase: extractCase{name: "a person sent is no aid", lang: "en", dct: "1996-08-30",
		text: "The Russian president sent him there to compromise him."},
		forbid: []want{{typ: "AID"}}},
	{extractCase: extractCase{name: "an official sent visits", lang: "en", dct: "1996-08-30",
		text: "Germany sent a senior official to Moscow on Monday.",
		want: []want{{typ: "CONSULT", mode: "visit", actor: "DEU", target: "RUS"}},
		none: []string{"AID"}}},
	// a trip or visit made is a visit
	{extractCase: extractCase{name: "a trip made is a visit", lang: "en", dct: "1996-08-30",
		text: "The U.S. secretary of state made a secret trip to Syria in March.",
		want: []want{{typ: "CONSULT", mode: "visit", actor: "USA", target: "SYR"}},
		none: []string{"AGREE"}}},
	{extractCase: extractCase{name: "a visit to be made is a planned visit", lang: "en", dct: "1996-08-30",
		text: "The Czech president will make an official visit to Brazil next month.",
		want: []want{{typ: "CONSULT", mode: "visit", actor: "CZE", target: "BRA", modality: "planned"}}}},
	// a bare singular "demand" is the market's; a demand with a
	// determiner or possessive is a claim
	{extractCase: extractCase{name: "oil demand asks nothing", lang: "en", dct: "1987-03-04",
		text: "U.S. oil demand rose 2.1 pct in the four weeks to February 27."},
		forbid: []want{{typ: "REQUEST"}}},
	{extractCase: extractCase{name: "a state's demand that another act", lang: "en", dct: "1987-03-04",
		text: "Kenya's demand that Uganda withdraw its troops was rejected.",
		want: []want{{typ: "REQUEST", actor: "KEN", target: "UGA"}}}},
	// studying is no inquiry; a broadcast monitored by the BBC is no
	// surveillance; observers who monitor an election still investigate
	{extractCase: extractCase{name: "plans studied are no inquiry", lang: "en", dct: "1996-08-30",
		text: "The Israeli government is studying new plans submitted by Defence Minister Yitzhak Mordechai."},
		forbid: []want{{typ: "ACCUSE"}}},
	{extractCase: extractCase{name: "a broadcast monitored by the BBC", lang: "en", dct: "1987-03-04",
		text: "IRNA, monitored by the BBC in London, said Iran had seized several heights.",
		want: []want{{typ: "COERCE", actor: "IRN"}}},
		forbid: []want{{typ: "ACCUSE"}}},
	{extractCase: extractCase{name: "observers monitor an election", lang: "en", dct: "1996-08-30",
		text: "OSCE observers monitored the elections in Bosnia.",
		want: []want{{typ: "ACCUSE", mode: "investigate"}}}},
}

func TestNewsKindsEN26(t *testing.T) {
	runForbidCases(t, parsedStages(t), newsKindsEN26)
}

// TestLeadingCommaEN26: a sentence that opens with a comma before a past
// participle (a fragment the segmenter leaves) is analysed without a panic.
func TestLeadingCommaEN26(t *testing.T) {
	st := parsedStages(t)
	for _, text := range []string{", expelled the envoy.", ", detained in Paris, was released on Monday."} {
		st.doc(t, "en", "1996-08-22", text)
	}
}
