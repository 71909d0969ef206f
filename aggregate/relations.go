package aggregate

import (
	"cmp"
	"maps"
	"slices"

	"github.com/dossier-news/dossier"
)

// Quad classes of PLOVER types, as CAMEO's quad classes group its codes:
// verbal and material cooperation, verbal and material conflict.
var weight = map[string]float64{
	"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "REQUEST": 1,
	"CONCEDE": 2, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
	"ACCUSE": -1, "REJECT": -1, "THREATEN": -1, "PROTEST": -1,
	"SANCTION": -2, "MOBILIZE": -2, "COERCE": -2, "ASSAULT": -3,
}

// Weight is the cooperation (positive) or conflict (negative) weight of a
// PLOVER type.
func Weight(plover string) float64 { return weight[plover] }

// Cooperative reports whether a PLOVER type is a kind of cooperation.
func Cooperative(plover string) bool { return weight[plover] > 0 }

// storyWeight discounts what is only planned or supposed.
func storyWeight(s dossier.Story) float64 {
	best := 0.0
	for _, r := range s.Reports {
		w := 1.0
		switch r.Modality {
		case dossier.ModalityPlanned, dossier.ModalityHypothetical:
			w = 0.5
		case dossier.ModalityNegated:
			w = 0
		}
		best = max(best, w)
	}
	return best * weight[s.Type]
}

// Pair is an unordered pair of entity ids, A < B.
type Pair struct{ A, B string }

// PairOf orders two ids.
func PairOf(a, b string) Pair {
	if b < a {
		a, b = b, a
	}
	return Pair{a, b}
}

// Roll maps an entity to the actors it counts for: itself and, for people,
// organisations and places of a country, that country. It returns the ids
// to count the entity under.
type Roll func(id string) []string

// Relations sums up stories per actor pair and month. With roll, an event of
// Sergey Lavrov towards North Korea also counts for Russia–North Korea; a
// story counts once per pair however many ways it reaches it.
func Relations(stories []dossier.Story, roll Roll) []dossier.Relation {
	if roll == nil {
		roll = func(id string) []string { return []string{id} }
	}
	type acc struct {
		rel    dossier.Relation
		months map[string]*dossier.RelationMonth
	}
	pairs := map[Pair]*acc{}
	for _, s := range stories {
		if s.Actor == "" || s.Target == "" {
			continue
		}
		seen := map[Pair]bool{}
		for _, a := range roll(s.Actor) {
			for _, b := range roll(s.Target) {
				if a == b || a == "" || b == "" {
					continue
				}
				p := PairOf(a, b)
				if seen[p] {
					continue
				}
				seen[p] = true
				ac := pairs[p]
				if ac == nil {
					ac = &acc{rel: dossier.Relation{A: p.A, B: p.B}, months: map[string]*dossier.RelationMonth{}}
					pairs[p] = ac
				}
				w := storyWeight(s)
				ac.rel.Events++
				ac.rel.Reports += len(s.Reports)
				coop, conf := max(w, 0), max(-w, 0)
				ac.rel.Cooperation += coop
				ac.rel.Conflict += conf
				m := intervalOf(s.Date).month()
				if m == "" {
					continue // undated: in the totals, in no month
				}
				rm := ac.months[m]
				if rm == nil {
					rm = &dossier.RelationMonth{Month: m, Types: map[string]int{}}
					ac.months[m] = rm
				}
				rm.Types[s.Type]++
				rm.Events++
				rm.Reports += len(s.Reports)
				rm.Cooperation += coop
				rm.Conflict += conf
			}
		}
	}
	out := make([]dossier.Relation, 0, len(pairs))
	for _, ac := range pairs {
		for _, m := range slices.Sorted(maps.Keys(ac.months)) {
			ac.rel.Months = append(ac.rel.Months, *ac.months[m])
		}
		if n := len(ac.rel.Months); n > 0 {
			ac.rel.From, ac.rel.To = ac.rel.Months[0].Month, ac.rel.Months[n-1].Month
		}
		out = append(out, ac.rel)
	}
	slices.SortFunc(out, func(a, b dossier.Relation) int {
		return cmp.Or(cmp.Compare(b.Events, a.Events), cmp.Compare(a.A, b.A), cmp.Compare(a.B, b.B))
	})
	return out
}
