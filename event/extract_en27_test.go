package event_test

import "testing"

// newsKindsEN27 are own sentences for the English kinds of issue 5's
// twenty-seventh round (precision in general news).
var newsKindsEN27 = []forbidCase{
	// a country inside a compound names what an affair is about; it is no
	// party to what is done about the affair
	{extractCase: extractCase{name: "a country inside a hyphenated compound", lang: "en", dct: "1987-03-04",
		text: "The minister may have been damaged by the arms-to-Iran affair."},
		forbid: []want{{typ: "ASSAULT", actor: "IRN"}}},
	{extractCase: extractCase{name: "a country before a lower-case part of a hyphenated compound", lang: "en", dct: "1987-03-04",
		text: "The senators criticised the Iran-contra dealings of the White House staff."},
		forbid: []want{{typ: "ACCUSE", target: "IRN"}}},
	{extractCase: extractCase{name: "a country before two nouns of an affair", lang: "en", dct: "1987-03-04",
		text: "The Tower Commission criticised his handling of the Iran arms scandal."},
		forbid: []want{{typ: "ACCUSE", target: "IRN"}}},
	{extractCase: extractCase{name: "two states of a hyphenated pair stay", lang: "en", dct: "1987-03-04",
		text: "Iran-Iraq talks were held in Geneva, and Iran accused Iraq of shelling its towns.",
		want: []want{{typ: "ACCUSE", actor: "IRN", target: "IRQ"}}}},
	{extractCase: extractCase{name: "a state's soldiers before nouns stay", lang: "en", dct: "1987-03-04",
		text: "Iran army units shelled Iraqi positions near Basra.",
		want: []want{{typ: "ASSAULT", actor: "IRN", target: "IRQ"}}}},
	// a flow of trade is a statistic, no cooperation; a deal to trade is
	// coded by its verb, arms traded stay military
	{extractCase: extractCase{name: "exports in tonnes are no cooperation", lang: "en", dct: "1987-03-04",
		text: "Australia exported 120,000 tonnes of barley to the Soviet Union last year."},
		forbid: []want{{typ: "COOPERATE"}}},
	{extractCase: extractCase{name: "imports from a country are no cooperation", lang: "en", dct: "1987-03-04",
		text: "Egypt imports most of its wheat from the United States."},
		forbid: []want{{typ: "COOPERATE"}}},
	{extractCase: extractCase{name: "bags exported are no cooperation", lang: "en", dct: "1987-03-04",
		text: "Brazil exported 2 million bags of coffee to Japan in February."},
		forbid: []want{{typ: "COOPERATE"}}},
	{extractCase: extractCase{name: "an agreement to export stays", lang: "en", dct: "1987-03-04",
		text: "Argentina agreed to export one million tonnes of maize to Brazil.",
		want: []want{{typ: "AGREE", actor: "ARG", target: "BRA"}}}},
	{extractCase: extractCase{name: "arms imported stay military", lang: "en", dct: "1987-03-04",
		text: "Syria imported tanks from North Korea.",
		want: []want{{typ: "COOPERATE", mode: "military", actor: "SYR", target: "PRK"}}}},
	// a firm's wares offered are commerce, a regulator's approval of a
	// product or a firm's deal no concession; states' offers stay
	{extractCase: extractCase{name: "a carrier offering services is commerce", lang: "en", dct: "1987-03-04",
		text: "Blue Line Corp said it will offer new freight services between Puerto Rico and the Gulf Coast next month."},
		forbid: []want{{typ: "AGREE"}}},
	{extractCase: extractCase{name: "an airline offering fares is commerce", lang: "en", dct: "1987-03-04",
		text: "Eastern Airlines said it will offer cheap night fares from Boston to 12 U.S. cities."},
		forbid: []want{{typ: "AGREE"}}},
	{extractCase: extractCase{name: "a state's offer to mediate stays", lang: "en", dct: "1987-03-04",
		text: "Iran offered to mediate between Iraq and Syria.",
		want: []want{{typ: "AGREE", actor: "IRN", target: "IRQ"}}}},
	{extractCase: extractCase{name: "a state's offer of a loan stays", lang: "en", dct: "1987-03-04",
		text: "Kuwait offered Iraq a loan.",
		want: []want{{typ: "AGREE", actor: "KWT", target: "IRQ"}}}},
	{extractCase: extractCase{name: "a drug approved for marketing is no concession", lang: "en", dct: "1987-03-04",
		text: "The Food and Drug Administration said it approved for U.S. marketing a new drug against asthma."},
		forbid: []want{{typ: "CONCEDE"}}},
	{extractCase: extractCase{name: "an approval to market is no concession", lang: "en", dct: "1987-03-04",
		text: "Glaxo said Food and Drug Administration approval to market its new antibiotic in the United States was expected soon."},
		forbid: []want{{typ: "CONCEDE"}}},
	{extractCase: extractCase{name: "a firm's deal approved by a ministry is no concession", lang: "en", dct: "1987-03-04",
		text: "Presidential Airways Inc said its services agreement with Continental Airlines Inc was approved by the U.S. Department of Justice."},
		forbid: []want{{typ: "CONCEDE"}}},
	// in a report of games (two earlier sentences with sport words) an act
	// between players or sides is play; a state's leaders stay
	{extractCase: extractCase{name: "players meeting in a tennis report", lang: "en", dct: "1996-08-22",
		text: "The top seeds advanced at the tennis championships on Tuesday. The defending champion won his match in straight sets.\n\nFormer champion Petr Korda meets Jonas Bjorkman of Sweden in the second round."},
		forbid: []want{{typ: "CONSULT"}}},
	{extractCase: extractCase{name: "sides meeting in a football report", lang: "en", dct: "1996-08-22",
		text: "Togo reached the next round of the African Nations Cup qualifiers. Salif scored in the 60th minute of the match in Lome.\n\nTogo will meet Liberia in Monrovia next month."},
		forbid: []want{{typ: "CONSULT"}}},
	{extractCase: extractCase{name: "leaders meeting in a report of games stay", lang: "en", dct: "1996-08-22",
		text: "The top seeds advanced at the tennis championships on Tuesday. The defending champion won his match in straight sets.\n\nChancellor Helmut Kohl met French President Jacques Chirac in Bonn on Tuesday.",
		want: []want{{typ: "CONSULT", actor: "DEU", target: "FRA"}}}},
	// a from-phrase of a noun of breaking away that dates the event names
	// no party; an opponent fought for independence from stays
	{extractCase: extractCase{name: "since independence from a state is a date", lang: "en", dct: "1996-08-22",
		text: "Armenia and Azerbaijan have fought a long war over Karabakh since independence from the Soviet Union.",
		want: []want{{typ: "ASSAULT", actor: "ARM", target: "AZE"}}},
		forbid: []want{{typ: "ASSAULT", target: "SUN"}}},
	{extractCase: extractCase{name: "fighting for independence from a state keeps it", lang: "en", dct: "1996-08-22",
		text: "Eritrea fought for 30 years for independence from Ethiopia.",
		want: []want{{typ: "ASSAULT", actor: "ERI", target: "ETH"}}}},
	// a licence to export an amount is a market operation; arms stay
	{extractCase: extractCase{name: "an export of tonnes authorised is no concession", lang: "en", dct: "1987-03-04",
		text: "The European Commission authorised the export of 40,000 tonnes of French barley to Algeria at its weekly tender."},
		forbid: []want{{typ: "CONCEDE"}}},
	{extractCase: extractCase{name: "an export of arms authorised stays", lang: "en", dct: "1987-03-04",
		text: "The European Commission authorised the export of arms to Iran.",
		want: []want{{typ: "CONCEDE", target: "IRN"}}}},
	// an officer leaving a firm concedes nothing; a government resigning
	// stays
	{extractCase: extractCase{name: "a firm's chairman resigning is no concession", lang: "en", dct: "1987-03-04",
		text: "Norden Chemicals Inc said its chairman and chief executive officer Paul Weber has resigned."},
		forbid: []want{{typ: "CONCEDE"}}},
	{extractCase: extractCase{name: "a government resigning stays", lang: "en", dct: "1987-03-04",
		text: "Italian Prime Minister Bettino Craxi and his government have resigned, officials said.",
		want: []want{{typ: "CONCEDE", actor: "ITA"}}}},
}

func TestNewsKindsEN27(t *testing.T) {
	runForbidCases(t, parsedStages(t), newsKindsEN27)
}
