package event_test

import "testing"

// newsKindsEN19 are own sentences for the English kinds of issue 5's
// nineteenth round, found reading Reuters stories of 1996 that no event
// work had used: a headline's elliptical passive, a verb that resumes its
// subject after a relative clause between commas, the speaker of a quote
// who "told" a news agency, a spokesman "based" in a city, and a past
// participle between commas that describes the phrase before it, talks or
// a telephone conversation one "had", representatives from a state, the
// for-phrase of a hostile act, a part taken in an attack, and a defence of
// one's own record, an act a verb ends, cancels or violates, and a naming
// participle ("the centre, called …"); a headline's to-infinitive, a letter
// released, an astrologer consulted, where a visitor arrived from, and a
// verb after "and" and a phrase of time ("and on Friday recalled"). Each kind
// has a sentence of the same words that still holds its event. forbid
// lists events that must not come out.
var newsKindsEN19 = []forbidCase{
	// a headline's past participle without an auxiliary is a passive
	{extractCase: extractCase{name: "a headline's killed soldiers did not attack", lang: "en", dct: "1998-03-02",
		text: "Four Peruvian soldiers killed in border clash.\n\nLIMA 1998-03-02\nThe clash happened on Monday."},
		forbid: []want{{typ: "ASSAULT", actor: "PER"}}},
	{extractCase: extractCase{name: "a headline's convoy attacked did not attack", lang: "en", dct: "1998-03-02",
		text: "Ecuadorean army convoy attacked near the border.\n\nQUITO 1998-03-02\nNobody was hurt."},
		forbid: []want{{typ: "ASSAULT", actor: "ECU"}}},
	{extractCase: extractCase{name: "a headline's passive keeps its by-agent", lang: "en", dct: "1998-03-02",
		text: "Ecuadorean patrol attacked by Peruvian troops.\n\nQUITO 1998-03-02\nNobody was hurt.",
		want: []want{{typ: "ASSAULT", actor: "PER", target: "ECU"}}},
		forbid: []want{{typ: "ASSAULT", actor: "ECU"}}},
	{extractCase: extractCase{name: "a headline's past verb with an object acts", lang: "en", dct: "1998-03-02",
		text: "Peruvian troops shelled Ecuadorean post.\n\nQUITO 1998-03-02\nNobody was hurt.",
		want: []want{{typ: "ASSAULT", actor: "PER", target: "ECU"}}}},
	{extractCase: extractCase{name: "a lone sentence's past verb stays active", lang: "en", dct: "1998-03-02",
		text: "Peru's foreign minister left for Quito for talks with Ecuador.",
		want: []want{{typ: "CONSULT", actor: "PER", target: "ECU"}}}},
	// a verb after a relative clause between commas has the phrase before it as subject
	{extractCase: extractCase{name: "a verb after a which-clause acts for the phrase before it", lang: "en", dct: "1998-03-02",
		text: "Ecuador, which wants to keep the disputed strip, sent troops to the border in March.",
		want: []want{{typ: "MOBILIZE", actor: "ECU"}}}},
	{extractCase: extractCase{name: "a verb after a whom-clause is not the relative's subject's", lang: "en", dct: "1998-03-02",
		text: "Fujimori, whom Congress had asked to stay in Lima, signed a border treaty with Ecuador last week.",
		want: []want{{typ: "SUPPORT", actor: "Alberto Fujimori", target: "ECU"}}},
		forbid: []want{{typ: "SUPPORT", actor: "Congress of the Republic of Peru"}}},
	{extractCase: extractCase{name: "a participle after a which-clause still describes", lang: "en", dct: "1998-03-02",
		text: "Peru accused Ecuador, which denies any incursion, backing its claim with photographs.",
		want: []want{{typ: "ACCUSE", actor: "PER", target: "ECU"}}}},
	// "…," the spokesman, who …, told Reuters: the news agency is told, it does not speak
	{extractCase: extractCase{name: "a speaker who told a news agency is the source, not the agency", lang: "en", dct: "1998-03-02",
		text: "\"Ecuadorean troops shelled our positions,\" the Peruvian army spokesman, who asked not to be named, told Reuters.",
		want: []want{{typ: "ASSAULT", actor: "ECU", source: "PER"}}},
		forbid: []want{{typ: "ASSAULT", source: "Reuters"}}},
	{extractCase: extractCase{name: "a source who said after a relative clause is the source, not the phrase after said", lang: "en", dct: "1998-03-02",
		text: "The diplomat, who spoke on condition of anonymity, said Peru's foreign minister and his Chilean counterpart met in Lima on Wednesday.",
		want: []want{{typ: "CONSULT", actor: "CHL"}}},
		forbid: []want{{typ: "CONSULT", source: "PER"}}},
	{extractCase: extractCase{name: "a news agency that says is the source", lang: "en", dct: "1998-03-02",
		text: "\"Ecuadorean troops shelled our positions,\" said Reuters.",
		want: []want{{typ: "ASSAULT", actor: "ECU", source: "Reuters"}}}},
	// a "London-based" spokesman speaks for his organisation, not the city
	{extractCase: extractCase{name: "a city-based spokesman of a body speaks for the body", lang: "en", dct: "1998-03-02",
		text: "A Paris-based spokesman of the International Committee of the Red Cross said Peruvian troops had shelled the village.",
		want: []want{{typ: "ASSAULT", actor: "PER", source: "International Committee of the Red Cross"}}},
		forbid: []want{{typ: "ASSAULT", source: "Paris"}}},
	// a past participle between commas after a phrase describes it: passive
	{extractCase: extractCase{name: "a group backed by a state between commas is backed by it", lang: "en", dct: "2006-07-20",
		text: "Hezbollah, backed by Syria, fired rockets at Israel.",
		want: []want{{typ: "SUPPORT", actor: "SYR", target: "Hezbollah"}, {typ: "ASSAULT", actor: "Hezbollah", target: "ISR"}}},
		forbid: []want{{typ: "SUPPORT", actor: "Hezbollah"}}},
	{extractCase: extractCase{name: "a man detained between commas did not detain", lang: "en", dct: "1996-08-30",
		text: "A Guinean man, detained in a police raid last week, was deported to Conakry by France.",
		want: []want{{typ: "COERCE", actor: "FRA"}}},
		forbid: []want{{typ: "COERCE", actor: "GIN"}}},
	{extractCase: extractCase{name: "a past verb with an object after a comma still acts", lang: "en", dct: "1996-08-30",
		text: "Peru condemned the raid, closed the border with Ecuador and called for talks.",
		want: []want{{typ: "ACCUSE", actor: "PER"}, {typ: "SANCTION", actor: "PER", target: "ECU"}}}},
	// a conversation or talks one had are a meeting held
	{extractCase: extractCase{name: "a telephone conversation one had is a phone call", lang: "en", dct: "1996-08-30",
		text: "Boris Yeltsin said he had a telephone conversation with Helmut Kohl on Thursday.",
		want: []want{{typ: "CONSULT", mode: "phone", actor: "Boris Yeltsin", target: "Helmut Kohl"}}}},
	{extractCase: extractCase{name: "talks one had are talks held", lang: "en", dct: "1996-08-30",
		text: "Helmut Kohl had talks with Jacques Chirac in Bonn.",
		want: []want{{typ: "CONSULT", actor: "Helmut Kohl", target: "Jacques Chirac"}}}},
	{extractCase: extractCase{name: "an agreement one has is no meeting", lang: "en", dct: "1996-08-30",
		text: "Germany has an agreement with France on border controls.",
		none: []string{"CONSULT"}}},
	// representatives and delegates from states act for them
	{extractCase: extractCase{name: "representatives from two states meet for them", lang: "en", dct: "1996-08-30",
		text: "Representatives from Armenia and Azerbaijan held talks in Bonn this week.",
		want: []want{{typ: "CONSULT", actor: "ARM", target: "AZE"}, {typ: "CONSULT", actor: "AZE", target: "ARM"}}}},
	// a for-phrase after a hostile act gives its cause, not its target
	{extractCase: extractCase{name: "fighting for a state's independence is no attack on it", lang: "en", dct: "1996-08-30",
		text: "Michael Collins fought for Irish independence from 1919 to 1921."},
		forbid: []want{{typ: "ASSAULT", target: "IRL"}}},
	{extractCase: extractCase{name: "a threat to retaliate for a state's act is aimed at it", lang: "en", dct: "1996-08-30",
		text: "Iraq said it reserved the right to retaliate for Iran's deployment of troops.",
		want: []want{{typ: "THREATEN", actor: "IRQ", target: "IRN"}}}},
	// a part taken in an attack is the attack
	{extractCase: extractCase{name: "troops taking part in an attack attack", lang: "en", dct: "1996-08-30",
		text: "Syrian troops took part in the offensive against Israel.",
		want: []want{{typ: "ASSAULT", actor: "SYR", target: "ISR"}}},
		forbid: []want{{typ: "AGREE"}}},
	{extractCase: extractCase{name: "a part taken in a conference is no attack", lang: "en", dct: "1996-08-30",
		text: "Iran took part in the conference in Geneva.",
		none: []string{"ASSAULT"}}},
	// defending one's own record supports nobody; defending a state supports it
	{extractCase: extractCase{name: "a body defending its record supports nobody", lang: "en", dct: "1996-08-30",
		text: "The OSCE defended its record in Chechnya on Friday.",
		none: []string{"SUPPORT"}}},
	{extractCase: extractCase{name: "defending a state supports it", lang: "en", dct: "1996-08-30",
		text: "China defended North Korea at the United Nations.",
		want: []want{{typ: "SUPPORT", actor: "CHN", target: "PRK"}}}},
	// an act a verb ends or cancels is no act of its own
	{extractCase: extractCase{name: "a call to end a boycott is no boycott", lang: "en", dct: "1996-08-30",
		text: "Serbia's ruling party called on its voters abroad to end a boycott of the elections.",
		none: []string{"PROTEST"}}},
	{extractCase: extractCase{name: "a boycott ended eases", lang: "en", dct: "1996-08-30",
		text: "The Serbian opposition ended its boycott of parliament on Friday.",
		want: []want{{typ: "RETREAT", mode: "ease", actor: "SRB"}},
		none: []string{"PROTEST"}}},
	{extractCase: extractCase{name: "a boycott called is a boycott", lang: "en", dct: "1996-08-30",
		text: "Serbia's opposition called a boycott of the vote.",
		want: []want{{typ: "PROTEST", mode: "boycott", actor: "SRB"}}}},
	{extractCase: extractCase{name: "agreements violated are no new agreement", lang: "en", dct: "1996-08-30",
		text: "The letter said the demolition violated agreements between Israel and the PLO.",
		none: []string{"AGREE"}}},
	{extractCase: extractCase{name: "agreements signed are", lang: "en", dct: "1996-08-30",
		text: "Israel and the PLO signed agreements in Oslo.",
		want: []want{{typ: "SUPPORT", actor: "ISR"}}}},
	// a naming participle after a phrase names it
	{extractCase: extractCase{name: "a centre called a name is no phone call", lang: "en", dct: "1996-08-30",
		text: "Canada had donated $30 million to the centre, called the Burj Society.",
		want: []want{{typ: "AID", actor: "CAN"}},
		none: []string{"CONSULT"}}},
	// a headline's to-infinitive is planned
	{extractCase: extractCase{name: "a headline's infinitive visit is planned", lang: "en", dct: "1996-08-30",
		text: "Hungarian foreign minister to visit Romania.\n\nBUDAPEST 1996-08-30\nThe visit is the first in years.",
		want: []want{{typ: "CONSULT", mode: "visit", actor: "HUN", target: "ROU", modality: "planned"}}}},
	{extractCase: extractCase{name: "a headline's present visit is asserted", lang: "en", dct: "1996-08-30",
		text: "Hungarian foreign minister visits Romania.\n\nBUDAPEST 1996-08-30\nThe visit is the first in years.",
		want: []want{{typ: "CONSULT", mode: "visit", actor: "HUN", target: "ROU", modality: "asserted"}}}},
	// a letter released is no prisoner released; its invitation is a request
	{extractCase: extractCase{name: "a letter released is no release", lang: "en", dct: "1996-08-30",
		text: "Peru released a letter inviting Chile to talks.",
		none: []string{"RETREAT"}}},
	{extractCase: extractCase{name: "prisoners released are", lang: "en", dct: "1996-08-30",
		text: "Peru released two Chilean prisoners.",
		want: []want{{typ: "RETREAT", mode: "release", actor: "PER", target: "CHL"}}}},
	// consulting no party is no consultation
	{extractCase: extractCase{name: "consulting an astrologer is no consultation", lang: "en", dct: "1996-08-30",
		text: "Nancy Reagan consulted an astrologer.",
		none: []string{"CONSULT"}}},
	{extractCase: extractCase{name: "consulting a state is", lang: "en", dct: "1996-08-30",
		text: "Peru consulted Chile on the border.",
		want: []want{{typ: "CONSULT", actor: "PER", target: "CHL"}}}},
	// where a visitor arrived from is not whom they visit; where one departs from is
	{extractCase: extractCase{name: "arriving from a state visits another", lang: "en", dct: "1996-08-30",
		text: "Madeleine Albright arrived in Chile from Uruguay on Friday.",
		want: []want{{typ: "CONSULT", actor: "Madeleine Albright", target: "CHL"}}},
		forbid: []want{{typ: "CONSULT", target: "URY"}}},
	{extractCase: extractCase{name: "a visitor who arrived from a state did not visit it", lang: "en", dct: "1996-08-30",
		text: "Madeleine Albright, who arrived from Uruguay, will rest in Santiago."},
		forbid: []want{{typ: "CONSULT", target: "URY"}}},
	// a verb after "and" and a phrase of time or manner coordinates a clause
	{extractCase: extractCase{name: "and on Friday a second act of the same subject", lang: "en", dct: "1996-08-30",
		text: "Russia condemned the attack and on Friday recalled its ambassador from Georgia.",
		want: []want{{typ: "ACCUSE", actor: "RUS", modality: "asserted"}, {typ: "SANCTION", actor: "RUS", target: "GEO"}}}},
	{extractCase: extractCase{name: "an intention after and-for-the-first-time stays in its clause", lang: "en", dct: "1996-08-30",
		text: "The Security Council condemned the coup by Pierre Buyoya and for the first time said it intended to pressure Buyoya.",
		want: []want{{typ: "ACCUSE", actor: "United Nations Security Council", target: "Pierre Buyoya", modality: "asserted"}}}},
	{extractCase: extractCase{name: "and with a new subject keeps its own", lang: "en", dct: "1996-08-30",
		text: "Hezbollah fired rockets at northern Israel, and Israel responded with air strikes in southern Lebanon.",
		want: []want{{typ: "ASSAULT", actor: "ISR", target: "LBN"}}}},
}

func TestNewsKindsEN19(t *testing.T) {
	runForbidCases(t, parsedStages(t), newsKindsEN19)
}
