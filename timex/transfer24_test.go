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
		{"the year earlier closing", "en", "2025-03-02", "The company lost money in the year ended December 31, against a profit of 64 mln dlrs in the year earlier.", "the year earlier", "DATE", "2023", ""},
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
		{"extended to", "en", b, "The tender offer was extended to Friday.", "Friday", "DATE", "2025-03-14", ""},
		{"accelerated to a clock time on a day", "en", b, "The closing of the offering has been accelerated to noon on Friday.", "Friday", "DATE", "2025-03-14", ""},
		{"until a clock time on a day", "en", b, "The offer was extended until 10 a.m. on Monday.", "Monday", "DATE", "2025-03-17", ""},
		{"a day after a clock time in the past", "en", b, "The ship docked at 10 a.m. on Monday.", "Monday", "DATE", "2025-03-10", ""},
	})
}

// TestTransfer24SinceMonth: a month after "since" opens a period that runs
// to the time of writing, so one later in the year than that is last
// year's; "since" opening a clause ("since Easter falls late") is
// "because" and leaves the time as it is, without ON_OR_AFTER.
func TestTransfer24SinceMonth(t *testing.T) {
	const b = "2025-03-05"
	runFormCases(t, []formCase{
		{"since a later month", "en", b, "The party has not led in the polls since April.", "April", "DATE", "2024-04", "ON_OR_AFTER"},
		{"since a later month before as", "en", b, "Prices have risen since May as demand grew.", "May", "DATE", "2024-05", "ON_OR_AFTER"},
		{"since an earlier month", "en", b, "Rates have held steady since January.", "January", "DATE", "2025-01", "ON_OR_AFTER"},
		{"a noun's since before its verb", "en", b, "Fifty rounds of talks since December failed.", "December", "DATE", "2024-12", "ON_OR_AFTER"},
		{"since as because", "en", b, "March sales may slow, since Easter falls late in April this year.", "Easter", "DATE", "2025-04-20", ""},
	})
}

// TestTransfer24WhenClause: a clause opened by "when" right after the time
// ("a far cry from late September, when the agency cut its rating") tells
// what happened then: its past verb places the time, though the verb
// before it is in the present.
func TestTransfer24WhenClause(t *testing.T) {
	const b = "2025-03-09"
	runFormCases(t, []formCase{
		{"when clause in the past", "en", b, "That is a far cry from late September, when the agency cut its rating.", "late September", "DATE", "2024-09", "END"},
		{"when clause ahead", "en", b, "All eyes are on September, when the board will decide.", "September", "DATE", "2025-09", ""},
		{"no when clause", "en", b, "The season opens in September.", "September", "DATE", "2025-09", ""},
	})
}

// TestTransfer24SplitYearRange: a range of months across the turn of a year
// next to the split year it spans is in those two years: "the
// April/February period of 2024/25" runs from April 2024 to February 2025,
// told in any month.
func TestTransfer24SplitYearRange(t *testing.T) {
	const b = "2025-03-05"
	runFormCases(t, []formCase{
		{"first month of the range after", "en", b, "The load factor was 66 pct in the April/February period of 2024/25.", "April", "DATE", "2024-04", ""},
		{"second month of the range after", "en", b, "The load factor was 66 pct in the April/February period of 2024/25.", "February", "DATE", "2025-02", ""},
		{"range of an older split year", "en", b, "Exports reached 2 mln tonnes in the July/February period in 2023/24.", "July", "DATE", "2023-07", ""},
		{"split year before the range", "en", b, "Output will rise 20 pct in the current 2024/25 October-September season.", "October", "DATE", "2024-10", ""},
		{"second month after the split year", "en", b, "Output will rise 20 pct in the current 2024/25 October-September season.", "September", "DATE", "2025-09", ""},
		{"no split year", "en", b, "Sugar was sold for April/May shipment.", "April", "DATE", "2025-04", ""},
	})
}

// TestTransfer24FigureShipments: a month before "shipments" or "deliveries"
// that are the subject of a finite verb ("said February shipments were
// 677 mln dlrs") names the figures of a month gone by, not a delivery
// position traded ahead.
func TestTransfer24FigureShipments(t *testing.T) {
	const b = "2025-03-06"
	runFormCases(t, []formCase{
		{"shipments were", "en", b, "The association said February shipments were 677.8 mln dlrs.", "February", "DATE", "2025-02", ""},
		{"deliveries rose", "en", b, "January deliveries rose 4 pct, the maker said.", "January", "DATE", "2025-01", ""},
		{"a delivery position", "en", b, "Traders sold two cargoes for January shipment.", "January", "DATE", "2026-01", ""},
	})
}

// TestTransfer24OverPeriod: English "over" before a length is "more than"
// after "for", "in", a verb of lasting or "just"/"little", or before "ago";
// elsewhere it is the preposition of a period something is spread over
// ("cut output 9 pct over two years"), outside the expression and with no
// mod, as TimeBank writes "over three years".
func TestTransfer24OverPeriod(t *testing.T) {
	const b = "2025-03-05"
	runFormCases(t, []formCase{
		{"spread over", "en", b, "The plan cuts dairy output by 9 pct over two years.", "two years", "DURATION", "P2Y", ""},
		{"repaid over", "en", b, "The debt will be repaid over 14 years.", "14 years", "DURATION", "P14Y", ""},
		{"for over", "en", b, "He has worked there for over 20 years.", "over 20 years", "DURATION", "P20Y", "MORE_THAN"},
		{"lasted over", "en", b, "The strike has lasted over a week.", "over a week", "DURATION", "P1W", "MORE_THAN"},
		{"little over", "en", b, "The ferry sank in little over a minute.", "over a minute", "DURATION", "PT1M", "MORE_THAN"},
		{"over ago", "en", b, "The plant closed over two years ago.", "over two years ago", "DATE", "2023", "BEFORE"},
	})
}

// TestTransfer24SamePeriodOfYear: "the same period in 1985" is one
// expression, that year's period, not the reporting quarter and a year
// beside it; a quarter ("the corresponding quarter of 1985") is the
// reporting quarter of that year.
func TestTransfer24SamePeriodOfYear(t *testing.T) {
	const b = "2025-03-09"
	runFormCases(t, []formCase{
		{"same period in a year", "en", b, "Return on assets fell to 0.68 pct from 0.77 pct in the same period in 2023.", "the same period in 2023", "DATE", "2023", ""},
		{"same period of a year", "en", b, "Traffic fell from the 751 mln miles reported for the same period of 2024.", "the same period of 2024", "DATE", "2024", ""},
		{"corresponding quarter of a year", "en", b, "For the fourth quarter, profit rose from the corresponding quarter of 2023.", "the corresponding quarter of 2023", "DATE", "2023-Q4", ""},
		{"split year stays apart", "en", b, "Traffic rose 9 pct from the same period in 2023/24.", "2023", "DATE", "2023", ""},
	})
}

// TestTransfer24PeriodEnd: a day without a year that ends a quarter or year
// the text names with its year ("last year's first quarter ended May
// Three", "fiscal 2024/25 ending June 30") lies within six months of that
// period; a quarter placed only by the time of writing leaves the day to
// its own reading.
func TestTransfer24PeriodEnd(t *testing.T) {
	const b = "2025-03-09"
	runFormCases(t, []formCase{
		{"last year's quarter", "en", b, "In last year's first quarter ended May 3, the chain earned 934,000 dlrs.", "May 3", "DATE", "2024-05-03", ""},
		{"a quarter of a named year", "en", b, "In the first quarter of 2023 ended May 3, the chain earned 934,000 dlrs.", "May 3", "DATE", "2023-05-03", ""},
		{"a quarter of the time of writing", "en", b, "For the second quarter ended January 31, the company earned 12.6 mln dlrs.", "January 31", "DATE", "2025-01-31", ""},
	})
}

// TestTransfer24PartOfToldDay: "in the morning", "during the afternoon",
// "through the evening" after a day told are that day's part of day, a
// TIME; a part of day naming a session ("during the afternoon session") or
// one of a given day ("the evening of March 6") is not read so.
func TestTransfer24PartOfToldDay(t *testing.T) {
	const b = "2025-10-27" // a Monday
	runFormCases(t, []formCase{
		{"in the morning after a day", "en", b, "Prices fell on Friday. Dealers placed heavy buy orders in the morning.", "the morning", "TIME", "2025-10-24TMO", ""},
		{"during the afternoon", "en", b, "The central bank bought bills during the afternoon.", "the afternoon", "TIME", "2025-10-27TAF", ""},
		{"a session", "en", b, "The bank gave help during the afternoon session.", "afternoon", "", "", ""},
		{"the evening of a day", "en", b, "Talks broke down on the evening of October 6.", "the evening of October 6", "DATE", "2025-10-06TEV", ""},
	})
}

// TestTransfer24MonthYearsAgo: a month told right before years counted back
// ("684 mln in February a year ago") is that month of the year counted
// to, not this year's; an adjective of length after "in" ("leased in
// five-year transaction") is a length, not a time ahead.
func TestTransfer24MonthYearsAgo(t *testing.T) {
	const b = "2025-03-06"
	runFormCases(t, []formCase{
		{"month a year ago", "en", b, "Orders were 699 mln, against 780 mln in January and 684 mln in February a year ago.", "February", "DATE", "2024-02", ""},
		{"month two years ago", "en", b, "The plant closed in June two years ago.", "June", "DATE", "2023-06", ""},
		{"month alone", "en", b, "Orders were 780 mln in January.", "January", "DATE", "2025-01", ""},
		{"in an adjective of length", "en", b, "The jet will be leased to the airline in five-year, 26-mln-dlr transaction.", "five-year", "DURATION", "P5Y", ""},
		{"in a length ahead", "en", b, "The plant will open in five years.", "five years", "DATE", "2030", ""},
	})
}

// TestTransfer24YearEndPast: "the end (middle) of the year" told in the
// past before that point of the year, or right after a quarter of last
// year ("from the third quarter to the end of the year"), is last year's;
// a deadline ("by the end of the year") and a plan stay this year's.
func TestTransfer24YearEndPast(t *testing.T) {
	runFormCases(t, []formCase{
		{"end of the year in the past", "en", "2025-02-10", "At the end of the year, the bank had 4 billion dlrs in deposits.", "the end of the year", "DATE", "2024", "END"},
		{"after last year's quarter", "en", "2025-03-05", "Debt was reduced by 1.5 billion dlrs from the third quarter to the end of the year.", "the end of the year", "DATE", "2024", "END"},
		{"middle of the year in the past", "en", "2025-05-10", "In the middle of the year, output had slowed.", "the middle of the year", "DATE", "2024", "MID"},
		{"middle of the year gone by", "en", "2025-09-10", "In the middle of the year, output had slowed.", "the middle of the year", "DATE", "2025", "MID"},
		{"a deadline", "en", "2025-02-10", "The plan was to finish by the end of the year.", "the end of the year", "DATE", "2025", "END"},
		{"ahead", "en", "2025-02-10", "Deposits will reach 5 billion dlrs at the end of the year.", "the end of the year", "DATE", "2025", "END"},
	})
}

// TestTransfer24WrapAfterApostrophe: a hard line break of wire copy after the
// apostrophe of a plural possessive ("shareholders'\nmeeting") wraps the
// sentence; the verb before it still governs the day after it.
func TestTransfer24WrapAfterApostrophe(t *testing.T) {
	const b = "2025-03-07" // a Friday
	runFormCases(t, []formCase{
		{"possessive at a line end", "en", b, "The bank lent the group 65 mln crowns.\n    The group is due to hold an extraordinary shareholders'\nmeeting on Tuesday to approve the issue.", "Tuesday", "DATE", "2025-03-11", ""},
		{"a full stop at a line end", "en", b, "The group will meet soon.\nDelegates met on Tuesday.", "Tuesday", "DATE", "2025-03-04", ""},
	})
}

// TestTransfer24ThePastWeek: "the past week", "the last week" are the seven
// days up to the time of writing: from Thursday on most of them lie in its
// own week, before that in the week before; "last week" is the week
// before.
func TestTransfer24ThePastWeek(t *testing.T) {
	runFormCases(t, []formCase{
		{"the last week on a Friday", "en", "2025-04-11", "She has been in Washington for the last week.", "the last week", "DATE", "2025-W15", ""},
		{"the past week on a Tuesday", "en", "2025-04-08", "Prices rose over the past week.", "the past week", "DATE", "2025-W14", ""},
		{"last week on a Friday", "en", "2025-04-11", "She was in Washington last week.", "last week", "DATE", "2025-W14", ""},
	})
}

// TestTransfer24SeasonCrops: a season coordinated with another before a
// crop ("winter and spring wheat") names kinds of crop, as "winter wheat"
// does.
func TestTransfer24SeasonCrops(t *testing.T) {
	const b = "2025-03-05"
	runFormCases(t, []formCase{
		{"coordinated crops", "en", b, "The bill covers producers of 2025 crop winter and spring wheat.", "winter", "", "", ""},
		{"a crop alone", "en", b, "Winter wheat plantings fell.", "Winter", "", "", ""},
		{"a season", "en", b, "Crops emerged well from winter and spring rains helped.", "winter", "DATE", "2025-WI", ""},
	})
}
