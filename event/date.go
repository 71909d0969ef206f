package event

import (
	"time"

	"github.com/dossier-news/dossier"
)

// dctDate returns the document date as YYYY-MM-DD, or "" when the document
// has none (an RFC 3339 value is cut to its date).
func dctDate(published string) string {
	if len(published) < 10 {
		return ""
	}
	d := published[:10]
	if _, err := time.Parse("2006-01-02", d); err != nil {
		return ""
	}
	return d
}

// dateOf turns a time expression into an event date: DATE and TIME values
// with at least a year; weeks become the month of their Thursday, quarters,
// halves and seasons their year; PRESENT_REF ("now", "derzeit") the
// document date. Durations, sets, decades and underspecified values give
// nothing.
func dateOf(tv *dossier.TimeValue, dct string) (dossier.EventDate, bool) {
	if tv.Type != "DATE" && tv.Type != "TIME" {
		return dossier.EventDate{}, false
	}
	v := tv.Value
	if v == "PRESENT_REF" {
		if dct == "" {
			return dossier.EventDate{}, false
		}
		return dossier.EventDate{Value: dct, Granularity: "day", Text: tv.Text}, true
	}
	if len(v) < 4 || !digits4(v[:4]) || len(v) > 4 && v[4] != '-' {
		return dossier.EventDate{}, false
	}
	d := dossier.EventDate{Value: v[:4], Granularity: "year", Text: tv.Text}
	if len(v) >= 7 && digits2(v[5:7]) {
		d.Value, d.Granularity = v[:7], "month"
		if len(v) >= 10 && v[7] == '-' && digits2(v[8:10]) {
			d.Value, d.Granularity = v[:10], "day"
		}
		return d, true
	}
	if len(v) >= 8 && v[5] == 'W' && digits2(v[6:8]) {
		y := atoiSmall(v[:4])
		wk := atoiSmall(v[6:8])
		// ISO week: the Thursday of week 1 is in the first days of January
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+(wk-1)*7)
		thu := monday.AddDate(0, 0, 3)
		d.Value, d.Granularity = thu.Format("2006-01"), "month"
	}
	return d, true
}

func digits4(s string) bool { return len(s) == 4 && digits2(s[:2]) && digits2(s[2:]) }
func digits2(s string) bool { return len(s) == 2 && isDigit(s[0]) && isDigit(s[1]) }

// digits12 says whether s is a number of one or two digits.
func digits12(s string) bool { return len(s) == 1 && isDigit(s[0]) || digits2(s) }

func atoiSmall(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// clauseSpan returns the byte span of clause ci.
func (s *sent) clauseSpan(ci int) (int, int) {
	c := &s.clauses[ci]
	return s.words[c.lo].tok.Start, s.words[c.hi-1].tok.End
}

// timexIn returns the usable time expression inside [start, end) nearest to
// byte offset at, or -1.
func (s *sent) timexIn(start, end, at int, dct string) (dossier.EventDate, bool) {
	best, dist := dossier.EventDate{}, -1
	for k := range s.timexes {
		t := &s.timexes[k]
		if t.Start < start || t.End > end || t.End <= s.datelineEnd {
			continue
		}
		if h := s.timexModifies(k); h >= 0 && s.words[h].tok.Start != at {
			continue // "not linked to the August 7 bombings": the bombings' date
		}
		d, ok := dateOf(t, dct)
		if !ok {
			continue
		}
		dd := t.Start - at
		if dd < 0 {
			dd = -dd
		}
		if dist < 0 || dd < dist {
			best, dist = d, dd
		}
	}
	if dist < 0 {
		return best, false
	}
	// a finer value the nearest one contains: "September" with "last year"
	for k := range s.timexes {
		t := &s.timexes[k]
		if t.Start < start || t.End > end || t.End <= s.datelineEnd {
			continue
		}
		if d, ok := dateOf(t, dct); ok && len(d.Value) > len(best.Value) && d.Value[:len(best.Value)] == best.Value {
			best = d
		}
	}
	return best, true
}

// timexModifies returns the noun that English time expression k stands
// before as a modifier between it and its determiner ("the August 7
// bombings", "the Aug. 7 Embassy bombings"): it dates what that noun
// names. -1 when it modifies no noun ("on August 7 troops …" has no
// determiner before it).
func (s *sent) timexModifies(k int) int {
	if s.de {
		return s.timexAttributeHeadDE(k)
	}
	lo, hi := -1, -1
	for i := range s.words {
		if s.words[i].timex == k+1 {
			if lo < 0 {
				lo = i
			}
			hi = i + 1
		}
	}
	if lo < 1 || hi >= len(s.words) {
		return -1
	}
	switch s.words[lo-1].low {
	case "the", "this", "that", "its", "their", "his", "her":
	default:
		return -1
	}
	// the head is the last noun of the run ("the Aug. 7 car bombing")
	head := -1
	for i := hi; i < len(s.words) && i < hi+4; i++ {
		p := s.words[i].pos
		if p != pNoun && p != pPropn && p != pAdj {
			break
		}
		if p == pNoun {
			head = i
		}
	}
	return head
}

// eventDate dates a candidate event; see the package documentation.
func (s *sent) eventDate(c *cand, own []bool, st *docState) *dossier.EventDate {
	at := s.words[c.trig].tok.Start
	if c.judged {
		// a statement is dated by its reporting clause
		for k := range s.clauses {
			if s.clauseReports(k) {
				ks, ke := s.clauseSpan(k)
				if d, ok := s.timexIn(ks, ke, at, st.dct); ok {
					return &d
				}
			}
		}
	}
	start, end := s.clauseSpan(c.clause)
	if d, ok := s.timexIn(start, end, at, st.dct); ok {
		return &d
	}
	cl := &s.clauses[c.clause]
	if (cl.kind == cCoordVP || cl.kind == cInf) && cl.parent >= 0 {
		ps, pe := s.clauseSpan(cl.parent)
		if d, ok := s.timexIn(ps, pe, at, st.dct); ok {
			return &d
		}
	}
	// elsewhere in the sentence, outside reporting clauses and clauses with
	// events of their own
	for k := range s.clauses {
		if k == c.clause || own[k] || s.clauseReports(k) {
			continue
		}
		if s.clauses[k].kind == cSub || s.clauses[k].kind == cRel {
			continue
		}
		ks, ke := s.clauseSpan(k)
		if d, ok := s.timexIn(ks, ke, at, st.dct); ok {
			return &d
		}
	}
	tense := cl.tense
	if (cl.kind == cCoordVP || cl.kind == cInf) && cl.parent >= 0 && tense == tNone {
		tense = s.clauses[cl.parent].tense
	}
	// context: a past event that continues a dated event of the paragraph
	// with the same actor
	if (tense == tPast || tense == tPerfect) && len(c.actors) > 0 {
		id := c.actors[0].ent
		for k := len(st.dated) - 1; k >= 0; k-- {
			if st.dated[k].actor == id {
				d := st.dated[k].date
				return &d
			}
		}
	}
	if tense == tPresent && c.modal != modPlanned && c.modal != modHypothetical && c.modal != modNegated {
		// reported in the present: the time of the report, if it is dated
		if c.repCl >= 0 {
			ks, ke := s.clauseSpan(c.repCl)
			if d, ok := s.timexIn(ks, ke, at, st.dct); ok {
				return &d
			}
		}
		if st.dct != "" {
			return &dossier.EventDate{Value: st.dct, Granularity: "day"}
		}
	}
	return nil
}
