package ner

import (
	"maps"
	"math/rand/v2"
	"testing"
)

// TestHashTableSameAsMap fills tables and Go maps alike, with keys that
// crowd a few slots, key 0 and keys put twice, and checks that every look-up
// of a stored or an absent key gives the map's answer.
func TestHashTableSameAsMap(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	for _, n := range []int{0, 1, 2, 7, 100, 5000} {
		for _, keys := range []struct {
			name string
			gen  func() uint64
		}{
			{"random", r.Uint64},
			// alike in their high bits, which pick the home slot
			{"clustered", func() uint64 { return 0xabc<<52 | r.Uint64N(4*uint64(n)+4) }},
			{"small", func() uint64 { return r.Uint64N(3 * uint64(n+1)) }},
		} {
			want := map[uint64]uint32{}
			for len(want) < n {
				want[keys.gen()] = r.Uint32()
			}
			tab := newHashTable[uint32](len(want))
			for k, v := range want {
				tab.put(k, v^1) // replaced below
			}
			for k, v := range want {
				tab.put(k, v)
			}
			if tab.n != len(want) {
				t.Errorf("%s n=%d: table holds %d keys, want %d", keys.name, n, tab.n, len(want))
			}
			for k, v := range want {
				if got, ok := tab.get(k); !ok || got != v {
					t.Fatalf("%s n=%d: get(%#x) = %d, %v; want %d, true", keys.name, n, k, got, ok, v)
				}
			}
			for range 2000 {
				k := keys.gen()
				v, inMap := want[k]
				if got, ok := tab.get(k); ok != inMap || got != v {
					t.Fatalf("%s n=%d: get(%#x) = %d, %v; want %d, %v", keys.name, n, k, got, ok, v, inMap)
				}
			}
			if got := maps.Collect(tab.all()); !maps.Equal(got, want) {
				t.Errorf("%s n=%d: all yields %d entries, not the %d put", keys.name, n, len(got), len(want))
			}
			if got := tab.toMap(); !maps.Equal(got, want) {
				t.Errorf("%s n=%d: toMap differs from what was put", keys.name, n)
			}
		}
	}
}

// TestLexiconIndexAndChange checks that a lexicon answers alike while it is
// built, once indexed, and when a name is added after indexing.
func TestLexiconIndexAndChange(t *testing.T) {
	l := NewLexicon()
	l.AddName("Neustadt an der Weinstraße", GazCity)
	l.AddName("Ravensburg", GazCity)
	probe := func(stage string, tokens []string, want int) {
		t.Helper()
		if got := len(l.Lookup(tokens)); got != want {
			t.Errorf("%s: %d matches in %q, want %d", stage, got, tokens, want)
		}
	}
	toks := []string{"in", "Neustadt", "an", "der", "Weinstraße", "und", "Ravensburg", "und", "Tettnang"}
	probe("built", toks, 2)
	n := l.Len()
	l.index()
	if l.entries != nil || l.Len() != n {
		t.Fatalf("index: map kept or %d keys, want %d", l.Len(), n)
	}
	probe("indexed", toks, 2)
	l.AddName("Tettnang", GazCity)
	probe("changed", toks, 3)
	l.index()
	probe("indexed again", toks, 3)
	if l.single(hashFold("Tettnang")) != classBit(GazCity) || l.single(hashFold("Tettnanger")) != 0 {
		t.Error("single disagrees with Lookup after indexing")
	}
}
