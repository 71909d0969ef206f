package timex

import "testing"

// TestTransfer18EN holds English sentences written for this test from
// kinds of error seen in Reuters 1996 sports and world news (CoNLL-2003
// testa read by hand): a coming day told in the present.
func TestTransfer18EN(t *testing.T) {
	const b = "1996-08-29" // a Thursday
	runFormCases(t, []formCase{
		// An event told in the simple present about a weekday lies ahead.
		{"a name and an -s verb", "en", b, "Veteran boxer Ortega climbs into the ring on Saturday against a younger rival.", "Saturday", "DATE", "1996-08-31", ""},
		{"he and an -s verb", "en", b, "He defends his title on Sunday in Lagos.", "Sunday", "DATE", "1996-09-01", ""},
		{"a plural pronoun and a bare verb", "en", b, "They face a nervous finish on Monday in the league.", "Monday", "DATE", "1996-09-02", ""},
		{"both after a plural subject", "en", b, "Surrey and Kent both face long days on Monday.", "Monday", "DATE", "1996-09-02", ""},
		{"a present progressive with a possessive object", "en", b, "Residents are decorating their town for parades on Sunday.", "Sunday", "DATE", "1996-09-01", ""},
		// What is not such a verb keeps the past.
		{"a plural noun after a modifier name", "en", b, "Dozens died in blasts near the French embassies in Lome on Tuesday.", "Tuesday", "DATE", "1996-08-27", ""},
		{"a plural noun after a name after with", "en", b, "The offer closed with Acme shareholders tendering 95% of shares by the Tuesday deadline.", "Tuesday", "DATE", "1996-08-27", ""},
		{"a progressive about an event named with an article", "en", b, "Police are investigating the shooting on Monday.", "Monday", "DATE", "1996-08-26", ""},
		{"a present verb of saying", "en", b, "The firm says it cut jobs on Tuesday.", "Tuesday", "DATE", "1996-08-27", ""},
		{"a fronted day of a past report", "en", b, "On Monday, the company said profits rose.", "Monday", "DATE", "1996-08-26", ""},
		{"a day after a past report", "en", b, "The company said on Monday that profits rose.", "Monday", "DATE", "1996-08-26", ""},
		{"a headline in the present tells the past", "en", b, "Stock Prices Tumble As Rally Fades On Tuesday\nShares fell across the board.", "Tuesday", "DATE", "1996-08-27", ""},
		// An infinitive of purpose after the object looks ahead of the
		// past verb.
		{"the team to play", "en", b, "Wales named a young squad to play Iceland in Saturday's match.", "Saturday", "DATE", "1996-08-31", ""},
		{"a past verb with its own infinitive stays", "en", b, "Smith failed to score in Tuesday's match.", "Tuesday", "DATE", "1996-08-27", ""},
		// A day that only dates the report does not move the time the
		// story counts from.
		{"counted past a day of report", "en", "1996-08-30", "Winger Luca Rossi, sold to Turin in 1992 for a record fee, has been lent to Bari for a season, papers reported on Friday.\nRossi joined Turin from Parma in a big deal.\nHe was badly hurt in a road accident the following year.", "the following year", "DATE", "1993", ""},
		{"counted past a day a minister said", "en", b, "The dam was finished in 1988, the minister said Tuesday.\nIt burst the following year.", "the following year", "DATE", "1989", ""},
		{"a day of what happened still counts", "en", b, "The war began in 1991. Rebels shelled the port on Tuesday.\nThe following day troops landed.", "The following day", "DATE", "1996-08-28", ""},
	})
}
