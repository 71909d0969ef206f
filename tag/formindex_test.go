package tag

import (
	"math/rand/v2"
	"testing"
)

// TestFormIndexMatchesMap checks formIndex against a Go map over random
// hashes, colliding home slots, growth and resets.
func TestFormIndexMatchesMap(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var x formIndex
	ref := map[uint64]int32{}
	for round := range 3 {
		for i := range 5000 {
			h := r.Uint64()
			if i%3 == 0 {
				h &= 0xff00 // many keys sharing low bits: long probe runs
			}
			if _, ok := ref[h]; !ok {
				ref[h] = int32(i)
				x.put(h, int32(i))
			}
			q := r.Uint64()
			if i%2 == 0 {
				q = h
			}
			want, wok := ref[q]
			got, gok := x.get(q)
			if got != want || gok != wok {
				t.Fatalf("round %d: get(%#x) = %d, %v; want %d, %v", round, q, got, gok, want, wok)
			}
		}
		x.reset()
		clear(ref)
		if _, ok := x.get(0); ok {
			t.Fatal("get after reset found a key")
		}
	}
}
