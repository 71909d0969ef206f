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
// "fallback", "first"), for eval runs that compare the variants. It is read
// once by New, not a user option. The default is off: neither variant
// improved the event suites (see PARSE.md), so the parse is not used until
// one does.
func parseMode(v string) depMode {
	switch strings.TrimSpace(v) {
	case "fallback":
		return depFallback
	case "first":
		return depFirst
	}
	return depOff
}

// ParseWanted says whether the development switch asks for the dependency
// parse, so that callers load a parser only then (loading one takes a
// third of a second).
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
// doer (subject, or the agent of a passive), and the one done to (object,
// passive subject, or an oblique with a target preposition).
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
		return actors, targets
	}
	ks := s.depChunks(subj, buf[:0])
	actors = s.actorsOf(ks, nil)
	if c.e.flags&flagRev != 0 || c.e.flags&flagCtrl != 0 {
		return actors, nil // the giver and the infinitive's target are the rules' business
	}
	ks = s.depChunks(g.Objects(i), buf[:0])
	for _, k := range ks {
		if r, ok := s.chunkArg(k); ok {
			targets = appendRef(targets, r)
		}
	}
	if len(targets) > 0 {
		return actors, targets
	}
	obl := g.Obliques(i)
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
			if r, ok := s.chunkArg(ks[0]); ok {
				targets = appendRef(targets, r)
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
	if s.x.dep == depOff || s.x.parsers[s.s.Lang] == nil {
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
	}
	actors, targets := s.depArgs(c, passive)
	switch s.x.dep {
	case depFallback:
		if len(c.actors) == 0 {
			c.actors = actors
		}
		if len(c.targets) == 0 && !c.recip {
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
