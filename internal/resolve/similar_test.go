package resolve

import (
	"context"
	"strings"
	"testing"
)

// TestSimilar checks the names suggested for a misspelling: by full name,
// alias or surname, closest first, and none for a name far from all.
func TestSimilar(t *testing.T) {
	store := entities{
		"Q58217": {ID: "Q58217", Name: "Sergey Lavrov", Aliases: []string{"Sergej Lawrow"}},
		"Q423":   {ID: "Q423", Name: "North Korea", Aliases: []string{"Nordkorea"}},
		"Q884":   {ID: "Q884", Name: "South Korea"},
	}
	tests := []struct {
		name string
		want string // the suggestions joined by "; "
	}{
		{"Lavorv", "Sergey Lavrov (Q58217)"},                      // a swapped pair in the surname
		{"Lawroww", "Sergey Lavrov (Q58217)"},                     // the German surname, one letter more
		{"Nordkroea", "North Korea (Q423)"},                       // a German alias
		{"Sooth Korea", "South Korea (Q884); North Korea (Q423)"}, // one letter off
		{"Nrth Korea", "North Korea (Q423)"},                      // nearer to one than the other
		{"Ko", ""},                                                // too short to say
		{"Xylophone", ""},                                         // far from every name
	}
	for _, tt := range tests {
		got := strings.Join(Similar(context.Background(), store, tt.name, 3), "; ")
		if got != tt.want {
			t.Errorf("Similar(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestEditDistance checks the distance suggestions rest on: a swap of
// neighbours is one edit.
func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"lavrov", "lavrov", 0},
		{"lavorv", "lavrov", 1},
		{"lawrow", "lavrov", 2},
		{"", "abc", 3},
		{"pjöngjang", "pjongjang", 1},
	}
	for _, tt := range tests {
		if got := EditDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
