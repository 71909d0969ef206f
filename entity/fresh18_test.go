package entity

import "testing"

// fresh18Cases are the kinds of name the judging of Reuters news of 1996
// found wrong, each beside a twin that must keep working: a country's code
// written against a dollar sign read as an acronym.
var fresh18Cases = []linkCase{
	// a dollar with its country's code is a currency
	{"dollars of four countries", "en", "1996-08-22",
		"The miner earned AU$ 14 million, its unit NZ$ 3 million, and the bank paid HK$ 75 million and C$ 210 million.",
		[]want{{"AU", 1, "-", "", ""}, {"NZ", 1, "-", "", ""}, {"HK", 1, "-", "", ""}, {"C", 1, "-", "", ""}}},
	{"US and Singapore dollars", "en", "1996-08-22",
		"The group raised US$ 150 million and S$ 60 million from investors in Singapore.",
		[]want{{"US", 1, "-", "", ""}, {"Singapore", 1, "Q334", "", "kb"}}},
	{"the codes standing alone are names", "en", "1996-08-22",
		"The AU sent more troops, and US officials welcomed the move.",
		[]want{{"AU", 1, "kb:african-union", "", "kb"}, {"US", 1, "Q30", "", ""}}},
}

func TestLinkFresh18(t *testing.T) {
	runLinkCases(t, fresh18Cases)
}
