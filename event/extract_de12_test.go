package event_test

import "testing"

// de12Cases are German constructions of real news whose trigger or actor
// the rules missed (issue #5, round evde12): charges and investigations by
// unnamed prosecutors, blame with "verantwortlich machen", criticism with
// the light verb "üben", a finite verb the tagger read as an adjective,
// "weder … noch", greeting a visitor, pressure, and police who move
// against someone.
// The sentences are written for the tests.
var de12Cases = []extractCase{
	// unnamed organs of justice, police and army who charge or blame act
	// for the state the sentence or the dateline names
	{name: "an indictment by prosecutors in a capital", lang: "de", dct: "2025-07-31",
		text: "Wien – Die Staatsanwaltschaft erhob Anklage gegen den Bürgermeister Michael Häupl.",
		want: []want{{typ: "ACCUSE", mode: "allege", actor: "AUT"}}},
	{name: "an investigation opened by prosecutors under a dateline", lang: "de", dct: "2025-07-31",
		text: "Prag – Die Staatsanwaltschaft hat Ermittlungen wegen Betrugs gegen den Abgeordneten Petr Novak aufgenommen.",
		want: []want{{typ: "ACCUSE", mode: "investigate", actor: "CZE"}}},
	{name: "prosecutors placed by their city investigate", lang: "de", dct: "2025-07-31",
		text: "Die Staatsanwaltschaft in Madrid ermittelt gegen den Politiker Pablo Iglesias.",
		want: []want{{typ: "ACCUSE", mode: "investigate", actor: "ESP"}}},
	{name: "an army blames a named group", lang: "de", dct: "2025-07-31",
		text: "Ankara – Die Armee machte die PKK für den Anschlag verantwortlich.",
		want: []want{{typ: "ACCUSE", actor: "TUR", target: "PKK"}}},
	{name: "a named state blames a named group", lang: "de", dct: "2025-07-31",
		text: "Die türkische Regierung machte die PKK für die Explosion verantwortlich.",
		want: []want{{typ: "ACCUSE", actor: "TUR", target: "PKK"}}},
	{name: "blaming someone unnamed is no event", lang: "de", dct: "2025-07-31",
		text: "Die Polizei machte den Fahrer für den Unfall verantwortlich.",
		none: []string{"ACCUSE"}},
	{name: "machen without verantwortlich is no accusation", lang: "de", dct: "2025-07-31",
		text: "Ankara – Die Armee machte der PKK ein Angebot.",
		none: []string{"ACCUSE"}},
	{name: "prosecutors without a state are nobody's", lang: "de", dct: "2025-07-31",
		text: "Die Staatsanwaltschaft ermittelt gegen unbekannt.",
		none: []string{"ACCUSE"}},
	// "Kritik üben an": the light verb gives the noun its actor, the an-phrase its target
	{name: "criticism exercised on a country", lang: "de", dct: "2025-07-31",
		text: "Deutschland übte scharfe Kritik an der Türkei.",
		want: []want{{typ: "ACCUSE", mode: "disapprove", actor: "DEU", target: "TUR"}}},
	{name: "a subject list the parse cut short is no target", lang: "de", dct: "2025-07-31",
		text: "Wien – Die Richter, Anwälte, Grüne, Neos üben an dem neuen Gesetz heftige Kritik.",
		want: []want{{typ: "ACCUSE", actor: "AUT", target: "-"}}},
	{name: "practising is no criticism", lang: "de", dct: "2025-07-31",
		text: "Die Armee Polens übte im Mai den Ernstfall.",
		none: []string{"ACCUSE"}},
	// a light verb the tagger read as an adjective is the clause's verb,
	// and its particle makes the trigger
	{name: "tear gas used by police, singular", lang: "de", dct: "2025-07-31",
		text: "Kiew – Die Polizei setzte Tränengas gegen die Demonstranten ein.",
		want: []want{{typ: "ASSAULT", actor: "UKR"}}},
	{name: "tear gas used by police, plural", lang: "de", dct: "2025-07-31",
		text: "Kiew – Die Polizisten setzten Tränengas gegen Demonstranten ein.",
		want: []want{{typ: "ASSAULT", actor: "UKR"}}},
	{name: "an attributive participle of a light verb stays an adjective", lang: "de", dct: "2025-07-31",
		text: "Die von Russland gesetzte Frist lief am Montag ab.",
		none: []string{"ASSAULT", "COERCE", "ACCUSE"}},
	// "weder … noch": the clause splitter cuts at "noch", and the
	// second half is denied as well as the first
	{name: "weder bestätigen noch dementieren denies nothing", lang: "de", dct: "2025-07-31",
		text: "Die Regierung Griechenlands wollte den Bericht weder bestätigen noch dementieren.",
		want: []want{{typ: "REJECT", actor: "GRC", modality: "negated"}}},
	{name: "both halves of weder … noch are denied", lang: "de", dct: "2025-07-31",
		text: "Die Türkei hat weder Syrien angegriffen, noch will sie Damaskus drohen.",
		want: []want{{typ: "ASSAULT", actor: "TUR", target: "SYR", modality: "negated"}, {typ: "THREATEN", actor: "TUR", target: "SYR", modality: "negated"}}},
	{name: "noch without weder denies nothing", lang: "de", dct: "2025-07-31",
		text: "Noch am Montag dementierte die Regierung Griechenlands den Bericht.",
		want: []want{{typ: "REJECT", actor: "GRC", modality: "asserted"}}},
	// greeting a head of state or the pope is hosting a visit; greeting a
	// decision is support
	{name: "a president greets a president", lang: "de", dct: "2025-07-31",
		text: "Präsident Rafael Correa hat Präsident Evo Morales in Quito begrüßt.",
		want: []want{{typ: "CONSULT", mode: "host", actor: "ECU", target: "BOL"}}},
	{name: "greeting a president's decision is support", lang: "de", dct: "2025-07-31",
		text: "Präsident Rafael Correa begrüßte die Entscheidung des Präsidenten Evo Morales.",
		want: []want{{typ: "SUPPORT", actor: "ECU", target: "BOL"}}, none: []string{"CONSULT"}},
	// pressure (CAMEO 170, coerce)
	{name: "unter Druck setzen", lang: "de", dct: "2025-07-31",
		text: "Die USA setzen China mit neuen Zöllen unter Druck.",
		want: []want{{typ: "COERCE", actor: "USA", target: "CHN"}}},
	{name: "Druck ausüben auf", lang: "de", dct: "2025-07-31",
		text: "Die EU hat Druck auf Serbien ausgeübt.",
		want: []want{{typ: "COERCE", actor: "European Union", target: "SRB"}}},
	// police or soldiers moving against someone coerce even when the text
	// does not name whom; others need a target ("gegen Steuerbetrug")
	{name: "police move against an unnamed publication", lang: "de", dct: "2025-07-31",
		text: "Istanbul – Die Polizei ist gegen eine oppositionelle Zeitung vorgegangen.",
		want: []want{{typ: "COERCE", actor: "TUR"}}},
	{name: "a government moving against fraud is no event", lang: "de", dct: "2025-07-31",
		text: "Wien – Die Regierung will gegen Steuerbetrug vorgehen.",
		none: []string{"COERCE"}},
	{name: "sitting down under a tree is no pressure", lang: "de", dct: "2025-07-31",
		text: "Der Präsident Serbiens setzte sich unter einen Baum.",
		none: []string{"COERCE"}},
	// a light verb whose particle the tagger took for a preposition is
	// joined all the same ("statten … ab"), so its noun's event is found
	{name: "a visit paid with a split light verb", lang: "de", dct: "2025-07-31",
		text: "Der polnische Außenminister stattete Litauen am Dienstag einen Besuch ab.",
		want: []want{{typ: "CONSULT", mode: "visit", actor: "POL", target: "LTU"}}},
	{name: "a meeting held with a split light verb is no visit", lang: "de", dct: "2025-07-31",
		text: "Der Stadtrat hielt am Dienstag eine lange Sitzung ab.",
		none: []string{"CONSULT"}},
}

func TestExtractDE12(t *testing.T) {
	runExtractCases(t, loadStages(t), de12Cases)
}
