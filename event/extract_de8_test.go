package event_test

import "testing"

// de8Cases are German constructions found missing or wrong on a judged
// 10kGNAD sample (issue #5, round evde8); the sentences are written for
// the tests.
var de8Cases = []extractCase{
	// verbs of violence the lexicon lacked, in verb-second order with the
	// subject after the verb
	{name: "erschießen with the subject after the verb", lang: "de", dct: "2025-07-31",
		text: "Bei Protesten im Süden erschoss die israelische Armee am Freitag einen Palästinenser.",
		want: []want{{typ: "ASSAULT", mode: "firearms", actor: "ISR", target: "PSE"}}},
	{name: "the ss spelling of the lemmatiser finds the ß row", lang: "de", dct: "2025-07-31",
		text: "In Nablus erschossen israelische Soldaten eine Palästinenserin.",
		want: []want{{typ: "ASSAULT", actor: "ISR", target: "PSE"}}},
	{name: "verletzen of a person is an attack", lang: "de", dct: "2025-07-31",
		text: "Am Montag verletzte ein Palästinenser einen Israeli mit einem Messer.",
		want: []want{{typ: "ASSAULT", actor: "PSE", target: "ISR"}}},
	{name: "verletzen of a law or a treaty is no attack", lang: "de", dct: "2025-07-31",
		text: "Russland verletzte mit dem Flug das Abkommen mit Finnland.",
		none: []string{"ASSAULT"}},
	{name: "sich verletzen is no attack", lang: "de", dct: "2025-07-31",
		text: "Der Minister aus Frankreich verletzte sich beim Skifahren.",
		none: []string{"ASSAULT"}},
	{name: "stürmen of a building is an attack", lang: "de", dct: "2025-07-31",
		text: "Ankara – Die Polizei hat am Mittwoch die Zentrale der Zeitung gestürmt.",
		want: []want{{typ: "ASSAULT", actor: "TUR"}}},
	{name: "stürmen without a building is no attack", lang: "de", dct: "2025-07-31",
		text: "Die Fans aus Polen stürmten nach dem Spiel jubelnd auf den Rasen.",
		none: []string{"ASSAULT"}},
	{name: "durchsuchen of offices coerces", lang: "de", dct: "2025-07-31",
		text: "Die türkische Polizei hat die Büros der HDP durchsucht.",
		want: []want{{typ: "COERCE", actor: "TUR"}}},
	// arguments
	{name: "a headline's participles name whom the act befell, not who acted", lang: "de", dct: "2025-07-31",
		text: "Drei Syrer erschossen und zwei Türken schwer verletzt.",
		none: []string{"ASSAULT"}},
	{name: "a verb-second clause with its object is no headline participle", lang: "de", dct: "2025-07-31",
		text: "Israelische Soldaten erschossen zwei Palästinenser.",
		want: []want{{typ: "ASSAULT", actor: "ISR", target: "PSE"}}},
	{name: "fordern von names whom the demand is addressed to", lang: "de", dct: "2025-07-31",
		text: "Die Ukraine fordert von Russland bessere Bedingungen für den Kredit.",
		want: []want{{typ: "REQUEST", actor: "UKR", target: "RUS"}}},
	{name: "a singular der-phrase is no subject of a relative clause with a plural verb", lang: "de", dct: "2025-07-31",
		text: "In Gaza gibt es Gruppen, die der Hamas zu große Nachgiebigkeit gegenüber Israel vorwerfen.",
		none: []string{"ACCUSE"}},
	{name: "a city in a von-phrase after a noun is no passive agent", lang: "de", dct: "2025-07-31",
		text: "Der mutmaßliche Attentäter von Haifa ist bei einer Schießerei erschossen worden.",
		none: []string{"ASSAULT"}},
	{name: "a city after a direction word is no passive agent", lang: "de", dct: "2025-07-31",
		text: "Südlich von Hebron wurde ein Israeli angeschossen.",
		none: []string{"ASSAULT"}},
	{name: "a country in a von-phrase after the verb stays the passive agent", lang: "de", dct: "2025-07-31",
		text: "Die Stadt wurde am Montag von Russland angegriffen.",
		want: []want{{typ: "ASSAULT", actor: "RUS"}}},
}

func TestExtractDE8(t *testing.T) {
	runExtractCases(t, loadStages(t), de8Cases)
}
