package parse

import (
	"slices"
	"strings"

	"github.com/dossier-news/dossier"
)

// Graph is a parsed sentence: its tokens and their arcs, with questions
// about the arguments of a predicate that event extraction asks.
type Graph struct {
	Tokens []dossier.Token
	Arcs   []Arc
}

// Children returns the dependents of token i with one of the relations (any
// relation when none is given), in sentence order.
func (g Graph) Children(i int, rels ...Label) []int {
	var out []int
	for k, a := range g.Arcs {
		if a.Head == i && (len(rels) == 0 || slices.Contains(rels, a.Label)) {
			out = append(out, k)
		}
	}
	return out
}

// Passive reports whether predicate i has a passive subject or auxiliary.
func (g Graph) Passive(i int) bool {
	return len(g.Children(i, NsubjPass, AuxPass)) > 0
}

// Subjects returns who does what predicate i says: its subjects (nsubj,
// nsubj:pass, csubj) and its agent (obl:agent, "by"/"von"), each with its
// conjuncts. A predicate without a subject of its own takes the one of the
// predicate it is coordinated with ("Russia attacked and shelled …") or
// the controller of its clause ("Russia threatened to attack …"); a
// relative clause whose subject is the relative pronoun takes the noun it
// modifies ("the troops that crossed …").
func (g Graph) Subjects(i int) []int {
	subj := g.Children(i, Nsubj, NsubjPass, Csubj, OblAgent)
	// Borrow the subject of the predicate i is coordinated with or (for an
	// open clausal complement) controlled by, a few steps up at most.
	for k, steps := i, 0; len(subj) == 0 && g.valid(k) && steps < 4; steps++ {
		h := g.Arcs[k].Head
		if !g.valid(h) {
			break
		}
		switch g.Arcs[k].Label {
		case Conj:
			subj = g.Children(h, Nsubj, NsubjPass, Csubj)
		case Xcomp:
			// "urged Iran to stop": the object controls; "vowed to
			// retaliate": the subject does.
			if subj = g.Children(h, Obj, Iobj); len(subj) == 0 {
				subj = g.Children(h, Nsubj, NsubjPass, Csubj)
			}
		default:
			return g.resolve(i, g.withConjuncts(subj))
		}
		k = h
	}
	return g.resolve(i, g.withConjuncts(subj))
}

// Objects returns the direct and indirect objects of predicate i, each with
// its conjuncts; a relative pronoun object stands for the noun its clause
// modifies ("the town that they shelled").
//
// A coordinated predicate without objects shares those of the predicate
// it is coordinated with that stand after it ("arrested and questioned two
// men"), and only those: "attacked the town and left" leaves "left" without.
func (g Graph) Objects(i int) []int {
	obj := g.Children(i, Obj, Iobj)
	if len(obj) == 0 && g.valid(i) && g.Arcs[i].Label == Conj {
		for _, o := range g.Children(g.Arcs[i].Head, Obj, Iobj) {
			if o > i {
				obj = append(obj, o)
			}
		}
	}
	return g.resolve(i, g.withConjuncts(obj))
}

// Oblique is a prepositional argument: the token that heads it and the
// lemma of its case marker, lower-cased ("to", "against", "mit", "gegen"),
// or "" when it has none.
type Oblique struct {
	Token int
	Case  string
}

// Obliques returns the oblique arguments of predicate i (obl, with the
// agent left to Subjects), each with its conjuncts, which share its case
// marker when they have none of their own.
func (g Graph) Obliques(i int) []Oblique {
	var out []Oblique
	for _, o := range g.Children(i, Obl) {
		c := g.caseOf(o)
		out = append(out, Oblique{Token: o, Case: c})
		for _, k := range g.Conjuncts(o) {
			kc := g.caseOf(k)
			if kc == "" {
				kc = c
			}
			out = append(out, Oblique{Token: k, Case: kc})
		}
	}
	return out
}

func (g Graph) caseOf(i int) string {
	cs := g.Children(i, Case)
	if len(cs) == 0 {
		return ""
	}
	t := g.Tokens[cs[0]]
	c := strings.ToLower(t.Text)
	if p, ok := fusedPrep[c]; ok {
		return p
	}
	if t.Lemma != "" {
		c = strings.ToLower(t.Lemma)
	}
	return c
}

// fusedPrep maps German prepositions fused with an article to the
// preposition, which the tagger's lemma does not always give.
var fusedPrep = map[string]string{
	"am": "an", "ans": "an", "beim": "bei", "im": "in", "ins": "in",
	"vom": "von", "zum": "zu", "zur": "zu", "aufs": "auf", "fürs": "für",
	"durchs": "durch", "übers": "über", "unterm": "unter", "vorm": "vor",
	"hinterm": "hinter", "überm": "über",
}

// Conjuncts returns the other members of the coordination token i is in,
// in sentence order: in UD the first conjunct heads the others.
func (g Graph) Conjuncts(i int) []int {
	if !g.valid(i) {
		return nil
	}
	first := i
	for steps := 0; g.Arcs[first].Label == Conj && g.valid(g.Arcs[first].Head) && steps < len(g.Arcs); steps++ {
		first = g.Arcs[first].Head
	}
	var out []int
	if first != i {
		out = append(out, first)
	}
	var walk func(h, depth int)
	walk = func(h, depth int) {
		if depth > len(g.Arcs) {
			return
		}
		for _, k := range g.Children(h, Conj) {
			if k != i {
				out = append(out, k)
			}
			walk(k, depth+1)
		}
	}
	walk(first, 0)
	slices.Sort(out)
	return out
}

func (g Graph) valid(i int) bool { return i >= 0 && i < len(g.Arcs) && i < len(g.Tokens) }

func (g Graph) withConjuncts(ts []int) []int {
	out := append([]int(nil), ts...)
	for _, t := range ts {
		for _, c := range g.Conjuncts(t) {
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	slices.Sort(out)
	return out
}

// resolve replaces a relative pronoun among the arguments of predicate i by
// the noun that i's relative clause modifies.
func (g Graph) resolve(i int, args []int) []int {
	if !g.valid(i) {
		return args
	}
	a := g.Arcs[i]
	if a.Label != AclRelcl && a.Label != Acl || !g.valid(a.Head) {
		return args
	}
	for k, t := range args {
		if g.Tokens[t].POS == "PRON" && t < i && t > a.Head {
			args[k] = a.Head
		}
	}
	return args
}
