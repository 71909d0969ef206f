package text

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// lowerRef is AppendLower's meaning spelled out rune by rune.
func lowerRef(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			dst = utf8.AppendRune(dst, utf8.RuneError)
		} else {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
		i += n
	}
	return dst
}

func TestAppendLower(t *testing.T) {
	cases := []struct{ name, prefix, s string }{
		{"empty", "", ""},
		{"ascii", "", "Pyongyang SENT Troops"},
		{"after text", "abc ", "KCNA"},
		{"umlauts", "", "ÜBER Außenminister Öl"},
		{"ascii then umlaut", "x", "Schweizer SÜDEN"},
		{"shorter lower case", "", "İstanbul \u212A"}, // dotted I grows, the Kelvin sign shrinks
		{"invalid bytes", "", "ab\xffCD\xc3"},
		{"digits and marks", "", "10.000 „Tausende“"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want := string(lowerRef([]byte(c.prefix), c.s))
			// without room, and with room to spare
			if got := string(AppendLower([]byte(c.prefix), c.s)); got != want {
				t.Errorf("AppendLower(%q, %q) = %q, want %q", c.prefix, c.s, got, want)
			}
			roomy := append(make([]byte, 0, 256), c.prefix...)
			if got := string(AppendLower(roomy, c.s)); got != want {
				t.Errorf("AppendLower with room (%q, %q) = %q, want %q", c.prefix, c.s, got, want)
			}
		})
	}
}
