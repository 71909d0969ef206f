package timex

import "strings"

// parser reads the tokens of one document. It holds no state between
// documents; the Tagger makes one per call.
type parser struct {
	toks []token
	lang string // "en" or "de"
	de   bool
	res  expr // where a rule's result is (ret)
}

func (p *parser) n() int { return len(p.toks) }

// low returns the lower-cased text of token i, or "" out of range.
func (p *parser) low(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].low
}

func (p *parser) word(i int) string {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return ""
	}
	return p.toks[i].low
}

func (p *parser) is(i int, ws ...string) bool {
	l := p.low(i)
	if l == "" {
		return false
	}
	for _, w := range ws {
		if l == w {
			return true
		}
	}
	return false
}

// punct tells whether token i is the punctuation s.
func (p *parser) punct(i int, s string) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tPunct && p.toks[i].text == s
}

// tight tells whether token i follows token i-1 without space.
func (p *parser) tight(i int) bool {
	return i > 0 && i < len(p.toks) && !p.toks[i].space
}

func (p *parser) isNum(i int) bool { return i >= 0 && i < len(p.toks) && p.toks[i].kind == tNum }

func (p *parser) digits(i int) int { return len(p.toks[i].text) }

// hyphen tells whether token i is a hyphen or dash joining words.
func (p *parser) hyphen(i int) bool {
	return p.punct(i, "-") || p.punct(i, "‐") || p.punct(i, "‑")
}

func (p *parser) dash(i int) bool {
	return p.hyphen(i) || p.punct(i, "–") || p.punct(i, "—")
}

// dayNum reads a day of the month (1..31) at i, as digits (with an English
// ordinal suffix "9th" or a German ordinal dot handled by the caller).
func (p *parser) dayNum(i int) (j, d int, ok bool) {
	if !p.isNum(i) || p.digits(i) > 2 {
		return i, 0, false
	}
	d = p.toks[i].num
	if d < 1 || d > 31 {
		return i, 0, false
	}
	j = i + 1
	if !p.de && p.tight(j) && p.is(j, "st", "nd", "rd", "th") {
		j++
	}
	return j, d, true
}

// dayWords reads an English day of the month in words after the month
// that starts at token month, as transcripts, spoken styles and wire copy
// of the 1980s write it: "April Three", "March Twenty-First", "June
// twenty-first", "payable April one to holders of record". A lower-case
// ordinal must end its phrase ("in March third place went to" is no day),
// and so must a lower-case cardinal, which also needs a month that is not
// the object of "in" or "during" ("in May one analyst said", "in March two
// pct" are no days).
func (p *parser) dayWords(month, i int) (j, d int, ok bool) {
	if p.de || i >= p.n() || p.toks[i].kind != tWord {
		return i, 0, false
	}
	upper := p.toks[i].upper
	w := p.toks[i].low
	j = i + 1
	ordinal := false
	if n, isOrd := ordinalWords[w]; isOrd {
		d, ordinal = n, true
	} else if n, isNum := numberWords[w]; isNum && !isGermanOnly(w) {
		d = n
	} else {
		return i, 0, false
	}
	if d == 20 || d == 30 {
		// "Twenty-One", "twenty-first", "Thirty First"
		k := j
		if p.hyphen(k) && p.tight(k) {
			k++
		}
		if n, isOrd := ordinalWords[p.word(k)]; isOrd && n < 10 {
			d, ordinal, j = d+n, true, k+1
		} else if n, isNum := numberWords[p.word(k)]; isNum && n < 10 && !isGermanOnly(p.word(k)) && !ordinal {
			d, j = d+n, k+1
		}
	}
	if d < 1 || d > 31 || p.hyphen(j) {
		return i, 0, false
	}
	if !upper && !ordinal && (p.is(month-1, "in", "during") || !p.endsDayPhrase(j, d)) {
		return i, 0, false
	}
	if !upper && ordinal && j < p.n() && p.toks[j].kind == tWord && !enPrepositions[p.word(j)] && !p.is(j, "and", "or", "but", "when", "this", "last", "next") {
		return i, 0, false
	}
	return j, d, true
}

// endsDayPhrase tells whether a lower-case cardinal day d in words ends its
// phrase before token j: at punctuation, a line break, a year or the end, or
// before a preposition, conjunction or determiner ("April one to holders",
// "March nine that the drilling", "May one an additional"); before a
// noun it counts the noun ("May two companies"), and "one of" is one of
// several.
func (p *parser) endsDayPhrase(j, d int) bool {
	if j >= p.n() || p.toks[j].kind == tPunct || p.toks[j].newline {
		return true
	}
	if p.isNum(j) && p.digits(j) == 4 && p.toks[j].num >= 1800 && p.toks[j].num <= 2199 && (j+1 >= p.n() || !p.punct(j+1, "-") && !p.punct(j+1, ",") || !p.tight(j+1)) {
		return true // "until September one 1989": its year follows
	}
	if p.toks[j].kind != tWord || d == 1 && p.is(j, "of") {
		return false
	}
	w := p.word(j)
	return enPrepositions[w] || enDeterminers[w] || p.is(j, "and", "or", "but", "that", "when", "as", "will", "instead", "starting")
}

// yearNum reads a four-digit year (1000..2199) at i, or a year followed by
// an era marker ("490 v. Chr.", "264 BC"). It returns the year as a signed
// number (negative before the common era).
func (p *parser) yearNum(i int) (j, y int, ok bool) {
	if !p.isNum(i) {
		return i, 0, false
	}
	t := p.toks[i]
	if !t.space && i > 0 && (p.toks[i-1].kind == tNum || p.toks[i-1].kind == tWord) {
		return i, 0, false
	}
	y = t.num
	j = i + 1
	// Thousands separators: "10.000", "1,500" are quantities.
	if (p.punct(j, ".") || p.punct(j, ",")) && p.tight(j) && p.isNum(j+1) && p.tight(j+1) && p.digits(j+1) == 3 {
		return i, 0, false
	}
	if k, bc := p.era(j); k > j {
		if len(t.text) > 4 || y == 0 {
			return i, 0, false
		}
		if bc {
			y = -y
		}
		return k, y, true
	}
	if len(t.text) != 4 || y < 1000 || y > 2199 {
		return i, 0, false
	}
	return j, y, true
}

// era reads "v. Chr.", "n. Chr.", "BC", "AD", "B.C.", "vor Christus" at i.
func (p *parser) era(i int) (j int, bc bool) {
	switch {
	case p.is(i, "v", "n") && p.punct(i+1, ".") && p.is(i+2, "chr") && p.punct(i+3, "."):
		return i + 4, p.is(i, "v")
	case p.is(i, "vor", "nach") && p.is(i+1, "christus"):
		return i + 2, p.is(i, "vor")
	case p.toks != nil && i < p.n() && (p.toks[i].text == "BC" || p.toks[i].text == "BCE"):
		return i + 1, true
	case i < p.n() && (p.toks[i].text == "AD" || p.toks[i].text == "CE"):
		return i + 1, false
	case i < p.n() && p.toks[i].text == "B" && p.punct(i+1, ".") && i+2 < p.n() && p.toks[i+2].text == "C" && p.punct(i+3, "."):
		return i + 4, true
	}
	return i, false
}

// monthAt reads a month name at i (with an abbreviation dot).
func (p *parser) monthAt(i int) (j, m int, ok bool) {
	w := p.word(i)
	if w == "" {
		return i, 0, false
	}
	m, ok = monthWords[w]
	if !ok {
		return i, 0, false
	}
	// German never writes "may" or "march"; English never writes "mai".
	if p.de && (w == "may" || w == "march" || w == "mar" || w == "june" || w == "july" || w == "january" || w == "february" || w == "october" || w == "december") {
		return i, 0, false
	}
	if !p.de && (w == "mai" || w == "juni" || w == "juli" || w == "januar" || w == "februar" || w == "oktober" || w == "dezember" || w == "märz" || w == "mais") {
		return i, 0, false
	}
	j = i + 1
	if len(w) <= 4 && w != "june" && w != "july" && w != "juni" && w != "juli" && w != "mai" && w != "märz" && w != "may" {
		// An abbreviation: needs its dot, or stands in a date.
		if p.punct(j, ".") && p.tight(j) {
			j++
		} else if !p.isNum(j) && !p.slashedMonth(i) && !p.deliveryMonth(i, j) {
			return i, 0, false
		}
	}
	// "Mai-Majewski": part of a name.
	if p.hyphen(j) && p.tight(j) && j+1 < p.n() && p.tight(j+1) && p.toks[j+1].upper {
		if _, isMonth := monthWords[p.word(j+1)]; !isMonth {
			return i, 0, false
		}
	}
	// Lower-case month names are rare; "may", "march" lower-case are words.
	if !p.toks[i].upper && (ambiguousMonths[w] || p.de) {
		return i, 0, false
	}
	return j, m, true
}

// hyphenFraction reads a proper fraction joined to a whole number by a
// hyphen, "-1/2" in "2-1/2", at j (the hyphen), with no space anywhere.
func (p *parser) hyphenFraction(j int) (float64, bool) {
	if !p.tight(j) || !p.hyphen(j) || !p.isNum(j+1) || !p.tight(j+1) || !p.punct(j+2, "/") || !p.tight(j+2) || !p.isNum(j+3) || !p.tight(j+3) {
		return 0, false
	}
	num, den := p.toks[j+1].num, p.toks[j+3].num
	if den == 0 || num >= den {
		return 0, false
	}
	return float64(num) / float64(den), true
}

// cardinal reads a count: digits, number words, "a"/"an"/"ein…", fractions
// and vague counts ("several", "mehrere"), which set x.
func (p *parser) cardinal(i int) (j int, n float64, x bool, ok bool) {
	if i >= p.n() {
		return i, 0, false, false
	}
	t := p.toks[i]
	if t.kind == tNum {
		if len(t.text) > 6 {
			return i, 0, false, false
		}
		j = i + 1
		if (p.punct(j, ".") || p.punct(j, ",")) && p.tight(j) && p.isNum(j+1) && p.tight(j+1) {
			if p.digits(j+1) == 3 {
				return i, 0, false, false // a thousands group: not a small count
			}
			if p.punct(j, ",") && p.de || p.punct(j, ".") && !p.de {
				// a decimal: 1.5 years, 1,5 Jahre
				frac := float64(p.toks[j+1].num)
				for k := 0; k < p.digits(j+1); k++ {
					frac /= 10
				}
				return j + 2, float64(t.num) + frac, false, true
			}
		}
		n = float64(t.num)
		// "5 1/2"
		if p.isNum(j) && p.punct(j+1, "/") && p.isNum(j+2) && p.toks[j+2].num > 0 && p.toks[j].num < p.toks[j+2].num {
			n += float64(p.toks[j].num) / float64(p.toks[j+2].num)
			j += 3
		} else if j < len(p.toks) && !p.toks[j].space && p.toks[j].kind == tPunct {
			if f, ok := p.hyphenFraction(j); ok {
				// "2-1/2 years": wire copy joins the fraction with a hyphen.
				n += f
				j += 4
			}
		}
		return j, n, false, true
	}
	if t.kind != tWord {
		return i, 0, false, false
	}
	w := t.low
	switch w {
	case "a", "an":
		if p.de {
			return i, 0, false, false
		}
		if p.is(i+1, "couple") {
			j = i + 2
			if p.is(j, "of") {
				j++
			}
			return j, 2, false, true
		}
		if p.is(i+1, "few") {
			return i + 2, 0, true, true
		}
		if p.is(i+1, "half") {
			return i + 2, 0.5, false, true
		}
		return i + 1, 1, false, true
	case "several", "few", "many", "some", "numerous", "mehrere", "einige", "wenige", "etliche", "zahlreiche", "einigen", "mehreren", "wenigen", "etlichen", "zahlreichen", "vielen", "viele":
		return i + 1, 0, true, true
	case "couple":
		j = i + 1
		if p.is(j, "of") {
			j++
		}
		return j, 2, false, true
	case "paar":
		return i + 1, 0, true, true
	case "half":
		if p.is(i+1, "a", "an") {
			return i + 2, 0.5, false, true
		}
		return i + 1, 0.5, false, true
	case "anderthalb", "eineinhalb":
		return i + 1, 1.5, false, true
	case "halbes", "halben", "halbe":
		return i + 1, 0.5, false, true
	}
	if p.de {
		if w == "beiden" || w == "beide" {
			return i + 1, 2, false, true
		}
		if w == "ein" || w == "eine" || w == "einen" || w == "einem" || w == "einer" || w == "eines" {
			if p.is(i+1, "halbes", "halben", "halbe") {
				return i + 2, 0.5, false, true
			}
			if p.is(i+1, "dreiviertel", "viertel") {
				// "vor einem dreiviertel Jahr", "ein viertel Jahr"
				if p.is(i+1, "viertel") {
					return i + 2, 0.25, false, true
				}
				return i + 2, 0.75, false, true
			}
			if p.is(i+1, "paar") {
				return i + 2, 0, true, true
			}
		}
		if v, ok := germanNumber(w); ok {
			return i + 1, float64(v), false, true
		}
		if stem, ok := strings.CutSuffix(w, "einhalb"); ok {
			// "zweieinhalb", "dreieinhalb": n and a half.
			if v, ok := germanNumber(stem); ok && v < 100 {
				return i + 1, float64(v) + 0.5, false, true
			}
		}
		return i, 0, false, false
	}
	if v, ok := numberWords[w]; ok && !isGermanOnly(w) {
		j = i + 1
		if v >= 20 && v < 100 && v%10 == 0 {
			k := j
			if p.hyphen(k) && p.tight(k) {
				k++
			}
			if u, ok := numberWords[p.word(k)]; ok && u < 10 && !isGermanOnly(p.word(k)) {
				return k + 1, float64(v + u), false, true
			}
		}
		if p.is(j, "and", "-") && p.is(j+1, "a") && p.is(j+2, "half") {
			return j + 3, float64(v) + 0.5, false, true
		}
		return j, float64(v), false, true
	}
	return i, 0, false, false
}

func isGermanOnly(w string) bool {
	_, ok := germanTens[w]
	if ok {
		return true
	}
	switch w {
	case "ein", "eine", "einen", "einem", "einer", "eines", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "hundert":
		return true
	}
	return strings.HasSuffix(w, "zehn")
}

// unitAt reads a unit noun at i.
func (p *parser) unitAt(i int) (j int, u unit, plural, ok bool) {
	w := p.word(i)
	if w == "" {
		return i, 0, false, false
	}
	uw, ok := unitWords[w]
	if !ok {
		return i, 0, false, false
	}
	// "Tag", "Jahr" are German nouns: capitalised; English units are
	// lower-case words (a capital only at the start of a sentence or title).
	if p.de {
		if !p.toks[i].upper || w == "day" || w == "days" || w == "week" || w == "year" || w == "years" {
			return i, 0, false, false
		}
	} else if p.midCap(i) {
		return i, 0, false, false // a title: "60 Minutes", "This Week"
	} else if w == "tag" || w == "tage" || w == "jahr" || w == "jahre" || w == "monat" || w == "woche" || strings.HasPrefix(w, "jahr") || strings.HasPrefix(w, "stund") || strings.HasPrefix(w, "wochen") || w == "tagen" || w == "tages" || w == "tags" || w == "monate" || w == "monaten" || w == "monats" || w == "quartal" || w == "sekunde" || w == "sekunden" || w == "minuten" || strings.HasPrefix(w, "quartal") || strings.HasPrefix(w, "monat") || strings.HasPrefix(w, "halbjahr") {
		return i, 0, false, false
	}
	return i + 1, uw.u, uw.plural, true
}

// midCap tells whether the English word i is capitalised inside a sentence
// (not after a sentence end, a line break or an opening quote): a name or
// title, such as "60 Minutes" or "This Week".
func (p *parser) midCap(i int) bool {
	t := &p.toks[i]
	if !t.upper || t.newline || i == 0 || len(t.text) < 2 || strings.ToUpper(t.text) == t.text {
		return false
	}
	return !p.atSentenceStart(i)
}

// atSentenceStart tells whether token i begins a sentence: the first token,
// one after a line break, or one after ". ", "! ", "? " or an opening quote.
func (p *parser) atSentenceStart(i int) bool {
	if i == 0 || p.toks[i].newline {
		return true
	}
	prev := p.toks[i-1]
	if prev.kind != tPunct {
		return false
	}
	switch prev.text {
	case ".", "!", "?", "\"", "“", "`", "'", "‘", "(", ":", "-", "—", "–", "_":
		return true
	}
	return false
}

// marketNouns are what a month before them names the delivery or expiry
// month of in a market report: "the June contract", "December T-bonds",
// "March Eurodollars", "September heating oil", "Dec cocoa".
var marketNouns = newWordSet(`contract contracts futures future delivery deliveries option options
	bond bonds shipment shipments expiry expiration eurodollars eurodollar bills notes gilt gilts bund bunds
	crude gasoline heating cocoa coffee sugar wheat corn soybeans soybean soymeal soyoil cotton
	gold silver copper platinum palladium aluminium aluminum nickel zinc cattle hogs bellies oats
	canola barley`)

// deliveryMonth tells whether the English month name at i names a
// delivery month: a market noun follows at j and no capitalised word
// precedes ("Theresa May notes" is a name).
func (p *parser) deliveryMonth(i, j int) bool {
	if p.de || !p.toks[i].upper || !p.marketNounAt(j) {
		return false
	}
	return i == 0 || p.toks[i-1].kind != tWord || !p.toks[i-1].upper || p.is(i-1, "the")
}

// marketNounAt tells whether token j is a market noun, "T-bonds" and
// "T-bills" included.
func (p *parser) marketNounAt(j int) bool {
	if p.is(j, "t") && p.hyphen(j+1) && p.tight(j+1) && p.tight(j+2) {
		j += 2
	}
	return marketNouns.has(p.word(j))
}

// slashedMonth tells whether the month word at i is joined by a slash to
// another, as the delivery periods of market reports are ("April/Dec",
// "Jan/Mar"): there an abbreviation needs no dot.
func (p *parser) slashedMonth(i int) bool {
	if i >= p.n() || !p.toks[i].upper {
		return false
	}
	if p.punct(i-1, "/") && p.tight(i) && p.tight(i-1) {
		if _, ok := monthWords[p.word(i-2)]; ok {
			return true
		}
	}
	if p.punct(i+1, "/") && p.tight(i+1) && p.tight(i+2) {
		if _, ok := monthWords[p.word(i+2)]; ok {
			return true
		}
	}
	return false
}
