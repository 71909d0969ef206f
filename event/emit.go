package event

import (
	"unicode"

	"github.com/dossier-news/dossier"
)

// maxPairs bounds the events one trigger can give (actors × targets).
const maxPairs = 12

func (s *sent) emit(dst []dossier.Event, cands []cand, vcs []vc, st *docState) []dossier.Event {
	own := make([]bool, len(s.clauses))
	for i := range cands {
		own[cands[i].clause] = true
	}
	var dated []datedEvent
	seen := map[string]bool{}
	// "launched a bombing and shelling offensive against X": the event
	// without a target repeats the one with it
	for i := range cands {
		c := &cands[i]
		if len(c.targets) == 0 || reciprocal(c) {
			continue
		}
		for _, a := range c.actors {
			seen[s.emitKind(c)+"|"+a.ent+"/"+a.sector] = true
		}
	}
	for i := range cands {
		c := &cands[i]
		if len(c.actors) == 0 {
			continue
		}
		date := s.eventDate(c, own, st)
		type pair struct{ a, t *argRef }
		var pairs []pair
		if reciprocal(c) {
			for a := range c.actors {
				for b := range c.actors {
					if a != b {
						pairs = append(pairs, pair{&c.actors[a], &c.actors[b]})
					}
				}
			}
		} else {
			for a := range c.actors {
				if len(c.targets) == 0 {
					pairs = append(pairs, pair{&c.actors[a], nil})
				}
				for t := range c.targets {
					pairs = append(pairs, pair{&c.actors[a], &c.targets[t]})
				}
			}
			if s.mutual(c) {
				// "X held talks with Y" is Y's talks with X as well
				for t := range c.targets {
					for a := range c.actors {
						pairs = append(pairs, pair{&c.targets[t], &c.actors[a]})
					}
				}
			}
		}
		if len(pairs) > maxPairs {
			pairs = pairs[:maxPairs]
		}
		trig := dossier.Span{Start: s.words[c.trigLo].tok.Start, End: s.words[c.trig].tok.End}
		if c.trigLo > c.trig {
			trig.Start = s.words[c.trig].tok.Start
		}
		for _, p := range pairs {
			key := s.emitKind(c) + "|" + p.a.ent + "/" + p.a.sector
			if p.t != nil {
				key += "|" + p.t.ent + "/" + p.t.sector
			}
			if seen[key] {
				continue // "hosted … for an informal meeting": one event
			}
			if !s.de && s.commonUnnamed(p.a.ent) {
				continue // "the firm said …", "the company explained …": a speaker no one can code acts for no one
			}
			seen[key] = true
			ev := dossier.Event{
				Type:        c.e.typ,
				Mode:        c.e.mode,
				Actor:       p.a.ent,
				ActorSector: p.a.sector,
				Modality:    c.modal,
				Trigger:     trig,
				Evidence:    s.s.Span,
				Date:        date,
			}
			if p.t != nil {
				ev.Target = p.t.ent
				ev.TargetSector = p.t.sector
			}
			if c.loc >= 0 {
				ev.Location = s.ments[c.loc].m.Entity
			}
			if c.src.ent != "" {
				ev.Source = c.src.ent
				if ev.Source == ev.Actor && c.srcMod == "" {
					ev.Source = ""
				}
			}
			if len(c.quants) > 0 {
				ev.Quantities = append([]dossier.Quantity(nil), c.quants...)
			}
			ev.Confidence = s.confidence(c, p.a, p.t != nil)
			dst = append(dst, ev)
			if s.x.trace != nil {
				s.x.trace(&dst[len(dst)-1], c.e.row)
			}
			if date != nil && date.Text != "" {
				dated = append(dated, datedEvent{actor: ev.Actor, date: *date})
			}
		}
	}
	st.dated = append(st.dated, dated...)
	return dst
}

// confidence is a heuristic score in [0, 1]: hand-curated triggers and
// triggers whose object conditions held are surer than generated or bare
// ones, verbs surer than nouns, and an event with a target surer than one
// without; the linker's confidence in the actor scales it.
func (s *sent) confidence(c *cand, a *argRef, target bool) float64 {
	conf := 0.55
	if c.noun {
		conf = 0.45
	}
	if c.e.curated {
		conf += 0.15
	}
	if c.conds {
		conf += 0.1
	}
	if target {
		conf += 0.1
	}
	if c.e.flags&flagJudge != 0 {
		conf -= 0.15
	}
	if mc := a.conf; mc > 0 && mc < 1 {
		conf *= 0.5 + 0.5*mc
	}
	switch {
	case conf < 0.05:
		conf = 0.05
	case conf > 0.95:
		conf = 0.95
	}
	return conf
}

// reciprocal says whether a compound subject without a target acts on
// itself both ways: "North Korea and Russia signed a treaty", "Gondor and
// Osgiliath renewed ties" give A→B and B→A. Symmetric triggers are, and so
// are the relational types (consultation, agreement, support, cooperation);
// "X and Y deployed troops" is two events without a target.
func reciprocal(c *cand) bool {
	if len(c.targets) > 0 || len(c.actors) < 2 || c.distrib {
		return false
	}
	if c.e.flags&flagSym != 0 || c.recip {
		return true
	}
	if c.byAgent || c.thing {
		return false
	}
	switch c.e.typ {
	case "CONSULT", "AGREE", "SUPPORT", "COOPERATE":
		return true
	}
	return false
}

// mutual says whether a candidate with a target is an act both sides do:
// a symmetric trigger of consultation ("held talks with", "met") whose
// targets are named by phrases headed by a name or a noun for people ("met
// his Swiss counterpart X", "talks with Chilean leaders"), so that event
// data code it both ways, unless the meeting is an intention or offer
// its actor states ("X said it would meet Y": Y has stated nothing).
// "met its export quota" or "met pressure from X" is no meeting, and one wrong reading should not give two events.
func (s *sent) mutual(c *cand) bool {
	if c.e.flags&flagSym == 0 || len(c.targets) == 0 || c.recip || c.e.typ != "CONSULT" {
		return false
	}
	if !s.de && !c.noun && (c.modal == dossier.ModalityPlanned || c.modal == dossier.ModalityHypothetical) && c.src.ent != "" {
		// "the rebels said they would meet the mediator (if …)": an
		// intention or an offer is its speaker's; the other side has
		// stated none. A meeting a noun names ("will demand … in
		// upcoming negotiations with X") is set, not offered
		for _, a := range c.actors {
			if a.ent == c.src.ent {
				return false
			}
		}
	}
	cl := &s.clauses[c.clause]
	for _, t := range c.targets {
		found := false
		for k := range s.chunks {
			ck := &s.chunks[k]
			if ck.lo <= c.trig || ck.lo >= cl.hi || ck.head < 0 {
				continue
			}
			m := s.chunkRef(k)
			if m < 0 || s.ments[m].m.Entity != t.ent {
				continue
			}
			if ck.prep >= 0 && !meetingPrep[s.words[ck.prep].low] {
				continue // "pressure from X": not whom they meet
			}
			h := &s.words[ck.head]
			if h.ment >= 0 && !s.ments[h.ment].adj || s.agentSector(ck.lo, ck.hi) != "" {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// meetingPrep are the prepositions that introduce whom one meets or talks
// with.
var meetingPrep = map[string]bool{"with": true, "to": true, "between": true, "mit": true, "zwischen": true}

// commonUnnamed says whether ent is the local entity made for an unnamed
// source of this sentence that a common noun phrase names ("the company",
// "industry analysts"), not a name the recogniser missed ("the Third World
// Water Forum"): a source of what is said, but no actor of an event.
func (s *sent) commonUnnamed(ent string) bool {
	for i := range s.unnamed {
		if m := &s.unnamed[i]; m.Entity == ent {
			for _, r := range m.Text {
				if unicode.IsUpper(r) {
					return false
				}
			}
			return true
		}
	}
	return false
}
