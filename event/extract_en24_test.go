package event_test

import "testing"

// newsKindsEN24 are own sentences for the English kinds of issue 5's
// twenty-fourth round: a verb form the tagger lemmatises wrongly
// ("rioted" → "riote") found through the lemma guesses, and a plural
// group without a sector of its own ("fans", "thousands") that protests,
// coded as the civilians of the place it protests in.
var newsKindsEN24 = []forbidCase{
	{extractCase: extractCase{name: "a plural group without a sector riots", lang: "en", dct: "1996-08-27",
		text: "Angry fans rioted in Nairobi after the final on Sunday.",
		want: []want{{typ: "PROTEST", mode: "riot", actor: "KEN"}}}},
	{extractCase: extractCase{name: "thousands protest", lang: "en", dct: "1996-08-27",
		text: "Thousands protested in Harare on Saturday against rising bread prices.",
		want: []want{{typ: "PROTEST", actor: "ZWE"}}}},
	{extractCase: extractCase{name: "the of-phrase's sector before the plural head", lang: "en", dct: "1996-08-27",
		text: "Hundreds of students marched through Harare on Saturday.",
		want: []want{{typ: "PROTEST", actor: "ZWE"}}}},
	{extractCase: extractCase{name: "a plural group that protests nowhere named has no actor", lang: "en", dct: "1996-08-27",
		text: "Angry fans rioted after the final on Sunday.",
		none: []string{"PROTEST"}}},
	{extractCase: extractCase{name: "things that block roads are no protesters", lang: "en", dct: "1996-08-27",
		text: "Landslides blocked several roads in Kenya on Monday.",
		none: []string{"PROTEST"}}},
}

func TestNewsKindsEN24(t *testing.T) {
	runForbidCases(t, parsedStages(t), newsKindsEN24)
}
