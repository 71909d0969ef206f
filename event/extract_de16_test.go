package event_test

import "testing"

// de16Cases are German reports of round evde16 (issue #5): a durch-phrase
// after an act nested in an event noun names that act's agent, a
// reciprocal noun owned by two is their meeting, and reported speech in
// the Konjunktiv I keeps the speaker the sentence before named. Each has a
// twin where the rule must not apply. The sentences are written for the
// tests.
var de16Cases = []extractCase{
	// durch after a nested act
	{name: "protests against an act done by the government are not the government's", lang: "de", dct: "2025-07-31",
		text: "Die Lage in Ungarn bleibt gespannt. Proteste gegen die Zentralisierung der Schulen durch die Regierung.",
		none: []string{"PROTEST"}},
	{name: "protests against an arrest by the police are not the police's", lang: "de", dct: "2025-07-31",
		text: "Die Lage in Ungarn bleibt gespannt. Proteste gegen die Festnahme durch die Polizei.",
		want: []want{{typ: "COERCE", mode: "arrest", actor: "HUN"}}, none: []string{"PROTEST"}},
	{name: "durch after a place still names the attacker", lang: "de", dct: "2025-07-31",
		text: "Der Angriff auf die Stadt Aleppo durch die russische Armee dauerte Tage.",
		want: []want{{typ: "ASSAULT", actor: "RUS"}}},
	// a reciprocal noun with a plural possessive
	{name: "their meeting is the two subjects' meeting", lang: "de", dct: "2025-07-31",
		text: "Im Mai hatten Putin und sein chinesischer Amtskollege Xi Jinping ihr Treffen in Moskau genutzt, um Verträge zu schließen.",
		want: []want{{typ: "CONSULT", actor: "Vladimir Putin", target: "Xi Jinping"}, {typ: "CONSULT", actor: "Xi Jinping", target: "Vladimir Putin"}}},
	{name: "a meeting owned by one is no meeting of two", lang: "de", dct: "2025-07-31",
		text: "Die Kanzlerin Angela Merkel hat ihr Treffen in Rom genutzt.",
		none: []string{"CONSULT"}},
	// Konjunktiv I goes on with the speaker of the sentence before
	{name: "a Konjunktiv after a wie-clause keeps the agency as source", lang: "de", dct: "2025-07-31",
		text: "Wie die Agentur Yonhap meldete, hat das Militär Raketen getestet. Nordkorea habe außerdem Soldaten an die Grenze geschickt.",
		want: []want{{typ: "AID", actor: "PRK", source: "Yonhap News Agency", modality: "reported"}}},
	{name: "a chain of Konjunktiv sentences keeps the speaker", lang: "de", dct: "2025-07-31",
		text: "Der Sprecher Jan Novak sagte am Montag, die Lage sei ruhig. Russland habe Truppen an die Grenze verlegt. Die Ukraine habe Russland angegriffen.",
		want: []want{{typ: "MOBILIZE", actor: "RUS", source: "Jan Novak"}, {typ: "ASSAULT", actor: "UKR", target: "RUS", source: "Jan Novak", modality: "reported"}}},
	{name: "a sentence in between ends the report", lang: "de", dct: "2025-07-31",
		text: "Die Agentur Yonhap berichtete über Raketentests. Am Dienstag regnete es. Nordkorea habe Soldaten an die Grenze geschickt.",
		want: []want{{typ: "AID", actor: "PRK", source: "-", modality: "reported"}}},
	// a parenthesis without a verb is an aside inside its clause
	{name: "a party in parentheses before the participle", lang: "de", dct: "2025-07-31",
		text: "Der Abgeordnete Hans Maier hat den Innenminister Wolfgang Sobotka (ÖVP) am Montag scharf kritisiert.",
		want: []want{{typ: "ACCUSE", actor: "Hans Maier", target: "AUT"}}}, // the minister coded by his party
	{name: "a 'nicht' in parentheses denies nothing", lang: "de", dct: "2025-07-31",
		text: "Der Nordkoreaner Kim Chol war in Seoul (nicht rechtskräftig) zu fünf Jahren Haft verurteilt worden.",
		want: []want{{typ: "COERCE", actor: "KOR", modality: "asserted"}}},
}

func TestExtractDE16(t *testing.T) {
	runExtractCases(t, loadStages(t), de16Cases)
}
