package event

// class is the set of closed word lists a word is in. Rules that test
// every word of a clause against a list ("must", "zufolge", "dass") read a
// bit of the word's class, which build looks up once per word, instead of
// hashing the same word again in each rule.
type class uint32

const (
	clSub            class = 1 << iota // cues.sub
	clDeontic                          // cues.deontic
	clConsequence                      // cues.consequence
	clAccording                        // cues.according
	clParticle                         // cues.particle
	clSport                            // cues.sport
	clEnSub                            // enSub
	clEnRelPron                        // enRelPron
	clDeRelPron                        // deRelPron
	clOwnAccount                       // ownAccount
	clOwnAccountNoun                   // ownAccountNoun
	clDeReady                          // deReady
	clDeNotNom                         // deNotNom
	clDeGen                            // deGen

	// The ...Start bits mark the words that begin a phrase of several
	// words of a list, followed by a space in it: a rule looks a phrase
	// up only when its first word has the bit.
	clDeonticStart
	clConsequenceStart
	clAccordingStart
	clSportStart
)

// wordClasses maps every word of the lists the class bits stand for, and
// every word that begins a phrase of them, to its class.
func (c *cues) wordClasses() map[string]class {
	m := map[string]class{}
	markClass(m, c.sub, clSub, 0)
	markClass(m, c.deontic, clDeontic, clDeonticStart)
	markClass(m, c.consequence, clConsequence, clConsequenceStart)
	markClass(m, c.according, clAccording, clAccordingStart)
	markClass(m, c.particle, clParticle, 0)
	markClass(m, c.sport, clSport, clSportStart)
	markClass(m, enSub, clEnSub, 0)
	markClass(m, enRelPron, clEnRelPron, 0)
	markClass(m, deRelPron, clDeRelPron, 0)
	markClass(m, ownAccount, clOwnAccount, 0)
	markClass(m, ownAccountNoun, clOwnAccountNoun, 0)
	markClass(m, deReady, clDeReady, 0)
	markClass(m, deNotNom, clDeNotNom, 0)
	markClass(m, deGen, clDeGen, 0)
	return m
}

// markClass gives the keys of set the class bit member and every part of a
// key before one of its spaces the bit start. A key whose value is the
// zero value (false, "") is left out: a rule reading set[w] takes it for
// absent.
func markClass[V comparable](m map[string]class, set map[string]V, member, start class) {
	var zero V
	for k, v := range set {
		if v == zero {
			continue
		}
		m[k] |= member
		if start == 0 {
			continue
		}
		for j := 0; j < len(k); j++ {
			if k[j] == ' ' {
				m[k[:j]] |= start
			}
		}
	}
}

// classifyLemmas gives every word of the sentence the class of its lemma, once
// build has settled the lemmas (the class of the form is looked up as the
// word is made).
func (s *sent) classifyLemmas() {
	for i := range s.words {
		w := &s.words[i]
		if w.lemma == w.low {
			w.lemmaCls = w.lowCls
		} else {
			w.lemmaCls = s.lx.classes[w.lemma]
		}
	}
}
