package event_test

import (
	"fmt"
	"strings"
	"testing"
)

// unseenEN14Cases, like unseenEN13Cases, were written with their
// expectations before this round's rules were changed and before they were
// first run. They lean on the forms the earlier sets have few of: passives
// without an agent (no actor, so no event), nominal events, coordinated
// actors and verbs, relative clauses, attribution, negation and plans, and
// the PLOVER types the dev set is thin on: protests, sanctions, aid,
// expulsions, ceasefires and releases. Elections are no PLOVER event.
var unseenEN14Cases = []unseenCase{
	{text: "The arrest of an opposition leader by Georgian police sparked anger in Tbilisi.",
		want: []want{{typ: "COERCE", actor: "GEO"}}},
	{text: "After talks with his Kenyan counterpart, the Ugandan president said the border would stay open.",
		want: []want{{typ: "CONSULT", actor: "UGA", target: "KEN"}},
		also: []want{{typ: "CONSULT", actor: "KEN", target: "UGA"}}},
	// signing an agreement is CAMEO 057, which CAMEO2PLOVER types SUPPORT
	// (first written as AGREE)
	{text: "Hungary and Slovakia signed an agreement on gas supplies on Tuesday.",
		want: []want{{typ: "SUPPORT", actor: "HUN", target: "SVK"}, {typ: "SUPPORT", actor: "SVK", target: "HUN"}}},
	{text: "Lithuania expelled two Belarusian diplomats and recalled its ambassador from Minsk.",
		want: []want{{typ: "SANCTION", actor: "LTU", target: "BLR"}},
		also: []want{{typ: "SANCTION", actor: "LTU", target: "BLR"}}},
	{text: "The Nigerian army, which shelled the village last week, said it was pursuing the insurgents.",
		want: []want{{typ: "ASSAULT", actor: "NGA"}},
		also: []want{{typ: "ASSAULT", actor: "NGA"}}},
	{text: "According to the Syrian Observatory for Human Rights, Turkish drones struck a Kurdish-held town overnight.",
		want: []want{{typ: "ASSAULT", actor: "TUR", modality: "reported"}}},
	{text: "Kyiv said Russian forces had shelled the city of Kherson overnight.",
		want: []want{{typ: "ASSAULT", actor: "RUS", source: "UKR"}}},
	{text: "Greece will not send troops to the Red Sea mission, the defence minister said.",
		also: []want{{typ: "MOBILIZE", actor: "GRC", modality: "negated"}, {typ: "AID", actor: "GRC", modality: "negated"}}},
	{text: "Thousands of Serbian students rallied in Belgrade against corruption on Saturday.",
		want: []want{{typ: "PROTEST", actor: "SRB"}}},
	{text: "Doctors in Kenya went on strike over unpaid wages.",
		want: []want{{typ: "PROTEST", actor: "KEN"}}},
	{text: "Hundreds of protesters were arrested by police in Istanbul.",
		want: []want{{typ: "COERCE", actor: "TUR"}},
		also: []want{{typ: "PROTEST"}}},
	{text: "Demonstrators in Nairobi clashed with police over tax rises.",
		want: []want{{typ: "PROTEST", actor: "KEN"}},
		also: []want{{typ: "ASSAULT"}, {typ: "COERCE"}}},
	{text: "The European Union imposed new sanctions on Belarus over the migrant crisis.",
		want: []want{{typ: "SANCTION", target: "BLR"}}},
	{text: "Britain froze the assets of three Russian oligarchs.",
		want: []want{{typ: "SANCTION", actor: "GBR", target: "RUS"}}},
	{text: "Washington lifted sanctions on Syria's central bank.",
		want: []want{{typ: "RETREAT", actor: "USA", target: "SYR"}}},
	// a pledge of aid is CAMEO 0331, an intent: AGREE (first written as AID)
	{text: "Japan pledged $100 million in humanitarian aid to Bangladesh.",
		want: []want{{typ: "AGREE", actor: "JPN", target: "BGD"}}},
	{text: "Saudi Arabia delivered 50 tonnes of food to earthquake-hit Afghanistan.",
		want: []want{{typ: "AID", actor: "SAU", target: "AFG"}}},
	{text: "Sudan expelled the UN envoy, accusing him of bias.",
		want: []want{{typ: "SANCTION", actor: "SDN"}, {typ: "ACCUSE", actor: "SDN"}}},
	{text: "Tajikistan deported dozens of Afghan refugees last month.",
		want: []want{{typ: "COERCE", actor: "TJK", target: "AFG"}}},
	{text: "Armenia and Azerbaijan agreed to a ceasefire after two days of clashes.",
		want: []want{{typ: "AGREE", actor: "ARM"}, {typ: "AGREE", actor: "AZE"}},
		also: []want{{typ: "RETREAT"}}},
	{text: "Macron and Scholz discussed the war in Ukraine by phone on Monday.",
		want: []want{{typ: "CONSULT", actor: "FRA", target: "DEU"}},
		also: []want{{typ: "CONSULT", actor: "DEU", target: "FRA"}}},
	{text: "The Chinese foreign minister will visit Brazil and Argentina next week.",
		want: []want{{typ: "CONSULT", actor: "CHN", target: "BRA"}, {typ: "CONSULT", actor: "CHN", target: "ARG"}}},
	{text: "Egypt hosted Israeli and Palestinian negotiators in Cairo.",
		want: []want{{typ: "CONSULT", actor: "EGY", target: "ISR"}},
		also: []want{{typ: "CONSULT", actor: "EGY"}}},
	{text: "Niger's military rulers expelled the French ambassador.",
		want: []want{{typ: "SANCTION", actor: "NER", target: "FRA"}}},
	{text: "Poland accused Belarus of pushing migrants across the border.",
		want: []want{{typ: "ACCUSE", actor: "POL", target: "BLR"}},
		also: []want{{typ: "COERCE", actor: "BLR"}}},
	{text: "Ukrainian drones hit an oil refinery in Russia's Samara region, the regional governor said.",
		want: []want{{typ: "ASSAULT", actor: "UKR", target: "RUS"}}},
	{text: "Russia vetoed a Security Council resolution on Sudan.",
		want: []want{{typ: "REJECT", actor: "RUS"}}},
	{text: "Russia and Ukraine exchanged 150 prisoners of war on Friday.",
		want: []want{{typ: "RETREAT", actor: "RUS"}},
		also: []want{{typ: "RETREAT", actor: "UKR"}, {typ: "COOPERATE"}}},
	{text: "The Taliban released a British couple detained in February.",
		want: []want{{typ: "RETREAT", actor: "AFG", target: "GBR"}}},
	// violent repression is CAMEO 175, typed ASSAULT (first written as COERCE)
	{text: "Police fired tear gas at opposition supporters in Dhaka.",
		want: []want{{typ: "ASSAULT", actor: "BGD"}},
		also: []want{{typ: "COERCE", actor: "BGD"}}},
	{text: "The Pakistani military launched air strikes on militant hideouts in Afghanistan.",
		want: []want{{typ: "ASSAULT", actor: "PAK"}}},
	{text: "Hezbollah fired rockets at northern Israel, and Israel responded with air strikes in southern Lebanon.",
		want: []want{{typ: "ASSAULT", actor: "LBN", target: "ISR"}, {typ: "ASSAULT", actor: "ISR", target: "LBN"}}},
	{text: "Japan and the Philippines signed a defence pact that allows troops to train in each other's territory.",
		want: []want{{typ: "SUPPORT", actor: "JPN", target: "PHL"}},
		also: []want{{typ: "SUPPORT", actor: "PHL", target: "JPN"}, {typ: "COOPERATE"}}},
	{text: "Germany will provide Ukraine with another air defence system, the chancellor said.",
		want: []want{{typ: "AID", actor: "DEU", target: "UKR"}}},
	{text: "Hungary refused to back new EU sanctions against Russia.",
		want: []want{{typ: "REJECT", actor: "HUN"}}},
	{text: "Chad's president called on Sudan's warring parties to stop the fighting.",
		want: []want{{typ: "REQUEST", actor: "TCD", target: "SDN"}}},
	{text: "The US urged Israel to allow more aid into Gaza.",
		want: []want{{typ: "REQUEST", actor: "USA", target: "ISR"}}},
	{text: "Azerbaijan's president praised Turkey for its support.",
		want: []want{{typ: "SUPPORT", actor: "AZE", target: "TUR"}}},
	{text: "Seoul threatened to suspend a military pact with Pyongyang if the launches continued.",
		want: []want{{typ: "THREATEN", actor: "KOR", target: "PRK"}}},
	// the CAMEO dictionary codes a summons as a consultation (040); first
	// written as ACCUSE
	{text: "Iraq summoned the Turkish ambassador over an air strike near Sulaimaniyah.",
		want: []want{{typ: "CONSULT", actor: "IRQ", target: "TUR"}},
		also: []want{{typ: "ASSAULT", actor: "TUR"}, {typ: "ACCUSE", actor: "IRQ", target: "TUR"}}},
	{text: "Rebels in eastern Congo declared a unilateral ceasefire on Friday.",
		want: []want{{typ: "RETREAT", actor: "COD"}}},

	// no event
	{text: "Two soldiers were killed in a roadside blast in northern Mali on Sunday."},
	{text: "A bus carrying pilgrims was attacked near the border, officials said."},
	{text: "Voters in Moldova go to the polls on Sunday to elect a new parliament."},
	{text: "The ruling party won 41 percent of the vote in the Portuguese election."},
	{text: "The Polish zloty firmed against the euro after the central bank held rates."},
	{text: "Gold prices hit a three-week low as the dollar strengthened."},
	{text: "The Egyptian foreign minister said the closure of the crossing was a violation of international law."},
	{text: "Norway's sovereign wealth fund returned 8 percent in the first half."},
	{text: "Brazil drew 0-0 with Uruguay in a tense qualifier in Montevideo."},
	{text: "The French tennis player beat his Spanish rival in straight sets."},
	{text: "Many economists believe the German economy will shrink again this year."},
	{text: "The Chinese carmaker BYD attacked the European market with cheaper models."},
	{text: "Thai Airways said it would resume flights to Moscow in April."},
	{text: "Heavy rain flooded parts of Kenya, killing 12 people."},
	{text: "The film, set in post-war Vienna, tells the story of a Soviet spy."},
	{text: "The Dutch chipmaker said it expects strong demand from China next year."},
}

// knownMissEN14 are the unseen sentences still wrong, with why; the table
// test fails once one comes out right.
var knownMissEN14 = map[string]string{
	"Sudan expelled the UN envoy, accusing him of bias.":                 "the participle clause's \"him\" is not resolved to the envoy, and an accusation of an unknown target is dropped",
	"Rebels in eastern Congo declared a unilateral ceasefire on Friday.": "bare \"Congo\" links to the Republic of the Congo, not the DRC",
}

// TestUnseenEN14 scores the second set of unseen sentences like
// TestUnseenEN13.
func TestUnseenEN14(t *testing.T) {
	st := parsedStages(t)
	expected, recovered, produced, extras := 0, 0, 0, 0
	for _, c := range unseenEN14Cases {
		d := st.doc(t, "en", "2025-03-10", c.text)
		missed, extra := unseenScore(st, d, c)
		expected += len(c.want)
		recovered += len(c.want) - len(missed)
		produced += len(d.Events)
		extras += len(extra)
		ok := len(missed) == 0 && len(extra) == 0
		why, known := knownMissEN14[c.text]
		switch {
		case known && ok:
			t.Errorf("%q now comes out right: take it off the known misses", c.text)
		case known:
			t.Logf("known miss %q (%s)", c.text, why)
		case !ok:
			var b strings.Builder
			for _, w := range missed {
				fmt.Fprintf(&b, "  missed %+v\n", w)
			}
			for _, e := range extra {
				fmt.Fprintf(&b, "  extra %s %s -> %s\n", e.Type, e.Actor, e.Target)
			}
			t.Errorf("%q:\n%shave:\n%s", c.text, b.String(), describe(st, d))
		}
	}
	extraRate := 0.0
	if produced > 0 {
		extraRate = float64(extras) / float64(produced)
	}
	t.Logf("unseen EN14: recall=%.3f extra=%.3f (expected %d, produced %d)",
		float64(recovered)/float64(expected), extraRate, expected, produced)
}

// precisionKindsEN14 are own sentences for the kinds of false or missed
// event found in the unseen sentences above and in Reuters-21578
// (reut2-001), each beside a sentence of the same words that still holds
// an event.
var precisionKindsEN14 = []extractCase{
	{name: "a named firm after its noun is still a firm", lang: "en", dct: "2025-03-10",
		text: "The Korean chipmaker Hanvex attacked the Japanese market with cheaper memory.",
		none: []string{"ASSAULT"}},
	{name: "a named official after his noun is still the state's", lang: "en", dct: "2025-03-10",
		text: "The Iranian foreign minister Abbas Araghchi criticised France.",
		want: []want{{typ: "ACCUSE", actor: "IRN", target: "FRA"}}},
	{name: "an airline's flights to a city are business", lang: "en", dct: "2025-03-10",
		text: "Kestrel Airways will resume flights to Beirut in May.",
		none: []string{"COOPERATE"}},
	{name: "a state's flights to a state are not", lang: "en", dct: "2025-03-10",
		text: "Russia resumed flights to Georgia.",
		want: []want{{typ: "COOPERATE", actor: "RUS", target: "GEO"}}},
	{name: "drones that hit a plant attack", lang: "en", dct: "2025-03-10",
		text: "Russian drones hit a power plant near Odesa overnight.",
		want: []want{{typ: "ASSAULT", actor: "RUS"}}},
	{name: "a firm that hits a target does not", lang: "en", dct: "2025-03-10",
		text: "The Korean shipbuilder hit its order target in June.",
		none: []string{"ASSAULT"}},
	{name: "protesters clashing with police riot", lang: "en", dct: "2025-03-10",
		text: "Protesters in Lima clashed with police on Tuesday.",
		want: []want{{typ: "PROTEST", mode: "riot", actor: "PER"}}, none: []string{"ASSAULT", "ACCUSE"}},
	{name: "leaders clashing over a policy quarrel", lang: "en", dct: "2025-03-10",
		text: "The Italian prime minister clashed with Spain over migration.",
		want: []want{{typ: "ACCUSE", actor: "ITA", target: "ESP"}}, none: []string{"ASSAULT"}},
	{name: "troops clashing with rebels fight", lang: "en", dct: "2025-03-10",
		text: "Malian soldiers clashed with rebels over the weekend.",
		want: []want{{typ: "ASSAULT", actor: "MLI"}}, none: []string{"ACCUSE"}},
	{name: "striking doctors in a country protest", lang: "en", dct: "2025-03-10",
		text: "Doctors in Nigeria went on strike on Monday.",
		want: []want{{typ: "PROTEST", actor: "NGA"}}},
	{name: "a company director resigning is business", lang: "en", dct: "1987-03-10",
		text: "Former President John Halvorsen is resigning as a director of the firm.",
		none: []string{"CONCEDE"}},
	{name: "a prime minister resigning concedes", lang: "en", dct: "1987-03-10",
		text: "The Dutch prime minister resigned on Friday.",
		want: []want{{typ: "CONCEDE", actor: "NLD"}}},
	{name: "an economy heading for trouble goes nowhere", lang: "en", dct: "1987-03-10",
		text: "The Chilean economy is heading for a recession, the minister said.",
		none: []string{"CONSULT"}},
	{name: "a minister heading for a capital visits", lang: "en", dct: "1987-03-10",
		text: "The Chilean foreign minister is heading for Lima for talks.",
		want: []want{{typ: "CONSULT", actor: "CHL"}}},
	{name: "a firm's contracts to foreign firms are business", lang: "en", dct: "1987-03-10",
		text: "Korean steel importers awarded contracts to three U.S. companies.",
		none: []string{"AGREE"}},
	{name: "a state's contract to a state is not", lang: "en", dct: "1987-03-10",
		text: "Egypt awarded a contract to China.",
		want: []want{{typ: "AGREE", actor: "EGY", target: "CHN"}}},
	{name: "a bill sent to one's parliament is no aid", lang: "en", dct: "1987-03-10",
		text: "The Reagan administration sent a farm package to Congress on Monday.",
		none: []string{"AID"}},
	{name: "weapons sent to a foreign force are", lang: "en", dct: "1987-03-10",
		text: "The United States sent weapons to the Afghan army.",
		want: []want{{typ: "AID", actor: "USA", target: "AFG"}}},
	{name: "declining to say is no rejection", lang: "en", dct: "1987-03-10",
		text: "The Brazilian minister declined to say how much Brazil owed.",
		none: []string{"REJECT"}},
	{name: "declining an offer still is", lang: "en", dct: "1987-03-10",
		text: "Brazil declined to accept the American offer.",
		want: []want{{typ: "REJECT", actor: "BRA"}}},
	{name: "a firm supplying a firm is business", lang: "en", dct: "1987-03-10",
		text: "Airbus is providing Lufthansa with ten long-range planes.",
		none: []string{"AID"}},
	{name: "a firm's campaign is no appeal", lang: "en", dct: "1987-03-10",
		text: "Toyota launched a large advertising campaign on Monday.",
		none: []string{"REQUEST"}},
	{name: "a firm's rally on a market is no protest", lang: "en", dct: "1987-03-10",
		text: "Toyota staged a strong rally in Tokyo after the results.",
		none: []string{"PROTEST"}},
	{name: "a rally in futures is prices rising", lang: "en", dct: "1987-03-10",
		text: "The rally in Japanese bond futures surprised dealers in Tokyo.",
		none: []string{"PROTEST"}},
	{name: "a rally in a capital is a protest", lang: "en", dct: "1987-03-10",
		text: "Thousands of Chilean students joined a rally in Santiago.",
		want: []want{{typ: "PROTEST", actor: "CHL"}}},
	{name: "a firm licensing a firm concedes nothing", lang: "en", dct: "1987-03-10",
		text: "Halvorsen Software Inc said it gave IBM licensing rights to its printer language.",
		none: []string{"CONCEDE"}},
	{name: "a firm asking a state still asks", lang: "en", dct: "1987-03-10",
		text: "Airbus asked the French government for help.",
		want: []want{{typ: "REQUEST", target: "FRA"}}},
	{name: "a country's admission offers no markets", lang: "en", dct: "1987-03-10",
		text: "Poland's admission to the group would offer new markets for U.S. industries, he said.",
		none: []string{"AGREE"}},
}

// coordinationKindsEN14: a clause joined by "and" has its own subject,
// and an answer "with" a noun is the act the noun names.
var coordinationKindsEN14 = []extractCase{
	{name: "a second clause's subject is no target of the first", lang: "en", dct: "2025-03-10",
		text: "Rebels fired mortars at Ethiopia, and Ethiopia bombed rebel camps in Eritrea.",
		want: []want{{typ: "ASSAULT", actor: "ETH", target: "ERI"}}},
	{name: "coordinated targets still share the preposition", lang: "en", dct: "2025-03-10",
		text: "Qatar sent aid to Sudan and Chad.",
		want: []want{{typ: "AID", actor: "QAT", target: "SDN"}, {typ: "AID", actor: "QAT", target: "TCD"}}},
	{name: "an answer with strikes is an assault", lang: "en", dct: "2025-03-10",
		text: "Pakistan responded with air strikes in eastern Afghanistan.",
		want: []want{{typ: "ASSAULT", actor: "PAK", target: "AFG"}}},
	{name: "retaliating with sanctions sanctions", lang: "en", dct: "2025-03-10",
		text: "Beijing retaliated with sanctions on Lithuania.",
		want: []want{{typ: "SANCTION", actor: "CHN", target: "LTU"}}, none: []string{"ASSAULT"}},
	{name: "retaliating against a state still attacks", lang: "en", dct: "2025-03-10",
		text: "Iran retaliated against Israel on Saturday.",
		want: []want{{typ: "ASSAULT", actor: "IRN", target: "ISR"}}},
	{name: "resigning in protest protests", lang: "en", dct: "2025-03-10",
		text: "The Bolivian health minister resigned in protest on Monday.",
		want: []want{{typ: "CONCEDE", actor: "BOL"}, {typ: "PROTEST", actor: "BOL"}}},
	{name: "being in a protest mood is none", lang: "en", dct: "2025-03-10",
		text: "The Bolivian economist was in a protest mood.",
		none: []string{"PROTEST"}},
	{name: "an act whose agent 'by' names needs no target", lang: "en", dct: "2025-03-10",
		text: "The detention of two students by Serbian police angered their families.",
		want: []want{{typ: "COERCE", actor: "SRB"}}},
	{name: "a meeting of a party is still none", lang: "en", dct: "2025-03-10",
		text: "The meeting of the Serbian opposition party lasted three hours.",
		none: []string{"CONSULT"}},
	{name: "an answer with a letter is none", lang: "en", dct: "2025-03-10",
		text: "The Kenyan minister responded with a letter.",
		none: []string{"ASSAULT", "AID", "CONSULT"}},
}

func TestCoordinationKindsEN14(t *testing.T) {
	runExtractCases(t, parsedStages(t), coordinationKindsEN14)
}

func TestPrecisionKindsEN14(t *testing.T) {
	runExtractCases(t, parsedStages(t), precisionKindsEN14)
}
