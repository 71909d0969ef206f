package timex

import "testing"

// TestTransfer17EN holds English news sentences written for this test from
// kinds of error seen in Reuters 1996 world and market news (CoNLL-2003
// testa read by hand), which TempEval-3 and MEANTIME have few of.
func TestTransfer17EN(t *testing.T) {
	const (
		b = "1996-08-29" // a Thursday
		c = "1991-02-25" // a Monday
	)
	runFormCases(t, []formCase{
		// A date that is the object of a verb of choosing is the date
		// chosen, ahead whatever the tense of the choosing.
		{"set a date as", "en", b, "The assembly set November 17 as the date for the referendum.", "November 17", "DATE", "1996-11-17", ""},
		{"fixed a date for", "en", b, "The tribunal fixed February 4 for the retrial.", "February 4", "DATE", "1997-02-04", ""},
		{"named a date as", "en", b, "The ruling party named January 12 as polling day.", "January 12", "DATE", "1997-01-12", ""},
		{"a chosen weekday is the nearest", "en", c, "Days ago the general picked Saturday night as the time to attack.", "Saturday night", "DATE", "1991-02-23TNI", ""},
		{"a date after set with no as stays past", "en", b, "The runner set a record on July 9 in Oslo.", "July 9", "DATE", "1996-07-09", ""},
		// Fractions joined to the whole number by a hyphen, as wire copy
		// writes them.
		{"the next n-1/2 years", "en", b, "Output should grow by a third over the next 3-1/2 years.", "the next 3-1/2 years", "DURATION", "P3Y6M", ""},
		{"the past n-1/2 months", "en", b, "The peso has lost ground over the past 2-1/2 months.", "the past 2-1/2 months", "DURATION", "P2M15D", ""},
		{"a hyphen fraction of hours", "en", b, "The talks lasted 4-1/2 hours.", "4-1/2 hours", "DURATION", "PT4H30M", ""},
		{"a price is no duration", "en", b, "Shares closed up 1-1/2 at 30-5/8.", "1-1/2", "", "", ""},
		// A month before what is traded is a delivery month: this month
		// or ahead, whatever the tense of the trading.
		{"delivery month after the", "en", b, "Traders sold the May contract heavily.", "May", "DATE", "1997-05", ""},
		{"delivery month before T-bonds", "en", b, "March T-bonds ended 10/32 lower.", "March", "DATE", "1997-03", ""},
		{"delivery month before a commodity", "en", b, "October cotton closed 0.4 cent higher.", "October", "DATE", "1996-10", ""},
		{"delivery month before a capitalised market noun", "en", b, "Prices fell and March Eurodollars were off 13 bps.", "March", "DATE", "1997-03", ""},
		{"a month before a capitalised name stays a name", "en", b, "Officials said June Carter would sing.", "June", "", "", ""},
		{"a month with a two-digit year", "en", b, "A fund bought 20,000 December 98 put options.", "December 98", "DATE", "1998-12", ""},
		{"months with two-digit years in a table", "en", b, "Bank assets\nJuly 96 June 96 July 95", "July 95", "DATE", "1995-07", ""},
		{"a count after a month is no year", "en", b, "In March 97 percent of voters agreed.", "March 97", "", "", ""},
		{"abbreviated delivery month", "en", b, "Dec cocoa settled 12 pounds lower.", "Dec", "DATE", "1996-12", ""},
		{"delivery month before futures after in", "en", b, "Funds were buying in April futures.", "April", "DATE", "1997-04", ""},
		{"the current delivery month", "en", b, "August gasoline expired on Wednesday.", "August", "DATE", "1996-08", ""},
		{"a month of trading before a commodity", "en", b, "In May gold rose to a two-year high.", "May", "DATE", "1996-05", ""},
		{"a name before a verb is no month", "en", b, "Theresa May notes that the plan failed.", "May", "", "", ""},
		// Results lists give times of a race with hundredths, not clock
		// times.
		{"race time with hundredths", "en", b, "2. Bob Kennedy (U.S.) 13:06.12", "13:06", "", "", ""},
		{"clock time at the end of a sentence stays", "en", b, "The plane landed at 10:45. 40 people were on board.", "10:45", "TIME", "1996-08-29T10:45", ""},
		{"time behind the winner closing a results line", "en", b, "Stage results:\n9. Erik Sorensen (Denmark) Rabobank 1:34\n10. Kessler 1:45", "1:34", "", "", ""},
		{"a clock closing a line after a weekday stays", "en", b, "Kickoff is on Sunday 10:30\nTickets are sold out.", "10:30", "TIME", "1996-09-01T10:30", ""},
		{"a clock closing a line after at stays", "en", b, "The plane landed at 10:45\nNo one was hurt.", "10:45", "TIME", "1996-08-29T10:45", ""},
		// Hours, minutes and seconds side by side are one length.
		{"hours and minutes side by side", "en", b, "She won after a three hour 12 minute final.", "three hour 12 minute", "DURATION", "PT3H12M", ""},
		{"minutes and seconds with hundredths", "en", b, "1. Ana Silva (Brazil) two minutes 3.41 seconds", "two minutes 3.41 seconds", "DURATION", "PT2M3.41S", ""},
		{"a count after hours is no length", "en", b, "Within 24 hours 30 people were arrested.", "24 hours", "DURATION", "PT24H", ""},
		// "A second" before a hyphen is the ordinal of a compound.
		{"a second-round pick", "en", b, "A second-round pick in 1990, he retired on Tuesday.", "A second", "", "", ""},
		// "ahead of" puts the time after what is told.
		{"ahead of a weekday", "en", "1996-08-30", "Dealers squared positions ahead of Monday's holiday.", "Monday", "DATE", "1996-09-02", ""},
		{"ahead of the day itself", "en", b, "Bonds firmed on Wednesday ahead of Thursday's auction.", "Thursday", "DATE", "1996-08-29", ""},
		{"British spelling of Labor Day", "en", b, "Markets will be closed on Monday for Labour Day.", "Labour Day", "DATE", "1996-09-02", ""},
		{"a generic election day", "en", b, "Election day in Ruritania is October 20.", "Election day", "", "", ""},
		{"the U.S. Election Day stays", "en", b, "Polls open at 7 a.m. on Election Day.", "Election Day", "DATE", "1996-11-05", ""},
		// The last group of a telephone number is no year.
		{"telephone number", "en", b, "-- Oslo newsroom, +47 22 935 1066", "1066", "", "", ""},
		{"a year after a day stays", "en", b, "The deal was signed on May 12 1994.", "May 12 1994", "DATE", "1994-05-12", ""},
		// A capitalised word after "the" ends a name, not a verb that
		// looks ahead ("open").
		{"the Open is no verb", "en", b, "Her best result was a tie at the Canadian Open in February.", "February", "DATE", "1996-02", ""},
		// A day a schedule names in the present lies ahead even a month
		// or two back.
		{"a day after are", "en", b, "The quarter-finals are July 12-13.", "July 12", "DATE", "1997-07-12", ""},
		{"a day after is on", "en", b, "The final is on July 2.", "July 2", "DATE", "1997-07-02", ""},
		{"a day in a past sentence stays", "en", b, "The final was on July 2.", "July 2", "DATE", "1996-07-02", ""},
		// The end of a fiscal period ahead.
		{"a fiscal year ending ahead", "en", b, "The group expects sales to grow in the fiscal year ending June 30.", "June 30", "DATE", "1997-06-30", ""},
		{"a fiscal year ended stays past", "en", b, "The group earned $4 million in the fiscal year ended June 30.", "June 30", "DATE", "1996-06-30", ""},
		{"the fiscal year is a length", "en", b, "The group earned $4 million in the fiscal year ended June 30.", "the fiscal year", "DURATION", "P1Y", ""},
		{"fiscal and a year", "en", b, "Profit in fiscal 1997 will rise.", "fiscal 1997", "DATE", "1997", ""},
		// Lines of a schedule that begin with a day take the year of the
		// line before, the first one the year the text gave that day.
		{"first schedule line", "en", b, "The squad tours Kenya from April 2 next year.\nApril 2 Arrive in Nairobi\nApril 5 v Kenya XI", "April 2", "DATE", "1997-04-02", ""},
		{"next schedule line", "en", b, "The squad tours Kenya from April 2 next year.\nApril 2 Arrive in Nairobi\nApril 5 v Kenya XI", "April 5", "DATE", "1997-04-05", ""},
		{"schedule into the next year", "en", b, "Fixtures for the winter:\nDecember 28 Arrive in Perth\nJanuary 3 v Western Australia", "January 3", "DATE", "1997-01-03", ""},
		{"a line with a past verb is no schedule", "en", b, "The squad toured Kenya from April 2 next year.\nApril 2 was a washout.", "April 2", "DATE", "1996-04-02", ""},
	})
}
