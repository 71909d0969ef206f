package entity

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/text"
)

func TestLowerIs(t *testing.T) {
	for _, c := range []struct {
		s, w string
		want bool
	}{
		{"Papst", "papst", true},
		{"PAPST", "papst", true},
		{"papst", "papst", true},
		{"Papste", "papst", false},
		{"Paps", "papst", false},
		{"Päpst", "papst", false},
		{"Von", "von", true},
		{"vOn", "von", true},
		{"\u212Aanzler", "kanzler", true}, // the Kelvin sign lower-cases to k
		{"\u0130n", "in", true},           // and the dotted capital I to i
		{"\xffon", "von", false},
		{"", "", true},
		{"a", "", false},
	} {
		if got := lowerIs(c.s, c.w); got != c.want {
			t.Errorf("lowerIs(%q, %q) = %v, want %v", c.s, c.w, got, c.want)
		}
		if got := strings.ToLower(c.s) == c.w; got != c.want {
			t.Errorf("case %q, %q: strings.ToLower disagrees with the table", c.s, c.w)
		}
	}
}

// TestLowerAsToLower holds lowerIs and text.AppendLower (which the rules use) to strings.ToLower over
// every rune of the Basic Multilingual Plane and random mixes of runes,
// capitals and invalid bytes.
func TestLowerAsToLower(t *testing.T) {
	words := []string{"pope", "papst", "of", "von", "kanzler", "in", "i", "k"}
	check := func(s string) {
		t.Helper()
		if got, want := string(text.AppendLower(nil, s)), strings.ToLower(s); got != want {
			t.Fatalf("AppendLower(%q) = %q, want %q", s, got, want)
		}
		low := strings.ToLower(s)
		for _, w := range append(words, low) {
			if !isASCII(w) {
				continue
			}
			if got, want := lowerIs(s, w), low == w; got != want {
				t.Fatalf("lowerIs(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
	for r := rune(0); r < 0x10000; r++ {
		check(string(r))
		check("P" + string(r) + "pst")
	}
	r := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"p", "P", "a", "A", "s", "S", "t", "T", "o", "O", "n", "N", "v", "V", "k", "K",
		"\u212A", "\u0130", "ä", "Ä", "ß", "\xff", "\xc3", " ", "-"}
	for range 100000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		check(b.String())
	}
}

// TestLookupLowerPairAsConcatenation checks lookupLowerPair against the
// key it stands for, strings.ToLower of both words joined by a space, on
// words with capitals, umlauts, other scripts, invalid bytes and pairs too
// long for the stack buffer.
func TestLookupLowerPairAsConcatenation(t *testing.T) {
	words := []string{"Armed", "FORCES", "Streit", "Kräfte", "ÖL", "Industrie", "İzmir", "Σ", "\xffx", "",
		"Verteidigungsministeriumsangelegenheiten", "Bundesnachrichtendienstmitarbeiterinnen"}
	m := map[string]int{}
	for i, a := range words {
		for j, b := range words {
			if (i+j)%3 == 0 {
				m[strings.ToLower(a)+" "+strings.ToLower(b)] = 100*i + j
			}
		}
	}
	for _, a := range words {
		for _, b := range words {
			toks := []dossier.Token{{Text: a}, {Text: b}}
			want, wantOK := m[strings.ToLower(a)+" "+strings.ToLower(b)]
			got, ok := lookupLowerPair(m, toks, 0)
			if got != want || ok != wantOK {
				t.Errorf("lookupLowerPair(%q, %q) = %d, %v, want %d, %v", a, b, got, ok, want, wantOK)
			}
		}
	}
}
