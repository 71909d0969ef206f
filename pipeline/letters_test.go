package pipeline

import (
	"testing"
	"unicode"
)

func lettersByRune(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

func TestLettersASCIIPath(t *testing.T) {
	for c := 0; c < 256; c++ {
		s := string([]byte{byte(c)})
		if got, want := letters(s), lettersByRune(s); got != want {
			t.Errorf("letters(%q) = %d, want %d", s, got, want)
		}
	}
	for _, s := range []string{"", "Nordkorea schickt 1.000 Soldaten.", "Ça va, ÆØÅ ß 日本 \xff\xfe@[`{", "x\u0301y"} {
		if got, want := letters(s), lettersByRune(s); got != want {
			t.Errorf("letters(%q) = %d, want %d", s, got, want)
		}
	}
}

func FuzzLetters(f *testing.F) {
	f.Add("Die Regierung in Seoul, 2024.")
	f.Add("\xff\xfeÄ@Z[a`z{")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := letters(s), lettersByRune(s); got != want {
			t.Fatalf("letters(%q) = %d, want %d", s, got, want)
		}
	})
}
