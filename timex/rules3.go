package timex

import (
	"strings"
	"time"
)

// ruleReportPeriod reads the reporting periods of business news: "the
// quarter", "the latest quarter", "the year-ago quarter", "the year-earlier
// period", "the weekend".
func (p *parser) ruleReportPeriod(i int) (int, *expr, bool) {
	if p.de {
		return i, nil, false
	}
	j := i
	if p.is(j, "that") && p.is(j+1, "quarter") {
		return p.ret(j+2, expr{typ: "DATE", rule: "report-quarter", finQ: 1, gran: "quarter"}, true)
	}
	if k, y, ok := p.yearNum(j); ok && p.is(k, "quarter") && !p.is(j-1, "the") && !p.hyphen(k+1) && p.toks[k].low != p.toks[k].text && strings.EqualFold(p.toks[k].text[:1], "q") {
		// "for 1986 qtr and six mths": the wire's abbreviation with a
		// year, the report quarter of that year.
		return p.ret(k+1, expr{typ: "DATE", rule: "report-quarter-of-year", finQ: 5, year: y, gran: "quarter"}, true)
	}
	if p.wireNotePeriod(j, "quarter") {
		// "tax credits of 492,000 dlrs in quarter and 2.4 mln in year":
		// a wire note drops the article of "the quarter".
		e := expr{typ: "DATE", rule: "report-quarter", finQ: 1, gran: "quarter"}
		if y, ago := p.noteYear(j); y > 0 {
			// "1985 net includes credits of 492,000 dlrs in quarter": the
			// report quarter of the year the note is about.
			e.rule, e.finQ, e.year = "report-quarter-of-year", 5, y
		} else if ago {
			e.finQ = 2 // "Year-ago excludes losses of 75,809 dlrs in qtr"
		}
		return p.ret(j+1, e, true)
	}
	if !p.is(j, "the") {
		// "year-ago" and "year-earlier" as adjectives: "a year-earlier loss"
		if k, ok := p.yearAgoAdj(j); ok && !p.is(k, "quarter", "period") {
			return p.ret(k, expr{typ: "DATE", rule: "year-ago-adjective", finQ: 3, gran: "year"}, true)
		}
		return i, nil, false
	}
	j++
	if p.is(j, "week") && p.is(j+1, "of") {
		// "the week of March 6"
		if k, e, ok := p.point(j + 2); ok && e.day > 0 {
			e.week, e.gran, e.rule = true, "week", "week-of-"+e.rule
			return p.ret(k, e, true)
		}
	}
	if p.is(j, "weekend") {
		return p.ret(j+1, expr{typ: "DATE", rule: "the-weekend", u: uWeekend, anchor: aDeictic, gran: "week", finQ: 4}, true)
	}
	if p.is(j, "comparable") {
		j++
	}
	// "the 1988 quarter", "the 1989 period": the report quarter of that year.
	if k, y, ok := p.yearNum(j); ok && p.is(k, "quarter", "period") {
		return p.ret(k+1, expr{typ: "DATE", rule: "report-quarter-of-year", finQ: 5, year: y, gran: "quarter"}, true)
	}
	fin := 1
	if k, ok := p.yearAgoAdj(j); ok {
		j, fin = k, 2
	} else if p.is(j, "latest", "recent", "fiscal", "same", "just-ended", "corresponding") {
		j++
		if p.is(j, "fiscal") {
			j++
		}
	}
	if p.hyphen(j+1) && p.tight(j+1) {
		return i, nil, false // "the quarter-to-quarter comparison"
	}
	switch {
	case p.is(j, "quarter"):
	case p.is(j, "period") && (fin == 2 || p.is(j-1, "latest", "same", "corresponding")):
	default:
		return i, nil, false
	}
	j++
	if fin == 1 && p.is(j, "a", "one") && p.is(j+1, "year") && p.is(j+2, "ago", "earlier", "before") {
		// "the quarter a year ago", "the same period a year earlier": the
		// year-ago quarter, one expression.
		return p.ret(j+3, expr{typ: "DATE", rule: "report-quarter", finQ: 2, gran: "quarter"}, true)
	}
	if fin == 1 && p.is(j-2, "same", "corresponding") {
		// "the same period last year", "the corresponding quarter of
		// the previous year".
		k := j
		if p.is(k, "of", "in") {
			k++
		}
		if e, y, ok := p.yearNum(k); ok && k > j && !p.punct(e, "/") && !p.dash(e) {
			// "the same period in 1985", "the corresponding quarter of
			// 1985": that year's period; for a quarter, the report
			// quarter of that year.
			if p.is(j-1, "quarter") {
				return p.ret(e, expr{typ: "DATE", rule: "report-quarter-of-year", finQ: 5, year: y, gran: "quarter"}, true)
			}
			return p.ret(e, expr{typ: "DATE", rule: "same-period-of-year", year: y, hasYear: true, gran: "year"}, true)
		}
		if p.is(k, "last") && p.is(k+1, "year") || p.is(k, "the") && p.is(k+1, "previous", "prior") && p.is(k+2, "year") {
			end := k + 2
			if p.is(k, "the") {
				end++
			}
			return p.ret(end, expr{typ: "DATE", rule: "report-quarter", finQ: 2, gran: "quarter"}, true)
		}
	}
	return p.ret(j, expr{typ: "DATE", rule: "report-quarter", finQ: fin, gran: "quarter"}, true)
}

// ruleGermanWeekend reads "am Wochenende", "übers Wochenende": the
// weekend next to the time of writing, resolved with the tense as "the
// weekend" is.
func (p *parser) ruleGermanWeekend(i int) (int, expr, bool) {
	if !p.de || !p.is(i, "wochenende") || !p.toks[i].upper || !p.is(i-1, "am", "übers", "vom", "zum", "ans") {
		return i, expr{}, false
	}
	return i + 1, expr{typ: "DATE", rule: "the-weekend", u: uWeekend, anchor: aDeictic, gran: "week", finQ: 4}, true
}

// ruleInTheCourse reads "(im) Laufe des Jahres", "Laufe dieses Monats",
// "Laufe des Tages", "im Lauf der Woche": the unit being told (WikiWarsDE annotates it without
// "im").
func (p *parser) ruleInTheCourse(i int) (int, expr, bool) {
	if !p.de || !p.is(i, "laufe", "lauf") || !p.toks[i].upper || p.is(i, "lauf") && !p.is(i-1, "im") {
		return i, expr{}, false
	}
	j := i + 1
	anchor := aAnaphoric
	switch {
	case p.is(j, "des", "der"):
	case p.is(j, "dieses", "dieser"):
		anchor = aNone
	default:
		return i, expr{}, false
	}
	k, u, plural, ok := p.unitAt(j + 1)
	if !ok || plural || u < uDay || u == uWeekend {
		return i, expr{}, false
	}
	if u == uDay {
		anchor = aAnaphoric // the day being told
	}
	if kk, y, ok := p.yearNum(k); ok && u == uYear {
		return kk, dateExpr("in-the-course-of-year", y, 0, 0, true), true // "Laufe des Jahres 1966"
	}
	return k, expr{typ: "DATE", rule: "in-the-course-of", anchor: anchor, u: u, gran: u.granularity()}, true
}

// yearAgoAdj reads "year-ago", "year-earlier", "year ago".
func (p *parser) yearAgoAdj(j int) (int, bool) {
	if !p.is(j, "year") {
		return j, false
	}
	k := j + 1
	if p.hyphen(k) {
		k++
	}
	if p.is(k, "ago", "earlier") {
		return k + 1, true
	}
	return j, false
}

// holiday is a named day: a fixed date, or a rule for its date in a year.
type holiday struct {
	month, day int                    // fixed date, or the approximate one for computed days
	date       func(y int) (int, int) // computed (month, day), or nil
}

var holidays = map[string]holiday{
	"christmas": {12, 25, nil}, "christmas day": {12, 25, nil}, "christmas eve": {12, 24, nil},
	"new year's day": {1, 1, nil}, "new year's eve": {12, 31, nil}, "independence day": {7, 4, nil},
	"thanksgiving": {11, 25, thanksgiving}, "thanksgiving day": {11, 25, thanksgiving},
	"easter": {4, 5, easter}, "easter sunday": {4, 5, easter}, "good friday": {4, 3, func(y int) (int, int) { return easterPlus(y, -2) }},
	"halloween": {10, 31, nil}, "valentine's day": {2, 14, nil}, "veterans day": {11, 11, nil},
	"labor day":    {9, 3, func(y int) (int, int) { return nthWeekday(y, 9, 1, 1) }},
	"labour day":   {9, 3, func(y int) (int, int) { return nthWeekday(y, 9, 1, 1) }}, // British spelling of the U.S. and Canadian day
	"memorial day": {5, 28, func(y int) (int, int) { return lastWeekday(y, 5, 1) }},
	"election day": {11, 4, func(y int) (int, int) { m, d := nthWeekday(y, 11, 1, 1); return m, d + 1 }},
	"weihnachten":  {12, 25, nil}, "heiligabend": {12, 24, nil}, "silvester": {12, 31, nil}, "neujahr": {1, 1, nil},
	"neujahrstag": {1, 1, nil}, "ostern": {4, 5, easter}, "ostersonntag": {4, 5, easter},
	"ostermontag":    {4, 6, func(y int) (int, int) { return easterPlus(y, 1) }},
	"karfreitag":     {4, 3, func(y int) (int, int) { return easterPlus(y, -2) }},
	"pfingsten":      {5, 24, func(y int) (int, int) { return easterPlus(y, 49) }},
	"pfingstsonntag": {5, 24, func(y int) (int, int) { return easterPlus(y, 49) }},
	"himmelfahrt":    {5, 14, func(y int) (int, int) { return easterPlus(y, 39) }},
	"weihnachtstag":  {12, 25, nil}, "neujahrstages": {1, 1, nil}, "silvesterabend": {12, 31, nil},
	"tag der deutschen einheit": {10, 3, nil},
	// Days named in German news (the Austrian ones included).
	"heiligen abend": {12, 24, nil}, "heiliger abend": {12, 24, nil}, "allerheiligen": {11, 1, nil}, "allerseelen": {11, 2, nil},
	"tag der arbeit": {5, 1, nil}, "staatsfeiertag": {5, 1, nil}, "valentinstag": {2, 14, nil}, "dreikönigstag": {1, 6, nil},
	"frauentag": {3, 8, nil}, "weltfrauentag": {3, 8, nil}, "tag der pressefreiheit": {5, 3, nil},
	"fronleichnam":  {6, 4, func(y int) (int, int) { return easterPlus(y, 60) }},
	"pfingstmontag": {5, 25, func(y int) (int, int) { return easterPlus(y, 50) }},
}

// ruleHoliday reads named days: "Christmas", "Thanksgiving Day", "New
// Year's Eve", "Weihnachten 1914", "Neujahrstag 1863", "Ostern".
func (p *parser) ruleHoliday(i int) (int, *expr, bool) {
	w := p.word(i)
	if w == "" || !p.toks[i].upper {
		return i, nil, false
	}
	if _, ok := holidayFirst[w]; !ok {
		return i, nil, false
	}
	name, j := w, i+1
	// Multi-word names, longest first.
	for n := 4; n >= 2; n-- {
		cand, k, ok := p.joinWords(i, n)
		if !ok {
			continue
		}
		if _, ok := holidays[cand]; ok {
			name, j = cand, k
			break
		}
	}
	h, ok := holidays[name]
	if !ok {
		return i, nil, false
	}
	if p.de && (name == "christmas" || name == "easter") {
		return i, nil, false
	}
	if name == "election day" && !p.toks[j-1].upper {
		// "Election day for those living inside Bosnia is September
		// 14": any country's polling day, not the U.S. Election Day.
		return i, nil, false
	}
	e := expr{typ: "DATE", rule: "holiday", month: h.month, day: h.day, gran: "day", holiday: name}
	if k, y, ok := p.yearNum(j); ok {
		e.year, e.hasYear = y, true
		if h.date != nil {
			e.month, e.day = h.date(y)
		}
		return p.ret(k, e, true)
	}
	if !p.de && p.is(j, "week") {
		// "Easter week", "Thanksgiving week": the week of the day.
		e.week, e.gran = true, "week"
		return p.ret(j+1, e, true)
	}
	return p.ret(j, e, true)
}

// joinWords joins n tokens from i as they would be written ("new year's
// day"), or fails when a token is not part of a name.
func (p *parser) joinWords(i, n int) (string, int, bool) {
	s := ""
	k := i
	for c := 0; c < n; c++ {
		if k >= p.n() {
			return "", k, false
		}
		t := p.toks[k]
		if t.kind == tPunct && t.text == "'" || t.kind == tPunct && t.text == "’" {
			if !p.is(k+1, "s") {
				return "", k, false
			}
			s += "'s"
			k += 2
			continue
		}
		if t.kind != tWord {
			return "", k, false
		}
		if s != "" {
			s += " "
		}
		s += t.low
		k++
	}
	return s, k, true
}

// holidayFirst holds the first word of every holiday name.
var holidayFirst = func() map[string]struct{} {
	m := map[string]struct{}{}
	for name := range holidays {
		w, _, _ := strings.Cut(name, " ")
		w, _, _ = strings.Cut(w, "'")
		m[w] = struct{}{}
	}
	return m
}()

func easter(y int) (int, int) { return easterPlus(y, 0) }

// easterPlus returns Easter Sunday of year y (Gregorian, anonymous
// algorithm) moved by days.
func easterPlus(y, days int) (int, int) {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	t := time.Date(y, time.Month(month), day, 12, 0, 0, 0, time.UTC).AddDate(0, 0, days)
	return int(t.Month()), t.Day()
}

func thanksgiving(y int) (int, int) { return nthWeekday(y, 11, 4, 4) }

// nthWeekday returns the n-th weekday wd (ISO, Monday = 1) of a month.
func nthWeekday(y, month, wd, n int) (int, int) {
	t := time.Date(y, time.Month(month), 1, 12, 0, 0, 0, time.UTC)
	cur := int(t.Weekday())
	if cur == 0 {
		cur = 7
	}
	d := 1 + (wd-cur+7)%7 + 7*(n-1)
	return month, d
}

// lastWeekday returns the last weekday wd of a month.
func lastWeekday(y, month, wd int) (int, int) {
	last := daysIn(y, month)
	t := time.Date(y, time.Month(month), last, 12, 0, 0, 0, time.UTC)
	cur := int(t.Weekday())
	if cur == 0 {
		cur = 7
	}
	return month, last - (cur-wd+7)%7
}

// wireNotePeriod tells whether the word w at i is the bare period of a
// wire note of figures, "the quarter" or "the year" without its article:
// "credits of 492,000 dlrs in quarter and 2.4 mln dlrs in year", "vs
// 83,000 in qtr".
func (p *parser) wireNotePeriod(i int, w string) bool {
	if p.de || !p.is(i, w) || !p.is(i-1, "in", "for") || !(p.isNum(i-2) || p.is(i-2, "dlrs", "dlr", "cts", "stg", "mln", "billion", "pct", "yen", "marks", "francs", "guilders", "lire")) {
		return false
	}
	return i+1 >= p.n() || p.punct(i+1, ",") || p.punct(i+1, ".") || p.punct(i+1, ";") || p.is(i+1, "and", "vs", "versus", "against", "from", "compared")
}

// noteYear reads the head of the sentence of the wire note around i: the
// year it opens with ("1985 net includes …"), or whether it opens with
// "Year-ago" or "Prior year".
func (p *parser) noteYear(i int) (year int, ago bool) {
	for q := i - 1; q > 0 && i-q < 40; q-- {
		if !(p.punct(q-1, ".") && !p.tight(q) || p.punct(q-1, ":")) {
			continue
		}
		switch {
		case p.isNum(q) && p.digits(q) == 4 && p.toks[q].num >= 1900 && p.toks[q].num <= 2100 && !p.isNum(q+1) && !p.punct(q+1, ","):
			return p.toks[q].num, false
		case p.is(q, "year") && p.hyphen(q+1) && p.is(q+2, "ago", "earlier"), p.is(q, "prior", "previous") && p.is(q+1, "year"):
			return 0, true
		}
		return 0, false
	}
	return 0, false
}

// ruleTheYear reads "the year" of business and news reports: "for the
// year", "sales for the full year", "in the fiscal year" are the year being
// told (a DATE); "the year ended March 31" is a one-year period (a
// DURATION; the date that ends it is an expression of its own).
func (p *parser) ruleTheYear(i int) (int, *expr, bool) {
	if p.wireNotePeriod(i, "year") {
		// "8.4 mln dlrs in year": the wire note's "the year".
		return p.ret(i+1, expr{typ: "DATE", rule: "the-year", anchor: aAnaphoric, u: uYear, gran: "year"}, true)
	}
	if p.de || !p.is(i, "the") {
		return i, nil, false
	}
	j := i + 1
	if p.is(j, "full", "fiscal", "whole", "entire") {
		j++
	}
	if p.is(j, "week", "month") && j == i+1 {
		return p.theWeek(i, j)
	}
	if !p.is(j, "year") || p.hyphen(j+1) || p.punct(j+1, "'") || p.punct(j+1, "’") {
		return i, nil, false // "the year-earlier period", "the year's best"
	}
	j++
	if p.is(j, "earlier", "ago") && j == i+2 {
		if p.is(j, "earlier") && p.is(i-1, "in", "from", "than", "over", "for") && (j+1 >= p.n() || p.toks[j+1].kind == tPunct || p.is(j+1, "and", "but", "when", "while")) {
			// "a profit of 64.2 mln dlrs in the year earlier.": the year
			// before the one told, as "the year before" is.
			return p.ret(j+1, expr{typ: "DATE", rule: "the-year-before", anchor: aAnaphoric, u: uYear, off: -1, gran: "year"}, true)
		}
		return i, nil, false // "in the year earlier month", as "the year-earlier month"
	}
	if p.is(j, "ended", "ending", "ends", "end") && !p.punct(j+1, ".") {
		return p.ret(j, expr{typ: "DURATION", rule: "the-year-ended", fixed: "P1Y", gran: "year"}, true)
	}
	if k, y, ok := p.yearNum(j); ok && j > i+2 {
		// "the full year 2023", "the fiscal year 2024": that year.
		return p.ret(k, expr{typ: "DATE", rule: "the-year-n", year: y, hasYear: true, gran: "year"}, true)
	}
	// Only where a time adjunct stands, and not "the year of the dragon",
	// "the year before", "the year 2000" (a longer match).
	if !p.is(i-1, "for", "in", "of", "during", "through", "throughout", "over") {
		return i, nil, false
	}
	if p.is(j, "before") && (j+1 >= p.n() || p.toks[j+1].kind == tPunct || p.is(j+1, "and", "but", "when", "while")) {
		// "a rise over the year before": the year before the one told.
		return p.ret(j+1, expr{typ: "DATE", rule: "the-year-before", anchor: aAnaphoric, u: uYear, off: -1, gran: "year"}, true)
	}
	if p.is(j, "of", "before", "after", "when", "that", "in", "which", "since", "to") {
		return i, nil, false
	}
	return p.ret(j, expr{typ: "DATE", rule: "the-year", anchor: aAnaphoric, u: uYear, gran: "year"}, true)
}

// theWeek reads "the week" and "the month" as time adjuncts of a report
// ("rigs were idle during the week", "the index fell 2 pct for the
// month"): the unit being told, as "the year" is. Not "of the month" (a
// name: "employee of the month") nor a unit that a clause or phrase after
// it pins elsewhere ("in the week after the vote").
func (p *parser) theWeek(i, j int) (int, *expr, bool) {
	if !p.is(i-1, "for", "in", "during", "through", "throughout", "over") || p.hyphen(j+1) || p.punct(j+1, "'") || p.punct(j+1, "’") {
		return i, nil, false
	}
	if j+1 < p.n() && p.toks[j+1].kind == tWord && !p.is(j+1, "and", "but", "while", "as") || p.isNum(j+1) {
		return i, nil, false
	}
	u, gran := uWeek, "week"
	if p.is(j, "month") {
		u, gran = uMonth, "month"
	}
	return p.ret(j+1, expr{typ: "DATE", rule: "the-" + gran, anchor: aAnaphoric, u: u, gran: gran}, true)
}

// ruleYearEnd reads "year-end", "year end", "the year's end": the end of the
// current year, or of the last one where the text looks back ("since
// year-end", "had risen by year end"); resolved with the tense.
func (p *parser) ruleYearEnd(i int) (int, *expr, bool) {
	if p.de {
		return i, nil, false
	}
	j := i
	if p.is(j, "the") {
		j++
	}
	if !p.is(j, "year") {
		return i, nil, false
	}
	j++
	switch {
	case p.hyphen(j) && p.tight(j) && p.is(j+1, "end") && p.tight(j+1):
		j += 2
	case p.is(j, "end") && j == i+1:
		j++
	case (p.punct(j, "'") || p.punct(j, "’")) && p.is(j+1, "s") && p.is(j+2, "end"):
		j += 3
	default:
		return i, nil, false
	}
	if p.is(j, "of") || p.hyphen(j) {
		return i, nil, false // "the year-end of a company", "year-end-adjusted"
	}
	return p.ret(j, expr{typ: "DATE", rule: "year-end", anchor: aNone, u: uYear, mod: "END", gran: "year", yearEnd: true}, true)
}

// ruleTurn reads the turn of a century or millennium: "the turn of the
// century", "the turn of the 20th century", "the turn of the millennium",
// "die Jahrhundertwende", "zur Jahrtausendwende". Its value is the boundary
// year, about which the text speaks (mod APPROX): a named century gives its
// first year; otherwise the boundary nearest the reference time is meant
// (in news of 2024, "the turn of the century" is 2000).
func (p *parser) ruleTurn(i int) (int, expr, bool) {
	e := expr{typ: "DATE", rule: "turn-of-century", mod: "APPROX", gran: "year"}
	if p.de {
		j := i
		if p.is(j, "die", "der") {
			j++ // the article is part of the expression, as in "die 90er Jahre"
		}
		switch p.word(j) {
		case "jahrhundertwende":
			e.turn = 100
		case "jahrtausendwende":
			e.turn = 1000
		default:
			return i, expr{}, false
		}
		return j + 1, e, true
	}
	j := i
	if p.is(j, "the") {
		j++
	}
	if !p.is(j, "turn") || !p.is(j+1, "of") {
		return i, expr{}, false
	}
	j += 2
	switch {
	case p.is(j, "the") && p.is(j+1, "century"):
		e.turn = 100
		return j + 2, e, true
	case p.is(j, "the") && p.is(j+1, "millennium"):
		e.turn = 1000
		return j + 2, e, true
	}
	if k, c, ok := p.centuryPoint(j); ok && c.century > 0 {
		e.year, e.hasYear, e.rule = c.century*100, true, "turn-of-named-century"
		return k, e, true
	}
	return i, expr{}, false
}

// yearBefore reads "last year", "a year ago", "a year earlier", "the
// previous year", "of last year" at k: a year before the time told.
func (p *parser) yearBefore(k int) (int, bool) {
	switch {
	case p.is(k, "of", "in") && p.is(k+1, "last") && p.is(k+2, "year"):
		return k + 3, true
	case p.is(k, "last") && p.is(k+1, "year"):
		return k + 2, true
	case p.is(k, "a", "one") && p.is(k+1, "year") && p.is(k+2, "ago", "earlier", "before"):
		return k + 3, true
	case p.is(k, "of", "in") && p.is(k+1, "the") && p.is(k+2, "previous", "prior", "preceding") && p.is(k+3, "year"):
		return k + 4, true
	case p.is(k, "the") && p.is(k+1, "previous", "prior", "preceding") && p.is(k+2, "year"):
		return k + 3, true
	}
	return k, false
}
