package event_test

import "testing"

// newsKindsEN24 are own sentences for the English kinds of issue 5's
// twenty-fourth round: a verb form the tagger lemmatises wrongly
// ("rioted" → "riote") found through the lemma guesses, a plural group
// without a sector of its own ("fans", "thousands") that protests, coded as
// the civilians of the place it protests in, and verbs of business news
// that are no acts: meeting a quota, a figure that declines, removing a
// firm from a list; people held as hostages, a thing called by a name in
// quotes, and an act of force announced "unless" the other side yields (an
// ultimatum: planned, not hypothetical), and an unnamed speaker ("the firm
// said"), a source but no actor; workers who
// "strike" a plant walk out; "his governing coalition" is a coalition in
// power; a present-tense "before" clause awaits its act.
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
	{extractCase: extractCase{name: "a plural group that demonstrates something shows it", lang: "en", dct: "1996-08-27",
		text: "Panelists demonstrated a growing U.S. consensus on tax reform.",
		none: []string{"PROTEST"}}},
	// meeting a figure, a figure that declines, removing a thing
	{extractCase: extractCase{name: "meeting a quota is no meeting", lang: "en", dct: "1996-08-27",
		text: "Ghana has been unable to meet its OPEC export quota this year.",
		none: []string{"CONSULT", "CONCEDE"}}},
	{extractCase: extractCase{name: "a state's debt that declines is no refusal", lang: "en", dct: "1996-08-27",
		text: "Chile's foreign debt will continue to decline this year, the finance minister said.",
		none: []string{"REJECT"}}},
	{extractCase: extractCase{name: "declining to act is a refusal", lang: "en", dct: "1996-08-27",
		text: "Chile declined to extradite the two Peruvian officers.",
		want: []want{{typ: "REJECT", actor: "CHL"}}}},
	{extractCase: extractCase{name: "declining to estimate is withholding a statement", lang: "en", dct: "1996-08-27",
		text: "French officials declined to estimate the volume of sugar offered to the EC.",
		none: []string{"REJECT"}}},
	{extractCase: extractCase{name: "removing a firm from a list is no expulsion", lang: "en", dct: "1996-08-27",
		text: "The German bank removed Siemens from its list of recommended stocks.",
		none: []string{"COERCE"}}},
	// captives held as hostages; a name in quotes after "called"
	{extractCase: extractCase{name: "holding people as hostages", lang: "en", dct: "1996-08-27",
		text: "Rebels in Mali are holding three French aid workers as hostages.",
		want: []want{{typ: "ASSAULT", mode: "abduct", actor: "MLI", target: "FRA"}}}},
	{extractCase: extractCase{name: "holding talks as part of a process is no abduction", lang: "en", dct: "1996-08-27",
		text: "Mali held talks with Algeria as part of the peace process.",
		none: []string{"ASSAULT"}}},
	{extractCase: extractCase{name: "a thing called a quoted name is named, not called", lang: "en", dct: "1996-08-27",
		text: "Britain will mint a new gold coin called the \"Sovereign Plus\" from next year.",
		none: []string{"CONSULT", "REQUEST"}}},
	{extractCase: extractCase{name: "a call to an envoy stays a call", lang: "en", dct: "1996-08-27",
		text: "Iran's foreign minister called the Russian ambassador on Monday.",
		want: []want{{typ: "REQUEST", actor: "IRN", target: "RUS"}}}},
	// an ultimatum: force announced with the terms that would stop it
	{extractCase: extractCase{name: "an act of force unless the other side yields is planned", lang: "en", dct: "1996-08-27",
		text: "Kenya will impose sanctions on Uganda unless the border is reopened.",
		want: []want{{typ: "SANCTION", actor: "KEN", target: "UGA", modality: "planned"}}}},
	{extractCase: extractCase{name: "an act of force if something happens stays hypothetical", lang: "en", dct: "1996-08-27",
		text: "Kenya would impose sanctions on Uganda if the border stayed closed.",
		want: []want{{typ: "SANCTION", actor: "KEN", target: "UGA", modality: "hypothetical"}}}},
	{extractCase: extractCase{name: "an agreement unless the other side objects stays hypothetical", lang: "en", dct: "1996-08-27",
		text: "Kenya will sign the border treaty with Uganda unless parliament objects.",
		want: []want{{typ: "SUPPORT", actor: "KEN", modality: "hypothetical"}}}},
	// an unnamed speaker named by a common noun is a source, never an actor
	{extractCase: extractCase{name: "a firm that calls violations intolerable accuses no one", lang: "en", dct: "1996-08-27",
		text: "\"Breaches of the rules will never be tolerated,\" the firm said in a statement.",
		none: []string{"ACCUSE"}}},
	{extractCase: extractCase{name: "an unnamed source still reports", lang: "en", dct: "1996-08-27",
		text: "Shipping sources said Iran attacked two Kuwaiti tankers on Monday.",
		want: []want{{typ: "ASSAULT", actor: "IRN", target: "KWT", modality: "reported"}}}},
	// workers who strike a plant walk out
	{extractCase: extractCase{name: "workers who strike a mine walk out", lang: "en", dct: "1996-08-27",
		text: "Kenyan workers struck the mine on Monday.",
		want: []want{{typ: "PROTEST", mode: "boycott", actor: "KEN"}}},
		forbid: []want{{typ: "ASSAULT"}}},
	{extractCase: extractCase{name: "rebels who strike a base attack it", lang: "en", dct: "1996-08-27",
		text: "Rebels struck a Kenyan army base.",
		want: []want{{typ: "ASSAULT", target: "KEN"}}}},
	// "ruling" and "governing" before a noun after a possessive: those in power
	{extractCase: extractCase{name: "a president and his governing coalition", lang: "en", dct: "1996-08-27",
		text: "Kenya's president and his governing coalition rejected the plan.",
		want: []want{{typ: "REJECT", actor: "KEN"}}}},
	// a present-tense "before" clause: what is awaited has not happened
	{extractCase: extractCase{name: "a withdrawal awaited before another act is none yet", lang: "en", dct: "1996-08-27",
		text: "Kenya will lift the sanctions before Ugandan troops withdraw from the border.",
		want: []want{{typ: "RETREAT", actor: "KEN", modality: "planned"}}},
		forbid: []want{{typ: "RETREAT", actor: "UGA"}}},
	{extractCase: extractCase{name: "a past withdrawal before another act happened", lang: "en", dct: "1996-08-27",
		text: "Kenyan troops attacked the rebels before they withdrew to Uganda.",
		want: []want{{typ: "RETREAT", target: "UGA"}}}},
}

func TestNewsKindsEN24(t *testing.T) {
	runForbidCases(t, parsedStages(t), newsKindsEN24)
}
