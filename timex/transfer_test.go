package timex

import "testing"

// TestTransferEN holds English news sentences written for this test, one
// or more for each kind of error that showed in both TempEval-3 (TBAQ) and
// MEANTIME development data, or in general news read by hand (Reuters
// 1996 world news), rather than in one corpus only.
func TestTransferEN(t *testing.T) {
	const (
		a = "2013-03-20" // a Wednesday
		b = "1996-08-29" // a Thursday
	)
	runFormCases(t, []formCase{
		// "recent units" is a stretch of unknown length up to now, as
		// "the past few years" is; "recently" alone is the vague past.
		{"recent years", "en", a, "Car sales in the region have doubled in recent years.", "recent years", "DURATION", "PXY", ""},
		{"recent days", "en", a, "In recent days, rebels have shelled the airport.", "recent days", "DURATION", "PXD", ""},
		{"the recent months", "en", a, "Prices climbed during the recent months of drought.", "the recent months", "DURATION", "PXM", ""},
		{"recently stays vague", "en", a, "The bank recently opened a branch in Lagos.", "recently", "DATE", "PAST_REF", ""},
		// A period a year back with no quarter told is that year, not a
		// quarter made up from the date of writing.
		{"same period last year without a quarter", "en", b, "Exports in the first seven months were 12 percent lower than in the same period last year.", "the same period last year", "DATE", "1995", ""},
		{"year-earlier period without a quarter", "en", b, "Imports since January rose from the year-earlier period.", "the year-earlier period", "DATE", "1995", ""},
		{"same period after a quarter stays", "en", b, "Second-quarter profit rose 8 percent from the same period last year.", "the same period last year", "DATE", "1995-Q2", ""},
		// A newspaper named with a possessive is no recurrence.
		{"daily after a possessive", "en", a, "The People's Daily said the talks had failed.", "Daily", "", "", ""},
		{"daily as an adverb stays", "en", a, "Ferries run daily between the islands.", "daily", "SET", "P1D", ""},
	})
}
