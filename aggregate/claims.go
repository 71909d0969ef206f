package aggregate

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"math"
	"slices"
	"strings"

	"github.com/dossier-news/dossier"
)

// Range is what a figure allows: [Low, High], High = +Inf when open.
type Range struct{ Low, High float64 }

func (r Range) intersects(o Range) bool { return r.Low <= o.High && o.Low <= r.High }

// roundingTolerance: a round figure ("10,000 soldiers") stands for anything
// that rounds to it; 5 % covers rounding to two significant digits.
const roundingTolerance = 0.05

// RangeOf reads a quantity with its modifier. Modifiers are matched on their
// words, in English and German ("more than", "über", "bis zu", "rund",
// "thousands", "Tausende" …).
func RangeOf(q dossier.Quantity) Range {
	v := q.Value
	mod := strings.ToLower(strings.TrimSpace(q.Modifier))
	switch {
	case hasAny(mod, "tens of thousands", "zehntausend"):
		return Range{1e4, 1e5}
	case hasAny(mod, "hundreds of thousands", "hunderttausend"):
		return Range{1e5, 1e6}
	case hasAny(mod, "thousands", "tausende"):
		return Range{1e3, 1e6}
	case hasAny(mod, "hundreds", "hunderte"):
		return Range{100, 1e3}
	case hasAny(mod, "dozens", "dutzende"):
		return Range{12, 100}
	case hasAny(mod, "millions", "millionen"):
		return Range{1e6, 1e9}
	case hasAny(mod, "more than", "over", "mehr als", "über", "upwards of", "exceed", "greater"):
		return Range{math.Nextafter(v, math.Inf(1)), math.Inf(1)}
	case hasAny(mod, "at least", "mindestens", "no fewer", "no less", "wenigstens"):
		return Range{v, math.Inf(1)}
	case hasAny(mod, "up to", "bis zu", "at most", "höchstens", "maximal", "no more"):
		return Range{0, v}
	case hasAny(mod, "less than", "fewer than", "under", "weniger als", "unter", "below"):
		return Range{0, math.Nextafter(v, 0)}
	case hasAny(mod, "nearly", "almost", "fast", "beinahe", "knapp"):
		return Range{v * 0.85, v}
	case hasAny(mod, "about", "around", "approximately", "roughly", "some", "an estimated", "estimated",
		"rund", "etwa", "ungefähr", "circa", "ca.", "schätzungsweise", "gut", "mehr oder weniger"):
		return Range{v * 0.8, v * 1.2}
	}
	if round(v) {
		return Range{v * (1 - roundingTolerance), v * (1 + roundingTolerance)}
	}
	return Range{v, v}
}

func hasAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// round: a figure with at most two significant digits (10,000; 12,000; 500).
func round(v float64) bool {
	if v < 100 || v != math.Trunc(v) {
		return false
	}
	for v >= 100 {
		if math.Mod(v, 10) != 0 {
			return false
		}
		v /= 10
	}
	return true
}

// ThreadKey is what claims of one thread share.
type ThreadKey struct {
	Actor, Target, Type, Unit string
}

// Claims lines up the figures of all stories by thread: the same actor,
// target, event type and unit. A thread disagrees when two claims from
// different documents about overlapping periods (the same story, or dates
// that overlap) allow no common value. Units are compared as given: the
// event extractor writes them as English singular nouns.
func Claims(stories []dossier.Story) []dossier.ClaimThread {
	type entry struct {
		claim dossier.Claim
		rng   Range
		iv    interval
		story string
	}
	threads := map[ThreadKey][]entry{}
	for _, s := range stories {
		for _, r := range s.Reports {
			for _, q := range r.Quantities {
				unit := NormalizeUnit(q.Unit)
				if unit == "" || unit == "percent" || unit == "%" {
					continue // shares of different wholes are not one figure
				}
				k := ThreadKey{s.Actor, s.Target, s.Type, unit}
				rg := RangeOf(q)
				c := dossier.Claim{Quantity: q, Low: rg.Low, Report: r}
				if !math.IsInf(rg.High, 1) {
					h := rg.High
					c.High = &h
				}
				iv := intervalOf(r.Date)
				if !iv.dated() {
					iv = intervalOf(s.Date)
				}
				threads[k] = append(threads[k], entry{c, rg, iv, s.ID})
			}
		}
	}
	var out []dossier.ClaimThread
	for k, es := range threads {
		docs := map[string]bool{}
		for _, e := range es {
			docs[e.claim.Report.Doc.ID] = true
		}
		if len(docs) < 2 {
			continue // a thread needs two sources to compare
		}
		slices.SortFunc(es, func(a, b entry) int {
			return cmp.Or(a.iv.from.Compare(b.iv.from), cmp.Compare(a.claim.Report.Event, b.claim.Report.Event), cmp.Compare(a.claim.Quantity.Start, b.claim.Quantity.Start))
		})
		t := dossier.ClaimThread{Actor: k.Actor, Target: k.Target, Type: k.Type, Unit: k.Unit}
		for i, a := range es {
			t.Claims = append(t.Claims, a.claim)
			for _, b := range es[i+1:] {
				if a.claim.Report.Doc.ID == b.claim.Report.Doc.ID {
					continue
				}
				samePeriod := a.story == b.story || a.iv.overlaps(b.iv)
				if samePeriod && !a.rng.intersects(b.rng) {
					t.Disagree = true
				}
			}
		}
		sum := sha256.Sum256([]byte(k.Actor + "|" + k.Target + "|" + k.Type + "|" + k.Unit))
		t.ID = "c-" + hex.EncodeToString(sum[:8])
		out = append(out, t)
	}
	slices.SortFunc(out, func(a, b dossier.ClaimThread) int { return strings.Compare(a.ID, b.ID) })
	return out
}
