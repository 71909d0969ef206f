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
}

func TestNewsKindsEN27(t *testing.T) {
	runForbidCases(t, parsedStages(t), newsKindsEN27)
}
