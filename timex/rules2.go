package timex

import (
	"strconv"
	"strings"
)

// relWord describes a determiner of relative expressions ("last", "next",
// "vergangenen", "folgenden", "selben").
type relWord struct {
	anchor anchorKind
	off    int
}

var enRel = map[string]relWord{
	"last": {aDeictic, -1}, "next": {aDeictic, 1}, "this": {aNone, 0}, "coming": {aDeictic, 1},
	"previous": {aAnaphoric, -1}, "preceding": {aAnaphoric, -1}, "prior": {aAnaphoric, -1},
	"following": {aAnaphoric, 1}, "ensuing": {aAnaphoric, 1}, "subsequent": {aAnaphoric, 1},
	"same": {aAnaphoric, 0}, "that": {aAnaphoric, 0}, "current": {aNone, 0}, "upcoming": {aDeictic, 1},
}

// deRelStems are stems of German relative determiners, without their
// inflection endings.
var deRelStems = map[string]relWord{
	"letzt": {aDeictic, -1}, "vergangen": {aDeictic, -1}, "vorig": {aDeictic, -1}, "zurückliegend": {aDeictic, -1},
	"nächst": {aDeictic, 1}, "kommend": {aDeictic, 1}, "bevorstehend": {aDeictic, 1},
	"dies": {aNone, 0}, "laufend": {aNone, 0}, "aktuell": {aNone, 0},
	"folgend": {aAnaphoric, 1}, "neu": {aAnaphoric, 1}, "darauffolgend": {aAnaphoric, 1}, "darauf folgend": {aAnaphoric, 1}, "anschließend": {aAnaphoric, 1}, "nachfolgend": {aAnaphoric, 1},
	"selb": {aAnaphoric, 0}, "gleich": {aAnaphoric, 0}, "demselb": {aAnaphoric, 0}, "desselb": {aAnaphoric, 0}, "derselb": {aAnaphoric, 0}, "jen": {aAnaphoric, 0},
	"vorherig": {aAnaphoric, -1}, "vorangegangen": {aAnaphoric, -1}, "vorausgegangen": {aAnaphoric, -1}, "vorhergehend": {aAnaphoric, -1},
}

func (p *parser) relAt(i int) (relWord, bool) {
	w := p.word(i)
	if w == "" {
		return relWord{}, false
	}
	if !p.de {
		r, ok := enRel[w]
		return r, ok
	}
	for _, suf := range []string{"en", "er", "es", "em", "e"} {
		if s, ok := strings.CutSuffix(w, suf); ok {
			if r, ok := deRelStems[s]; ok {
				return r, true
			}
		}
	}
	return relWord{}, false
}

// germanCompoundRel reads one-word German relatives: "Vorjahr", "Folgejahr",
// "Vortag", "Folgetag", "Vormonat", "Vorwoche".
func (p *parser) germanCompoundRel(i int) (int, expr, bool) {
	w := p.word(i)
	if !p.de || w == "" || !p.toks[i].upper {
		return i, expr{}, false
	}
	switch w {
	case "jahresende", "jahresendes", "jahresbeginn", "jahresbeginns", "jahresanfang", "jahresanfangs", "jahresmitte",
		"monatsende", "monatsendes", "monatsbeginn", "monatsanfang", "monatsmitte":
		e := expr{typ: "DATE", rule: "de-compound-part", anchor: aNone, u: uYear, gran: "year"}
		if strings.HasPrefix(w, "monat") {
			e.u, e.gran = uMonth, "month"
		}
		switch {
		case strings.Contains(w, "ende"):
			e.mod = "END"
		case strings.Contains(w, "mitte"):
			e.mod = "MID"
		default:
			e.mod = "START"
		}
		return i + 1, e, true
	}
	var r relWord
	var rest string
	switch {
	case strings.HasPrefix(w, "vor"):
		r, rest = relWord{aDeictic, -1}, w[3:]
	case strings.HasPrefix(w, "folge"):
		r, rest = relWord{aAnaphoric, 1}, w[5:]
	default:
		return i, expr{}, false
	}
	var u unit
	switch rest {
	case "jahr", "jahres", "jahrs":
		u = uYear
	case "monat", "monats", "monates":
		u = uMonth
	case "woche":
		u = uWeek
	case "tag", "tages", "tags":
		u = uDay
		r.anchor = aAnaphoric
	case "quartal", "quartals":
		u = uQuarter
	default:
		return i, expr{}, false
	}
	return i + 1, expr{typ: "DATE", rule: "de-compound-relative", anchor: r.anchor, u: u, off: r.off, gran: u.granularity()}, true
}

// ruleRelative reads "last year", "next week", "this month", "the following
// day", "vergangenen Sonntag", "im vergangenen Jahr", "letzten Jahres",
// "last April", "next spring", "that day".
func (p *parser) ruleRelative(i int) (int, *expr, bool) {
	if j, e, ok := p.germanCompoundRel(i); ok {
		return p.ret(j, e, true)
	}
	if !p.de && p.is(i, "the") && p.is(i+1, "day") && p.tradingDay(i) {
		return p.ret(i+2, expr{typ: "DATE", rule: "the-day", anchor: aAnaphoric, u: uDay, gran: "day"}, true)
	}
	j := i
	article := false
	if !p.de && p.is(j, "the") {
		j++
		article = true
	}
	r, ok := p.relAt(j)
	if !ok {
		return i, nil, false
	}
	w := p.word(j)
	if !p.de && !article && w == "that" && j > 0 && p.hyphen(j+2) && p.tight(j+2) && (enReportVerbs[p.word(j-1)] || p.is(j-1, "says", "expects", "expected", "believes", "estimated", "predicted", "hopes", "warns", "noted") || weekdayWords[p.word(j-1)] > 0) {
		// "said that fourth-quarter sales would rise", "said on Monday
		// that …": a conjunction, not "that quarter".
		return i, nil, false
	}
	j++
	if !p.de && !article && w == "that" && p.is(j, "same", "very") {
		// "that same day", "that very night": read as "that day".
		j++
	}
	if !p.de && !article && w == "this" && p.is(j, "past", "last", "coming", "next") {
		// "this past weekend", "this coming Monday": the nearest one on
		// that side.
		w = "last"
		if p.is(j, "coming", "next") {
			w = "next"
		}
		if _, u, _, ok := p.unitAt(j + 1); ok && u == uWeek && w == "last" {
			w = "this" // "this past week" is the week now ending
		}
		r = enRel[w]
		j++
	}
	if p.de && p.is(j-1, "darauf") && p.is(j, "folgenden", "folgende") {
		j++
	}
	if !p.de && p.is(j, "fiscal") && p.is(j+1, "year", "quarter") {
		j++ // "the current fiscal year"
	}
	// A unit: "last year", "the following day", "letzten Jahres".
	if k, u, plural, ok := p.unitAt(j); ok && !plural {
		if article && w == "next" && !p.de && (u == uWeek || u == uMonth || u == uYear) && !p.is(k, "or") {
			// "the next year": in a story told in the past the year after
			// the one told ("in 2019 he was jailed, and the next year he
			// was freed"), else the one after the time of writing; the
			// resolver reads the tense.
			return p.ret(k, expr{typ: "DATE", rule: "the-next-unit", anchor: aAnaphoric, u: u, off: 1, gran: u.granularity()}, true)
		}
		if article && (w == "last" || w == "next") && u != uDay {
			return i, nil, false // "the last year" is a duration
		}
		if !p.de && w == "last" && u == uDay && p.is(k, "of") {
			// "the last day of the month", "of the talks": the end of a
			// time or an event, not yesterday.
			return i, nil, false
		}
		if !article && (w == "same" || w == "previous" || w == "following" || w == "preceding" || w == "current") && !p.de {
			return i, nil, false
		}
		if u < uDay {
			return i, nil, false
		}
		e := expr{typ: "DATE", rule: "relative-unit", anchor: r.anchor, u: u, off: r.off, gran: u.granularity()}
		if u == uDay && r.off == 1 {
			e.anchor = aAnaphoric // "the next day", "am nächsten Tag"
		}
		if u == uDay && r.off == 0 && r.anchor == aNone {
			e.anchor = aAnaphoric // "this day", "an diesem Tag"
		}
		if w == "that" && (u == uDay || u == uYear || u == uMonth || u == uWeek) {
			e.anchor = aAnaphoric
		}
		if !p.de && w == "same" && u == uMonth {
			// "the same month last year", "the same month a year
			// earlier": the month told, a year before; one expression.
			if kk, ok := p.yearBefore(k); ok {
				e.off, k = -12, kk
			}
		}
		if u == uWeekend {
			e.u, e.gran = uWeekend, "week"
		}
		if pod, ok := partOfDay[p.word(k)]; ok && u == uDay && !p.de {
			e.pod = pod
			k++
		}
		return p.ret(k, e, true)
	}
	if _, pod := partOfDay[p.word(j)]; article && !p.de && w != "following" && w != "previous" && w != "same" && w != "current" && !(w == "next" && pod) {
		// "the next morning" keeps its article.
		return i, nil, false
	}
	// "the following morning", "next morning"
	if pod, ok := partOfDay[p.word(j)]; ok && !p.de && (w == "next" || w == "following" || w == "previous" || w == "same" || w == "this" || w == "that") {
		e := expr{typ: "TIME", rule: "relative-part-of-day", anchor: aAnaphoric, u: uDay, off: r.off, pod: pod, gran: "day"}
		if w == "this" {
			e.anchor = aDeictic
		}
		return p.ret(j+1, e, true)
	}
	// "am gleichen Abend", "am selben Morgen"
	if p.de && r.anchor == aAnaphoric && r.off == 0 {
		if pod, ok := dePartOfDayNouns[p.word(j)]; ok && p.toks[j].upper {
			return p.ret(j+1, expr{typ: "DATE", rule: "relative-part-of-day", anchor: aAnaphoric, u: uDay, pod: pod, gran: "day"}, true)
		}
	}
	// A calendar point without a year: "last April", "next Friday",
	// "vergangenen Sonntag (27.7.)", "this summer".
	if k, pt, ok := p.point(j); ok && !pt.hasYear && pt.gran != "decade" && pt.gran != "century" || ok && pt.weekday > 0 {
		if pt.fixed != "" {
			return i, nil, false
		}
		if !article && w == "following" && !p.de && !p.is(i-1, "that", "this") {
			// "Following February's revolt", "following Monday's vote":
			// without an article "following" is the preposition "after",
			// and the day or month is read on its own ("that following
			// September" stays the next one).
			return i, nil, false
		}
		pt.rule = "relative-" + pt.rule
		switch {
		case r.off < 0:
			pt.dir = -1
		case r.off > 0:
			pt.dir = 1
		default:
			pt.dir = 2 // the one of the current year / week
		}
		if r.anchor == aAnaphoric {
			// "the previous Friday", "the following April": counted from
			// the time being told.
			pt.anchor = aAnaphoric
		}
		if r.anchor == aDeictic && pt.weekday > 0 && !p.de {
			// "last Tuesday" counts from the time of writing, even in a
			// story about another time.
			pt.strict = true
		}
		if pt.weekday > 0 && pt.day > 0 {
			pt.dir = 0 // the bracketed date decides
		}
		return p.ret(k, pt, true)
	}
	return i, nil, false
}

// ruleModified reads points and relatives with a modifier of their part:
// "early 1990s", "late November", "mid-March", "the end of January", "the
// end of last week", "Ende Oktober", "Mitte Juli", "Anfang des Jahres", "Ende
// des Jahres 1939", "Mitte der 1990er Jahre".
func (p *parser) ruleModified(i int) (int, *expr, bool) {
	j := i
	mod := ""
	w := p.word(j)
	if p.de {
		switch w {
		case "anfang", "anfangs", "beginn", "beginns":
			mod = "START"
		case "mitte":
			mod = "MID"
		case "ende", "endes", "ausgang":
			mod = "END"
		case "frühen", "frühe", "früher":
			mod = "START"
		case "späten", "späte", "später":
			mod = "END"
		default:
			return i, nil, false
		}
		j++
	} else {
		k := j
		if p.is(k, "the") {
			k++
		}
		switch p.word(k) {
		case "early", "earlier":
			mod = "START"
		case "late", "later":
			mod = "END"
			if p.is(k, "later") && p.is(k+1, "in") && p.is(k+2, "the") {
				// "later in the week": what is still to come of it.
				mod = ""
			}
		case "mid", "middle":
			mod = "MID"
		case "end", "close", "beginning", "start", "outset":
			// "end-1987", "end-March": the wires' hyphenated end of.
			endHyphen := p.is(k, "end") && p.hyphen(k+1) && p.tight(k+1) && p.tight(k+2)
			if !p.is(k+1, "of") && !endHyphen {
				return i, nil, false
			}
			switch p.word(k) {
			case "end", "close":
				mod = "END"
			default:
				mod = "START"
			}
			k++
		default:
			return i, nil, false
		}
		j = k + 1
		if p.hyphen(j) && p.tight(j) {
			j++
		}
		if p.is(k, "early", "earlier", "late", "later") && p.is(j, "in") && p.is(j+1, "the") {
			// "earlier in the year", "later in the week": a part of the
			// unit being told. TimeBank leaves "late in the day" out.
			if kk, u, plural, ok := p.unitAt(j + 2); ok && !plural && u >= uWeek && u != uWeekend && !p.is(kk, "of") && !p.hyphen(kk) {
				return p.ret(kk, expr{typ: "DATE", rule: "part-in-the-unit", anchor: aNone, u: u, mod: mod, gran: u.granularity()}, true)
			}
		}
		if mod == "MID" && p.word(k) == "middle" && !p.is(k+1, "of") {
			return i, nil, false
		}
		if p.is(j, "of") {
			j++
		}
	}
	// The modified part.
	k, e, ok := p.modifiable(j)
	if !ok {
		return i, nil, false
	}
	// "earlier this year", "later this month" are the period itself.
	if !p.de && (w == "earlier" || w == "later") && !p.is(j, "yesterday", "today", "tomorrow") {
		if e.anchor == aNone && e.u != uNone || e.anchor == aAnaphoric {
			e.rule = "earlier-later-" + e.rule
			return p.ret(k, e, true)
		}
		return i, nil, false
	}
	if p.de && mod != "" && (w == "später" || w == "früher") {
		return i, nil, false
	}
	e.mod = mod
	e.rule = "mod-" + e.rule
	return p.ret(k, e, true)
}

// modifiable reads what a part modifier applies to: a point, a relative
// expression, or a bare unit that refers to the current one ("the year",
// "des Jahres", "der Woche", "des Monats").
func (p *parser) modifiable(j int) (int, expr, bool) {
	best, bestE := -1, expr{}
	if k, e, ok := p.point(j); ok && e.fixed == "" {
		best, bestE = k, e
	}
	if k, e, ok := p.ruleRelative(j); ok && k > best {
		best, bestE = k, *e
	}
	if !p.de && p.is(j, "yesterday", "today", "tomorrow") {
		// "late yesterday", "earlier today", as TimeBank marks them.
		if k, e, ok := p.ruleNamedDay(j); ok && k > best && e.typ == "DATE" {
			best, bestE = k, *e
		}
	}
	if p.de && p.is(j, "des", "der", "dem") {
		// "Mitte des vorigen Jahrhunderts", "Ende der vergangenen Woche"
		if k, e, ok := p.ruleRelative(j + 1); ok && k > best && e.u != uNone {
			best, bestE = k, *e
		}
	}
	// "des Jahres", "the year", "dieses Jahres", "letzten Jahres", "des
	// Jahres 1939" (point handles the year form).
	k := j
	if p.is(k, "the", "des", "der", "dem", "this", "dieses", "diesen", "diesem", "dieser") {
		k++
	}
	if kk, u, plural, ok := p.unitAt(k); ok && !plural && u >= uWeek && k > j {
		if kk2, y, ok := p.yearNum(kk); ok && u == uYear {
			e := dateExpr("year-noun", y, 0, 0, true)
			if kk2 > best {
				best, bestE = kk2, e
			}
		} else if kk > best {
			e := expr{typ: "DATE", rule: "current-unit", anchor: aNone, u: u, off: 0, gran: u.granularity()}
			if p.de && p.is(k-1, "des", "der", "dem") {
				// In a narrative, "Ende des Jahres" is the year being told.
				e.anchor = aAnaphoric
			}
			best, bestE = kk, e
		}
	}
	if p.de && p.is(k, "krieges", "krieg") && k > j {
		return j, expr{}, false
	}
	if best < 0 {
		return j, expr{}, false
	}
	return best, bestE, true
}

// quantity reads a count and a unit: "three days", "a year", "zwei
// Wochen", "mehrere Jahre", "five-year", "16-hour", "90-Tage".
func (p *parser) quantity(i int) (j int, n float64, x bool, u unit, ok bool) {
	if p.isNum(i) && p.tight(i) && (p.punct(i-1, ",") || p.punct(i-1, ".") || p.punct(i-1, "/")) && p.tight(i-1) && p.isNum(i-2) {
		// The tail of a longer number: "292,000 week ago", "1,250 hours",
		// "12-1/2 year" are not 0 weeks, 250 hours or 2 years.
		return i, 0, false, 0, false
	}
	j, n, x, ok = p.cardinal(i)
	if !ok {
		return i, 0, false, 0, false
	}
	hyphen := p.hyphen(j) && p.tight(j)
	if hyphen {
		j++
	} else if !x && n >= 1 && n == float64(int(n)) && (p.is(j, "straight", "consecutive", "successive", "more", "additional", "further", "full", "trading", "business", "working") && !p.de ||
		p.de && p.is(j, "weitere", "weiteren", "volle", "vollen", "aufeinanderfolgende", "aufeinanderfolgenden")) {
		// "six straight days", "two more weeks", "eight trading days",
		// "zwei weitere Wochen": a word between the count and its unit.
		if _, _, plural, ok := p.unitAt(j + 1); ok && (plural || n == 1) {
			j++
		}
	}
	k, u, plural, ok := p.unitAt(j)
	if !ok || p.toks[j].newline && (p.toks[j-1].kind != tWord && !(p.fullLine(j) && !p.tight(i)) || p.toks[j].upper) {
		// A count and a unit on different lines are cells of a table,
		// unless the count is a word or ends a full line of prose: both
		// are hard-wrapped wire copy ("for seven\nweeks", "a life of
		// 13.9\nyears"; not the digit of a name, "local M1\nyear-on-year").
		return i, 0, false, 0, false
	}
	if n >= 1000 && !plural && !hyphen {
		// "the 1986 year": a year, not a length of 1986 years.
		return i, 0, false, 0, false
	}
	if h := p.andAHalf(k); h > k && !x {
		n += 0.5
		k = h
	}
	if p.is(j, "fortnight", "fortnights") {
		n *= 2 // the unit is the week
	}
	// "a quarter century", "a quarter of a century": 25 years.
	if u == uQuarter && !plural && !x && !p.de {
		if p.is(k, "century") {
			return k + 1, n * 25, false, uYear, true
		}
		if p.is(k, "of") && p.is(k+1, "a") && p.is(k+2, "century") {
			return k + 3, n * 25, false, uYear, true
		}
	}
	// "second" is also the ordinal: "the 1988 second quarter", "a second
	// group", "a second-round pick".
	if u == uSecond && !plural && (!p.is(i, "a", "one", "eine", "einer") || !p.de && p.word(k) != "" && !p.is(k, "later", "earlier", "ago", "or", "and", "to", "before", "after", "in", "for") || !p.de && p.hyphen(k) && p.tight(k)) {
		return i, 0, false, 0, false
	}
	// A share: "three-quarters of its food", "more than a quarter of the
	// market", "ein Viertel".
	if u == uQuarter && !x && (p.is(k, "of") && p.is(k+1, "the", "its", "their", "his", "her", "our", "all", "total", "those", "these", "this", "that", "a", "an") && !p.is(k+2, "century") ||
		p.is(k, "percentage", "point", "points", "pct", "percent", "cent", "cents", "mile", "miles", "pound", "inch") ||
		!p.de && p.is(k, "times", "stake", "stakes", "majority", "interest", "share", "shares", "length", "lengths") ||
		!p.de && p.is(i-1, "and") && (p.isNum(i-2) || p.countWord(i-2))) {
		// "two and three-quarter times the level", "a three-quarter
		// stake": a fraction, not three quarters of a year.
		return i, 0, false, 0, false
	}
	// A part of a longer name: "a year-earlier loss", "a year-ago quarter".
	if !p.de && p.hyphen(k) && p.tight(k) && p.is(k+1, "earlier", "ago") {
		return i, 0, false, 0, false
	}
	if n >= 1000 && u != uYear && u != uDay && u != uHour {
		return i, 0, false, 0, false
	}
	return k, n, x, u, true
}

// countRange reads a range of counts before one unit: "two to three
// weeks", "12 to 18 months", "zwei bis drei Tage", "18 – 35 Jahren",
// "zwischen 18 und 45 Jahren". It returns the end of the second quantity,
// the first count and the unit; the first count must be a single token and
// less than the second.
func (p *parser) countRange(i int) (j int, lo float64, u unit, ok bool) {
	if i+1 >= p.n() || p.isNum(i) && p.digits(i) > 3 {
		return i, 0, 0, false
	}
	// The cheap test first: a joining word right after the first count.
	if c := &p.toks[i+1]; c.kind == tWord && c.low != "to" && c.low != "or" && c.low != "bis" && c.low != "oder" && c.low != "and" && c.low != "und" || c.kind == tNum || c.kind == tPunct && !p.dash(i+1) {
		return i, 0, 0, false
	}
	k, n1, x1, ok := p.cardinal(i)
	if !ok || x1 || k != i+1 || n1 < 1 {
		return i, 0, 0, false
	}
	switch {
	case p.is(k, "to", "or", "bis", "oder"):
	case p.is(k, "and", "und"):
		if !p.is(i-1, "between", "zwischen") {
			return i, 0, 0, false
		}
	case p.dash(k):
	default:
		return i, 0, 0, false
	}
	if p.isNum(i) != p.isNum(k+1) && !(!p.isNum(i) && p.isNum(k+1) && p.toks[k+1].num >= 10 && p.digits(k+1) <= 3) {
		// "one to 3 days" is rare; "6 or seven" rarer. News style spells
		// counts below ten and writes the rest in digits: "seven to 10
		// years".
		return i, 0, 0, false
	}
	end, n2, x2, u, ok := p.quantity(k + 1)
	if !ok || x2 || n2 <= n1 || u == uQuarter && !p.de {
		return i, 0, 0, false
	}
	return end, n1, u, true
}

// durationValue writes the TIMEX value of n units (X when unknown).
func durationValue(n float64, x bool, u unit) string {
	code, mult, timePart := durationCode(u)
	if code == "" {
		return ""
	}
	t := ""
	if timePart {
		t = "T"
	}
	if x {
		if u == uDecade {
			return "PXDE"
		}
		if u == uCentury {
			return "PXCE"
		}
		return "P" + t + "X" + code
	}
	v := n * float64(mult)
	if v != float64(int(v)) {
		// Fractions go down one unit: 2.5 years = P2Y6M, 0.5 hours = PT30M.
		whole := int(v)
		var low string
		var lowN float64
		switch {
		case code == "Y":
			low, lowN = "M", (v-float64(whole))*12
		case code == "M" && !timePart:
			low, lowN = "D", (v-float64(whole))*30
		case code == "W":
			return durationValue(v*7, false, uDay)
		case code == "D":
			low, lowN = "TH", (v-float64(whole))*24
		case code == "H":
			low, lowN = "M", (v-float64(whole))*60
		case code == "M":
			low, lowN = "S", (v-float64(whole))*60
		default:
			return "P" + t + strconv.FormatFloat(v, 'f', -1, 64) + code
		}
		out := "P" + t
		if whole > 0 {
			out += strconv.Itoa(whole) + code
		}
		if strings.HasPrefix(low, "T") {
			return out + "T" + strconv.Itoa(int(lowN+0.5)) + low[1:]
		}
		return out + strconv.Itoa(int(lowN+0.5)) + low
	}
	return "P" + t + strconv.Itoa(int(v)) + code
}

// ruleQuantity reads durations and offsets built on a count: "three days",
// "the past two months", "two years ago", "a year earlier", "vor 75
// Jahren", "zwei Tage später", "nach zwei Tagen", "five-year", "dreijährige".
func (p *parser) ruleQuantity(i int) (int, *expr, bool) {
	if !p.de && p.is(i+1, "hours") && p.wireClockEnd(i) > 0 {
		return i, nil, false // "at 1415 hours" is a clock time
	}
	if !p.de && p.is(i, "week", "month", "year") && p.is(i+1, "ago") && i > 0 && (p.isNum(i-1) || p.is(i-1, "vs", "versus", "from", "against", "than")) {
		// Wire copy drops the article: "versus 292,000 week ago", "up
		// from year ago".
		u := unitWords[p.word(i)].u
		return p.ret(i+2, expr{typ: "DATE", rule: "ago", anchor: aDeictic, u: u, off: -1, gran: u.granularity(), strict: true}, true)
	}
	if j, e, ok := p.germanDurationAdj(i); ok {
		return p.ret(j, e, true)
	}
	if j, e, ok := p.bareUnits(i); ok {
		return p.ret(j, e, true)
	}
	if p.de && p.is(i, "eines") && p.is(i+1, "tages", "morgens", "abends", "nachts") {
		// "eines Tages": some day, no length.
		return i, nil, false
	}
	if p.de {
		// "zwischen 18 und 45 Jahren", "zwei oder drei Tage": WikiWarsDE
		// annotates the two ends, the first count with the unit of the
		// second. "ein bis zwei Monate" it never splits, and news
		// writes it as one span of at least its lower bound, as the
		// English reading does.
		if p.is(i, "nächsten", "kommenden", "letzten", "vergangenen", "ersten") {
			// "in den nächsten ein bis zwei Wochen" is one span, as
			// "in den nächsten zwei Wochen" is.
			if end, lo, u, ok := p.countRange(i + 1); ok && p.is(i+2, "bis") {
				return p.ret(end, expr{typ: "DURATION", rule: "count-range", fixed: durationValue(lo, false, u), mod: "EQUAL_OR_MORE", gran: u.granularity()}, true)
			}
		}
		if end, lo, u, ok := p.countRange(i); ok {
			if p.is(i+1, "bis") {
				return p.ret(end, expr{typ: "DURATION", rule: "count-range", fixed: durationValue(lo, false, u), mod: "EQUAL_OR_MORE", gran: u.granularity()}, true)
			}
			return p.ret(i+1, expr{typ: "DURATION", rule: "count-range-start", fixed: durationValue(lo, false, u), gran: u.granularity()}, true)
		}
	}
	j := i
	lead := ""
	// German "vor 75 Jahren", "nach zwei Tagen", "in drei Wochen".
	if p.de && p.is(j, "vor", "nach", "in", "binnen", "innerhalb") {
		lead = p.word(j)
		j++
		if lead == "innerhalb" && p.is(j, "von") {
			j++
		}
	}
	if !p.de && p.is(j, "the") {
		j++
	}
	span := ""
	if p.is(j, "last") && j == i && p.is(j-1, "to", "will", "would", "could", "can", "may", "might", "should", "must", "'ll", "not") {
		// the verb: "expected to last several weeks"
		return i, nil, false
	}
	if w := p.word(j); w == "past" || w == "last" || w == "next" || w == "coming" || w == "first" || w == "previous" || w == "following" || w == "final" || w == "recent" ||
		p.de && (strings.HasPrefix(w, "letzt") || strings.HasPrefix(w, "vergangen") || strings.HasPrefix(w, "ersten") || strings.HasPrefix(w, "kommend") || strings.HasPrefix(w, "nächst") || strings.HasPrefix(w, "folgend")) {
		span = w
		j++
	}
	// Approximations and bounds.
	mod := ""
	switch p.word(j) {
	case "about", "around", "approximately", "roughly", "nearly", "almost", "some", "etwa", "rund", "ungefähr", "circa", "ca", "knapp", "fast", "gut":
		if p.word(j) == "some" && !p.isNum(j+1) {
			break
		}
		mod = "APPROX"
		j++
		if p.punct(j, ".") {
			j++
		}
	case "more", "over", "mehr", "über":
		if p.is(j, "more", "mehr") && p.is(j+1, "than", "als") {
			mod = "MORE_THAN"
			j += 2
		} else if p.is(j, "over", "über") {
			if !p.de && j == i && !p.overMoreThan(i) {
				// "cut output 9.5 pct over two years", "repay the debt
				// over 14 years": the preposition of a period, not
				// "more than"; the length is an expression alone.
				return i, nil, false
			}
			mod = "MORE_THAN"
			j++
		}
	case "less", "under", "weniger", "unter":
		if p.is(j+1, "than", "als") {
			mod = "LESS_THAN"
			j += 2
		} else if p.is(j, "under", "unter") && p.isNum(j+1) {
			mod = "LESS_THAN"
			j++
		}
	case "at":
		if p.is(j+1, "least") {
			mod = "EQUAL_OR_MORE"
			j += 2
		}
	case "mindestens", "wenigstens":
		mod = "EQUAL_OR_MORE"
		j++
	case "up":
		if p.is(j+1, "to") {
			mod = "EQUAL_OR_LESS"
			j += 2
		}
	case "bis":
		if p.is(j+1, "zu") {
			mod = "EQUAL_OR_LESS"
			j += 2
		}
	}
	k, n, x, u, ok := p.quantity(j)
	if !ok && !p.de {
		// "two to three weeks", "the next 12 to 18 months": one
		// expression, as TimeBank mostly writes it, at least its lower
		// bound.
		if kk, lo, uu, ok2 := p.countRange(j); ok2 {
			k, n, x, u, ok = kk, lo, false, uu, true
			if mod == "" {
				mod = "EQUAL_OR_MORE"
			}
		}
	}
	if !ok {
		return i, nil, false
	}
	if !p.de && u == uQuarter && !x && (n == 1 || n == 3) && (p.fractionOf(k) || p.is(k, fractionNouns...) || p.is(k, "were", "are", "was", "is")) {
		// "a quarter of the staff", "three quarters of voters", "a
		// quarter ounce", "a quarter point", "about one quarter were
		// banks": a share, not three months.
		return i, nil, false
	}
	if !p.de && j == i && p.is(i, "one", "some") && u == uDay && k == i+2 && p.afterModal(i) {
		return i, nil, false // "will one day be": ruleVague reads it
	}
	if j > i && p.is(i, "the") && span == "" && mod == "" && p.hyphen(k-2) && p.tight(k-2) {
		// "the 72-hour truce": the article belongs to the noun; the
		// expression is read again from the count.
		return i, nil, false
	}
	// A lone "a"/"ein" with a unit needs more to be a time expression:
	// "a day" is a duration, but "ein Tag" is often a subject.
	if p.de && lead == "" && span == "" && mod == "" && n == 1 && !x && !p.isNum(j) {
		// "einen Tag später" needs the following word; handled below.
		if !p.is(k, "später", "danach", "darauf", "zuvor", "vorher", "früher", "lang", "long") {
			if !p.is(j, "einen", "einem") && !(u == uYear || u == uMonth || u == uWeek || u == uDay) {
				return i, nil, false
			}
		}
	}
	if !p.de && p.is(k, "or") && p.is(k+1, "so") {
		// "a week or so ago"
		k += 2
		if mod == "" {
			mod = "APPROX"
		}
	}
	dur := durationValue(n, x, u)
	if dur == "" {
		return i, nil, false
	}
	// An age: "52 years old" (TimeML leaves ages of people out).
	if !p.de && p.is(k, "old") && u == uYear {
		return i, nil, false
	}
	// German hyphen adjectives: "90-Tage-Ultimatum" keep the number and unit.
	if p.hyphen(k) && p.tight(k) && p.word(k+1) != "" && p.tight(k+1) {
		if p.is(k+1, "old") {
			return i, nil, false // an age: "a 6-year-old"
		}
		if p.is(k+1, "long") {
			if !p.de && p.is(i, "a", "an") && j == i {
				return i, nil, false // "a year-long study": read from "year"
			}
			k += 2
			return p.ret(k, expr{typ: "DURATION", rule: "duration-adjective", fixed: dur, mod: mod, gran: u.granularity()}, true)
		}
	}
	off, ou := int(n), u
	if float64(off) != n {
		// "ein halbes Jahr später": counted in the next smaller unit.
		switch u {
		case uYear:
			off, ou = int(n*12+0.5), uMonth
		case uMonth:
			off, ou = int(n*30+0.5), uDay
		case uWeek:
			off, ou = int(n*7+0.5), uDay
		case uDay:
			off, ou = int(n*24+0.5), uHour
		default:
			off = 0
		}
	}
	mk := func(rule string, anchor anchorKind, sign int, end int) (int, expr, bool) {
		u := ou
		e := expr{typ: "DATE", rule: rule, anchor: anchor, u: u, off: sign * off, offX: x, gran: u.granularity(), mod: pointMod(mod, sign)}
		if u == uDecade && !x && off > 0 {
			e.u, e.off, e.gran = uYear, sign*off*10, "year"
		}
		if u == uCentury && !x && off > 0 {
			e.u, e.off, e.gran = uYear, sign*off*100, "year"
		}
		if u < uDay {
			e.typ = "TIME"
		}
		e.strict = anchor == aDeictic
		if e.offX && anchor == aAnaphoric && !p.de {
			// "a few days later", "several weeks earlier": no date can be
			// told; TimeBank gives the length (PXD) without the signal.
			return end - 1, expr{typ: "DURATION", rule: rule, fixed: durationValue(0, true, u), gran: u.granularity()}, true
		}
		if e.offX {
			e.fixed = "PAST_REF"
			if sign > 0 {
				e.fixed = "FUTURE_REF"
			}
			e.gran = ""
		}
		return end, e, true
	}
	if p.de {
		switch lead {
		case "vor":
			return p.ret(mk("de-ago", aDeictic, -1, k))
		case "nach":
			if x || u < uDay {
				return i, nil, false
			}
			if p.is(k, "dem", "der", "den", "einem", "einer") || p.nounAfter(k) {
				// "nach drei Tagen der Kämpfe", "nach 77 Tagen Belagerung":
				// the length of what went before, not a date.
				return i, nil, false
			}
			return p.ret(mk("de-after-n", aAnaphoric, 1, k))
		case "in", "binnen", "innerhalb":
			if lead == "in" && !x && (u >= uDay) {
				return p.ret(mk("de-in-n", aDeictic, 1, k))
			}
		}
		if p.is(k, "später", "danach", "darauf", "zuvor", "vorher", "früher", "davor") && p.is(i-1, "den") && p.is(i-2, "in", "während") {
			// "in den sechs Jahren zuvor", "in den Wochen danach": the
			// stretch before or after, a length.
			if v := durationValue(n, x, u); v != "" {
				return p.ret(k+1, expr{typ: "DURATION", rule: "de-n-span", fixed: v, mod: mod, gran: u.granularity()}, true)
			}
		}
		switch p.word(k) {
		case "später", "danach", "darauf":
			return p.ret(mk("de-n-later", aAnaphoric, 1, k+1))
		case "zuvor", "vorher", "früher":
			return p.ret(mk("de-n-earlier", aAnaphoric, -1, k+1))
		case "lang":
			k++
		}
	} else {
		if p.is(i-1, "in") && !p.is(i, "the") && !x && u >= uDay && mod == "" && span == "" && (k >= p.n() || p.toks[k].kind == tPunct || p.is(k, "time")) &&
			!(k >= 2 && p.hyphen(k-2) && p.tight(k-1)) {
			// ("leased in five-year, 26-mln-dlr transaction": an
			// adjective of length, not a time ahead.)
			if p.is(k, "time") {
				k++
			}
			end, e, ok := mk("in-n", aDeictic, 1, k)
			e.dur = dur // "the worst drought in half a century" is a length
			return p.ret(end, e, ok)
		}
		switch p.word(k) {
		case "ago", "back":
			if p.word(k) == "back" && !p.is(k-1, "years", "months", "weeks", "days", "decades") {
				break
			}
			return p.ret(mk("ago", aDeictic, -1, k+1))
		case "earlier", "before", "previously", "prior", "sooner":
			if p.word(k) == "before" && p.word(k+1) != "" && !p.is(k+1, "that", "then") &&
				!(p.is(k+1, "and", "but", "while", "when", "whereas") && !p.is(k+2, "after")) {
				// "from $183 million a year before and sales rose" closes
				// its clause; "two days before the vote", "before and
				// after the vote" are prepositions.
				break
			}
			if p.is(k+1, "that", "then") {
				return p.ret(mk("n-earlier", aAnaphoric, -1, k+2))
			}
			return p.ret(mk("n-earlier", aAnaphoric, -1, k+1))
		case "later", "after", "afterward", "afterwards", "hence":
			if p.word(k) == "after" && p.word(k+1) != "" {
				break
			}
			if p.word(k) == "hence" {
				return p.ret(mk("hence", aDeictic, 1, k+1))
			}
			end, e, ok := mk("n-later", aAnaphoric, 1, k+1)
			e.dur = dur // "opened two years later than planned" is a length
			return p.ret(end, e, ok)
		case "from":
			if p.is(k+1, "now") {
				return p.ret(mk("from-now", aDeictic, 1, k+2))
			}
			days := -1
			switch {
			case x:
			case ou == uDay:
				days = off
			case ou == uWeek:
				days = 7 * off
			}
			if p.is(k+1, "today") {
				if days > 0 {
					// "a week from today": a day, counted in days.
					return p.ret(k+2, expr{typ: "DATE", rule: "from-today", anchor: aDeictic, u: uDay, off: days, gran: "day", strict: true}, true)
				}
				return p.ret(mk("from-now", aDeictic, 1, k+2))
			}
			if days > 0 && days <= 120 {
				// "a week from Monday", "two weeks from Friday": the
				// coming weekday, moved on.
				if kk, e, ok := p.weekdayPoint(k + 1); ok && e.fixed == "" && e.weekday > 0 && e.day == 0 && e.pod == "" && !e.clock {
					e.dir, e.shift, e.rule = 1, int8(days), "n-from-weekday"
					return p.ret(kk, *e, true)
				}
			}
		case "long":
			k++
		}
	}
	if lead != "" {
		// A plain length: the preposition is not part of it; the count
		// is read again from its own position.
		return i, nil, false
	}
	if !p.de && k == i+2 && mod == "" && span == "" && !x && n == 1 && u >= uHour && p.rate(i, k) {
		// "14,000 hogs a day", "30 mln dlrs a year": a rate, the
		// quantity recurs each unit.
		return p.ret(k, expr{typ: "SET", rule: "rate", fixed: dur, gran: u.granularity()}, true)
	}
	e := expr{typ: "DURATION", rule: "duration", fixed: dur, mod: mod, gran: u.granularity()}
	if span == "recent" {
		e.rule = "recent-units"
	}
	// "drei Jahre und vier Monate", "two years and three months": one
	// length in two units.
	// "einen Tag, vier Stunden und zehn Minuten": a German comma joins
	// only a list that "und" closes, as a comma there mostly ends a
	// clause.
	// English writes hours, minutes and seconds side by side as well:
	// "a two hour 51 minute struggle", "four minutes 6.87 seconds".
	if !x && !strings.Contains(dur, ".") {
		last, end, joined := u, k, dur
		for {
			start := end + 1
			switch {
			case p.is(end, "and", "und") || p.punct(end, ","):
			case !p.de && last <= uHour && last > uSecond && p.isNum(end):
				start = end
			default:
				start = -1
			}
			if start < 0 {
				break
			}
			k2, n2, x2, u2, ok := p.quantity(start)
			if !ok || x2 || u2 >= last || u2 == uWeekend || last == uWeekend || last == uWeek || n2 != float64(int(n2)) && u2 != uSecond || p.is(k2, "ago", "later", "earlier", "später", "zuvor") {
				break
			}
			d2 := durationValue(n2, false, u2)
			if d2 == "" {
				break
			}
			comma := p.punct(end, ",")
			joined, last, end = joinDurations(joined, d2), u2, k2
			if !comma || !p.de {
				e.fixed, e.rule, k = joined, "duration-compound", end
			}
		}
	}
	return p.ret(k, e, true)
}

// resultsTime tells whether the bare "h:mm" over tokens [i, j) closes a
// line after a name, as times in a results list do ("5. Erik Dekker
// (Netherlands) Rabobank 1:23").
func (p *parser) resultsTime(i, j int) bool {
	if j < p.n() && !p.toks[j].newline || i == 0 || p.toks[i].newline {
		return false
	}
	prev := p.toks[i-1]
	if _, day := weekdayWords[prev.low]; day {
		return false // "on Sunday 10:30"
	}
	return prev.kind == tWord && prev.upper || p.punct(i-1, ")")
}

// joinDurations writes two ISO 8601 lengths, the second in smaller units,
// as one: P3Y and P4M give P3Y4M, P1D and PT2H give P1DT2H.
func joinDurations(a, b string) string {
	b = strings.TrimPrefix(b, "P")
	if strings.HasPrefix(b, "T") && strings.Contains(a, "T") {
		b = b[1:]
	}
	return a + b
}

// bareUnits reads counts without numbers: "years", "for decades", "seit
// Jahren", "jahrelang", "in recent months", "the coming weeks".
func (p *parser) bareUnits(i int) (int, expr, bool) {
	w := p.word(i)
	if !p.de {
		// "decades-long", "years-long": an unknown number of units.
		if _, u, plural, ok := p.unitAt(i); ok && plural && u >= uDay && u != uWeekend && p.hyphen(i+1) && p.tight(i+1) && p.is(i+2, "long") && p.tight(i+2) && !p.hyphen(i-1) {
			return i + 3, expr{typ: "DURATION", rule: "units-long", fixed: durationValue(0, true, u), gran: u.granularity()}, true
		}
		// "year-long", "yearlong", "weeklong": a length of one unit.
		if stem, ok := strings.CutSuffix(w, "long"); ok && stem != "" {
			if uu, ok := unitWords[stem]; ok && !uu.plural && uu.u >= uHour && uu.u != uWeekend {
				return i + 1, expr{typ: "DURATION", rule: "unit-long", fixed: durationValue(1, false, uu.u), gran: uu.u.granularity()}, true
			}
		}
		if _, u, plural, ok := p.unitAt(i); ok && !plural && u >= uHour && u != uWeekend && p.hyphen(i+1) && p.tight(i+1) && p.is(i+2, "long") && p.tight(i+2) && !p.hyphen(i-1) {
			return i + 3, expr{typ: "DURATION", rule: "unit-long", fixed: durationValue(1, false, u), gran: u.granularity()}, true
		}
	}
	if p.de {
		for _, s := range []struct {
			w string
			u unit
		}{{"jahrelang", uYear}, {"monatelang", uMonth}, {"wochenlang", uWeek}, {"tagelang", uDay}, {"stundenlang", uHour}, {"jahrzehntelang", uDecade}, {"jahrhundertelang", uCentury}} {
			if rest, ok := strings.CutPrefix(w, s.w); ok && (rest == "" || rest == "e" || rest == "en") {
				return i + 1, expr{typ: "DURATION", rule: "de-lang", fixed: durationValue(0, true, s.u), gran: s.u.granularity()}, true
			}
		}
		if p.is(i-1, "seit", "für") {
			if j, u, plural, ok := p.unitAt(i); ok && plural && u >= uDay {
				return j, expr{typ: "DURATION", rule: "de-bare-units", fixed: durationValue(0, true, u), gran: u.granularity()}, true
			}
		}
		if p.is(i-1, "binnen") || p.is(i-1, "von") && p.is(i-2, "innerhalb") {
			// "binnen Stunden", "innerhalb von Minuten": a few of them.
			if j, u, plural, ok := p.unitAt(i); ok && plural && u >= uMinute && u != uWeekend {
				return j, expr{typ: "DURATION", rule: "de-bare-units", fixed: durationValue(0, true, u), gran: u.granularity()}, true
			}
		}
		// "ein Vierteljahrhundert": 25 years, with its article.
		k := i
		if p.is(k, "ein", "einem", "einen", "eines") {
			k++
		}
		if strings.HasPrefix(p.word(k), "vierteljahrhundert") && p.toks[k].upper {
			return k + 1, expr{typ: "DURATION", rule: "de-quarter-century", fixed: "P25Y", gran: "year"}, true
		}
		// "in den folgenden Monaten", "Jahre zuvor": an unknown number of units.
		j := i
		if strings.HasPrefix(w, "folgend") || strings.HasPrefix(w, "kommend") || strings.HasPrefix(w, "nächst") || strings.HasPrefix(w, "vergangen") || strings.HasPrefix(w, "letzt") {
			j++
		}
		if k, u, plural, ok := p.unitAt(j); ok && plural && u >= uDay {
			if j > i || p.is(k, "zuvor", "später", "danach", "vorher") {
				if j == i {
					k++
				}
				return k, expr{typ: "DURATION", rule: "de-bare-units", fixed: durationValue(0, true, u), gran: u.granularity()}, true
			}
		}
		return i, expr{}, false
	}
	j := i
	if p.is(j, "the") {
		j++
	}
	lead := p.word(j)
	if lead == "recent" || lead == "coming" || lead == "past" || lead == "next" || lead == "last" {
		j++
	} else {
		lead = ""
	}
	k, u, plural, ok := p.unitAt(j)
	if h := p.andAHalf(k); ok && !plural && u >= uDay && u != uWeekend && p.is(i, "the") && lead != "" && h > k {
		// "the past week and a half", "the next year-and-a-half": a
		// length, as "the past two and a half years" is.
		return h, expr{typ: "DURATION", rule: "duration", fixed: durationValue(1.5, false, u), gran: u.granularity()}, true
	}
	if ok && !plural && u >= uWeek && u != uWeekend && p.is(i, "the") && (lead == "past" || lead == "last") && !p.is(k, "of") {
		// "over the past year", "in the last decade": TimeBank annotates
		// these as the unit before the current one, like "last year".
		return k, expr{typ: "DATE", rule: "the-past-unit", anchor: aDeictic, u: u, off: -1, gran: u.granularity()}, true
	}
	if ok && plural && lead == "" && !p.de && p.is(k, "later", "earlier") && u >= uMinute && u != uWeekend {
		// "Days later", "hours earlier": an unknown length before or after
		// the time told (TimeBank leaves the signal out).
		return k, expr{typ: "DURATION", rule: "bare-units-later", fixed: durationValue(0, true, u), gran: u.granularity()}, true
	}
	if !ok || !plural || u < uDay {
		return i, expr{}, false
	}
	if lead == "" && p.is(i, "the") && p.is(k, "ahead") && !p.is(k+1, "of") {
		// "in the weeks ahead" is "the coming weeks"; "the weeks ahead of
		// the vote" count back from the vote, a time not told.
		return k + 1, expr{typ: "DURATION", rule: "bare-units-ahead", fixed: durationValue(0, true, u), gran: u.granularity()}, true
	}
	prev := p.word(i - 1)
	if lead == "" && prev != "for" && prev != "over" && prev != "within" && !(prev == "in" && (k >= p.n() || p.toks[k].kind == tPunct)) {
		// "in years" only as "the first time in years."
		return i, expr{}, false
	}
	if lead == "" && !(k >= p.n() || p.toks[k].kind == tPunct || p.is(k, "and", "of", "to", "in", "now", "ago")) && !(prev == "for" && p.toks[i-1].upper) {
		// A fronted "For weeks the government has …" is an adjunct
		// whatever follows it.
		return i, expr{}, false
	}
	e := expr{typ: "DURATION", rule: "bare-units", fixed: durationValue(0, true, u), gran: u.granularity()}
	if lead == "recent" {
		// "in recent months": a stretch of unknown length up to now, as
		// "the past few months" is (TimeBank and MEANTIME mark it PXM
		// more often than PAST_REF; "recently" alone stays PAST_REF).
		e.rule = "recent-units"
	}
	if p.is(k, "ago") {
		e = expr{typ: "DATE", rule: "units-ago", fixed: "PAST_REF"}
		k++
	}
	return k, e, true
}

// germanDurationAdj reads "dreijährige", "neunmonatigen", "zweitägigen",
// "90-tägigen".
func (p *parser) germanDurationAdj(i int) (int, expr, bool) {
	if !p.de {
		return i, expr{}, false
	}
	j := i
	var n float64
	num := false
	if p.isNum(j) && p.hyphen(j+1) && p.tight(j+1) && p.tight(j+2) {
		n, num = float64(p.toks[j].num), true
		j += 2
	}
	w := p.word(j)
	if w == "" {
		return i, expr{}, false
	}
	if p.toks[j].upper && (num || !p.atSentenceStart(j)) {
		// "der 31-Jährige", "des Dreijährigen": a person named by age,
		// not a length of time.
		return i, expr{}, false
	}
	for _, a := range germanAdjUnits {
		k := strings.Index(w, a.stem)
		if k < 0 {
			continue
		}
		rest := w[k+len(a.stem):]
		if rest != "" && rest != "e" && rest != "en" && rest != "er" && rest != "es" && rest != "em" {
			continue
		}
		if num {
			if k != 0 {
				continue
			}
		} else {
			v, ok := germanNumber(w[:k])
			if !ok {
				if w[:k] == "mehr" || w[:k] == "viel" {
					return j + 1, expr{typ: "DURATION", rule: "de-duration-adjective", fixed: durationValue(0, true, a.u), gran: a.u.granularity()}, true
				}
				if w[:k] == "ein" || w[:k] == "einein" {
					v = 1
				} else if w[:k] == "halb" {
					return j + 1, expr{typ: "DURATION", rule: "de-duration-adjective", fixed: durationValue(0.5, false, a.u), gran: a.u.granularity()}, true
				} else {
					continue
				}
			}
			n = float64(v)
		}
		return j + 1, expr{typ: "DURATION", rule: "de-duration-adjective", fixed: durationValue(n, false, a.u), gran: a.u.granularity()}, true
	}
	return i, expr{}, false
}

// todaysAge are the nouns after "today's" that make it the present age,
// not the day of writing ("today's youth", "in today's world"); wire copy
// mostly means the day ("today's tender", "today's figures").
var todaysAge = map[string]bool{
	"world": true, "youth": true, "society": true, "generation": true, "generations": true, "children": true,
	"kids": true, "young": true, "youngsters": true, "teenagers": true, "reality": true, "realities": true,
	"standards": true, "terms": true, "dollars": true, "culture": true, "age": true, "era": true, "times": true,
	"technology": true, "technologies": true, "consumers": true, "families": true, "women": true, "men": true,
	"people": true, "students": true, "workers": true, "workforce": true, "economy": true, "media": true,
}

// ruleNamedDay reads "today", "yesterday", "tomorrow", "tonight", "this
// morning", "heute", "gestern", "morgen", "vorgestern", "heute Abend".
func (p *parser) ruleNamedDay(i int) (int, *expr, bool) {
	w := p.word(i)
	off := 0
	rule := "named-day"
	switch w {
	case "today", "heute", "heutigen", "heutige":
		if (w == "heutigen" || w == "heutige") && !p.is(i+1, "tag", "tages") {
			return i, nil, false
		}
	case "yesterday", "gestern", "gestrigen", "gestrige":
		off = -1
	case "tomorrow", "übermorgen":
		if w == "tomorrow" && p.is(i-1, "of") && (p.word(i-2) != "" && !p.is(i-2, "morning", "afternoon", "evening", "night", "end", "start", "beginning") || p.punct(i-2, "'")) {
			// "the people of tomorrow", "the cars of tomorrow": the
			// future in general, not the next day.
			return i, nil, false
		}
		off = 1
		if w == "übermorgen" {
			off = 2
		}
	case "morgen":
		if !p.de {
			return i, nil, false
		}
		if p.toks[i].upper && !(p.atSentenceStart(i) && i+1 < p.n() && p.toks[i+1].kind == tWord && !p.toks[i+1].upper &&
			!p.is(i+1, "des", "der", "den", "dem", "für", "um", "und", "oder", "danach", "darauf")) {
			// "Morgen" is the morning ("am Morgen des 3. Mai"); at the
			// start of a sentence, before its verb, it is tomorrow
			// ("Morgen streiken die Lokführer").
			return i, nil, false
		}
		off = 1
	case "vorgestern":
		off = -2
	case "heuer":
		// Austrian and Bavarian "this year".
		if !p.de {
			return i, nil, false
		}
		return p.ret(i+1, expr{typ: "DATE", rule: "heuer", anchor: aDeictic, u: uYear, gran: "year"}, true)
	case "morgigen", "morgige":
		// "am morgigen Dienstag": the day after the time of writing,
		// the weekday only confirms it.
		if !p.de {
			return i, nil, false
		}
		off = 1
	case "tonight":
		e := expr{typ: "TIME", rule: "tonight", anchor: aDeictic, u: uDay, pod: "NI", gran: "day", strict: true}
		return p.ret(i+1, e, true)
	case "overnight":
		// "prices fell overnight", "overnight losses in New York": the
		// night before the day told (else the day of writing). Before
		// most nouns it is a
		// term ("the overnight rate", "overnight lending", "an overnight
		// stay").
		if p.de || p.hyphen(i-1) || p.word(i+1) != "" && !p.is(i+1, "in", "on", "at", "and", "but", "as", "after", "to", "from", "with", "while", "when", "before", "losses", "gains", "trading", "session", "declines", "rally") {
			return i, nil, false
		}
		// "does not happen overnight", "an overnight success": all at
		// once, not a night.
		if p.is(i-1, "happen", "happens", "happened", "change", "changes", "changed", "disappear", "disappeared", "vanish", "vanished", "success", "sensation") {
			return i, nil, false
		}
		for k := i - 1; k >= 0 && k >= i-6 && !p.punct(k, "."); k-- {
			if p.is(k, "not", "never", "t", "cannot") {
				return i, nil, false
			}
		}
		return p.ret(i+1, expr{typ: "TIME", rule: "overnight", anchor: aAnaphoric, u: uDay, off: -1, pod: "NI", gran: "day"}, true)
	case "this":
		if pod, ok := partOfDay[p.word(i+1)]; ok && !p.de {
			return p.ret(i+2, expr{typ: "TIME", rule: "this-part-of-day", anchor: aDeictic, u: uDay, pod: pod, gran: "day"}, true)
		}
		return i, nil, false
	case "last":
		if p.is(i+1, "night") {
			return p.ret(i+2, expr{typ: "TIME", rule: "last-night", anchor: aDeictic, u: uDay, off: -1, pod: "NI", gran: "day"}, true)
		}
		return i, nil, false
	case "the":
		if p.is(i+1, "day") && p.is(i+2, "before", "after") && p.is(i+3, "yesterday", "tomorrow") {
			o := -2
			if p.is(i+3, "tomorrow") {
				o = 2
			}
			return p.ret(i+4, expr{typ: "DATE", rule: "named-day", anchor: aDeictic, u: uDay, off: o, gran: "day"}, true)
		}
		return i, nil, false
	default:
		return i, nil, false
	}
	if p.de != (w != "today" && w != "yesterday" && w != "tomorrow") {
		return i, nil, false
	}
	if w == "today" && p.toks[i].upper && i > 0 && p.toks[i-1].kind == tWord && p.toks[i-1].upper && !p.toks[i].newline {
		// A capital "Today" after a capitalised word is a title: "USA
		// Today", "This is VOA Today".
		return i, nil, false
	}
	if w == "today" && (p.punct(i+1, "'") || p.punct(i+1, "’")) && p.is(i+2, "s") && (todaysAge[p.word(i+3)] || todaysAge[p.word(i+4)]) {
		// "today's youth", "in today's world": the present age, not the
		// day of writing, as "die heutige Jugend".
		return i, nil, false
	}
	j := i + 1
	if w == "heutigen" || w == "heutige" {
		j++
	}
	if p.de && (w == "gestrigen" || w == "gestrige" || w == "morgigen" || w == "morgige") {
		switch _, isWeekday := weekdayWords[p.word(j)]; {
		case isWeekday && p.toks[j].upper:
			j++ // "am gestrigen Montag"
		case p.is(j, "tag", "tages"):
			j++
		case w == "morgigen" || w == "morgige":
			return i, nil, false // "die morgige Sitzung": read as before, no day
		}
	}
	e := expr{typ: "DATE", rule: rule, anchor: aDeictic, u: uDay, off: off, gran: "day", strict: true}
	if w == "heute" && off == 0 {
		e.rule = "today"
	}
	if pod, ok := partOfDay[p.word(j)]; ok {
		e.pod, e.typ = pod, "TIME"
		j++
	} else if p.de && p.is(j, "morgen", "früh") {
		e.pod, e.typ = "MO", "TIME"
		j++
	}
	return p.ret(j, e, true)
}

// ruleVague reads PRESENT_REF, PAST_REF and FUTURE_REF expressions: "now",
// "currently", "recently", "the past", "the future", "soon", "derzeit",
// "zuletzt", "kürzlich", "bald", "künftig", "in Zukunft".
func (p *parser) ruleVague(i int) (int, *expr, bool) {
	w := p.word(i)
	mk := func(v string, j int) (int, expr, bool) {
		return j, expr{typ: "DATE", rule: "vague", fixed: v}, true
	}
	if !p.de {
		switch w {
		case "now":
			if p.hyphen(i+1) && p.tight(i+1) {
				// "the now-cancelled deal" tells what the deal is,
				// not when; "now that the deal is signed" is the present.
				return i, nil, false
			}
			return p.ret(mk("PRESENT_REF", i+1))
		case "currently", "presently", "nowadays":
			return p.ret(mk("PRESENT_REF", i+1))
		case "current":
			// "the current crisis": the adjective refers to now.
			if p.word(i+1) == "" || p.is(i+1, "account", "accounts", "affairs", "events", "price", "prices", "level", "levels", "rate", "rates", "form", "members", "president") {
				return i, nil, false
			}
			return p.ret(mk("PRESENT_REF", i+1))
		case "recently", "lately":
			return p.ret(mk("PAST_REF", i+1))
		case "then":
			// "the then current price", "the then-current rules": what was
			// current at a past time.
			j := i + 1
			if p.hyphen(j) && p.tight(j) {
				j++
			}
			if p.is(j, "current", "prevailing", "existing") {
				return p.ret(mk("PAST_REF", j+1))
			}
		case "one", "some", "someday":
			// "will one day be", "may some day return": a time ahead,
			// not a length.
			if !p.afterModal(i) {
				break
			}
			if w == "someday" {
				return p.ret(mk("FUTURE_REF", i+1))
			}
			if p.is(i+1, "day") {
				return p.ret(mk("FUTURE_REF", i+2))
			}
		case "soon":
			if p.is(i-1, "as", "so", "too", "how") {
				return i, nil, false // "as soon as", "too soon to say"
			}
			// "will soon move", "plan to strike again soon"; in a story
			// told in the past ("was soon released") it is a sequence,
			// which TimeML leaves out.
			j, e, ok := mk("FUTURE_REF", i+1)
			e.notPast = true
			return p.ret(j, e, ok)
		case "as":
			if p.is(i+1, "soon") && p.is(i+2, "as") && p.is(i+3, "possible", "practicable", "feasible") {
				return p.ret(mk("FUTURE_REF", i+4))
			}
		// "previously", "formerly", "soon" and the adjective "future" are
		// annotated far less often than they occur: left out.
		case "these":
			if p.is(i+1, "days") {
				return p.ret(mk("PRESENT_REF", i+2))
			}
		case "at":
			if p.is(i+1, "present") {
				return p.ret(mk("PRESENT_REF", i+2))
			}
		case "the":
			switch {
			case p.is(i-1, "for") && p.is(i+1, "time") && p.is(i+2, "being"):
				// "for the time being": for now.
				return p.ret(mk("PRESENT_REF", i+3))
			case p.is(i+1, "past") && !p.is(i+2, "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "century", "few", "several") && !p.isNum(i+2) && p.cardinalFree(i+2):
				return p.ret(mk("PAST_REF", i+2))
			case p.is(i+1, "near", "short") && p.is(i+2, "term") && !p.hyphen(i+3) && (p.word(i+3) == "" || p.is(i+3, "and", "or", "but", "as", "because", "than", "when", "while", "if") || p.is(i-1, "in", "over", "for", "during")):
				// After a preposition the phrase is the adverbial ("growth
				// in the near term appears likely"), whatever follows.
				// "in the near term", "placate holders in the short term":
				// a time ahead; "the short-term debt" is an adjective.
				return p.ret(mk("FUTURE_REF", i+3))
			case p.is(i+1, "future") || p.is(i+1, "near") && p.is(i+2, "future"):
				if p.is(i+1, "near") {
					return p.ret(mk("FUTURE_REF", i+3))
				}
				return p.ret(mk("FUTURE_REF", i+2))
			}
		case "recent":
			if p.is(i+1, "years", "months", "weeks", "days", "decades") {
				break // bareUnits reads these as durations
			}
			if p.word(i+1) == "" || p.is(i-1, "most") {
				return i, nil, false
			}
			return p.ret(mk("PAST_REF", i+1))
		}
		return i, nil, false
	}
	switch w {
	case "jetzt", "derzeit", "zurzeit", "gegenwärtig", "momentan", "heutzutage", "aktuell", "mittlerweile", "inzwischen", "gegenwärtigen", "derzeitigen", "derzeitige":
		if w == "aktuell" && p.word(i+1) != "" && !p.isVerbish(i+1) {
			return i, nil, false
		}
		if w == "gegenwärtigen" || w == "derzeitigen" || w == "derzeitige" {
			return i, nil, false
		}
		if w == "mittlerweile" || w == "inzwischen" {
			return i, nil, false
		}
		return p.ret(mk("PRESENT_REF", i+1))
	case "zur":
		if p.is(i+1, "zeit") && p.toks[i+1].upper {
			return p.ret(mk("PRESENT_REF", i+2))
		}
	case "heute":
		return i, nil, false
	case "kürzlich", "jüngst", "zuletzt", "unlängst", "neulich", "früher", "damals", "zuvor", "vorher", "bislang", "bisher", "einst", "ehemals", "zwischenzeitlich":
		switch w {
		case "damals", "bislang", "bisher", "einst", "ehemals":
			return i, nil, false
		}
		if w == "früher" && (p.is(i-1, "als", "viel", "noch") || p.is(i+1, "als")) || w == "früher" && p.word(i+1) != "" && !p.isVerbish(i+1) {
			return i, nil, false
		}
		if w == "zuletzt" && (p.is(i-1, "erst", "als", "nicht") || strings.HasPrefix(p.word(i+1), "genannt") || strings.HasPrefix(p.word(i+1), "erwähnt")) {
			return i, nil, false
		}
		if w == "zuvor" || w == "vorher" || w == "früher" {
			// Alone these mostly mean "before that" in a narrative without
			// being annotated; "kurz zuvor" is read below.
			return i, nil, false
		}
		return p.ret(mk("PAST_REF", i+1))
	case "vor":
		if p.is(i+1, "kurzem", "kurzer") {
			return p.ret(mk("PAST_REF", i+2))
		}
	case "kurz", "wenig", "kurze", "einige", "wenige":
		j := i + 1
		if p.is(j, "zeit") && (w == "kurze" || w == "einige" || w == "wenige") {
			j++
		} else if w == "kurze" || w == "einige" || w == "wenige" {
			return i, nil, false
		}
		switch p.word(j) {
		case "zuvor", "vorher", "davor":
			return p.ret(mk("PAST_REF", j+1))
		case "später", "danach", "darauf":
			return p.ret(mk("FUTURE_REF", j+1))
		}
	case "bald", "künftig", "zukünftig", "demnächst", "später", "fortan", "folgezeit", "zukunft":
		switch w {
		case "später":
			// Alone, "später" is mostly an adverb of sequence, not annotated.
			return i, nil, false
		case "bald":
			if p.is(i+1, "darauf", "danach") {
				return p.ret(mk("FUTURE_REF", i+2))
			}
			if p.is(i+1, "nach") {
				return i, nil, false // "bald nach der Wahl": a sequence, not the future
			}
		case "zukunft":
			if !p.is(i-1, "in", "der") {
				return i, nil, false
			}
		case "folgezeit":
		}
		return p.ret(mk("FUTURE_REF", i+1))
	case "in":
		if p.is(i+1, "der") && p.is(i+2, "folge") && p.toks[i+2].upper {
			return p.ret(mk("FUTURE_REF", i+3))
		}
		if p.is(i+1, "zukunft", "hinkunft") {
			return p.ret(mk("FUTURE_REF", i+2)) // "in Hinkunft" is Austrian
		}
		if p.is(i+1, "kürze") && p.toks[i+1].upper {
			return p.ret(mk("FUTURE_REF", i+2)) // "in Kürze": soon
		}
	}
	return i, nil, false
}

// cardinalFree tells whether no count follows at i ("the past three years"
// is a duration, not PAST_REF).
func (p *parser) cardinalFree(i int) bool {
	_, _, _, ok := p.cardinal(i)
	return !ok
}

// isVerbish is a rough test that the German word at i does not start a noun
// phrase the adverb modifies (a capitalised word is a noun).
func (p *parser) isVerbish(i int) bool {
	if i >= p.n() {
		return true
	}
	t := p.toks[i]
	if t.kind == tPunct {
		return true
	}
	return !t.upper
}

// setAdverbs are adverbs of recurrence and their units.
var setAdverbs = map[string]unit{
	"daily": uDay, "weekly": uWeek, "monthly": uMonth, "yearly": uYear, "annually": uYear, "hourly": uHour, "nightly": uDay,
	"täglich": uDay, "wöchentlich": uWeek, "monatlich": uMonth, "jährlich": uYear, "alljährlich": uYear, "stündlich": uHour, "vierteljährlich": uQuarter,
	"quartalsmäßig": uQuarter, "quartalsweise": uQuarter,
}

// ruleSet reads recurring times: "daily", "every week", "each Monday",
// "twice a month", "täglich", "jeden Tag", "einmal im Monat".
func (p *parser) ruleSet(i int) (int, *expr, bool) {
	w := p.word(i)
	set := func(v string, j int, g string) (int, expr, bool) {
		return j, expr{typ: "SET", rule: "set", fixed: v, gran: g}, true
	}
	if !p.de {
		// "the first Monday of each month", "every last Friday of the
		// month": a day that recurs once a month.
		j := i
		if p.is(j, "the", "every", "each") {
			j++
		}
		if _, ord := ordinalWords[p.word(j)]; (ord || p.is(j, "last")) && j > i {
			if _, wd := weekdayWords[p.word(j+1)]; wd && p.toks[j+1].upper && p.is(j+2, "of") {
				if p.is(j+3, "each", "every") && p.is(j+4, "month") || p.is(i, "every", "each") && p.is(j+3, "the") && p.is(j+4, "month") {
					return p.ret(set("P1M", j+5, "month"))
				}
			}
		}
	}
	if p.de && (p.is(i, "jeden", "jedem") || p.is(i-1, "am")) {
		// "jeden ersten Sonntag im Monat", "am letzten Freitag jedes
		// Monats": a day that recurs once a month.
		j := i
		if p.is(i, "jeden", "jedem") {
			j++
		}
		_, ord := germanOrdinal(p.word(j))
		if ord || p.is(j, "letzten") {
			if _, wd := weekdayWords[p.word(j+1)]; wd && p.toks[j+1].upper {
				k := j + 2
				switch {
				case p.is(k, "im") && p.is(k+1, "monat") && p.is(i, "jeden", "jedem"):
					return p.ret(set("P1M", k+2, "month"))
				case p.is(k, "jedes", "eines") && p.is(k+1, "monats"):
					return p.ret(set("P1M", k+2, "month"))
				}
			}
		}
	}
	if p.de && strings.HasPrefix(w, "halbjährlich") && len(w) <= len("halbjährlichen") {
		// "halbjährlich", "halbjährlichen Zahlen": every six months.
		return p.ret(set("P6M", i+1, "month"))
	}
	if !p.de {
		// Recurrences in two or half units: "semi-annually" (every six
		// months), "biweekly", "fortnightly".
		switch {
		case w == "semiannually" || w == "semi" && p.hyphen(i+1) && p.tight(i+1) && p.tight(i+2) && p.is(i+2, "annually"):
			j := i + 1
			if w == "semi" {
				j = i + 3
			}
			return p.ret(set("P6M", j, "month"))
		case w == "biweekly" || w == "fortnightly":
			return p.ret(set("P2W", i+1, "week"))
		case w == "bimonthly":
			return p.ret(set("P2M", i+1, "month"))
		}
	}
	if u, ok := setAdverbs[w]; ok {
		if !p.de && i+1 < p.n() && p.toks[i+1].upper && p.toks[i+1].kind == tWord && !p.toks[i+1].newline {
			return i, nil, false // a newspaper: "the party daily Granma"
		}
		if !p.de && p.midCap(i) && p.toks[i-1].kind == tWord && p.toks[i-1].upper {
			return i, nil, false // a title: "the Shenzhen Economic Daily"
		}
		if !p.de && p.midCap(i) && i >= 3 && p.is(i-1, "s") && (p.punct(i-2, "'") || p.punct(i-2, "’")) && p.tight(i-2) && p.toks[i-3].upper {
			return i, nil, false // a title after a possessive: "the People's Daily"
		}
		if !p.de && p.periodicalNoun(i) {
			return i, nil, false // a newspaper: "the daily reported", "the state-run daily said"
		}
		return p.ret(set(durationValue(1, false, u), i+1, u.granularity()))
	}
	if p.de && (strings.HasSuffix(w, "e") || strings.HasSuffix(w, "n") || strings.HasSuffix(w, "r") || strings.HasSuffix(w, "s")) {
		for _, suf := range []string{"e", "en", "er", "es"} {
			if stem, ok := strings.CutSuffix(w, suf); ok && p.de {
				if u, ok := setAdverbs[stem]; ok {
					return p.ret(set(durationValue(1, false, u), i+1, u.granularity()))
				}
			}
		}
	}
	if p.de && (w == "werktags" || w == "wochentags") || !p.de && w == "weekdays" && (p.is(i-1, "on") || p.is(i+1, "from", "at", "between", "until")) {
		// Monday to Friday of every week, written as "WE" is for the
		// weekend: TimeML has no pattern for a working day.
		return p.ret(set("XXXX-WXX-WD", i+1, "day"))
	}
	if !p.de && w == "weekends" && p.is(i-1, "on", "at", "during", "over") {
		// "on weekends": every weekend.
		return p.ret(set("XXXX-WXX-WE", i+1, "week"))
	}
	if !p.de && p.toks[i].upper && p.is(i-1, "on") {
		// "on Sundays": every Sunday.
		if stem, ok := strings.CutSuffix(w, "s"); ok && strings.HasSuffix(stem, "day") {
			if wd, ok := weekdayWords[stem]; ok {
				return p.ret(set("XXXX-WXX-"+strconv.Itoa(wd), i+1, "day"))
			}
		}
	}
	switch w {
	case "every", "each", "jeden", "jede", "jedes", "jedem", "alle":
		j := i + 1
		n := 1.0
		if w == "every" && p.is(j, "other", "second") {
			// "every other week" is once in two weeks.
			if _, _, _, ok := p.unitAt(j + 1); ok {
				j, n = j+1, 2
			}
		}
		if w == "every" || w == "alle" {
			if jj, nn, x, ok := p.cardinal(j); ok && !x && p.isNum(j) || ok && !x && nn > 1 {
				j, n = jj, nn
			}
		}
		if jj, u, _, ok := p.unitAt(j); ok {
			return p.ret(set(durationValue(n, false, u), jj, u.granularity()))
		}
		if wd, ok := weekdayWords[p.word(j)]; ok && p.toks[j].upper {
			return p.ret(set("XXXX-WXX-"+strconv.Itoa(wd), j+1, "day"))
		}
		if pod, ok := partOfDay[p.word(j)]; ok {
			return p.ret(set("TXX"+pod, j+1, "day"))
		}
		if m, ok := monthWords[p.word(j)]; ok && p.toks[j].upper {
			return p.ret(set("XXXX-"+pad2(m), j+1, "month"))
		}
		// The map holds both languages: "auf jeden Fall" is no autumn.
		if s, ok := seasonWords[p.word(j)]; ok && s.mod == "" && (!p.de || p.toks[j].upper && !p.is(j, "fall", "spring", "summer", "autumn", "springtime", "summertime")) {
			return p.ret(set("XXXX-"+s.season, j+1, "season"))
		}
		return i, nil, false
	case "once", "twice", "einmal", "zweimal", "dreimal", "viermal", "mehrmals", "mehrfach":
		j := i + 1
		if p.de {
			if p.is(j, "im", "pro", "am", "in", "je") {
				j++
				if p.is(j, "der") {
					j++
				}
			} else {
				return i, nil, false
			}
		} else {
			if !p.is(j, "a", "an", "per", "each", "every") {
				return i, nil, false
			}
			j++
		}
		if jj, u, _, ok := p.unitAt(j); ok {
			return p.ret(set(durationValue(1, false, u), jj, u.granularity()))
		}
		return i, nil, false
	case "per", "pro":
		if jj, u, _, ok := p.unitAt(i + 1); ok && u >= uDay {
			return p.ret(set(durationValue(1, false, u), jj, u.granularity()))
		}
	}
	if k, _, x, ok := p.cardinal(i); ok && !x && p.is(k, "times", "mal") {
		// "three times a week", "3 times a year"
		j := k + 1
		if p.is(j, "a", "per", "im", "pro") {
			if jj, u, _, ok := p.unitAt(j + 1); ok {
				return p.ret(set(durationValue(1, false, u), jj, u.granularity()))
			}
		}
	}
	return i, nil, false
}

// meridiemAt tells whether an English "a.m." or "p.m." ("am", "pm", "AM",
// "PM") starts at token j.
func (p *parser) meridiemAt(j int) bool {
	return p.dottedMeridiemAt(j) || p.amPmAt(j)
}

// dottedMeridiemAt tells whether "a.m." or "p.m." starts at token j.
func (p *parser) dottedMeridiemAt(j int) bool {
	return p.is(j, "a", "p") && p.punct(j+1, ".") && p.tight(j+1) && p.is(j+2, "m")
}

// amPmAt tells whether "am" or "pm" stands at token j, in lower case or in
// capitals ("Am" begins a sentence).
func (p *parser) amPmAt(j int) bool {
	return p.is(j, "am", "pm") && (!p.toks[j].upper || p.toks[j].text == strings.ToUpper(p.toks[j].text))
}

// wireZones are the time zones written after a wire-service clock time.
var wireZones = []string{"gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet"}

// wireClockEnd returns the end of a four-digit 24-hour clock time at i and
// the zone words after it ("1530 GMT", "1100 hrs EST", "1800 local time",
// "2100 local Chicago time", "at 1415 hours"), or -1 when there is none.
func (p *parser) wireClockEnd(i int) int {
	if p.de || !p.isNum(i) || p.digits(i) != 4 || p.toks[i].num%100 >= 60 || p.toks[i].num/100 > 24 || i > 0 && p.tight(i) && p.isNum(i-1) {
		return -1
	}
	j := i + 1
	switch {
	case p.is(j, wireZones...) || p.is(j, "hrs"):
		j++
		if p.is(j-1, "hrs") && p.is(j, wireZones...) {
			j++ // "1100 hrs EST"
		}
		if p.hyphen(j) {
			return -1
		}
	case p.is(j, "hours") && (p.toks[i].num < 1000 || p.is(i-1, "at", "by", "until", "till", "from", "before", "after", "since", "around", "about") || p.is(i-1, "to", "and") && p.isNum(i-2) && p.digits(i-2) == 4):
		// "at 1415 hours", "0600 hours"; "1500 hours of work" is a length.
		j++
		if p.is(j, wireZones...) {
			j++
		}
	case p.is(j, "local") && p.is(j+1, "time"):
		j += 2
	case p.is(j, "local") && p.toks[j+1].upper && p.toks[j+1].kind == tWord && p.is(j+2, "time"):
		j += 3 // "2100 local Chicago time"
	case j < p.n() && p.toks[j].upper && p.toks[j].kind == tWord && p.is(j+1, "time") && p.is(i-1, "at", "by", "until", "before", "after", "from", "around", "about"):
		j += 2 // "by 1000 London time"
	default:
		return -1
	}
	return j
}

// wireClockRangeStart tells whether the four-digit number at i opens a
// range whose other end is a wire-service clock time: "from 1800 to 2100
// local time", "between 0900 and 1100 GMT".
func (p *parser) wireClockRangeStart(i int) bool {
	return !p.de && p.is(i-1, "from", "between") && p.isNum(i) && p.digits(i) == 4 && p.toks[i].num%100 < 60 && p.toks[i].num/100 <= 24 &&
		(p.is(i+1, "to", "and", "until", "till") || p.punct(i+1, "-")) && p.wireClockEnd(i+2) > 0
}

// ruleClock reads clock times: "10:35 a.m.", "4 p.m.", "noon", "4:45 Uhr",
// "4 Uhr 45", "01:35 Uhr".
func (p *parser) ruleClock(i int) (int, *expr, bool) {
	w := p.word(i)
	switch w {
	case "noon", "midday", "mittag":
		if w == "mittag" && !p.is(i-1, "zu", "am", "gegen") || w == "noon" && p.is(i-1, "high") {
			// "high noon" is a showdown, not a clock time.
			return i, nil, false
		}
		return p.ret(i+1, expr{typ: "TIME", rule: "clock", hour: 12, clock: true, gran: "time", anchor: aAnaphoric}, true)
	case "midnight", "mitternacht":
		return p.ret(i+1, expr{typ: "TIME", rule: "clock", hour: 24, clock: true, gran: "time", anchor: aAnaphoric}, true)
	}
	if j := p.wireClockEnd(i); j > 0 || p.wireClockRangeStart(i) {
		// Wire-service times: "1900 GMT", "1630 EST", "0600 hrs", "1100
		// hrs EST", "lifted off at 1805 local time", "trades entered by
		// 1000 London time", and the first end of "from 1800 to 2100
		// local time": clock times, not the year 1805.
		z := j
		if j < 0 {
			j, z = i+1, p.wireClockEnd(i+2)
		}
		e := expr{typ: "TIME", rule: "clock-hhmm", hour: p.toks[i].num / 100, minute: p.toks[i].num % 100, clock: true, gran: "time", anchor: aAnaphoric}
		for q := i + 1; q < z; q++ {
			if p.is(q, "gmt", "utc") {
				e.zone = "Z"
			}
		}
		return p.ret(j, e, true)
	}
	if !p.isNum(i) || p.digits(i) > 2 {
		return i, nil, false
	}
	if i > 0 && p.tight(i) && (p.punct(i-1, ".") || p.punct(i-1, ":") || p.isNum(i-1)) {
		return i, nil, false
	}
	h, m := p.toks[i].num, 0
	j := i + 1
	hasMin := false
	// English writes minutes after a dot only with a.m./p.m. ("landed at
	// 4.30 a.m.", "6.45pm"); "4.30" alone is a number.
	dotMin := p.de || p.meridiemAt(j+2)
	if (p.punct(j, ":") || dotMin && p.punct(j, ".")) && p.tight(j) && p.isNum(j+1) && p.tight(j+1) && p.digits(j+1) == 2 {
		m = p.toks[j+1].num
		j += 2
		hasMin = true
	}
	if h > 24 || m > 59 {
		return i, nil, false
	}
	if hasMin && p.tight(j) && p.isNum(j+1) && p.tight(j+1) && (p.punct(j, ":") || p.de && p.punct(j, ",") || !p.de && p.punct(j, ".")) {
		// "1:21:13", "1:37,9", "3:51.40": a time in a results list, not
		// a clock.
		return i, nil, false
	}
	ok := false
	if p.de {
		if !hasMin && p.is(j, "bis", "und") && p.is(i-1, "von", "zwischen", "ab") && p.deClockAt(j+1) {
			// "von 9 bis 17 Uhr", "zwischen 8 und 10 Uhr": the first end
			// takes "Uhr" from the second.
			ok = true
		} else if p.is(j, "uhr") {
			ok = true
			j++
			if !hasMin && p.isNum(j) && p.digits(j) == 2 && p.toks[j].num < 60 {
				m = p.toks[j].num
				j++
			}
		} else if hasMin && p.punct(j-2, ":") {
			// Without "Uhr", "1:35" in German news is a length ("nach
			// 1:35 Stunden"), a score ("mit 23:13") or a results time,
			// not a clock.
			if p.is(j, "stunden", "std") && h > 0 {
				v := "PT" + strconv.Itoa(h) + "H"
				if m > 0 {
					v += strconv.Itoa(m) + "M"
				}
				return p.ret(j+1, expr{typ: "DURATION", rule: "de-hours-minutes", fixed: v, gran: "time"}, true)
			}
			if p.is(j, "minuten", "min") && h > 0 {
				// "7:57 Minuten": minutes and seconds.
				v := "PT" + strconv.Itoa(h) + "M"
				if m > 0 {
					v += strconv.Itoa(m) + "S"
				}
				return p.ret(j+1, expr{typ: "DURATION", rule: "de-minutes-seconds", fixed: v, gran: "time"}, true)
			}
			return i, nil, false
		}
	} else {
		switch {
		case p.dottedMeridiemAt(j):
			if p.is(j, "p") && h < 12 {
				h += 12
			}
			if p.is(j, "a") && h == 12 {
				h = 0
			}
			j += 3
			if p.punct(j, ".") && p.tight(j) {
				j++
			}
			ok = true
		case p.amPmAt(j):
			if p.is(j, "pm") && h < 12 {
				h += 12
			}
			j++
			ok = true
		case hasMin && p.punct(i+1, ":"):
			// "10. Skibby 1:45" closing a line of a results list is a
			// time behind the winner; a clock is introduced ("at 1:45").
			ok = !p.resultsTime(i, j)
		case p.is(j, "o") && p.punct(j+1, "'") && p.is(j+2, "clock"):
			j += 3
			ok = true
		case p.is(j, "in") && p.is(j+1, "the") && p.is(j+2, "morning", "afternoon", "evening"):
			if !p.is(j+2, "morning") && h < 12 {
				h += 12
			}
			j += 3
			ok = true
		}
	}
	if !ok || h > 24 {
		return i, nil, false
	}
	e := expr{typ: "TIME", rule: "clock", hour: h, minute: m, clock: true, gran: "time", anchor: aAnaphoric}
	// Time zones: "UTC", "GMT" (Z), "EDT", "MEZ".
	if j < p.n() && p.toks[j].kind == tWord && len(p.toks[j].text) <= 4 && strings.ToUpper(p.toks[j].text) == p.toks[j].text &&
		(strings.HasSuffix(p.toks[j].text, "T") || strings.HasSuffix(p.toks[j].text, "Z") || p.toks[j].text == "UTC") {
		if p.toks[j].text == "UTC" || p.toks[j].text == "GMT" {
			e.zone = "Z"
			if end, zone, ok := p.zoneOffset(j + 1); ok {
				// "6:40 p.m. GMT+8", "18:40 UTC -5": the offset is
				// part of the zone.
				e.zone, j = zone, end-1
			}
		}
		j++
	} else if p.punct(j, "(") && p.is(j+1, "gmt", "utc") {
		// "6:40 p.m. (GMT +8)": the zone in brackets belongs to the
		// time, as MEANTIME annotates it. ("10:35 a.m. (0735 GMT)" is
		// a second time, read on its own.)
		zone, end := "Z", j+2
		if k, z, ok := p.zoneOffset(j + 2); ok {
			zone, end = z, k
		}
		if p.punct(end, ")") {
			e.zone, j = zone, end+1
		}
	}
	return p.ret(j, e, true)
}

// zoneOffset reads the offset of a time zone from UTC at i, "+8", "-5",
// "+05:30", and returns where it ends and the offset as ISO 8601 writes it
// ("+08", "-05", "+05:30").
func (p *parser) zoneOffset(i int) (int, string, bool) {
	sign := ""
	switch {
	case p.punct(i, "+"):
		sign = "+"
	case p.dash(i) || p.punct(i, "-"):
		sign = "-"
	default:
		return i, "", false
	}
	if !p.isNum(i+1) || !p.tight(i+1) || p.digits(i+1) > 2 || p.toks[i+1].num > 14 {
		return i, "", false
	}
	zone, j := sign+pad2(p.toks[i+1].num), i+2
	if p.punct(j, ":") && p.tight(j) && p.isNum(j+1) && p.tight(j+1) && p.digits(j+1) == 2 && p.toks[j+1].num < 60 {
		zone += ":" + pad2(p.toks[j+1].num)
		j += 2
	}
	return j, zone, true
}

// deClockAt tells whether a German clock time with "Uhr" starts at k: "17
// Uhr", "17.30 Uhr".
func (p *parser) deClockAt(k int) bool {
	if !p.isNum(k) || p.digits(k) > 2 || p.toks[k].num > 24 {
		return false
	}
	k++
	if p.punct(k, ".") && p.tight(k) && p.isNum(k+1) && p.digits(k+1) == 2 {
		k += 2
	}
	return p.is(k, "uhr")
}

// weekdaySpan tells whether the English weekday at i opens a span of
// weekdays ("Monday through Thursday", "Monday to Friday", "Mon-Fri").
func (p *parser) weekdaySpan(i int) bool {
	if p.de {
		return false
	}
	if _, ok := weekdayWords[p.word(i)]; !ok {
		return false
	}
	_, ok := weekdayWords[p.word(i+2)]
	return ok && (p.is(i+1, "through", "thru", "to") || p.dash(i+1))
}

// scheduleDays reads the weekdays of a span after a clock time, the days of
// a timetable ("from 1800 to 2100 local time Monday through Thursday", "9
// a.m. to 5 p.m. Monday to Friday"): each is a recurring day, a SET.
func (p *parser) scheduleDays(i int) (int, *expr, bool) {
	if p.de || i >= p.n() || !p.toks[i].upper || p.toks[i].kind != tWord {
		return i, nil, false
	}
	start := i
	if !p.weekdaySpan(i) {
		start = i - 2
		if i < 2 || !p.weekdaySpan(start) {
			return i, nil, false
		}
	}
	if !p.clockWordBefore(start) {
		return i, nil, false
	}
	wd := weekdayWords[p.word(i)]
	return p.ret(i+1, expr{typ: "SET", rule: "schedule-days", fixed: "XXXX-WXX-" + strconv.Itoa(wd), gran: "day"}, true)
}

// clockWordBefore tells whether the token before i ends an English clock
// time: "local time", "GMT", "hrs", "p.m.", "pm".
func (p *parser) clockWordBefore(i int) bool {
	return i > 0 && (p.is(i-1, "time", "gmt", "utc", "hrs", "hours") || p.is(i-1, wireZones...) || p.amPmAt(i-1) ||
		p.punct(i-1, ".") && i >= 2 && p.is(i-2, "m") && i >= 4 && p.dottedMeridiemAt(i-4))
}

// extendClock joins a clock time with an adjacent day: "9 a.m. Tuesday",
// "Tuesday at 9 a.m." stays two expressions as TimeML annotates them.
func (p *parser) extendClock(m match) match {
	if !m.e.clock {
		return m
	}
	j := m.j
	if p.punct(j, ",") {
		j++
	}
	if k, e, ok := p.point(j); ok && (e.day > 0 || e.weekday > 0) && !(j > m.j && e.day == 0 && (p.isNum(k) || p.is(k, "von", "ab", "bis", "from"))) && !p.weekdaySpan(j) {
		// Not in a list of opening hours: "bis 18 Uhr, Samstag 10 bis
		// 18 Uhr" names the day of the next item.
		e.hour, e.minute, e.clock, e.zone = m.e.hour, m.e.minute, true, m.e.zone
		e.typ, e.gran, e.rule = "TIME", "time", "clock-"+e.rule
		m.j, m.e = k, e
		return m
	}
	// "2:46 p.m. on March 11, 2011": two expressions, but the time is on
	// that day; so is "6.30 a.m. (2030 GMT) on Tuesday", past a short
	// aside in brackets (the time in another zone, "local time").
	if j == m.j && p.punct(j, "(") {
		for k := j + 1; k < j+6 && k < p.n(); k++ {
			if p.punct(k, ")") {
				j = k + 1
				break
			}
		}
	}
	if p.is(j, "on") && (j == m.j || p.punct(j-1, ")")) {
		if _, e, ok := p.point(j + 1); ok && (e.day > 0 || e.weekday > 0) && e.fixed == "" {
			e.hour, e.minute, e.clock, e.zone = m.e.hour, m.e.minute, true, m.e.zone
			e.typ, e.gran, e.rule = "TIME", "time", "clock-on-"+e.rule
			m.e = e
		}
	}
	return m
}

// nthDayOf reads the n-th day of an event told before, "the third day of
// the strike", "am ersten Tag der Schlacht" (with the event, as WikiWarsDE
// annotates it): a day counted from the date told, the event's start.
// "The last day of the talks" has no date to count from.
func (p *parser) nthDayOf(i int) (int, int, bool) {
	var n, j int
	var ok bool
	if p.de {
		if n, ok = germanOrdinal(p.low(i)); !ok || p.toks[i].upper || !p.is(i+1, "tag") || !p.toks[i+1].upper || !p.is(i+2, "der", "des") {
			return i, 0, false
		}
		j = i + 3
	} else {
		if !p.is(i, "the") || !p.is(i+2, "day") || !p.is(i+3, "of") || !p.is(i+4, "the", "this", "that", "its", "their") {
			return i, 0, false
		}
		if n, ok = ordinalWords[p.low(i+1)]; !ok {
			return i, 0, false
		}
		j = i + 5
	}
	// The event is one noun ("the strike", "des Streiks", "der
	// Schlacht"); a time ("the first day of the year", "der Woche") is
	// read by the rules of its unit.
	if j >= p.n() || p.toks[j].kind != tWord || p.de && !p.toks[j].upper || n < 1 || n > 31 {
		return i, 0, false
	}
	if _, _, _, unit := p.unitAt(j); unit || p.is(j, "new", "current", "next", "last", "same", "following", "previous") {
		return i, 0, false
	}
	if _, _, month := p.monthAt(j); month {
		return i, 0, false
	}
	return j + 1, n, true
}

// ruleAnaphoric reads references to the time being told: "that day", "the
// same day", "am selben Tag", "an diesem Tag", "dieses Datum", "the day
// before", "the next morning".
func (p *parser) ruleAnaphoric(i int) (int, *expr, bool) {
	if j, n, ok := p.nthDayOf(i); ok {
		return p.ret(j, expr{typ: "DATE", rule: "nth-day-of-event", anchor: aAnaphoric, u: uDay, off: n - 1, gran: "day"}, true)
	}
	if p.de {
		// "am Tag darauf", "am Tag zuvor"
		if p.is(i, "tag") && p.toks[i].upper && p.is(i+1, "darauf", "danach", "zuvor", "davor") {
			off := 1
			if p.is(i+1, "zuvor", "davor") {
				off = -1
			}
			return p.ret(i+2, expr{typ: "DATE", rule: "de-day-after", anchor: aAnaphoric, u: uDay, off: off, gran: "day"}, true)
		}
		// "am 24." after "am 23. August": a day of the month being told.
		if p.is(i-1, "am", "vom", "zum", "bis") && p.isNum(i) && p.digits(i) <= 2 && p.punct(i+1, ".") && p.tight(i+1) {
			d := p.toks[i].num
			next := i + 2
			if d >= 1 && d <= 31 && next < p.n() && p.toks[next].kind == tWord && !p.toks[next].upper && !p.is(next, "und", "bis", "oder", "zum", "auf") {
				return p.ret(i+2, expr{typ: "DATE", rule: "de-day-of-month", anchor: aAnaphoric, day: d, gran: "day", finQ: 0, u: uNone, dir: 3}, true)
			}
		}
		if p.is(i, "dieses", "diesem", "jenem", "jenes") && p.is(i+1, "datum", "zeitpunkt", "zeitpunkts") {
			if p.is(i+1, "datum") {
				return p.ret(i+2, expr{typ: "DATE", rule: "this-date", anchor: aAnaphoric, u: uDay, gran: "day"}, true)
			}
			return i, nil, false
		}
		return i, nil, false
	}
	// "on the 5th", "by the 21st": a day of the month being told.
	if p.is(i, "the") && p.is(i-1, "on", "by", "until", "till", "since", "from", "before", "after") && p.isNum(i+1) && p.digits(i+1) <= 2 &&
		p.tight(i+2) && p.is(i+2, "st", "nd", "rd", "th") && !p.is(i+3, "of", "century", "anniversary", "time", "day", "week", "month", "year", "floor", "round", "place", "minute", "hour") {
		if d := p.toks[i+1].num; d >= 1 && d <= 31 && !(i+3 < p.n() && p.toks[i+3].upper && p.toks[i+3].kind == tWord) {
			return p.ret(i+3, expr{typ: "DATE", rule: "day-of-month", anchor: aAnaphoric, day: d, gran: "day", dir: 3}, true)
		}
	}
	// "April 24 and 25": the second day of the month just named.
	if p.isNum(i) && p.digits(i) <= 2 && p.is(i-1, "and", "or", "to", "through", "-", "–") && p.isNum(i-2) && p.digits(i-2) <= 2 && i >= 3 {
		if m, ok := monthWords[p.word(i-3)]; ok && p.toks[i-3].upper {
			d := p.toks[i].num
			if validDate(2000, m, d) && !(p.punct(i+1, ":") || p.punct(i+1, ".") && p.isNum(i+2)) {
				e := dateExpr("second-day-of-month", 0, m, d, false)
				k := i + 1
				if p.punct(k, ",") {
					if kk, y, ok := p.yearNum(k + 1); ok {
						e.year, e.hasYear = y, true
						k = kk
					}
				}
				return p.ret(k, e, true)
			}
		}
	}
	w := p.low(i)
	if _, ord := ordinalWords[w]; ord || w == "a" || w == "the" || w == "its" || w == "their" {
		if j, e, ok := p.ordinalRun(i); ok {
			return p.ret(j, e, true)
		}
	}
	if w != "the" {
		return i, nil, false
	}
	if n, ok := weekOrdinal(p.low(i + 1)); ok && p.is(i+2, "week") && p.is(i+3, "of") {
		// "the last week of March", "the second week of January": the
		// week of the month or year named, counted as ISO counts weeks
		// (the first is the one holding the 4th, the last the one holding
		// the 4th day from the end), so a week that starts or ends in the
		// next month is the week most of whose days are in it.
		if best, bestE := p.longestPeriod(i + 4); best > 0 && edgeable(bestE) {
			bestE.edge, bestE.gran, bestE.rule = n, "week", "edge-week-of-"+bestE.rule
			return p.ret(best, bestE, true)
		}
	}
	if p.is(i+1, "first", "last", "final") && p.is(i+2, "day") && p.is(i+3, "of") {
		// "the last day of 2024", "the first day of next month": a day at
		// the edge of the month or year named.
		if best, bestE := p.longestPeriod(i + 4); best > 0 && edgeable(bestE) {
			bestE.edge, bestE.gran, bestE.rule = 1, "day", "edge-day-of-"+bestE.rule
			if !p.is(i+1, "first") {
				bestE.edge = -1
			}
			return p.ret(best, bestE, true)
		}
	}
	if p.is(i+1, "week", "month", "year") && p.is(i+2, "before", "after") && (i+3 >= p.n() || p.toks[i+3].kind == tPunct || p.is(i+3, "and", "but", "or", "when", "while")) {
		// "up from 3% the year before", "a month after, the mine
		// reopened": one unit off the time told.
		_, u, _, _ := p.unitAt(i + 1)
		off := -1
		if p.is(i+2, "after") {
			off = 1
		}
		return p.ret(i+3, expr{typ: "DATE", rule: "unit-before-after", anchor: aAnaphoric, u: u, off: off, gran: u.granularity()}, true)
	}
	if p.is(i, "the") && p.is(i+1, "day") && p.is(i+2, "before", "after") && !p.is(i+3, "yesterday", "tomorrow") {
		off := -1
		if p.is(i+2, "after") {
			off = 1
		}
		if p.word(i+3) != "" && !p.is(i+3, "and", "or", "but") {
			// "the day before last Tuesday", "the day after Christmas":
			// one expression, a day off the date named.
			best, bestE := -1, expr{}
			if k, e, ok := p.point(i + 3); ok {
				best, bestE = k, e
			}
			if k, e, ok := p.ruleRelative(i + 3); ok && k > best {
				best, bestE = k, *e
			}
			if k, e, ok := p.ruleHoliday(i + 3); ok && k > best {
				best, bestE = k, *e
			}
			if best > 0 && bestE.fixed == "" && !bestE.clock && bestE.pod == "" && (bestE.day > 0 || bestE.weekday > 0 || bestE.holiday != "") {
				bestE.shift, bestE.rule = int8(off), "day-before-after-"+bestE.rule
				return p.ret(best, bestE, true)
			}
			return i, nil, false
		}
		return p.ret(i+3, expr{typ: "DATE", rule: "day-before-after", anchor: aAnaphoric, u: uDay, off: off, gran: "day"}, true)
	}
	return i, nil, false
}

// longestPeriod returns the end and expression of the longer of an
// absolute point and a relative expression starting at i ("March",
// "next month"), the period whose first or last day or week is told;
// end is -1 when neither starts there.
func (p *parser) longestPeriod(i int) (end int, e expr) {
	end = -1
	if k, pe, ok := p.point(i); ok {
		end, e = k, pe
	}
	if k, re, ok := p.ruleRelative(i); ok && k > end {
		end, e = k, *re
	}
	return end, e
}

// edgeable tells whether e is a month or year alone ("March", "2024",
// "next month"), whose first or last day or week a rule may name.
func edgeable(e expr) bool {
	return e.typ == "DATE" && e.fixed == "" && e.day == 0 && e.weekday == 0 && e.season == "" && e.quarter == 0 && e.half == 0 && e.decade == 0 && e.century == 0 && e.pod == "" && !e.clock && !e.week &&
		(e.month > 0 || e.hasYear || e.u == uMonth || e.u == uYear)
}

// weekOrdinal gives the edge code of the week named by an ordinal before
// "week of": 2 for the first, 3 for the second … 6 for the fifth, -2 for
// the last or final.
func weekOrdinal(w string) (int8, bool) {
	switch w {
	case "last", "final":
		return edgeLastWeek, true
	}
	if n, ok := ordinalWords[w]; ok && n <= 5 {
		return int8(n + 1), true
	}
	return 0, false
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// pointMod turns the mod of a length into the mod of the point it is counted
// to: "more than two years ago" is before the date two years back, "less
// than a week later" before the date a week on.
func pointMod(mod string, sign int) string {
	before, after := "BEFORE", "AFTER"
	orBefore, orAfter := "ON_OR_BEFORE", "ON_OR_AFTER"
	if sign > 0 {
		before, after, orBefore, orAfter = after, before, orAfter, orBefore
	}
	switch mod {
	case "MORE_THAN":
		return before
	case "LESS_THAN":
		return after
	case "EQUAL_OR_MORE":
		return orBefore
	case "EQUAL_OR_LESS":
		return orAfter
	}
	return mod
}

// afterModal tells whether token i follows an English modal verb ("will one
// day", "may someday").
func (p *parser) afterModal(i int) bool {
	return p.is(i-1, "will", "would", "could", "might", "may", "can", "ll", "shall", "should", "must")
}

// nounAfter tells whether a German noun phrase starts at k, inside the
// sentence: a capitalised word ("Belagerung") or an inflected adjective
// before one ("verlustreicher Kämpfe").
func (p *parser) nounAfter(k int) bool {
	if k >= p.n() || p.toks[k].kind != tWord || p.toks[k].newline {
		return false
	}
	if p.toks[k].upper {
		_, month := monthWords[p.toks[k].low]
		return !month
	}
	w := p.toks[k].low
	if (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "em")) && len(w) > 4 && k+1 < p.n() && p.toks[k+1].kind == tWord && p.toks[k+1].upper {
		return true
	}
	return false
}

// andAHalf returns the end of "and a half" at k, spaced or hyphenated
// ("a week-and-a-half"), or k when there is none.
func (p *parser) andAHalf(k int) int {
	if p.is(k, "and") && p.is(k+1, "a") && p.is(k+2, "half") {
		return k + 3
	}
	if p.hyphen(k) && p.tight(k) && p.is(k+1, "and") && p.tight(k+1) && p.hyphen(k+2) && p.is(k+3, "a") && p.hyphen(k+4) && p.is(k+5, "half") && p.tight(k+5) {
		return k + 6
	}
	return k
}

// fractionNouns are measures a fraction counts ("a quarter ounce", "three
// quarter inch"), not periods.
var fractionNouns = []string{"ounce", "ounces", "pound", "pounds", "point", "points", "percentage", "pct", "percent", "mile", "miles", "inch", "inches", "gallon", "acre", "acres", "ton", "tons", "tonne", "share", "shares", "stake", "cup", "mln", "billion", "million", "cent", "cents", "dollar"}

// fractionOf tells whether "of" at k (or after a comma: "789, or about a
// quarter, of its dealers") makes the quarter before it a share of
// something that is not time ("a quarter of the staff"), unlike "a
// quarter of a century", "three quarters of an hour" or "the first three
// quarters of 1990". (A count of reporting quarters, "several quarters of
// losses", is not asked about.)
func (p *parser) fractionOf(k int) bool {
	if p.punct(k, ",") {
		k++
	}
	if !p.is(k, "of") {
		return false
	}
	k++
	if p.is(k, "a", "an", "the", "that", "this") {
		k++
	}
	if p.isNum(k) {
		return false
	}
	if _, ok := monthWords[p.word(k)]; ok {
		return false
	}
	_, _, _, unit := p.unitAt(k)
	return !unit
}

// tradingDay tells whether "the day" at i is the day a market report is
// about: the object of a verb that opens or closes it ("ended the day
// 2% higher", "finished the day at 7,114") or "for the day" set off in its
// clause ("For the day, the index lost 3%", "fell 40 points for the
// day."). Elsewhere "the day" is mostly a noun of the text ("the day
// belonged to the Czechs", "the day before the vote"), left out.
func (p *parser) tradingDay(i int) bool {
	if p.is(i-1, "end", "ended", "ending", "ends", "finish", "finished", "finishing", "finishes", "close", "closed", "closing", "closes",
		"start", "started", "starting", "starts", "began", "begin", "begins", "opened", "opening", "opens") {
		return !p.is(i+2, "before", "after", "of", "when", "that")
	}
	if p.is(i-1, "for") && (p.punct(i+2, ",") || p.punct(i+2, ".") || p.word(i+2) == "" && i+2 >= p.n()) {
		return true
	}
	return false
}

// ordinalRun reads the latest unit of a run, as market and economic
// reports count them: "for a second consecutive day", "the third straight
// month", "for the fourth week in a row". It is the unit being told (the
// day or week of writing when none is), not a length.
func (p *parser) ordinalRun(i int) (int, expr, bool) {
	if p.de {
		return i, expr{}, false
	}
	j := i
	if p.is(j, "a", "the", "its", "their") {
		j++
	}
	n, ok := ordinalWords[p.word(j)]
	if !ok || n < 2 {
		return i, expr{}, false
	}
	j++
	run := p.is(j, "consecutive", "straight", "successive")
	if run {
		j++
	}
	k, u, plural, ok := p.unitAt(j)
	if !ok || plural || u < uDay || u == uWeekend || u > uYear {
		return i, expr{}, false
	}
	if !run && !(p.is(k, "in") && p.is(k+1, "a") && p.is(k+2, "row")) {
		return i, expr{}, false
	}
	return k, expr{typ: "DATE", rule: "ordinal-run", anchor: aAnaphoric, u: u, gran: u.granularity()}, true
}

// wireLine is the length from which a line broken before token j is taken
// for hard-wrapped prose: wire copy wraps near 65 characters, while the
// rows of a table that put a count at a line's end are short ("Oper net
// 12").
const wireLine = 45

// fullLine tells whether the line that ends before token j is long enough
// to be wrapped prose, and the word before its last token is no number (a
// row of figures is a table however long).
func (p *parser) fullLine(j int) bool {
	if j < 2 || p.toks[j-2].kind == tNum {
		return false
	}
	k := j - 1
	for k > 0 && !p.toks[k].newline {
		k--
	}
	return p.toks[j-1].end-p.toks[k].start >= wireLine
}

// rate tells whether "a"/"an" and a unit at i..k follow a quantity as its
// denominator: a count within the four words before ("9,000 tonnes of cane
// a day"), no preposition right before that makes the unit a length or a
// point ("in a day", "for a year", "than a week"), and no hyphen joining
// the unit to a noun.
func (p *parser) rate(i, k int) bool {
	if !p.is(i, "a", "an") || p.hyphen(k) && p.tight(k) {
		return false
	}
	if enRatePreps[p.word(i-1)] {
		return false
	}
	for q := i - 1; q >= i-4 && q >= 0; q-- {
		t := &p.toks[q]
		if t.kind == tNum || rateCounts[t.low] {
			return true
		}
		if _, _, _, ok := p.cardinal(q); ok && !p.is(q, "a", "an", "one") {
			return true // "five dollars an hour"
		}
		if t.kind != tWord {
			return false
		}
	}
	return false
}

// rateCounts end a quantity written in words.
var rateCounts = map[string]bool{"mln": true, "million": true, "billion": true, "bln": true, "thousand": true, "hundred": true, "dozen": true, "pct": true, "percent": true}

// enRatePreps before "a day" make it a length or a point, not a rate.
var enRatePreps = map[string]bool{
	"in": true, "for": true, "within": true, "over": true, "during": true, "after": true, "than": true, "about": true,
	"from": true, "of": true, "by": true, "at": true, "on": true, "to": true, "under": true, "nearly": true, "almost": true,
	"past": true, "last": true, "next": true, "and": true, "or": true, "once": true, "twice": true, "times": true,
}

// periodicalNoun tells whether the English "daily" or "weekly" at i is a
// noun, a newspaper: after a determiner (with at most three words between,
// "the best-selling daily") and before a reporting verb, a preposition or
// punctuation ("the daily reported", "the weekly said", "according to the
// state-run daily,"), not before the noun it qualifies ("the daily tally").
func (p *parser) periodicalNoun(i int) bool {
	if !p.is(i, "daily", "weekly") {
		return false
	}
	next := i + 1
	switch {
	case next >= p.n() || p.toks[next].kind == tPunct && !p.hyphen(next):
	case p.is(next, "said", "says", "reported", "reports", "quoted", "quotes", "wrote", "writes", "added", "cited", "claimed", "published", "carried", "commented", "noted"):
		if i > 0 && p.toks[i-1].kind == tWord && p.midCap(i-1) {
			return true // a paper's name before it: "the paper Le Matin daily said"
		}
	case enPrepositions[p.word(next)] && !p.is(next, "to", "for"):
	default:
		return false
	}
	for d := i - 1; d >= 0 && d >= i-4; d-- {
		if p.is(d, "the", "a", "an", "its", "their", "his", "her", "our", "this", "that") || p.is(d, "s") && (p.punct(d-1, "'") || p.punct(d-1, "’")) {
			return true
		}
		// Between the determiner and the noun only the words of a
		// hyphenated compound, names or a few adjectives of the press:
		// "the state-run daily", "the Communist Party daily", "the
		// official daily"; not "such rallies almost daily".
		compound := p.hyphen(d) || p.hyphen(d+1) && p.tight(d+1) || p.hyphen(d-1) && p.tight(d)
		if !compound && !(p.toks[d].kind == tWord && p.toks[d].upper) && !p.is(d, "official", "national", "local", "leading", "popular", "influential", "independent", "business", "financial", "economic", "morning", "evening", "conservative", "liberal", "opposition", "government", "party", "army", "military") {
			return false
		}
	}
	return false
}

// overMoreThan tells whether English "over" at i before a length means
// "more than": after "for", "in", "after", "of" or a verb of lasting
// ("for over 20 years", "lasted over a week", "the first in over a
// decade"), or before "ago", "old", "later" or "earlier"; elsewhere
// ("output cuts over two years") it tells the period something is spread
// over.
func (p *parser) overMoreThan(i int) bool {
	if p.is(i-1, "for", "in", "after", "of", "than", "at", "last", "lasted", "lasts", "lasting", "took", "take", "takes", "taking",
		"spent", "spend", "spends", "waited", "wait", "lived", "served", "ran", "run", "remained", "stayed", "little", "just", "slightly", "well") {
		return true
	}
	for q := i + 1; q < p.n() && q <= i+5; q++ {
		if p.toks[q].kind == tPunct && !p.hyphen(q) {
			break
		}
		if p.is(q, "ago", "old", "later", "earlier") {
			return true
		}
	}
	return false
}
