package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// tokKind is the class of a token.
type tokKind uint8

const (
	tWord tokKind = iota
	tNum
	tPunct
)

// token is a word, a run of digits or one punctuation character, with its
// UTF-8 byte span in the text. Hyphens, slashes and dots are tokens of their
// own, so "five-year", "1990s" and "27.7." split into parts the rules read.
type token struct {
	start, end int
	text       string // as written
	low        string // lower-cased
	kind       tokKind
	num        int  // value of a digit run (up to 9 digits)
	space      bool // whitespace (or the start of text) before it
	newline    bool // a line break before it
	upper      bool // first letter upper-case
}

// tokenize splits text into tokens. It never fails: bytes that are not
// valid UTF-8 become punctuation tokens of their own.
func tokenize(text string, toks []token) []token {
	toks = toks[:0]
	// Lower-case the whole text once, so that tokens slice it instead of
	// allocating a string each. ASCII keeps its length; other letters are
	// lowered in place where their lower case is as long (Ä, Ö, Ü are).
	lb := []byte(text)
	for k, c := range lb {
		if c >= 'A' && c <= 'Z' {
			lb[k] = c + 'a' - 'A'
		}
	}
	var fix []lowerFix
	space, newline := true, true
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r':
				space = true
				i++
				continue
			case c == '\n':
				space, newline = true, true
				i++
				continue
			case c >= '0' && c <= '9':
				j, n := i, 0
				for j < len(text) && text[j] >= '0' && text[j] <= '9' {
					if j-i < 9 {
						n = n*10 + int(text[j]-'0')
					}
					j++
				}
				toks = append(toks, token{start: i, end: j, text: text[i:j], low: text[i:j], kind: tNum, num: n, space: space, newline: newline})
				space, newline = false, false
				i = j
				continue
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				// fall through to the word scanner below
			default:
				toks = append(toks, token{start: i, end: i + 1, text: text[i : i+1], low: text[i : i+1], kind: tPunct, space: space, newline: newline})
				space, newline = false, false
				i++
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			space = true
			if r == '\u2028' || r == '\u2029' || r == '\u0085' {
				newline = true
			}
			i += n
			continue
		}
		if !unicode.IsLetter(r) {
			toks = append(toks, token{start: i, end: i + n, text: text[i : i+n], low: text[i : i+n], kind: tPunct, space: space, newline: newline})
			space, newline = false, false
			i += n
			continue
		}
		j := i
		ascii := true // the word needs no Unicode lower-casing
		for j < len(text) {
			c := text[j]
			if c < utf8.RuneSelf {
				if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
					j++
					continue
				}
				break
			}
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
				break
			}
			ascii = false
			j += n
		}
		w := text[i:j]
		if !ascii && !lowerInPlace(lb[i:j], w) {
			fix = append(fix, lowerFix{len(toks), strings.ToLower(w)})
		}
		first, _ := utf8.DecodeRuneInString(w)
		toks = append(toks, token{start: i, end: j, text: w, kind: tWord, space: space, newline: newline, upper: unicode.IsUpper(first)})
		space, newline = false, false
		i = j
	}
	// lb is not written after this and not kept: the tokens may view it
	// as a string without a second copy of the text.
	low := unsafe.String(unsafe.SliceData(lb), len(lb))
	for k := range toks {
		if toks[k].kind == tWord {
			toks[k].low = low[toks[k].start:toks[k].end]
		}
	}
	for _, f := range fix {
		toks[f.tok].low = f.low
	}
	return toks
}

// lowerInPlace writes the lower case of the word w into b (len(b) ==
// len(w)) rune by rune, as strings.ToLower maps it, and reports whether
// every rune kept its length; when one did not, b is left partly written
// and the caller takes strings.ToLower. Most words pass, without the
// string strings.ToLower would allocate.
func lowerInPlace(b []byte, w string) bool {
	k := 0
	for _, r := range w {
		l := unicode.ToLower(r)
		n := utf8.RuneLen(r)
		if r == utf8.RuneError || utf8.RuneLen(l) != n {
			return false // (w is valid UTF-8: the scanner stops at other bytes)
		}
		utf8.EncodeRune(b[k:], l)
		k += n
	}
	return true
}

// lowerFix is a word whose lower case has another length than the word.
type lowerFix struct {
	tok int
	low string
}
