package text

import (
	"unicode"
	"unicode/utf8"
)

// AppendLower appends s in lower case (rune by rune, as unicode.ToLower).
// The event stage lowers every form and lemma of a sentence with it: most are
// ASCII, which is lowered in place in room grown once, not appended a byte
// at a time; from the first other byte on, runes are decoded, since a
// lower-case rune may take another number of bytes.
func AppendLower(dst []byte, s string) []byte {
	n := len(dst)
	if cap(dst)-n < len(s) {
		dst = append(dst, s...)
	} else {
		dst = dst[:n+len(s)]
	}
	out := dst[n:]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return appendLowerRunes(dst[:n+i], s[i:])
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return dst
}

// appendLowerRunes is AppendLower for text that is not all ASCII.
func appendLowerRunes(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}
