package timex

import "testing"

// TestTransfer24YearOfQuarter: "the year" told right after "the quarter" in
// a sentence of business figures ("eight cts in the quarter and 1.82 dlrs
// for the year") is the year of the quarter reported, though no verb tells
// the past; a quarter of the year of writing changes nothing.
func TestTransfer24YearOfQuarter(t *testing.T) {
	const b = "2025-03-11"
	runFormCases(t, []formCase{
		{"year after the quarter", "en", b, "Earnings exclude a charge of 12 cts a share in the quarter and 40 cts a share for the year.", "the year", "DATE", "2024", ""},
		{"year after the quarter with a dateline", "en", b, "BOSTON, March 11 - Results exclude a gain of 3 cts in the quarter, and a gain of 9 cts in the year from sold units.", "the year", "DATE", "2024", ""},
		{"year of writing after a quarter of it", "en", "2025-08-11", "The charge was 12 cts in the second quarter and will be 40 cts for the year.", "the year", "DATE", "2025", ""},
		{"year without a quarter", "en", b, "Analysts expect 40 cts a share for the year.", "the year", "DATE", "2025", ""},
	})
}

// TestTransfer24YearEarlierNoun: "the year earlier month" and "the year ago
// quarter", written without the hyphen, are the period a year back, as
// "the year-earlier month" is; "the year" alone is not the expression.
func TestTransfer24YearEarlierNoun(t *testing.T) {
	const b = "2025-03-05"
	runFormCases(t, []formCase{
		{"year earlier month", "en", b, "February sales rose 7 pct from 105 mln dlrs in the year earlier month.", "year earlier", "DATE", "2024", ""},
		{"year earlier months", "en", b, "Sales rose 21 pct from 8.2 mln dlrs in the year earlier months.", "year earlier", "DATE", "2024", ""},
		{"not the year", "en", b, "February sales rose 7 pct from 105 mln dlrs in the year earlier month.", "the year", "", "", ""},
		{"hyphen as before", "en", b, "February sales rose 7 pct from 105 mln dlrs in the year-earlier month.", "year-earlier", "DATE", "2024", ""},
	})
}

// TestTransfer24BroughtForward: a day brought forward ("brought forward to
// Friday", "accelerated to noon on Friday") lies ahead as one put off does,
// and a day after a clock time put off to ("until 10 a.m. on Monday")
// takes the direction of the clock time's "until"/"to".
func TestTransfer24BroughtForward(t *testing.T) {
	const b = "2025-03-12" // a Wednesday
	runFormCases(t, []formCase{
		{"brought forward", "en", b, "The vote has been brought forward to Friday.", "Friday", "DATE", "2025-03-14", ""},
		{"moved up", "en", b, "The board meeting was moved up to Monday.", "Monday", "DATE", "2025-03-17", ""},
		{"accelerated to a clock time on a day", "en", b, "The closing of the offering has been accelerated to noon on Friday.", "Friday", "DATE", "2025-03-14", ""},
		{"until a clock time on a day", "en", b, "The offer was extended until 10 a.m. on Monday.", "Monday", "DATE", "2025-03-17", ""},
		{"a day after a clock time in the past", "en", b, "The ship docked at 10 a.m. on Monday.", "Monday", "DATE", "2025-03-10", ""},
	})
}
