package lang

import (
	"bytes"
	_ "embed"
	"fmt"
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"
)

// screenModel tells a dozen languages written in the Latin alphabet apart
// (MODEL.md lists them). It is trained from word lists rather than running
// text: enough to see that a document is French, not to segment English
// from German, which stays the Detector's job.
//
//go:embed screen.bin.gz
var screenModel []byte

const (
	// screenBytes is how much of a document the screen reads: a few
	// hundred words tell a language, and the rest would only cost time.
	screenBytes = 2000
	// minScreenWords and minScreenDistinct are the running words a text
	// needs before the screen judges it: names, numbers and the
	// abbreviations of tables ("Shr 11 cts vs 13 cts") say little of a
	// language, so only lower-case words count, and a table repeats few.
	minScreenWords    = 30
	minScreenDistinct = 15
)

// Screen tells the language of a document among the screening model's,
// from its running (lower-case) words. It is safe for concurrent use.
type Screen struct {
	langs []string
	// keys is an open-addressing table of the model's n-gram keys (0 =
	// empty) and index[i] the row of keys[i]: rows[r*n:(r+1)*n] are the
	// log-probabilities as steps of 1/1024 below zero. Rows are dense
	// uint16s, as the model file stores them, so a dozen languages take
	// 22 bytes a gram rather than the Detector's 64.
	mask   uint32
	keys   []uint32
	index  []int32
	rows   []uint16
	unseen [][maxOrder]float32
}

// NewScreen returns the screen of the embedded model.
func NewScreen() (*Screen, error) {
	m, err := ReadModel(bytes.NewReader(screenModel))
	if err != nil {
		return nil, fmt.Errorf("lang: embedded screening model: %w", err)
	}
	return m.Screen(), nil
}

// Screen returns a screen over all the model's languages.
func (m *Model) Screen() *Screen {
	n := len(m.Langs)
	size := uint32(1) << bits.Len32(uint32(len(m.Grams)*3/2))
	s := &Screen{langs: append([]string(nil), m.Langs...), unseen: m.Unseen,
		mask: size - 1, keys: make([]uint32, size), index: make([]int32, size),
		rows: make([]uint16, 0, len(m.Grams)*n)}
	keys := make([]uint32, 0, len(m.Grams))
	for k := range m.Grams {
		keys = append(keys, k)
	}
	slices.Sort(keys) // the same table whatever the map's order
	for r, k := range keys {
		i := k & s.mask
		for s.keys[i] != 0 {
			i = (i + 1) & s.mask
		}
		s.keys[i], s.index[i] = k, int32(r)
		for _, v := range m.Grams[k] {
			s.rows = append(s.rows, uint16(quant(v)))
		}
	}
	return s
}

// Langs returns the languages the screen tells apart.
func (s *Screen) Langs() []string { return append([]string(nil), s.langs...) }

// Language returns the language the running words at the start of text are
// written in, and the posterior probability of that answer; "" when the
// text has too few running words to tell.
func (s *Screen) Language(text string) (code string, confidence float64) {
	words := runningWords(text[:min(len(text), screenBytes)])
	if words == "" {
		return "", 0
	}
	var buf [16]float64
	scores := buf[:0]
	if len(s.langs) > len(buf) {
		scores = make([]float64, len(s.langs))
	}
	scores = scores[:len(s.langs)]
	n := len(s.langs)
	grams(words, func(key uint32, order int) {
		i := key & s.mask
		for s.keys[i] != key {
			if s.keys[i] == 0 {
				for c := range scores {
					scores[c] += float64(s.unseen[c][order-1])
				}
				return
			}
			i = (i + 1) & s.mask
		}
		r := int(s.index[i])
		for c, q := range s.rows[r*n : (r+1)*n] {
			scores[c] -= float64(q) / 1024
		}
	})
	best, conf := posterior(scores)
	return s.langs[best], conf
}

// runningWords returns the lower-case words of text joined by spaces, or ""
// when there are fewer than minScreenWords of them or fewer than
// minScreenDistinct different ones.
func runningWords(text string) string {
	var out []byte
	count := 0
	distinct := map[string]struct{}{}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r2) && r2 != '\'' && r2 != '’' {
				break
			}
			j += s2
		}
		if w := text[i:j]; unicode.IsLower(r) && utf8.RuneCountInString(w) >= 2 {
			out = append(append(out, w...), ' ')
			count++
			if len(distinct) < minScreenDistinct {
				distinct[w] = struct{}{}
			}
		}
		i = j
	}
	if count < minScreenWords || len(distinct) < minScreenDistinct {
		return ""
	}
	return string(out)
}

// names are the English names of the screening model's languages, for
// messages.
var names = map[string]string{
	"cs": "Czech", "de": "German", "en": "English", "es": "Spanish", "fi": "Finnish", "fr": "French",
	"id": "Indonesian", "it": "Italian", "nl": "Dutch", "pl": "Polish", "pt": "Portuguese",
}

// Name returns the English name of a language code the screening model
// knows, else the code itself.
func Name(code string) string {
	if n, ok := names[code]; ok {
		return n
	}
	return code
}
