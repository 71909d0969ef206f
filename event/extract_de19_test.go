package event_test

import "testing"

// de19Cases are German reports of round evde19 (issue #5): a subject split
// by the commas of a list of roles, a relative pronoun that is the subject
// of its clause, adverbs the tagger reads as verbs, a zu-infinitive that is
// the content of a demand, "könne" in reported speech, and a spokesman the
// knowledge base lacks who speaks for the body his description names. Each
// has a twin where the rule must not apply. The sentences are written for
// the tests.
var de19Cases = []extractCase{
	// "ist … der Anwalt, Autor und Aktivist X … entlassen worden": the
	// commas of the list are inside the subject, not between clauses
	{name: "a list of roles before the name of the one released", lang: "de", dct: "2025-07-31",
		text: "In China ist kurz vor dem Besuch des Papstes der bekannte Anwalt, Autor und Aktivist Li Wei aus dem Gefängnis entlassen worden.",
		want: []want{{typ: "RETREAT", mode: "release", actor: "CHN", target: "Li Wei"}}},
	{name: "a second clause with its own finite verb stays a clause", lang: "de", dct: "2025-07-31",
		text: "In China ist die Lage ruhig, der Aktivist Li Wei wurde aus dem Gefängnis entlassen.",
		want: []want{{typ: "RETREAT", mode: "release", actor: "CHN", target: "Li Wei"}}},
	// "die" as subject of a relative clause whose antecedent can act
	{name: "a group that attacked a country", lang: "de", dct: "2025-07-31",
		text: "Frankreich kämpft gegen Ansar Dine, die im Mai Mali angegriffen hat.",
		want: []want{{typ: "ASSAULT", actor: "Ansar Dine", target: "MLI"}}},
	{name: "a party that attacked a country, the name before the date", lang: "de", dct: "2025-07-31",
		text: "Frankreich kämpft gegen die Hamas, die Israel im Mai angegriffen hat.",
		want: []want{{typ: "ASSAULT", actor: "Hamas", target: "ISR"}}},
	{name: "a masculine nominative after the pronoun is the subject", lang: "de", dct: "2025-07-31",
		text: "Frankreich kämpft gegen die Hamas, die der Präsident Israels im Mai angegriffen hat.",
		want: []want{{typ: "ASSAULT", actor: "ISR"}}},
	{name: "a plural verb keeps the named plural subject rule", lang: "de", dct: "2025-07-31",
		text: "Menschenrechtler kritisieren die Angriffe, die die USA im Mai in Syrien geflogen haben.",
		none: []string{"REJECT"}},
	// adverbs in -t between a verb and its particle
	{name: "rejecting vehemently", lang: "de", dct: "2025-07-31",
		text: "Burundi lehnt den Plan der Afrikanischen Union vehement ab.",
		want: []want{{typ: "REJECT", actor: "BDI"}}},
	{name: "rejecting accusations strictly", lang: "de", dct: "2025-07-31",
		text: "Burundi weist die Vorwürfe der EU strikt zurück.",
		want: []want{{typ: "REJECT", actor: "BDI", target: "European Union"}}},
	{name: "rejecting decidedly", lang: "de", dct: "2025-07-31",
		text: "Burundi lehnt den Plan entschieden ab.",
		want: []want{{typ: "REJECT", actor: "BDI"}}},
	// a zu-infinitive with a speech verb is what is asked for
	{name: "asking someone to comment is no report by the one who asks", lang: "de", dct: "2025-07-31",
		text: "Der Grünen-Politiker Jürgen Trittin forderte die Bundesregierung auf, sich zu den Plänen zu äußern.",
		want: []want{{typ: "REQUEST", actor: "Juergen Trittin", target: "Federal Government of Germany", source: "-", modality: "asserted"}}},
	{name: "a reporting clause after the event still reports it", lang: "de", dct: "2025-07-31",
		text: "Burundi lehnt den Plan ab, sagte der Außenminister.",
		want: []want{{typ: "REJECT", actor: "BDI", modality: "reported"}}},
	// "könne" is "kann" in reported speech
	{name: "what a body could do, in reported speech", lang: "de", dct: "2025-07-31",
		text: "Die EU könne den Export verbieten, sagte der Kommissar.",
		want: []want{{typ: "COERCE", mode: "ban", actor: "European Union", modality: "hypothetical"}}},
	{name: "what a body does", lang: "de", dct: "2025-07-31",
		text: "Die EU verbietet den Export.",
		want: []want{{typ: "COERCE", mode: "ban", actor: "European Union", modality: "asserted"}}},
	// the body a spokesman speaks for
	{name: "a party's spokesman the knowledge base lacks speaks for the party", lang: "de", dct: "2025-07-31",
		text: "Der außenpolitische Sprecher der SPD-Fraktion, Rolf Mützenich, fordert die Abschaffung der Sanktionen.",
		want: []want{{typ: "REQUEST", actor: "Social Democratic Party of Germany"}}},
	{name: "a relative described by kinship is no spokesman", lang: "de", dct: "2025-07-31",
		text: "Der Sohn des Gründers der SPD, Rolf Mützenich, fordert die Abschaffung der Sanktionen.",
		none: []string{"REQUEST"}},
}

func TestExtractDE19(t *testing.T) {
	runExtractCases(t, loadStages(t), de19Cases)
}
