package timex

import "testing"

// TestTransfer21Timetable: a deadline right after one that lies ahead is a
// later step of the same timetable, not the nearest such day back.
func TestTransfer21Timetable(t *testing.T) {
	const b = "2003-09-10"
	runFormCases(t, []formCase{
		{"the step after one ahead", "en", b, "The accord lays down a timetable with disarmament by the end of February and a vote by June 15.", "June 15", "DATE", "2004-06-15", ""},
		{"the first step is the nearest", "en", b, "The accord lays down a timetable with disarmament by the end of February and a vote by June 15.", "the end of February", "DATE", "2004-02", "END"},
		{"a deadline alone is the nearest", "en", b, "Rebels were to hand in their arms by June 15.", "June 15", "DATE", "2003-06-15", ""},
		{"after a deadline passed", "en", b, "Rebels had to disarm by August 1 and leave the capital by June 15.", "June 15", "DATE", "2003-06-15", ""},
	})
}

// TestTransfer21SmallHours: a clock time in the small hours told after an
// evening or a night is on the next day.
func TestTransfer21SmallHours(t *testing.T) {
	const b = "2003-09-10" // a Wednesday
	runFormCases(t, []formCase{
		{"after an evening", "en", b, "The ferry left port on Monday evening. It docked at 3 a.m. after a rough crossing.", "3 a.m.", "TIME", "2003-09-09T03:00", ""},
		{"after a late clock time", "en", b, "The polls closed at 10 p.m. on Monday. Counting ended at 4 a.m. with the result.", "4 a.m.", "TIME", "2003-09-09T04:00", ""},
		{"after a morning", "en", b, "The ferry left port on Monday morning. It docked at 11 a.m.", "11 a.m.", "TIME", "2003-09-08T11:00", ""},
		{"later the same evening", "en", b, "The ferry left port on Monday evening. It docked at 11 p.m.", "11 p.m.", "TIME", "2003-09-08T23:00", ""},
		{"midnight ends the day", "en", b, "The ferry left port on Monday evening and docked at midnight.", "midnight", "TIME", "2003-09-08T24:00", ""},
	})
}

// TestTransfer21Dateline: a wire dateline a day or more before the DCT is
// the day the story was written, and its weekdays and "today" count from
// it; one on the DCT's day changes nothing.
func TestTransfer21Dateline(t *testing.T) {
	const b = "2003-09-10" // a Wednesday
	const wire = "OSLO, September 8 (Xinhua) -- The minister said today that talks would go on Wednesday.\nOn Sunday the envoy arrived."
	runFormCases(t, []formCase{
		{"the dateline", "en", b, wire, "September 8", "DATE", "2003-09-08", ""},
		{"today is the dateline's day", "en", b, wire, "today", "DATE", "2003-09-08", ""},
		{"a weekday ahead of it", "en", b, wire, "Wednesday", "DATE", "2003-09-10", ""},
		{"a weekday before it", "en", b, wire, "Sunday", "DATE", "2003-09-07", ""},
		{"a dash after the dateline", "en", b, "BERGEN, Norway, Sept. 9 - The council voted today.", "today", "DATE", "2003-09-09", ""},
		{"no place in capitals", "en", b, "In Oslo, September 8 (a Monday) passed quietly. The minister spoke today.", "today", "DATE", "2003-09-10", ""},
		{"a date far from the DCT", "en", b, "OSLO, June 8 (Xinhua) -- The minister said today that talks would go on.", "today", "DATE", "2003-09-10", ""},
	})
}

// TestTransfer21NightEndingOnDay: a night named for the day it ends on
// ("in der Nacht auf Dienstag") already stands at that day, so its small
// hours do not move on; one told as the night before ("overnight", "last
// night") does.
func TestTransfer21NightEndingOnDay(t *testing.T) {
	const b = "2003-09-10" // a Wednesday
	runFormCases(t, []formCase{
		{"Nacht auf", "de", b, "In der Nacht auf Dienstag bebte die Erde. Das Beben wurde um 2.40 Uhr gemessen.", "2.40 Uhr", "TIME", "2003-09-09T02:40", ""},
		{"Montagabend", "de", b, "Am Montagabend brach das Feuer aus. Um 3 Uhr war es gelöscht.", "3 Uhr", "TIME", "2003-09-09T03:00", ""},
		{"last night", "en", b, "Rebels shelled the town last night. By 4 a.m. the guns were silent.", "4 a.m.", "TIME", "2003-09-10T04:00", ""},
	})
}

// TestTransfer21FrontedPartOfMonth: a part of a month after a preposition
// is a time adverbial, so a market noun after it is the subject of the
// clause, not the month's delivery.
func TestTransfer21FrontedPartOfMonth(t *testing.T) {
	const b = "1987-03-11"
	runFormCases(t, []formCase{
		{"by the end of a month", "en", b, "By the end of February exports had slipped well behind plan.", "the end of February", "DATE", "1987-02", "END"},
		{"a market noun after it", "en", b, "By the end of February shipments had slipped well behind plan.", "the end of February", "DATE", "1987-02", "END"},
		{"a delivery month stays", "en", b, "Dealers sold two cargoes for February shipment.", "February", "DATE", "1988-02", ""},
	})
}

// TestTransfer21DotClock: British copy writes minutes after a dot, which
// is a clock time only with a.m. or p.m.
func TestTransfer21DotClock(t *testing.T) {
	const b = "1996-08-27"
	runFormCases(t, []formCase{
		{"a.m.", "en", b, "The ferry docked at 4.30 a.m. in heavy rain.", "4.30 a.m.", "TIME", "1996-08-27T04:30", ""},
		{"pm joined", "en", b, "Trading closed at 6.45pm in Sydney.", "6.45pm", "TIME", "1996-08-27T18:45", ""},
		{"capitals", "en", b, "The report was received at 8.37 A.M. in the capital.", "8.37 A.M.", "TIME", "1996-08-27T08:37", ""},
		{"a decimal stays a number", "en", b, "Shares rose 4.30 percent in Sydney.", "4.30", "", "", ""},
	})
}

// TestTransfer21ClockBracketDay: a clock time followed by the same time in
// another zone in brackets and then "on" a day is on that day.
func TestTransfer21ClockBracketDay(t *testing.T) {
	const b = "1996-08-28" // a Wednesday
	runFormCases(t, []formCase{
		{"past the brackets", "en", b, "The fire broke out at 6.30 a.m. (2030 GMT) on Tuesday near the port.", "6.30 a.m.", "TIME", "1996-08-27T06:30", ""},
		{"a truce ahead", "en", b, "Both sides will stop firing at noon (0800 GMT) on Friday.", "noon", "TIME", "1996-08-30T12:00", ""},
		{"local time in brackets", "en", b, "The fire broke out at 6.30 a.m. (local time) on Tuesday near the port.", "6.30 a.m.", "TIME", "1996-08-27T06:30", ""},
		{"no day after the brackets", "en", b, "The fire broke out at 6.30 a.m. (2030 GMT) near the port.", "6.30 a.m.", "TIME", "1996-08-28T06:30", ""},
	})
}

// TestTransfer21PastClockAfterPlan: a clock time told in the past after a
// day ahead is on the day of writing, not on the day planned.
func TestTransfer21PastClockAfterPlan(t *testing.T) {
	const b = "1996-08-22" // a Thursday
	const text = "Both sides agreed to stop firing at noon on Friday. The deal was signed at 1500 GMT, but fighting raged on at 1600 GMT."
	runFormCases(t, []formCase{
		{"the plan", "en", b, text, "noon", "TIME", "1996-08-23T12:00", ""},
		{"told in the past", "en", b, text, "1500 GMT", "TIME", "1996-08-22T15:00Z", ""},
		{"still in the past", "en", b, text, "1600 GMT", "TIME", "1996-08-22T16:00Z", ""},
		{"a clock ahead stays on the day planned", "en", b, "Both sides agreed to stop firing on Friday. Troops will pull back at 1500 GMT.", "1500 GMT", "TIME", "1996-08-23T15:00Z", ""},
	})
}

// TestTransfer21LowerCaseDayWords: 1980s wire copy writes days in
// lower-case words ("payable April one to holders"); a cardinal is the day
// when it ends its phrase, not when it counts a noun or follows "in".
func TestTransfer21LowerCaseDayWords(t *testing.T) {
	const b = "1987-03-05"
	runFormCases(t, []formCase{
		{"before to", "en", b, "The dividend is payable April one to holders of record March 16.", "April one", "DATE", "1987-04-01", ""},
		{"before a comma", "en", b, "A similar split was paid December eight, leaving more shares out.", "December eight", "DATE", "1986-12-08", ""},
		{"closing the sentence", "en", b, "The strike began at 0600 EDT March two.", "0600 EDT March two", "TIME", "1987-03-02T06:00", ""},
		{"with a year", "en", b, "The notes are due February one, 1996, the company said.", "February one, 1996", "DATE", "1996-02-01", ""},
		{"counting a noun", "en", "1987-08-05", "By May two companies had left the market.", "May", "DATE", "1987-05", ""},
		{"after in", "en", b, "Output fell in March two pct from a year earlier.", "March", "DATE", "1987-03", ""},
		{"one of", "en", "1987-08-05", "Since May one of the plants has been idle.", "May", "DATE", "1987-05", "ON_OR_AFTER"},
	})
}

// TestTransfer21Payable: the dates of a dividend are set when it is
// declared, so a past verb of declaring does not send them back a year.
func TestTransfer21Payable(t *testing.T) {
	const b = "1987-02-26"
	runFormCases(t, []formCase{
		{"payable", "en", b, "The company declared a dividend payable May 1 to holders of record April 10.", "May 1", "DATE", "1987-05-01", ""},
		{"of record", "en", b, "The company declared a dividend payable June 1 to holders of record May 8.", "May 8", "DATE", "1987-05-08", ""},
		{"paid before the report", "en", b, "The company declared a dividend payable February 10, which it paid on time.", "February 10", "DATE", "1987-02-10", ""},
	})
}

// TestTransfer21WeekAfterWeek: "the previous week" and "the following
// week" right after a week told count from that week, unless it is a
// forecast ahead of the DCT.
func TestTransfer21WeekAfterWeek(t *testing.T) {
	const b = "1987-03-03" // a Tuesday of 1987-W10
	runFormCases(t, []formCase{
		{"after last weekend", "en", b, "Ministers met last weekend and at a summit the previous week.", "the previous week", "DATE", "1987-W08", ""},
		{"after a week of a day", "en", b, "Talks were held in the week of February 10. The following week they resumed.", "The following week", "DATE", "1987-W08", ""},
		{"after a forecast", "en", "1996-08-30", "Traders said next week would be no better. The market was a copy of the previous week's.", "the previous week", "DATE", "1996-W34", ""},
		{"the next week from now", "en", b, "Sales rose last week and the next week will be crucial.", "the next week", "DATE", "1987-W11", ""},
	})
}

// TestTransfer21CityTime: a four-digit wire time before "<City> time" is a
// clock time, as one before "local time" is.
func TestTransfer21CityTime(t *testing.T) {
	const b = "1987-03-02"
	runFormCases(t, []formCase{
		{"London time", "en", b, "Orders must be in by 1000 London time on the day.", "1000 London time", "TIME", "1987-03-02T10:00", ""},
		{"a year before a name", "en", b, "The war ended in 1945 and Berlin time stood still.", "1945", "DATE", "1945", ""},
	})
}
