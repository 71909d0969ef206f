package event

import "strings"

// strongParticiplesDE pairs the ends of strong German past participles,
// after ge-, with their infinitives' ends, for the verbs of force, seizure
// and aid the lexicon has ("angegriffen" → angreifen, "festgenommen" →
// festnehmen, "erschossen" → erschießen). Weak participles need no table.
// A slice, not a map, so that the first matching end is the same on every
// run.
var strongParticiplesDE = [...]struct{ end, inf string }{
	{"griffen", "greifen"}, {"nommen", "nehmen"}, {"schossen", "schießen"},
	{"troffen", "treffen"}, {"zogen", "ziehen"}, {"worfen", "werfen"},
	{"wiesen", "weisen"}, {"brochen", "brechen"}, {"stochen", "stechen"},
	{"schlagen", "schlagen"}, {"fangen", "fangen"}, {"halten", "halten"},
	{"fallen", "fallen"}, {"sandt", "senden"}, {"schoben", "schieben"},
	{"sprochen", "sprechen"}, {"worben", "werben"}, {"stoßen", "stoßen"},
	{"kannt", "kennen"}, {"heißen", "heißen"},
}

// participleVerbDE returns the infinitive the lexicon knows for a German
// past participle ("annektiert", "getötet", "angegriffen", "erschossen"),
// or false.
func (lx *lexicon) participleVerbDE(part string) (string, bool) {
	if len(part) < 5 {
		return "", false
	}
	// candidates are built in a scratch buffer: map lookups with
	// string(bytes) do not allocate; only a hit does
	var scratch [64]byte
	known := func(stem, end string) (string, bool) {
		b := append(append(scratch[:0], stem...), end...)
		if _, ok := lx.verbs[string(b)]; ok {
			return string(b), true
		}
		return "", false
	}
	// the forms without a ge- after a separable particle or at the start
	bases := [2]string{part}
	n := 1
	for k := 0; k+2 < len(part) && k <= 10; k++ {
		if part[k:k+2] == "ge" && (k == 0 || lx.cues.particle[part[:k]]) {
			bases[1] = part[:k] + part[k+2:]
			n = 2
			break
		}
	}
	for _, b := range bases[:n] {
		for _, p := range strongParticiplesDE {
			if strings.HasSuffix(b, p.end) {
				if v, ok := known(b[:len(b)-len(p.end)], p.inf); ok {
					return v, true
				}
			}
		}
		if !strings.HasSuffix(b, "t") {
			continue
		}
		stem := b[:len(b)-1]
		if v, ok := known(stem, "en"); ok {
			return v, true
		}
		if strings.HasSuffix(stem, "e") {
			if v, ok := known(stem, "n"); ok {
				return v, true
			}
		}
	}
	return "", false
}

// attributeParticiplesDE finds German acts told by an attributive participle
// with its agent: "die von Russland annektierte Krim" (Russia seizes
// Crimea), "die vom Iran unterstützte Regierung Syriens", "der von der Armee
// Israels getötete Kommandeur". The von-phrase is the actor, the noun the
// participle describes the target; an act of force or coercion stands
// without a named target, any other needs one.
func (s *sent) attributeParticiplesDE(ci int, cands []cand) []cand {
	if !s.de {
		return cands
	}
	cl := &s.clauses[ci]
	for j := cl.lo; j+2 < cl.hi; j++ {
		switch s.words[j].low {
		case "von", "vom", "durch":
		default:
			continue
		}
		k := s.words[j+1].chunk
		if k < 0 || s.chunks[k].prep != j {
			continue
		}
		a := s.chunks[k].hi
		if a >= cl.hi || s.words[a].pos != pAdj {
			continue
		}
		hk := s.words[a].chunk
		if hk < 0 || s.chunks[hk].head <= a {
			continue // the participle describes a noun after it
		}
		inf, ok := s.lx.participleVerbDE(s.words[a].lemma)
		if !ok {
			continue
		}
		e := s.lx.plainVerbEntry(inf)
		if e == nil {
			continue
		}
		c := cand{trig: a, trigLo: a, e: e, clause: ci, loc: -1, repCl: -1}
		c.actors = s.refsOf(s.coordinated(k, s.chunks[k].lo, a), c.actors)
		if m := s.chunkRef(hk); m >= 0 {
			c.targets = append(c.targets, s.ref(m, s.chunks[hk].sector))
		}
		if len(c.actors) == 0 || len(c.targets) == 0 && !materialType(e.typ) {
			continue
		}
		if sharesEntity(c.actors, c.targets) {
			continue
		}
		cands = append(cands, c)
	}
	return cands
}

// plainVerbEntry returns the event row of a verb that holds with no
// condition (no object, preposition, word or particle asked for), or nil
// when the verb has none or its unconditioned row is no event.
func (lx *lexicon) plainVerbEntry(lemma string) *entry {
	for _, e := range lx.verbs[lemma] {
		if len(e.obj) > 0 || len(e.prep) > 0 || len(e.word) > 0 || len(e.rest) > 0 || e.comp != "" {
			continue
		}
		if e.none() {
			return nil
		}
		return e
	}
	return nil
}
