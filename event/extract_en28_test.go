package event_test

import "testing"

// newsKindsEN28 are own sentences for the English kinds of issue 5's
// twenty-eighth round (precision in general news).
var newsKindsEN28 = []forbidCase{
	// a lender's approval of an amount is economic aid to the country it
	// is for, not a concession to the currency
	{extractCase: extractCase{name: "the IMF approving an amount for a country is aid", lang: "en", dct: "1987-03-04",
		text: "The International Monetary Fund said it approved 80.5 mln SDRs to support reforms in Zambia.",
		want: []want{{typ: "AID", mode: "economic", target: "ZMB"}}},
		forbid: []want{{typ: "CONCEDE"}}},
	{extractCase: extractCase{name: "the World Bank approving a loan to a country is aid", lang: "en", dct: "1987-03-04",
		text: "The World Bank approved a loan of 150 mln dlrs to Kenya for road building.",
		want: []want{{typ: "AID", mode: "economic", target: "KEN"}}},
		forbid: []want{{typ: "CONCEDE"}}},
	// in a firm's story a regulator's approval of no one, and an officer
	// resigning, are no political acts
	{extractCase: extractCase{name: "a deal approved by a regulator in a firm's story", lang: "en", dct: "1987-03-04",
		text: "Acme Industries Inc said it plans to merge with Brown Corp. The agreement, approved by the U.S. Department of Justice on Monday, will give the merged company six months to sell some assets."},
		forbid: []want{{typ: "CONCEDE"}, {typ: "AGREE"}}},
	{extractCase: extractCase{name: "an officer resigning in a firm's story", lang: "en", dct: "1987-03-04",
		text: "Delmar Tools Ltd said it sold its pump unit for 12 mln dlrs. Delmar also said director John Hale has resigned from its board and secretary Ann Lowe has resigned, effective May 1."},
		forbid: []want{{typ: "CONCEDE"}}},
	{extractCase: extractCase{name: "a minister resigning in a firm's story stays", lang: "en", dct: "1987-03-04",
		text: "Delmar Tools Ltd said it sold its pump unit for 12 mln dlrs. Italian Prime Minister Bettino Craxi resigned on Tuesday.",
		want: []want{{typ: "CONCEDE", actor: "ITA"}}}},
	// a negated trade flow of "any" is a statistic
	{extractCase: extractCase{name: "not having imported any is no cooperation", lang: "en", dct: "1987-03-04",
		text: "Officials said Brazil had not imported any from Argentina in some years."},
		forbid: []want{{typ: "COOPERATE"}}},
	// "retired" after a comma before a title names the person; a state's
	// official who retires stays
	{extractCase: extractCase{name: "retired as a title after a comma", lang: "en", dct: "1987-03-04",
		text: "Independent counsel Lawrence Walsh said he opposed immunity for a third witness, retired Army Maj. Gen. John Hallam, a friend of the colonel."},
		forbid: []want{{typ: "CONCEDE"}}},
	{extractCase: extractCase{name: "a resignation before retired and a day stays", lang: "en", dct: "1987-03-04",
		text: "Italian Prime Minister Bettino Craxi resigned and retired Tuesday.",
		want: []want{{typ: "CONCEDE", actor: "ITA"}}}},
	// a market's demand met is supply, no concession; a party's demand
	// met stays
	{extractCase: extractCase{name: "meeting peak demand is no concession", lang: "en", dct: "1987-03-04",
		text: "Traders said Algerian gas would only serve to meet peak demand."},
		forbid: []want{{typ: "CONCEDE"}}},
	{extractCase: extractCase{name: "meeting a party's demand stays", lang: "en", dct: "1987-03-04",
		text: "Israel met the main demand of the hijackers.",
		want: []want{{typ: "CONCEDE", actor: "ISR"}}}},
}

func TestNewsKindsEN28(t *testing.T) {
	runForbidCases(t, parsedStages(t), newsKindsEN28)
}
