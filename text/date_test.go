package text

import "testing"

func TestIsISODate(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"1996-08-30", true},
		{"2025-07-27", true},
		{"1996-8-30", false},
		{"1996/08/30", false},
		{"19960830", false},
		{"1996-08-3x", false},
		{"", false},
	} {
		if got := IsISODate(tt.w); got != tt.want {
			t.Errorf("IsISODate(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
