package kb

import (
	"unicode"
	"unicode/utf8"
)

// Fold returns the key under which a name is matched: words split at spaces
// and hyphens and joined by one space, each lower-cased (Unicode), without
// diacritics, apostrophes and dots, ß as ss, and stripped of German and
// English inflection (genitive -s/-es/'s, adjective endings -e/-en/-er/-es/-em,
// at most two endings). So "Kim Jong-uns", "Kim Jong Un" and "KIM JONG-UN"
// fold alike, as do "Nordkoreas" and "Nordkorea", "nordkoreanischen" and
// "nordkoreanisch", "Außenministerium" and "Aussenministerium".
//
// Folding loses information on purpose; the matcher checks each candidate's
// unfolded form, case and permitted endings before it reports a match, so
// that "Hall" does not match "Halle" nor "us" match "US".
func Fold(s string) string {
	// The entity stage folds names per mention: a buffer on the stack
	// leaves one allocation, the result, where a growing slice, a word
	// buffer and the closure that shared them took three.
	var buf [96]byte
	out := appendFold(buf[:0], s)
	if len(out) == 0 {
		return ""
	}
	return string(out)
}

// appendFold appends Fold(s) to dst, which must be empty or end in a word
// of Fold's output (a space goes between). Each word is normalised in place
// at the end of dst and cut to its stem, or taken back when nothing of it
// remains.
func appendFold(dst []byte, s string) []byte {
	start := -1
	for i := 0; i <= len(s); {
		r, n := rune(' '), 1
		if i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				r = rune(c)
			} else {
				r, n = utf8.DecodeRuneInString(s[i:])
			}
		}
		switch {
		case isSep(r):
			if start >= 0 {
				mark := len(dst)
				if mark > 0 {
					dst = append(dst, ' ')
				}
				w := len(dst)
				dst = appendNorm(dst, s[start:i])
				if sl := stemLen(dst[w:]); sl > 0 {
					dst = dst[:w+sl]
				} else {
					dst = dst[:mark]
				}
				start = -1
			}
		case start < 0:
			start = i
		}
		i += n
	}
	return dst
}

func isSep(r rune) bool {
	return r == ' ' || isHyphen(r) || r == '\t' || r == '\n' || r == '\r' || r == 0xA0
}

func isHyphen(r rune) bool {
	return r == '-' || r == '\u2010' || r == '\u2011'
}

// asciiNorm is what appendNorm makes of an ASCII byte: its lower case, or
// dropNorm for the apostrophe and the dot, which it drops. One load in
// place of the tests for the range and the two marks: the matcher
// normalises every byte of the text.
var asciiNorm = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		switch {
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c + 'a' - 'A')
		case c == '\'' || c == '.':
			t[c] = dropNorm
		default:
			t[c] = byte(c)
		}
	}
	return t
}()

// dropNorm marks in asciiNorm a byte that is dropped; it is no ASCII byte.
const dropNorm = 0xFF

// appendNorm appends the normalised word w to dst: lower case, diacritics
// removed (see foldTable), apostrophes, dots and soft hyphens dropped.
func appendNorm(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			i++
			if b := asciiNorm[c]; b != dropNorm {
				dst = append(dst, b)
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
		dst = appendNormRune(dst, r)
	}
	return dst
}

// appendNormPiece appends to dst the normalised piece of s before its
// first hyphen (see isHyphen) and returns the hyphen's offset, or len(s):
// appendNorm of the piece, in the one pass over the bytes where the
// matcher made two, one to find the hyphen and one to normalise. It scans
// bytes for the hyphens: U+2010 and U+2011 are E2 80 90/91 in UTF-8, and a
// lead byte such as E2 never occurs inside another rune's encoding, so the
// scan finds what decoding rune by rune would.
func appendNormPiece(dst []byte, s string) ([]byte, int) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '-' {
				return dst, i
			}
			if b := asciiNorm[c]; b != dropNorm {
				dst = append(dst, b)
			}
			i++
			continue
		}
		if c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x90 || s[i+2] == 0x91) {
			return dst, i
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		dst = appendNormRune(dst, r)
	}
	return dst, len(s)
}

// appendNormRune appends what appendNorm makes of a rune beyond ASCII.
func appendNormRune(dst []byte, r rune) []byte {
	if s, ok := foldTable[r]; ok {
		return append(dst, s...)
	}
	return utf8.AppendRune(dst, unicode.ToLower(r))
}

// stemLen returns the length of the stem of the normalised word b: b without
// up to two inflectional endings. The stem keeps at least three bytes (two
// for a genitive s, so "uns" in "Jong-uns" becomes "un").
func stemLen(b []byte) int {
	// The matcher stems every piece of the text, and the branches on its
	// letters, as good as random, were mispredicted twice a word: the
	// tests are arithmetic on the last two bytes (see strip), and a
	// second strip after one that stripped nothing strips nothing either,
	// so none comes between the two.
	n := len(b)
	if n < 3 {
		return n
	}
	n = strip(n, b[n-1], b[n-2])
	return strip(n, b[n-1], b[n-2]) // n >= 2: two bytes go only from five
}

// strip returns the length of a word of n bytes ending in c2, c1 without
// one ending: -es, -en, -er or -em when five bytes or more, else -e when four
// or more, else -s when three or more.
func strip(n int, c1, c2 byte) int {
	k := int(endKind[c1])
	// (m-n)>>63&1 is 1 when n > m
	two := k >> 2 & int(b2i(c2 == 'e')) & ((4 - n) >> 63 & 1)
	one := (k&((3-n)>>63) | k>>1&((2-n)>>63)) & 1 &^ two
	return n - 2*two - one
}

// endKind classifies a last byte for strip: 1 for e, 2 for s, and 4
// for the second letters of a two-byte ending (s, n, r, m).
var endKind = func() (t [256]uint8) {
	t['e'] = 1
	t['s'] = 2 | 4
	t['n'], t['r'], t['m'] = 4, 4, 4
	return t
}()

func b2i(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// adjBase strips one adjective ending (-e, -en, -er, -es, -em) from a
// normalised word, if it has one and keeps at least three bytes.
func adjBase(p string) string {
	n := len(p)
	if n >= 5 && p[n-2] == 'e' {
		switch p[n-1] {
		case 's', 'n', 'r', 'm':
			return p[:n-2]
		}
	}
	if n >= 4 && p[n-1] == 'e' {
		return p[:n-1]
	}
	return p
}
