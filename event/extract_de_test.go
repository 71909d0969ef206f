package event_test

import "testing"

// deCases are German constructions of issue #5 found missing on 10kGNAD
// news (International, Inland); the sentences are written for the tests.
var deCases = []extractCase{
	// unnamed state agents act for the state the dateline names
	{name: "security forces act for the dateline's state", lang: "de", dct: "2025-07-31",
		text: "Kabul – Sicherheitskräfte haben am Mittwoch zwei Dörfer angegriffen.",
		want: []want{{typ: "ASSAULT", actor: "AFG"}}},
	{name: "the police of a country the sentence names is not the dateline's", lang: "de", dct: "2025-07-31",
		text: "Kabul – Die Polizei in Frankreich hat am Mittwoch Demonstranten angegriffen.",
		want: []want{{typ: "ASSAULT", actor: "FRA"}}},
	{name: "without a dateline an unnamed police acts for no state", lang: "de", dct: "2025-07-31",
		text: "Die Polizei hat am Mittwoch Demonstranten angegriffen.",
		none: []string{"ASSAULT"}},
	{name: "a spokesman of no named state is not the dateline's state", lang: "de", dct: "2025-07-31",
		text: "Kabul – Ein Sprecher der Kampagne kritisierte die Pläne.",
		none: []string{"ACCUSE"}},
	// nominal triggers
	{name: "the genitive before auf is the attacker", lang: "de", dct: "2025-07-31",
		text: "Der Angriff Aserbaidschans auf Armenien wurde am Montag bekannt.",
		want: []want{{typ: "ASSAULT", actor: "AZE", target: "ARM"}}},
	{name: "the genitive article phrase before auf is the attacker", lang: "de", dct: "2025-07-31",
		text: "Nach dem Angriff der Türkei auf Armenien protestierte der Iran.",
		want: []want{{typ: "ASSAULT", actor: "TUR", target: "ARM"}}},
	{name: "a genitive before an an-phrase is the one acted on", lang: "de", dct: "2025-07-31",
		text: "Die Festnahme des Russen an der Grenze zu Polen wurde bekannt.",
		none: []string{"ASSAULT"}},
	{name: "a fight between two named sides", lang: "de", dct: "2025-07-31",
		text: "Bei einem Gefecht zwischen der Türkei und Armenien starben zehn Menschen.",
		want: []want{{typ: "ASSAULT", actor: "TUR", target: "ARM"}}},
	// coordination, clauses, reference
	{name: "sowohl … als auch coordinates the subjects", lang: "de", dct: "2025-07-31",
		text: "Sowohl Merkel als auch Innenminister Thomas de Maizière verurteilten die Anschläge.",
		want: []want{{typ: "ACCUSE", actor: "Angela Merkel", target: "-"}, {typ: "ACCUSE", actor: "DEU", target: "-"}}},
	{name: "a role noun before a place is two phrases, in a relative clause after its preposition", lang: "de", dct: "2025-07-31",
		text: "Moskau – Außenminister Sergej Lawrow gab ein Interview. Grund ist das Interview, in dem der Minister Warschau scharf kritisierte.",
		want: []want{{typ: "ACCUSE", actor: "RUS", target: "POL"}},
		none: []string{"REJECT"}},
	{name: "der Botschafter points back to the person named before", lang: "de", dct: "2025-07-31",
		text: "Der russische Außenminister Sergej Lawrow gab ein Interview. Darin warf der Diplomat Polen Versäumnisse vor.",
		want: []want{{typ: "ACCUSE", actor: "Sergey Lavrov", target: "POL"}}},
	{name: "er means the one person the sentences before named", lang: "de", dct: "2025-07-31",
		text: "Die Beziehungen sind nach Lawrows Worten so schlecht wie nie. Zudem warf er Polen Versäumnisse vor.",
		want: []want{{typ: "ACCUSE", actor: "Sergey Lavrov", target: "POL"}}},
	{name: "er with two persons named before stays unresolved", lang: "de", dct: "2025-07-31",
		text: "Die Beziehungen sind nach Lawrows und Blinkens Worten so schlecht wie nie. Zudem warf er Polen Versäumnisse vor.",
		none: []string{"ACCUSE"}},
	{name: "er as the subject of a passive is no person named before", lang: "de", dct: "2025-07-31",
		text: "Der Plan gefällt Lawrow. Zudem solle er Polen vorgelegt werden.",
		none: []string{"ACCUSE", "REQUEST"}},
	{name: "a genitive name with no target phrase is left alone", lang: "de", dct: "2025-07-31",
		text: "Der Minister schloss einen Atomangriff Pjöngjangs nicht aus.",
		none: []string{"ASSAULT"}},
	{name: "swearing in a government is no support", lang: "de", dct: "2025-07-31",
		text: "Bundespräsident Heinz Fischer gelobte 2008 die Regierung zwischen SPÖ und ÖVP an.",
		none: []string{"SUPPORT"}},
	{name: "a colon ends a verbless heading before the clause", lang: "de", dct: "2025-07-31",
		text: "Neuer Streit zwischen Polen und Russland: Außenminister Lawrow will den polnischen Botschafter einbestellen.",
		want: []want{{typ: "ACCUSE", actor: "Sergey Lavrov", target: "POL"}}},
	{name: "a participle of a separable verb with an inseparable stem", lang: "de", dct: "2025-07-31",
		text: "Am Freitag hatte Außenminister Lawrow den polnischen Botschafter einbestellt.",
		want: []want{{typ: "ACCUSE", actor: "Sergey Lavrov", target: "POL"}}},
	{name: "an unnamed ministry is not coded by the other side's country", lang: "de", dct: "2025-07-31",
		text: "Am Freitag hatte das Außenministerium die polnische Botschafterin einbestellt.",
		none: []string{"ACCUSE"}},
	{name: "sich aussprechen gegen and für", lang: "de", dct: "2025-07-31",
		text: "Die SPÖ spricht sich gegen die FPÖ aus. Die ÖVP sprach sich für Merkel aus.",
		want: []want{{typ: "REJECT", actor: "Social Democratic Party of Austria", target: "Freedom Party of Austria"}, {typ: "SUPPORT", target: "Angela Merkel"}}},
	{name: "a place adjective in -er joins the phrase; a relative clause reports nothing of its head's clause", lang: "de", dct: "2025-07-31",
		text: "Der Wiener Klubchef Peter Muster wandte sich an Bundeskanzler Werner Faymann, der angekündigt hat, zu verreisen.",
		want: []want{{typ: "REQUEST", target: "Werner Faymann", modality: "asserted"}}},
	{name: "a person described in a Vorfeld apposition, not the country of its adjective", lang: "de", dct: "2025-07-31",
		text: "Der Vertreter der EU im Rat, der dänische Diplomat Peter Muster, bedauerte, dass Israel den Berichterstatter nicht einreisen ließ.",
		want: []want{{typ: "ACCUSE", actor: "local:per:peter-muster", target: "ISR"}}},
	{name: "sich aussprechen für a policy is no event", lang: "de", dct: "2025-07-31",
		text: "Sowohl Faymann als auch Merkel sprachen sich für faire Quoten aus.",
		none: []string{"SUPPORT"}},
	{name: "the name in a Vorfeld apposition is the subject, not an object", lang: "de", dct: "2025-07-31",
		text: "Der Sprecher der ÖVP im Parlament, Peter Muster, hat sich am Montag für Merkel ausgesprochen.",
		want: []want{{typ: "SUPPORT", actor: "local:per:peter-muster", target: "Angela Merkel"}},
		none: []string{"REJECT"}},
	{name: "a judgement of a dass-clause is aimed at its subject", lang: "de", dct: "2025-07-31",
		text: "Die EU kritisierte, dass Israel den Berichterstatter nicht einreisen ließ. Merkel bedauerte, dass Russland die Gespräche abgebrochen hat.",
		want: []want{{typ: "ACCUSE", actor: "European Union", target: "ISR"}, {typ: "ACCUSE", actor: "Angela Merkel", target: "RUS"}}},
	{name: "regret without anyone to blame is no event", lang: "de", dct: "2025-07-31",
		text: "Merkel bedauerte, dass sie nicht kommen konnte. Merkel bedauerte den Tod des Journalisten.",
		none: []string{"ACCUSE"}},
	{name: "fights of an unnamed army against a named group", lang: "de", dct: "2025-07-31",
		text: "Kabul – Bei Kämpfen der Armee gegen die Taliban starben zehn Menschen.",
		want: []want{{typ: "ASSAULT", actor: "AFG", target: "Taliban"}}},
	{name: "fights of a coordinated von-phrase against a named group", lang: "de", dct: "2025-07-31",
		text: "Kabul – Bei Kämpfen von Armee und Polizei gegen die Taliban starben zehn Menschen.",
		want: []want{{typ: "ASSAULT", actor: "AFG", target: "Taliban"}}},
	{name: "the opposition's fight against the government is no assault", lang: "de", dct: "2025-07-31",
		text: "Kabul – Der Kampf der Opposition gegen die Regierung geht weiter.",
		none: []string{"ASSAULT"}},
	{name: "a masculine object pronoun in a subordinate clause is the main clause's person", lang: "de", dct: "2025-07-31",
		text: "Der Sonderberichterstatter Peter Muster trat zurück, weil Israel ihm den Zutritt verweigerte.",
		want: []want{{typ: "REJECT", actor: "ISR", target: "local:per:peter-muster"}}},
	{name: "a person the KB lacks is not turned into the actor's country", lang: "de", dct: "2025-07-31",
		text: "Der serbische Präsident Tomislav Nikolic will die Kandidatur von Petar Muster nicht unterstützen.",
		want: []want{{typ: "SUPPORT", target: "local:per:petar-muster"}}},
	{name: "leaving in protest", lang: "de", dct: "2025-07-31",
		text: "Die Delegation Russlands hat den Saal aus Protest verlassen.",
		want: []want{{typ: "PROTEST", actor: "RUS"}}},
	{name: "drohen with a bare zu-infinitive is a danger, not a threat", lang: "de", dct: "2025-07-31",
		text: "Die Partei von Peter Muster droht in der Versenkung zu verschwinden. Nordkorea drohte, Atomwaffen einzusetzen.",
		want: []want{{typ: "THREATEN", actor: "PRK"}}},
	{name: "a danger to someone named in the dative stays a threat", lang: "de", dct: "2025-07-31",
		text: "Nordkorea droht den USA mit einem Angriff.",
		want: []want{{typ: "THREATEN", actor: "PRK", target: "USA"}}},
	{name: "greeting a visitor is no support; welcoming a decision is", lang: "de", dct: "2025-07-31",
		text: "Im April begrüßte Merkel den millionsten Besucher im Kanzleramt. Macron begrüßte die Entscheidung Russlands.",
		want: []want{{typ: "SUPPORT", actor: "FRA", target: "RUS"}},
		none: []string{"CONSULT"}},
	{name: "a participle closes the auxiliary's clause; und joins the victims", lang: "de", dct: "2025-07-31",
		text: "Im März waren in Kabul zehn Touristen und ein Polizist getötet worden.",
		none: []string{"ASSAULT"}},
	{name: "in der Nähe von a place names no kidnapper", lang: "de", dct: "2025-07-31",
		text: "Die beiden Serben waren in der Nähe von Tripolis entführt worden.",
		none: []string{"ASSAULT"}},
	{name: "the organisation a compound names attacks", lang: "de", dct: "2025-07-31",
		text: "Im März waren bei einem IS-Anschlag in Tunis 21 Touristen getötet worden.",
		want: []want{{typ: "ASSAULT", actor: "Islamic State", target: "TUN"}}},
	{name: "a visit named by a compound's country goes there", lang: "de", dct: "2025-07-31",
		text: "Nach dem Russland-Besuch von Außenminister Peter Muster wurde ein Angriff auf Kiew bekannt.",
		want: []want{{typ: "CONSULT", actor: "local:per:peter-muster", target: "RUS"}}},
	{name: "a party the KB lacks named by a compound in -partei belongs to the dateline's state", lang: "de", dct: "2025-07-31",
		text: "Lima – Die Linkspartei Kolomba hat am Montag Verhandlungen mit Präsident Pedro Pablo Kuczynski aufgenommen.",
		want: []want{{typ: "CONSULT", actor: "PER"}}},
	{name: "an apposition names the partner of a meeting, not the place", lang: "de", dct: "2025-07-31",
		text: "Präsident Erdogan traf am Mittwoch in Ankara mit dem Vorsitzenden der Opposition, dem Abgeordneten Deniz Baykal, zusammen.",
		want: []want{{typ: "CONSULT", actor: "Recep Tayyip Erdoğan", target: "local:per:deniz-baykal"}}},
	{name: "summoning an ambassador", lang: "de", dct: "2025-07-31",
		text: "Das Außenministerium in Moskau bestellte am Freitag den polnischen Botschafter ein.",
		want: []want{{typ: "ACCUSE", actor: "RUS", target: "POL"}}},
	{name: "a minister the KB lacks is not coded by the other side's country", lang: "de", dct: "2025-07-31",
		text: "Außenminister Kowalski will den russischen Botschafter ins Außenministerium zitieren.",
		want: []want{{typ: "ACCUSE", target: "RUS"}}},
}

func TestExtractDE(t *testing.T) {
	st := loadStages(t)
	for _, tc := range deCases {
		t.Run(tc.name, func(t *testing.T) {
			d := st.doc(t, tc.lang, tc.dct, tc.text)
			for _, w := range tc.want {
				if ev := findEvent(st, d, w); ev == nil {
					t.Errorf("%q: no event %+v\nhave:\n%s", tc.text, w, describe(st, d))
				}
			}
			for _, typ := range tc.none {
				for _, e := range d.Events {
					if e.Type == typ {
						t.Errorf("%q: unexpected %s event\nhave:\n%s", tc.text, typ, describe(st, d))
					}
				}
			}
		})
	}
}
