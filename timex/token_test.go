package timex

import (
	"strings"
	"testing"
)

// TestTokenLower checks the tokens' lower case against strings.ToLower,
// for words whose letters keep their length when lowered and for words
// with a letter that does not (the Kelvin sign, İ).
func TestTokenLower(t *testing.T) {
	for _, text := range []string{
		"Am Montag begann der Übergang",
		"ÄÖÜ äöü ẞtraße Ärzte",
		"ΣΟΦΊΑ Москва ПЯТНИЦА",
		"İstanbul 5 \u212Aelvin days",
		"Ǆemal ǅ ǆ ÀÉÎ",
		"x\u0301Y MIXED ÇaSe",
	} {
		for _, tok := range tokenize(text, nil) {
			if want := strings.ToLower(tok.text); tok.low != want {
				t.Errorf("%q: token %q low %q, want %q", text, tok.text, tok.low, want)
			}
		}
	}
}

func FuzzTokenLower(f *testing.F) {
	f.Add("Übergang İstanbul \u212A")
	f.Fuzz(func(t *testing.T, text string) {
		for _, tok := range tokenize(text, nil) {
			if tok.kind == tWord && tok.low != strings.ToLower(tok.text) {
				t.Errorf("token %q low %q, want %q", tok.text, tok.low, strings.ToLower(tok.text))
			}
		}
	})
}
