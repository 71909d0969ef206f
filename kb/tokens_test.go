package kb

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
)

// tokenize is a small splitter for tests and benchmarks: words with inner
// hyphens, apostrophes and dots (U.S.), English clitics split off ("Korea"
// "'s"), every other mark a token of its own.
func tokenize(s string) []dossier.Token {
	var toks []dossier.Token
	add := func(a, b int) {
		toks = append(toks, dossier.Token{Span: dossier.Span{Start: a, End: b}, Text: s[a:b]})
	}
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) }
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWord(r) {
			add(i, i+n)
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isWord(r) {
				j += n
				continue
			}
			if strings.ContainsRune("-'’.", r) && j+n < len(s) {
				if next, _ := utf8.DecodeRuneInString(s[j+n:]); isWord(next) {
					j += n
					continue
				}
			}
			if r == '.' && j-i <= 3 && strings.Contains(s[i:j], ".") {
				j += n // closing dot of "U.S."
			}
			if r == '-' && strings.HasPrefix(s[j+n:], " ") {
				j += n // "Nord- und Südkorea": the hyphen stays with the word
			}
			break
		}
		w := s[i:j]
		if k := strings.LastIndexAny(w, "'’"); k > 0 && (w[k:] == "'s" || w[k:] == "’s") {
			add(i, i+k)
			add(i+k, j)
		} else {
			add(i, j)
		}
		i = j
	}
	return toks
}
