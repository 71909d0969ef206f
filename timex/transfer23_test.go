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

// TestTransfer23FigureMonth: a month name that is also a word ("March",
// "May") right before the figures of its report, or between a determiner
// and a lower-case noun, is a date; a name before it ("Theresa May"), a
// name it begins ("the March of Dimes") or a lower-case verb is not.
func TestTransfer23FigureMonth(t *testing.T) {
	const b = "2025-04-02"
	runFormCases(t, []formCase{
		{"month before sales", "en", b, "March sales rose 4 percent, the retailer said.", "March", "DATE", "2025-03", ""},
		{"month before a two-word figure", "en", b, "Economists expect May retail sales to recover.", "May", "DATE", "2025-05", ""},
		{"month before payrolls", "en", b, "The March payrolls report surprised markets.", "March", "DATE", "2025-03", ""},
		{"a name before the month", "en", b, "The Theresa May sales pitch failed to win over voters.", "May", "", "", ""},
		{"a modal before a figure", "en", b, "Officials said exports may rise.", "may", "", "", ""},
		{"a verb in lower case", "en", b, "Workers will march on Sunday.", "march", "", "", ""},
		{"month between a determiner and its noun", "en", b, "The March accession lets the two countries join the alliance.", "March", "DATE", "2025-03", ""},
		{"month of a deadline", "en", b, "A May deadline looms for the talks.", "May", "DATE", "2025-05", ""},
		{"a name with of", "en", b, "The March of Dimes raised money.", "March", "", "", ""},
		{"a name with on", "en", b, "The March on Washington drew crowds.", "March", "", "", ""},
		{"a name of a company", "en", b, "The May Department Stores chain grew.", "May", "", "", ""},
	})
}

// TestTransfer23FutureDay: a day named after a future cue in its clause
// ("will hold its meeting on July 19") told more than a week after that
// day of the year is next year's; a day told in the past, or only a few
// days back, stays.
func TestTransfer23FutureDay(t *testing.T) {
	const b = "2025-08-12"
	runFormCases(t, []formCase{
		{"future day a month back", "en", b, "The company will hold its annual meeting on July 19.", "July 19", "DATE", "2026-07-19", ""},
		{"future day weeks back", "en", b, "The board will meet on Aug. 1 to pick a chairman.", "Aug. 1", "DATE", "2026-08-01", ""},
		{"future day days back", "en", b, "The board will meet on Aug. 8 to pick a chairman.", "Aug. 8", "DATE", "2025-08-08", ""},
		{"past day in a relative clause", "en", b, "The firm, which was founded on July 19, will expand.", "July 19", "DATE", "2025-07-19", ""},
		{"future day ahead", "en", b, "The company will hold its annual meeting on Sept. 19.", "Sept. 19", "DATE", "2025-09-19", ""},
	})
}

// TestTransfer23WeekdayList: the weekdays of a list lie on the side of the
// time of writing that the first one does, though a cue nearer the later
// ones says otherwise.
func TestTransfer23WeekdayList(t *testing.T) {
	const (
		b = "2025-03-12" // a Wednesday
		c = "2025-03-16" // a Sunday
	)
	runFormCases(t, []formCase{
		{"second of a past pair", "en", c, "He said volume swung from a trickle on Friday, for which he could find no cause, to a flood on both Thursday and Wednesday.", "Wednesday", "DATE", "2025-03-12", ""},
		{"first of a past pair", "en", c, "He said volume swung from a trickle on Friday, for which he could find no cause, to a flood on both Thursday and Wednesday.", "Thursday", "DATE", "2025-03-13", ""},
		{"list of three in the past", "en", b, "Reserves were high on Thursday, Monday and Tuesday.", "Monday", "DATE", "2025-03-10", ""},
		{"pair ahead", "en", b, "Talks will go on Thursday and Friday.", "Friday", "DATE", "2025-03-14", ""},
		{"a day of another clause", "en", b, "The envoy arrived on Monday, and talks will go on Thursday.", "Thursday", "DATE", "2025-03-13", ""},
	})
}

// TestTransfer23QuarterEnded: a quarter followed by its dated end takes the
// year of that day, not the one before the time of writing.
func TestTransfer23QuarterEnded(t *testing.T) {
	const b = "2025-02-12"
	runFormCases(t, []formCase{
		{"numbered quarter of an older year", "en", b, "Net income for the fourth quarter ended Dec. 31, 2023, rose 4 percent.", "the fourth quarter", "DATE", "2023-Q4", ""},
		{"the quarter of an older year", "en", b, "Net income for the quarter, which ended Dec. 31, 2023, rose 4 percent. A year earlier, it fell.", "the quarter", "DATE", "2023-Q4", ""},
		{"a year earlier than that quarter", "en", b, "Net income for the quarter, which ended Dec. 31, 2023, rose 4 percent. A year earlier, it fell.", "A year earlier", "DATE", "2022-Q4", ""},
		{"a quarter ahead", "en", b, "Results for the second quarter ending June 30, 2025 are due in August.", "the second quarter", "DATE", "2025-Q2", ""},
		{"a fiscal quarter by its number", "en", b, "Its fourth quarter ended Sept. 30, 2023, and profit rose.", "fourth quarter", "DATE", "2023-Q4", ""},
		{"without a year as before", "en", "2025-11-02", "For the third quarter ended Sept. 30, profit rose.", "the third quarter", "DATE", "2025-Q3", ""},
	})
}

// TestTransfer23PastMonth: a month after "in" that dates an event told by
// a finite past verb in its clause, later in the year than the time of
// writing, is last year's even when it is less than two months ahead; a
// report verb, a plan, a habit or a participle naming a noun leave it.
func TestTransfer23PastMonth(t *testing.T) {
	const b = "2025-10-10"
	runFormCases(t, []formCase{
		{"past verb with its object", "en", b, "The bank raised rates in November.", "November", "DATE", "2024-11", ""},
		{"past before a report", "en", b, "Sales rose 4 percent in November, the company said.", "November", "DATE", "2024-11", ""},
		{"passive past", "en", b, "The plant was closed in November.", "November", "DATE", "2024-11", ""},
		{"irregular past with its object", "en", b, "The company cut 300 jobs in December.", "December", "DATE", "2024-12", ""},
		{"a plan told in the past", "en", b, "The company agreed to buy the rival in December.", "December", "DATE", "2025-12", ""},
		{"a planned event", "en", b, "Officials discussed the planned visit of the minister in November.", "November", "DATE", "2025-11", ""},
		{"a habit", "en", b, "The final decision, usually made in November, rests with the minister.", "November", "DATE", "2025-11", ""},
		{"a report verb", "en", b, "The company said in December that it would cut jobs.", "December", "DATE", "2025-12", ""},
		{"a day is left", "en", b, "The company called the bonds for redemption on Nov. 12.", "Nov. 12", "DATE", "2025-11-12", ""},
	})
}

// TestTransfer23ShipmentFigures: "in January shipments" are the figures of a
// month gone by; a position traded "for January shipment" lies ahead.
func TestTransfer23ShipmentFigures(t *testing.T) {
	const b = "2025-03-01"
	runFormCases(t, []formCase{
		{"figures after in", "en", b, "Exporters reported a 4 percent fall in January shipments of steel.", "January", "DATE", "2025-01", ""},
		{"a delivery position", "en", b, "Traders sold two cargoes for January shipment at $150 a tonne.", "January", "DATE", "2026-01", ""},
	})
}

// TestTransfer23ComparisonBase: a year back after a figure it is the base of
// ("down from 28,500 a year earlier") compares the month told in its
// sentence and does not move the story; "last February" after February's
// figures is the February a year before.
func TestTransfer23ComparisonBase(t *testing.T) {
	const b = "2025-03-02"
	const story = "The carmaker said February truck sales reached 20,100, down from 28,400 a year earlier. Its compact models sold 2,000 units during the month."
	runFormCases(t, []formCase{
		{"a year earlier after a figure", "en", b, story, "a year earlier", "DATE", "2024-02", ""},
		{"the month after the comparison", "en", b, story, "the month", "DATE", "2025-02", ""},
		{"a year before after money", "en", b, "The retailer said February sales rose to $244.4 million from $218.1 million a year before.", "a year before", "DATE", "2024-02", ""},
		{"a year earlier with no month", "en", b, "Profit rose to $3 billion from $2.1 billion a year earlier.", "a year earlier", "DATE", "2024", ""},
		{"last month name after the same month", "en", b, "The carmaker's February car sales reached 36,800, down from 40,000 last February.", "last February", "DATE", "2024-02", ""},
		{"a year before closing a clause", "en", b, "Revenue rose to $210 million from $183 million a year before and retail sales rose 3 percent.", "a year before", "DATE", "2024", ""},
		{"before and after the vote", "en", b, "Police were posted two days before and after the vote.", "two days", "DURATION", "P2D", ""},
		{"last month name alone", "en", "2025-10-12", "The plant closed last September.", "last September", "DATE", "2025-09", ""},
	})
}

// TestTransfer23DueTo: "due to" before a noun phrase gives a cause, not a
// plan ahead; a month before a bond issue or auction dates the event, not
// a delivery position.
func TestTransfer23DueTo(t *testing.T) {
	const b = "2025-03-01"
	runFormCases(t, []formCase{
		{"cause with a determiner", "en", b, "Heating oil prices fell due to the mild winter.", "winter", "DATE", "2025-WI", ""},
		{"cause with a gerund", "en", b, "Earnings fell due to rising costs in the second quarter.", "the second quarter", "DATE", "2024-Q2", ""},
		{"a plan with a verb", "en", b, "The envoy is due to arrive in April.", "April", "DATE", "2025-04", ""},
		{"month of a bond issue", "en", b, "The 5.2 pct February bond issue was a record low.", "February", "DATE", "2025-02", ""},
		{"a delivery month", "en", b, "December T-bonds fell half a point.", "December", "DATE", "2025-12", ""},
	})
}

// TestTransfer23ParticipleTo: "to" after a clause opened by a participle
// ("Presenting the budget to parliament on Saturday, the minister said")
// is a preposition, not a headline's infinitive looking ahead.
func TestTransfer23ParticipleTo(t *testing.T) {
	const b = "2025-03-02" // a Sunday
	runFormCases(t, []formCase{
		{"participle clause", "en", b, "Presenting the budget to lawmakers on Saturday, the finance minister said taxes stayed low.", "Saturday", "DATE", "2025-03-01", ""},
		{"a headline infinitive", "en", b, "Talks to resume on Tuesday", "Tuesday", "DATE", "2025-03-04", ""},
	})
}

// TestTransfer23DayWordsYear: a day in lower-case words followed by its year
// ("until September one 1989") is one date; a count before a noun is not a
// day ("in May two companies").
func TestTransfer23DayWordsYear(t *testing.T) {
	const b = "2025-03-01"
	runFormCases(t, []formCase{
		{"day in words and year", "en", b, "Each warrant may be exercised until September one 2027 at $6.50.", "September one 2027", "DATE", "2027-09-01", ""},
		{"a count before a noun", "en", b, "In May two companies merged.", "May two", "", "", ""},
	})
}

// TestTransfer23PastMonthComplement: a month after a noun's complement
// ("the need for a mini-budget in May") may date the noun, not the past
// verb, and keeps the nearest reading.
func TestTransfer23PastMonthComplement(t *testing.T) {
	runFormCases(t, []formCase{
		{"complement of a noun", "en", "2025-03-11", "The minister stressed the need for a strict spending review in May.", "May", "DATE", "2025-05", ""},
	})
}

// TestTransfer23AdverbParticiple: a participle after an adverb in -ly and a
// determiner ("a nationally televised speech") is an adjective, no past
// cue; an infinitive of purpose before a weekday ("a tender offer to
// begin Thursday") gives the nearest such day whatever the main verb.
func TestTransfer23AdverbParticiple(t *testing.T) {
	const b = "2025-03-03" // a Monday
	runFormCases(t, []formCase{
		{"adverb and participle", "en", b, "The governor will speak to voters in a specially recorded message Wednesday night.", "Wednesday night", "DATE", "2025-03-05TNI", ""},
		{"infinitive of purpose after a present", "en", b, "The fund is buying 60 pct of the company through a cash bid to open Thursday.", "Thursday", "DATE", "2025-03-06", ""},
		{"a past verb still counts", "en", b, "The governor spoke to voters in a message on Wednesday night.", "Wednesday night", "DATE", "2025-02-26TNI", ""},
	})
}

// TestTransfer23Deferred: a weekday a date is put off or moved to lies
// ahead, whatever the tense of the putting off; a weekday an event was
// set for, or one that began, keeps the old reading.
func TestTransfer23Deferred(t *testing.T) {
	const b = "2025-03-06" // a Thursday
	runFormCases(t, []formCase{
		{"rescheduled for", "en", b, "The court hearing on the merger was rescheduled for Monday after a lawyer fell ill.", "Monday", "DATE", "2025-03-10", ""},
		{"postponed to", "en", b, "The board meeting was postponed to Tuesday.", "Tuesday", "DATE", "2025-03-11", ""},
		{"pushed back to", "en", b, "The signing was pushed back to Monday.", "Monday", "DATE", "2025-03-10", ""},
		{"began on", "en", b, "The strike began on Monday.", "Monday", "DATE", "2025-03-03", ""},
	})
}

// TestTransfer23PlanMonths: a bare month after a month of a year ahead in
// its sentence is a month of the same plan; a day after a dated maturity
// is not.
func TestTransfer23PlanMonths(t *testing.T) {
	const b = "2025-03-02"
	const plan = "The first turbine arrives in April 2027, and the rest follow in May, June and September of that year."
	runFormCases(t, []formCase{
		{"a month after a month ahead", "en", b, plan, "May", "DATE", "2027-05", ""},
		{"coordinated with it", "en", b, plan, "June", "DATE", "2027-06", ""},
		{"that year", "en", b, plan, "September of that year", "DATE", "2027-09", ""},
		{"a day after a maturity", "en", b, "The bank will redeem its notes due August 1, 2031 on April 6.", "April 6", "DATE", "2025-04-06", ""},
		{"a past year as before", "en", b, "He was elected in November 2020 and took office in January.", "January", "DATE", "2021-01", ""},
	})
}

// TestTransfer23WeekAfterCoarseRef: a week counted back from a reference
// time coarser than a week ("since August 1984 … the prior week") counts
// from the week told last instead of giving an unknown week.
func TestTransfer23WeekAfterCoarseRef(t *testing.T) {
	runFormCases(t, []formCase{
		{"prior week after a month", "en", "2025-03-06", "Soybean exports climbed to 1.2 million tonnes in the week ended February 27, the biggest figure since August 2019 and double the prior week's figure.", "the prior week", "DATE", "2025-W08", ""},
	})
}

// TestTransfer23QuarterFraction: a quarter as a fraction of a thing ("two
// and three-quarter times", "a three-quarter stake", "one quarter share")
// is no length of three months.
func TestTransfer23QuarterFraction(t *testing.T) {
	const b = "2025-03-06"
	runFormCases(t, []formCase{
		{"times a level", "en", b, "Orders reached two and three-quarter times the usual volume.", "three-quarter", "", "", ""},
		{"a stake", "en", b, "The bank holds a three-quarter stake in the insurer.", "three-quarter", "", "", ""},
		{"a share", "en", b, "Every unit equals one quarter share of the common stock.", "one quarter", "", "", ""},
		{"a period", "en", b, "Profit doubled over three quarters.", "three quarters", "DURATION", "P3Q", ""},
	})
}
