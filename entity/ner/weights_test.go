package ner

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestAddEachExact holds addEach, after prefetchMark, to add called feature
// by feature: the same float32 in every label, bit for bit, for batches of
// every length (the sums go in fours, twos and ones), with absent features,
// features repeated and one that only the filter lets through.
func TestAddEachExact(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, nlab := range []int{3, 9, 25} {
		keys := make([]uint64, 3000)
		rows := make([]byte, len(keys)*(nlab-1))
		for i := range keys {
			keys[i] = r.Uint64()
		}
		for i := range rows {
			if r.IntN(3) > 0 {
				rows[i] = byte(r.IntN(256))
			}
		}
		tab := newWeightTable(nlab, keys, rows, makeCodebook(0.001, 3))
		if tab.present.has(tab.absent) {
			t.Fatalf("nlab %d: the absent hash passes the filter", nlab)
		}
		for trial := range 2000 {
			fs := make([]uint64, r.IntN(14))
			for i := range fs {
				switch r.IntN(4) {
				case 0:
					fs[i] = r.Uint64() // absent, mostly
				case 1:
					fs[i] = tab.absent
				default:
					fs[i] = keys[r.IntN(len(keys))]
				}
			}
			want := make([]float32, nlab)
			got := make([]float32, nlab)
			for l := range want {
				want[l] = float32(r.NormFloat64())
				got[l] = want[l]
			}
			for _, h := range fs {
				tab.add(h, want)
			}
			marked := append([]uint64(nil), fs...)
			tab.prefetchMark(marked)
			tab.addEach(marked, got)
			for l := range want {
				if math.Float32bits(got[l]) != math.Float32bits(want[l]) {
					t.Fatalf("nlab %d, trial %d, label %d: addEach %v, add %v", nlab, trial, l, got[l], want[l])
				}
			}
		}
	}
}
