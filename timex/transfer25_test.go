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

// TestTransfer25Fraction: a quarter that measures something ("a quarter
// ounce", "a quarter point") or is the subject of a plural verb ("about
// one quarter were exporters") is a share, not three months; "in one
// quarter" stays a length.
func TestTransfer25Fraction(t *testing.T) {
	const b = "2025-03-11"
	runFormCases(t, []formCase{
		{"quarter ounce", "en", b, "The coin holds a quarter ounce of gold.", "a quarter", "", "", ""},
		{"quarter point", "en", b, "The bank trimmed its rate by a quarter point.", "a quarter", "", "", ""},
		{"one quarter were", "en", b, "Of the 40 debtors, about one quarter were in Asia.", "about one quarter", "", "", ""},
		{"a length", "en", b, "Profit rose in one quarter and fell in the next.", "one quarter", "DURATION", "P1Q", ""},
	})
}

// TestTransfer25PaperName: "daily" after a paper's capitalised name and
// before a reporting verb ("the paper Le Matin daily said") is the
// newspaper; "the White House daily briefing" is still every day.
func TestTransfer25PaperName(t *testing.T) {
	const b = "2025-03-11"
	runFormCases(t, []formCase{
		{"name daily said", "en", b, "The Paris paper Le Matin daily said the talks failed.", "daily", "", "", ""},
		{"name daily reported", "en", b, "The Oslo Aftenposten daily reported the sale on Monday.", "daily", "", "", ""},
		{"daily briefing", "en", b, "The White House daily briefing was cancelled.", "daily", "SET", "P1D", ""},
	})
}

// TestTransfer25WireNotes: the notes of wire copy drop articles: "versus
// 290,000 week ago" is a week back as "a week ago" is, and "400,000 dlrs in
// quarter and 2.1 mln dlrs in year" are the report quarter and year, of the
// year the note opens with ("2023 net includes …"), or the year-ago quarter
// in a note about the year before.
func TestTransfer25WireNotes(t *testing.T) {
	const b = "2025-03-11"
	runFormCases(t, []formCase{
		{"week ago after a figure", "en", b, "Slaughter was 300,000 head versus 290,000 week ago.", "week ago", "DATE", "2025-W10", ""},
		{"year ago after from", "en", b, "Stocks were up from year ago.", "year ago", "DATE", "2024", ""},
		{"in quarter", "en", b, "Net includes tax credits of 400,000 dlrs in quarter and 2.1 mln dlrs in year.", "quarter", "DATE", "2024-Q4", ""},
		{"in year after quarter", "en", b, "Net includes tax credits of 400,000 dlrs in quarter and 2.1 mln dlrs in year.", "year", "DATE", "2024", ""},
		{"in qtr of the note's year", "en", b, "Net 5.1 mln vs 4.2 mln. 2023 net includes gains of 90,000 dlrs in qtr and 12,000 dlrs in year.", "qtr", "DATE", "2023-Q4", ""},
		{"in qtr of a year-ago note", "en", b, "Net 5.1 mln vs 4.2 mln. Year-ago excludes losses of 70,000 dlrs in qtr.", "qtr", "DATE", "2023-Q4", ""},
		{"in year first in the first quarter", "en", b, "Net 5.1 mln vs 4.2 mln. NOTE: Includes gains of 13.2 mln vs 4.8 mln in year and 9.0 mln vs 1.6 mln in quarter.", "year", "DATE", "2024", ""},
		{"not year two", "en", b, "Shares rose in year two of the plan.", "year", "", "", ""},
	})
}

// TestTransfer25CountRangeStyle: news style spells counts below ten and
// writes the rest in digits, so "seven to 10 years" is one range at its
// lower bound, as "two to three years" is.
func TestTransfer25CountRangeStyle(t *testing.T) {
	const b = "2025-03-11"
	runFormCases(t, []formCase{
		{"the next seven to 10", "en", b, "Demand will grow over the next seven to 10 years.", "the next seven to 10 years", "DURATION", "P7Y", "EQUAL_OR_MORE"},
		{"five to 12 months", "en", b, "The work takes five to 12 months.", "five to 12 months", "DURATION", "P5M", "EQUAL_OR_MORE"},
		{"words as before", "en", b, "The work takes two to three weeks.", "two to three weeks", "DURATION", "P2W", "EQUAL_OR_MORE"},
	})
}

// TestTransfer25RunIn: a run of periods ended in a period named right
// after it ("for the ninth successive month in December") is that period,
// not the period of writing.
func TestTransfer25RunIn(t *testing.T) {
	const b = "2025-02-11"
	runFormCases(t, []formCase{
		{"run in a month of last year", "en", b, "Exports rose for the ninth successive month in December.", "the ninth successive month", "DATE", "2024-12", ""},
		{"run in last month", "en", b, "Prices fell for a third straight month in January, the agency said.", "a third straight month", "DATE", "2025-01", ""},
		{"run alone", "en", b, "Prices fell for a third straight month, the agency said.", "a third straight month", "DATE", "2025-02", ""},
	})
}

// TestTransfer25ScheduleDays: a span of weekdays after a clock time, the
// days of a timetable ("9 a.m. to 5 p.m. Monday to Friday"), is a set of
// recurring days, not two dates; "9 a.m. Monday" alone is still a day.
func TestTransfer25ScheduleDays(t *testing.T) {
	const b = "2025-03-11"
	runFormCases(t, []formCase{
		{"wire clock range then days", "en", b, "The pit will trade from 1700 to 1900 local time Monday through Thursday.", "Monday", "SET", "XXXX-WXX-1", ""},
		{"second day", "en", b, "The pit will trade from 1700 to 1900 local time Monday through Thursday.", "Thursday", "SET", "XXXX-WXX-4", ""},
		{"meridiem", "en", b, "The help line is staffed from 8 a.m. to 6 p.m. Monday to Friday.", "Friday", "SET", "XXXX-WXX-5", ""},
		{"one day", "en", b, "The vote is at 9 a.m. Monday.", "9 a.m. Monday", "TIME", "2025-03-17T09:00", ""},
	})
}

// TestTransfer25ConditionalAhead: the past of a condition under "would"
// ("would close if sales did not improve over the summer") tells a time
// ahead of the report; a past conditional ("would have closed if sales
// had fallen") and a plain past stay in the past.
func TestTransfer25ConditionalAhead(t *testing.T) {
	const b = "2025-03-11"
	runFormCases(t, []formCase{
		{"would if did", "en", b, "She said the mill would shut if orders did not pick up over the summer.", "the summer", "DATE", "2025-SU", ""},
		{"would unless", "en", "2025-10-11", "He warned that the plant would close unless demand recovered in April.", "April", "DATE", "2026-04", ""},
		{"would have if had", "en", b, "She said the mill would have shut if orders had not picked up over the summer.", "the summer", "DATE", "2024-SU", ""},
		{"plain past", "en", b, "Orders did not pick up over the summer, she said.", "the summer", "DATE", "2024-SU", ""},
	})
}

// TestTransfer25AndAHalf: "the past year and a half" and the hyphenated
// "week-and-a-half" are lengths of one and a half units, as "the past two
// and a half years" is, not the last unit.
func TestTransfer25AndAHalf(t *testing.T) {
	const b = "2025-03-11"
	runFormCases(t, []formCase{
		{"the past year and a half", "en", b, "Rents climbed over the past year and a half.", "the past year and a half", "DURATION", "P1Y6M", ""},
		{"the next year-and-a-half", "en", b, "Rents will climb over the next year-and-a-half.", "the next year-and-a-half", "DURATION", "P1Y6M", ""},
		{"a month-and-a-half", "en", b, "The strike lasted a month-and-a-half.", "a month-and-a-half", "DURATION", "P1M15D", ""},
		{"the past year", "en", b, "Rents climbed over the past year.", "the past year", "DATE", "2024", ""},
	})
}
