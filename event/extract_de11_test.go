package event_test

import (
	"strings"
	"testing"
)

// pronounCase is a short German text whose last sentence has a pronoun as
// actor or target (issue #5, round evde11); the sentences are written for
// the tests.
type pronounCase struct {
	name, text string
	typ        string // the event of the pronoun's sentence
	// actor and target it must have; "-" for none: the pronoun must stay
	// unresolved, and then no event of the type may have any actor other
	// than "-" in that sentence
	actor, target string
}

var dePronounCases = []pronounCase{
	// a person's sex, from a title or a given name, picks between two
	{name: "er: the man of two named as subjects",
		text: "Angela Merkel und Emmanuel Macron trafen sich am Montag in Berlin. Er kritisierte Russland scharf.",
		typ:  "ACCUSE", actor: "Emmanuel Macron", target: "RUS"},
	{name: "sie: the woman of two named as subjects",
		text: "Angela Merkel und Barack Obama trafen sich am Montag in Berlin. Sie kritisierte Russland scharf.",
		typ:  "ACCUSE", actor: "Angela Merkel", target: "RUS"},
	{name: "sie: a title makes the woman",
		text: "Die Außenministerin Annalena Baerbock traf in Kiew den Präsidenten Wolodymyr Selenskyj. Sie versprach der Ukraine weitere Waffen.",
		typ:  "AGREE", actor: "Annalena Baerbock", target: "UKR"},
	{name: "er: the subject before the object",
		text: "Wladimir Putin empfing am Dienstag Recep Tayyip Erdoğan in Sotschi. Er kritisierte die Nato.",
		typ:  "ACCUSE", actor: "Vladimir Putin", target: "NATO"},
	{name: "ihn: the object pronoun is not its clause's subject",
		text: "Emmanuel Macron hat Friedrich Merz in Paris empfangen. Er lobte ihn für seine Haltung.",
		typ:  "SUPPORT", actor: "Emmanuel Macron", target: "Friedrich Merz"},
	{name: "er in a dependent clause: the man its sentence named before",
		text: "Der Bundestag hat das Gesetz beschlossen. Die Entscheidung hat Frank-Walter Steinmeier so verärgert, dass er mit seinem Rücktritt drohte.",
		typ:  "THREATEN", actor: "Frank-Walter Steinmeier"},
	// a country or organisation by the gender of its name
	{name: "es: a neuter country",
		text: "Polen hat den russischen Botschafter einbestellt. Es wirft Moskau vor, Drohnen geschickt zu haben.",
		typ:  "ACCUSE", actor: "POL", target: "RUS"},
	{name: "sie: a feminine country",
		text: "Die Türkei hat am Montag Stellungen im Irak bombardiert. Sie wirft der PKK mehrere Anschläge vor.",
		typ:  "ACCUSE", actor: "TUR", target: "PKK"},
	{name: "er: a masculine country",
		text: "Der Iran hat neue Raketen getestet. Er droht Israel mit einem Angriff.",
		typ:  "THREATEN", actor: "IRN", target: "ISR"},
	{name: "es: a ministry by its noun",
		text: "Das deutsche Außenministerium hat den iranischen Botschafter einbestellt. Es warf Teheran vor, Oppositionelle zu verfolgen.",
		typ:  "ACCUSE", actor: "DEU", target: "IRN"},
	{name: "sie: a party",
		text: "Die CDU hat die SPD am Montag scharf kritisiert. Sie warf der Regierung Wortbruch vor.",
		typ:  "ACCUSE", actor: "Christian Democratic Union of Germany"},
	{name: "sie: the person of the earlier clause agrees, the country does not",
		text: "Nachdem Russland die Ukraine angegriffen hatte, kritisierte Ursula von der Leyen den Kreml. Sie drohte Moskau mit Sanktionen.",
		typ:  "THREATEN", actor: "Ursula von der Leyen", target: "RUS"},
	// a possessive on an agent noun: the owner acts through it
	{name: "ihre Armee: the feminine country's military",
		text: "Die Türkei hat die Angriffe der PKK verurteilt. Ihre Armee bombardierte am Montag Stellungen im Irak.",
		typ:  "ASSAULT", actor: "TUR", target: "IRQ"},
	{name: "sein Außenminister: the neuter country's government",
		text: "Russland hat Truppen an die Grenze verlegt. Sein Außenminister kritisierte die Nato.",
		typ:  "ACCUSE", actor: "RUS", target: "NATO"},
	{name: "sein Sprecher after a person is not the country beside him",
		text: "Wladimir Putin hat Polen kritisiert. Sein Sprecher forderte Sanktionen gegen Warschau.",
		typ:  "REQUEST", actor: "-"},
	// a description that points back to the organisation named before
	{name: "die Behörde: the body named before",
		text: "Die Internationale Atomenergiebehörde hat den Iran kritisiert. Die Behörde warf Teheran vor, Inspektoren behindert zu haben.",
		typ:  "ACCUSE", actor: "International Atomic Energy Agency", target: "IRN"},
	{name: "das Land: the country named before",
		text: "Russland hat am Wochenende Truppen an die Grenze verlegt. Das Land droht der Ukraine mit weiteren Angriffen.",
		typ:  "THREATEN", actor: "RUS", target: "UKR"},
	// negative: no actor is better than a wrong one
	{name: "er: two men as subjects stay unresolved",
		text: "Olaf Scholz und Emmanuel Macron trafen sich in Paris. Er kritisierte Russland scharf.",
		typ:  "ACCUSE", actor: "-"},
	{name: "sie: a woman the text does not name is meant",
		text: "Nach Angaben der Behörden hat Angela Merkel die Schule besucht. Die Mutter eines Schülers bat um Hilfe. Sie kritisierte die Polizei.",
		typ:  "ACCUSE", actor: "-"},
	{name: "es: a dummy subject is no one",
		text: "Russland hat am Wochenende Truppen verlegt. Es kam zu Protesten gegen die Regierung.",
		typ:  "PROTEST", actor: "-"},
	{name: "er: a feminine country is not er",
		text: "Die Ukraine hat Russland angegriffen. Er kritisierte den Angriff scharf.",
		typ:  "ACCUSE", actor: "-"},
	{name: "die Behörde: no body named before",
		text: "Angela Merkel hat den Iran kritisiert. Die Behörde warf Teheran vor, Inspektoren behindert zu haben.",
		typ:  "ACCUSE", actor: "-"},
	{name: "sie: a country as an adjective on a thing is no one",
		text: "Die syrische Grenze hat sie im Mai passiert. Sie kritisierte die Polizei.",
		typ:  "ACCUSE", actor: "-"},
	{name: "sie: a demonym is a person of the country, not the country",
		text: "Eine Syrerin wartet seit Wochen an der Grenze. Sie kritisierte die Polizei.",
		typ:  "ACCUSE", actor: "-"},
	{name: "sie: the number is the auxiliary's, not the participle's",
		text: "Im Rahmen der Nato-Übung haben die US-Streitkräfte zehn Panzer nach Litauen verlegt. Die Panzer erreichten am Montag den Stützpunkt, wo sie von Präsident Gitanas Nausėda begrüßt wurden.",
		typ:  "SUPPORT", actor: "-"},
	{name: "sie: a plural pronoun is not one person",
		text: "Angela Merkel besuchte am Montag Warschau. Sie kritisierten die Regierung scharf.",
		typ:  "ACCUSE", actor: "-"},
}

func TestPronounsDE(t *testing.T) {
	st := loadStages(t)
	for _, tc := range dePronounCases {
		t.Run(tc.name, func(t *testing.T) {
			d := st.doc(t, "de", "2025-07-31", tc.text)
			last := tc.text[strings.LastIndex(strings.TrimSuffix(tc.text, "."), ". ")+2:]
			found := false
			for _, e := range d.Events {
				if e.Type != tc.typ || !strings.Contains(tc.text[e.Evidence.Start:e.Evidence.End], last) {
					continue
				}
				if tc.actor == "-" {
					if e.Actor != "" {
						t.Errorf("%q: want no actor, have %s event by %s", tc.text, e.Type, e.Actor)
					}
					continue
				}
				if st.matches(e.Actor, tc.actor) && (tc.target == "" || e.Target != "" && st.matches(e.Target, tc.target)) {
					found = true
				}
			}
			if tc.actor != "-" && !found {
				t.Errorf("%q: no %s event by %s on %s\nhave:\n%s", tc.text, tc.typ, tc.actor, tc.target, describe(st, d))
			}
		})
	}
}
