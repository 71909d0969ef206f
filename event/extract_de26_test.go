package event_test

import "testing"

// de26Cases are German main clauses broken by an embedded clause (round
// evde26): the subject and objects stand before a relative clause, a
// subordinate clause or "wie X sagte" between commas, the participle or
// infinitive after it. Each shape has a twin where the rejoining must not
// apply. The sentences are written for the tests.
var de26Cases = []extractCase{
	// a relative clause after the object, the infinitive after it
	{name: "modal, relative clause after the object, infinitive", lang: "de", dct: "2025-07-31",
		text: "Die EU will die Türkei, die seit Monaten Flüchtlinge aufnimmt, finanziell unterstützen.",
		want: []want{{typ: "SUPPORT", actor: "European Union", target: "TUR", modality: "planned"}}},
	{name: "the relative clause keeps its own subject", lang: "de", dct: "2025-07-31",
		text: "Die EU will die Türkei, die im Frühjahr Syrien angegriffen hat, finanziell unterstützen.",
		want: []want{{typ: "SUPPORT", actor: "European Union", target: "TUR"}, {typ: "ASSAULT", actor: "TUR", target: "SYR"}}},
	{name: "perfect, relative clause after the object, participle", lang: "de", dct: "2025-07-31",
		text: "Russland hat die Ukraine, die am Montag neue Truppen an die Grenze verlegte, scharf kritisiert.",
		want: []want{{typ: "ACCUSE", mode: "disapprove", actor: "RUS", target: "UKR"}, {typ: "MOBILIZE", actor: "UKR"}}},
	{name: "perfect, passive relative clause after the object", lang: "de", dct: "2025-07-31",
		text: "Polen hat Belarus, das seit Jahren von Alexander Lukaschenko regiert wird, scharf kritisiert.",
		want: []want{{typ: "ACCUSE", mode: "disapprove", actor: "POL", target: "BLR"}}},
	// a relative clause after the subject
	{name: "relative clause after the subject in the Mittelfeld", lang: "de", dct: "2025-07-31",
		text: "Am Montag hat Ungarn, das die Grenze geschlossen hatte, Serbien kritisiert.",
		want: []want{{typ: "ACCUSE", mode: "disapprove", actor: "HUN", target: "SRB"}}},
	{name: "relative clause after the subject in the Vorfeld", lang: "de", dct: "2025-07-31",
		text: "Der russische Präsident Wladimir Putin, der am Montag in Ankara eintraf, traf sich mit Erdogan.",
		want: []want{{typ: "CONSULT", actor: "RUS", target: "TUR"}}},
	{name: "modal with a perfect infinitive after the relative clause: alleged", lang: "de", dct: "2025-07-31",
		text: "Im Norden Syriens sollen Kämpfer der Türkei, die seit Wochen an der Grenze stehen, kurdische Stellungen angegriffen haben.",
		want: []want{{typ: "ASSAULT", actor: "TUR"}}},
	{name: "a finite auxiliary after the relative clause opens no resumed clause", lang: "de", dct: "2025-07-31",
		text: "Russland hat die Ukraine gewarnt, die Polen unterstützt, Belarus wird die Ukraine angreifen.",
		want: []want{{typ: "ASSAULT", actor: "BLR", target: "UKR"}}},
	{name: "sein with a participle of motion after wie X sagte", lang: "de", dct: "2025-07-31",
		text: "Der russische Präsident Wladimir Putin ist, wie der Kreml am Montag mitteilte, zu Gesprächen nach Ankara gereist.",
		want: []want{{typ: "CONSULT", actor: "RUS", target: "TUR"}}},
	// "wie X sagte" and a subordinate clause in the middle
	{name: "wie X sagte between object and participle", lang: "de", dct: "2025-07-31",
		text: "Frankreich hat Mali, wie Außenminister Jean-Yves Le Drian am Dienstag sagte, militärisch unterstützt.",
		want: []want{{typ: "SUPPORT", actor: "FRA", target: "MLI"}}},
	{name: "nachdem clause between object and participle", lang: "de", dct: "2025-07-31",
		text: "Die USA haben Iran, nachdem die Gespräche gescheitert waren, mit Sanktionen gedroht.",
		want: []want{{typ: "THREATEN", actor: "USA", target: "IRN"}}},
	// an apposition between commas: one clause already
	{name: "apposition between object and infinitive", lang: "de", dct: "2025-07-31",
		text: "Die Türkei will Griechenland, einen Partner in der Nato, nicht angreifen.",
		want: []want{{typ: "ASSAULT", actor: "TUR", target: "GRC", modality: "negated"}}},
	// a reported verb-second clause whose Vorfeld stands before the relative clause
	{name: "reported clause, relative clause after its Vorfeld, verb first after it", lang: "de", dct: "2025-07-31",
		text: "Die Regierung teilte mit, Russland, das seit Monaten Truppen an der Grenze hat, habe die Ukraine angegriffen.",
		want: []want{{typ: "ASSAULT", actor: "RUS", target: "UKR"}}},
	{name: "an object before the relative clause is no Vorfeld", lang: "de", dct: "2025-07-31",
		text: "Russland kritisierte die Ukraine, die Truppen verlegte, habe Polen erklärt.",
		want: []want{{typ: "ACCUSE", mode: "disapprove", actor: "RUS", target: "UKR"}}},
	// a verb phrase after "und" that shares the auxiliary of the clause before
	{name: "und with objects and a participle after a relative clause", lang: "de", dct: "2025-07-31",
		text: "Russland hat die Ukraine kritisiert, die am Montag Truppen verlegte, und Polen gewarnt.",
		want: []want{{typ: "ACCUSE", mode: "disapprove", actor: "RUS", target: "UKR", source: "-"}, {typ: "THREATEN", actor: "RUS", target: "POL"}}},
	{name: "und with objects and a participle after a resumed main clause", lang: "de", dct: "2025-07-31",
		text: "Am Montag hat Putin, der gerade aus Syrien zurückkehrte, in Ankara den Präsidenten getroffen und die Türkei gelobt.",
		want: []want{{typ: "SUPPORT", actor: "RUS", target: "TUR"}}},
	{name: "und with objects and a participle", lang: "de", dct: "2025-07-31",
		text: "Die Armee Malis hat zwei Lager zerstört und mutmaßliche Kämpfer festgenommen.",
		want: []want{{typ: "COERCE", mode: "arrest", actor: "MLI"}}},
	{name: "und with a finite verb at the end has its own subject", lang: "de", dct: "2025-07-31",
		text: "Russland hat die Ukraine kritisiert und Polen protestierte.",
		want: []want{{typ: "ACCUSE", mode: "disapprove", actor: "RUS", target: "UKR"}},
		none: []string{"THREATEN"}},
	// a separable particle after the embedded clause
	{name: "separable particle after a relative clause", lang: "de", dct: "2025-07-31",
		text: "Polen lehnt die Forderung Russlands, die am Montag in Moskau vorgelegt wurde, entschieden ab.",
		want: []want{{typ: "REJECT", actor: "POL", target: "RUS"}}},
	{name: "separable particle after wie X sagte", lang: "de", dct: "2025-07-31",
		text: "Polen lehnt die Forderung Russlands, wie ein Sprecher sagte, ab.",
		want: []want{{typ: "REJECT", actor: "POL", target: "RUS"}}},
	{name: "a particle after a clause of its own verb stays there", lang: "de", dct: "2025-07-31",
		text: "Polen lehnt die Forderung Russlands ab, die Grenze schließt am Montag.",
		want: []want{{typ: "REJECT", actor: "POL", target: "RUS"}}},
	// where the rule must not apply
	{name: "sein with the participle of a ban after a relative clause: a state, not an act", lang: "de", dct: "2025-07-31",
		text: "Seit Jahren ist Österreich der Export von Waffen in Länder, in denen Krieg herrscht, verboten.",
		none: []string{"COERCE"}},
	{name: "verb-second main verb before the relative clause", lang: "de", dct: "2025-07-31",
		text: "Russland kritisiert die Ukraine, die am Montag Truppen verlegte, scharf.",
		want: []want{{typ: "ACCUSE", mode: "disapprove", actor: "RUS", target: "UKR"}, {typ: "MOBILIZE", actor: "UKR"}}},
	{name: "a parenthesis after the auxiliary, then the object: no relative clause", lang: "de", dct: "2025-07-31",
		text: "Russland hat am Montag, nach langen Gesprächen in Genf, die Ukraine kritisiert.",
		want: []want{{typ: "ACCUSE", mode: "disapprove", actor: "RUS", target: "UKR"}}},
	{name: "a finite clause after the relative clause has its own subject", lang: "de", dct: "2025-07-31",
		text: "Russland hat die Ukraine gewarnt, die Truppen an die Grenze verlegte, Polen hat Belarus kritisiert.",
		want: []want{{typ: "ACCUSE", mode: "disapprove", actor: "POL", target: "BLR"}}},
	{name: "a dass-clause with no verb before the relative clause has all its verbs after it", lang: "de", dct: "2025-07-31",
		text: "Die Regierung in Moskau erklärte, dass Russland die Ukraine, die Truppen verlegte, nicht angreifen werde.",
		want: []want{{typ: "ASSAULT", actor: "RUS", target: "UKR", modality: "negated"}}},
}

func TestExtractDE26(t *testing.T) {
	st := loadStages(t)
	runExtractCases(t, st, de26Cases)
}
