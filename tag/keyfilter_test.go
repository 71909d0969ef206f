package tag

import (
	"fmt"
	"testing"
)

// TestKeyFilter checks that the filter never turns away a key of its map,
// and turns away most others (it would be useless, not wrong, otherwise).
func TestKeyFilter(t *testing.T) {
	for _, n := range []int{0, 1, 100, 20000} {
		m := map[string]bool{}
		for i := range n {
			m[fmt.Sprintf("NOUN\x00wort%d", i)] = true
		}
		f := newKeyFilter(m)
		for k := range m {
			if !f.mayHave([]byte(k)) {
				t.Fatalf("n=%d: filter turned away %q, a key of the map", n, k)
			}
		}
		passed := 0
		for i := range 10000 {
			if f.mayHave(fmt.Appendf(nil, "VERB\x00other%d", i)) {
				passed++
			}
		}
		if passed > 500 {
			t.Errorf("n=%d: %d of 10000 absent keys passed the filter", n, passed)
		}
	}
	var none keyFilter
	if !none.mayHave([]byte("x")) {
		t.Error("a filter never built turned a key away")
	}
}
