package event_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dossier-news/dossier"
)

// unseenCase is a wire-style sentence written for dossier with the events an
// analyst would list (none for a sentence that reports no event). also are
// events that may come out without counting as extra: a second reading an
// analyst would accept but not demand.
type unseenCase struct {
	text string
	want []want
	also []want
}

// unseenEN13Cases were written, with their expectations, before this
// round's rules were changed and before they were first run: a check on
// sentences no rule was fitted to. Wire style, one or two events each, and
// sentences with no event: figures, markets, sport, opinion, features and
// business news in which firms cut, hit and agree.
var unseenEN13Cases = []unseenCase{
	{text: "Peru and Ecuador agreed on Thursday to set up a joint commission on border crossings.",
		want: []want{{typ: "AGREE", actor: "PER", target: "ECU"}, {typ: "AGREE", actor: "ECU", target: "PER"}}},
	{text: "The Indonesian president arrived in Tokyo on Monday for a three-day state visit.",
		want: []want{{typ: "CONSULT", actor: "IDN", target: "JPN"}}},
	{text: "Foreign ministers of Greece and Cyprus met in Nicosia to discuss energy links.",
		want: []want{{typ: "CONSULT", actor: "GRC", target: "CYP"}, {typ: "CONSULT", actor: "CYP", target: "GRC"}}},
	{text: "Portugal voiced its backing for Cape Verde's bid to host the summit.",
		want: []want{{typ: "SUPPORT", actor: "PRT", target: "CPV"}}},
	{text: "The Moroccan foreign ministry accused Algeria of arming separatist fighters.",
		want: []want{{typ: "ACCUSE", actor: "MAR", target: "DZA"}},
		also: []want{{typ: "AID", actor: "DZA"}}},
	{text: "Jordan condemned Israel's raid on the Jenin refugee camp, the state news agency said.",
		want: []want{{typ: "ACCUSE", actor: "JOR", target: "ISR"}, {typ: "ASSAULT", actor: "ISR"}}},
	{text: "Bolivia rejected a Chilean proposal to resume talks on sea access.",
		want: []want{{typ: "REJECT", actor: "BOL", target: "CHL"}}},
	{text: "Somalia asked the African Union to delay the withdrawal of its peacekeepers.",
		want: []want{{typ: "REQUEST", actor: "SOM", target: "African Union"}}},
	{text: "North Korea warned it would take 'overwhelming' action if the drills went ahead.",
		want: []want{{typ: "THREATEN", actor: "PRK"}}},
	{text: "Washington threatened to impose tariffs on Colombian goods unless Bogota accepted deportation flights.",
		want: []want{{typ: "THREATEN", actor: "USA", target: "COL"}}},
	{text: "Ukraine imposed sanctions on 12 Iranian companies that it said supplied drones to Russia.",
		want: []want{{typ: "SANCTION", actor: "UKR", target: "IRN"}, {typ: "AID", actor: "IRN", target: "RUS"}}},
	{text: "Estonia ordered a Russian diplomat to leave the country within 48 hours.",
		want: []want{{typ: "SANCTION", actor: "EST", target: "RUS"}}},
	{text: "Thailand sent extra troops to its border with Cambodia after a skirmish on Tuesday.",
		want: []want{{typ: "MOBILIZE", actor: "THA"}}},
	{text: "Police in Islamabad detained more than 200 supporters of the jailed former prime minister.",
		want: []want{{typ: "COERCE", actor: "PAK"}}},
	{text: "A court in Moscow sentenced an American citizen to 12 years in prison for treason.",
		want: []want{{typ: "COERCE", actor: "RUS", target: "USA"}}},
	{text: "Sudan's paramilitary Rapid Support Forces shelled a market in El Fasher, killing at least 30 people.",
		want: []want{{typ: "ASSAULT", actor: "SDN"}}},
	{text: "Israeli troops shot dead two Palestinians in the West Bank on Friday.",
		want: []want{{typ: "ASSAULT", actor: "ISR", target: "PSE"}}},
	{text: "The Asian Development Bank approved a $500 million loan to help Sri Lanka rebuild its economy.",
		want: []want{{typ: "AID", target: "LKA"}}},
	{text: "Turkey sent two planes carrying tents and blankets to flood-hit Libya.",
		want: []want{{typ: "AID", actor: "TUR", target: "LBY"}}},
	{text: "Azerbaijan freed four Armenian soldiers captured during the fighting.",
		want: []want{{typ: "RETREAT", actor: "AZE", target: "ARM"}}},
	{text: "The United States eased sanctions on Venezuela's oil sector.",
		want: []want{{typ: "RETREAT", actor: "USA", target: "VEN"}}},
	{text: "Bulgaria handed over a Turkish journalist to Ankara on Wednesday.",
		want: []want{{typ: "COOPERATE", actor: "BGR", target: "TUR"}}},
	{text: "Tens of thousands marched through Madrid on Sunday to demand cheaper housing.",
		want: []want{{typ: "PROTEST"}}},
	{text: "Farmers blocked motorways around Paris with tractors in protest at falling prices.",
		want: []want{{typ: "PROTEST"}}},
	{text: "The Nepali prime minister resigned on Tuesday after deadly protests.",
		want: []want{{typ: "CONCEDE", actor: "NPL"}},
		also: []want{{typ: "PROTEST"}}},
	{text: "Haiti's government appealed for international help to restore order in the capital.",
		want: []want{{typ: "REQUEST", actor: "HTI"}}},
	{text: "Erdogan held a phone call with Putin on Friday to discuss the grain corridor.",
		want: []want{{typ: "CONSULT", actor: "TUR", target: "RUS"}},
		also: []want{{typ: "CONSULT", actor: "RUS", target: "TUR"}}},
	{text: "Israel and Hamas agreed to a ceasefire deal brokered by Qatar and Egypt.",
		want: []want{{typ: "AGREE", actor: "ISR"}},
		also: []want{{typ: "AGREE"}, {typ: "CONSULT", actor: "QAT"}, {typ: "CONSULT", actor: "EGY"}, {typ: "RETREAT", actor: "ISR"}}},
	{text: "Beijing was accused by Manila of ramming a supply boat near the Second Thomas Shoal.",
		want: []want{{typ: "ACCUSE", actor: "PHL", target: "CHN"}},
		also: []want{{typ: "ASSAULT", actor: "CHN"}, {typ: "COERCE", actor: "CHN"}}},
	{text: "Ireland announced that it would recognise a Palestinian state.",
		want: []want{{typ: "SUPPORT", actor: "IRL", target: "PSE"}},
		also: []want{{typ: "AGREE", actor: "IRL", target: "PSE"}}},
	{text: "Bangladesh deported 50 Myanmar nationals on Thursday, the border guard said.",
		want: []want{{typ: "COERCE", actor: "BGD", target: "MMR"}}},
	{text: "Iranian Revolutionary Guards seized a foreign tanker in the Gulf, state media reported.",
		want: []want{{typ: "COERCE", actor: "IRN"}}},

	// no event
	{text: "Crude oil futures fell 2 percent in New York on Tuesday after a rise in US stockpiles."},
	{text: "Japan's Nikkei index hit a record high, led by chip stocks."},
	{text: "The Spanish carmaker Seat cut its sales forecast for the year."},
	{text: "Shell said it would cut 200 jobs at its Dutch refineries."},
	{text: "Argentina beat Brazil 1-0 in Buenos Aires to top the qualifying group."},
	{text: "The Swedish retailer said quarterly profit rose 12 percent, beating analysts' forecasts."},
	{text: "Canada's jobless rate rose to 6.8 percent in October, Statistics Canada said."},
	{text: "Fierce winds hit the coast of Portugal, cutting power to 40,000 homes."},
	{text: "The Japanese brewer launched a hostile bid for an Australian rival."},
	{text: "In the old town of Tallinn, cafes spill onto cobbled streets every summer."},
	{text: "Critics say the new Mexican tax will hurt small businesses."},
	{text: "The Indian airline ordered 30 jets from Airbus, the company said."},
	{text: "The Italian insurer agreed to sell its German unit to a French rival for 1.2 billion euros."},
	{text: "Pakistan won the toss and chose to bat first against New Zealand in Karachi."},
	{text: "The Turkish lira slid to a record low against the dollar as inflation soared."},
}

// knownMissEN13 are the unseen sentences still wrong (a missed event or an
// extra one), with why; the table test fails once one comes out right.
var knownMissEN13 = map[string]string{
	"Jordan condemned Israel's raid on the Jenin refugee camp, the state news agency said.":     "a possessive's act noun under a condemnation is not an event of its own",
	"North Korea warned it would take 'overwhelming' action if the drills went ahead.":          "\"warn\" with a clause and no addressee is no threat",
	"Ukraine imposed sanctions on 12 Iranian companies that it said supplied drones to Russia.": "a relative clause under \"it said\" gives no event",
}

// unseenScore pairs a sentence's produced events with its expected ones,
// each at most once, and counts what is left on either side.
func unseenScore(st *stages, d *dossier.Document, c unseenCase) (missed []want, extra []dossier.Event) {
	used := make([]bool, len(d.Events))
	take := func(w want) bool {
		for i := range d.Events {
			if !used[i] && eventMatches(st, &d.Events[i], w) {
				used[i] = true
				return true
			}
		}
		return false
	}
	for _, w := range c.want {
		if !take(w) {
			missed = append(missed, w)
		}
	}
	for _, w := range c.also {
		for take(w) {
		}
	}
	for i, u := range used {
		if !u {
			extra = append(extra, d.Events[i])
		}
	}
	return missed, extra
}

// TestUnseenEN13 holds the unseen sentences as a table: every expected
// event comes out and nothing else, except the known misses. It logs
// recall and extra in the eval's terms.
func TestUnseenEN13(t *testing.T) {
	scoreUnseen(t, "EN13", unseenEN13Cases, knownMissEN13)
}

// scoreUnseen runs a set of unseen sentences: a sentence fails when an
// expected event is missed or another comes out, unless it is a known miss,
// and a known miss that comes out right fails too, so the list stays true.
func scoreUnseen(t *testing.T, set string, cases []unseenCase, knownMiss map[string]string) {
	t.Helper()
	st := parsedStages(t)
	expected, recovered, produced, extras := 0, 0, 0, 0
	for _, c := range cases {
		d := st.doc(t, "en", "2025-03-10", c.text)
		missed, extra := unseenScore(st, d, c)
		expected += len(c.want)
		recovered += len(c.want) - len(missed)
		produced += len(d.Events)
		extras += len(extra)
		ok := len(missed) == 0 && len(extra) == 0
		why, known := knownMiss[c.text]
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
	t.Logf("unseen %s: recall=%.3f extra=%.3f (expected %d, produced %d)",
		set, float64(recovered)/float64(expected), extraRate, expected, produced)
}

// precisionKindsEN13 are own sentences for the kinds of false event found
// in Reuters-21578 business stories (reut2-003) and the unseen sentences,
// each with a sentence of the same words that still holds an event.
var precisionKindsEN13 = []extractCase{
	{name: "banks named by their home reject nothing for it", lang: "en", dct: "1987-03-10",
		text: "Two big British banks rejected calls for tighter rules.",
		none: []string{"REJECT"}},
	{name: "a carmaker's target is no assault", lang: "en", dct: "1987-03-10",
		text: "The Japanese carmaker hit its sales target in May.",
		none: []string{"ASSAULT"}},
	{name: "a country's creditor banks agree for themselves", lang: "en", dct: "1987-03-10",
		text: "Mexico's commercial lenders agreed to extend the loans by a year.",
		none: []string{"AGREE"}},
	{name: "a central bank still is the state's", lang: "en", dct: "1987-03-10",
		text: "Russia's central bank rejected calls for lower interest rates.",
		want: []want{{typ: "REJECT", actor: "RUS"}}},
	{name: "workers at firms are the country's people", lang: "en", dct: "1987-03-10",
		text: "Thousands of workers at Italian steel companies went on strike on Monday.",
		want: []want{{typ: "PROTEST", actor: "ITA"}}},
	{name: "refusing to comment is no rejection", lang: "en", dct: "1987-03-10",
		text: "Officials in Ottawa refused to comment on the report.",
		none: []string{"REJECT"}},
	{name: "refusing to act still is", lang: "en", dct: "1987-03-10",
		text: "Egypt refused to open the crossing for the convoy.",
		want: []want{{typ: "REJECT", actor: "EGY"}}},
	{name: "an order from a maker is a purchase", lang: "en", dct: "1987-03-10",
		text: "The Polish airline ordered ten jets from Boeing.",
		none: []string{"REQUEST"}},
	{name: "a diplomat ordered to leave is expelled", lang: "en", dct: "1987-03-10",
		text: "Latvia ordered two Russian diplomats to leave within a week.",
		want: []want{{typ: "SANCTION", mode: "expel", actor: "LVA", target: "RUS"}}},
	{name: "troops sent to a border are massed", lang: "en", dct: "1987-03-10",
		text: "Russia sent more troops to the border with Finland.",
		want: []want{{typ: "MOBILIZE", actor: "RUS"}}, none: []string{"AID"}},
	{name: "troops sent to a country are aid", lang: "en", dct: "1987-03-10",
		text: "Germany sent troops to Lithuania.",
		want: []want{{typ: "AID", actor: "DEU", target: "LTU"}}},
	{name: "a rebel handed over", lang: "en", dct: "1987-03-10",
		text: "Serbia handed over a wanted rebel commander to Bosnia.",
		want: []want{{typ: "COOPERATE", actor: "SRB", target: "BIH"}}},
	{name: "a win with a score is a game", lang: "en", dct: "1987-03-10",
		text: "Croatia beat Morocco 2-1 in Doha on Saturday.",
		none: []string{"ASSAULT"}},
	{name: "a span of years is no score", lang: "en", dct: "1987-03-10",
		text: "Serbian forces attacked Croatian towns during the 1991-1995 war.",
		want: []want{{typ: "ASSAULT", actor: "SRB"}}},
	{name: "drivers blocking a crossing protest", lang: "en", dct: "1987-03-10",
		text: "Angry Spanish truck drivers blocked the main border crossing with France on Monday.",
		want: []want{{typ: "PROTEST", actor: "ESP"}}, none: []string{"COERCE"}},
	{name: "farmers blocking roads protest", lang: "en", dct: "1987-03-10",
		text: "Greek farmers blocked roads in Thessaly.",
		want: []want{{typ: "PROTEST", actor: "GRC"}}, none: []string{"COERCE"}},
	{name: "a state blockading coerces", lang: "en", dct: "1987-03-10",
		text: "Azerbaijan blockaded the Lachin corridor for months.",
		want: []want{{typ: "COERCE", actor: "AZE"}}, none: []string{"PROTEST"}},
	{name: "police in a city act for its state", lang: "en", dct: "1987-03-10",
		text: "Police in Lahore detained a British journalist on Sunday.",
		want: []want{{typ: "COERCE", actor: "PAK", target: "GBR"}}},
	{name: "a city's court acts for its state", lang: "en", dct: "1987-03-10",
		text: "A Tehran court sentenced a French researcher to five years.",
		want: []want{{typ: "COERCE", actor: "IRN", target: "FRA"}}},
	{name: "tourists in a city are no state", lang: "en", dct: "1987-03-10",
		text: "Tourists in Rome attacked a waiter from Albania.",
		none: []string{"ASSAULT"}},
	{name: "an unknown firm's sale is business", lang: "en", dct: "1987-03-10",
		text: "Halvorsen Holdings said its mining unit agreed to sell two Australian mines for 40 mln dlrs.",
		none: []string{"AGREE"}},
	{name: "a state's sale is not", lang: "en", dct: "1987-03-10",
		text: "Canada agreed to sell wheat to China.",
		want: []want{{typ: "AGREE", actor: "CAN", target: "CHN"}}},
	{name: "coordinated adjectives share the firm noun", lang: "en", dct: "1987-03-10",
		text: "Dutch, Belgian and Swiss banks have approached the Chinese authorities with loan offers.",
		none: []string{"CONSULT", "AGREE"}},
	{name: "coordinated adjectives share the troops", lang: "en", dct: "1987-03-10",
		text: "French and German troops attacked the town.",
		want: []want{{typ: "ASSAULT", actor: "FRA"}, {typ: "ASSAULT", actor: "DEU"}}},
	{name: "a hyphenated participle before a name", lang: "en", dct: "1987-03-10",
		text: "China sent doctors to drought-stricken Somalia.",
		want: []want{{typ: "AID", actor: "CHN", target: "SOM"}}},
	{name: "shot dead", lang: "en", dct: "1987-03-10",
		text: "Indian soldiers shot dead three Pakistani infiltrators in Kashmir.",
		want: []want{{typ: "ASSAULT", actor: "IND", target: "PAK"}}},
	{name: "a shot is no shooting", lang: "en", dct: "1987-03-10",
		text: "The first shot of the film was taken in Chile.",
		none: []string{"ASSAULT"}},
	{name: "the nearest verb governs a light noun", lang: "en", dct: "1987-03-10",
		text: "Argentina voiced its backing for Uruguay's offer to host the summit.",
		want: []want{{typ: "SUPPORT", actor: "ARG", target: "URY"}}, none: []string{"CONSULT"}},
	{name: "a light verb after another verb still governs", lang: "en", dct: "1987-03-10",
		text: "Iran decided to hold talks with Oman.",
		want: []want{{typ: "CONSULT", actor: "IRN", target: "OMN"}}},
	{name: "said Y must, without that", lang: "en", dct: "2024-06-20",
		text: "The Dutch foreign minister said Turkey must release the journalists.",
		want: []want{{typ: "REQUEST", actor: "NLD", target: "TUR"}}, none: []string{"RETREAT"}},
	{name: "said Y had, without that", lang: "en", dct: "2024-06-20",
		text: "The Polish president said Russian missiles had struck a Ukrainian village near the border.",
		want: []want{{typ: "ASSAULT", actor: "RUS", source: "POL", modality: "reported"}}},
	{name: "offering liquidity is business", lang: "en", dct: "1987-03-10",
		text: "Dealers said the Bank of Japan could offer fresh liquidity next week.",
		none: []string{"AGREE"}},
	{name: "an offer to pay for shares is business", lang: "en", dct: "1987-03-10",
		text: "Analysts said Fiat's offer to pay 20 dlrs a share was too low.",
		none: []string{"AGREE"}},
	{name: "refusing to say is no rejection", lang: "en", dct: "1987-03-10",
		text: "The Saudi minister refused to say whether Oman would join the group.",
		none: []string{"REJECT"}},
	{name: "troops sent to act at home are moved", lang: "en", dct: "1987-03-10",
		text: "The Chilean government sent hundreds of soldiers to guard the copper mines.",
		want: []want{{typ: "MOBILIZE", actor: "CHL"}}, none: []string{"AID"}},
	{name: "troops sent to a country are still aid", lang: "en", dct: "1987-03-10",
		text: "Britain sent hundreds of soldiers to Estonia.",
		want: []want{{typ: "AID", actor: "GBR", target: "EST"}}},
}

func TestPrecisionKindsEN13(t *testing.T) {
	runExtractCases(t, parsedStages(t), precisionKindsEN13)
}

// TestElaborationEN13: a participle that tells the toll of an attack is the
// same attack, its toll the attack's.
func TestElaborationEN13(t *testing.T) {
	st := parsedStages(t)
	for _, tc := range []struct {
		text   string
		n      int // ASSAULT events
		q      string
		target string // a target some ASSAULT event must have
	}{
		{"Russian drones struck an apartment block in Kharkiv, killing at least 12 people.", 1, "12 people at least", ""},
		{"Somali troops attacked a base in Kismayo, killing five Kenyan soldiers.", 2, "", "KEN"},
		{"Rebels shelled the town and Turkish jets bombed the hills, killing eight people.", 2, "", ""},
	} {
		d := st.doc(t, "en", "2025-03-10", tc.text)
		n := 0
		for _, e := range d.Events {
			if e.Type == "ASSAULT" {
				n++
			}
		}
		if n != tc.n || tc.q != "" && findEvent(st, d, want{typ: "ASSAULT", quantity: tc.q}) == nil ||
			tc.target != "" && findEvent(st, d, want{typ: "ASSAULT", target: tc.target}) == nil {
			t.Errorf("%q: want %d ASSAULT events (quantity %q)\nhave:\n%s", tc.text, tc.n, tc.q, describe(st, d))
		}
	}
}
