package timex

import "strings"

// The rules. Each reads tokens from position i and returns the end of what
// it recognised and the expression, or ok=false. parseAt tries them all and
// keeps the longest; rules are general patterns over word classes (months,
// weekdays, units, counts), never strings of one example.

// A rule returns its expression by pointer, nil when it fails: an expr is
// a few hundred bytes, and parseAt tries every rule at every token that may
// start an expression, so returning it by value cost a copy (and the
// callee's zeroing) per failed try: in German text more instructions than
// the rules' own tests. The pointer is to the parser's one result slot
// (p.ret), so the next rule's result overwrites it: a caller copies what
// it keeps before it calls another rule.
type rule func(p *parser, i int) (j int, e *expr, ok bool)

// val turns a rule's result into a helper's, which returns its expression
// by value.
func val(j int, e *expr, ok bool) (int, expr, bool) {
	if !ok {
		return j, expr{}, false
	}
	return j, *e, true
}

// ret turns the result of a helper that returns its expression by value
// into a rule's, in the parser's result slot.
func (p *parser) ret(j int, e expr, ok bool) (int, *expr, bool) {
	if !ok {
		return j, nil, false
	}
	p.res = e
	return j, &p.res, true
}

var rules = []rule{
	(*parser).rulePartOfDayOf,
	(*parser).ruleReportPeriod,
	(*parser).ruleHoliday,
	(*parser).ruleCalendar,
	(*parser).ruleModified,
	(*parser).ruleRelative,
	(*parser).ruleQuantity,
	(*parser).ruleNamedDay,
	(*parser).ruleVague,
	(*parser).ruleSet,
	(*parser).ruleClock,
	(*parser).ruleAnaphoric,
	(*parser).ruleTheYear,
	(*parser).ruleYearEnd,
	(*parser).ruleFew,
}

// ruleFew dispatches to rules that begin with one of a few words, so that
// the scan pays one call for them at each token.
func (p *parser) ruleFew(i int) (int, *expr, bool) {
	switch p.word(i) {
	case "the", "turn", "die", "der", "jahrhundertwende", "jahrtausendwende":
		return p.ret(p.ruleTurn(i))
	case "wochenende":
		return p.ret(p.ruleGermanWeekend(i))
	case "laufe", "lauf":
		return p.ret(p.ruleInTheCourse(i))
	case "jahreswechsel", "jahreswechsels", "jahreswende":
		// "zum Jahreswechsel": the first of January next to the time
		// of writing, chosen by the tense like any day without a year.
		if p.de && p.toks[i].upper {
			return p.ret(i+1, dateExpr("new-year", 0, 1, 1, false), true)
		}
	}
	return i, nil, false
}

// parseAt returns the longest expression starting at token i.
func (p *parser) parseAt(i int) (m match, ok bool) {
	best := -1
	for _, r := range rules {
		j, e, ok := r(p, i)
		if ok && j > i && j > best {
			best = j
			m = match{i: i, j: j, e: *e}
		}
	}
	if best < 0 {
		return m, false
	}
	// A clock time right before or after a date makes one TIME value:
	// "9 a.m. Tuesday", "Tuesday at 9 a.m.", "4:45 Uhr am 1. September".
	m = p.extendClock(m)
	return m, true
}

// ruleCalendar reads calendar points: dates, months, years, decades,
// centuries, seasons, quarters and weekdays, with their optional year.
func (p *parser) ruleCalendar(i int) (int, *expr, bool) {
	if j, e, ok := p.scheduleDays(i); ok {
		return j, e, true
	}
	j, e, ok := p.point(i)
	if !ok {
		return p.ret(i, e, false)
	}
	return p.ret(j, e, true)
}

// point reads one calendar point without modifiers.
func (p *parser) point(i int) (int, expr, bool) {
	if i >= p.n() || i < 0 {
		return i, expr{}, false
	}
	if t := &p.toks[i]; t.kind == tWord {
		if _, ok := pointStart[t.low]; !ok {
			if _, rel := enRel[t.low]; rel && !p.de && p.is(i+1, "year") {
				return val(p.quarterPoint(i)) // "next year's first quarter"
			}
			return i, expr{}, false
		}
	} else if t.kind == tPunct && t.text != "'" && t.text != "’" {
		return i, expr{}, false
	}
	// The readers below return their expression by pointer, as rules do:
	// point tries all of them at every number.
	best, bestE := -1, expr{}
	try := func(j int, e *expr, ok bool) {
		if ok && j > best {
			best, bestE = j, *e
		}
	}
	try(p.numericDate(i))
	try(p.dayMonthYear(i))
	try(p.monthDayYear(i))
	try(p.monthYear(i))
	try(p.yearPoint(i))
	try(p.decadePoint(i))
	try(p.decadeWord(i))
	try(p.centuryPoint(i))
	try(p.seasonPoint(i))
	try(p.quarterPoint(i))
	try(p.weekdayPoint(i))
	if best < 0 {
		return i, expr{}, false
	}
	return best, bestE, true
}

// pointStart is every word a calendar point may begin with.
var pointStart = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, table := range []map[string]int{monthWords, weekdayWords, ordinalWords} {
		for w := range table {
			m[w] = struct{}{}
		}
	}
	for w := range seasonWords {
		m[w] = struct{}{}
	}
	for w := range decadeWords {
		m[w] = struct{}{}
	}
	for s := range germanOrdinalStems {
		for _, suf := range []string{"e", "en", "er", "es", "em"} {
			m[s+suf] = struct{}{}
		}
	}
	for _, w := range []string{"the", "das", "im", "dem", "des", "den", "der", "die", "jahr", "jahre", "jahres", "fiscal", "financial", "fy", "q", "h", "last", "final", "nineteen", "eighteen", "two", "schlussquartal", "schlussquartals"} {
		m[w] = struct{}{}
	}
	return m
}()

func dateExpr(rule string, y, m, d int, hasYear bool) expr {
	e := expr{typ: "DATE", rule: rule, year: y, hasYear: hasYear, month: m, day: d}
	switch {
	case d > 0:
		e.gran = "day"
	case m > 0:
		e.gran = "month"
	default:
		e.gran = "year"
	}
	return e
}

// numericDate reads 2025-07-31, 31.07.2025, 27.7., 1.9.39 and 7/31/2025.
func (p *parser) numericDate(i int) (int, *expr, bool) {
	if !p.isNum(i) {
		return i, nil, false
	}
	// An ISO date.
	if p.digits(i) == 4 && p.hyphen(i+1) && p.tight(i+1) && p.isNum(i+2) && p.tight(i+2) && p.digits(i+2) == 2 &&
		p.hyphen(i+3) && p.tight(i+3) && p.isNum(i+4) && p.tight(i+4) && p.digits(i+4) == 2 {
		y, m, d := p.toks[i].num, p.toks[i+2].num, p.toks[i+4].num
		if validDate(y, m, d) {
			return p.ret(i+5, dateExpr("iso-date", y, m, d, true), true)
		}
	}
	if i > 0 && p.tight(i) && (p.isNum(i-1) || p.punct(i-1, ".") || p.punct(i-1, "/")) {
		return i, nil, false
	}
	if p.digits(i) > 2 {
		return i, nil, false
	}
	d := p.toks[i].num
	// German: day.month.[year]
	if p.punct(i+1, ".") && p.tight(i+1) && p.isNum(i+2) && p.tight(i+2) && p.digits(i+2) <= 2 && p.punct(i+3, ".") && p.tight(i+3) {
		m := p.toks[i+2].num
		if p.isNum(i+4) && p.tight(i+4) && (p.digits(i+4) == 4 || p.digits(i+4) == 2) {
			y := p.toks[i+4].num
			yy2 := p.digits(i+4) == 2
			if yy2 {
				y = twoDigitYear(y)
			}
			if validDate(y, m, d) {
				e := dateExpr("dmy-numeric", y, m, d, true)
				e.yy2 = yy2
				return p.ret(i+5, e, true)
			}
			return i, nil, false
		}
		if validDate(2000, m, d) && !p.isNum(i+4) && p.de {
			// English writes no day.month.; "version 10.4." ends a
			// sentence.
			return p.ret(i+4, dateExpr("dm-numeric", 0, m, d, false), true)
		}
	}
	// US: month/day/year
	if !p.de && p.punct(i+1, "/") && p.tight(i+1) && p.isNum(i+2) && p.tight(i+2) && p.digits(i+2) <= 2 && p.punct(i+3, "/") && p.tight(i+3) && p.isNum(i+4) && p.tight(i+4) {
		m, dd := d, p.toks[i+2].num
		y := p.toks[i+4].num
		if p.digits(i+4) == 2 {
			y = twoDigitYear(y)
		} else if p.digits(i+4) != 4 {
			return i, nil, false
		}
		if validDate(y, m, dd) {
			return p.ret(i+5, dateExpr("mdy-numeric", y, m, dd, true), true)
		}
	}
	return i, nil, false
}

func twoDigitYear(y int) int {
	if y < 40 {
		return 2000 + y
	}
	return 1900 + y
}

// dayMonthYear reads "9. März 2020", "9 March 2020", "the 9th of March",
// "27. und 28. September" (the first day takes the month that follows).
func (p *parser) dayMonthYear(i int) (int, *expr, bool) {
	j := i
	if !p.de && p.is(j, "the") {
		j++
	}
	j, d, ok := p.dayNum(j)
	word := false // a German ordinal word: "am dritten März"
	if !ok && p.de {
		if n, isOrd := germanOrdinal(p.word(j)); isOrd && n <= 31 {
			j, d, ok, word = j+1, n, true, true
		}
	}
	if !ok && !p.de && j > i && p.is(j+1, "of") {
		// "the third of March"
		if n, isOrd := ordinalWords[p.word(j)]; isOrd && n <= 31 {
			j, d, ok = j+1, n, true
		}
	}
	if !ok {
		return i, nil, false
	}
	if i > 0 && p.tight(i) && (p.isNum(i-1) || p.punct(i-1, ".")) {
		return i, nil, false
	}
	if i > 1 && p.tight(i) && p.punct(i-1, "/") && p.isNum(i-2) && p.digits(i-2) == 4 {
		return i, nil, false // "the 2024/25 October-September season": a split year
	}
	if p.de && !word {
		if !p.punct(j, ".") || !p.tight(j) {
			return i, nil, false
		}
		j++
		if p.is(j, "des") { // "9. des Monats": rare; not a date here
			return i, nil, false
		}
	} else if p.is(j, "of") {
		j++
	}
	k, m, ok := p.monthAt(j)
	if !ok {
		// Month names that are also words are fine right after a day.
		if w := p.word(j); w != "" && ambiguousMonths[w] && p.toks[j].upper {
			k, m, ok = j+1, monthWords[w], true
			if p.punct(k, ".") && p.tight(k) {
				k++
			}
		}
	}
	if !ok {
		// "27. und 28. September": a day before a coordinated full date.
		if p.de && (p.is(j, "und", "bis", "oder", "zum", "auf") || p.dash(j) || p.punct(j, "/") || p.punct(j, ",")) {
			k := j + 1
			if p.is(k, "den", "dem") {
				k++
			}
			if _, e2, ok2 := p.dayMonthYear(k); ok2 && e2.month > 0 {
				e := dateExpr("day-before-coordinated-date", e2.year, e2.month, d, e2.hasYear)
				return p.ret(j, e, validDate(2000, e2.month, d))
			}
		}
		return i, nil, false
	}
	if !validDate(2000, m, d) {
		return i, nil, false
	}
	kc := k
	if p.punct(k, ",") && p.isNum(k+1) {
		kc++
	}
	if kk, y, ok := p.yearNum(kc); ok {
		if !validDate(y, m, d) && y > 0 {
			return i, nil, false
		}
		return p.ret(kk, dateExpr("day-month-year", y, m, d, true), true)
	}
	if y, ok := p.borrowYear(k); ok {
		return p.ret(k, dateExpr("day-month-coordinated-year", y, m, d, true), true)
	}
	if kk, e, ok := p.relativeYearOf(k); ok {
		// "am 5. Juni vergangenen Jahres", "1. Januar dieses Jahres"
		e.month, e.day, e.gran, e.rule = m, d, "day", "day-month-relative-year"
		return p.ret(kk, e, true)
	}
	return p.ret(k, dateExpr("day-month", 0, m, d, false), true)
}

// monthDayYear reads "March 9, 2020", "Sept. 30", "Aug. 7, 1998".
func (p *parser) monthDayYear(i int) (int, *expr, bool) {
	if p.de {
		return i, nil, false
	}
	j, m, ok := p.monthAt(i)
	if !ok {
		w := p.word(i)
		if w == "" || !ambiguousMonths[w] || !p.toks[i].upper {
			return i, nil, false
		}
		j, m = i+1, monthWords[w]
		if p.punct(j, ".") && p.tight(j) {
			j++
		}
	}
	k, d, ok := p.dayNum(j)
	if !ok {
		k, d, ok = p.dayWords(i, j)
	}
	if !ok || !validDate(2000, m, d) {
		return i, nil, false
	}
	// "May 5,000" or "March 9:30" are not dates.
	if (p.punct(k, ",") || p.punct(k, ".") || p.punct(k, ":")) && p.tight(k) && p.isNum(k+1) && p.tight(k+1) {
		return i, nil, false
	}
	if p.punct(k, ",") && p.isNum(k+1) {
		if kk, y, ok := p.yearNum(k + 1); ok {
			return p.ret(kk, dateExpr("month-day-year", y, m, d, true), true)
		}
	}
	if kk, y, ok := p.yearNum(k); ok {
		return p.ret(kk, dateExpr("month-day-year", y, m, d, true), true)
	}
	if kk, e, ok := p.relativeYearOf(k); ok {
		// "January 1 this year", "March 5 of last year"
		e.month, e.day, e.gran, e.rule = m, d, "day", "month-day-relative-year"
		return p.ret(kk, e, true)
	}
	return p.ret(k, dateExpr("month-day", 0, m, d, false), true)
}

// monthYear reads "March 2020", "Juni 1940", "March of 2020", and a month
// alone where the context makes it a date.
func (p *parser) monthYear(i int) (int, *expr, bool) {
	j, m, ok := p.monthAt(i)
	if !ok {
		return i, nil, false
	}
	k := j
	if p.punct(k, ",") {
		k++
	}
	if p.is(k, "of") && !p.de {
		k++
	}
	if p.de && p.is(k, "des", "dieses", "diesen") && p.is(k+1, "jahres") {
		// "im Mai des Jahres 1940", "im Mai dieses Jahres"
		if kk, y, ok := p.yearNum(k + 2); ok {
			return p.ret(kk, dateExpr("month-year", y, m, 0, true), true)
		}
		if p.is(k, "dieses", "diesen") {
			e := dateExpr("month-this-year", 0, m, 0, false)
			e.dir = 2 // same year as the anchor
			return p.ret(k+2, e, true)
		}
	}
	if kk, y, ok := p.yearNum(k); ok {
		return p.ret(kk, dateExpr("month-year", y, m, 0, true), true)
	}
	if k == j && p.shortYearAfterMonth(k) {
		// "September 97 put options", "July 95" in a table: a number
		// that can be no day is the year, as market reports write it.
		return p.ret(k+1, dateExpr("month-short-year", twoDigitYear(p.toks[k].num), m, 0, true), true)
	}
	if !p.de {
		// Spoken years: "January nineteen ninety-seven".
		if kk, y, ok := p.yearWords(k); ok {
			return p.ret(kk, dateExpr("month-year-words", y, m, 0, true), true)
		}
	}
	if kk, e, ok := p.relativeYearOf(j); ok {
		e.month, e.gran, e.rule = m, "month", "month-relative-year"
		return p.ret(kk, e, true)
	}
	w := p.low(i)
	if y, ok := p.borrowYear(j); ok {
		return p.ret(j, dateExpr("month-coordinated-year", y, m, 0, true), true)
	}
	if e, ok := p.borrowRelYear(j); ok {
		e.month, e.gran, e.rule = m, "month", "month-coordinated-relative-year"
		return p.ret(j, e, true)
	}
	if ambiguousMonths[w] || w == "august" || (p.de && w == "august") {
		if !p.monthContext(i) && !p.slashedMonth(i) && !p.deliveryMonth(i, j) && !p.figureMonth(i, j) {
			return i, nil, false
		}
	}
	if !p.de && j < p.n() && p.toks[j].kind == tWord && p.midCap(j) && !p.timeWord(j) && !p.countWord(j) && !p.monthContext(i) && strings.ToUpper(p.toks[i].text) != p.toks[i].text && p.toks[j].space && !p.marketNounAt(j) {
		// "June Carter sang", "April Ryan asked": a month name before a
		// capitalised word, with no preposition that makes it a time, is a
		// first name ("in June Congress passed" stays a date); "March
		// Eurodollars" is a delivery month.
		return i, nil, false
	}
	return p.ret(j, dateExpr("month", 0, m, 0, false), true)
}

// shortYearAfterMonth tells whether the English number at k, after a month
// name, is a year of two digits: too big for a day, and no count of what
// follows ("March 97 percent", "May 40 people").
func (p *parser) shortYearAfterMonth(k int) bool {
	if p.de || !p.isNum(k) || p.digits(k) != 2 || p.toks[k].num < 32 || p.tight(k) || p.toks[k].newline {
		return false
	}
	next := k + 1
	if next >= p.n() || p.toks[next].newline {
		return true
	}
	if p.toks[next].kind == tPunct {
		return !p.punct(next, "%") && !p.punct(next, ".") && !p.punct(next, ",") && !p.punct(next, "-") && !p.punct(next, "/")
	}
	return p.is(next, "mid", "put", "puts", "call", "calls", "contract", "contracts", "futures", "options", "delivery") || p.monthAtWord(next)
}

// monthAtWord tells whether token i is a month name.
func (p *parser) monthAtWord(i int) bool {
	_, ok := monthWords[p.word(i)]
	return ok
}

// countWord tells whether token i is a number or ordinal word ("April
// One", "May Seven" in dividend notes).
func (p *parser) countWord(i int) bool {
	w := p.low(i)
	if _, ok := numberWords[w]; ok {
		return true
	}
	_, ok := ordinalWords[w]
	return ok
}

// nameBefore tells whether the English token before i is a capitalised
// word inside a sentence that is no word of time nor a function word: the
// number at i then belongs to a name ("Room 2001", "Highway 61").
func (p *parser) nameBefore(i int) bool {
	if p.de || i == 0 || p.toks[i-1].kind != tWord || !p.toks[i].space || !p.midCap(i-1) {
		return false
	}
	if p.punct(i+1, "/") || p.dash(i+1) {
		return false // "French 1986/87 stocks": a season of years
	}
	if w := p.low(i - 1); strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "ic") || strings.HasSuffix(w, "i") {
		// A people's adjective: "French 1986 output", "Japanese 1987
		// exports".
		return false
	}
	switch p.low(i - 1) {
	case "conference", "summit", "games", "olympics", "cup", "championship", "championships", "election", "elections",
		"census", "expo", "festival", "fair", "forum", "budget", "convention", "season", "tour", "open", "awards", "show":
		// "Worldwide Developers Conference 2010", "Census 2020": a
		// gathering or a count held in that year.
		return false
	}
	return !p.timeWord(i - 1)
}

// productBefore tells whether token i follows the name of a product or
// event whose edition a two-digit year gives ("iLife '11", "Office '97",
// "Expo '70" is a year too, but its name is a gathering): a capitalised
// word inside a sentence, or one with a capital inside ("iLife").
func (p *parser) productBefore(i int) bool {
	if p.de || i == 0 || p.toks[i-1].kind != tWord || p.timeWord(i-1) {
		return false
	}
	t := p.toks[i-1].text
	if p.midCap(i - 1) {
		return true
	}
	return len(t) > 1 && strings.ToLower(t[:1]) == t[:1] && strings.ToLower(t[1:]) != t[1:]
}

// timeWord tells whether token i is a word of time (a month, weekday,
// season, part of day, unit or holiday word) or a function word, which a
// headline in title case capitalises ("Sales Rose In 1998").
func (p *parser) timeWord(i int) bool {
	w := p.low(i)
	if _, ok := monthWords[w]; ok {
		return true
	}
	if _, ok := weekdayWords[w]; ok {
		return true
	}
	if _, ok := seasonWords[w]; ok {
		return true
	}
	if _, ok := partOfDay[w]; ok {
		return true
	}
	if _, ok := unitWords[w]; ok {
		return true
	}
	if _, ok := holidays[w]; ok {
		return true
	}
	if enPrepositions[w] || enDeterminers[w] {
		return true
	}
	switch w {
	case "fiscal", "financial", "fy", "year", "years", "quarter", "half", "and", "or", "but", "since", "until", "between",
		"through", "around", "about", "early", "late", "mid", "end", "beginning", "start", "class", "day", "eve", "new",
		"last", "next", "this", "past", "coming", "summer", "spring", "autumn", "fall", "winter", "yesterday", "today",
		"tomorrow", "tonight", "is", "was", "are", "were", "as", "than", "when", "while", "if", "that", "which", "so":
		return true
	}
	return false
}

// borrowYear reads the year of a coordinated point after j: "Mai/Juni 1940",
// "im Juni und Juli 1944", "Spätsommer und Herbst 1940", "March and April
// 2020" give the first part the year of the second.
func (p *parser) borrowYear(j int) (int, bool) {
	if !(p.punct(j, "/") || p.dash(j) || p.is(j, "und", "bis", "oder", "and", "or", "to", "through")) {
		return 0, false
	}
	k := j + 1
	if p.is(k, "zum", "im", "in", "early", "late", "mid", "anfang", "ende", "mitte") {
		k++
	}
	if _, e, ok := p.point(k); ok && e.hasYear && e.weekday == 0 && (e.month > 0 || e.season != "") {
		return e.year, true
	}
	return 0, false
}

// borrowRelYear reads the relative year of a coordinated point after j:
// "June to August last year", "Juni bis August des vergangenen Jahres"
// give the first part the same year, counted from the same anchor.
func (p *parser) borrowRelYear(j int) (expr, bool) {
	if !(p.punct(j, "/") || p.dash(j) || p.is(j, "und", "bis", "oder", "and", "to", "through", "or")) {
		return expr{}, false
	}
	k := j + 1
	if p.is(k, "zum", "im", "in", "early", "late", "mid", "anfang", "ende", "mitte") {
		k++
	}
	if _, e, ok := p.point(k); ok && !e.hasYear && e.u == uYear && e.anchor != aNone && e.weekday == 0 && (e.month > 0 || e.season != "") {
		return expr{typ: "DATE", anchor: e.anchor, u: uYear, off: e.off}, true
	}
	return expr{}, false
}

// relativeYearOf reads "des folgenden Jahres", "des nächsten Jahres",
// "dieses Jahres", "of next year", "of last year" after a month or season.
func (p *parser) relativeYearOf(k int) (int, expr, bool) {
	j := k + 2
	var r relWord
	var ok bool
	if p.de && p.is(k, "des") {
		// "am 21. September des Vorjahres", "seit Mai des Folgejahres":
		// the one-word relative year in the genitive.
		if kk, e, ok := p.germanCompoundRel(k + 1); ok && e.u == uYear && e.mod == "" {
			return kk, expr{typ: "DATE", anchor: e.anchor, u: uYear, off: e.off}, true
		}
	}
	switch {
	case p.is(k, "des", "of"):
		r, ok = p.relAt(k + 1)
	case p.de && p.is(k, "desselben", "dieses", "diesen", "jenes", "selbigen"):
		r, ok = p.relAt(k)
		j = k + 1
	case p.de && p.is(k+1, "jahres", "jahrs"):
		// "im Herbst vergangenen Jahres", "im Mai nächsten Jahres": the
		// genitive without an article.
		r, ok = p.relAt(k)
		j = k + 1
	case !p.de && p.is(k, "this", "next", "last"):
		// "in April next year", "early October this year"
		r, ok = p.relAt(k)
		j = k + 1
	}
	if !ok {
		return k, expr{}, false
	}
	if _, u, plural, ok := p.unitAt(j); !ok || plural || u != uYear {
		return k, expr{}, false
	}
	return j + 1, expr{typ: "DATE", anchor: r.anchor, u: uYear, off: r.off}, true
}

// monthContext tells whether the words before a month name that is also a
// common word or name make it a date ("in May", "im August", "bis März").
func (p *parser) monthContext(i int) bool {
	prev := p.low(i - 1)
	switch prev {
	case "in", "since", "until", "till", "by", "before", "after", "during", "last", "next", "this", "early", "late", "mid", "of", "from", "to", "through", "each", "every", "between", "and",
		"im", "seit", "bis", "vom", "ab", "zum", "nach", "vor", "anfang", "ende", "mitte", "beginn", "letzten", "vergangenen", "kommenden", "nächsten", "diesen", "dieses", "des", "den", "und", "zwischen", "-", "–":
		return true
	}
	return false
}

// yearPoint reads a year: "2018", "das Jahr 1939", "the year 2000", "490 v.
// Chr.", "fiscal 1989", "1941/42" (the first year).
func (p *parser) yearPoint(i int) (int, *expr, bool) {
	j := i
	rule := "year"
	intro := false
	switch {
	case p.de && p.is(j, "jahr", "jahre", "jahres") && p.toks[j].upper:
		j++
		intro = true
		rule = "year-noun"
	case !p.de && p.is(j, "the") && p.is(j+1, "year"):
		j += 2
		intro = true
		rule = "year-noun"
		if k, y, ok := p.yearWords(j); ok {
			return p.ret(k, dateExpr(rule, y, 0, 0, true), true)
		}
	case !p.de && p.is(j, "fiscal") && p.isNum(j+1):
		j++
		rule = "fiscal-year"
	case !p.de && p.is(j, "fiscal", "financial") && p.is(j+1, "year") && p.isNum(j+2) && p.digits(j+2) == 4:
		// "fiscal year 2007"
		j += 2
		rule = "fiscal-year"
	case !p.de && p.is(j, "the") && p.isNum(j+1) && p.digits(j+1) == 4 && p.is(j+2, "fiscal", "financial") && p.is(j+3, "year") && !p.hyphen(j+4):
		// "the 2007 fiscal year"
		return p.ret(j+4, dateExpr("fiscal-year", p.toks[j+1].num, 0, 0, true), true)
	case !p.de && p.is(j, "fy") && p.toks[j].upper && p.isNum(j+1) && (p.digits(j+1) == 4 || p.digits(j+1) == 2) && (p.tight(j+1) || p.digits(j+1) == 4):
		// "FY2007", "FY 2007", "FY07": the fiscal year, written as its
		// year as TimeBank writes "fiscal 1989".
		y := p.toks[j+1].num
		if p.digits(j+1) == 2 {
			return p.ret(j+2, expr{typ: "DATE", rule: "fiscal-year", year: y, yy2: true, hasYear: true, gran: "year"}, true)
		}
		return p.ret(j+2, dateExpr("fiscal-year", y, 0, 0, true), true)
	}
	if intro && p.isNum(j) && p.digits(j) <= 4 {
		// "im Jahr 218 v. Chr.", "im Jahre 9": small numbers are years here.
		y := p.toks[j].num
		k := j + 1
		if kk, bc := p.era(k); kk > k {
			k = kk
			if bc {
				y = -y
			}
		}
		if y > 0 && k == j+1 && p.punct(k, "/") && p.tight(k) && p.isNum(k+1) && p.tight(k+1) {
			if kk, bc := p.era(k + 2); kk > k+2 && bc {
				y = -y
			}
		}
		if y != 0 && (p.digits(j) == 4 || k > j+1 || p.de) {
			e := dateExpr(rule, y, 0, 0, true)
			return p.ret(k, e, true)
		}
	}
	// Years in words: "nineteen ninety-six", "the year two thousand".
	if !p.de {
		if k, y, ok := p.yearWords(j); ok {
			return p.ret(k, dateExpr("year-words", y, 0, 0, true), true)
		}
	}
	// The second year of "1918/19": same century as the first.
	if p.isNum(j) && p.digits(j) == 2 && p.punct(j-1, "/") && p.tight(j) && p.tight(j-1) && p.isNum(j-2) && p.digits(j-2) == 4 {
		first := p.toks[j-2].num
		y := first/100*100 + p.toks[j].num
		if y < first {
			y += 100
		}
		if y-first <= 1 {
			return p.ret(j+1, dateExpr("year-after-slash", y, 0, 0, true), true)
		}
	}
	// The second year of "1930–34", "1914-18": a later year of the same
	// century, close to the first ("1998-08" is a year and month).
	if p.isNum(j) && p.digits(j) == 2 && p.dash(j-1) && p.tight(j) && p.tight(j-1) && p.isNum(j-2) && p.digits(j-2) == 4 && !p.dash(j+1) && !p.dash(j-3) {
		first := p.toks[j-2].num
		y := first/100*100 + p.toks[j].num
		if y > first && y-first <= 30 && first >= 1000 && p.plausibleYear(j-2, j-1) {
			return p.ret(j+1, dateExpr("year-after-dash", y, 0, 0, true), true)
		}
	}
	// "in '99", "the class of '68": a year written with two digits (not
	// "'90s", a decade, nor a quoted number "'99'").
	if !p.de && (p.punct(j, "'") || p.punct(j, "’")) && p.isNum(j+1) && p.tight(j+1) && p.digits(j+1) == 2 && (j == 0 || p.toks[j].space) &&
		!(p.tight(j+2) && (p.toks[j+2].kind != tPunct || p.punct(j+2, "'") || p.punct(j+2, "’"))) && !p.productBefore(j) {
		e := dateExpr("year-apostrophe", p.toks[j+1].num, 0, 0, true)
		e.yy2 = true
		return p.ret(j+2, e, true)
	}
	k, y, ok := p.yearNum(j)
	if !ok {
		return i, nil, false
	}
	if !intro && y > 0 && !p.plausibleYear(j, k) {
		return i, nil, false
	}
	// "478/477 v. Chr.": the era written after the second year holds for both.
	if y > 0 && p.punct(k, "/") && p.tight(k) && p.isNum(k+1) && p.tight(k+1) {
		if kk, bc := p.era(k + 2); kk > k+2 && bc {
			y = -y
		}
	}
	return p.ret(k, dateExpr(rule, y, 0, 0, true), true)
}

// yearWords reads a year written in words: "nineteen ninety-six",
// "nineteen eighty", "two thousand", "two thousand and three".
func (p *parser) yearWords(j int) (int, int, bool) {
	switch p.word(j) {
	case "nineteen", "eighteen":
		century := 1900
		if p.word(j) == "eighteen" {
			century = 1800
		}
		k, n, x, ok := p.cardinal(j + 1)
		if !ok || x || n < 10 || n > 99 || n != float64(int(n)) || p.isNum(j+1) {
			return j, 0, false
		}
		return k, century + int(n), true
	case "two":
		if !p.is(j+1, "thousand") {
			return j, 0, false
		}
		k := j + 2
		if p.is(k, "and") {
			k++
		}
		if kk, n, x, ok := p.cardinal(k); ok && !x && !p.isNum(k) && n >= 1 && n < 100 && n == float64(int(n)) {
			return kk, 2000 + int(n), true
		}
		if p.is(j-1, "year") || p.is(j-2, "year") {
			return j + 2, 2000, true
		}
	}
	return j, 0, false
}

// plausibleYear rejects four-digit numbers that are quantities: "1500
// soldiers", "$1990", "2000 Prozent", "Nr. 1945".
func (p *parser) plausibleYear(i, j int) bool {
	prev := p.low(i - 1)
	switch prev {
	case "$", "€", "£", "¥", "nr", "no", "number", "nummer", "page", "seite", "über", "rund", "etwa", "fast", "mehr", "als", "knapp", "insgesamt", "about", "some", "nearly", "almost", "than", "over", "additional", "route", "flight", "flug", "paragraph", "artikel", "article", "resolution", "resolutionen", "#":
		return false
	}
	if p.tight(i) && (prev == "-" || prev == "/") && i >= 2 && p.isNum(i-2) && p.digits(i-2) < 4 {
		return false
	}
	if p.tight(i) && prev == "-" && i >= 2 && p.isNum(i-2) && p.tight(i-1) && p.digits(i-2) == 4 && p.toks[i-2].num >= p.toks[i].num {
		// "9373-1800": a range of years runs forward, so a four-digit
		// group after a larger one is the tail of a telephone or
		// reference number.
		return false
	}
	if p.tight(i) && p.tight(i-1) && (prev == "." && !p.de || prev == "," && p.de) && p.isNum(i-2) {
		return false // the decimals of "$4.1556", "4,1556 Euro"
	}
	if !p.de && p.isNum(i-1) && p.digits(i-1) <= 3 && !p.tight(i) && !p.toks[i].newline {
		return false // the last group of a telephone number, "+27-11 482 1003"
	}
	if p.wireClockEnd(i) > 0 || p.wireClockRangeStart(i) {
		return false // a wire-service clock time, "from 1800 to 2100 local time"
	}
	if p.nameBefore(i) {
		// "Room 2001", "Windows 2000", "Vision 2030": a number that is
		// part of a name.
		return false
	}
	next := p.word(j)
	if next != "" {
		if _, ok := quantityNouns[next]; ok {
			return false
		}
		// German: a capitalised noun right after a number counts it ("mit
		// 1500 Panzern"), unless a preposition or noun of time introduces
		// the year ("seit 1848 Teil Frankreichs").
		if p.de && p.toks[j].upper && !p.toks[j].newline && !p.is(i-1, "im", "in", "seit", "bis", "von", "vom", "ab", "nach", "vor", "um", "gegen", "zwischen", "anfang", "ende", "mitte", "jahr", "jahre", "jahres", "frühjahr", "sommer", "herbst", "winter") {
			if _, isMonth := monthWords[next]; !isMonth && i > 0 && p.toks[i-1].kind == tWord {
				return false
			}
		}
	}
	if p.punct(j, "%") || p.is(j, "percent", "prozent", "million", "millionen", "billion", "milliarden", "mio", "mrd", "km", "kilometer", "meter", "metres", "meters", "miles", "tons", "tonnen", "dollar", "dollars", "euro", "mark", "yen", "pfund", "pounds") {
		return false
	}
	if p.punct(j, ":") && p.tight(j) && p.isNum(j+1) {
		return false
	}
	// A decimal: an index level "2082.1" (German "1939." ends a sentence,
	// with a space after it).
	if (p.punct(j, ".") && !p.de || p.punct(j, ",") && p.de) && p.tight(j) && p.isNum(j+1) && p.tight(j+1) {
		return false
	}
	return true
}

// quantityNouns are nouns that follow counts, not years ("1500 soldiers").
var quantityNouns = map[string]struct{}{
	"soldiers": {}, "soldaten": {}, "people": {}, "menschen": {}, "men": {}, "mann": {}, "troops": {}, "truppen": {},
	"persons": {}, "personen": {}, "shares": {}, "aktien": {}, "workers": {}, "arbeiter": {}, "employees": {}, "mitarbeiter": {},
	"beschäftigte": {}, "beschäftigten": {}, "arbeitsplätze": {}, "besucher": {}, "teilnehmer": {},
	"tote": {}, "toten": {}, "dead": {}, "killed": {}, "einwohner": {}, "residents": {}, "units": {}, "einheiten": {},
	"jobs": {}, "stellen": {}, "cars": {}, "autos": {}, "fahrzeuge": {}, "panzer": {}, "tanks": {}, "flugzeuge": {}, "aircraft": {},
	"gefangene": {}, "prisoners": {}, "opfer": {}, "victims": {}, "rounds": {}, "schuss": {}, "container": {},
}

// decadeWords are the decades written as words. The German forms end in
// "-er" ("die Neunziger Jahre"), "-ern" (the dative plural, "in den
// Neunzigern") or are one word with "-jahre" ("die Achtzigerjahre").
var decadeWords = func() map[string]int {
	m := map[string]int{
		"twenties": 192, "thirties": 193, "forties": 194, "fifties": 195, "sixties": 196, "seventies": 197, "eighties": 198, "nineties": 199,
	}
	for w, d := range map[string]int{"zwanziger": 192, "dreißiger": 193, "vierziger": 194, "fünfziger": 195, "sechziger": 196, "siebziger": 197, "achtziger": 198, "neunziger": 199, "nuller": 200} {
		for _, suf := range []string{"", "n", "jahre", "jahren", "jahrs", "jahres"} {
			m[w+suf] = d
		}
	}
	delete(m, "nuller") // "Nuller" alone is not a decade; "Nullerjahre" is
	delete(m, "nullern")
	return m
}()

// decadeWord reads "the nineties", "den zwanziger Jahren", "in den
// Neunzigern", "die Achtzigerjahre", "Anfang der Neunziger".
func (p *parser) decadeWord(i int) (int, *expr, bool) {
	j := i
	article := false
	if p.is(j, "the", "den", "der", "die") {
		j++
		article = true
	} else if !p.de {
		return i, nil, false
	}
	w := p.word(j)
	d, ok := decadeWords[w]
	if !ok {
		return i, nil, false
	}
	j++
	if p.de {
		switch {
		case strings.Contains(w, "jahr"):
			// "Achtzigerjahre": the noun is part of the word.
		case p.is(j, "jahre", "jahren", "jahrs", "jahres"):
			j++
		case strings.HasSuffix(w, "n") && article:
			// "in den Neunzigern": the plural noun stands for the decade.
		case strings.HasSuffix(w, "er") && p.hyphen(j) && p.tight(j) && p.is(j+1, "und", "oder", "bis"):
			// "in den Achtziger- und Neunzigerjahren": the first part of
			// a shared compound, with its hyphen.
			j++
		case article && p.is(i-1, "anfang", "mitte", "ende", "beginn", "ausgang") && (j >= p.n() || !p.toks[j].upper || p.toks[j].kind != tWord):
			// "Anfang der Neunziger" (but "der Neunziger Generation" is
			// an adjective).
		default:
			return i, nil, false
		}
	} else if strings.HasSuffix(w, "zig") || strings.Contains(w, "ziger") || w == "nuller" {
		return i, nil, false
	}
	return p.ret(j, expr{typ: "DATE", rule: "decade-word", decade: d, gran: "decade"}, true)
}

// decadePoint reads "the 1990s", "'90s", "1930er Jahre", "den 1990er-Jahren",
// "der 90er Jahre".
func (p *parser) decadePoint(i int) (int, *expr, bool) {
	j := i
	if !p.de && p.is(j, "the") {
		j++
	}
	if p.de && p.is(j, "den", "der", "die") && p.isNum(j+1) {
		j++
	}
	short := false
	if p.punct(j, "'") || p.punct(j, "’") {
		j++
		short = true
	}
	if !p.isNum(j) {
		return i, nil, false
	}
	n, dg := p.toks[j].num, p.digits(j)
	k := j + 1
	if !p.tight(k) {
		return i, nil, false
	}
	switch {
	case dg == 4 && n%10 == 0 && n >= 1000:
	case dg == 2 && n%10 == 0:
		if !p.de && !short && (p.is(j-1, "his", "her", "their", "my", "your", "our", "its") || p.is(j-1, "early", "mid", "late") && p.is(j-2, "his", "her", "their", "my", "your", "our")) {
			// "in his 20s", "in her late 40s": an age, not a decade.
			return i, nil, false
		}
		n += 1900
	default:
		return i, nil, false
	}
	if short && dg != 2 {
		return i, nil, false
	}
	if p.de {
		switch {
		case p.is(k, "ern"):
			// "in den 90ern", "den 1990ern": the plural noun.
			k++
		case p.is(k, "er"):
			k++
			if p.hyphen(k) && p.tight(k) {
				k++
			}
			if p.is(k, "jahre", "jahren", "jahrs", "jahres", "jahrzehnt", "jahrzehnts") {
				k++
			} else if dg == 2 && !(p.is(j-1, "der", "die") && p.is(j-2, "anfang", "mitte", "ende", "beginn", "ausgang") && (k >= p.n() || p.toks[k].kind != tWord || !p.toks[k].upper)) {
				// "die 90er" alone is too often a model or a line; "Ende
				// der 90er" is the decade.
				return i, nil, false
			}
		default:
			return i, nil, false
		}
	} else {
		switch {
		case p.is(k, "s"):
			k++
		case (p.punct(k, "'") || p.punct(k, "’")) && p.tight(k+1) && p.is(k+1, "s") && dg == 4 && (p.is(j-1, "the", "early", "mid", "late", "and") || p.hyphen(j-1)):
			// "the 1980's", "the mid-1970's": the decade written with an
			// apostrophe; "1990's budget" alone is the year's.
			k += 2
		default:
			return i, nil, false
		}
	}
	if !p.de && dg == 4 && n%100 == 0 && n < 2000 {
		// "the 1800s" is the century, not its first decade ("the 2000s"
		// is read as the decade, as news writes it).
		return p.ret(k, expr{typ: "DATE", rule: "hundreds", century: n / 100, gran: "century"}, true)
	}
	e := expr{typ: "DATE", rule: "decade", decade: n / 10, gran: "decade"}
	return p.ret(k, e, true)
}

// centuryPoint reads "the 20th century", "the nineteenth century", "20.
// Jahrhundert", "des 19. Jahrhunderts".
func (p *parser) centuryPoint(i int) (int, *expr, bool) {
	j := i
	if !p.de && p.is(j, "the") {
		j++
	}
	if p.de && p.is(j, "des", "dem", "das") && p.is(j-1, "anfang", "anfangs", "beginn", "mitte", "ende", "endes", "ausgang") {
		// The article belongs to a part ("Ende des 6. Jahrhunderts");
		// alone it is left out, as the preposition is ("ab dem 19.
		// Jahrhundert").
		j++
	}
	var c int
	switch {
	case p.isNum(j) && p.digits(j) <= 2:
		c = p.toks[j].num
		j++
		if p.de {
			if !p.punct(j, ".") {
				return i, nil, false
			}
			j++
		} else if p.is(j, "st", "nd", "rd", "th") && p.tight(j) {
			j++
		} else {
			return i, nil, false
		}
	default:
		w := p.word(j)
		if n, ok := ordinalWords[w]; ok && !p.de {
			c = n
		} else if n, ok := germanOrdinal(w); ok && p.de {
			c = n
		} else {
			return i, nil, false
		}
		j++
	}
	if p.de && p.is(j, "jh") && p.punct(j+1, ".") {
		j++ // the abbreviation "Jh." ends at its dot
	} else if p.de && p.punct(j, ".") {
		return i, nil, false
	}
	if p.de && p.is(j, "jahrhundert", "jahrhunderts", "jh", ".") || !p.de && p.is(j, "century") {
		j++
		if c < 1 || c > 21 {
			return i, nil, false
		}
		k := j
		bc := false
		if kk, b := p.era(k); kk > k {
			k, bc = kk, b
		}
		e := expr{typ: "DATE", rule: "century", century: c - 1, gran: "century"}
		if bc {
			e.century = -c
		}
		return p.ret(k, e, true)
	}
	return i, nil, false
}

// seasonPoint reads "Sommer 1940", "the summer of 2019", "spring".
func (p *parser) seasonPoint(i int) (int, *expr, bool) {
	j := i
	if !p.de && p.is(j, "the") {
		j++
	}
	w := p.word(j)
	s, ok := seasonWords[w]
	if !ok {
		return i, nil, false
	}
	en := w == "spring" || w == "summer" || w == "fall" || w == "autumn" || w == "springtime" || w == "summertime" || w == "winter"
	if p.de && en && w != "winter" || !p.de && !en || p.de && !p.toks[j].upper {
		return i, nil, false
	}
	// "fall" is a verb; as a season it needs a context or a year.
	j++
	if !p.de && p.toks[j-1].upper && (j < p.n() && p.toks[j].kind == tWord && p.toks[j].upper || j >= 3 && p.toks[j-2].upper && p.toks[j-3].kind == tWord) {
		// A capital season between capitals is a name: "the Winter
		// Olympics", "the Spring Bank Holiday", "the Arab Spring".
		return i, nil, false
	}
	if p.de && j >= 2 && p.toks[j-2].kind == tWord && p.toks[j-2].upper && !p.atSentenceStart(j-2) && !p.timeWord(j-2) &&
		!p.is(j-2, "anfang", "ende", "mitte", "beginn", "herbst", "frühjahr", "frühling", "sommer", "winter") {
		// "der Prager Frühling", "Arabischer Frühling": a capitalised
		// adjective of a place makes the season a name (no article or
		// preposition comes between them), and so does a first name:
		// "Josef Sommer", "Ulrike Winter".
		if _, isMonth := monthWords[p.word(j-2)]; !isMonth {
			return i, nil, false
		}
	}
	if !p.de && (enSeasonCrops[p.word(j)] || (p.punct(j, "/") || p.is(j, "and", "or")) && seasonWords[p.word(j+1)].season != "" && enSeasonCrops[p.word(j+2)]) {
		// "winter wheat", "spring barley", "the summer crop",
		// "winter/spring potato", "winter and spring wheat": a kind of
		// crop, not a time.
		return i, nil, false
	}
	e := expr{typ: "DATE", rule: "season", season: s.season, mod: s.mod, gran: "season"}
	k := j
	if p.is(k, "of") && !p.de {
		k++
	}
	if p.de && p.is(k, "des", "dieses") && p.is(k+1, "jahres") {
		if kk, y, ok := p.yearNum(k + 2); ok {
			e.year, e.hasYear = y, true
			return p.ret(kk, e, true)
		}
	}
	if kk, y, ok := p.yearNum(k); ok {
		e.year, e.hasYear = y, true
		return p.ret(kk, e, true)
	}
	if w == "fall" || w == "spring" {
		// Also verbs and nouns: "prices will fall this year", "a spring".
		if !p.is(i-1, "in", "this", "last", "next", "past", "coming", "the", "early", "late", "since", "until", "by", "during", "each", "every") && !p.is(i, "the") {
			return i, nil, false
		}
		// "the fall in prices", "The fall compares with …": with the
		// article, not before "in"/"of", and "the fall" (a decline in
		// business news) only after a preposition of time.
		if _, _, rel := p.relativeYearOf(j); rel {
			// "the spring of next year": handled below.
		} else if the := j - 2; !p.de && p.is(the, "the") && (p.is(j, "in", "of") || w == "fall" && !p.is(the-1, "in", "by", "during", "since", "until", "till", "through", "throughout", "over", "for", "from", "before", "after", "that", "this", "next", "last", "early", "late")) {
			return i, nil, false
		}
	}
	if kk, r, ok := p.relativeYearOf(j); ok {
		r.season, r.mod, r.gran, r.rule = e.season, e.mod, "season", "season-relative-year"
		return p.ret(kk, r, true)
	}
	if y, ok := p.borrowYear(j); ok {
		e.year, e.hasYear, e.rule = y, true, "season-coordinated-year"
		return p.ret(j, e, true)
	}
	if r, ok := p.borrowRelYear(j); ok {
		r.season, r.mod, r.gran, r.rule = e.season, e.mod, "season", "season-coordinated-relative-year"
		return p.ret(j, r, true)
	}
	return p.ret(j, e, true)
}

// enSeasonCrops are nouns a season names a kind of: crops sown or grown
// then.
var enSeasonCrops = map[string]bool{
	"wheat": true, "wheats": true, "barley": true, "rye": true, "oats": true, "crop": true, "crops": true,
	"grain": true, "grains": true, "rapeseed": true, "cereals": true, "durum": true, "sowings": true,
	"varieties": true, "variety": true, "feedgrains": true, "kill": true, "squash": true, "onions": true,
	"potato": true, "potatoes": true, "canola": true, "peas": true, "lettuce": true, "vegetables": true, "plantings": true,
}

// enFinanceWords name the figures of business and economic reports.
var enFinanceWords = map[string]bool{
	"profit": true, "profits": true, "earnings": true, "results": true, "sales": true, "revenue": true, "revenues": true,
	"loss": true, "losses": true, "income": true, "turnover": true, "dividend": true, "dividends": true, "margin": true,
	"margins": true, "gdp": true, "economy": true, "growth": true, "output": true, "exports": true, "imports": true,
	"inflation": true, "deficit": true, "surplus": true, "percent": true, "pct": true, "%": true, "shipments": true,
	"orders": true, "production": true, "investment": true, "spending": true, "unemployment": true, "ebitda": true,
}

// enFigureNouns are the figures a month's report gives, and the words
// that begin their names ("retail sales", "factory orders").
var enFigureNouns = newWordSet(`profit profits earnings results sales revenue revenues loss losses
	income turnover output exports imports inflation deficit surplus shipments orders production
	investment spending unemployment payrolls figures data prices deliveries retail industrial
	factory consumer housing car auto vehicle trade jobs`)

// figureMonth tells whether the English month name at i, one that is
// also a word ("March", "May"), names the month of the figures after it
// ("March sales", "May retail sales rose") or of an event after a
// determiner ("the March accession"): a lower-case noun right after a
// capitalised month makes it a date.
func (p *parser) figureMonth(i, j int) bool {
	if p.de || !p.toks[i].upper || j >= p.n() || p.toks[j].upper || !p.toks[j].space || isCapitals(p.toks[i].text) {
		return false
	}
	if i > 0 && p.toks[i-1].kind == tWord && p.toks[i-1].upper && !p.is(i-1, "the", "a", "its", "their", "his", "her", "our") {
		return false // "Theresa May sales pitch": a name
	}
	if enFigureNouns.has(p.word(j)) {
		return true
	}
	// "the March accession", "a May election", "its August report": a
	// month between a determiner and a lower-case noun dates the noun's
	// event ("the March of Dimes", "the March on Washington" are names).
	w := p.word(j)
	return p.is(i-1, "the", "a", "its", "their", "his", "her", "our", "this", "last", "next") && p.toks[j].kind == tWord &&
		len(w) > 2 && !enFunctionWords[w] && !strings.HasSuffix(w, "ly") && tenseOf(w, false) == tenseNone
}

// enFunctionWords are English words that cannot be the noun a month
// dates: prepositions, conjunctions, pronouns and auxiliaries.
var enFunctionWords = map[string]bool{
	"of": true, "on": true, "in": true, "to": true, "for": true, "and": true, "but": true, "with": true, "from": true,
	"by": true, "at": true, "into": true, "onto": true, "upon": true, "through": true, "against": true, "across": true,
	"will": true, "would": true, "can": true, "could": true, "should": true, "may": true, "might": true, "must": true,
	"has": true, "have": true, "had": true, "was": true, "were": true, "are": true, "its": true, "his": true, "her": true,
	"their": true, "that": true, "which": true, "who": true, "this": true, "these": true, "those": true, "when": true,
	"then": true, "than": true, "there": true, "here": true, "not": true, "nor": true, "yet": true, "also": true,
}

// financeSentence tells whether the English sentence around tokens [i, j)
// names business or economic figures.
func (p *parser) financeSentence(i, j int) bool {
	end := func(k int) bool {
		return p.punct(k, ".") && !p.tight(k+1) || p.punct(k, "!") || p.punct(k, "?") || k < p.n() && p.toks[k].newline && k > 0 && p.toks[k-1].kind == tPunct
	}
	for k := i - 1; k >= 0 && k >= i-60 && !end(k); k-- {
		if enFinanceWords[p.low(k)] {
			return true
		}
	}
	for k := j; k < p.n() && k < j+60 && !end(k); k++ {
		if enFinanceWords[p.low(k)] {
			return true
		}
	}
	return false
}

// quarterPoint reads "the third quarter [of 1990]", "third-quarter", "Q3",
// "das dritte Quartal", "1. Quartal 2020", "the first half of 1990", "1.
// Halbjahr".
func (p *parser) quarterPoint(i int) (int, *expr, bool) {
	j := i
	// "im" is a preposition with the article in it: like "in", it is left
	// out ("im dritten Quartal" gives "dritten Quartal"), and so is a lone
	// article after a preposition ("ab dem dritten Quartal", "in der
	// zweiten Jahreshälfte", as WikiWarsDE writes it), except after a part
	// ("Ende des dritten Quartals").
	if p.is(j, "the", "das") || p.is(j, "dem", "des") && p.is(j-1, "anfang", "anfangs", "beginn", "mitte", "ende", "endes", "ausgang") {
		j++
	}
	// "the 1988 third quarter", "the year-ago second quarter", "next
	// year's first quarter": the year comes before.
	if !p.de {
		var pre expr
		hasPre := false
		if p.is(j, "fiscal") {
			// "the fiscal 1988 fourth quarter", "its fiscal 2025 second
			// quarter": the quarter of that fiscal year.
			if _, _, ok := p.yearNum(j + 1); ok {
				j++
			} else if _, ok := ordinalWords[p.word(j+1)]; ok {
				// "the fiscal first quarter": the whole is the
				// expression, as TimeBank marks it.
				j++
			} else if p.isNum(j+1) && p.digits(j+1) == 1 && p.is(j+2, "st", "nd", "rd", "th") {
				j++
			}
		}
		if k, y, ok := p.yearNum(j); ok && !p.is(k, "the") && !p.punct(k, "'") && !p.punct(k, "’") {
			// With or without an article: "its 1987 first quarter".
			pre, hasPre = expr{year: y, hasYear: true}, true
			j = k
		} else if k, y, ok := p.yearNum(j); ok && (p.punct(k, "'") || p.punct(k, "’")) && p.is(k+1, "s") && p.tight(k) {
			// "1985's fourth quarter": the year in the possessive.
			pre, hasPre = expr{year: y, hasYear: true}, true
			j = k + 2
		} else if k, ok := p.yearAgoAdj(j); ok {
			pre, hasPre = expr{anchor: aNone, u: uYear, off: -1}, true
			j = k
		} else if r, ok := p.relAt(j); ok && p.is(j+1, "year") && p.punct(j+2, "'") && p.is(j+3, "s") {
			pre, hasPre = expr{anchor: r.anchor, u: uYear, off: r.off}, true
			j += 4
		}
		if hasPre {
			if k, e, ok := p.quarterPoint(j); ok && !e.hasYear && (e.quarter > 0 || e.half > 0) {
				pre.typ, pre.rule, pre.quarter, pre.half, pre.gran = "DATE", e.rule+"-with-year", e.quarter, e.half, e.gran
				return p.ret(k, pre, true)
			}
			return i, nil, false
		}
	}
	var n int
	switch {
	case p.isNum(j) && p.de && p.punct(j+1, ".") && p.digits(j) == 1:
		n = p.toks[j].num
		j += 2
	case !p.de && p.isNum(j) && p.digits(j) == 1 && p.tight(j+1) && p.is(j+1, "st", "nd", "rd", "th"):
		// "4th quarter", "1ST QTR" (Reuters headlines).
		n = p.toks[j].num
		j += 2
		if p.hyphen(j) && p.tight(j) {
			if p.is(i, "the") {
				// "the 2nd-quarter loss": read again from the ordinal.
				return i, nil, false
			}
			j++
		}
	case !p.de && j < p.n() && p.toks[j].text == "Q" && p.isNum(j+1) && p.tight(j+1):
		n = p.toks[j+1].num
		e := expr{typ: "DATE", rule: "quarter", quarter: n, gran: "quarter"}
		k := j + 2
		if kk, y, ok := p.yearNum(k); ok {
			e.year, e.hasYear = y, true
			k = kk
		}
		return p.ret(k, e, n >= 1 && n <= 4)
	case !p.de && j < p.n() && p.toks[j].text == "H" && p.isNum(j+1) && p.tight(j+1) && (p.toks[j+1].num == 1 || p.toks[j+1].num == 2):
		// "H1 2007": a half, only with its year ("H1" alone is too often
		// something else).
		if k, y, ok := p.yearNum(j + 2); ok {
			return p.ret(k, expr{typ: "DATE", rule: "half-year", half: p.toks[j+1].num, year: y, hasYear: true, gran: "half"}, true)
		}
		return i, nil, false
	case p.de && p.is(j, "schlussquartal", "schlussquartals") && p.toks[j].upper:
		// "im Schlussquartal": the last quarter.
		e := expr{typ: "DATE", rule: "quarter", quarter: 4, gran: "quarter"}
		k := j + 1
		if kk, y, ok := p.yearNum(k); ok {
			e.year, e.hasYear = y, true
			k = kk
		}
		return p.ret(k, e, true)
	default:
		w := p.word(j)
		var ok bool
		if p.de {
			n, ok = germanOrdinal(w)
		} else {
			n, ok = ordinalWords[w]
			if !ok && (w == "last" || w == "final") {
				n, ok = 4, true // the last half is fixed below
			}
		}
		if !ok && !p.de {
			// "the September quarter", "December-quarter sales": the
			// quarter that ends in that month, as reports in Australia
			// and Asia name them.
			if k, m, isMonth := p.monthAt(j); isMonth && m%3 == 0 && (p.is(k, "quarter") || p.hyphen(k) && p.tight(k) && p.is(k+1, "quarter")) {
				n, ok = m/3, true
				j = k - 1
			}
		}
		if !ok {
			return i, nil, false
		}
		j++
		if !p.de && p.is(j, "and", "or") && p.is(j+2, "quarters") {
			// "the third and fourth quarters": the first ordinal is a
			// quarter of its own.
			if m, isOrd := ordinalWords[p.word(j+1)]; isOrd && m > n && m <= 4 && n <= 4 {
				if p.is(i, "the") {
					// The article belongs to both: read again from the
					// ordinal.
					return i, nil, false
				}
				return p.ret(j, expr{typ: "DATE", rule: "quarter-coordinated", quarter: n, gran: "quarter"}, true)
			}
		}
		if p.hyphen(j) && p.tight(j) {
			if !p.de && p.is(i, "the") {
				// "the third-quarter loss": the article belongs to the
				// noun; the expression is read again from the ordinal.
				return i, nil, false
			}
			j++
		}
	}
	w := p.word(j)
	e := expr{typ: "DATE", rule: "quarter"}
	if w == "quarters" && !p.de && p.is(i-1, "and", "or") {
		w = "quarter" // "the third and fourth quarters"
	}
	switch w {
	case "quarter", "quartal", "quartals":
		if n < 1 || n > 4 {
			return i, nil, false
		}
		e.quarter, e.gran = n, "quarter"
	case "half", "halbjahr", "halbjahres", "jahreshälfte":
		if p.is(j-1, "last", "final") || p.is(j-2, "last", "final") {
			n = 2
		}
		if n < 1 || n > 2 {
			return i, nil, false
		}
		e.half, e.gran, e.rule = n, "half", "half-year"
	default:
		return i, nil, false
	}
	j++
	if kk, r, ok := p.relativeYearOf(j); ok {
		r.quarter, r.half, r.gran, r.rule = e.quarter, e.half, e.gran, e.rule+"-relative-year"
		return p.ret(kk, r, true)
	}
	if e.half > 0 && p.is(j, "of", "des", "der") {
		// "the last half of the '80s", "die zweite Hälfte der 1990er Jahre":
		// a part of a decade or century.
		best := -1
		var d expr
		for _, f := range []func(int) (int, *expr, bool){p.decadePoint, p.decadeWord, p.centuryPoint} {
			if kk, de, ok := f(j + 1); ok && kk > best {
				best, d = kk, *de
			}
		}
		if best > 0 {
			d.rule, d.mod = "half-of-"+d.rule, "START"
			if e.half == 2 {
				d.mod = "END"
			}
			return p.ret(best, d, true)
		}
	}
	k := j
	if p.is(k, "of", "des") {
		k++
		if p.is(k, "jahres") {
			k++
		}
	}
	if kk, y, ok := p.yearNum(k); ok {
		e.year, e.hasYear = y, true
		return p.ret(kk, e, true)
	}
	if !p.de && p.is(k, "fiscal") {
		if kk, y, ok := p.yearNum(k + 1); ok {
			e.year, e.hasYear = y, true
			return p.ret(kk, e, true)
		}
	}
	if e.half > 0 && !p.de {
		// "the first half" is often not time ("the first half of the
		// match", "the second half of a two-week period"): keep it only
		// with a year ("of 1990", "of next year", "of the year").
		if p.is(j, "of") && p.is(j+1, "the") && p.is(j+2, "year") && !p.hyphen(j+3) {
			return p.ret(j+3, e, true)
		}
		// In a report of business figures a half alone is the half-year
		// ("profit fell in the first half", "second-half sales"); "the
		// second half" of a match has none, "second half March
		// shipments" is half a month.
		if _, _, month := p.monthAt(j); !month && !p.is(j, "of") && p.financeSentence(i, j) {
			return p.ret(j, e, true)
		}
		return i, nil, false
	}
	return p.ret(j, e, true)
}

// weekdayPoint reads "Friday", "Friday morning", "Monday, Oct. 26", "Sonntag
// (27.7.)", "Sonntagabend".
func (p *parser) weekdayPoint(i int) (int, *expr, bool) {
	w := p.word(i)
	wd, ok := weekdayWords[w]
	if !ok {
		return i, nil, false
	}
	if !p.toks[i].upper && !(p.de && strings.HasSuffix(w, "s") && w != "sonnabends") {
		// Lower-case, a German weekday is the adverb of recurrence
		// ("auch sonntags arbeiten"), read as a set below.
		return i, nil, false
	}
	if len(w) <= 4 && !(p.punct(i+1, ".") && p.tight(i+1)) {
		return i, nil, false // "Sun", "Wed" alone are too ambiguous
	}
	if len(w) <= 4 && (p.de || p.tight(i+2) && p.toks[i+2].kind != tPunct) {
		// English abbreviations in German text are names ("SAT.1"), and
		// one run into what follows is no weekday either.
		return i, nil, false
	}
	if p.de == (w == "monday" || w == "tuesday" || w == "wednesday" || w == "thursday" || w == "friday" || w == "saturday" || w == "sunday") {
		return i, nil, false
	}
	j := i + 1
	if len(w) <= 4 {
		j++
	}
	if !p.de && i > 0 && p.toks[i-1].upper && p.is(i-1, "black", "cyber", "super", "bloody", "blue", "giving", "manic", "mega") {
		// "Black Monday", "Super Tuesday", "Cyber Monday": a named day
		// whose date no rule of the calendar gives.
		return i, nil, false
	}
	if !p.de && j < p.n() && p.toks[j].upper && p.is(j, "times", "telegraph", "express", "mirror", "post", "herald", "tribune", "mail", "observer", "independent", "star") && !p.is(i-1, "on", "by", "until", "since", "last", "next", "this", "from", "before", "after") {
		// "The Sunday Times", "Sunday Telegraph": a newspaper, not a day.
		return i, nil, false
	}
	if !p.de && p.is(i-1, "and", "or") && p.is(i-3, "every", "each") {
		if _, ok := weekdayWords[p.word(i-2)]; ok {
			// "every Monday and Thursday": the second day recurs too.
			return p.ret(j, expr{typ: "SET", rule: "weekday-set", fixed: "XXXX-WXX-" + string(rune('0'+wd)), gran: "day"}, true)
		}
	}
	e := expr{typ: "DATE", rule: "weekday", weekday: wd, gran: "day", pod: weekdaySuffixPOD(w)}
	if strings.HasSuffix(w, "s") && p.de && w != "sonnabends" && p.is(i-1, "des", "eines") && p.toks[i].upper {
		// "im Laufe des Donnerstags": the genitive of one day.
		e.pod = ""
		return p.ret(j, e, true)
	}
	if strings.HasSuffix(w, "s") && p.de && w != "sonnabends" {
		// "sonntags" is a set: every Sunday.
		e = expr{typ: "SET", rule: "weekday-set", fixed: "XXXX-WXX-" + string(rune('0'+wd)), gran: "day"}
		return p.ret(j, e, true)
	}
	// A date right after: "Monday, Oct. 26", "Sonntag, 27. Juli", "Sonntag (27.7.)".
	k := j
	paren := false
	if p.punct(k, ",") {
		k++
		if p.de && p.is(k, "den", "dem") {
			k++ // "Montag, den 16. Juni"
		}
	} else if p.punct(k, "(") {
		k++
		paren = true
	}
	// English also runs them together: "Friday Oct. 13", "Monday March 30".
	// A line break between them is a headline and its dateline, and a date
	// of another weekday is a second expression.
	_, _, month := p.monthAt(k)
	bare := k == j && !p.de && month && !p.toks[k].newline
	if k > j || p.de || bare {
		if kk, d, ok := p.point(k); ok && d.day > 0 && (!bare || !d.hasYear || isoWeekday(d.year, d.month, d.day) == wd) {
			if paren {
				if !p.punct(kk, ")") {
					goto noDate
				}
				kk++
			}
			d.rule = "weekday-date"
			d.weekday = wd
			return p.ret(kk, d, true)
		}
	}
noDate:
	// "Dienstag vergangener Woche", "Tuesday of next week", "Friday last
	// week": the day in that week.
	{
		k := j
		if !p.de && p.is(k, "of") {
			k++
		}
		if r, ok := p.relAt(k); ok && r.anchor != aAnaphoric && p.is(k+1, "week", "woche") && (p.de || !p.hyphen(k+2)) && (p.de == p.is(k+1, "woche")) {
			if p.de && !strings.HasSuffix(p.word(k), "er") {
				// the genitive: "vergangener Woche", "dieser Woche"
				goto noWeek
			}
			e.rule, e.u, e.off, e.anchor = "weekday-of-relative-week", uWeek, r.off, aDeictic
			return p.ret(k+2, e, true)
		}
	}
noWeek:
	// "Monday or Tuesday next week", "von Montag bis Mittwoch kommender
	// Woche": the first day is in the week the second names.
	if p.is(j, "or", "and", "to", "through", "oder", "und", "bis") || p.dash(j) {
		if _, e2, ok := p.weekdayPoint(j + 1); ok && e2.rule == "weekday-of-relative-week" {
			e.rule, e.u, e.off, e.anchor = "weekday-of-coordinated-week", uWeek, e2.off, aDeictic
			return p.ret(j, e, true)
		}
	}
	if stem, ok := strings.CutSuffix(p.word(j), "s"); ok && !p.de && stem != "" {
		if pod, ok := partOfDay[stem]; ok {
			// "Tuesday nights", "Sunday mornings": every one of them.
			return p.ret(j+1, expr{typ: "SET", rule: "weekday-set", fixed: "XXXX-WXX-" + string(rune('0'+wd)) + "T" + pod, gran: "day"}, true)
		}
	}
	if pod, ok := partOfDay[p.word(j)]; ok && !p.de {
		e.pod = pod
		j++
	} else if p.de && p.is(j, "abend", "morgen", "nachmittag", "vormittag", "nacht", "mittag") && p.toks[j].upper {
		e.pod = partOfDay[p.word(j)]
		if p.word(j) == "morgen" {
			e.pod = "MO"
		}
		j++
	} else if p.de && e.pod == "" && p.is(j, "in") && p.is(j+1, "der") && p.is(j+2, "früh") {
		// Austrian "am Montag in der Früh": the morning.
		e.pod = "MO"
		j += 3
	} else if p.de && e.pod == "" && p.is(j, "früh") && !p.toks[j].upper {
		e.pod = "MO" // "Montag früh"
		j++
	}
	return p.ret(j, e, true)
}

func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= daysIn(y, m)
}

var dePartOfDayNouns = map[string]string{
	"morgen": "MO", "morgens": "MO", "morgenstunden": "MO", "morgengrauen": "MO", "vormittag": "MO", "vormittags": "MO",
	"mittag": "MI", "mittags": "MI", "nachmittag": "AF", "nachmittags": "AF", "abend": "EV", "abends": "EV",
	"abendstunden": "EV", "nacht": "NI", "nachtstunden": "NI",
}

// rulePartOfDayOf reads a part of a given day: "Morgen des 22. Juni 1941",
// "gegen Abend des 22. Juni", "in der Nacht vom 8. zum 9. Mai", "the
// morning of March 6".
func (p *parser) rulePartOfDayOf(i int) (int, *expr, bool) {
	j := i
	mod := ""
	if p.de {
		if p.is(j, "gegen") {
			mod = "APPROX"
			j++
		}
		if p.is(j, "frühen", "späten") {
			if p.is(j, "frühen") {
				mod = "START"
			} else {
				mod = "END"
			}
			j++
		}
		pod, ok := dePartOfDayNouns[p.word(j)]
		if !ok || !p.toks[j].upper {
			return i, nil, false
		}
		j++
		// "am Nachmittag", "am frühen Morgen", "gegen Abend": a part of
		// the day being told, when no day follows. Only after "am" or
		// "gegen" ("Morgen" alone is tomorrow, "eine Nacht" a length).
		bare := (p.is(i-1, "am") || p.is(i, "gegen")) && !strings.HasSuffix(p.word(j-1), "s") && !p.is(j, "und", "oder", "bis")
		partOfToldDay := func() (int, *expr, bool) {
			if !bare {
				return i, nil, false
			}
			e := expr{typ: "DATE", rule: "part-of-day", anchor: aAnaphoric, u: uDay, pod: pod, gran: "day", mod: mod}
			return p.ret(j, e, true)
		}
		if !p.is(j, "des", "vom", "zum", "am", "zu", "auf", "von") {
			return partOfToldDay()
		}
		k, e, ok := p.point(j + 1)
		if !ok || e.day == 0 && (e.weekday == 0 || !p.is(j, "vom", "zum", "zu", "auf", "von", "am")) {
			// "am frühen Morgen auf dem Gelände": no day after all (but
			// "am Nachmittag des kommenden Samstag" names one not read).
			if p.is(j, "des") {
				return i, nil, false
			}
			return partOfToldDay()
		}
		if pod == "NI" && p.is(j, "zum", "zu", "auf") {
			// "in der Nacht zu Sonntag" is the night that ends on Sunday:
			// Saturday night.
			e.shift = -1
		}
		e.pod, e.rule = pod, "part-of-day-of-"+e.rule
		if mod != "" {
			e.mod = mod
		}
		return p.ret(k, e, true)
	}
	if p.is(j, "the") {
		j++
	}
	if p.is(j, "early", "late") {
		j++
	}
	pod, ok := partOfDay[p.word(j)]
	if ok && j == i+1 && p.is(i, "the") && p.is(i-1, "in", "during", "through", "throughout") && p.is(j, "morning", "afternoon", "evening") && !p.is(j+1, "of") && !p.hyphen(j+1) &&
		!p.is(j+1, "session", "sessions", "trading", "trade", "newspaper", "newspapers", "paper", "papers", "edition", "rush", "shift", "flight", "flights", "show", "news", "meeting", "meetings", "prayer", "prayers", "peak") {
		// "dealers placed orders in the morning", "rain fell during the
		// afternoon": a part of the day being told ("during the afternoon
		// session" names the session).
		return p.ret(j+1, expr{typ: "TIME", rule: "part-of-day", anchor: aAnaphoric, u: uDay, pod: pod, gran: "day"}, true)
	}
	if !ok || !p.is(j+1, "of") {
		return i, nil, false
	}
	k, e, ok := p.point(j + 2)
	if !ok || e.day == 0 && e.weekday == 0 {
		return i, nil, false
	}
	e.pod, e.rule = pod, "part-of-day-of-"+e.rule
	return p.ret(k, e, true)
}
