package event

import (
	"strconv"
	"strings"

	"github.com/dossier-news/dossier"
)

// Quantities: a number (digits in English or German format, a number word,
// "tens of thousands", "Tausende", a multiplier such as "5.1 million" or
// "zwei Millionen") with the modifier before it ("more than", "bis zu",
// "über") and the unit after it (the next noun, "%" or "Prozent" as
// "percent"). Numbers inside time expressions and mentions are left out.
// Each quantity goes to the event of its clause whose trigger is nearest.

var timeUnits = map[string]bool{
	"year": true, "month": true, "week": true, "day": true, "hour": true, "minute": true, "second": true,
	"decade": true, "century": true, "jahr": true, "monat": true, "woche": true, "tag": true, "stunde": true,
	"minute_": true, "jahrzehnt": true, "jahrhundert": true, "time": true, "mal": true,
}

type quant struct {
	q      dossier.Quantity
	clause int
	at     int // word index of the number
}

func (s *sent) quantities(cands []cand) {
	ws := s.words
	var qs []quant
	for i := 0; i < len(ws); i++ {
		q, j, ok := s.quantityAt(i)
		if !ok {
			continue
		}
		qs = append(qs, quant{q: q, clause: ws[i].clause, at: i})
		i = j - 1
	}
	for _, q := range qs {
		best, dist := -1, 1<<30
		for k := range cands {
			c := &cands[k]
			if c.clause != q.clause && !(s.clauses[q.clause].parent == c.clause && s.clauses[q.clause].kind != cMain) {
				continue
			}
			d := q.at - c.trig
			if d < 0 {
				d = -d * 2 // objects follow their verbs: prefer triggers before the number
			}
			if d < dist {
				best, dist = k, d
			}
		}
		if best >= 0 {
			cands[best].quants = append(cands[best].quants, q.q)
		}
	}
}

// parseNumber reads an English or German numeral ("10,000", "10.000",
// "5.1", "5,1", "1.5m"). German uses "." for thousands and "," for
// decimals; English the other way round; a lone separator followed by
// exactly three digits is read as thousands in either.
func parseNumber(s string, de bool) (float64, bool) {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return 0, false
	}
	thou, dec := byte(','), byte('.')
	if de {
		thou, dec = '.', ','
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			b.WriteByte(c)
		case c == thou:
			// a thousands separator is followed by exactly three digits
			n := 0
			for k := i + 1; k < len(s) && isDigit(s[k]); k++ {
				n++
			}
			if n != 3 {
				return 0, false
			}
		case c == dec:
			b.WriteByte('.')
		default:
			return 0, false
		}
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	if err != nil {
		return 0, false
	}
	return v, true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// quantityAt reads a quantity starting at or around word i (the number);
// it returns the quantity and the index after its last word.
func (s *sent) quantityAt(i int) (dossier.Quantity, int, bool) {
	ws := s.words
	w := &ws[i]
	if w.ment >= 0 || s.inTimex(i) {
		return dossier.Quantity{}, i, false
	}
	cues := &s.lx.cues
	var val float64
	j := i
	if v, ok := parseNumber(w.low, s.de); ok && (w.pos == pNum || w.pos == pAdj || w.pos == pNoun || w.pos == pPropn || w.pos == pOther) {
		val, j = v, i+1
		if s.de {
			val, j = s.digitGroupsDE(val, i)
		}
	} else {
		// number words, longest phrase first ("tens of thousands of")
		found := false
		if !cues.qfirst[w.low] {
			return dossier.Quantity{}, i, false
		}
		for n := cues.maxPhrase; n >= 1; n-- {
			if i+n > len(ws) {
				continue
			}
			if v, ok := cues.qword[string(s.phrase(i, i+n))]; ok {
				val, j, found = v, i+n, true
				break
			}
		}
		if !found {
			return dossier.Quantity{}, i, false
		}
		// "ein"/"one" alone is an article or pronoun, not a quantity
		if val == 1 && j == i+1 {
			return dossier.Quantity{}, i, false
		}
	}
	// multipliers: "5.1 million", "zwei Millionen", "10 000"
	for j < len(ws) {
		m, ok := cues.qword[ws[j].low]
		if !ok || m < 100 || strings.Contains(ws[j].low, " ") {
			break
		}
		if val >= 100 && m < 1000000 {
			break
		}
		val *= m
		j++
	}
	// unit: "%", "percent", "Prozent", or the next noun (adjectives between)
	unit := ""
	end := j
	for k := j; k < len(ws) && k <= j+3; k++ {
		u := &ws[k]
		if u.low == "%" || u.low == "percent" || u.low == "per cent" || u.low == "prozent" {
			unit, end = "percent", k+1
			break
		}
		if u.pos == pAdj || u.low == "of" && k == j {
			continue
		}
		if u.pos == pNoun || u.pos == pPropn && s.de {
			unit, end = singular(u.lemma), k+1
			if s.de {
				unit = strings.ToLower(u.lemma)
			}
			break
		}
		break
	}
	if unit == "" || timeUnits[unit] {
		return dossier.Quantity{}, i, false
	}
	// a bare four-digit number without a unit word of its own is a year
	if val >= 1900 && val <= 2100 && j == i+1 && len(w.low) == 4 && unit != "percent" && ws[i].pos == pNum && end == j {
		return dossier.Quantity{}, i, false
	}
	// modifier: up to three words before the number
	mod, start := "", i
	for n := 3; n >= 1; n-- {
		if i-n < 0 {
			continue
		}
		if m, ok := cues.qmod[string(s.phrase(i-n, i))]; ok {
			mod, start = m, i-n
			break
		}
	}
	sp := dossier.Span{Start: ws[start].tok.Start, End: ws[end-1].tok.End}
	return dossier.Quantity{Span: sp, Value: val, Unit: unit, Modifier: mod, Text: s.doc.Text[sp.Start:sp.End]}, end, true
}

// digitGroupsDE continues a German number of one to three digits at word i
// with the groups of three digits that follow it as words of their own
// ("rund 400 000 Flüchtlinge", "1 200 000 Mark"): the value and the index
// after the last group.
func (s *sent) digitGroupsDE(val float64, i int) (float64, int) {
	j := i + 1
	if !digitGroup(s.words[i].low, 1) {
		return val, j
	}
	for j < len(s.words) && digitGroup(s.words[j].low, 3) {
		g, _ := strconv.Atoi(s.words[j].low)
		val = val*1000 + float64(g)
		j++
	}
	return val, j
}

// digitGroup says whether w is all digits, at least min and at most three.
func digitGroup(w string, min int) bool {
	if len(w) < min || len(w) > 3 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if !isDigit(w[k]) {
			return false
		}
	}
	return true
}

// inTimex says whether word i lies inside a time expression.
func (s *sent) inTimex(i int) bool {
	t := s.words[i].tok
	for k := range s.timexes {
		x := &s.timexes[k]
		if x.Start <= t.Start && t.End <= x.End {
			return true
		}
	}
	return false
}
