package event_test

import "testing"

// newsKindsEN18 are own sentences for the English kinds of issue 5's
// eighteenth round: a compound subject after a sentence-opening phrase,
// heads with of-phrases of their own ("X of Russia and Y of China"), an
// event noun the tagger reads as an adjective, promises of violence,
// outcomes awaited in an until- or once-clause, the town of a surrender, the
// victims of a condemned attack, a name that places the embassy attacked,
// verbal attacks, and claims that someone is responsible for an attack.
// Each kind has a sentence of the same words that still holds its event.
// forbid lists events that must not come out.
var newsKindsEN18 = []forbidCase{
	// a compound subject after a sentence-opening phrase and its comma
	{extractCase: extractCase{name: "a compound subject after an opening phrase acts", lang: "en", dct: "2015-06-10",
		text: "In a joint statement, Chile and Peru condemned the raid by Bolivia.",
		want: []want{{typ: "ACCUSE", actor: "CHL", target: "BOL"}, {typ: "ACCUSE", actor: "PER", target: "BOL"}}}},
	{extractCase: extractCase{name: "people after an opening phrase with a possessive act", lang: "en", dct: "2015-06-10",
		text: "In their final communique, Merkel and Hollande called for new talks with Iran.",
		want: []want{{typ: "REQUEST", actor: "Angela Merkel", target: "IRN"}, {typ: "REQUEST", actor: "François Hollande", target: "IRN"}}}},
	{extractCase: extractCase{name: "a subject after a longer opening phrase acts", lang: "en", dct: "2015-06-10",
		text: "In their joint statement issued after the summit, Chile and Peru called for the quick ratification of the treaty.",
		want: []want{{typ: "REQUEST", actor: "CHL"}, {typ: "REQUEST", actor: "PER"}}}},
	{extractCase: extractCase{name: "places listed after an opening phrase stay places", lang: "en", dct: "2015-06-10",
		text: "In Lima, Santiago and Quito, students protested against the reform."},
		forbid: []want{{typ: "PROTEST", actor: "Santiago"}, {typ: "PROTEST", actor: "Quito"}}},
	// heads with an of-phrase each
	{extractCase: extractCase{name: "two presidents of two states sign together", lang: "en", dct: "2023-06-10",
		text: "Presidents Emmanuel Macron of France and Olaf Scholz of Germany signed a border treaty on Tuesday.",
		want: []want{{typ: "SUPPORT", actor: "Emmanuel Macron", target: "Olaf Scholz"}, {typ: "SUPPORT", actor: "Olaf Scholz", target: "Emmanuel Macron"}}}},
	{extractCase: extractCase{name: "a leader of a state and another's still meet", lang: "en", dct: "2023-06-10",
		text: "President Emmanuel Macron of France met Olaf Scholz in Berlin.",
		want: []want{{typ: "CONSULT", actor: "Emmanuel Macron", target: "Olaf Scholz"}}}},
	// an event noun read as an adjective after an article
	{extractCase: extractCase{name: "an offensive against a state is an attack", lang: "en", dct: "1994-11-03",
		text: "The Azerbaijani army launched an offensive against Armenia.",
		want: []want{{typ: "ASSAULT", actor: "AZE", target: "ARM"}}}},
	{extractCase: extractCase{name: "offensive remarks are no attack", lang: "en", dct: "1994-11-03",
		text: "Armenia called the remarks offensive.",
		none: []string{"ASSAULT"}}},
	// promises of violence are threats
	{extractCase: extractCase{name: "a vow to attack is a threat", lang: "en", dct: "2006-07-20",
		text: "Hezbollah vowed to attack Israel again.",
		want: []want{{typ: "THREATEN", actor: "Hezbollah", target: "ISR"}}},
		forbid: []want{{typ: "AGREE"}}},
	{extractCase: extractCase{name: "a pledge to retaliate is a threat", lang: "en", dct: "2006-07-20",
		text: "Syria pledged to retaliate against Israel.",
		want: []want{{typ: "THREATEN", actor: "SYR", target: "ISR"}}},
		forbid: []want{{typ: "AGREE"}}},
	{extractCase: extractCase{name: "a pledge to negotiate stays a promise", lang: "en", dct: "2006-07-20",
		text: "Syria pledged to negotiate with Israel.",
		want: []want{{typ: "AGREE", actor: "SYR", target: "ISR"}}}},
	// an outcome awaited is no event; one told is
	{extractCase: extractCase{name: "a surrender awaited in an until-clause is none", lang: "en", dct: "1999-03-02",
		text: "The Angolan army vowed to fight Namibia until it surrenders."},
		forbid: []want{{typ: "RETREAT"}}},
	// the town of a surrender is where
	{extractCase: extractCase{name: "a surrender in a town is not to the town", lang: "en", dct: "1999-03-02",
		text: "Three hundred Angolan rebels surrendered on Friday in the town of Huambo.",
		want: []want{{typ: "RETREAT", actor: "AGO", target: "-"}}},
		forbid: []want{{typ: "RETREAT", target: "Huambo"}}},
	{extractCase: extractCase{name: "a surrender to a state keeps it", lang: "en", dct: "1999-03-02",
		text: "Three hundred Angolan rebels surrendered to Namibia on Friday.",
		want: []want{{typ: "RETREAT", actor: "AGO", target: "NAM"}}}},
	// the victims of a condemned attack are not the ones condemned
	{extractCase: extractCase{name: "condemning an attack on an embassy does not blame its state", lang: "en", dct: "1998-08-08",
		text: "Norway condemned the bombing of the Danish embassy in Ghana.",
		want: []want{{typ: "ACCUSE", actor: "NOR", target: "-"}}},
		forbid: []want{{typ: "ACCUSE", target: "DNK"}, {typ: "ACCUSE", target: "GHA"}}},
	{extractCase: extractCase{name: "condemning attacks against a state does not blame it", lang: "en", dct: "1998-08-08",
		text: "Norway condemned the attacks against Ghana."},
		forbid: []want{{typ: "ACCUSE", target: "GHA"}}},
	{extractCase: extractCase{name: "condemning an attack by a state blames it", lang: "en", dct: "1998-08-08",
		text: "Norway condemned the attack by Togo on Ghana.",
		want: []want{{typ: "ACCUSE", actor: "NOR", target: "TGO"}}}},
	{extractCase: extractCase{name: "condemning a state's attack blames it", lang: "en", dct: "1998-08-08",
		text: "Norway condemned Togo's attack on Ghana.",
		want: []want{{typ: "ACCUSE", actor: "NOR", target: "TGO"}}}},
	// an arrival awaited in a once-clause
	{extractCase: extractCase{name: "an arrival awaited in a once-clause is none", lang: "en", dct: "2000-04-05",
		text: "Once Castro arrives in Mexico, it will begin the process."},
		forbid: []want{{typ: "CONSULT", mode: "visit"}}},
	{extractCase: extractCase{name: "an arrival told in a since-clause stays", lang: "en", dct: "2000-04-05",
		text: "He has met officials every day since Raul Castro arrived in Mexico on Monday.",
		want: []want{{typ: "CONSULT", mode: "visit", target: "MEX"}}}},
	// verbal attacks and broken relations
	{extractCase: extractCase{name: "assailing a state for an act is criticism", lang: "en", dct: "1998-02-27",
		text: "Peruvian officials assailed Chile for holding naval exercises with Argentina.",
		want: []want{{typ: "ACCUSE", actor: "PER", target: "CHL"}}},
		forbid: []want{{typ: "ASSAULT"}}},
	{extractCase: extractCase{name: "breaking down relations is cutting them", lang: "en", dct: "1998-02-27",
		text: "Chile has broken down relations with Peru.",
		want: []want{{typ: "SANCTION", actor: "CHL", target: "PER"}}},
		forbid: []want{{typ: "THREATEN"}}},
	// relatives named by their town are not the town
	{extractCase: extractCase{name: "lashing out at relatives in a town is not aimed at the town", lang: "en", dct: "2000-04-17",
		text: "Fidel Castro lashed out at his Miami relatives on Sunday."},
		forbid: []want{{typ: "ACCUSE", target: "Miami"}, {typ: "ACCUSE", target: "USA"}}},
	{extractCase: extractCase{name: "lashing out at a state keeps it", lang: "en", dct: "2000-04-17",
		text: "Fidel Castro lashed out at the United States on Sunday.",
		want: []want{{typ: "ACCUSE", actor: "CUB", target: "USA"}}}},
	// saying someone is responsible for an attack accuses them
	{extractCase: extractCase{name: "saying a state is responsible for an attack accuses it", lang: "en", dct: "1998-03-22",
		text: "Peru said Chile was responsible for the bombing.",
		want: []want{{typ: "ACCUSE", actor: "PER", target: "CHL"}}}},
	{extractCase: extractCase{name: "responsible for talks accuses nobody", lang: "en", dct: "1998-03-22",
		text: "Peru said Chile was responsible for the border talks.",
		none: []string{"ACCUSE"}}},
	{extractCase: extractCase{name: "responsibility nobody claims accuses nobody", lang: "en", dct: "1998-03-22",
		text: "Chile was responsible for the bombing.",
		none: []string{"ACCUSE"}}},
	{extractCase: extractCase{name: "saying a state is not responsible accuses nobody", lang: "en", dct: "1998-03-22",
		text: "Peru said Chile was not responsible for the bombing.",
		none: []string{"ACCUSE"}}},
	// a name before "embassy" places the building attacked
	{extractCase: extractCase{name: "the state of an embassy bombing is not the bomber", lang: "en", dct: "1998-08-08",
		text: "Three Danes were killed in the Ghana embassy bombing."},
		forbid: []want{{typ: "ASSAULT", actor: "GHA"}}},
	{extractCase: extractCase{name: "a blast at an embassy is not by its host", lang: "en", dct: "1998-08-08",
		text: "A massive blast damaged the Danish embassy in Accra, killing 40 people."},
		forbid: []want{{typ: "ASSAULT", actor: "GHA"}}},
	{extractCase: extractCase{name: "a which after the towns of a bombing is the bombing", lang: "en", dct: "1998-08-14",
		text: "Officials met after the twin bombings at French embassies in Ghana and Togo, which have killed more than 250 people, most of them Ghanaians."},
		forbid: []want{{typ: "ASSAULT", actor: "GHA"}, {typ: "ASSAULT", actor: "TGO"}}},
	{extractCase: extractCase{name: "a which after a town that acts is the town", lang: "en", dct: "1998-08-14",
		text: "The bombing of a market in Ghana, which has long denied any role, killed ten.",
		want: []want{{typ: "REJECT", actor: "GHA"}}}},
	{extractCase: extractCase{name: "a state's missile attack is its own", lang: "en", dct: "1998-08-08",
		text: "Three Danes were killed in the Ghanaian missile attack.",
		want: []want{{typ: "ASSAULT", actor: "GHA"}}}},
}

func TestNewsKindsEN18(t *testing.T) {
	runForbidCases(t, parsedStages(t), newsKindsEN18)
}
