package timex

// anchorKind tells what a relative expression is counted from.
type anchorKind uint8

const (
	// aNone: absolute, or underspecified (a month or weekday without a year),
	// which takes its missing parts from the document's anchor and tense.
	aNone anchorKind = iota
	// aDeictic: counted from the time of writing ("yesterday", "vor 75
	// Jahren", "last year").
	aDeictic
	// aAnaphoric: counted from the time the text is talking about ("two days
	// later", "am folgenden Tag", "that year").
	aAnaphoric
)

// expr is what a rule recognised, before it is resolved against anchors.
type expr struct {
	typ  string // DATE, TIME, DURATION, SET
	rule string
	mod  string

	// A calendar point. Zero means "not given".
	year    int
	hasYear bool
	month   int
	day     int
	weekday int    // 1..7 (ISO), for weekday expressions without a date
	season  string // SP SU FA WI
	quarter int
	half    int
	week    bool // a week-granular value (the week of a date)
	decade  int  // e.g. 199 for the 1990s (with gran "decade")
	century int  // e.g. 19 for the twentieth century (with gran "century")
	pod     string
	hour    int
	minute  int
	clock   bool
	zone    string // "Z" for UTC
	gran    string // granularity of the point or offset result

	// Relative expressions.
	anchor anchorKind
	u      unit // unit of the offset
	off    int  // offset in units (negative: earlier)
	offX   bool // the count is unknown ("weeks ago")
	dir    int  // for underspecified points: -1 the last one, +1 the next one, 2 the current one, 3 a day of the month being told, 0 by tense

	fixed string // a value that needs no anchor (durations, sets, PAST_REF …)

	strict bool // counted from the time of writing even in a narrative ("today", "ago")
	yy2    bool // the year was written with two digits; the century is chosen on resolution
	finQ   int  // 1 "the quarter", 2 "the year-ago quarter", 3 "year-ago", 4 "the weekend"

	holiday string // a named day ("thanksgiving"), whose date may depend on the year

	dur string // "in two years": the length it names, when the tense does not look ahead

	notPast bool  // an expression only where the text does not tell the past ("soon")
	yearEnd bool  // "year-end": of the last year where the text looks back
	shift   int8  // days added to the resolved day: "the day before last Tuesday" is -1
	edge    int8  // "the first day of" (1) or "the last day of" (-1) the month or year resolved; weeks: edgeLastWeek, or 1+n for the n-th week
	turn    int16 // "the turn of the century" (100), "Jahrtausendwende" (1000): the boundary year nearest the anchor
}

// edgeLastWeek is the edge of "the last week of" a month or year; the
// n-th week ("the second week of March") is edge n+1.
const edgeLastWeek int8 = -2

// match is a recognised expression over the tokens [i, j).
type match struct {
	i, j int
	e    expr
}
