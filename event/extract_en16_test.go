package event_test

import "testing"

// newsKindsEN16 are own sentences for the kinds of false, wrong or missed
// English event found in a blind sample of TempEval-3 news (AP, NYT, WSJ,
// VOA of 1989–2000), each beside a sentence of the same words that still
// holds an event. forbid lists events that must not come out.
var newsKindsEN16 = []struct {
	extractCase
	forbid []want
}{
	// a floating quantifier distributes the act over the subject's members
	{extractCase: extractCase{name: "members who all voted do not agree with each other", lang: "en", dct: "1998-02-13",
		text: "Chile, Peru and Bolivia all voted to support the resolution.",
		want: []want{{typ: "AGREE", actor: "CHL", target: "-"}}},
		forbid: []want{{typ: "AGREE", actor: "CHL", target: "PER"}, {typ: "AGREE", actor: "PER", target: "BOL"}}},
	{extractCase: extractCase{name: "a compound subject agreeing still agrees both ways", lang: "en", dct: "1998-02-13",
		text: "Chile and Peru agreed to cooperate on fisheries.",
		want: []want{{typ: "AGREE", actor: "CHL", target: "PER"}, {typ: "AGREE", actor: "PER", target: "CHL"}}}},
	// an attack on a foreign mission is not the host state's
	{extractCase: extractCase{name: "a bombing at a foreign embassy is not the host's", lang: "en", dct: "1994-07-20",
		text: "A car bombing outside the Israeli embassy in Argentina killed 29 people."},
		forbid: []want{{typ: "ASSAULT", actor: "ARG"}, {typ: "ASSAULT", actor: "ISR"}}},
	{extractCase: extractCase{name: "embassy bombings in two capitals are neither host's", lang: "en", dct: "1998-08-10",
		text: "The bombings at the French embassies in Lagos, Nigeria, and Accra, Ghana, killed 40 people."},
		forbid: []want{{typ: "ASSAULT", actor: "GHA"}, {typ: "ASSAULT", actor: "NGA"}, {typ: "ASSAULT", actor: "FRA"}}},
	{extractCase: extractCase{name: "the embassy bombings are not the victims' state's", lang: "en", dct: "1998-08-10",
		text: "The embassy bombings on Monday killed 40 people in Ghana and 10 in Nigeria."},
		forbid: []want{{typ: "ASSAULT", actor: "NGA"}, {typ: "ASSAULT", actor: "GHA"}}},
	{extractCase: extractCase{name: "a bombing in a market is still coded by its place", lang: "en", dct: "2005-03-10",
		text: "A car bombing in a Baghdad market killed 20 people."},
		forbid: []want{{typ: "ASSAULT", actor: "USA"}}},
	// a date and the names after its comma are no list
	{extractCase: extractCase{name: "a compound subject after an opening date", lang: "en", dct: "1990-08-15",
		text: "On Tuesday, Greece and Turkey conferred in Athens.",
		want: []want{{typ: "CONSULT", actor: "GRC", target: "TUR", date: "1990-08-14"}}}},
	{extractCase: extractCase{name: "a list of places after a preposition is still a list", lang: "en", dct: "1990-08-15",
		text: "Greece sent aid to Cyprus, Lebanon and Syria."},
		forbid: []want{{typ: "AID", actor: "CYP"}, {typ: "AID", actor: "LBN"}}},
	// "anti-X" is against X
	{extractCase: extractCase{name: "an anti-state blockade is not the state's", lang: "en", dct: "1990-08-15",
		text: "An anti-Iraq naval blockade was discussed by Britain and France.",
		want: []want{{typ: "CONSULT", actor: "GBR", target: "FRA"}}},
		forbid: []want{{typ: "COERCE", actor: "IRQ"}, {typ: "CONSULT", target: "IRQ"}}},
	// a participle clause's object pronoun is the clause before's object
	{extractCase: extractCase{name: "accusing him: the envoy just expelled", lang: "en", dct: "1998-03-01",
		text: "Iran arrested the British diplomat, charging him with spying.",
		want: []want{{typ: "COERCE", actor: "IRN", target: "GBR"}, {typ: "ACCUSE", actor: "IRN", target: "GBR"}}}},
	{extractCase: extractCase{name: "a participle naming its own object keeps it", lang: "en", dct: "1998-03-01",
		text: "Chile recalled its ambassador, accusing Peru of espionage.",
		want: []want{{typ: "ACCUSE", actor: "CHL", target: "PER"}}}},
	{extractCase: extractCase{name: "a pronoun for a thing names no one", lang: "en", dct: "1998-03-01",
		text: "Iran seized the oil shipments, accusing them of smuggling."},
		forbid: []want{{typ: "ACCUSE", target: "IRN"}}},
	// an ethnic group the linker leaves stateless protests as civilians of
	// the place
	{extractCase: extractCase{name: "ethnic Albanians protesting are the place's civilians", lang: "en", dct: "1998-03-01",
		text: "About 300 ethnic Albanians demonstrated in Belgrade on Sunday.",
		want: []want{{typ: "PROTEST", actor: "SRB"}}},
		forbid: []want{{typ: "PROTEST", actor: "ALB"}}},
	{extractCase: extractCase{name: "a demonym without ethnic stays its state's people", lang: "en", dct: "1998-03-01",
		text: "About 300 Albanians demonstrated in Belgrade on Sunday.",
		want: []want{{typ: "PROTEST", actor: "ALB"}}}},
	// imposing by order; taking hostages
	{extractCase: extractCase{name: "ordering an embargo imposes it", lang: "en", dct: "1990-08-15",
		text: "The Security Council ordered an arms embargo on Libya.",
		want: []want{{typ: "SANCTION", target: "LBY"}},
		none: []string{"REQUEST"}}},
	{extractCase: extractCase{name: "ordering a withdrawal still demands", lang: "en", dct: "1990-08-15",
		text: "The Security Council ordered Libya to withdraw its troops from Chad.",
		none: []string{"SANCTION"}}},
	{extractCase: extractCase{name: "soldiers taking hostages abduct", lang: "en", dct: "1990-08-15",
		text: "Iraqi soldiers are taking Kuwaiti hostages.",
		want: []want{{typ: "ASSAULT", mode: "abduct", actor: "IRQ", target: "KWT"}}}},
	{extractCase: extractCase{name: "taking to the streets demonstrates", lang: "en", dct: "1998-02-05",
		text: "Thousands of farmers took to the streets of Paris on Monday.",
		want: []want{{typ: "PROTEST", actor: "FRA"}}}},
	{extractCase: extractCase{name: "taking a decision is no event", lang: "en", dct: "1990-08-15",
		text: "Iraq is taking a decision on the border.",
		none: []string{"ASSAULT"}}},
	// a compound subject acting on a thing does not act on each other
	{extractCase: extractCase{name: "two praising a ruling do not praise each other", lang: "en", dct: "2000-04-14",
		text: "Britain and France praised the ruling.",
		want: []want{{typ: "SUPPORT", actor: "GBR", target: "-"}, {typ: "SUPPORT", actor: "FRA", target: "-"}}},
		forbid: []want{{typ: "SUPPORT", actor: "GBR", target: "FRA"}}},
	{extractCase: extractCase{name: "two praising each other still do", lang: "en", dct: "2000-04-14",
		text: "Britain and France praised each other.",
		want: []want{{typ: "SUPPORT", actor: "GBR", target: "FRA"}}}},
	{extractCase: extractCase{name: "two signing a treaty still sign with each other", lang: "en", dct: "2000-04-14",
		text: "Chile and Argentina signed a border treaty.",
		want: []want{{typ: "SUPPORT", actor: "CHL", target: "ARG"}}}},
	{extractCase: extractCase{name: "two overseeing a decree do not cooperate", lang: "en", dct: "1989-10-30",
		text: "The firm might complain to the Justice Department and the European Commission, which oversee the decree.",
		none: []string{"COOPERATE"}}},
	// a relation noun names someone other than its possessor
	{extractCase: extractCase{name: "a state's supporters are not the state", lang: "en", dct: "1990-08-15",
		text: "Iraq's supporters rejected the ultimatum."},
		forbid: []want{{typ: "REJECT", actor: "IRQ"}}},
	{extractCase: extractCase{name: "a state's allies are not the state", lang: "en", dct: "1990-08-15",
		text: "U.S. allies objected to the naval operation."},
		forbid: []want{{typ: "REJECT", actor: "USA"}, {typ: "ACCUSE", actor: "USA"}}},
	{extractCase: extractCase{name: "a state's neighbours are not the state", lang: "en", dct: "1990-08-15",
		text: "Egypt's neighbours criticized the dam on the Nile."},
		forbid: []want{{typ: "ACCUSE", actor: "EGY"}}},
	{extractCase: extractCase{name: "a state's ministry is still the state", lang: "en", dct: "1990-08-15",
		text: "Egypt's foreign ministry criticized Sudan.",
		want: []want{{typ: "ACCUSE", actor: "EGY", target: "SDN"}}}},
	// "X is to blame": X is blamed by the one who says so
	{extractCase: extractCase{name: "a state said to be to blame is the target", lang: "en", dct: "1995-02-01",
		text: "Peru said Ecuador was to blame for the border clashes.",
		want: []want{{typ: "ACCUSE", actor: "PER", target: "ECU"}}},
		forbid: []want{{typ: "ACCUSE", actor: "ECU"}}},
	{extractCase: extractCase{name: "blaming with an object keeps its subject", lang: "en", dct: "1995-02-01",
		text: "Peru blamed Ecuador for the border clashes.",
		want: []want{{typ: "ACCUSE", actor: "PER", target: "ECU"}}}},
	{extractCase: extractCase{name: "to blame with nobody saying so names no accuser", lang: "en", dct: "1995-02-01",
		text: "Ecuador is to blame for the border clashes."},
		forbid: []want{{typ: "ACCUSE", actor: "ECU"}}},
	// a date before another noun dates that noun's act
	{extractCase: extractCase{name: "the date of other bombings does not date a raid", lang: "en", dct: "1998-08-21",
		text: "Zambia said the U.S. air raid on Sudan was not linked to the August 7 bombings.",
		want: []want{{typ: "ASSAULT", actor: "USA", target: "SDN"}}},
		forbid: []want{{typ: "ASSAULT", date: "1998-08-07"}}},
	{extractCase: extractCase{name: "a date before its own attack noun dates it", lang: "en", dct: "1998-08-21",
		text: "The August 7 Sudanese attack on Uganda killed ten soldiers.",
		want: []want{{typ: "ASSAULT", actor: "SDN", target: "UGA", date: "1998-08-07"}}}},
	// sending one's own troops: the target is where they go
	{extractCase: extractCase{name: "own troops sent are no target", lang: "en", dct: "1995-12-01",
		text: "Russia sent Russian troops and planes to Syria.",
		want: []want{{typ: "AID", actor: "RUS", target: "SYR"}}},
		forbid: []want{{typ: "AID", target: "RUS"}}},
	{extractCase: extractCase{name: "another state's troops sent are", lang: "en", dct: "1995-12-01",
		text: "Russia sent weapons to Syrian troops.",
		want: []want{{typ: "AID", actor: "RUS", target: "SYR"}}}},
	// an economist speaking is not The Economist
	{extractCase: extractCase{name: "the economist said is no newspaper", lang: "en", dct: "1987-03-10",
		text: "Brazil had rejected the proposal, the economist said.",
		want: []want{{typ: "REJECT", actor: "BRA"}}},
		forbid: []want{{typ: "REJECT", source: "The Economist"}}},
}

func TestNewsKindsEN16(t *testing.T) {
	st := parsedStages(t)
	for _, tc := range newsKindsEN16 {
		runExtractCases(t, st, []extractCase{tc.extractCase})
		if len(tc.forbid) == 0 {
			continue
		}
		t.Run(tc.name+"/forbid", func(t *testing.T) {
			d := st.doc(t, tc.lang, tc.dct, tc.text)
			for _, w := range tc.forbid {
				if ev := findEvent(st, d, w); ev != nil {
					t.Errorf("%q: unexpected event %+v\nhave:\n%s", tc.text, w, describe(st, d))
				}
			}
		})
	}
}
