package timex

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/dossier-news/dossier"
)

// resolver turns the expressions of one document into TIMEX3 values, in
// text order, keeping the reference time (the date the text last talked
// about) up to date.
type resolver struct {
	p      *parser
	starts []bool
	ms     []match

	doc       anchor   // the DCT, or a dateline found in the text
	narrative bool     // the text tells a story far from its DCT (or has none)
	ref       anchor   // the time the text last talked about
	lastQ     anchor   // the last quarter the text talked about (y, q), for "the quarter"
	section   int      // the year of the current section heading ("1862" alone on a line), or 0
	now       anchor   // without a DCT: the guessed time of writing, once a deictic expression needed it
	last      string   // the value of the match resolved last
	lastK     int      // its index in ms, or -1
	lastWeek  string   // the week of the last week or day the text talked about ("2024-W19"), for "the week"
	schedule  anchor   // the month (and day) of the last line that begins with one, resolved ("May 14 Practice at Lord's")
	yearDays  []anchor // days the text gave a year to, in words or digits ("May 13 next year")
	refNight  bool     // the reference time is the evening or night of its day ("Monday evening", "11 p.m.")
}

// datelineBytes is how far from the top a date may stand to be read as the
// dateline of a document without DCT.
const datelineBytes = 400

func newResolver(p *parser, starts []bool, ms []match, dct string) *resolver {
	r := &resolver{p: p, starts: starts, ms: ms, lastK: -1}
	if a, ok := parseDCT(dct); ok {
		a.src = "dct"
		r.doc = a
		if d, ok := r.datelineDay(); ok {
			r.doc = d
		}
	} else {
		for _, m := range ms {
			if p.toks[m.i].start > datelineBytes {
				break
			}
			if m.e.hasYear && m.e.day > 0 && m.e.u == uNone && m.e.mod == "" {
				r.doc = anchor{y: m.e.year, m: m.e.month, d: m.e.day, g: gDay, src: "text"}
				break
			}
		}
	}
	// A story told far from its time of writing (history, or a document
	// without date) takes underspecified dates from the story, not from
	// the DCT.
	if !r.doc.ok() {
		r.narrative = true
	} else {
		// Most explicit years far from the DCT, and few expressions that
		// only make sense from the time of writing.
		far, all, deictic := 0, 0, 0
		for _, m := range ms {
			if m.e.hasYear {
				all++
				if d := m.e.year - r.doc.y; d > 3 || d < -3 {
					far++
				}
			}
			if m.e.strict || m.e.weekday > 0 && m.e.day == 0 || m.e.anchor == aDeictic {
				deictic++
			}
		}
		r.narrative = all >= 3 && far*3 > all*2 && deictic*4 < far
	}
	return r
}

// datelineWindow is how many days before the DCT (or one after) a wire
// dateline may fall: a story filed late in the evening is stamped the next
// day, a reissued one days later.
const datelineWindow = 7

// datelineDay reads the date of a wire dateline that opens the text
// ("WASHINGTON, August 13 (Xinhua) --", "NEW YORK, March 3 -"): the day the
// story was written, which TimeML annotators count its "Thursday" and
// "today" from when the DCT of the file is a day or more later. It must be
// the text's first expression, after a place in capitals at the start of a
// line and before the wire's separator, and fall within datelineWindow
// days before the DCT; a dateline on the DCT's day changes nothing.
func (r *resolver) datelineDay() (anchor, bool) {
	if len(r.ms) == 0 {
		return anchor{}, false
	}
	p, m := r.p, r.ms[0]
	e := m.e
	if p.toks[m.i].start > datelineBytes || e.month == 0 || e.day == 0 || e.weekday > 0 || e.clock || e.u != uNone || e.mod != "" || e.anchor != aNone || e.dir != 0 {
		return anchor{}, false
	}
	if !p.punct(m.i-1, ",") || !p.punct(m.j, "(") && !p.punct(m.j, "-") && !p.punct(m.j, "_") && !p.punct(m.j, "–") && !p.punct(m.j, "—") {
		return anchor{}, false
	}
	// The place: capitals from the start of a line ("DAYTON, Ohio,").
	q := m.i - 1
	for q > 0 && !p.toks[q].newline && (p.toks[q-1].kind == tWord || p.punct(q-1, ",") || p.punct(q-1, ".")) {
		q--
	}
	if q != 0 && !p.toks[q].newline || !isCapitals(p.toks[q].text) {
		return anchor{}, false
	}
	dct := r.doc.date()
	years := []int{r.doc.y - 1, r.doc.y, r.doc.y + 1}
	if e.hasYear {
		years = []int{e.year}
	}
	for _, y := range years {
		if !validDate(y, e.month, e.day) {
			continue
		}
		d := anchor{y: y, m: e.month, d: e.day, g: gDay, src: "dateline"}
		days := int(dct.Sub(d.date()).Hours() / 24)
		if days == 0 {
			return anchor{}, false
		}
		if days >= -1 && days <= datelineWindow {
			return d, true
		}
	}
	return anchor{}, false
}

// isCapitals tells whether a word is written in capitals, as a wire
// dateline's place is ("WASHINGTON", "DAR"), with two letters at least.
func isCapitals(w string) bool {
	letters := 0
	for _, c := range w {
		switch {
		case unicode.IsUpper(c):
			letters++
		case unicode.IsLetter(c):
			return false
		}
	}
	return letters >= 2
}

// tense reads the tense cue nearest to match k in its sentence.
func (r *resolver) tense(k int) int {
	if !r.p.de {
		return r.tenseEN(k)
	}
	m := r.ms[k]
	toks := r.p.toks
	lo, hi := r.sentenceOf(k)
	if t, ok := r.attributiveParticiple(m.j); ok {
		// "die Anfang Juni gegründete Plattform", "der am Mittwoch
		// vorgestellte Bericht": the time belongs to the participle.
		return t
	}
	// A participle after a modal or "werden" is a passive ahead ("soll am
	// Mittwoch vorgestellt werden", "sollen im Herbst ausgeschrieben
	// werden"), not a past, unless "worden" makes it one.
	modal := false
	if r.p.de {
		clo, chi := m.i, m.j
		for clo > lo && !r.p.punct(clo-1, ",") {
			clo--
		}
		for chi < hi && !r.p.punct(chi, ",") {
			chi++
		}
		for q := clo; q < chi; q++ {
			switch toks[q].low {
			case "soll", "sollen", "solle", "wird", "werden", "werde", "will", "wollen", "muss", "müssen", "müsse", "kann", "können", "dürfte", "dürften":
				modal = true
			case "worden", "wurde", "wurden":
				modal = false
				q = chi
			}
		}
	}
	if clo, chi, ok := r.deReportedPresent(k); ok {
		// The reporting verb outside the clause dates the report, not
		// what it retells.
		lo, hi = clo, chi
	}
	best, bestD := tenseNone, 1<<30
	for q := lo; q < hi; q++ {
		if q >= m.i && q < m.j || toks[q].kind != tWord {
			continue
		}
		w := toks[q].low
		if modal && !toks[q].upper && (deSeparableParticiple(w) || strings.HasPrefix(w, "ge") && tenseOf(w, true) == tensePast && !dePastCues[w] && !dePastStrong[w]) {
			continue
		}
		if w == "ll" && q > 0 && toks[q-1].text == "'" {
			w = "'ll"
		}
		t := tenseOf(w, r.p.de)
		if r.p.de && t == tensePast && toks[q].upper && !r.starts[q] && strings.HasPrefix(w, "ge") && !dePastCues[w] && !dePastStrong[w] {
			// A noun in Ge- ("Gebühren", "Gewerkschaften", "Gemeinden")
			// is no participle.
			continue
		}
		if r.p.de && t == tenseNone && !toks[q].upper && deSeparableParticiple(w) {
			t = tensePast // "ist Ende Juni ausgelaufen", "hat ... angekündigt"
		}
		if r.p.de && t == tenseNone && (w == "findet" || w == "finden") && r.particleStatt(q, hi) {
			t = tenseFuture // "am Sonntag finden Stichwahlen statt": a timetable
		}
		// "to" before a verb: "planned to leave on Thursday".
		if t == tenseNone {
			continue
		}
		if w == "bis" && r.joinsRange(q) {
			// "von Juni bis August", "zwei bis drei Tage": "bis" joins
			// the ends of a range and says nothing of the future.
			continue
		}
		d := m.i - q
		if q >= m.j {
			d = q - m.j + 1
		}
		if d < bestD || d == bestD && best == tensePresent && t == tensePast {
			// On a tie the participle tells the Perfekt: "ist Ende Juni
			// ausgelaufen".
			best, bestD = t, d
		}
	}
	if best == tensePresent {
		return tenseNone
	}
	return best
}

// rangeEnd tells whether match k is a month, season or day without a year
// that is coordinated with the point before it ("Juni bis August", "March
// and May", "Herbst 2023 und Winter"), whose year it then shares.
func (r *resolver) rangeEnd(k int) bool {
	if k == 0 || r.lastK != k-1 || len(r.last) < 4 {
		return false
	}
	e, prev := r.ms[k].e, r.ms[k-1].e
	if e.hasYear || e.weekday > 0 || e.clock || e.u != uNone || e.fixed != "" || e.holiday != "" || e.dir != 0 || e.anchor != aNone || calendarPos(e) == 0 {
		return false
	}
	if prev.weekday > 0 || prev.u != uNone || prev.fixed != "" || calendarPos(prev) == 0 {
		return false
	}
	for q := 0; q < 4; q++ {
		if r.last[q] < '0' || r.last[q] > '9' {
			return false
		}
	}
	return r.joinedTo(k)
}

// joinedTo tells whether match k follows match k-1 with only the words of
// a range or a coordination between them ("bis", "and", "to", a dash).
func (r *resolver) joinedTo(k int) bool {
	if k == 0 || r.lastK != k-1 {
		return false
	}
	p := r.p
	from, to := r.ms[k-1].j, r.ms[k].i
	if to-from > 3 || to == from {
		return false
	}
	joined := false
	for q := from; q < to; q++ {
		switch {
		case p.is(q, "und", "bis", "oder", "and", "or", "to", "through", "until", "till", "into") || p.dash(q) || p.punct(q, "/"):
			joined = true
		case p.is(q, "zum", "zur", "im", "in", "den", "dem", "the") || p.punct(q, ","):
		default:
			return false
		}
	}
	return joined
}

// enFigureUnits are the words a figure is written with between "from"
// and the time it is compared with ("from 28,519 units a year earlier",
// "from $4.5 million a year earlier", "from 3.2 pct").
var enFigureUnits = newWordSet(`mln bln million billion trillion thousand dlrs dollars pct percent
	cents cts tonnes tons units barrels bpd yen marks francs pounds stg lire a an share per`)

// earlierBase tells whether the English tokens up to q end in the base of
// a comparison: "from", "than", "against", "over", "with", "versus" or
// "vs", right before or before a figure ("down from 28,519 a year
// earlier").
func (r *resolver) earlierBase(q int) bool {
	p := r.p
	for lo := q - 8; q >= 0 && q > lo; q-- {
		switch {
		case p.is(q, "from", "than", "against", "over", "with", "versus", "vs"):
			return true
		case p.isNum(q) || p.punct(q, "$") || p.punct(q, "%") || p.punct(q, ".") && p.tight(q) || p.punct(q, ",") && p.tight(q) || enFigureUnits.has(p.word(q)):
		default:
			return false
		}
	}
	return false
}

// sameMonthTold tells whether English "last <month>" (match k) follows
// the same month of year y told without a year in its sentence or the
// one before ("February car sales fell to 36,811 from 40,012 last
// February"): then it is the month a year before, the base of a
// comparison, not the one just told.
func (r *resolver) sameMonthTold(k, y int) bool {
	m := r.ms[k]
	if r.p.de || r.narrative || m.e.month == 0 || m.e.day > 0 || !r.p.is(m.i, "last") || y != r.doc.y {
		return false
	}
	lo := m.i
	for n := 0; lo > 0; lo-- {
		if r.starts[lo] {
			if n++; n == 2 {
				break
			}
		}
	}
	for q := k - 1; q >= 0 && r.ms[q].i >= lo; q-- {
		if e := r.ms[q].e; e.month == m.e.month && e.day == 0 && !e.hasYear && e.dir == 0 && e.anchor == aNone {
			return true
		}
	}
	return false
}

// listedWeekday tells on which side of the day t the weekday before match
// k in a list lies ("Thursday and Wednesday", "Monday, Tuesday or
// Friday"): -1 before, 1 after, 0 when k follows no listed weekday, or one
// on t itself.
func (r *resolver) listedWeekday(k int, t time.Time) int {
	if r.p.de || k == 0 || r.lastK != k-1 || len(r.last) < 10 {
		return 0
	}
	prev := r.ms[k-1].e
	if prev.weekday == 0 || prev.day > 0 || prev.month > 0 || prev.u != uNone || prev.anchor != aNone {
		return 0
	}
	p := r.p
	from, to := r.ms[k-1].j, r.ms[k].i
	if to-from > 3 || to == from {
		return 0
	}
	joined := false
	for q := from; q < to; q++ {
		switch {
		case p.is(q, "and", "or"):
			joined = true
		case p.is(q, "on") || p.punct(q, ","):
		default:
			return 0
		}
	}
	if !joined && !(to-from == 1 && p.punct(from, ",") && r.listGoesOn(k)) {
		return 0
	}
	d, err := time.Parse("2006-01-02", r.last[:10])
	if err != nil {
		return 0
	}
	switch day := fmtDate(t); {
	case fmtDate(d) < day:
		return -1
	case fmtDate(d) > day:
		return 1
	}
	return 0
}

// listGoesOn tells whether match k, after a comma, is followed by "and" or
// "or" and another weekday: "Monday, Tuesday and Friday".
func (r *resolver) listGoesOn(k int) bool {
	if k+1 >= len(r.ms) {
		return false
	}
	next := r.ms[k+1]
	if next.e.weekday == 0 || next.e.day > 0 || next.e.month > 0 {
		return false
	}
	for q := r.ms[k].j; q < next.i; q++ {
		if !r.p.is(q, "and", "or", "on") && !r.p.punct(q, ",") {
			return false
		}
	}
	return true
}

// calendarPos is the place of a point in its year in months (a day as a
// fraction; seasons at their first month, winter at the start of the year),
// or 0 when the point has none.
func calendarPos(e expr) float64 {
	switch {
	case e.month > 0:
		return float64(e.month) + float64(e.day)/32
	case e.season != "":
		// Winter opens the year it is named by ("im Winter und Frühjahr
		// 1862" are both 1862), as in WikiWarsDE.
		return float64(seasonIndex(e.season)*3) + 0.5
	case e.quarter > 0:
		return float64(e.quarter*3 - 2)
	case e.half > 0:
		return float64(e.half*6 - 5)
	}
	return 0
}

// joinsRange tells whether token q ("bis", "to") follows the first end of
// a range: a time expression, a number or a number word.
func (r *resolver) joinsRange(q int) bool {
	p := r.p
	if q == 0 {
		return false
	}
	if p.isNum(q-1) || p.punct(q-1, ".") && p.isNum(q-2) {
		return true
	}
	if _, ok := numberWords[p.word(q-1)]; ok {
		return true
	}
	// A match that ends right before q (matches are in text order).
	lo, hi := 0, len(r.ms)
	for lo < hi {
		mid := (lo + hi) / 2
		if r.ms[mid].j < q {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo < len(r.ms) && r.ms[lo].j == q
}

// anchorFor picks what an expression is counted from.
// need is the granularity the expression needs from an anaphoric anchor
// (gDay for "the next day", gYear for "that year").
func (r *resolver) anchorFor(kind anchorKind, strict bool, need int) anchor {
	if !r.doc.ok() && (kind == aDeictic || strict) && r.ref.ok() {
		// Without a DCT, the time of writing is guessed once, from the
		// time the text talks about when it first counts from "now"; later
		// deictic expressions count from the same guess, so that "last
		// year … this year" do not drift apart.
		if !r.now.ok() {
			r.now = r.ref
			r.now.src = "text"
		}
		return r.now
	}
	switch {
	case strict && r.doc.ok():
		return r.doc
	case kind == aAnaphoric && r.ref.ok() && r.ref.g < need && !r.narrative && r.doc.ok() && r.ref.y == r.doc.y && (r.ref.g == gYear || r.ref.m == r.doc.m):
		// In news, "the next morning" after "this year" is about the days
		// around the time of writing; "later that year" after "June 1998"
		// is 1998. A story told in an earlier month or year ("in
		// mid-January … two weeks later") stays there, less precise
		// (2013-WXX) rather than wrong.
		return r.doc
	case kind == aAnaphoric && r.ref.ok():
		return r.ref
	case r.narrative && r.ref.ok() && !(kind == aNone && need == gDay && r.ref.g < gDay && r.doc.ok()):
		// A weekday in a story told with years only ("hieß es am Freitag"
		// after "2004 … 2010") is when it was written, not a day of the
		// story, which the text never named.
		return r.ref
	case r.doc.ok():
		return r.doc
	}
	return r.ref
}

func anchorDesc(a anchor) string {
	if !a.ok() {
		return ""
	}
	src := a.src
	if src == "" {
		src = "ref"
	}
	return src + " " + a.String()
}

// weekAfterWeek resolves a week or weekend counted from the week told
// right before it ("last weekend … the previous week", "the week of
// February 10 … the following week"): anchors keep no weeks, so the
// reference time would not have moved to it. A week ahead of the DCT is
// a forecast, not the story's time ("next week would not be better … a
// picture of the previous week" is the week before this one), and "the
// next fortnight" counts from now.
func (r *resolver) weekAfterWeek(k int, e expr) (dossier.TimeValue, bool) {
	if e.anchor != aAnaphoric || e.rule != "relative-unit" || e.u != uWeek && e.u != uWeekend || e.off == 0 || e.weekday > 0 || r.lastK != k-1 || !r.doc.ok() {
		return dossier.TimeValue{}, false
	}
	if !isWeekValue(r.last) && !(isWeekValue(strings.TrimSuffix(r.last, "-WE")) && len(r.last) == len("2006-W01-WE")) {
		return dossier.TimeValue{}, false
	}
	t, ok := weekThursday(r.last)
	if !ok || fmtWeek(t) > fmtWeek(r.doc.date()) {
		return dossier.TimeValue{}, false
	}
	v := fmtWeek(t.AddDate(0, 0, 7*e.off))
	if e.u == uWeekend {
		v += "-WE"
	}
	return dossier.TimeValue{Type: e.typ, Value: v, Mod: e.mod, Rule: e.rule, Granularity: e.gran, Anchor: "text " + r.last}, true
}

// resolve resolves match k and remembers its value for the next one.
func (r *resolver) resolve(k int) dossier.TimeValue {
	if v, ok := r.habitualSet(k); ok {
		return v
	}
	v := r.resolveOne(k)
	if e := r.ms[k].e; e.anchor == aAnaphoric && e.u == uWeek && e.off != 0 && !e.offX && strings.HasSuffix(v.Value, "-WXX") && r.lastWeek != "" {
		// "in the last week of February ... the end of the month ... a
		// rise over the week before": the reference time is a month,
		// too coarse for a week; the week told last is counted from.
		if t, ok := weekThursday(r.lastWeek); ok {
			v.Value, v.Anchor = fmtWeek(t.AddDate(0, 0, 7*e.off)), "text "+r.lastWeek
		}
	}
	r.last, r.lastK = v.Value, k
	r.noteSchedule(k, v.Value)
	switch {
	case isWeekValue(v.Value):
		r.lastWeek = v.Value
	case len(v.Value) >= 10 && v.Value[4] == '-' && v.Value[7] == '-':
		// A day told later moves "the week" to its week.
		if t, err := time.Parse("2006-01-02", v.Value[:10]); err == nil {
			r.lastWeek = fmtWeek(t)
		}
	}
	return v
}

func (r *resolver) resolveOne(k int) dossier.TimeValue {
	e := r.ms[k].e
	if e.rule == "the-week" && r.lastWeek != "" {
		// "Drilling slowed last week ... during the week": the week told
		// before; anchors keep no weeks, so it is remembered apart.
		return dossier.TimeValue{Type: e.typ, Value: r.lastWeek, Rule: e.rule, Granularity: e.gran}
	}
	if e.rule == "the-next-unit" && (!r.ref.ok() || r.ref.g < e.u.need() || r.tense(k) != tensePast) {
		// "the next week will be crucial", or a story with no date
		// precise enough to count from.
		e.anchor = aDeictic
	}
	if v, ok := r.weekAfterWeek(k, e); ok {
		return v
	}
	v := dossier.TimeValue{Type: e.typ, Mod: e.mod, Rule: e.rule, Granularity: e.gran}
	switch {
	case e.notPast && r.tense(k) == tensePast:
		return dossier.TimeValue{} // no value: left out
	case (e.finQ == 1 || e.quarter > 0 && !e.hasYear && e.u == uNone && e.anchor == aNone && e.fixed == "") && r.quarterEnded(k) != nil:
		// "the fourth quarter ended Dec. 31, 2023", "the quarter ending
		// June 30, 2025": the quarter is the one the dated day ends, in
		// that day's year, whatever the time of writing; a numbered
		// quarter keeps its number (fiscal quarters are the company's).
		end := r.quarterEnded(k)
		y, q := end.year, e.quarter
		if q == 0 {
			q = (end.month-1)/3 + 1
		}
		v.Value, v.Granularity = fmtYear(y)+"-Q"+strconv.Itoa(q), "quarter"
		v.Anchor = "text " + fmtYear(y) + "-" + pad2(end.month)
		r.lastQ = anchor{y: y, q: q, g: gYear}
		r.ref.q = q
		r.update(v.Value)
	case e.finQ > 0:
		v.Value, v.Anchor = r.reportPeriod(k, e)
		if e.finQ == 4 {
			v.Granularity = "week"
		}
	case e.fixed != "":
		v.Value = e.fixed
		if e.typ == "DATE" && strings.HasSuffix(e.fixed, "_REF") {
			v.Granularity = ""
		}
	case e.rule == "today" && (r.narrative || r.genericToday(k)):
		// In a history, "heute" is the present, not a day.
		v.Value, v.Granularity = "PRESENT_REF", ""
	case e.u == uYear && e.off == -1 && !e.offX && (e.rule == "ago" || e.rule == "n-earlier") && r.quarterBefore(k):
		// "For the first quarter, it will earn 39 cts from 35 cts a year
		// ago": the quarter the sentence compares, even one not over.
		y, _ := strconv.Atoi(r.last[:4])
		v.Value, v.Granularity = fmtYear(y-1)+r.last[4:], "quarter"
		v.Anchor = "text " + r.last
	case e.u == uYear && e.off == -1 && !e.offX && r.lastQ.q > 0 && (e.rule == "ago" || e.rule == "n-earlier"):
		// In a quarterly report, "a year ago" is the same quarter a year
		// before.
		v.Value, v.Granularity = fmtYear(r.lastQ.y-1)+"-Q"+strconv.Itoa(r.lastQ.q), "quarter"
		v.Anchor = "ref quarter " + fmtYear(r.lastQ.y) + "-Q" + strconv.Itoa(r.lastQ.q)
	case e.dur != "" && e.rule != "n-later" && (r.tense(k) != tenseFuture || r.lengthCue(k)):
		// "in two years" is a point ahead only where the text looks ahead
		// ("will return in two weeks"); "the worst drought in half a
		// century" names a length, and so does "would be the worst
		// harvest in ten years" whatever the tense.
		v.Type, v.Value, v.Granularity = "DURATION", e.dur, e.u.granularity()
	case e.turn > 0:
		// The boundary nearest the time being told: 2000 in news of 2024,
		// 1900 in a story of the 1890s.
		a := r.anchorFor(aAnaphoric, false, gYear)
		v.Anchor = anchorDesc(a)
		if !a.ok() {
			v.Value = "XXXX"
			break
		}
		t := int(e.turn)
		v.Value = fmtYear(floorDiv(a.y+t/2, t) * t)
	case e.yearEnd:
		a := r.anchorFor(aNone, false, gYear)
		v.Anchor = anchorDesc(a)
		if !a.ok() {
			v.Value = "XXXX"
			break
		}
		y := a.y
		if a.g >= gMonth && a.m < 12 && (r.p.is(r.ms[k].i-1, "since") || r.tense(k) == tensePast) {
			y-- // the year has not ended yet: the last year-end is meant
		}
		v.Value = fmtYear(y)
	case e.rule == "de-after-n" && !e.offX && r.deGeneral(k):
		// "Im Schnitt wurden Anträge nach 47 Tagen beantwortet": an
		// average or a rule has no date to count from; it names the
		// length.
		v.Type, v.Value, v.Granularity, v.Rule = "DURATION", durationValue(float64(e.off), false, e.u), e.u.granularity(), "de-after-n-length"
	case e.rule == "de-after-n" && !r.ref.ok() && !e.offX:
		// "Nach zwei Tagen zogen sich die Truppen zurück" with no date
		// told before: counting from the time of writing would put a
		// past event ahead of it. The length is what the text gives (as
		// WikiWarsDE often annotates "nach zwei Tagen").
		v.Type, v.Value, v.Granularity, v.Rule = "DURATION", durationValue(float64(e.off), false, e.u), e.u.granularity(), "de-after-n-length"
	case e.rule == "nth-day-of-event" && (!r.ref.ok() || r.ref.g < gDay):
		// "On the third day of the strike" with no day told before:
		// the start of the event is not known.
		return dossier.TimeValue{}
	case e.u != uNone:
		a := r.anchorFor(e.anchor, e.strict, e.u.need())
		if e.rule == "the-day" && a.g < gDay && r.doc.ok() && !r.narrative {
			// A market report's "the day" is a trading day: with no day
			// told before it, the day of writing ("lowest since October
			// 1982 ... to end the day" is not a day of 1982).
			a = r.doc
		}
		// A wire note's bare "in year" ("gains of 139 mln vs 47 mln in
		// year") reports the year as a past verb does.
		note := e.rule == "the-year" && r.p.wireNotePeriod(r.ms[k].i, "year")
		if _, q := r.quarterYearBefore(k); q {
			note = false // the year of the quarter just told, below
		}
		if next := r.p.word(r.ms[k].j); e.rule == "the-year" && (a == r.doc || note && r.doc.ok() && a.y == r.doc.y) && a.g >= gMonth && a.m <= 3 && !r.narrative && (r.tense(k) == tensePast || note) &&
			!strings.HasSuffix(next, "ed") && next != "beginning" && next != "starting" && !r.yearToDate(k) {
			// ("the year started March 1" is one the text defines.)
			// "For the year, the bank earned $4 billion" in February:
			// the year reported is over, the last one.
			a.y--
		}
		if e.rule == "mod-current-unit" && e.u == uYear && !r.p.de && !r.narrative && r.doc.ok() && a.y == r.doc.y && a.g >= gMonth &&
			(e.mod == "END" && a.m < 12 || e.mod == "MID" && a.m < 6) && !r.p.is(r.ms[k].i-1, "by", "until", "till", "before") {
			if y, ok := r.quarterYearBefore(k); ok && y < a.y || r.tense(k) == tensePast {
				// "At the end of the year, the bank had 4 billion dlrs"
				// told in February, "from the third quarter to the end
				// of the year": a year end told in the past, or after a
				// quarter of last year, is last year's.
				a.y--
			}
		}
		if y, ok := r.quarterYearBefore(k); ok && e.rule == "the-year" && r.doc.ok() && a.y == r.doc.y && !r.narrative && y < a.y {
			// "86 cts a share in the quarter and 1.88 dlrs for the year":
			// the year whose quarter the sentence just reported.
			a = anchor{y: y, g: gYear, src: "text"}
		}
		if e.rule == "ordinal-run" && r.doc.ok() && !r.narrative && (a.y < r.doc.y-1 || a.y > r.doc.y) {
			// "For a sixth straight month" after "not since August
			// 1984": a run reported is the latest one, near the time
			// of writing.
			a = r.doc
		}
		if e.rule == "the-day" && a == r.doc && a.g == gDay {
			// Markets close at the weekend: a report dated Saturday or
			// Sunday tells of Friday's trading.
			t := a.date()
			switch t.Weekday() {
			case time.Saturday:
				t = t.AddDate(0, 0, -1)
			case time.Sunday:
				t = t.AddDate(0, 0, -2)
			}
			a.y, a.m, a.d = t.Year(), int(t.Month()), t.Day()
		}
		if e.rule == "the-past-unit" && e.u == uWeek && a.g >= gDay && (a.src == "dct" || a.src == "dateline") {
			// "the past week", "the last week": the seven days up to the
			// time of writing, most of which lie in its own week from
			// Thursday on ("for the last week" on a Friday is this week;
			// "last week" stays the one before).
			if wd := a.date().Weekday(); wd == time.Thursday || wd == time.Friday || wd == time.Saturday || wd == time.Sunday {
				e.off = 0
			}
		}
		v.Value, v.Granularity = r.offset(e, a)
		v.Anchor = anchorDesc(a)
		if e.rule == "de-after-n" && !e.offX && !r.narrative && r.doc.ok() && r.tense(k) != tenseFuture {
			if av, ok := anchorOf(v.Value); ok && after(av, r.doc) {
				// "nach knapp zehn Jahren geht ... verloren": counted from
				// a date told before, it would lie after the time of
				// writing in a sentence not about the future; it is the
				// length.
				v.Type, v.Value, v.Granularity, v.Rule, v.Anchor = "DURATION", durationValue(float64(e.off), false, e.u), e.u.granularity(), "de-after-n-length", ""
				break
			}
		}
		if e.rule == "n-later" && e.dur != "" && !r.narrative && a == r.doc && a.src == "dct" && r.tense(k) != tenseFuture {
			if av, ok := anchorOf(v.Value); ok && after(av, r.doc) {
				// "The bridge opened two years later than planned",
				// "disbanded two decades later" after "the 1970s": with
				// no date told to count from, the time of writing stood
				// in, and a past told after it is wrong; the length is
				// what the text gives.
				v.Type, v.Value, v.Granularity, v.Rule, v.Anchor = "DURATION", e.dur, e.u.granularity(), "n-later-length", ""
				break
			}
		}
		if e.rule == "n-earlier" && r.earlierBase(r.ms[k].i-1) {
			// "down 190,000 from a year earlier": the base of a
			// comparison; the story stays at the time it compares.
			if e.u == uYear && !e.offX && a.g == gMonth && a.src != "dct" && e.month == 0 && e.season == "" && e.quarter == 0 && e.half == 0 && r.monthInSentence(k) {
				// "sales in March rose 5% from a year earlier" compare
				// a month with the same month of an earlier year. A
				// month told in an earlier sentence is further from the
				// comparison, and TimeML annotates the year there.
				v.Value, v.Granularity = fmtYear(a.y+e.off)+"-"+pad2(a.m), "month"
			}
			break
		}
		r.update(v.Value)
		if e.quarter > 0 {
			// "during the final quarter last year": the quarter told.
			if a, ok := anchorOf(v.Value); ok {
				r.setReportQuarter(k, a.y, e.quarter)
			}
		}
	case e.hasYear || e.decade != 0 || e.century != 0:
		y := e.year
		if e.yy2 {
			y = r.century(y % 100)
		}
		v.Value = fmtPoint(e, y)
		switch {
		case r.heading(k) && e.gran == "year":
			// A section of a history starts: its year is the story's time.
			r.section = y
			r.ref = anchor{y: y, g: gYear}
		case r.narrative && r.section != 0 && y != r.section:
			// A dated aside in a section about another year ("… was
			// ratified on 15 July 1863") does not move the story (update
			// would refuse it too).
		case !r.sideline(k):
			r.update(v.Value)
		}
		if e.quarter > 0 {
			r.ref.q = e.quarter
			r.setReportQuarter(k, y, e.quarter)
		}
	case k > 0 && e.weekday > 0 && e.day == 0 && e.u == uNone && e.dir == 0 && e.anchor == aNone && !e.clock && r.ms[k-1].e.weekday > 0 && r.ms[k-1].e.day == 0 &&
		len(r.last) >= 10 && r.joinedTo(k) && (r.p.is(r.ms[k].i-1, "to", "through", "until", "till", "bis") || r.p.dash(r.ms[k].i-1) && r.ms[k].i == r.ms[k-1].j+1):
		// "Friday through Sunday", "von Montag bis Mittwoch": the second
		// day is the first one of its name after the first ("Friday and
		// Thursday" are two days told apart).
		t, err := time.Parse("2006-01-02", r.last[:10])
		if err != nil {
			v.Value, v.Anchor = r.underspecified(k, e)
			break
		}
		d := (e.weekday - isoWeekday(t.Year(), int(t.Month()), t.Day()) + 7) % 7
		if d == 0 {
			d = 7
		}
		var b strings.Builder
		b.WriteString(fmtDate(t.AddDate(0, 0, d)))
		writeTime(&b, e)
		v.Value, v.Anchor = b.String(), "text "+r.last[:10]
		r.update(v.Value)
	case e.month > 0 && r.agoApposition(k):
		// "Vor 50 Jahren, am 27. Juli, …", "25 years ago, on May 3,":
		// the day names the date of the years counted back, as lists of
		// what happened on this day write it.
		y, _ := strconv.Atoi(r.last[:4])
		v.Value, v.Anchor = fmtPoint(e, y), "text "+r.last
		r.update(v.Value)
	case e.month > 0 && e.day > 0 && !e.hasYear && r.fiscalEnd(k):
		// "fiscal 1988, ending January 31": a fiscal year is named for
		// the calendar year it ends in.
		y := r.ms[k-1].e.year
		v.Value, v.Anchor = fmtPoint(e, y), "text "+strconv.Itoa(y)
		r.update(v.Value)
	case r.rangeEnd(k):
		// "von Juni bis August", "im Herbst 2023 und im Winter",
		// "December 2023 to February": the second part follows the first.
		prev := r.ms[k-1].e
		y, _ := strconv.Atoi(r.last[:4])
		if calendarPos(e) < calendarPos(prev) {
			y++
		}
		v.Value, v.Anchor = fmtPoint(e, y), "text "+r.last
		r.update(v.Value)
	default:
		v.Value, v.Anchor = r.underspecified(k, e)
		if !r.reportDay(k) {
			r.update(v.Value)
		}
		if e.quarter > 0 {
			if a, ok := anchorOf(v.Value); ok {
				r.setReportQuarter(k, a.y, e.quarter)
			}
		}
	}
	if e.edge != 0 {
		if d, ok := edgeDay(v.Value, e.edge); ok {
			v.Value, v.Granularity = d, e.gran
			r.update(v.Value)
		}
	}
	if e.shift != 0 && len(v.Value) >= 10 && (len(v.Value) == 10 || v.Value[10] == 'T') {
		if t, err := time.Parse("2006-01-02", v.Value[:10]); err == nil {
			v.Value = fmtDate(t.AddDate(0, 0, int(e.shift))) + v.Value[10:]
			// The reference is the day the night ends on ("in der Nacht
			// auf Dienstag … um 2.52 Uhr" is Tuesday), already past it.
			r.refNight = false
		}
	}
	// "seit Juni", "seit dem 1. Januar", "since 2019": the point opens a
	// period that lasts until the time of writing.
	if i := r.ms[k].i; v.Mod == "" && e.typ == "DATE" && e.fixed == "" && (r.p.is(i-1, "seit", "since") && !r.sinceClause(k) || r.p.is(i-1, "dem", "der") && r.p.is(i-2, "seit")) {
		v.Mod = "ON_OR_AFTER"
	}
	return v
}

// sentenceOf returns the tokens [lo, hi) of the sentence of match k.
func (r *resolver) sentenceOf(k int) (lo, hi int) {
	m := r.ms[k]
	lo, hi = m.i, m.j
	for lo > 0 && !r.starts[lo] {
		lo--
	}
	for hi < r.p.n() && !r.starts[hi] {
		hi++
	}
	return lo, hi
}

// monthInSentence tells whether a month ("in March", "last month", "March
// 2024") is told before match k in its sentence.
func (r *resolver) monthInSentence(k int) bool {
	lo, _ := r.sentenceOf(k)
	for q := k - 1; q >= 0 && r.ms[q].i >= lo; q-- {
		if e := r.ms[q].e; e.month > 0 && e.day == 0 || e.u == uMonth && e.dur == "" {
			return true
		}
	}
	return false
}

// agoApposition tells whether match k, a point without a year, stands in
// apposition to the years counted back just before it: "Vor 50 Jahren, am
// 27. Juli", "Heute vor 40 Jahren, im Mai", "ten years ago, on March 3".
func (r *resolver) agoApposition(k int) bool {
	if k == 0 || r.lastK != k-1 || len(r.last) != 4 {
		return false
	}
	prev := r.ms[k-1].e
	if prev.u != uYear || prev.offX || prev.anchor != aDeictic || prev.off >= 0 || prev.rule != "ago" && prev.rule != "de-ago" {
		return false
	}
	if _, err := strconv.Atoi(r.last); err != nil {
		return false
	}
	i := r.ms[k-1].j
	if !r.p.punct(i, ",") && !r.p.punct(i, "(") && !r.p.dash(i) {
		return false
	}
	i++
	if r.p.is(i, "am", "im", "an", "on", "in") {
		i++
	}
	return i == r.ms[k].i
}

// enYearMarks are the levels a price or figure reaches "for the year": a
// "high for the year" is one of the year so far, the current one.
var enYearMarks = map[string]bool{
	"high": true, "low": true, "highs": true, "lows": true, "peak": true, "best": true, "worst": true, "record": true,
}

// yearToDate tells whether match k, "the year", follows a level reached in
// it ("rose to a high for the year", "its low for the year") or a first
// part of it that is over by the document date ("the first two
// months of the year" in March): the year so far, not the one a report in
// its first months looks back on.
func (r *resolver) yearToDate(k int) bool {
	p := r.p
	i := r.ms[k].i
	if p.is(i-1, "for") && enYearMarks[p.word(i-2)] {
		return true
	}
	// "in the first two months of the year" told in March: a part of
	// the year that is already over is this year's.
	if !p.is(i-1, "of") || !p.is(i-2, "months") {
		return false
	}
	for c := i - 3; c >= i-5 && c >= 0; c-- {
		if p.is(c, "first") {
			_, n, x, ok := p.cardinal(c + 1)
			return ok && !x && n >= 1 && int(n) < r.doc.m
		}
	}
	return false
}

// quarterEnded gives the dated end of the quarter named by match k, when
// a date with its year follows it as its end ("the third quarter ended
// Sept. 30, 2024", "the quarter, which ended June 30, 2025"), else nil. A
// numbered quarter ending in a later calendar quarter than its number
// ("its first quarter ended Sept. 30, 2024") belongs to a fiscal year
// whose year the day does not tell, and gives nil.
func (r *resolver) quarterEnded(k int) *expr {
	if r.p.de || k+1 >= len(r.ms) {
		return nil
	}
	next := &r.ms[k+1].e
	if !next.hasYear || next.month == 0 || next.u != uNone || next.anchor != aNone {
		return nil
	}
	if q := r.ms[k].e.quarter; q > 0 && q < (next.month-1)/3+1 {
		return nil
	}
	p := r.p
	from, to := r.ms[k].j, r.ms[k+1].i
	if to-from > 3 {
		return nil
	}
	ended := false
	for q := from; q < to; q++ {
		switch {
		case p.is(q, "ended", "ending", "ends"):
			ended = true
		case p.is(q, "which", "that") || p.punct(q, ","):
		default:
			return nil
		}
	}
	if !ended {
		return nil
	}
	return next
}

// setReportQuarter makes quarter q of year y (named by match k) the one
// the report is about, for "the quarter" and "a year ago". A report is about
// a quarter that is over: one that has not ended by the document date
// ("will result in a fourth-quarter charge" in October) is an outlook and
// leaves the reporting quarter alone, unless the text says it ended ("its
// fourth quarter ended Aug. 26") or tells it in the past ("fourth-quarter
// earnings declined"): fiscal quarters keep the company's numbering.
func (r *resolver) setReportQuarter(k, y, q int) {
	if m := r.ms[k]; !r.p.de && r.p.is(m.j-1, "quarter") && !r.p.hyphen(m.j-2) && (r.p.is(m.i-1, "a", "an") || r.p.is(m.i-2, "a", "an") && r.p.word(m.i-1) != "") {
		// "after a flat second quarter tied to …", "a strong first
		// quarter, when …": a quarter described for contrast, not the
		// one reported; "a third-quarter loss", "a fourth quarter
		// operating loss" name it.
		next := r.p.word(m.j)
		if next == "" || strings.HasSuffix(next, "ed") || r.p.is(m.j, "in", "of", "for", "when", "as", "that", "which", "with", "and", "but") {
			return
		}
	}
	if r.doc.ok() && r.doc.g >= gMonth && y*4+q-1 >= r.doc.y*4+(r.doc.m-1)/3 {
		j := r.ms[k].j
		if !r.p.is(j, "ended", "ending", "ends", "that", "which") && !r.p.is(j+1, "ended", "ending") && r.tense(k) != tensePast {
			return
		}
	}
	r.lastQ = anchor{y: y, q: q, g: gYear}
}

// reportPeriod resolves "the quarter" (the quarter the report is about: the
// last one named, else the last one finished before the document date),
// "the year-ago quarter", "year-ago" and "the weekend".
func (r *resolver) reportPeriod(k int, e expr) (string, string) {
	if e.finQ == 4 {
		a := r.anchorFor(aDeictic, true, gDay)
		if !a.ok() || a.g < gDay {
			return "XXXX-WXX-WE", ""
		}
		t := a.date()
		wd := int(t.Weekday())
		off := 0
		if r.tense(k) != tenseFuture && wd != 0 && wd != 6 {
			off = -1 // the weekend that just passed
		}
		return fmtWeek(t.AddDate(0, 0, 7*off)) + "-WE", anchorDesc(a)
	}
	q := r.lastQ
	desc := ""
	if q.q == 0 {
		a := r.anchorFor(aNone, false, gDay)
		if !a.ok() || a.g < gMonth {
			if e.finQ == 3 {
				return "XXXX", ""
			}
			return "XXXX-QX", ""
		}
		n := a.y*4 + (a.m-1)/3 - 1 // the quarter before the anchor's
		q = anchor{y: floorDiv(n, 4), q: n - floorDiv(n, 4)*4 + 1, g: gYear}
		desc = anchorDesc(a)
	} else {
		desc = "ref quarter " + fmtYear(q.y) + "-Q" + strconv.Itoa(q.q)
	}
	switch e.finQ {
	case 5:
		return fmtYear(e.year) + "-Q" + strconv.Itoa(q.q), desc
	case 2:
		if r.lastQ.q == 0 && r.namesPeriod(k) {
			// "the same period last year" with no quarter told (the
			// first seven months, a season): the period lies in the year
			// before, and no quarter of it is known; a month or half
			// told before it in its sentence is the period ("rose in
			// July from the year-earlier period").
			if v, ok := r.yearBeforeInSentence(k); ok {
				return v, "text " + r.last
			}
			a := r.anchorFor(aNone, false, gDay)
			return fmtYear(a.y - 1), anchorDesc(a)
		}
		return fmtYear(q.y-1) + "-Q" + strconv.Itoa(q.q), desc
	case 3:
		if r.lastQ.q == 0 {
			a := r.anchorFor(aNone, false, gDay)
			return fmtYear(a.y - 1), anchorDesc(a)
		}
		return fmtYear(q.y-1) + "-Q" + strconv.Itoa(q.q), desc
	}
	r.lastQ = q
	return fmtYear(q.y) + "-Q" + strconv.Itoa(q.q), desc
}

// yearBeforeInSentence gives the month or half resolved last, a year
// earlier, when it was told in the sentence of match k ("2024-07" gives
// "2023-07", "2024-H1" gives "2023-H1").
func (r *resolver) yearBeforeInSentence(k int) (string, bool) {
	if r.lastK < 0 || r.lastK >= k || len(r.last) != 7 || r.last[4] != '-' || !r.p.is(r.ms[r.lastK].i-1, "in", "for", "during", "over") {
		// "since January" is no period a year-earlier one repeats.
		return "", false
	}
	for t := r.ms[r.lastK].j; t <= r.ms[k].i && t < len(r.starts); t++ {
		if r.starts[t] {
			return "", false
		}
	}
	y, err := strconv.Atoi(r.last[:4])
	if err != nil || r.last[5] != 'H' && (r.last[5] < '0' || r.last[5] > '1') {
		return "", false
	}
	return fmtYear(y-1) + r.last[4:], true
}

// namesPeriod tells whether match k says "period" rather than "quarter".
func (r *resolver) namesPeriod(k int) bool {
	m := r.ms[k]
	for i := m.i; i < m.j; i++ {
		if r.p.is(i, "period") {
			return true
		}
	}
	return false
}

// century places a two-digit year: in the century that puts it at most a
// year after the document date, else next to the reference time.
func (r *resolver) century(yy int) int {
	switch {
	case r.doc.ok():
		if 2000+yy <= r.doc.y+1 {
			return 2000 + yy
		}
		return 1900 + yy
	case r.ref.ok() && r.ref.y > 0:
		c := r.ref.y / 100 * 100
		best := c + yy
		for _, cand := range []int{c - 100 + yy, c + 100 + yy} {
			if abs(cand-r.ref.y) < abs(best-r.ref.y) {
				best = cand
			}
		}
		return best
	}
	return twoDigitYear(yy)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// heading tells whether match k stands alone on its line (a section title).
func (r *resolver) heading(k int) bool {
	m := r.ms[k]
	toks := r.p.toks
	if !toks[m.i].newline {
		return false
	}
	return m.j >= len(toks) || toks[m.j].newline
}

// sideline tells whether a bare year stands aside from the story: a bound
// ("bis 1881", "since 1949"), a range end or a parenthesis ("(1808–1883)").
// Such years do not move the reference time.
func (r *resolver) sideline(k int) bool {
	m := r.ms[k]
	if m.e.gran != "year" || m.e.month != 0 {
		return false
	}
	p := r.p
	if p.is(m.i-1, "bis", "seit", "von", "vom", "ab", "nach", "vor", "until", "since", "from", "by", "before", "after", "zwischen", "between", "(", "–", "-", "/") {
		return true
	}
	if p.dash(m.j) || p.punct(m.j, ")") || p.punct(m.j, "/") {
		return true
	}
	return r.comparisonBase(m.i)
}

// comparisonBase tells whether the year at i is the base a figure is
// compared with: "rose to 9 mln dlrs from 7 mln dlrs in 1985", "against
// 398 in 1985", "than in 1985". The report stays at the year it tells
// ("the year" after it is not 1985).
func (r *resolver) comparisonBase(i int) bool {
	p := r.p
	if r.narrative || !p.is(i-1, "in") {
		return false
	}
	count := false
	for q := i - 2; q >= i-9 && q >= 0; q-- {
		switch {
		case p.isNum(q) || rateCounts[p.low(q)]:
			count = true
		case p.is(q, "than") && q == i-2:
			return true
		case p.is(q, "from", "against", "versus", "vs") || p.is(q, "with") && p.is(q-1, "compared", "comparison"):
			return count
		case p.toks[q].kind == tPunct && !p.punct(q, ".") && !p.punct(q, ","):
			return false
		}
	}
	return false
}

// reportDay tells whether English match k, a day without a year, only
// dates the report of what its clause tells: "has been loaned to Atalanta,
// newspapers reported on Friday", "the minister said Tuesday." What the
// story goes on to count ("the following year") is counted from what was
// reported, not from when.
func (r *resolver) reportDay(k int) bool {
	p := r.p
	m := r.ms[k]
	if p.de || m.e.hasYear || m.e.weekday == 0 && m.e.day == 0 {
		return false
	}
	v := m.i - 1
	if p.is(v, "on") {
		v--
	}
	if !enReportVerbs[p.word(v)] && !p.is(v, "says", "reports", "announces", "told") {
		return false
	}
	return m.j >= p.n() || r.starts[m.j] || p.punct(m.j, ".")
}

// update moves the reference time to a resolved value, unless the value is
// coarser than the reference and agrees with it ("1939" after "1. September
// 1939" keeps the day).
func (r *resolver) update(v string) {
	a, ok := anchorOf(v)
	if !ok {
		return
	}
	if r.narrative && r.section != 0 && a.y != r.section {
		return // an aside from the year of the section
	}
	if r.ref.ok() && a.g < r.ref.g && a.y == r.ref.y && (a.g == gYear || a.m == r.ref.m) {
		return
	}
	// The day of a night already told ("at 10 p.m. on Monday") stays
	// its night.
	sameNight := r.refNight && len(v) == len("2006-01-02") && a.g == gDay && a.y == r.ref.y && a.m == r.ref.m && a.d == r.ref.d
	q := r.ref.q
	r.ref = a
	if a.y == r.ref.y {
		r.ref.q = q
	}
	r.refNight = a.g == gDay && isNightValue(v) || sameNight
}

// pastAfterPlan tells whether clock time k is told in the past while the
// day being told lies ahead of the DCT: "a truce from noon on Friday …
// the deal had been signed at 1500 GMT" is the day of writing, not Friday.
func (r *resolver) pastAfterPlan(k int) bool {
	return r.doc.ok() && r.doc.g == gDay && r.ref.date().After(r.doc.date()) && r.tense(k) == tensePast
}

// smallHoursEnd is the hour before which a clock time told after an
// evening belongs to the next day.
const smallHoursEnd = 6

// isNightValue tells whether a day's value is its evening or night: a part
// of day (TEV, TNI) or a clock time from 18:00 on ("1998-08-17T23:00").
func isNightValue(v string) bool {
	if len(v) < 13 || v[10] != 'T' {
		return false
	}
	t := v[11:]
	if t == "EV" || t == "NI" {
		return true
	}
	h, err := strconv.Atoi(t[:2])
	return err == nil && h >= 18 && h < 24
}

// anchorOf reads a resolved value back as an anchor: YYYY, YYYY-MM,
// YYYY-MM-DD (with anything after), BC years, seasons and quarters as their
// year.
func anchorOf(v string) (anchor, bool) {
	bc := strings.HasPrefix(v, "BC")
	if bc {
		v = v[2:]
	}
	if len(v) < 4 {
		return anchor{}, false
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return anchor{}, false
	}
	if bc {
		y = -y
	}
	a := anchor{y: y, g: gYear}
	if len(v) >= 7 && v[4] == '-' {
		if m, err := strconv.Atoi(v[5:7]); err == nil && m >= 1 && m <= 12 {
			a.m, a.g = m, gMonth
			if len(v) >= 10 && v[7] == '-' {
				if d, err := strconv.Atoi(v[8:10]); err == nil && d >= 1 {
					a.d, a.g = d, gDay
				}
			}
		} else if v[5] == 'Q' && len(v) >= 7 {
			a.q = int(v[6] - '0')
		}
	}
	return a, true
}

// fmtPoint writes a calendar point of year y.
func fmtPoint(e expr, y int) string {
	var b strings.Builder
	switch {
	case e.century != 0 && e.gran == "century":
		if e.century < 0 {
			return "BC" + pad2(-e.century-1)
		}
		return pad2(e.century)
	case e.decade != 0 && e.gran == "decade":
		return strconv.Itoa(e.decade)
	}
	if e.week && e.month > 0 && e.day > 0 {
		return fmtWeek(time.Date(y, time.Month(e.month), e.day, 12, 0, 0, 0, time.UTC))
	}
	b.WriteString(fmtYear(y))
	switch {
	case e.month > 0:
		b.WriteString("-" + pad2(e.month))
		if e.day > 0 {
			b.WriteString("-" + pad2(e.day))
		}
	case e.season != "":
		b.WriteString("-" + e.season)
	case e.quarter > 0:
		b.WriteString("-Q" + strconv.Itoa(e.quarter))
	case e.half > 0:
		b.WriteString("-H" + strconv.Itoa(e.half))
	}
	writeTime(&b, e)
	return b.String()
}

func writeTime(b *strings.Builder, e expr) {
	switch {
	case e.clock:
		b.WriteString("T" + pad2(e.hour) + ":" + pad2(e.minute) + e.zone)
	case e.pod != "":
		b.WriteString("T" + e.pod)
	}
}

// offset resolves "n units from the anchor".
func (r *resolver) offset(e expr, a anchor) (string, string) {
	gran := e.u.granularity()
	if e.u == uDay && (e.clock || e.pod != "") {
		gran = "day"
		if e.clock {
			gran = "time"
		}
	}
	if !a.ok() {
		return unknownOf(e), gran
	}
	var b strings.Builder
	switch e.u {
	case uSecond, uMinute, uHour:
		// "two hours ago": the day is what the text can tell.
		if a.g < gDay {
			return unknownOf(e), gran
		}
		b.WriteString(fmtDate(a.date()))
		return b.String(), "day"
	case uDay:
		if a.g < gDay {
			// The day is not known; keep what is.
			if a.g == gMonth {
				b.WriteString(fmtYear(a.y) + "-" + pad2(a.m) + "-XX")
			} else {
				b.WriteString(fmtYear(a.y) + "-XX-XX")
			}
		} else {
			b.WriteString(fmtDate(a.date().AddDate(0, 0, e.off)))
		}
		writeTime(&b, e)
		return b.String(), gran
	case uWeek:
		if a.g < gDay {
			return fmtYear(a.y) + "-WXX", gran
		}
		t := a.date().AddDate(0, 0, 7*e.off)
		if e.weekday > 0 {
			// "Dienstag vergangener Woche": that day of the week.
			t = t.AddDate(0, 0, e.weekday-isoWeekday(t.Year(), int(t.Month()), t.Day()))
			var b strings.Builder
			b.WriteString(fmtDate(t))
			writeTime(&b, e)
			return b.String(), "day"
		}
		return fmtWeek(t), gran
	case uWeekend:
		if a.g < gDay {
			return fmtYear(a.y) + "-WXX-WE", gran
		}
		t := a.date().AddDate(0, 0, 7*e.off)
		return fmtWeek(t) + "-WE", gran
	case uMonth:
		if a.g < gMonth {
			return fmtYear(a.y) + "-XX", gran
		}
		t := time.Date(a.y, time.Month(a.m)+time.Month(e.off), 1, 12, 0, 0, 0, time.UTC)
		return fmtYear(t.Year()) + "-" + pad2(int(t.Month())), gran
	case uQuarter:
		q := a.q
		if q == 0 {
			if a.g < gMonth {
				return fmtYear(a.y) + "-QX", gran
			}
			q = (a.m-1)/3 + 1
		}
		n := a.y*4 + (q - 1) + e.off
		return fmtYear(floorDiv(n, 4)) + "-Q" + strconv.Itoa(n-floorDiv(n, 4)*4+1), gran
	case uHalf:
		if a.g < gMonth {
			return fmtYear(a.y) + "-HX", gran
		}
		n := a.y*2 + (a.m-1)/6 + e.off
		return fmtYear(floorDiv(n, 2)) + "-H" + strconv.Itoa(n-floorDiv(n, 2)*2+1), gran
	case uYear:
		if e.month > 0 || e.season != "" || e.quarter > 0 || e.half > 0 {
			// "März des folgenden Jahres", "the spring of last year"
			return fmtPoint(e, a.y+e.off), e.gran
		}
		return fmtYear(a.y + e.off), gran
	case uDecade:
		return strconv.Itoa(floorDiv(a.y, 10) + e.off), gran
	case uCentury:
		return pad2(floorDiv(a.y, 100) + e.off), gran
	}
	return "", ""
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// unknownOf is the underspecified value of an expression whose anchor is
// unknown.
func unknownOf(e expr) string {
	var b strings.Builder
	switch e.u {
	case uSecond, uMinute, uHour, uDay:
		b.WriteString("XXXX-XX-XX")
	case uWeek:
		return "XXXX-WXX"
	case uWeekend:
		return "XXXX-WXX-WE"
	case uMonth:
		return "XXXX-XX"
	case uQuarter:
		return "XXXX-QX"
	case uHalf:
		return "XXXX-HX"
	case uYear:
		return "XXXX"
	case uDecade:
		return "XXX"
	case uCentury:
		return "XX"
	}
	writeTime(&b, e)
	return b.String()
}

// underspecified resolves a point without a year (a month, a day and month,
// a season, a quarter, a weekday, a clock time): its year (or date) comes
// from the anchor and the tense.
func (r *resolver) underspecified(k int, e expr) (string, string) {
	if e.dir == 3 && e.month == 0 && e.day > 0 {
		// A day of the month the text is telling about.
		a := r.ref
		if (!a.ok() || a.g < gMonth) && !r.p.de && r.doc.ok() && r.doc.g >= gDay && !r.narrative {
			// "on the 10th" with no month told: the month of writing, or
			// the one before or after where the tense says so.
			a = r.doc
			t := r.tense(k)
			switch {
			case t == tensePast && e.day > a.d:
				a.m--
			case t == tenseFuture && e.day < a.d:
				a.m++
			}
			if a.m < 1 {
				a.y, a.m = a.y-1, 12
			} else if a.m > 12 {
				a.y, a.m = a.y+1, 1
			}
		}
		if !a.ok() || a.g < gMonth || !validDate(a.y, a.m, e.day) {
			return "XXXX-XX-" + pad2(e.day), ""
		}
		return fmtYear(a.y) + "-" + pad2(a.m) + "-" + pad2(e.day), anchorDesc(a)
	}
	need := gMonth
	if e.weekday > 0 {
		need = gDay
	}
	kind := e.anchor
	if e.clock {
		kind = aNone // a clock time takes the day being told below
	}
	a := r.anchorFor(kind, e.strict, need)
	if e.clock && e.day == 0 && e.weekday == 0 && e.month == 0 {
		if day, ok := r.recurringDay(k); ok {
			// "täglich von 9 bis 17 Uhr", "montags um 8 Uhr": the time
			// of a day that recurs, not of the day being told.
			var b strings.Builder
			b.WriteString(day)
			writeTime(&b, e)
			return b.String(), ""
		}
		// A clock time alone is on the day being told; a small hour
		// told after its evening or night is on the day after ("on
		// Monday evening … at 2 a.m.").
		if r.ref.ok() && r.ref.g == gDay && !r.pastAfterPlan(k) {
			a = r.ref
			if r.refNight && e.hour < smallHoursEnd {
				t := a.date().AddDate(0, 0, 1)
				a.y, a.m, a.d = t.Year(), int(t.Month()), t.Day()
			}
		}
		if !a.ok() || a.g < gDay {
			var b strings.Builder
			b.WriteString("XXXX-XX-XX")
			writeTime(&b, e)
			return b.String(), ""
		}
		var b strings.Builder
		b.WriteString(fmtDate(a.date()))
		writeTime(&b, e)
		return b.String(), anchorDesc(a)
	}
	if e.weekday > 0 && e.day == 0 {
		if !a.ok() || a.g < gDay {
			var b strings.Builder
			b.WriteString("XXXX-WXX-" + strconv.Itoa(e.weekday))
			writeTime(&b, e)
			return b.String(), ""
		}
		t := a.date()
		cur := int(t.Weekday())
		if cur == 0 {
			cur = 7
		}
		diff := e.weekday - cur // in -6..6
		tense := tenseNone
		if e.dir == 0 {
			tense = r.tense(k)
			if tense == tenseNone && r.dePresentFuture(k) {
				tense = tenseFuture
			}
			if tense == tenseFuture && r.possessive(k) {
				// "would appeal Wednesday's ruling": the event the
				// weekday names is not the one the tense is about.
				tense = tenseNear
			}
		}
		if e.dir == 0 {
			if d := r.listedWeekday(k, t); d != 0 {
				// "on Thursday and Wednesday": the days of a list lie on
				// the side of the time of writing the first one does.
				tense = tensePast
				if d > 0 {
					tense = tenseFuture
				}
			}
		}
		var days int
		switch {
		case e.dir == -1:
			days = diff
			if days >= 0 {
				days -= 7
			}
		case e.dir == 1:
			days = diff
			if days <= 0 {
				days += 7
			}
		case e.dir == 2:
			days = diff // the same ISO week
		case diff == 0:
			days = 0
		case tense == tenseFuture:
			days = diff
			if days < 0 {
				days += 7
			}
		case tense == tenseNear:
			// The nearest one (at most three days either way).
			days = diff
			if days < -3 {
				days += 7
			} else if days > 3 {
				days -= 7
			}
		default:
			days = diff
			if days > 0 {
				days -= 7
			}
		}
		var b strings.Builder
		b.WriteString(fmtDate(t.AddDate(0, 0, days)))
		writeTime(&b, e)
		return b.String(), anchorDesc(a)
	}
	if y, ok := r.scheduleYear(k, e); ok {
		return fmtPoint(e, y), "text schedule " + fmtYear(y)
	}
	if y, ok := r.monthYearsAgo(k); ok {
		return fmtPoint(e, y), "dct " + fmtYear(y)
	}
	if y, ok := r.periodEndYear(k); ok {
		return fmtPoint(e, y), "text " + r.last
	}
	if y, ok := r.splitYearRange(k); ok {
		return fmtPoint(e, y), "text " + fmtYear(y)
	}
	if y, m, ok := r.sentenceDateEN(k, e); ok {
		return fmtPoint(e, y), "text " + fmtYear(m.e.year) + "-" + pad2(m.e.month)
	}
	if !a.ok() {
		e2 := e
		return "XXXX" + strings.TrimPrefix(fmtPoint(e2, 0), "0000"), ""
	}
	y := a.y
	if a.g >= gMonth && !(r.narrative && !r.doc.ok()) {
		// Position within the year of the expression and of the anchor, in
		// months (days as fractions) so they can be compared.
		pos := func(m, d int) float64 { return float64(m) + float64(d)/32 }
		var ep float64
		switch {
		case e.month > 0:
			ep = pos(e.month, e.day)
		case e.season != "":
			ep = float64(seasonIndex(e.season)*3) + 1.5
			if e.season == "WI" {
				ep = 0.5
			}
		case e.quarter > 0:
			ep = float64((e.quarter-1)*3) + 2
		case e.half > 0:
			ep = float64((e.half-1)*6) + 3.5
		}
		ap := pos(a.m, a.d)
		if e.month > 0 && e.day == 0 {
			ap = float64(a.m) // "last April" in April is a year ago
		}
		if e.season != "" {
			ap = float64(seasonOf(a.m)*3) + 1.5
			if seasonOf(a.m) == 0 {
				ap = 0.5
			}
		}
		if e.quarter > 0 {
			ap = float64((a.m-1)/3*3) + 2
		}
		if e.half > 0 {
			ap = float64((a.m-1)/6*6) + 3.5
		}
		switch e.dir {
		case -1:
			if ep >= ap || r.sameMonthTold(k, y) {
				y--
			}
		case 1:
			if ep <= ap {
				y++
			}
		case 2:
		default:
			if !r.narrative {
				// Reported speech keeps dates near the time of writing in
				// any tense: the tense moves a date only when it is more
				// than two months on the wrong side. (Moving a future
				// month already two months back, "prices might fall in
				// March" written in May, also moved "after January's
				// high rate" and "a January 30 offer" in news: the cue
				// governs the sentence, not the month in a noun phrase.)
				t := r.tense(k)
				if t == tenseNone && (e.month > 0 || e.season != "" && e.season != "WI") && r.dePresentFuture(k) {
					t = tenseFuture
				}
				if (t == tensePast && ep > ap && ep <= ap+5 || t == tenseFuture && ep < ap && ep >= ap-5) && !r.p.de && r.attributiveEN(k) {
					// "the Nov. 5 election", "a January 30 offer": the
					// date of the noun's event, which the verb of the
					// sentence places only when the nearest date is far
					// on the other side ("the October slaying" told in
					// April is last year's).
					t = tenseNone
				}
				switch {
				case ep > ap && r.p.is(r.ms[k].i-1, "since", "seit") && !r.sinceClause(k) && e.quarter == 0 && e.half == 0:
					// "has not led in the polls since April", told in
					// March: a state has held since a time gone by.
					y--
				case r.deliveryEN(k):
					// A delivery month is this month or ahead: "the
					// May contract" traded in August is next year's.
					if ep < ap {
						y++
					}
				case t == tensePast:
					if ep > ap+2 || e.half > 0 && ep >= ap || e.month > 0 && ep > ap && r.pastAdjunct(k) {
						// A half told in the past is over: in the
						// first half of the year it is last year's.
						y--
					} else if end, ok := r.rangeTo(k); ok && r.p.de && end.month > 0 && calendarPos(end) > ap+2 && calendarPos(end) > ep {
						// "Zwischen Jänner und November wurden ...", told
						// in March: the range is over, so it is last year's.
						// (English reads its past from a reporting "said"
						// as often as from the event: "quotas from April
						// to September, it said" lie ahead.)
						y--
					}
				case t == tenseFuture:
					// Reports announce results of quarters already over:
					// only months and days move forward with the tense.
					if (ep < ap-2 || ep < ap-1 && r.futureAdjunct(k) || e.day > 0 && ep < ap-0.25 && r.futureOnDay(k)) && e.quarter == 0 && e.half == 0 {
						y++
					} else if ep-ap > 6 && (e.half > 0 || e.quarter > 0) && r.enResultsOf(k) {
						// "will report results for the December
						// quarter" in January: the quarter just over,
						// not one most of a year ahead.
						y--
					}
				default:
					if ep-ap > 6 || ep > ap && (e.half > 0 || e.quarter > 0) && (r.deResultsOf(k) || r.enResultsAfter(k)) {
						y--
					} else if ap-ep > 6 {
						y++
					}
				}
			}
		}
	}
	if e.holiday != "" {
		if h := holidays[e.holiday]; h.date != nil {
			e.month, e.day = h.date(y)
		}
	}
	if e.weekday > 0 && e.month > 0 && e.day > 0 && validDate(y, e.month, e.day) && isoWeekday(y, e.month, e.day) != e.weekday {
		// "Samstag, den 28. November": the weekday tells the year when
		// only the year before or after has the date on that day.
		before := validDate(y-1, e.month, e.day) && isoWeekday(y-1, e.month, e.day) == e.weekday
		next := validDate(y+1, e.month, e.day) && isoWeekday(y+1, e.month, e.day) == e.weekday
		switch {
		case before && !next:
			y--
		case next && !before:
			y++
		}
	}
	return fmtPoint(e, y), anchorDesc(a)
}

// futureAdjunct tells whether match k is a month named as when
// something will happen: "in March" after a future cue in its clause ("the
// plant will reopen in March"), not a month in a noun phrase ("after
// January's high rate", "a January 30 offer") nor one told before its verb.
func (r *resolver) futureAdjunct(k int) bool {
	m := r.ms[k]
	p := r.p
	if p.de {
		// "das ab Jänner geplante Projekt": the month a plan is for.
		t, ok := r.attributiveParticiple(m.j)
		return ok && t == tenseFuture && p.is(m.i-1, "ab", "für")
	}
	if m.e.day > 0 && p.is(m.i-1, "ending") && p.is(m.i-2, "year", "quarter", "half", "period") {
		// "expects profit to rise in the fiscal year ending June 30",
		// told in August: the year that ends next June.
		return true
	}
	if m.e.day > 0 {
		// "The final is on July 19", "the semifinals are July 19-20",
		// told in late August: a day a schedule names in the present
		// is ahead.
		for q := m.i - 1; q >= 0 && q >= m.i-3; q-- {
			if r.presentSchedule(q, m.i) {
				return true
			}
		}
	}
	if !p.is(m.i-1, "in") || r.possessive(k) || r.starts[m.i-1] {
		return false
	}
	return r.futureBefore(m.i - 2)
}

// pastAdjunct tells whether match k, a month after "in", says when an
// event told in the simple past happened: the nearest
// cue before it in its clause is a past verb that reports no speech ("the
// bank raised rates in November", not "said in November" nor a plan,
// "agreed to buy it in December"). Such a month or day later in the year
// than the time of writing is last year's. (Days are left out: "shares
// held on March 23", "called for redemption on March 23" name record and
// payment days ahead with a participle or a past verb.)
func (r *resolver) pastAdjunct(k int) bool {
	m := r.ms[k]
	p := r.p
	if p.de || m.e.day > 0 || !p.is(m.i-1, "in") || r.possessive(k) || r.starts[m.i-1] {
		return false
	}
	for q := m.i - 2; q >= 0; q-- {
		if t := r.cueEN(q); t != tenseNone {
			w := p.word(q)
			if t != tensePast || enReportVerbs[w] || enPlanWords[w] || strings.HasSuffix(p.word(q-1), "ly") {
				return false // "usually made in April": a habit
			}
			// A finite verb: after an auxiliary ("was closed in
			// November"), or with its object before the month ("raised
			// rates in November"); a participle right before it names
			// a noun ("the record level marked in April").
			return p.is(q-1, "was", "were", "had") || q < m.i-2
		}
		if p.is(q, "to") && !enDeterminers[p.word(q+1)] && !p.isNum(q+1) || enPlanWords[p.word(q)] {
			return false // "agreed to buy it in December", "the slated visit in September": a plan
		}
		if r.starts[q] || p.punct(q, ",") || p.is(q, "after", "since", "following", "and", "but", "than", "that", "which", "who", "until", "before", "by") {
			return false
		}
		if p.is(q, "for", "of", "about", "on", "over", "with", "against", "at") {
			// "emphasised the need for a mini-budget in May": the month
			// may date the noun's complement, not the verb.
			return false
		}
	}
	return false
}

// futureOnDay tells whether match k is a day named as when something will
// happen: "on July 19" after a future cue in its clause ("the company
// will hold its meeting on July 19"). Told in August, that day is next
// year's, as a month is when more than a month back; a day is so moved
// once it lies more than a week back.
func (r *resolver) futureOnDay(k int) bool {
	m := r.ms[k]
	if r.p.de || m.e.day == 0 || !r.p.is(m.i-1, "on") || r.possessive(k) || r.starts[m.i-1] {
		return false
	}
	return r.futureBefore(m.i - 2)
}

// futureBefore tells whether the nearest English tense cue at or before
// token q in its clause looks ahead.
func (r *resolver) futureBefore(q int) bool {
	p := r.p
	for ; q >= 0; q-- {
		if t := r.cueEN(q); t != tenseNone {
			return t == tenseFuture
		}
		if r.starts[q] || p.punct(q, ",") || p.is(q, "after", "since", "following", "and", "but", "than") {
			return false
		}
	}
	return false
}

// possessive tells whether match k is followed by "'s" ("Wednesday's
// ruling").
func (r *resolver) possessive(k int) bool {
	j := r.ms[k].j
	return (r.p.punct(j, "'") || r.p.punct(j, "’")) && r.p.is(j+1, "s") && r.p.tight(j)
}

// attributiveParticiple reads a German participle used as an adjective
// right after an expression and before its noun ("gegründete Plattform",
// "vorgestellten Bericht", "festgenommener Mann"): past, or future for a
// plan ("geplante", "vorgesehenen").
func (r *resolver) attributiveParticiple(j int) (int, bool) {
	p := r.p
	if j+1 >= p.n() || p.toks[j].kind != tWord || p.toks[j].upper || !p.toks[j+1].upper || p.toks[j+1].kind != tWord {
		return tenseNone, false
	}
	w := p.toks[j].low
	stem := ""
	for _, end := range []string{"e", "en", "er", "es", "em"} {
		if s, ok := strings.CutSuffix(w, end); ok && (strings.HasSuffix(s, "t") || strings.HasSuffix(s, "en")) {
			stem = s
			break
		}
	}
	if stem == "" {
		return tenseNone, false
	}
	ge := strings.Index(stem, "ge")
	if ge < 0 || ge > 0 && !slices.Contains(deSeparablePrefixes, stem[:ge]) || len(stem)-ge < 5 {
		return tenseNone, false
	}
	if deNotParticiple[stem] || deNotParticiple[w] || strings.HasSuffix(stem, "st") {
		return tenseNone, false // "gesamten", "geringste"
	}
	if strings.HasPrefix(stem, "geplant") || strings.HasPrefix(stem, "vorgesehen") {
		return tenseFuture, true
	}
	return tensePast, true
}

// deSeparablePrefixes are the prefixes of separable German verbs, whose
// participle has "ge" inside: "vorgestellt", "festgenommen".
var deSeparablePrefixes = []string{
	"ab", "an", "auf", "aus", "bei", "ein", "fest", "frei", "her", "hin", "los", "mit", "nach", "vor", "weg", "zu", "zurück",
	"zusammen", "dar", "bekannt", "statt", "teil", "fort", "heraus", "hervor", "vorbei", "wieder", "um", "hoch", "durch",
}

// particleStatt tells whether the separable particle "statt" closes the
// clause of the German verb at q ("findet ... statt"), before hi.
func (r *resolver) particleStatt(q, hi int) bool {
	toks := r.p.toks
	for k := q + 1; k < hi; k++ {
		if toks[k].kind == tPunct && toks[k].text != "." && toks[k].text != "(" && toks[k].text != ")" {
			return false // a comma: another clause
		}
		if toks[k].low == "statt" && (k+1 >= len(toks) || toks[k+1].kind == tPunct) {
			return true
		}
	}
	return false
}

// lengthCue tells whether "in N units" at match k follows a superlative,
// "the first time" or a negation in its sentence ("the second highest in ten
// years", "the first time in six years", "could not return in a day"):
// then it is the length searched, not a point ahead.
func (r *resolver) lengthCue(k int) bool {
	p := r.p
	if i := r.ms[k].i; p.is(i-1, "in") && p.is(i-3, "the") && p.punct(i-4, ",") && p.is(i-2, "first", "only") {
		// "elections on April 23, the first in five years": an
		// apposition tells the length since the last one ("will play
		// its first final in two weeks" is a date ahead).
		return true
	}
	for q := r.ms[k].i - 1; q >= 0 && q >= r.ms[k].i-8; q-- {
		w := p.word(q)
		if enLengthCues[w] || len(w) >= 6 && strings.HasSuffix(w, "est") && !enNotSuperlative[w] {
			return true
		}
		if w == "time" && p.is(q-1, "first", "second", "third") {
			return true
		}
		if r.starts[q] {
			break
		}
	}
	return false
}

var enLengthCues = map[string]bool{
	"best": true, "worst": true, "most": true, "least": true, "never": true, "not": true, "t": true, "record": true,
}

// enNotSuperlative end in -est but are no superlatives.
var enNotSuperlative = map[string]bool{
	"interest": true, "interests": true, "request": true, "protest": true, "forest": true, "suggest": true,
	"invest": true, "arrest": true, "honest": true, "modest": true, "harvest": true, "contest": true,
	"manifest": true, "digest": true, "unrest": true, "attest": true, "detest": true, "infest": true,
	"behest": true, "conquest": true, "earnest": true, "bequest": true,
}

// recurringDay returns the day pattern of the set that clock time k
// belongs to ("XXXX-XX-XX" after "täglich", "XXXX-WXX-1" after "montags",
// the pattern of the time before it in "von 9 bis 17 Uhr"), when only
// words that join times stand between them.
func (r *resolver) recurringDay(k int) (string, bool) {
	if k == 0 || r.lastK != k-1 {
		return "", false
	}
	p := r.p
	from, to := r.ms[k-1].j, r.ms[k].i
	if to-from > 3 {
		return "", false
	}
	for q := from; q < to; q++ {
		if !p.is(q, "von", "um", "ab", "zwischen", "bis", "und", "from", "at", "between", "to", "until", "and") && !p.dash(q) && !p.punct(q, ",") {
			return "", false
		}
	}
	prev := r.ms[k-1].e
	switch {
	case prev.typ == "SET" && r.last == "P1D":
		return "XXXX-XX-XX", true
	case prev.typ == "SET" && strings.HasPrefix(r.last, "XXXX-WXX-") && !strings.Contains(r.last, "T"):
		return r.last, true
	case prev.clock && strings.HasPrefix(r.last, "XXXX-"):
		if day, _, ok := strings.Cut(r.last, "T"); ok {
			return day, true
		}
	}
	return "", false
}

// rangeTo returns the point without a year that closes a range opened by
// match k ("Jänner bis November", "between March and October"), which
// rangeEnd will give k's year.
func (r *resolver) rangeTo(k int) (expr, bool) {
	if k+1 >= len(r.ms) {
		return expr{}, false
	}
	e := r.ms[k+1].e
	if e.hasYear || e.weekday > 0 || e.clock || e.u != uNone || e.fixed != "" || e.holiday != "" || e.dir != 0 || e.anchor != aNone || calendarPos(e) == 0 {
		return expr{}, false
	}
	p := r.p
	from, to := r.ms[k].j, r.ms[k+1].i
	if to-from > 3 || to == from {
		return expr{}, false
	}
	joined := false
	for q := from; q < to; q++ {
		switch {
		case p.is(q, "und", "bis", "and", "to", "through", "until", "till") || p.dash(q):
			joined = true
		case p.is(q, "zum", "zur", "in", "im", "den", "dem", "the"):
		default:
			return expr{}, false
		}
	}
	return e, joined
}

// after tells whether a lies after b where both tell it: a later year, or
// a later month or day of the same year ("nach 217 Tagen" counted from a
// Wednesday in March is October, after a DCT in March).
func after(a, b anchor) bool {
	switch {
	case a.y != b.y:
		return a.y > b.y
	case a.g < gMonth || b.g < gMonth:
		return false
	case a.m != b.m:
		return a.m > b.m
	case a.g < gDay || b.g < gDay:
		return false
	}
	return a.d > b.d
}

// genericToday tells whether the German "heute" of match k is the present
// age ("nowadays") rather than the day of writing: set against a past
// ("früher …, heute …", "damals"), lasting ("bis heute"), or
// in a general statement of amounts ("heute leben mehr Menschen in
// Städten als …", "heute gibt es keinen mehr"). A past tense or another
// named day in the sentence keeps the day: "heute wurde bekannt, dass er
// früher …", "mehr als gestern".
func (r *resolver) genericToday(k int) bool {
	p := r.p
	if !p.de {
		return false
	}
	m := r.ms[k]
	if p.is(m.i-1, "bis") {
		// "noch heute" stays a day: "fällt noch heute" is before the
		// day ends as often as "to this day".
		return true
	}
	lo, hi := r.sentenceOf(k)
	contrast, more, than, no := false, false, false, false
	for q := lo; q < hi; q++ {
		switch p.word(q) {
		case "früher", "damals", "einst", "einstmals", "ehemals", "seinerzeit":
			// "früher als" compares times ("früher als geplant").
			contrast = contrast || !p.is(q+1, "als") && !p.is(q-1, "viel", "noch", "etwas")
		case "mehr", "weniger":
			more = true
			no = no || p.is(q-1, "nicht", "keine", "keinen", "kein", "keiner", "nie", "niemand")
		case "als":
			// "mehr als 100 Zeugen" counts; it compares no states.
			than = than || !p.is(q-1, "mehr", "weniger")
		case "gestern", "morgen", "vorgestern", "übermorgen", "abend", "nachmittag", "vormittag", "mittag", "nacht":
			return false
		}
	}
	if !contrast && !(more && than || no) {
		return false
	}
	// The contrast lies in another clause ("früher gab es …, heute gibt
	// es …"): only the clause of "heute" must not be told in the past.
	clo, chi := m.i, m.j
	for clo > lo && !p.punct(clo-1, ",") {
		clo--
	}
	for chi < hi && !p.punct(chi, ",") {
		chi++
	}
	for q := clo; q < chi; q++ {
		if (q < m.i || q >= m.j) && p.toks[q].kind == tWord && tenseOf(p.toks[q].low, true) == tensePast {
			return false
		}
	}
	return true
}

// habitualSet reads a German weekday, fixed feast or season without a
// year as a set where its clause tells a habit ("findet immer am Samstag
// statt", "zu Neujahr stets", "am Sonntag (jeweils 20 Uhr)"). "Wie immer"
// tells one occasion as usual, and "immer noch", "immer mehr" tell no
// habit. Feasts whose date moves with the year have no TimeML pattern
// and stay dates.
func (r *resolver) habitualSet(k int) (dossier.TimeValue, bool) {
	p := r.p
	if !p.de {
		return dossier.TimeValue{}, false
	}
	m := r.ms[k]
	e := &m.e
	if e.typ != "DATE" && e.typ != "TIME" || e.hasYear || e.fixed != "" || e.anchor != aNone || e.dir != 0 || e.u != uNone || e.clock || e.mod != "" {
		return dossier.TimeValue{}, false
	}
	weekday := e.weekday > 0 && e.day == 0 && e.month == 0
	var h holiday
	if e.holiday != "" {
		var ok bool
		if h, ok = holidays[e.holiday]; !ok || h.date != nil {
			return dossier.TimeValue{}, false
		}
	}
	season := e.season != "" && e.month == 0 && e.day == 0
	if !weekday && e.holiday == "" && !season {
		return dossier.TimeValue{}, false
	}
	lo, hi := m.i, m.j
	for lo > 0 && !r.starts[lo] && !p.punct(lo-1, ",") {
		lo--
	}
	for hi < p.n() && !r.starts[hi] && !p.punct(hi, ",") {
		hi++
	}
	habit := false
	for q := lo; q < hi && !habit; q++ {
		switch p.word(q) {
		case "stets", "regelmäßig", "traditionell", "üblicherweise", "gewöhnlich", "alljährlich":
			habit = true
		case "jeweils":
			// "jeweils 20 Uhr" recurs; "Kontakte von jeweils zehn
			// Sekunden" shares a count out.
			_, _, _, count := p.cardinal(q + 1)
			habit = !count || p.is(q+2, "uhr") || p.is(q+3, "uhr")
		case "immer":
			next := p.word(q + 1)
			// "wer auch immer", "wie immer": no habit.
			habit = !p.is(q-1, "wie", "noch", "für", "fast", "auch", "wer", "was") && next != "noch" && next != "mehr" && next != "weniger" && next != "wieder" && !(len(next) > 3 && strings.HasSuffix(next, "er") && !p.toks[q+1].upper)
		}
	}
	if !habit {
		return dossier.TimeValue{}, false
	}
	v := dossier.TimeValue{Type: "SET", Rule: e.rule + "-habitual", Granularity: "day"}
	switch {
	case weekday:
		v.Value = "XXXX-WXX-" + strconv.Itoa(e.weekday)
		if e.pod != "" {
			v.Value += "T" + e.pod
		}
	case e.holiday != "":
		v.Value = "XXXX-" + pad2(h.month) + "-" + pad2(h.day)
	default:
		v.Value, v.Granularity = "XXXX-"+e.season, "season"
	}
	return v, true
}

// enResultsOf tells whether English match k, a half-year or quarter
// without a year, is the period of figures reported ("results for the
// fourth quarter", "fourth-quarter earnings"): figures are published
// after the period.
func (r *resolver) enResultsOf(k int) bool {
	p := r.p
	if p.de {
		return false
	}
	m := r.ms[k]
	results := func(q int) bool {
		return p.is(q, "results", "earnings", "figures", "accounts", "numbers")
	}
	if p.is(m.j, "ending", "ends", "to") {
		return false // "earnings for the fourth quarter ending May 30": a fiscal quarter ahead
	}
	return p.is(m.i-1, "for", "of") && results(m.i-2) || results(m.j)
}

// enResultsAfter tells whether English match k, a quarter or half without
// a year and with no tense to go by, names the figures that follow it, as
// the headlines of the wires do ("3RD QTR NET", "2ND QTR DEC 31 LOSS",
// "first-half profit"): figures are published after the period.
func (r *resolver) enResultsAfter(k int) bool {
	p := r.p
	if p.de {
		return false
	}
	q := r.ms[k].j
	if _, ok := monthWords[p.word(q)]; ok {
		q++ // the day the quarter ended: "DEC 31"
		if p.punct(q, ".") {
			q++
		}
		if p.isNum(q) {
			q++
		}
	}
	return p.is(q, "net", "loss", "losses", "profit", "profits", "earnings", "shr", "sales", "revenue", "revenues", "results", "oper")
}

// deResultsOf tells whether German match k, a half-year or quarter without
// a year, is the period of figures reported ("die Zahlen für das 2.
// Halbjahr", "der Umsatz im dritten Quartal"): figures are published
// after the period, so it is the last one, not the coming one.
func (r *resolver) deResultsOf(k int) bool {
	p := r.p
	if !p.de {
		return false
	}
	m := r.ms[k]
	q := m.i - 1
	if !p.is(q, "für", "des", "im", "vom", "zum") {
		return false
	}
	w := p.word(q - 1)
	for _, suf := range []string{"zahlen", "ergebnis", "ergebnisse", "ergebnissen", "bilanz", "umsatz", "umsätze", "gewinn", "verlust"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// deGeneral tells whether the sentence of German match k states an
// average or a rule ("im Schnitt", "durchschnittlich", "in der Regel",
// "üblicherweise") rather than one occasion.
func (r *resolver) deGeneral(k int) bool {
	p := r.p
	if !p.de {
		return false
	}
	lo, hi := r.sentenceOf(k)
	for q := lo; q < hi; q++ {
		switch p.word(q) {
		case "durchschnittlich", "üblicherweise", "normalerweise", "gewöhnlich", "meist", "meistens", "jeweils":
			return true
		case "schnitt", "durchschnitt":
			if p.is(q-1, "im") {
				return true
			}
		case "regel":
			if p.is(q-1, "der") && p.is(q-2, "in") {
				return true
			}
		}
	}
	return false
}

// edgeDay returns the first (edge 1) or last (edge -1) day, or the n-th
// or last week (edge n+1, edgeLastWeek), of a resolved year (YYYY) or
// month (YYYY-MM); other values have no such day here.
func edgeDay(v string, edge int8) (string, bool) {
	var t time.Time
	var err error
	switch len(v) {
	case 4:
		t, err = time.Parse("2006", v)
		if err == nil && edge == -1 {
			t = t.AddDate(1, 0, -1)
		}
	case 7:
		t, err = time.Parse("2006-01", v)
		if err == nil && edge == -1 {
			t = t.AddDate(0, 1, -1)
		}
	default:
		return "", false
	}
	if err != nil {
		return "", false
	}
	switch {
	case edge == edgeLastWeek:
		// The week that holds the fourth day from the end.
		if len(v) == 4 {
			t = t.AddDate(1, 0, -4)
		} else {
			t = t.AddDate(0, 1, -4)
		}
		return fmtWeek(t), true
	case edge > 1:
		// The n-th week: the first holds the 4th of the month or year.
		return fmtWeek(t.AddDate(0, 0, 3+7*int(edge-2))), true
	}
	return fmtDate(t), true
}

// sentenceDateEN gives the year of an English month without one (match k)
// that follows a month with its year, from a year before the time of
// writing, in the same sentence: "he was elected in November 2020 and took
// office in January" is January 2021, the one nearest the month told.
func (r *resolver) sentenceDateEN(k int, e expr) (int, match, bool) {
	if r.p.de || r.narrative || !r.doc.ok() || e.month == 0 || e.hasYear || e.dir != 0 || e.anchor != aNone || e.weekday > 0 {
		return 0, match{}, false
	}
	// "who were invited in July 1997, will join on March 12": a clause
	// that looks ahead is not the story told; after a month of a year
	// ahead ("the first is due in April 1989, the others in May and
	// June") it is the same plan.
	ahead := r.tense(k) == tenseFuture
	for j := k - 1; j >= 0; j-- {
		m := r.ms[j]
		for t := m.j; t <= r.ms[k].i && t < len(r.starts); t++ {
			if r.starts[t] {
				return 0, match{}, false
			}
		}
		if !m.e.hasYear || m.e.month == 0 || m.e.year == r.doc.y || m.e.year < r.doc.y && ahead || m.e.typ != "DATE" {
			continue
		}
		if m.e.year > r.doc.y && (e.day > 0 || m.e.day > 0) {
			// A day of a year ahead is a maturity or a deadline ("notes
			// due August 1, 1997 on April 6"), not the month of a plan.
			continue
		}
		aside := false
		for t := m.j; t < r.ms[k].i; t++ {
			aside = aside || r.p.punct(t, ")")
		}
		if aside {
			continue // "(December 1978 equals 100) after a rise in January"
		}
		told := m.e.year*12 + m.e.month
		best, bestD := 0, 1<<30
		for y := m.e.year - 1; y <= m.e.year+1; y++ {
			d := y*12 + e.month - told
			if d < 0 {
				d = -d
			}
			if d < bestD {
				best, bestD = y, d
			}
		}
		return best, m, true
	}
	return 0, match{}, false
}

// scheduleLine tells whether English match k, a month or a day of a month
// without a year, begins a line: an item of a schedule, fixture list or
// itinerary ("May 14 Practice at Lord's") when no tense cue follows.
func (r *resolver) scheduleLine(k int) bool {
	m := &r.ms[k]
	e := &m.e
	return r.p.toks[m.i].newline && !r.p.de && !r.narrative && e.month > 0 && !e.hasYear && e.dir == 0 && e.anchor == aNone && e.weekday == 0 && e.fixed == ""
}

// noteSchedule remembers what resolving match k to v tells later schedule
// lines: the day a year was given to ("starting on May 13 next year"),
// and the date of a line that begins with one. A line that begins with
// another kind of expression ends the schedule.
func (r *resolver) noteSchedule(k int, v string) {
	m := &r.ms[k]
	line := r.p.toks[m.i].newline
	if m.e.month == 0 {
		if line {
			r.schedule = anchor{}
		}
		return
	}
	given := m.e.day > 0 && (m.e.hasYear || m.e.anchor != aNone || strings.Contains(m.e.rule, "relative-year"))
	if !line && !given {
		return
	}
	a, ok := parseMonth(v)
	switch {
	case !ok:
		if line {
			r.schedule = anchor{}
		}
		return
	case given && a.y != r.doc.y:
		r.yearDays = append(r.yearDays, a)
	}
	switch {
	case r.scheduleLine(k):
		r.schedule = a
	case line:
		r.schedule = anchor{}
	}
}

// scheduleYear gives the year of a schedule line (scheduleLine) with no
// tense cue: that of the line before, or the next one when the month goes
// back ("Dec 28 …", "Jan 4 …"); the first line takes the year the text
// gave the same day ("starting on May 13 next year" … "May 13 Arrive in
// London").
func (r *resolver) scheduleYear(k int, e expr) (int, bool) {
	if !r.scheduleLine(k) || !r.schedule.ok() && len(r.yearDays) == 0 || r.tense(k) != tenseNone {
		return 0, false
	}
	if s := r.schedule; s.ok() {
		if e.month < s.m {
			return s.y + 1, true
		}
		return s.y, true
	}
	for i := len(r.yearDays) - 1; i >= 0; i-- {
		if d := r.yearDays[i]; d.m == e.month && d.d == e.day {
			return d.y, true
		}
	}
	return 0, false
}

// isWeekValue tells whether v is an ISO week, "2024-W19".
func isWeekValue(v string) bool {
	return len(v) == 8 && v[4] == '-' && v[5] == 'W' && v[6] >= '0' && v[6] <= '9' && v[7] >= '0' && v[7] <= '9'
}

// fiscalEnd tells whether match k, a day without a year, is the end of the
// fiscal year told right before it: "fiscal 1988, ending January 31",
// "fiscal 1987 ended June 30".
func (r *resolver) fiscalEnd(k int) bool {
	if k == 0 {
		return false
	}
	prev := r.ms[k-1].e
	if prev.rule != "fiscal-year" && prev.rule != "the-year-n" || !prev.hasYear {
		return false
	}
	p := r.p
	q := r.ms[k-1].j
	if p.punct(q, ",") {
		q++
	}
	if p.is(q, "which", "that") {
		q++
	}
	return p.is(q, "ending", "ended", "ends", "end") && q+1 == r.ms[k].i
}

// quarterBefore tells whether the match before k, in the same sentence, is
// a quarter resolved to a value ("1987-Q1").
func (r *resolver) quarterBefore(k int) bool {
	if k == 0 || r.lastK != k-1 || r.ms[k-1].e.quarter == 0 || len(r.last) != 7 || r.last[4:6] != "-Q" {
		return false
	}
	for q := r.ms[k].i; q > r.ms[k-1].j; q-- {
		if r.starts[q] {
			return false
		}
	}
	return true
}

// quarterYearBefore returns the year of a quarter resolved just before
// match k in its sentence ("in the quarter and … for the year").
func (r *resolver) quarterYearBefore(k int) (int, bool) {
	if k == 0 || r.lastK != k-1 || len(r.last) != 7 || r.last[4:6] != "-Q" {
		return 0, false
	}
	if lo, _ := r.sentenceOf(k); r.ms[k-1].i < lo {
		return 0, false
	}
	y, err := strconv.Atoi(r.last[:4])
	return y, err == nil
}

// splitYearRange reads a range of months across the turn of a year next
// to the split year it spans ("the April/February period of 1986/87",
// "the current 1986/87 October-September season", "the July-June crop
// year 2023/24"): the first month is in the first year, the second in
// the next. It returns the year of month k, a month of such a range.
func (r *resolver) splitYearRange(k int) (int, bool) {
	p := r.p
	joined := func(a, b int) bool {
		ea, eb := r.ms[a].e, r.ms[b].e
		return ea.month > 0 && eb.month > 0 && ea.day == 0 && eb.day == 0 && !ea.hasYear && !eb.hasYear &&
			r.ms[b].i == r.ms[a].j+1 && (p.punct(r.ms[a].j, "/") || p.punct(r.ms[a].j, "-") || p.punct(r.ms[a].j, "–")) &&
			eb.month < ea.month
	}
	first := -1
	switch {
	case k+1 < len(r.ms) && joined(k, k+1):
		first = k
	case k > 0 && joined(k-1, k):
		first = k - 1
	default:
		return 0, false
	}
	split := func(x int) (int, bool) {
		if x < 0 || x+1 >= len(r.ms) {
			return 0, false
		}
		a, b := r.ms[x].e, r.ms[x+1].e
		if !a.hasYear || a.month > 0 || !b.hasYear || b.month > 0 || b.year != a.year+1 || r.ms[x+1].i != r.ms[x].j+1 || !p.punct(r.ms[x].j, "/") {
			return 0, false
		}
		return a.year, true
	}
	y, ok := 0, false
	if x := first + 2; x < len(r.ms) && r.ms[x].i <= r.ms[first+1].j+3 {
		y, ok = split(x)
	}
	if !ok && first >= 2 && r.ms[first-1].j >= r.ms[first].i-2 {
		y, ok = split(first - 2)
	}
	if !ok {
		return 0, false
	}
	if k == first {
		return y, true
	}
	return y + 1, true
}

// sinceClause tells whether "since" before match k opens a clause of
// which the time is the subject ("since Easter falls late in April this
// year": because), not a period that runs from the time ("the policy
// since December has been").
func (r *resolver) sinceClause(k int) bool {
	p := r.p
	j := r.ms[k].j
	if p.de || j >= p.n() || p.toks[j].kind != tWord || p.toks[j].upper {
		return false
	}
	w := p.word(j)
	if p.is(j, "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may", "might") {
		// "the policy since December has been based on": the main verb
		// of a subject the time qualifies.
		return false
	}
	return r.cueEN(j) != tensePast && strings.HasSuffix(w, "s") && !enPrepositions[w] && !strings.HasSuffix(w, "ss") && w != "as" && w != "his" && w != "its" && w != "this"
}

// periodEndYear gives the year of a day without one that ends a quarter
// or year of a year the text names, resolved right before it ("last
// year's first quarter ended May Three", "fiscal 1986 ended June 30"): the
// day within six months of that period. A quarter whose year is only
// guessed from the time of writing ("the second quarter ended January
// 31") leaves the day to its own reading.
func (r *resolver) periodEndYear(k int) (int, bool) {
	p := r.p
	m := r.ms[k]
	if p.de || k == 0 || r.lastK != k-1 || m.e.month == 0 || m.e.day == 0 || m.e.hasYear || r.ms[k-1].j != m.i-1 || !p.is(m.i-1, "ended", "ending", "ends") {
		return 0, false
	}
	if pe := r.ms[k-1].e; !pe.hasYear && (pe.anchor == aNone || pe.u != uYear) {
		return 0, false
	}
	v := r.last
	if len(v) < 4 {
		return 0, false
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return 0, false
	}
	first, last := 1, 12
	switch {
	case len(v) == 4:
	case len(v) == 7 && v[4:6] == "-Q" && v[6] >= '1' && v[6] <= '4':
		first = (int(v[6]-'0')-1)*3 + 1
		last = first + 2
	default:
		return 0, false
	}
	// Months from the period's first month to the day, in each year.
	for _, c := range []int{y, y + 1, y - 1} {
		d := (c-y)*12 + m.e.month
		if d >= first-6 && d <= last+6 {
			return c, true
		}
	}
	return 0, false
}

// monthYearsAgo gives the year of a month or day told right before years
// counted back ("684.3 mln in February a year ago", "on March 3 two years
// ago"): the year that many years before the time of writing.
func (r *resolver) monthYearsAgo(k int) (int, bool) {
	if r.p.de || k+1 >= len(r.ms) || !r.doc.ok() || r.narrative {
		return 0, false
	}
	m, n := r.ms[k], r.ms[k+1]
	if m.e.month == 0 || m.e.hasYear || n.i != m.j || n.e.rule != "ago" || n.e.u != uYear || n.e.offX || n.e.mod != "" {
		return 0, false
	}
	return r.doc.y + n.e.off, true
}
