package timex

import (
	"strings"
	"sync"

	"github.com/dossier-news/dossier"
)

// Tagger finds and normalises temporal expressions. It holds only tables
// that never change after New, so one Tagger serves any number of
// goroutines.
type Tagger struct {
	pool sync.Pool // *scratch, reused buffers
}

type scratch struct {
	toks   []token
	starts []bool
	ms     []match
	p      parser // the document's parser, kept: it holds a rule result slot
}

// New returns a Tagger. The rules are Go code and the word lists are built at
// package initialisation, so New does not fail today; the error is kept for
// rule sets loaded from data later.
func New() (*Tagger, error) {
	t := &Tagger{}
	t.pool.New = func() any { return &scratch{} }
	return t, nil
}

// Annotate finds the temporal expressions of one document and resolves them.
// text is the whole document (NFC); lang is "en" or "de" (anything else is
// read as English); dct is the document creation time as "YYYY-MM-DD" (a
// longer RFC 3339 value is cut to its date) or "" when unknown. Spans are
// UTF-8 byte offsets into text.
//
// Relative expressions are resolved against the DCT. Without one, they are
// resolved against an unambiguous date in the text (a dateline near the top,
// else the date the text last mentioned); when there is none the value stays
// underspecified (XXXX-04). The ingest date is never used.
func (t *Tagger) Annotate(text, lang, dct string) []dossier.TimeValue {
	s := t.pool.Get().(*scratch)
	defer func() {
		clear(s.toks) // do not keep the document's text alive in the pool
		s.toks = s.toks[:0]
		clear(s.ms)
		s.ms = s.ms[:0]
		s.p = parser{}
		t.pool.Put(s)
	}()
	s.toks = tokenize(text, s.toks)
	if lang != "de" {
		abbreviateUnits(s.toks)
	}
	s.starts = sentenceStarts(text, s.toks, s.starts, lang == "de")
	s.p = parser{toks: s.toks, lang: lang, de: lang == "de"}
	p := &s.p
	ms := p.findAll(s.ms[:0])
	s.ms = ms
	if len(ms) == 0 {
		return nil
	}
	r := newResolver(p, s.starts, ms, dct)
	out := make([]dossier.TimeValue, 0, len(ms))
	clockAt := -1 // index in out of a bare clock time just before, or -1
	for k := range ms {
		m := &ms[k]
		v := r.resolve(k)
		if v.Value == "" {
			clockAt = -1
			continue
		}
		if clockAt >= 0 && p.clockDay(ms[k-1].j, m.i) {
			// "at 3 p.m. local time on Sunday": the clock is on the day
			// named after it, not on the day told before.
			dayOn(&out[clockAt], v)
		}
		if k > 0 && len(out) > 0 && ms[k-1].e.rule == "ordinal-run" && m.i == ms[k-1].j+1 && p.is(m.i-1, "in") && out[len(out)-1].End == s.toks[ms[k-1].j-1].end &&
			len(v.Value) == len(out[len(out)-1].Value) && !strings.ContainsRune(v.Value, 'X') && m.e.mod == "" {
			// "rose for the ninth successive month in December": the run
			// ends in the period named, not at the time of writing.
			out[len(out)-1].Value = v.Value
			out[len(out)-1].Anchor = "text " + v.Value
		}
		clockAt = -1
		if e := m.e; e.clock && e.day == 0 && e.weekday == 0 && e.month == 0 {
			clockAt = len(out)
		}
		start, end := s.toks[m.i].start, s.toks[m.j-1].end
		if m.e.rule == "de-after-n" && v.Type == "DURATION" {
			// A length leaves its preposition out: "nach [zwei Tagen]".
			start = s.toks[m.i+1].start
		}
		if !p.de && m.i > 0 && p.is(m.i-1, "around") && !enAroundVerbs[p.word(m.i-2)] && !p.punct(m.j, "'") && !p.punct(m.j, "’") &&
			(v.Type == "DATE" || v.Type == "TIME") && v.Mod == "" && !strings.HasSuffix(v.Value, "_REF") && (len(out) == 0 || out[len(out)-1].End <= s.toks[m.i-1].start) {
			// "around Nov. 1", "around 7:15 p.m.": TimeML takes the
			// hedge into the expression as mod APPROX; not "get around
			// Wednesday's ruling".
			start = s.toks[m.i-1].start
			v.Mod = "APPROX"
		}
		v.Span = dossier.Span{Start: start, End: end}
		v.Text = text[start:end]
		out = append(out, v)
	}
	return out
}

// enAroundVerbs take "around" as a particle: "get around", "turn around".
var enAroundVerbs = map[string]bool{
	"get": true, "gets": true, "got": true, "getting": true, "turn": true, "turned": true, "turns": true,
	"work": true, "worked": true, "works": true, "come": true, "came": true, "comes": true, "go": true,
	"went": true, "way": true, "ways": true, "run": true, "ran": true, "runs": true, "poking": true, "looking": true,
}

// clockDay tells whether the tokens [i, j) between a clock time and the
// next expression only join them: "3 p.m. local time on Sunday", "noon on
// March 4", "noon today"; "9 a.m. (1400 GMT) Tuesday" is left to the
// clock rules.
func (p *parser) clockDay(i, j int) bool {
	if j-i > 4 {
		return false
	}
	if j == i && !p.de && p.is(j, "today", "yesterday", "tomorrow") {
		// "at noon today", "midnight yesterday": the day right after.
		return true
	}
	on := false
	for q := i; q < j; q++ {
		switch {
		case p.is(q, "on"):
			on = true
		case p.is(q, "local", "time", "hrs", "gmt", "utc", "et", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet"):
		default:
			return false
		}
	}
	return on
}

// dayOn moves a clock value onto the day of v when v names a full date.
func dayOn(c *dossier.TimeValue, v dossier.TimeValue) {
	if len(v.Value) != 10 || v.Value[4] != '-' || v.Value[7] != '-' || strings.ContainsRune(v.Value, 'X') {
		return
	}
	t := strings.IndexByte(c.Value, 'T')
	if t < 0 {
		return
	}
	c.Value = v.Value + c.Value[t:]
	c.Anchor = "text " + v.Value
}

// findAll scans the tokens left to right, taking the longest expression at
// each position, and appends the matches to ms (a match is a few hundred
// bytes: Annotate hands in the last document's slice).
func (p *parser) findAll(ms []match) []match {
	var g gate
	for i := 0; i < p.n(); {
		if !p.mayStart(i) || !g.open(p, i) {
			i++
			continue
		}
		m, ok := p.parseAt(i)
		if !ok {
			i++
			continue
		}
		ms = append(ms, m)
		i = m.j
	}
	return ms
}

// gateWindow is how far after a weak start (weakStarts) a time word must
// come for the rules to be tried there.
const gateWindow = 6

// gate tells findAll whether the rules need trying at a start word. Most
// start words are articles and prepositions ("the", "in", "die", "am"),
// the commonest words of a text, and begin an expression only when a time
// word follows them closely ("the past week", "in Zukunft", "am Montag"):
// where none does, parseAt, which tries every rule, is skipped. It scans
// forward from weak starts only, each token once.
type gate struct {
	scanned int // tokens before scanned were tested
	next    int // the first time word at or after the last weak start's, or -1
}

// open reports whether the rules must be tried at start word i.
func (g *gate) open(p *parser, i int) bool {
	t := &p.toks[i]
	if t.kind != tWord || !weakStarts.has(t.low) {
		return true
	}
	if g.next <= i {
		g.next = -1
		k := max(g.scanned, i+1)
		for ; k < p.n() && k <= i+gateWindow; k++ {
			if p.carriesTime(k) {
				g.next = k
				break
			}
		}
		g.scanned = k
	}
	return g.next > i && g.next <= i+gateWindow
}

// carriesTime tells whether token i can carry the time of an expression that
// a weak start begins: a number, an apostrophe ('90s), a start word that
// is not weak, or a word of contentWords.
func (p *parser) carriesTime(i int) bool {
	t := &p.toks[i]
	switch t.kind {
	case tNum:
		return true
	case tPunct:
		return p.mayStart(i)
	}
	if weakStarts.has(t.low) {
		return false
	}
	return p.mayStart(i) || contentWords.has(t.low)
}

// wordSet is a set of lower-cased words.
type wordSet map[string]struct{}

func newWordSet(words string) wordSet {
	s := wordSet{}
	for _, w := range strings.Fields(words) {
		s[w] = struct{}{}
	}
	return s
}

func (s wordSet) has(w string) bool {
	_, ok := s[w]
	return ok
}

// weakStarts are start words that are no time expression alone and begin
// one only before a time word (carriesTime): articles, prepositions and
// quantifiers, the commonest start words by far.
var weakStarts = newWordSet(`the a an in at that new about over up more less under per
	around approximately roughly nearly almost some several few many numerous couple
	die der das den im dem ein des eine einer einem eines einen nach an am vor über mehr gegen bis
	diese dieser zur zum unter alle gut fast rund etwa knapp ungefähr circa ca mindestens wenigstens weniger
	mehrere etliche zahlreiche einige wenige paar`)

// contentWords carry the time of an expression that begins with a weak
// start but are no start words themselves: "in Zukunft", "vor kurzem",
// "in der Folge", "at present", "the near term", "the time being".
var contentWords = newWordSet(`zukunft hinkunft kurzem kürze folge zeit present term period time`)

// mayStart is a cheap test that token i can begin an expression: a number,
// or a word some rule starts with.
func (p *parser) mayStart(i int) bool {
	t := &p.toks[i]
	switch t.kind {
	case tNum:
		return true
	case tPunct:
		return t.text == "'" || t.text == "’"
	}
	if startFilter.mayHave(t.low) {
		if _, ok := startWords[t.low]; ok {
			return true
		}
	}
	if t.low == "as" && p.is(i+1, "soon") { // "as soon as possible"
		return true
	}
	if p.de {
		if germanNumberFilter.mayHave(t.low) {
			if _, ok := germanNumber(t.low); ok {
				return true
			}
		}
		if strings.HasSuffix(t.low, "einhalb") {
			return true // "zweieinhalb Jahre"
		}
		if strings.Contains(t.low, "ig") {
			for _, a := range germanAdjUnits {
				if len(t.low) > len(a.stem) && strings.Contains(t.low, a.stem) {
					return true
				}
			}
		}
		if len(t.low) > 3 && (t.low[:3] == "vor" || len(t.low) > 5 && t.low[:5] == "folge") {
			return true
		}
	}
	return false
}

// startWords is every word a rule may begin with.
var startWords = func() map[string]struct{} {
	m := map[string]struct{}{}
	add := func(ws ...string) {
		for _, w := range ws {
			m[w] = struct{}{}
		}
	}
	for w := range monthWords {
		add(w)
	}
	for w := range weekdayWords {
		add(w)
	}
	for w := range seasonWords {
		add(w)
	}
	for w := range numberWords {
		add(w)
	}
	for w := range ordinalWords {
		add(w)
	}
	for w := range unitWords {
		add(w)
	}
	for name := range holidays {
		w, _, _ := strings.Cut(name, " ")
		w, _, _ = strings.Cut(w, "'")
		add(w)
	}
	add("nineteen", "eighteen", "past", "year", "weekend", "weekdays", "werktags", "wochentags", "comparable", "fy", "yearlong", "weeklong", "monthlong", "daylong", "hourlong", "decadelong", "gegen", "jahresende", "jahresendes", "jahresbeginn", "jahresbeginns", "jahresanfang", "jahresanfangs", "jahresmitte",
		"monatsende", "monatsendes", "monatsbeginn", "monatsanfang", "monatsmitte", "tag", "beiden", "beide", "am", "vom", "zum",
		"jahrhundertwende", "jahrtausendwende", "turn", "laufe", "lauf", "schlussquartal", "schlussquartals", "jahreswechsel", "jahreswechsels", "jahreswende")
	for w := range dePartOfDayNouns {
		add(w)
	}
	for w := range partOfDay {
		add(w)
	}
	for w := range decadeWords {
		add(w)
	}
	for w := range enRel {
		add(w)
	}
	for s := range deRelStems {
		for _, suf := range []string{"e", "en", "er", "es", "em"} {
			add(s + suf)
		}
	}
	for s := range germanOrdinalStems {
		for _, suf := range []string{"e", "en", "er", "es", "em"} {
			add(s + suf)
		}
	}
	add("the", "a", "an", "several", "few", "many", "some", "couple", "half", "numerous", "about", "around", "approximately", "roughly", "nearly", "almost", "more", "over", "less", "under", "at", "up",
		"early", "earlier", "late", "later", "mid", "middle", "end", "close", "beginning", "start", "turn", "outset",
		"today", "yesterday", "tomorrow", "tonight", "overnight", "now", "currently", "presently", "nowadays", "current", "recently", "lately", "previously", "formerly", "soon", "someday", "shortly", "future", "these", "recent", "then", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
		"daily", "weekly", "monthly", "yearly", "annually", "quarterly", "semi", "semiannually", "biweekly", "fortnightly", "bimonthly", "hourly", "nightly", "every", "each", "once", "twice", "per", "noon", "midday", "midnight", "fiscal", "financial", "q", "h", "past", "first", "final",
		"darauf", "anfang", "anfangs", "beginn", "beginns", "mitte", "ende", "endes", "ausgang", "frühen", "frühe", "früher", "späten", "späte", "später",
		"heute", "heutigen", "heutige", "gestern", "gestrigen", "morgen", "übermorgen", "vorgestern", "jetzt", "derzeit", "zurzeit", "gegenwärtig", "momentan", "heutzutage", "aktuell", "nun", "zur",
		"kürzlich", "jüngst", "zuletzt", "unlängst", "neulich", "zuvor", "vorher", "zwischenzeitlich", "vor", "nach", "in", "binnen", "innerhalb", "kurz", "wenig", "kurze", "einige", "wenige", "bald", "künftig", "zukünftig", "demnächst", "fortan", "folgezeit",
		"täglich", "wöchentlich", "monatlich", "jährlich", "alljährlich", "stündlich", "vierteljährlich", "jeden", "jede", "jedes", "jedem", "alle", "einmal", "zweimal", "dreimal", "viermal", "pro",
		"mittag", "mitternacht", "dieses", "diesem", "jenem", "jenes", "das", "im", "dem", "des", "den", "der", "die", "etwa", "rund", "ungefähr", "circa", "ca", "knapp", "fast", "gut", "mehr", "über", "weniger", "unter", "mindestens", "wenigstens", "bis",
		"mehrere", "etliche", "zahlreiche", "einigen", "mehreren", "wenigen", "etlichen", "zahlreichen", "vielen", "viele", "paar", "anderthalb", "eineinhalb", "halbes", "halben",
		"jahrelang", "monatelang", "wochenlang", "tagelang", "stundenlang", "jahrzehntelang", "jahrhundertelang", "jahrelangen", "monatelangen", "wochenlangen", "tagelangen", "jahrelange", "monatelange", "wochenlange", "tagelange",
		"sonntags", "montags", "dienstags", "mittwochs", "donnerstags", "freitags", "samstags", "täglichen", "tägliche", "jährlichen", "jährliche", "monatlichen", "monatliche", "wöchentlichen", "wöchentliche",
		"heuer", "morgigen", "morgige", "gestrige", "quartalsmäßig", "quartalsmäßige", "quartalsmäßigen", "quartalsweise", "vierteljahrhundert", "halbjährlich", "halbjährliche", "halbjährlichen")
	return m
}()

// abbreviateUnits gives the unit abbreviations of English business wires
// ("4TH QTR NET", "12 mths") the lower-case form of their full word, so every
// rule reads them; the text is kept.
func abbreviateUnits(toks []token) {
	for k := range toks {
		t := &toks[k]
		if t.kind != tWord || len(t.low) < 2 || len(t.low) > 4 {
			continue
		}
		switch t.low {
		case "qtr":
			t.low = "quarter"
		case "qtrs":
			t.low = "quarters"
		case "mth":
			t.low = "month"
		case "mths", "mos":
			t.low = "months"
		case "yr":
			t.low = "year"
		case "yrs":
			t.low = "years"
		}
	}
}
