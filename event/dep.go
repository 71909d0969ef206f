package event

import (
	"strings"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/parse"
)

// Parser gives the dependency arcs of a tagged sentence, one per token, for
// the participants the positional rules cannot find. *parse.Parser
// satisfies it.
type Parser interface {
	Lang() string
	ParseTo(dst []parse.Arc, tokens []dossier.Token) []parse.Arc
}

// WithParser gives the extractor dependency parsers, each for the language
// its Lang names. Sentences of other languages keep the positional rules
// alone.
func WithParser(ps ...Parser) Option {
	return func(x *Extractor) error {
		if x.parsers == nil {
			x.parsers = map[string]Parser{}
		}
		for _, p := range ps {
			if p != nil {
				x.parsers[p.Lang()] = p
			}
		}
		return nil
	}
}

// depMode says how verb triggers use the parse.
type depMode uint8

const (
	depOff      depMode = iota
	depFallback         // the parse fills an actor or target the rules left empty
	depFirst            // the parse's subject and object come first, the rules fill the rest
)

// parseMode reads the development switch DOSSIER_EVENT_PARSE ("off",
// "fallback", "first"; default fallback), for eval runs that compare the
// variants (see PARSE.md). It is read once by New, not a user option.
func parseMode(v string) depMode {
	switch strings.TrimSpace(v) {
	case "off":
		return depOff
	case "first":
		return depFirst
	}
	return depFallback
}

// ParseWanted says whether the development switch (the value of
// DOSSIER_EVENT_PARSE) leaves the dependency parse on, so that callers
// load a parser only then (loading one takes a third of a second).
func ParseWanted(env string) bool { return parseMode(env) != depOff }

// graph parses the sentence on first use and returns its parse, or nil when
// the extractor has no parser for its language. Only sentences with a
// trigger get here, so most sentences are never parsed.
func (s *sent) graph() *parse.Graph {
	if s.parsed {
		if len(s.g.Arcs) == 0 {
			return nil
		}
		return &s.g
	}
	s.parsed = true
	s.g = parse.Graph{}
	p := s.x.parsers[s.s.Lang]
	if p == nil || s.x.dep == depOff {
		return nil
	}
	s.arcs = p.ParseTo(s.arcs[:0], s.s.Tokens)
	if len(s.arcs) != len(s.words) {
		return nil
	}
	s.g = parse.Graph{Tokens: s.s.Tokens, Arcs: s.arcs}
	return &s.g
}

// depChunks returns the phrases that the tokens head, in token order and
// without repeats; tokens outside any phrase (a verb the parser took for a
// subject, a relative pronoun the parse could not resolve) are left out.
func (s *sent) depChunks(toks []int, dst []int) []int {
	for _, t := range toks {
		if t < 0 || t >= len(s.words) {
			continue
		}
		k := s.words[t].chunk
		if k < 0 || s.chunks[k].relPron || s.isTimex(&s.chunks[k]) || containsInt(dst, k) {
			continue
		}
		dst = append(dst, k)
	}
	return dst
}

// depArgs are a verb trigger's participants as the parse gives them: the
// doer (subject, or the agent of a passive), and the one done to (object or
// passive subject; as a fallback, a target inside either or inside a target
// oblique, see nestedTarget; first, an oblique with a target preposition).
func (s *sent) depArgs(c *cand, passive bool) (actors, targets []argRef) {
	g := s.graph()
	if g == nil {
		return nil, nil
	}
	i := c.trig
	var subj, agent []int
	for _, t := range g.Subjects(i) {
		if g.Arcs[t].Label == parse.OblAgent {
			agent = append(agent, t)
		} else {
			subj = append(subj, t)
		}
	}
	var buf [8]int
	if passive {
		ks := s.depChunks(agent, buf[:0])
		actors = s.actorsOf(ks, nil)
		ks = s.depChunks(subj, buf[:0])
		targets = s.refsOf(ks, nil)
		if len(targets) == 0 && s.x.dep == depFallback {
			// "a missionary from Calgary was arrested"
			targets = s.nestedTarget(g, c, subj, nil, actors)
		}
		return actors, targets
	}
	ks := s.depChunks(subj, buf[:0])
	actors = s.actorsOf(ks, nil)
	if c.e.flags&flagRev != 0 || c.e.flags&flagCtrl != 0 {
		return actors, nil // the giver and the infinitive's target are the rules' business
	}
	objs := g.Objects(i)
	ks = s.depChunks(objs, buf[:0])
	for _, k := range ks {
		// a named referent only: as in the rules, a pronoun object is
		// not resolved ("expanding its chain")
		if s.chunkRef(k) >= 0 {
			targets = s.refsOf([]int{k}, targets)
		}
	}
	if len(targets) > 0 {
		return actors, targets
	}
	obl := g.Obliques(i)
	if s.x.dep == depFallback {
		// The verb's own prepositional phrases are the rules' business:
		// they read them with the same preferences, and where they
		// declined one the parse has no better reason to take it. What
		// the parse adds is a target inside an object or target phrase.
		// A compound subject without a target acts with itself ("French
		// and Egyptian warships launched war games in …").
		if len(c.actors) < 2 {
			targets = s.nestedTarget(g, c, objs, obl, actors)
		}
		return actors, targets
	}
	// the preposition of the trigger's own condition, then one the type
	// prefers, then any target preposition; places only for events aimed at
	// places
	for pass := 0; pass < 3 && len(targets) == 0; pass++ {
		for _, o := range obl {
			ok := false
			switch pass {
			case 0:
				ok = containsStr(c.e.prep, o.Case)
			case 1:
				ok = preferredPrep(c.e.typ, o.Case)
			case 2:
				ok = s.lx.cues.target[o.Case]
			}
			if !ok {
				continue
			}
			ks := s.depChunks([]int{o.Token}, buf[:0])
			if len(ks) == 0 {
				continue
			}
			if s.isPlace(ks[0]) && s.lx.cues.loc[o.Case] && !s.placeTarget(c.e) {
				continue
			}
			if s.chunkRef(ks[0]) >= 0 {
				targets = s.refsOf(ks[:1], targets)
				break
			}
		}
	}
	return actors, targets
}

// depFill applies the parse to a verb event per the extractor's mode: as a
// fallback it fills only what the rules left empty; first, it replaces the
// rules' actor and target where the parse names one.
func (s *sent) depFill(c *cand, passive bool) {
	if s.x.dep == depOff || s.x.parsers[s.s.Lang] == nil || c.aimless && len(c.actors) > 0 {
		return
	}
	if s.x.dep == depFallback {
		// one participant from the rules anchors the parse: when the
		// rules found neither, the clause is one they could not read and
		// a parse of it is no safer (measured: only extra events)
		noActor, noTarget := len(c.actors) == 0, len(c.targets) == 0 && !c.recip
		if noActor == noTarget {
			return
		}
		// the parse can only add a named participant the rules did not
		// take: without one in reach, the sentence is not parsed (English
		// objects follow the verb; a passive's subject comes before it)
		from, ci := 0, -1
		if noTarget {
			ci = c.clause
			if !s.de && !passive {
				from = c.trig + 1
			}
		}
		if !s.otherMention(from, ci, c.actors, c.targets) {
			return
		}
	}
	actors, targets := s.depArgs(c, passive)
	switch s.x.dep {
	case depFallback:
		// what the parse adds must differ from what the rules found: an
		// actor that is the target ("French citizens would provide … into
		// the French market") makes no event
		if len(c.actors) == 0 && !sharesEntity(actors, c.targets) {
			c.actors = actors
		}
		if len(c.targets) == 0 && !c.recip && !sharesEntity(targets, c.actors) && !s.departure(c) {
			c.targets = targets
		}
	case depFirst:
		// the parse picks the phrase; where it picks one the rules took
		// too, the rules' reading of it stands (they expand coordinations
		// and shared modifiers: "Hungarian and Romanian officials")
		if len(actors) > 0 && !sharesEntity(actors, c.actors) {
			c.actors = actors
		}
		if len(targets) > 0 && !sharesEntity(targets, c.targets) {
			c.targets = targets
		}
	}
}

// sharesEntity says whether a and b name a common entity.
func sharesEntity(a, b []argRef) bool {
	for _, x := range a {
		for _, y := range b {
			if x.ent == y.ent {
				return true
			}
		}
	}
	return false
}

// nestedTarget looks for the target inside the verb's object or target
// oblique when that names no participant itself: the act is on a thing,
// and the target is whom the thing belongs to, comes from or is about ("an
// investigation into crimes committed by X", "assurances sent from X",
// "rumours about X", "a priest from X was arrested"). It walks the nominal
// dependents of the phrase (nmod, and the arguments of a participle
// modifying it), nearest first, at most three steps down, and takes the
// first phrase that names a participant other than the actors.
func (s *sent) nestedTarget(g *parse.Graph, c *cand, objs []int, obl []parse.Oblique, actors []argRef) []argRef {
	var queue [16]int
	q := queue[:0]
	q = append(q, objs...)
	for _, o := range obl {
		if s.lx.cues.target[o.Case] || preferredPrep(c.e.typ, o.Case) {
			q = append(q, o.Token)
		}
	}
	depth := make(map[int]int, 8)
	for head := 0; head < len(q) && head < 32; head++ {
		t := q[head]
		if depth[t] > 0 {
			if ks := s.depChunks([]int{t}, nil); len(ks) > 0 {
				// the phrase itself must name it (the walk takes its
				// own steps down; "newspapers in the U.S." is where, not
				// whose), and a place no state holds ("the Mediterranean
				// Sea") is where, not whom
				if s.chunks[ks[0]].ment >= 0 && !s.stateless(ks[0]) {
					if r, _ := s.chunkArg(ks[0]); !sharesEntity([]argRef{r}, actors) && !sharesEntity([]argRef{r}, c.actors) {
						return []argRef{r}
					}
				}
			}
		}
		if depth[t] >= 3 {
			continue
		}
		for _, k := range g.Children(t, parse.Nmod, parse.Acl) {
			kids := []int{k}
			if g.Arcs[k].Label == parse.Nmod && s.locCase(g, k) {
				// "chains in Canada", "Spielen in Frankreich": where the thing
				// is, not whose (judged on Reuters and 10kGNAD, where such
				// places made business and sport international)
				continue
			}
			if g.Arcs[k].Label == parse.Acl {
				if !s.participle(k) {
					continue // "refugees if war starts in X": a finite verb after a noun heads a clause of its own
				}
				kids = g.Children(k, parse.Obj, parse.Obl, parse.OblAgent)
			}
			for _, kid := range kids {
				if _, seen := depth[kid]; !seen {
					depth[kid] = depth[t] + 1
					q = append(q, kid)
				}
			}
		}
	}
	return nil
}

// stateless says whether phrase k names a place that the knowledge base
// puts in no country.
func (s *sent) stateless(k int) bool {
	m := s.chunkRef(k)
	return m >= 0 && s.ments[m].kind == dossier.KindLocation && s.ments[m].country == ""
}

// participle says whether word i is a participle or gerund ("fleeing",
// "committed", "sent", German "geschickten"), the verb forms that modify
// a noun, rather than a finite verb ("starts").
func (s *sent) participle(i int) bool {
	w := &s.words[i]
	if w.pos != pVerb || w.low == w.lemma {
		return false
	}
	if s.de {
		return strings.HasPrefix(w.low, "ge") || strings.HasSuffix(w.low, "end")
	}
	return !strings.HasSuffix(w.low, "s")
}

// locCase says whether nominal k of the parse has a place preposition as
// its case marker ("in", "at", "im").
func (s *sent) locCase(g *parse.Graph, k int) bool {
	for _, c := range g.Children(k, parse.Case) {
		w := &s.words[c]
		if s.lx.cues.loc[w.low] || s.lx.cues.loc[w.lemma] {
			return true
		}
	}
	return false
}

// otherMention says whether a word from from on is part of a mention of an
// entity that is none of the participants found so far. With a clause ci
// (for a target) the reporting clauses other than ci are left out (",
// the French embassy said" names a source, which is nobody's target); for
// an actor they are not ("he believes an Iranian mission, which refused
// …": the reporting clause holds the relative clause's antecedent).
func (s *sent) otherMention(from, ci int, found ...[]argRef) bool {
	for j := from; j < len(s.words); j++ {
		m := s.words[j].ment
		if m < 0 {
			continue
		}
		if k := s.words[j].clause; ci >= 0 && k != ci && s.clauseReports(k) {
			continue
		}
		ent := s.ments[m].m.Entity
		known := false
		for _, refs := range found {
			for _, r := range refs {
				known = known || r.ent == ent
			}
		}
		if !known {
			return true
		}
	}
	return false
}
