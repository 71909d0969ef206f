package entity

import (
	"unicode"
	"unicode/utf8"
)

// Lower-casing without allocating, for tests that run on every token and
// mostly fail: strings.ToLower allocates for every word with a capital,
// which in German is every noun.

// lowerIs reports whether strings.ToLower(s) == w for an ASCII w: ToLower
// lower-cases rune by rune, so each of s's runes must lower-case to w's
// next byte (an invalid byte becomes U+FFFD, which no ASCII byte equals).
func lowerIs(s, w string) bool {
	if len(s) < len(w) {
		return false // each byte of w needs a rune of s
	}
	j := 0
	for _, r := range s {
		if j == len(w) {
			return false
		}
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		} else if r >= utf8.RuneSelf {
			r = unicode.ToLower(r)
		}
		if r != rune(w[j]) {
			return false
		}
		j++
	}
	return j == len(w)
}
