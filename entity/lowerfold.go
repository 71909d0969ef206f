package entity

import (
	"unicode"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/text"
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

// lookupLowerPair is m[lower(toks, i)+" "+lower(toks, i+1)] for tokens i and
// i+1 (both in range), the key made in a buffer on the stack: a look-up by
// string(key) allocates nothing, where the concatenation cost three strings
// for every word pair after a country or organisation.
func lookupLowerPair[V any](m map[string]V, toks []dossier.Token, i int) (V, bool) {
	var buf [64]byte
	key := text.AppendLower(buf[:0], toks[i].Text)
	key = append(key, ' ')
	key = text.AppendLower(key, toks[i+1].Text)
	v, ok := m[string(key)]
	return v, ok
}
