package timex

import "testing"

// TestTransfer25WireClock: a four-digit 24-hour time with the words of a
// clock after it ("hrs EST", "local time", "local Chicago time", "hours"
// after "at") is a TIME, not a year, and so is the first end of a range
// whose other end is one ("from 1700 to 1900 local time"); a zone after
// "hrs" is part of the expression, which then joins the day named right
// after it ("at 0800 hrs EST tomorrow").
func TestTransfer25WireClock(t *testing.T) {
	const b = "2025-03-11"
	runFormCases(t, []formCase{
		{"range start", "en", b, "The pit will trade from 1700 to 1900 local time.", "1700", "TIME", "2025-03-11T17:00", ""},
		{"range end local city time", "en", b, "Dealers may quote from 1700 to 1900 local Tokyo time.", "1900 local Tokyo time", "TIME", "2025-03-11T19:00", ""},
		{"between GMT", "en", b, "Bids are taken between 0800 and 1000 GMT.", "0800", "TIME", "2025-03-11T08:00Z", ""},
		{"hours after at", "en", b, "The strike began at 1345 hours, police said.", "1345 hours", "TIME", "2025-03-11T13:45", ""},
		{"hours as a length", "en", b, "The crew logged 1500 hours of flight.", "1500 hours", "DURATION", "PT1500H", ""},
		{"hrs and zone", "en", b, "Sales will start at 0800 hrs EST tomorrow, the agency said.", "0800 hrs EST", "TIME", "2025-03-12T08:00", ""},
		{"hrs zone and date", "en", b, "Tenders are due at 1200 hrs EST, March 20.", "1200 hrs EST, March 20", "TIME", "2025-03-20T12:00", ""},
		{"a year before local", "en", b, "Output fell in 1998 local currency terms.", "1998", "DATE", "1998", ""},
	})
}
