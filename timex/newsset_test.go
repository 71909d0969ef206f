package timex

import "testing"

// TestNewsSetEN is a set of English news sentences written for this test,
// each with the TimeML value the guidelines give it against its DCT. It
// spans DATE, TIME, DURATION and SET, past and future, deictic and
// anaphoric anchors, and names that only look like dates. An expected
// value of "" means no expression may be found whose text contains sub.
func TestNewsSetEN(t *testing.T) {
	const (
		d = "2024-05-15" // a Wednesday in ISO week 20
		n = "2023-11-03" // a Friday in ISO week 44
	)
	tests := []formCase{
		// Absolute dates.
		{"abs full date", "en", d, "The treaty was signed on March 9, 2020.", "March 9, 2020", "DATE", "2020-03-09", ""},
		{"abs day month year", "en", d, "Elections are due on 4 July 2026.", "4 July 2026", "DATE", "2026-07-04", ""},
		{"abs year", "en", d, "The firm was founded in 1987.", "1987", "DATE", "1987", ""},
		{"abs abbreviated month", "en", d, "The strike began on Jan. 3, 2019.", "Jan. 3, 2019", "DATE", "2019-01-03", ""},
		{"abs month year", "en", d, "Troops left in August 2021.", "August 2021", "DATE", "2021-08", ""},
		{"abs iso", "en", d, "The report, dated 2023-11-30, was leaked.", "2023-11-30", "DATE", "2023-11-30", ""},
		{"abs season of year", "en", d, "In the spring of 2019 the dam burst.", "the spring of 2019", "DATE", "2019-SP", ""},
		{"abs summer of year", "en", d, "The law took effect in the summer of 2022.", "the summer of 2022", "DATE", "2022-SU", ""},
		{"abs year as modifier", "en", d, "Turnout was low in the 2019 election.", "2019", "DATE", "2019", ""},
		{"abs month year control", "en", d, "In July 2001 the plant closed.", "July 2001", "DATE", "2001-07", ""},
		{"abs holiday year", "en", d, "Sales at Christmas 2019 were weak.", "Christmas 2019", "DATE", "2019-12-25", ""},

		// Deictic: counted from the DCT.
		{"yesterday", "en", d, "The minister resigned yesterday.", "yesterday", "DATE", "2024-05-14", ""},
		{"tomorrow", "en", d, "The court will rule tomorrow.", "tomorrow", "DATE", "2024-05-16", ""},
		{"today", "en", d, "Talks resumed today.", "today", "DATE", "2024-05-15", ""},
		{"weekday past", "en", d, "Police said on Monday that two men were held.", "Monday", "DATE", "2024-05-13", ""},
		{"weekday future", "en", d, "The ministers will meet on Friday.", "Friday", "DATE", "2024-05-17", ""},
		{"weekday past saturday", "en", d, "The rebels attacked the town on Saturday.", "Saturday", "DATE", "2024-05-11", ""},
		{"weekday timetable", "en", d, "Voters go to the polls on Sunday.", "Sunday", "DATE", "2024-05-19", ""},
		{"last week", "en", d, "Prices rose last week.", "last week", "DATE", "2024-W19", ""},
		{"next week", "en", d, "The board meets next week.", "next week", "DATE", "2024-W21", ""},
		{"last month", "en", d, "The company was sold last month.", "last month", "DATE", "2024-04", ""},
		{"next month", "en", d, "The plant will close next month.", "next month", "DATE", "2024-06", ""},
		{"last year", "en", d, "Inflation fell last year.", "last year", "DATE", "2023", ""},
		{"next year", "en", d, "Elections are due next year.", "next year", "DATE", "2025", ""},
		{"this year", "en", d, "Exports grew this year.", "this year", "DATE", "2024", ""},
		{"this week", "en", d, "The talks collapsed this week.", "this week", "DATE", "2024-W20", ""},
		{"this month", "en", d, "The bank raised rates this month.", "this month", "DATE", "2024-05", ""},
		{"days ago", "en", d, "The bridge opened three days ago.", "three days ago", "DATE", "2024-05-12", ""},
		{"years ago", "en", d, "The mine closed two years ago.", "two years ago", "DATE", "2022", ""},
		{"digits years ago", "en", d, "The war ended 30 years ago.", "30 years ago", "DATE", "1994", ""},
		{"a month ago", "en", d, "The chief executive left a month ago.", "a month ago", "DATE", "2024-04", ""},
		{"weeks ago", "en", d, "The law passed five weeks ago.", "five weeks ago", "DATE", "2024-W15", ""},
		{"last weekday", "en", d, "The decision was taken last Friday.", "last Friday", "DATE", "2024-05-10", ""},
		{"this weekday", "en", d, "The team plays this Saturday.", "this Saturday", "DATE", "2024-05-18", ""},
		{"next month name", "en", d, "The new rules apply from next January.", "next January", "DATE", "2025-01", ""},
		{"last month name", "en", d, "The factory was hit by floods last September.", "last September", "DATE", "2023-09", ""},
		{"last month name in the month after", "en", d, "The factory was hit by floods last April.", "last April", "DATE", "2024-04", ""},
		{"last season", "en", d, "Prices peaked last summer.", "last summer", "DATE", "2023-SU", ""},
		{"this season", "en", d, "The vote is planned for this autumn.", "this autumn", "DATE", "2024-FA", ""},
		{"next season", "en", d, "Construction will start next spring.", "next spring", "DATE", "2025-SP", ""},
		{"tonight", "en", d, "Tonight the president will address the nation.", "Tonight", "TIME", "2024-05-15TNI", ""},
		{"this morning", "en", d, "The blast happened this morning.", "this morning", "TIME", "2024-05-15TMO", ""},
		{"weekday night", "en", d, "The suspect was arrested on Monday night.", "Monday night", "DATE", "2024-05-13TNI", ""},
		{"weekday afternoon", "en", d, "Shares fell on Tuesday afternoon.", "Tuesday afternoon", "DATE", "2024-05-14TAF", ""},
		{"clock", "en", d, "The meeting starts at 10:30 a.m.", "10:30 a.m.", "TIME", "2024-05-15T10:30", ""},
		{"clock pm", "en", d, "The polls closed at 8 p.m.", "8 p.m.", "TIME", "2024-05-15T20:00", ""},

		// Underspecified months, days and quarters take the year the tense gives.
		{"month past", "en", d, "The plant closed in March.", "March", "DATE", "2024-03", ""},
		{"month future", "en", d, "The plant will reopen in February.", "February", "DATE", "2025-02", ""},
		{"month future two months back", "en", d, "The plant will reopen in March.", "March", "DATE", "2025-03", ""},
		{"modal two months back", "en", d, "Prices might fall in March, analysts said.", "March", "DATE", "2025-03", ""},
		{"a year ends its sentence", "en", d, "Reserves will reach a record by the end of 2024. In March, the bank cut tariffs.", "March", "DATE", "2024-03", ""},
		{"month in a noun phrase two months back", "en", d, "Inflation will ease after March's high rate.", "March", "DATE", "2024-03", ""},
		{"future after a past time", "en", "2024-03-05", "Crops could suffer this spring after a dry autumn and a cold winter.", "winter", "DATE", "2024-WI", ""},
		{"month past far", "en", d, "The ceasefire was agreed in November.", "November", "DATE", "2023-11", ""},
		{"month future far", "en", d, "The summit will be held in November.", "November", "DATE", "2024-11", ""},
		{"until month past clause", "en", d, "The plant stayed closed until December.", "December", "DATE", "2023-12", ""},
		{"until month past clause had", "en", d, "The border had remained shut until November.", "November", "DATE", "2023-11", ""},
		{"until month future", "en", d, "The ban will remain until December.", "December", "DATE", "2024-12", ""},
		{"until month present", "en", d, "The offer runs until December.", "December", "DATE", "2024-12", ""},
		{"could", "en", d, "The deal could close in September.", "September", "DATE", "2024-09", ""},
		{"might behind", "en", d, "Prices might fall in February, analysts said.", "February", "DATE", "2025-02", ""},
		{"could behind", "en", d, "A cut in rates could come in February.", "February", "DATE", "2025-02", ""},
		{"should", "en", d, "Growth should pick up in January.", "January", "DATE", "2025-01", ""},
		{"might day", "en", d, "The ministers might meet on January 9.", "January 9", "DATE", "2025-01-09", ""},
		{"month past near", "en", d, "Sales rose in April.", "April", "DATE", "2024-04", ""},
		{"month present timetable", "en", d, "The trial opens in June.", "June", "DATE", "2024-06", ""},
		{"day past", "en", d, "The shop opened on May 2.", "May 2", "DATE", "2024-05-02", ""},
		{"day future", "en", d, "The vote is on May 28.", "May 28", "DATE", "2024-05-28", ""},
		{"day past far", "en", d, "The plant was shut on December 12.", "December 12", "DATE", "2023-12-12", ""},
		{"day future far", "en", d, "The court will hear the case on January 9.", "January 9", "DATE", "2025-01-09", ""},
		{"quarter past", "en", d, "Exports fell in the first quarter.", "the first quarter", "DATE", "2024-Q1", ""},
		{"quarter past last year", "en", d, "Sales fell in the fourth quarter.", "the fourth quarter", "DATE", "2023-Q4", ""},
		{"quarter future", "en", d, "Sales will rise in the fourth quarter.", "the fourth quarter", "DATE", "2024-Q4", ""},
		{"quarter due", "en", d, "Results for the third quarter are due in October.", "the third quarter", "DATE", "2024-Q3", ""},
		{"month due", "en", d, "Results for the third quarter are due in October.", "October", "DATE", "2024-10", ""},
		{"fiscal year", "en", d, "Profit in fiscal 1998 rose 4 percent.", "fiscal 1998", "DATE", "1998", ""},
		{"fiscal quarter past", "en", d, "Net income fell in the fiscal second quarter.", "the fiscal second quarter", "DATE", "2024-Q2", ""},
		{"half future", "en", d, "The second half of the year will be better.", "The second half of the year", "DATE", "2024-H2", ""},

		// Decades, centuries and parts.
		{"decade apostrophe", "en", d, "The band was famous in the '90s.", "the '90s", "DATE", "199", ""},
		{"decade", "en", d, "The city grew in the 1990s.", "the 1990s", "DATE", "199", ""},
		{"early decade", "en", d, "Cars spread in the early 1920s.", "the early 1920s", "DATE", "192", "START"},
		{"mid year", "en", d, "The bridge was finished in mid-1998.", "mid-1998", "DATE", "1998", "MID"},
		{"late last year", "en", d, "The company was sold late last year.", "late last year", "DATE", "2023", "END"},
		{"early next year", "en", d, "The plan will be ready early next year.", "early next year", "DATE", "2025", "START"},
		{"late month", "en", d, "In late March the army withdrew.", "late March", "DATE", "2024-03", "END"},
		{"mid month future", "en", d, "The vote is expected in mid-June.", "mid-June", "DATE", "2024-06", "MID"},
		{"end of last week", "en", d, "The talks began at the end of last week.", "the end of last week", "DATE", "2024-W19", "END"},
		{"end of the month", "en", d, "Results are due at the end of the month.", "the end of the month", "DATE", "2024-05", "END"},
		{"beginning of year", "en", d, "At the beginning of 2023 prices soared.", "the beginning of 2023", "DATE", "2023", "START"},
		{"century", "en", d, "The city was founded in the 12th century.", "the 12th century", "DATE", "11", ""},
		{"late century", "en", d, "The style dates from the late 19th century.", "the late 19th century", "DATE", "18", "END"},
		{"late year", "en", n, "The dispute dates back to late 2021.", "late 2021", "DATE", "2021", "END"},

		// Weekends and offsets from a day.
		{"over the weekend", "en", d, "Two men were arrested over the weekend.", "the weekend", "DATE", "2024-W19-WE", ""},
		{"the weekend ahead", "en", d, "Protests are planned for the weekend.", "the weekend", "DATE", "2024-W20-WE", ""},
		{"last weekend", "en", d, "The storm hit last weekend.", "last weekend", "DATE", "2024-W19-WE", ""},
		{"next weekend", "en", d, "The fair opens next weekend.", "next weekend", "DATE", "2024-W21-WE", ""},
		{"a week from weekday", "en", d, "The vote is set for a week from Monday.", "a week from Monday", "DATE", "2024-05-27", ""},
		{"two weeks from weekday", "en", d, "The hearing was moved to two weeks from Friday.", "two weeks from Friday", "DATE", "2024-05-31", ""},
		{"a week from today", "en", d, "The offer expires a week from today.", "a week from today", "DATE", "2024-05-22", ""},

		// Anaphoric: counted from the last time the text told.
		{"years earlier", "en", d, "In 2010 the firm was sold; two years earlier it had been listed.", "two years earlier", "DATE", "2008", ""},
		{"years later", "en", d, "The war began in 1939. Six years later it was over.", "Six years later", "DATE", "1945", ""},
		{"the following year", "en", d, "The firm was founded in 1990 and the following year it listed its shares.", "the following year", "DATE", "1991", ""},
		{"the next day", "en", d, "The ship sank on June 3, 2001. The next day, divers found the wreck.", "The next day", "DATE", "2001-06-04", ""},
		{"days later", "en", d, "Flooding began on April 2, 2019. Two days later the dam broke.", "Two days later", "DATE", "2019-04-04", ""},
		{"the same day", "en", d, "He arrived on Feb. 4, 2020, and left the same day.", "the same day", "DATE", "2020-02-04", ""},
		{"ago is deictic in a story", "en", d, "In 2010 the factory closed. Two years ago it was torn down.", "Two years ago", "DATE", "2022", ""},

		// Durations.
		{"hours", "en", d, "The talks lasted three hours.", "three hours", "DURATION", "PT3H", ""},
		{"years", "en", d, "He served 12 years in prison.", "12 years", "DURATION", "P12Y", ""},
		{"weeks", "en", d, "The strike lasted two weeks.", "two weeks", "DURATION", "P2W", ""},
		{"months", "en", d, "For six months the border stayed shut.", "six months", "DURATION", "P6M", ""},
		{"digit hours", "en", d, "The ceasefire held for 48 hours.", "48 hours", "DURATION", "PT48H", ""},
		{"hyphen day", "en", d, "A 30-day truce began.", "30-day", "DURATION", "P30D", ""},
		{"hyphen year word", "en", d, "The five-year plan was approved.", "five-year", "DURATION", "P5Y", ""},
		{"the past years", "en", d, "In the past three years, sales tripled.", "the past three years", "DURATION", "P3Y", ""},
		{"several months", "en", d, "Several months of talks ended without a deal.", "Several months", "DURATION", "PXM", ""},
		{"a week", "en", d, "The ministry spent a week reviewing the bid.", "a week", "DURATION", "P1W", ""},
		{"half an hour", "en", d, "He spent half an hour answering questions.", "half an hour", "DURATION", "PT30M", ""},
		{"hyphen minute", "en", d, "The 90-minute meeting ended early.", "90-minute", "DURATION", "PT90M", ""},
		{"days to respond", "en", d, "The agency took two days to respond.", "two days", "DURATION", "P2D", ""},
		{"the next months", "en", d, "The factory will be shut for the next two months.", "the next two months", "DURATION", "P2M", ""},
		{"the last hours", "en", d, "Over the last 24 hours, 10 people died.", "the last 24 hours", "DURATION", "PT24H", ""},

		// Sets.
		{"daily", "en", d, "The paper is published daily.", "daily", "SET", "P1D", ""},
		{"every weekday", "en", d, "The council meets every Tuesday.", "every Tuesday", "SET", "XXXX-WXX-2", ""},
		{"weekly", "en", d, "The index is updated weekly.", "weekly", "SET", "P1W", ""},
		{"each month", "en", d, "Prices are reviewed each month.", "each month", "SET", "P1M", ""},
		{"every quarter", "en", d, "Dividends are paid every quarter.", "every quarter", "SET", "P1Q", ""},
		{"annually", "en", d, "The festival is held annually.", "annually", "SET", "P1Y", ""},
		{"first weekday of each month", "en", d, "The club meets on the first Monday of each month.", "the first Monday of each month", "SET", "P1M", ""},
		{"last weekday of every month", "en", d, "Rents are due on the last Friday of every month.", "the last Friday of every month", "SET", "P1M", ""},
		{"every minutes", "en", d, "Trains run every 15 minutes.", "every 15 minutes", "SET", "PT15M", ""},
		{"monthly", "en", d, "Sales are reported monthly.", "monthly", "SET", "P1M", ""},

		// Vague references.
		{"recently", "en", d, "The company recently cut jobs.", "recently", "DATE", "PAST_REF", ""},
		{"now", "en", d, "The government is now considering a ban.", "now", "DATE", "PRESENT_REF", ""},
		{"the future", "en", d, "In the future, cars will drive themselves.", "the future", "DATE", "FUTURE_REF", ""},
		{"currently", "en", d, "Inflation is currently at 3 percent.", "currently", "DATE", "PRESENT_REF", ""},

		// Names that only look like dates.
		{"name month first name", "en", d, "June Carter sang at the fair.", "June", "", "", ""},
		{"name month first name mid", "en", d, "Reporters said April Ryan asked the first question.", "April", "", "", ""},
		{"name room number", "en", d, "The meeting was held in Room 2001.", "2001", "", "", ""},
		{"name highway", "en", d, "They drove down Highway 61 in the rain.", "61", "", "", ""},
		{"name mission", "en", d, "Apollo 11 landed on the moon.", "11", "", "", ""},
		{"name product", "en", d, "Microsoft sold Windows 2000 to firms.", "2000", "", "", ""},
		{"name plan", "en", d, "Under Vision 2030, the kingdom will diversify.", "2030", "", "", ""},
		{"name of a gathering keeps its year", "en", d, "Delegates met at the Climate Summit 2021 in Glasgow.", "2021", "DATE", "2021", ""},
		{"month before a day in words", "en", d, "The dividend is payable June Three to holders of record.", "June Three", "DATE", "2024-06-03", ""},
		{"people's adjective before a year", "en", d, "Analysts cut their forecast for Spanish 2023 exports.", "2023", "DATE", "2023", ""},
		{"season of years after a capital", "en", d, "Estimates of Dutch 2022/23 stocks were raised.", "2022", "DATE", "2022", ""},
		{"month before a capitalised subject", "en", d, "In August Congress passed the bill.", "August", "DATE", "2023-08", ""},
		{"month after by", "en", n, "By June Parliament had voted twice.", "June", "DATE", "2023-06", ""},

		// A DCT late in the year.
		{"nov month past", "en", n, "Unemployment rose in January.", "January", "DATE", "2023-01", ""},
		{"nov month future", "en", n, "The new tax applies from January.", "January", "DATE", "2024-01", ""},
		{"nov month due", "en", n, "Elections are due in December.", "December", "DATE", "2023-12", ""},
		{"nov weekday past", "en", n, "Talks broke down on Tuesday.", "Tuesday", "DATE", "2023-10-31", ""},
		{"nov weekday future", "en", n, "The summit will open on Monday.", "Monday", "DATE", "2023-11-06", ""},
		{"nov day past", "en", n, "Flights resumed on Nov. 1.", "Nov. 1", "DATE", "2023-11-01", ""},
		{"nov day future", "en", n, "The school term begins on Jan. 8.", "Jan. 8", "DATE", "2024-01-08", ""},
		{"nov next year", "en", n, "The budget for next year was approved.", "next year", "DATE", "2024", ""},
		{"nov quarter past", "en", n, "Profit rose in the third quarter.", "the third quarter", "DATE", "2023-Q3", ""},
		{"nov quarter current", "en", n, "Profit will rise in the fourth quarter.", "the fourth quarter", "DATE", "2023-Q4", ""},
		{"nov until past", "en", n, "The mine operated until August.", "August", "DATE", "2023-08", ""},
	}
	runFormCases(t, tests)
}

// TestNewsSetENNotTime covers numbers and words in English news that look
// like times but are not (kinds met in business news: share prices,
// version numbers, product editions, shares, named days), next to the
// time expressions they must not disturb. Sentences are written for this
// test.
func TestNewsSetENNotTime(t *testing.T) {
	const d = "2024-05-15" // a Wednesday
	runFormCases(t, []formCase{
		{"decimals of a price", "en", d, "The bid values each share at $7.2031 in cash.", "2031", "", "", ""},
		{"version number", "en", d, "Users can now download release 11.3. The update is free.", "11.3", "", "", ""},
		{"product edition", "en", d, "The studio shipped FrameKit '19 to schools.", "'19", "", "", ""},
		{"two-digit year stays", "en", d, "He graduated in the class of '98.", "'98", "DATE", "1998", ""},
		{"now in a compound", "en", d, "Lawmakers debated the now-abandoned pipeline.", "now", "", "", ""},
		{"now alone stays", "en", d, "The pipeline is now abandoned.", "now", "DATE", "PRESENT_REF", ""},
		{"a quarter of the staff", "en", d, "The bank will lay off a quarter of its staff.", "quarter", "", "", ""},
		{"a share set off by commas", "en", d, "It closed 120 branches, or about a quarter, of its network.", "quarter", "", "", ""},
		{"three quarters of voters", "en", d, "Three quarters of voters backed the measure.", "quarters", "", "", ""},
		{"a quarter of a century stays", "en", d, "The feud lasted a quarter of a century.", "a quarter of a century", "DURATION", "P25Y", ""},
		{"quarters of losses stay", "en", d, "The airline returned to profit after several quarters of losses.", "several quarters", "DURATION", "PXQ", ""},
		{"named day Black", "en", d, "Stocks crashed on Black Monday decades ago.", "Monday", "", "", ""},
		{"named day Super", "en", d, "Candidates campaigned hard before Super Tuesday.", "Tuesday", "", "", ""},
		{"named day Cyber", "en", d, "Retailers reported record Cyber Monday sales.", "Monday", "", "", ""},
		{"near term adverbial", "en", d, "Returns in the near term look modest.", "the near term", "DATE", "FUTURE_REF", ""},
		{"short term adverbial", "en", d, "Over the short term prices may fall.", "the short term", "DATE", "FUTURE_REF", ""},
		{"near-term adjective", "en", d, "The near-term outlook is weak.", "term", "", "", ""},
		{"weekday after a name stays", "en", d, "The minister told Reuters Monday that talks had failed.", "Monday", "DATE", "2024-05-13", ""},
	})
}

// TestNewsSetENTradingDay covers "the day" of a market report: the
// trading day the report tells of, the day told before it or else the day
// of writing (Friday for a report dated at the weekend). Sentences are
// written for this test.
func TestNewsSetENTradingDay(t *testing.T) {
	const (
		d   = "2024-05-15" // a Wednesday
		sat = "2024-05-18"
	)
	runFormCases(t, []formCase{
		{"ended the day", "en", d, "The index rose 1.2% to end the day at 4,950.", "the day", "DATE", "2024-05-15", ""},
		{"for the day set off", "en", d, "For the day, the Nikkei lost 2.1 percent.", "the day", "DATE", "2024-05-15", ""},
		{"for the day at the end", "en", d, "Gold slipped 12 dollars for the day.", "the day", "DATE", "2024-05-15", ""},
		{"after a day told", "en", d, "On Monday, shares fell sharply before finishing the day 3% lower.", "the day", "DATE", "2024-05-13", ""},
		{"after a month told", "en", d, "The index hit its lowest since March 2009 and ended the day down 4%.", "the day", "DATE", "2024-05-15", ""},
		{"weekend report", "en", sat, "The Dow closed the day 80 points higher.", "the day", "DATE", "2024-05-17", ""},
		{"the day as a noun", "en", d, "The day belonged to the striking nurses.", "day", "", "", ""},
		{"the day before", "en", d, "Turnout ended the day before the vote at a record.", "day", "", "", ""},
	})
}
