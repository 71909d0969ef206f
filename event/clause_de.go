package event

// vorfeldHeadDE returns the head phrase of a German sentence whose first
// clause has no verb of its own and is followed by a subordinate clause
// ("Informationen darüber, dass …, unterstützen …"): the first phrase of
// clause 0 when it may be a subject, -1 when it may not, and ok false when
// clause 0 holds no phrase at all, as a dateline ("Seoul – Nachdem …"),
// whose sentence then has its subject after the verb.
func (s *sent) vorfeldHeadDE() (k int, ok bool) {
	first := &s.clauses[0]
	for j := first.lo; j < first.hi; j++ {
		if k := s.words[j].chunk; k >= 0 {
			ck := &s.chunks[k]
			if ck.prep < 0 && ck.nomOK && !s.isTimex(ck) {
				return k, true
			}
			return -1, true
		}
	}
	return -1, false
}
