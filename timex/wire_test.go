package timex

import "testing"

// TestWireForms checks kinds of value error found by judging business-wire
// news by hand against the TimeML guidelines: counts wrapped at a line's
// end, delivery months joined by a slash, passives with an adverb before
// the participle, rates, and "the week" of a weekly report. The sentences
// are written for this test. An expected value of "" means no expression
// may be found whose text contains sub.
func TestWireForms(t *testing.T) {
	const d = "1987-03-11" // a Wednesday in ISO week 11
	tests := []formCase{
		// Wire copy is hard-wrapped near 65 characters: a count that
		// ends a full line of prose goes with the unit on the next.
		{"count wrapped in prose", "en", d, "The sinking fund gives the notes an expected average life of 12.5\nyears, the underwriter said.", "12.5\nyears", "DURATION", "P12Y6M", ""},
		{"integer wrapped in prose", "en", d, "The company said it would keep the plant running for at least 18\nmonths after the sale.", "at least 18\nmonths", "DURATION", "P18M", "EQUAL_OR_MORE"},
		{"digit of a name is no count", "en", d, "Money supply grew 5.0 pct, and the broad measure called local M1\nyear-on-year growth was 32.5 pct.", "1\nyear", "", "", ""},
		{"short table row stays a table", "en", d, "Oper shr 40 cts\nOper net 12\nmonths 3.4 mln", "12\nmonths", "", "", ""},
		{"row of figures stays a table", "en", d, "Revenues 1,234,567 2,345,678 3,456,789 4,567,890 5,678,901 12\nmonths", "12\nmonths", "", "", ""},

		// Delivery periods: an abbreviated month joined by a slash.
		{"slash month second", "en", d, "Traders quoted 210 dlrs a tonne for April/Dec shipment.", "Dec", "DATE", "1987-12", ""},
		{"slash month first abbreviated", "en", d, "Dealers offered meal at 180 dlrs for Jun/Sept shipment.", "Jun", "DATE", "1987-06", ""},
		{"slash months are a position ahead", "en", "1987-02-26", "New crop sales were light, with Aug/Sept going at 1,870 dlrs a tonne.", "Sept", "DATE", "1987-09", ""},
		{"slash months in parentheses spell a season", "en", "1987-03-02", "Output in the current crop season (Sept/March) reached 7 mln bales.", "Sept", "DATE", "1986-09", ""},
		{"slash month lower case is no month", "en", d, "The board may/may not meet.", "may", "", "", ""},
		{"fraction is no month", "en", d, "Shares rose 3/4 to 21-1/2.", "3/4", "", "", ""},

		// A passive participle with an adverb before it takes the tense
		// of its auxiliary, not the past of its -ed.
		{"passive with adverb future", "en", d, "Liquidity will be further tightened by the weekly bill tender tomorrow and Friday's rise in reserve rules.", "Friday", "DATE", "1987-03-13", ""},
		{"passive with -ly adverb future", "en", d, "The plant will be quickly closed on Friday.", "Friday", "DATE", "1987-03-13", ""},
		{"passive with adverb past", "en", d, "The plan was sharply criticised on Friday.", "Friday", "DATE", "1987-03-06", ""},

		// A rate: "a"/"an" and a unit after a quantity recur each unit.
		{"rate per day", "en", d, "The mill can crush about 9,000 tonnes of cane a day, he said.", "a day", "SET", "P1D", ""},
		{"rate per year in millions", "en", d, "The contract is worth 40 mln dlrs a year to the company.", "a year", "SET", "P1Y", ""},
		{"rate with a word count", "en", d, "Porters earn six dollars an hour.", "an hour", "SET", "PT1H", ""},
		{"in a year is a length", "en", d, "Prices fell 5 pct in a year.", "a year", "DURATION", "P1Y", ""},
		{"a year ago stays a date", "en", d, "Imports rose 3 pct from 20 mln a year ago.", "a year ago", "DATE", "1986", ""},
		{"no count, no rate", "en", d, "The talks took a day.", "a day", "DURATION", "P1D", ""},

		// "the week" of a weekly report is the week being told.
		{"during the week after last week", "en", "1987-03-09", "Drilling slowed last week. Some 78 rigs were active offshore during the week, the firm said.", "the week", "DATE", "1987-W10", ""},
		{"the week of the day told last", "en", d, "Reserves fell last week, the bank said. On Monday a deficit showed. For the week as a whole reserves were flat.", "the week", "DATE", "1987-W11", ""},
		{"for the week", "en", d, "For the week, the index rose 3 pct.", "the week", "DATE", "1987-W11", ""},
		{"the month after a month", "en", d, "In January sales slid. Output rose 2 pct in the month.", "the month", "DATE", "1987-01", ""},
		{"the week pinned by a phrase", "en", d, "Shares rose 5 pct in the week after the vote.", "the week", "", "", ""},
		{"of the month is a name", "en", d, "She was named employee of the month.", "the month", "", "", ""},

		// A fronted "For weeks" is a length whatever follows it.
		{"fronted for weeks", "en", d, "For weeks the council has met in secret.", "weeks", "DURATION", "PXW", ""},
		{"fronted for days", "en", d, "For days the dockers went unpaid.", "days", "DURATION", "PXD", ""},
		{"title is no length", "en", d, "For Years And Years is a play.", "Years", "", "", ""},

		// The year a figure is compared with does not become the year
		// the report tells.
		{"comparison base year", "en", d, "Profit rose to 5 mln dlrs in 1986 from 4 mln dlrs in 1985. For the year, sales were flat.", "the year", "DATE", "1986", ""},
		{"than in a year", "en", d, "Exports grew faster in 1986 than in 1985. During the year the yen rose.", "the year", "DATE", "1986", ""},
		{"a year that is no base moves the story", "en", d, "The firm moved from Paris in 1985. During the year it hired 300 people.", "the year", "DATE", "1985", ""},

		// The wires' hyphenated "end-": the end of the period.
		{"end-year", "en", d, "Rates should fall to 6 pct by end-1988.", "end-1988", "DATE", "1988", "END"},
		{"end-month", "en", d, "Output rose 3 pct in the year to end-January.", "end-January", "DATE", "1987-01", "END"},
		{"end-user is no time", "en", d, "End-user demand rose in the end-user market.", "end-user", "", "", ""},

		// A fiscal year is named for the calendar year it ends in.
		{"fiscal year ending", "en", d, "It plans to spend 90 mln dlrs in fiscal 1988, ending January 31, on new wells.", "January 31", "DATE", "1988-01-31", ""},
		{"fiscal year ended", "en", d, "Sales in fiscal 1986 ended Sept. 30 rose 4 pct.", "Sept. 30", "DATE", "1986-09-30", ""},
		{"day after a plain year", "en", d, "Sales rose in 1985, ending a slump. The books closed January 31.", "January 31", "DATE", "1987-01-31", ""},

		// A quarter that heads figures is over: "3RD QTR NET" in March
		// is last year's third quarter.
		{"headline quarter net", "en", d, "ACME SYSTEMS 3RD QTR NET\n\nDALLAS, March 11 - Shr 20 cts vs 5 cts", "3RD QTR", "DATE", "1986-Q3", ""},
		{"headline quarter with its end", "en", d, "ACME SYSTEMS 3RD QTR DEC 31 LOSS\n\nDALLAS, March 11 - Shr loss 2 cts", "3RD QTR", "DATE", "1986-Q3", ""},
		{"quarter ahead stays ahead", "en", d, "The company expects third quarter sales to rise.", "third quarter", "DATE", "1987-Q3", ""},
		// A quarter told with a relative year becomes the quarter told.
		{"the quarter after a relative-year quarter", "en", d, "The deficit widened in the fourth quarter after a third quarter deficit of 37 billion dlrs. During the final quarter last year imports rose. Imports in the quarter rose 3 pct.", "the quarter", "DATE", "1986-Q4", ""},
		// "a year ago" compares the quarter of its sentence.
		{"year ago after a current quarter", "en", d, "For the first quarter, analysts see a profit of 39 cts a share against 35 cts a year ago.", "a year ago", "DATE", "1986-Q1", ""},

		// A capitalised "Daily" after a name is a newspaper's title.
		{"newspaper title", "en", d, "The Shenzhen Economic Zone Daily said so.", "Daily", "", "", ""},
		{"daily stays a set", "en", d, "The ferry sails daily.", "daily", "SET", "P1D", ""},
		// Seasons of crops.
		{"winter potatoes are a crop", "en", d, "The yield of winter potatoes fell.", "winter", "", "", ""},
		{"season slash season crop", "en", d, "USDA WINTER/SPRING POTATO ESTIMATES", "WINTER", "", "", ""},

		// A full line that ends in a word wraps its sentence even before
		// a capital: the tense comes from the line before.
		{"wrapped before a capital", "en", d, "Money will be further drained from the market by the weekly\nTreasury Bill tender tomorrow and Friday's rise in reserves.", "Friday", "DATE", "1987-03-13", ""},
		{"headline line is no wrap", "en", d, "BANK RAISES RATES\nThe bank raised its rates on Friday.", "Friday", "DATE", "1987-03-06", ""},
		{"comparison base with a decimal figure", "en", d, "Net fell in 1986. The loss widened to 33.5 mln dlrs from 8.7 mln dlrs loss in 1985. Exports during the year rose.", "the year", "DATE", "1986", ""},
	}
	runFormCases(t, tests)
}
