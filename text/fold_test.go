package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// hasSuffixFold must agree with lowering the whole word first, which it
// replaces: no rune outside ASCII may lower to an ASCII character.
func TestHasSuffixFoldNoRuneLowersToASCII(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); l < utf8.RuneSelf {
			if strings.ContainsRune("n't", l) {
				t.Errorf("%U lowers to %q", r, l)
			}
		}
		if l := unicode.ToLower(r); l == '’' && r != '’' {
			t.Errorf("%U lowers to ’", r)
		}
	}
}

func TestHasSuffixFold(t *testing.T) {
	words := []string{"don't", "DON'T", "Don’t", "WON’T", "can't", "cant", "n't", "xn'", "İN'T", "\xffN'T", "N\xe2\x80T", "isn’T", "ASN'Ts", ""}
	for _, w := range words {
		for _, suf := range []string{"n't", "n’t"} {
			want := strings.HasSuffix(strings.ToLower(w), suf)
			if got := hasSuffixFold(w, suf); got != want {
				t.Errorf("hasSuffixFold(%q, %q) = %v, lowering says %v", w, suf, got, want)
			}
		}
	}
}

// The ASCII table must say what the Unicode classes say.
func TestASCIIWord(t *testing.T) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if isWordRune(r) != want {
			t.Errorf("isWordRune(%q) = %v", r, !want)
		}
	}
}

func FuzzHasSuffixFold(f *testing.F) {
	f.Add("DON'T")
	f.Add("Won’t")
	f.Fuzz(func(t *testing.T, w string) {
		for _, suf := range []string{"n't", "n’t"} {
			if got, want := hasSuffixFold(w, suf), strings.HasSuffix(strings.ToLower(w), suf); got != want {
				t.Fatalf("hasSuffixFold(%q, %q) = %v, lowering says %v", w, suf, got, want)
			}
		}
	})
}
