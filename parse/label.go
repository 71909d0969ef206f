package parse

import "strings"

// Label is a Universal Dependencies relation. Subtypes are folded into their
// main relation except the few that argument finding needs: the passive
// subject and its auxiliary, the agent ("by", "von"), relative clauses and
// verb particles ("kündigte … an").
type Label uint8

// The relations, in the order of the model files.
const (
	Dep Label = iota // unknown or unspecified
	Acl
	AclRelcl
	Advcl
	Advmod
	Amod
	Appos
	Aux
	AuxPass
	Case
	Cc
	Ccomp
	Clf
	Compound
	CompoundPrt
	Conj
	Cop
	Csubj
	Det
	Discourse
	Dislocated
	Expl
	Fixed
	Flat
	Goeswith
	Iobj
	List
	Mark
	Nmod
	Nsubj
	NsubjPass
	Nummod
	Obj
	Obl
	OblAgent
	Orphan
	Parataxis
	Punct
	Reparandum
	Root
	Vocative
	Xcomp
	numLabels
)

var labelNames = [numLabels]string{
	"dep", "acl", "acl:relcl", "advcl", "advmod", "amod", "appos", "aux", "aux:pass",
	"case", "cc", "ccomp", "clf", "compound", "compound:prt", "conj", "cop", "csubj",
	"det", "discourse", "dislocated", "expl", "fixed", "flat", "goeswith", "iobj", "list",
	"mark", "nmod", "nsubj", "nsubj:pass", "nummod", "obj", "obl", "obl:agent",
	"orphan", "parataxis", "punct", "reparandum", "root", "vocative", "xcomp",
}

// String returns the UD name of the relation ("nsubj:pass").
func (l Label) String() string {
	if l < numLabels {
		return labelNames[l]
	}
	return "dep"
}

// LabelOf maps a UD relation to its Label: a kept subtype to itself, any
// other subtype to its main relation, an unknown relation to Dep.
func LabelOf(deprel string) Label {
	if l, ok := findLabel(deprel); ok {
		return l
	}
	main, _, _ := strings.Cut(deprel, ":")
	if l, ok := findLabel(main); ok {
		return l
	}
	return Dep
}

func findLabel(s string) (Label, bool) {
	for i, n := range labelNames {
		if n == s {
			return Label(i), true
		}
	}
	return Dep, false
}
