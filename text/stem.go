package text

import (
	"strings"
	"unicode"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
	"github.com/blevesearch/snowballstem/german"
	"golang.org/x/text/unicode/norm"
)

// Stem returns the Snowball stem of a word in lang ("en" or "de"), lower-cased
// and without diacritics so that "Außenminister" and "aussenminister",
// "Pjöngjang" and "Pjongjang" meet. Words without letters are returned
// lower-cased.
func Stem(word, lang string) string {
	w := strings.ToLower(word)
	if !hasLetter(w) {
		return w
	}
	env := snowballstem.NewEnv(w)
	switch lang {
	case "de":
		german.Stem(env)
	default:
		english.Stem(env)
	}
	return Fold(env.Current())
}

// Fold lower-cases s, writes ß as ss and removes diacritics.
func Fold(s string) string {
	s = strings.ToLower(s)
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ReplaceAll(s, "ß", "ss")) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
