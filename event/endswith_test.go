package event

import (
	"strings"
	"testing"
)

// TestEndsWith holds endsWith to strings.HasSuffix.
func TestEndsWith(t *testing.T) {
	for _, c := range []struct{ s, suf string }{
		{"griffen", "griffen"}, {"angriffen", "griffen"}, {"griff", "griffen"},
		{"lieferte", "te"}, {"liefert", "te"}, {"stieß", "stieß"}, {"stieß", "ß"},
		{"", ""}, {"a", ""}, {"", "a"}, {"ten", "tet"}, {"bat", "at"},
	} {
		if got, want := endsWith(c.s, c.suf), strings.HasSuffix(c.s, c.suf); got != want {
			t.Errorf("endsWith(%q, %q) = %v, want %v", c.s, c.suf, got, want)
		}
	}
}
