package event_test

import "testing"

// de10Cases are German events missed or misread on real news (issue #5,
// round evde10); the sentences are written for the tests.
var de10Cases = []extractCase{
	// a phrase between the Vorfeld subject and the verb belongs to the subject
	{name: "the police's city is no one arrested", lang: "de", dct: "2025-07-31",
		text: "Die Polizei in Graz hat am Montag drei Männer festgenommen.",
		want: []want{{typ: "COERCE", mode: "arrest", actor: "AUT", target: "-"}}},
	{name: "the court's city is no one sentenced", lang: "de", dct: "2025-07-31",
		text: "Ein Gericht in Istanbul verurteilte den Reporter zu drei Jahren Haft.",
		want: []want{{typ: "COERCE", actor: "TUR", target: "-"}}},
	{name: "a place after the verb can still be the target", lang: "de", dct: "2025-07-31",
		text: "Die Armee Israels griff in der Nacht Ziele in Syrien an.",
		want: []want{{typ: "ASSAULT", actor: "ISR", target: "SYR"}}},
	{name: "in a verb-final clause the phrase before the verb is its own", lang: "de", dct: "2025-07-31",
		text: "Die Regierung Kiews erklärte, dass Russland gegen die Ukraine Raketen abgefeuert habe.",
		want: []want{{typ: "ASSAULT", actor: "RUS", target: "UKR"}}},
	// an object noun whose lemma lost its -e
	{name: "eine Rakete abfeuern is an attack", lang: "de", dct: "2025-07-31",
		text: "Der Iran hat am Sonntag eine Rakete abgefeuert.",
		want: []want{{typ: "ASSAULT", mode: "heavy-weapons", actor: "IRN"}}},
	{name: "eine Drohne schicken is military aid", lang: "de", dct: "2025-07-31",
		text: "Der Iran schickte eine Drohne an die Huthis.",
		want: []want{{typ: "AID", mode: "military", actor: "IRN"}}},
	{name: "a word that merely ends like the object is no match", lang: "de", dct: "2025-07-31",
		text: "Die Regierung Schwedens schickte einen Brief nach Finnland.",
		none: []string{"AID"}},
	// aid goods on vehicles, police sent abroad
	{name: "trucks with relief goods are humanitarian aid", lang: "de", dct: "2025-07-31",
		text: "Die Türkei schickte am Freitag vierzig Lastwagen mit Hilfsgütern nach Syrien.",
		want: []want{{typ: "AID", mode: "humanitarian", actor: "TUR", target: "SYR"}}},
	{name: "police officers sent abroad are aid", lang: "de", dct: "2025-07-31",
		text: "Österreich hat 50 Polizisten nach Nordmazedonien entsandt.",
		want: []want{{typ: "AID", actor: "AUT", target: "MKD"}}},
	{name: "a letter sent with a file is no aid", lang: "de", dct: "2025-07-31",
		text: "Die Regierung Schwedens schickte einen Brief mit einer Liste nach Finnland.",
		none: []string{"AID"}},
	// crowds of people protest
	{name: "people protesting in a capital are its civilians", lang: "de", dct: "2025-07-31",
		text: "Tausende Menschen protestierten am Sonntag in Bukarest gegen die Korruption.",
		want: []want{{typ: "PROTEST", actor: "ROU"}}},
	{name: "a quantity modifier before the crowd", lang: "de", dct: "2025-07-31",
		text: "Mehr als 2000 Menschen demonstrierten am Samstag in Prag gegen den Krieg.",
		want: []want{{typ: "PROTEST", actor: "CZE"}}},
	{name: "a quantity modifier before a named subject", lang: "de", dct: "2025-07-31",
		text: "Rund 300 Soldaten der Bundeswehr sind in Litauen stationiert worden.",
		none: []string{"PROTEST"}},
	// where a statement appeared, who reports it: no target
	{name: "a newspaper in quotation marks is where criticism appeared", lang: "de", dct: "2025-07-31",
		text: "Der Außenminister Italiens kritisierte in der \"Repubblica\", dass die Grenzen offen seien.",
		want: []want{{typ: "ACCUSE", actor: "ITA", target: "-"}}},
	{name: "an interview in a newspaper is no target, the object is", lang: "de", dct: "2025-07-31",
		text: "Der Außenminister Polens kritisierte in einem Interview mit der \"Zeit\" die Regierung Ungarns.",
		want: []want{{typ: "ACCUSE", actor: "POL", target: "HUN"}}},
	{name: "nach X-Informationen is the source of an agreement", lang: "de", dct: "2025-07-31",
		text: "Spanien und Portugal haben sich nach FAZ-Informationen auf einen Kompromiss geeinigt.",
		want: []want{{typ: "AGREE", actor: "ESP", target: "PRT"}}},
	{name: "a newspaper as the object of criticism stays the target", lang: "de", dct: "2025-07-31",
		text: "Der Präsident der Türkei kritisierte die Frankfurter Allgemeine Zeitung scharf.",
		want: []want{{typ: "ACCUSE", actor: "TUR", target: "Frankfurter Allgemeine Zeitung"}}},
	// an arrest is aimed at people, not at the town
	{name: "the town of an arrest is no target", lang: "de", dct: "2025-07-31",
		text: "Die Polizei nahm in Tirana zwanzig Demonstranten fest.",
		want: []want{{typ: "COERCE", mode: "arrest", actor: "ALB", target: "-"}}},
	{name: "the town of an attack stays its target", lang: "de", dct: "2025-07-31",
		text: "Die Armee Myanmars griff in der Nacht Mandalay an.",
		want: []want{{typ: "ASSAULT", actor: "MMR"}}},
	// nominal acts
	{name: "an arrest whose agent durch names needs no named target", lang: "de", dct: "2025-07-31",
		text: "Die Festnahme des Bloggers durch die Polizei Aserbaidschans sorgte für Empörung.",
		want: []want{{typ: "COERCE", mode: "arrest", actor: "AZE"}}},
	{name: "an arrest von someone names no agent", lang: "de", dct: "2025-07-31",
		text: "Die Festnahme von Alexej Nawalny sorgte für Empörung.",
		none: []string{"COERCE"}},
	{name: "a release with von names the released, not the agent", lang: "de", dct: "2025-07-31",
		text: "Die Freilassung von Alexej Nawalny wurde gefordert.",
		none: []string{"RETREAT"}},
	{name: "a talk with someone before the clause is its subject's", lang: "de", dct: "2025-07-31",
		text: "Nach einem Gespräch mit Emmanuel Macron sagte Olaf Scholz, man sei sich einig.",
		want: []want{{typ: "CONSULT", actor: "Olaf Scholz", target: "Emmanuel Macron"}}},
	{name: "a talk with a news agency is no consultation", lang: "de", dct: "2025-07-31",
		text: "Im Gespräch mit der dpa sagte Olaf Scholz, die Lage sei ernst.",
		none: []string{"CONSULT"}},
	{name: "Anklage erheben gegen someone accuses", lang: "de", dct: "2025-07-31",
		text: "Die Staatsanwaltschaft Frankreichs erhob Anklage gegen Nicolas Sarkozy.",
		want: []want{{typ: "ACCUSE", actor: "FRA", target: "Nicolas Sarkozy"}}},
}

func TestExtractDE10(t *testing.T) {
	runExtractCases(t, loadStages(t), de10Cases)
}
