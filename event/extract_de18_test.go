package event_test

import "testing"

// de18Cases are German reports of round evde18 (issue #5): a passive in a
// verb-final clause, people picked up named by a pronoun or an age noun,
// an attack in words, a newspaper that hears what is said, an amount
// chunked apart from its noun, and unnamed jihadists and fighters. Each
// has a twin where the rule must not apply. The sentences are written for the
// tests.
var de18Cases = []extractCase{
	// a verb-final clause has its finite verb last: "angegriffen worden war"
	// is a passive whose von-phrase is the agent
	{name: "a passive in a relative clause has the von-phrase as actor", lang: "de", dct: "2025-07-31",
		text: "Frankreich unterstützt Mali, das im Mai von Ansar Dine angegriffen worden war.",
		want: []want{{typ: "SUPPORT", actor: "FRA", target: "MLI"}, {typ: "ASSAULT", actor: "Ansar Dine", target: "MLI"}}},
	{name: "a past passive in a relative clause", lang: "de", dct: "2025-07-31",
		text: "Frankreich unterstützt Mali, das im Mai von Ansar Dine angegriffen wurde.",
		want: []want{{typ: "ASSAULT", actor: "Ansar Dine", target: "MLI"}}},
	{name: "a passive in a dass-clause", lang: "de", dct: "2025-07-31",
		text: "Frankreich sagte, dass Mali von Ansar Dine angegriffen worden sei.",
		want: []want{{typ: "ASSAULT", actor: "Ansar Dine", target: "MLI"}}},
	{name: "an active pluperfect in a relative clause keeps its subject as actor", lang: "de", dct: "2025-07-31",
		text: "Frankreich kritisiert den Präsidenten Ibrahim Keïta, der im Mai Ansar Dine angegriffen hatte.",
		want: []want{{typ: "ASSAULT", actor: "phoenix:mli:ibrahim-boubacar-keita", target: "Ansar Dine"}}},
	// aufgreifen: people named by a pronoun or an age
	{name: "two teenagers picked up by the police are arrested", lang: "de", dct: "2025-07-31",
		text: "In Ungarn wurden zwei 16-Jährige von der Polizei aufgegriffen.",
		want: []want{{typ: "COERCE", mode: "arrest", actor: "HUN"}}},
	{name: "they were picked up by the police", lang: "de", dct: "2025-07-31",
		text: "In Ungarn wurden sie von der Polizei aufgegriffen.",
		want: []want{{typ: "COERCE", mode: "arrest", actor: "HUN"}}},
	{name: "a topic picked up by a party is no arrest", lang: "de", dct: "2025-07-31",
		text: "In Ungarn wurde das Thema von der Opposition aufgegriffen.",
		none: []string{"COERCE"}},
	// sharp words attack in words
	{name: "attacking a body sharply is criticism", lang: "de", dct: "2025-07-31",
		text: "Der Kanzler Olaf Scholz hat die Deutsche Bank scharf angegriffen.",
		want: []want{{typ: "ACCUSE", actor: "Olaf Scholz", target: "Deutsche Bank"}},
		none: []string{"ASSAULT"}},
	{name: "attacking a minister publicly is criticism", lang: "de", dct: "2025-07-31",
		text: "Der Kanzler Olaf Scholz attackierte die Deutsche Bank öffentlich.",
		want: []want{{typ: "ACCUSE", actor: "Olaf Scholz", target: "Deutsche Bank"}},
		none: []string{"ASSAULT"}},
	{name: "an attack on a country stays an assault", lang: "de", dct: "2025-07-31",
		text: "Russland hat die Ukraine in der Nacht angegriffen.",
		want: []want{{typ: "ASSAULT", actor: "RUS", target: "UKR"}}},
	// a newspaper that hears the words is not what they are aimed at
	{name: "the paper of an interview is no target", lang: "de", dct: "2025-07-31",
		text: "Im Gespräch mit der Süddeutschen Zeitung kritisierte der Kanzler Olaf Scholz die Regierung.",
		want: []want{{typ: "ACCUSE", actor: "Olaf Scholz", target: "-"}}},
	{name: "the paper asked is no target of a rejection", lang: "de", dct: "2025-07-31",
		text: "Auf Anfrage der Süddeutschen Zeitung wies der Kanzler Olaf Scholz die Vorwürfe zurück.",
		want: []want{{typ: "REJECT", actor: "Olaf Scholz", target: "-"}}},
	{name: "the paper of an interview leaves the act without target", lang: "de", dct: "2025-07-31",
		text: "Der Kanzler Olaf Scholz warf der Regierung im Gespräch mit der Süddeutschen Zeitung Versagen vor.",
		want: []want{{typ: "ACCUSE", actor: "Olaf Scholz", target: "-"}}},
	{name: "a paper criticised is the target", lang: "de", dct: "2025-07-31",
		text: "Der Kanzler Olaf Scholz kritisierte die Süddeutsche Zeitung scharf.",
		want: []want{{typ: "ACCUSE", actor: "Olaf Scholz", target: "Süddeutsche Zeitung"}}},
	// an amount chunked apart from the noun it measures
	{name: "suing for an amount of damages with its conversion in brackets", lang: "de", dct: "2025-07-31",
		text: "Der Unternehmer Hans Maier hat die Deutsche Bank in New York auf 20 Millionen Dollar (rund 18 Millionen Euro) Schadenersatz geklagt.",
		want: []want{{typ: "ACCUSE", actor: "Hans Maier", target: "Deutsche Bank"}}},
	{name: "complaining about an amount of debt is no suit", lang: "de", dct: "2025-07-31",
		text: "Der Unternehmer Hans Maier klagte über 20 Millionen Euro (rund 22 Millionen Dollar) Schulden der Deutschen Bank.",
		none: []string{"ACCUSE"}},
	// agent nouns of unnamed armed groups
	{name: "unnamed jihadists in a country act for its radicals", lang: "de", dct: "2025-07-31",
		text: "Dschihadisten haben in Mali Soldaten angegriffen.",
		want: []want{{typ: "ASSAULT", actor: "MLI", target: "MLI"}}},
	{name: "fighters in a country act for its rebels", lang: "de", dct: "2025-07-31",
		text: "Bewaffnete Kämpfer haben in Nigeria ein Dorf überfallen.",
		want: []want{{typ: "ASSAULT", actor: "NGA"}}},
	{name: "fighters of a named group are that group's", lang: "de", dct: "2025-07-31",
		text: "Kämpfer der Hamas haben Israel angegriffen.",
		want: []want{{typ: "ASSAULT", actor: "Hamas", target: "ISR"}}},
}

func TestExtractDE18(t *testing.T) {
	runExtractCases(t, loadStages(t), de18Cases)
}
