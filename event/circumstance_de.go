package event

// circumstancePrepDE are the German prepositions that set a clause's act
// after, during or despite another act: "Nach dem Angriff Russlands auf die
// Ukraine verhängte die EU Sanktionen".
var circumstancePrepDE = map[string]bool{"nach": true, "bei": true, "beim": true, "seit": true,
	"trotz": true, "während": true, "infolge": true}

// circumstanceDE appends to dst the phrases of German clause ci that name
// an earlier or surrounding act of force or restriction: a phrase with a
// preposition of circumstancePrepDE whose noun is a material trigger, and
// the genitive and prepositional phrases that follow it (its agent, its
// target). They are that act's participants, not the clause verb's: the EU
// does not sanction Ukraine in the example above.
func (s *sent) circumstanceDE(ci int, dst []int) []int {
	if !s.de {
		return dst
	}
	cl := &s.clauses[ci]
	for k := range s.chunks {
		ck := &s.chunks[k]
		if ck.lo < cl.lo || ck.lo >= cl.hi || ck.prep < 0 || !circumstancePrepDE[s.words[ck.prep].low] {
			continue
		}
		h := ck.head
		if h < 0 {
			continue
		}
		if h > ck.lo && s.words[h].ment >= 0 && s.words[h-1].pos == pNoun && s.words[h-1].ment < 0 {
			h-- // "dem Angriff Russlands": the name is a genitive after the noun
		}
		if s.words[h].pos != pNoun {
			continue
		}
		if e, _ := s.nounEntry(h, k); e == nil || e.none() || !materialType(e.typ) {
			continue
		}
		dst = append(dst, k)
		next := k
		for steps := 0; steps < 3; steps++ {
			n := s.followingPhrase(next, false)
			if n < 0 || s.chunks[n].lo >= cl.hi {
				break
			}
			dst = append(dst, n)
			next = n
		}
	}
	return dst
}

// withoutCircumstanceDE returns the phrases that are not among circ; the
// phrases themselves when none is.
func withoutCircumstanceDE(phrases []pp, circ []int) []pp {
	if len(circ) == 0 {
		return phrases
	}
	var out []pp
	for _, p := range phrases {
		if !containsInt(circ, p.chunk) {
			out = append(out, p)
		}
	}
	return out
}
