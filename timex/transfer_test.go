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
		{"year-earlier period after a month", "en", b, "Car registrations rose 14 percent in July from the year-earlier period.", "the year-earlier period", "DATE", "1995-07", ""},
		{"same period after a half", "en", b, "Sales in the first half rose from the same period last year.", "the same period last year", "DATE", "1995-H1", ""},
		{"same period after a quarter stays", "en", b, "Second-quarter profit rose 8 percent from the same period last year.", "the same period last year", "DATE", "1995-Q2", ""},
		// A newspaper named with a possessive is no recurrence.
		{"daily after a possessive", "en", a, "The People's Daily said the talks had failed.", "Daily", "", "", ""},
		{"daily as an adverb stays", "en", a, "Ferries run daily between the islands.", "daily", "SET", "P1D", ""},
		{"the daily as a newspaper", "en", a, "Ministers have lost their nerve, the daily wrote.", "daily", "", "", ""},
		{"a compound before the daily", "en", a, "According to the state-owned daily, the dam is unsafe.", "daily", "", "", ""},
		{"the weekly as a newspaper", "en", a, "The weekly said the minister had resigned.", "weekly", "", "", ""},
		{"daily before its noun stays", "en", a, "The daily briefing was cancelled.", "daily", "SET", "P1D", ""},
		{"almost daily after such stays", "en", a, "Protesters have held such marches almost daily.", "daily", "SET", "P1D", ""},
		{"voted to is a plan", "en", b, "Dock workers voted to strike from Saturday.", "Saturday", "DATE", "1996-08-31", ""},
		{"voted on a day stays past", "en", b, "The assembly voted on Saturday to approve the budget.", "Saturday", "DATE", "1996-08-24", ""},
		// A date between a determiner and its noun dates the noun's
		// event; the verb of the sentence places it only when the
		// nearest date lies far on the other side.
		{"attributive date ahead in a past sentence", "en", b, "A poll released on Tuesday showed the governor trailing before the Nov. 5 election.", "Nov. 5", "DATE", "1996-11-05", ""},
		{"attributive month ahead in a past sentence", "en", b, "Officials said the October elections would be free.", "October", "DATE", "1996-10", ""},
		{"attributive date behind in a past sentence", "en", b, "The rebels rejected a January 30 offer of talks.", "January 30", "DATE", "1996-01-30", ""},
		{"attributive month far ahead stays past", "en", "1999-04-19", "Police said they had new evidence in the October killing of a doctor.", "October", "DATE", "1998-10", ""},
		{"adjunct month ahead in a past sentence stays past", "en", "1996-03-20", "The rebels seized the town in November.", "November", "DATE", "1995-11", ""},
		{"attributive weekday keeps the tense", "en", b, "Organisers said the Sunday rally drew thousands.", "Sunday", "DATE", "1996-08-25", ""},
		// A headline's infinitive ("Talks to resume Monday") and an
		// arrangement in the passive ("is to be held") look ahead.
		{"headline infinitive", "en", b, "Pope to visit Cuba on Monday.", "Monday", "DATE", "1996-09-02", ""},
		{"headline passive infinitive", "en", b, "New council chief to be sworn in Tuesday.", "Tuesday", "DATE", "1996-09-03", ""},
		{"to after a past verb stays past", "en", b, "Shares climbed to a record on Monday.", "Monday", "DATE", "1996-08-26", ""},
		{"to after a preposition stays past", "en", b, "In remarks to reporters on Tuesday, the envoy criticised the plan.", "Tuesday", "DATE", "1996-08-27", ""},
		{"to in a subject stays past", "en", b, "Talks to end the strike collapsed on Monday.", "Monday", "DATE", "1996-08-26", ""},
		{"passive arrangement", "en", b, "Elections are to be held on Sunday.", "Sunday", "DATE", "1996-09-01", ""},
		{"passive arrangement told in the past", "en", b, "The treaty was to be signed on Tuesday.", "Tuesday", "DATE", "1996-08-27", ""},
		{"to be before an adjective", "en", b, "The aim is to be fair to all sides, he said on Monday.", "Monday", "DATE", "1996-08-26", ""},
		// A period that qualifies the subject of a reported clause is
		// placed by the clause's verb, not by the verb of saying.
		{"reported quarter ahead", "en", "2013-08-26", "The company said fourth-quarter earnings would fall.", "fourth-quarter", "DATE", "2013-Q4", ""},
		{"reported half ahead", "en", "2013-08-26", "The chairman said second-half profit growth would slow.", "second-half", "DATE", "2013-H2", ""},
		{"reported month ahead", "en", "2013-08-26", "Analysts said December sales would be weak.", "December", "DATE", "2013-12", ""},
		{"reported half over", "en", "2013-08-26", "The firm said first-half sales rose 5 percent.", "first-half", "DATE", "2013-H1", ""},
		{"reported quarter after that", "en", "2013-08-26", "The retailer said on Monday that fourth-quarter sales would rise.", "fourth-quarter", "DATE", "2013-Q4", ""},
		{"that after said is no demonstrative", "en", "2013-08-26", "The retailer said on Monday that fourth-quarter sales would rise.", "that fourth-quarter", "", "", ""},
		{"that year after said stays", "en", "2013-08-26", "He said that year was the worst of his life.", "that year", "DATE", "2013", ""},
		{"weekday after said is the saying", "en", "2013-08-26", "Police said Monday the suspect would appear in court.", "Monday", "DATE", "2013-08-26", ""},
		// Days in words, as transcripts write them.
		{"capitalised cardinal day", "en", a, "The runoff will be held on April Three.", "April Three", "DATE", "2013-04-03", ""},
		{"compound ordinal day", "en", a, "Nominations close on March Thirty-First.", "March Thirty-First", "DATE", "2013-03-31", ""},
		{"lower-case ordinal day", "en", a, "The envoy will return on June twenty-first.", "June twenty-first", "DATE", "2013-06-21", ""},
		{"a count after a month is no day", "en", a, "In May twenty people were hurt.", "May twenty", "", "", ""},
		{"an ordinal before a noun is no day", "en", a, "In March third place went to the hosts.", "March third", "", "", ""},
	})
}
