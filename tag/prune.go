package tag

import (
	"cmp"
	"fmt"
	"slices"
)

// prune returns the keep features of w whose rows have the largest sums of
// squared weights (all of them when w has no more). Ties go to the smaller
// key, so the same model prunes to the same model.
func (w *weights) prune(keep int) *weights {
	type kv struct {
		key uint64
		row []int16
		l2  int64
	}
	all := make([]kv, 0, w.len())
	w.each(func(key uint64, row []int16) {
		var s int64
		for _, v := range row {
			s += int64(v) * int64(v)
		}
		all = append(all, kv{key, slices.Clone(row), s})
	})
	slices.SortFunc(all, func(a, b kv) int {
		if c := cmp.Compare(b.l2, a.l2); c != 0 {
			return c
		}
		return cmp.Compare(a.key, b.key)
	})
	all = all[:min(keep, len(all))]
	// Inserted by key, as freezeRows does, so the file written does not
	// depend on the order the rows had before.
	slices.SortFunc(all, func(a, b kv) int { return cmp.Compare(a.key, b.key) })
	p := newWeights(w.nTags, len(all), w.scale)
	for _, e := range all {
		p.insert(e.key, e.row)
	}
	return p
}

// Prune keeps the keep features of the model with the largest weights (by
// the sum of their squares) and drops the rest. Most features of a
// perceptron were touched by a few updates and rarely decide a tag; the
// table they fill is read at random, once per feature per token, so the
// fewer lines it has, the more of it stays in the processor's cache. It
// returns the number of features kept.
func (t *Tagger) Prune(keep int) (int, error) {
	if keep <= 0 {
		return 0, fmt.Errorf("prune tagger: keep %d features: give a positive number", keep)
	}
	t.setWeights(t.w.prune(keep))
	return t.w.len(), nil
}
