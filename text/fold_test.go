package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// clitic must agree with lowering the whole word first, which it
// replaces: no rune outside ASCII may lower to n, t or an apostrophe.
func TestCliticNoRuneLowersToASCII(t *testing.T) {
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

// cliticByLowering is the definition clitic replaces: the first clitic
// that ends w, when w is longer than it (by two letters for n't), the
// case of n and t ignored by lowering the word.
func cliticByLowering(w string) int {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return len(suf)
		}
	}
	for _, suf := range []string{"n't", "n’t"} {
		if len(w) > len(suf)+1 && strings.HasSuffix(strings.ToLower(w), suf) {
			return len(suf)
		}
	}
	return 0
}

func TestClitic(t *testing.T) {
	words := []string{"don't", "DON'T", "Don’t", "WON’T", "can't", "cant", "n't", "xn't", "xn’t", "xxn’t", "xn'", "İN'T", "\xffN'T", "N\xe2\x80T", "isn’T", "ASN'Ts",
		"Korea's", "KOREA'S", "Korea’s", "Korea’S", "'s", "a's", "’s", "a’s", "s", "ts", "bus", "’’s", "\x99s", ""}
	for _, w := range words {
		if got, want := clitic(w), cliticByLowering(w); got != want {
			t.Errorf("clitic(%q) = %d, want %d", w, got, want)
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

func FuzzClitic(f *testing.F) {
	f.Add("DON'T")
	f.Add("Won’t")
	f.Add("Korea’s")
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := clitic(w), cliticByLowering(w); got != want {
			t.Fatalf("clitic(%q) = %d, want %d", w, got, want)
		}
	})
}
