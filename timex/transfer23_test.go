package timex

import "testing"

// TestTransfer23WeekOf: "the first/last week of" a month or year is one
// expression, the ISO-style week most of whose days lie in the month
// (the first holds its 4th, the last its 4th day from the end), not "last
// week" counted from the time of writing and a bare month.
func TestTransfer23WeekOf(t *testing.T) {
	const b = "2009-04-01" // a Wednesday
	runFormCases(t, []formCase{
		{"last week of the month before", "en", b, "Car sales recovered in the last week of March, dealers said.", "the last week of March", "DATE", "2009-W13", ""},
		{"first week of a month ahead", "en", b, "The plant will reopen in the first week of May.", "the first week of May", "DATE", "2009-W19", ""},
		{"second week with a year", "en", b, "Talks are planned for the second week of June 2010.", "the second week of June 2010", "DATE", "2010-W23", ""},
		{"final week of a year", "en", b, "Retail sales jumped in the final week of 2008.", "the final week of 2008", "DATE", "2008-W52", ""},
		{"first week of a year", "en", b, "Prices fell in the first week of 2010.", "the first week of 2010", "DATE", "2010-W01", ""},
		{"last week stays relative", "en", b, "Car sales recovered last week.", "last week", "DATE", "2009-W13", ""},
		{"last day of a month", "en", b, "The lease ran out on the last day of March.", "the last day of March", "DATE", "2009-03-31", ""},
	})
}
