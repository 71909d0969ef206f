package timex

import "testing"

// TestTransfer19EN holds English sentences written for this test from
// kinds of error seen in Reuters 1996 news (CoNLL-2003 eng.train stories
// after the first 392, read by hand) and in the kinds the issue lists: the
// tense a weekday takes from its verb.
func TestTransfer19EN(t *testing.T) {
	const b = "2001-03-16" // a Friday
	runFormCases(t, []formCase{
		// An irregular simple past is a past however far the verb
		// stands from the day, and "to" before a pronoun is no
		// headline infinitive.
		{"drew ... to himself", "en", b, "The driver drew attention to himself in the village while trying to free his van from a ditch on Saturday night.", "Saturday night", "DATE", "2001-03-10TNI", ""},
		{"fled", "en", b, "Hundreds of villagers fled the valley on Tuesday.", "Tuesday", "DATE", "2001-03-13", ""},
		{"underwent", "en", b, "The goalkeeper underwent knee surgery on Monday and will miss a month.", "Monday", "DATE", "2001-03-12", ""},
		{"a passive keeps its auxiliary", "en", b, "The stadium will be rebuilt on Sunday, officials hope.", "Sunday", "DATE", "2001-03-18", ""},
		{"a name spelled like a past", "en", b, "Drew Larkin hosts the gala on Sunday.", "Sunday", "DATE", "2001-03-18", ""},
		// "cast" is a past spelled like the present, like "cut".
		{"cast after a fronted day", "en", b, "On Sunday exiles in Austria also cast votes for local councils, but these will be annulled.", "Sunday", "DATE", "2001-03-11", ""},
		{"cast after will", "en", b, "Exiles will cast votes on Sunday.", "Sunday", "DATE", "2001-03-18", ""},
		// A timetable verb in the present after a plural noun, or an
		// -s form with its object, lies ahead.
		{"a plural noun and gather", "en", b, "Finance ministers gather Wednesday in Vienna.", "Wednesday", "DATE", "2001-03-21", ""},
		{"a plural noun and hold with an object", "en", b, "Judges hold a hearing on Tuesday.", "Tuesday", "DATE", "2001-03-20", ""},
		{"an -s verb with its object", "en", b, "The chancellor visits Poland on Sunday.", "Sunday", "DATE", "2001-03-18", ""},
		{"holds with its object", "en", b, "The party holds a congress on Monday.", "Monday", "DATE", "2001-03-19", ""},
		// A custom told in the present is no timetable, and an
		// apposition "the first in N years" stays a length after a
		// present verb that looks ahead.
		{"a custom", "en", b, "The central bank normally announces a tender on Monday and holds it on Tuesday.", "Tuesday", "DATE", "2001-03-13", ""},
		{"the first in N years", "en", b, "Peru holds a referendum on May 6, the first in seven years, officials said.", "seven years", "DURATION", "P7Y", ""},
		// Spelled like a plural noun with a preposition after it, it is
		// a noun.
		{"a plural noun before on", "en", b, "The envoy's state visits on Sunday drew small crowds.", "Sunday", "DATE", "2001-03-11", ""},
		// An infinitive after an -ing verb completes it; after an -ing
		// noun it tells a purpose, which looks ahead of the past verb.
		{"trying to", "en", b, "Police stopped the driver as he was trying to cross the border on Saturday.", "Saturday", "DATE", "2001-03-10", ""},
		{"a meeting to", "en", b, "The chairman called a meeting to discuss the offer on Saturday.", "Saturday", "DATE", "2001-03-17", ""},
		{"a past verb before a base form", "en", b, "The board met on Tuesday to consider the bid.", "Tuesday", "DATE", "2001-03-13", ""},
	})
}

// TestTransfer19Quarter: a quarter not over by the document date is an
// outlook, and a present "has" before it keeps a perfect further back from
// making it a past, so "the latest quarter" stays the quarter reported.
func TestTransfer19Quarter(t *testing.T) {
	const text = "Orion Mutual's third-quarter profit fell 12%.\nClaims from the storm have been arriving slowly, and the insurer has no estimate of their effect on fourth-quarter results.\nIn the latest quarter, its car line lost $9 million."
	runFormCases(t, []formCase{
		{"the outlook quarter keeps its value", "en", "2003-10-28", text, "fourth-quarter", "DATE", "2003-Q4", ""},
		{"the latest quarter is the one reported", "en", "2003-10-28", text, "the latest quarter", "DATE", "2003-Q3", ""},
	})
}

// TestTransfer19YearToDate: a level reached "for the year" is one of the
// year so far, even in a report of the first months, where "for the year"
// told in the past is the year just ended.
func TestTransfer19YearToDate(t *testing.T) {
	const b = "2004-02-19"
	runFormCases(t, []formCase{
		{"a high for the year", "en", b, "Shares of Kestrel climbed to a high for the year on heavy buying.", "the year", "DATE", "2004", ""},
		{"its low for the year", "en", b, "The peso touched its low for the year against the dollar.", "the year", "DATE", "2004", ""},
		{"a first part of it that is over", "en", "2004-03-19", "Car sales rose 4% in the first two months of the year.", "the year", "DATE", "2004", ""},
		{"a first part not yet over", "en", b, "Car sales rose 6% in the first nine months of the year.", "the year", "DATE", "2003", ""},
		{"a result for the year is the last one", "en", b, "For the year, the brewer earned $2 billion.", "the year", "DATE", "2003", ""},
	})
}

// TestTransfer19Following: "following" without an article before a month
// or weekday is the preposition "after", and a four-digit group after a
// larger one is the tail of a number, not the end of a range of years.
func TestTransfer19Following(t *testing.T) {
	const b = "2001-03-16"
	runFormCases(t, []formCase{
		{"following a month's", "en", b, "Following February's storms, the port authority will raise its fees.", "February", "DATE", "2001-02", ""},
		{"following a weekday's", "en", b, "Following Tuesday's vote, the party will choose a new leader.", "Tuesday", "DATE", "2001-03-13", ""},
		{"the following month", "en", b, "The strike ended in May 1999, and in the following June the plant reopened.", "the following June", "DATE", "1999-06", ""},
		{"a telephone number", "en", b, "For tickets call Lisbon 8251-1700 or write to the box office.", "1700", "", "", ""},
		{"a range of years", "en", b, "He led the club in 1994-1997.", "1997", "DATE", "1997", ""},
	})
}
