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
	// two coordinated zu-infinitives are one infinitive clause
	{name: "the first of two coordinated zu-infinitives has the controller as actor", lang: "de", dct: "2025-07-31",
		text: "Der Finanzminister Hans Eichel hatte beschlossen, die Deutsche Bank zu retten und Josef Ackermann zum neuen Chef zu machen.",
		want: []want{{typ: "AID", actor: "Hans Eichel", target: "Deutsche Bank", modality: "planned"}}},
	{name: "one zu-infinitive has the controller as actor", lang: "de", dct: "2025-07-31",
		text: "Der Finanzminister Hans Eichel hatte beschlossen, die Deutsche Bank zu retten.",
		want: []want{{typ: "AID", actor: "Hans Eichel", target: "Deutsche Bank", modality: "planned"}}},
	// "man" in reported speech is the speaker's own side
	{name: "man in reported speech is the body that reports", lang: "de", dct: "2025-07-31",
		text: "Darauf habe man sich mit Frankreich geeinigt, teilte das Auswärtige Amt am Montag mit.",
		want: []want{{typ: "AGREE", actor: "Federal Foreign Office", target: "FRA", modality: "reported"}}},
	{name: "man after the reporting clause", lang: "de", dct: "2025-07-31",
		text: "Der russische Außenminister Sergej Lawrow sagte, man werde Frankreich unterstützen.",
		want: []want{{typ: "SUPPORT", actor: "Sergey Lavrov", target: "FRA"}}},
	{name: "man outside reported speech is anyone", lang: "de", dct: "2025-07-31",
		text: "Mit Frankreich kann man sich leicht einigen.",
		none: []string{"AGREE"}},
	// "in Berlin" after a named person is where, "aus Wien" whence
	{name: "a person blamed in a city is not that city's country", lang: "de", dct: "2025-07-31",
		text: "Auch Siemens macht Schrempp in Berlin direkt für die Verluste verantwortlich.",
		want: []want{{typ: "ACCUSE", actor: "Siemens", target: "Schrempp"}}},
	{name: "a person from a city is coded by its country", lang: "de", dct: "2025-07-31",
		text: "Siemens hat den Manager Hans Maier aus Wien verklagt.",
		want: []want{{typ: "ACCUSE", actor: "Siemens", target: "AUT"}}},
	// a von-phrase of an event noun inside a prepositional phrase
	{name: "the visitor in a time phrase is no agent of the release", lang: "de", dct: "2025-07-31",
		text: "In Vietnam ist der Aktivist Li Wei nach dem Besuch von Joe Biden aus dem Gefängnis entlassen worden.",
		want: []want{{typ: "RETREAT", mode: "release", actor: "VNM", target: "Li Wei"}}},
	{name: "a von-phrase after the subject is the agent", lang: "de", dct: "2025-07-31",
		text: "Der Aktivist Li Wei wurde von der Polizei Vietnams festgenommen.",
		want: []want{{typ: "COERCE", mode: "arrest", actor: "VNM", target: "Li Wei"}}},
}

// de19Forbid are the cases of de19 with events that must not come out.
var de19Forbid = []forbidCase{
	// a plural member noun before a list of names is its header
	{extractCase: extractCase{name: "the shareholders a list enumerates take no part of their own", lang: "de", dct: "2025-07-31",
		text: "Auf diesen Plan haben sich die Airbus-Aktionäre, Siemens, Renault und Frankreich geeinigt.",
		want: []want{{typ: "AGREE", actor: "Siemens", target: "FRA"}, {typ: "AGREE", actor: "FRA", target: "Siemens"}}},
		forbid: []want{{typ: "AGREE", actor: "Airbus"}, {typ: "AGREE", target: "Airbus"}}},
	{extractCase: extractCase{name: "a list of names keeps its first name", lang: "de", dct: "2025-07-31",
		text: "Auf diesen Plan haben sich Deutschland, Italien und Frankreich geeinigt.",
		want: []want{{typ: "AGREE", actor: "DEU", target: "FRA"}, {typ: "AGREE", actor: "FRA", target: "DEU"}}}},
}

func TestExtractDE19(t *testing.T) {
	st := loadStages(t)
	runExtractCases(t, st, de19Cases)
	runForbidCases(t, st, de19Forbid)
}
