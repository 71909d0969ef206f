package ner

import (
	"unicode"
	"unicode/utf8"
)

// Context evidence: what raw text says about the words around a capitalised
// word form, a distant supervision of names by the lexicon. German
// capitalises every noun, so capitalisation alone says little; but a
// person's or a town's name seldom follows an article ("die Regierung", but
// "Merkel", "in Berlin"), a surname follows a known first name, a first name
// precedes a known surname, and a name follows a title ("Präsident", "Frau").
// A word that the lexicon lacks gets these signals from the text it occurs in.
const (
	ctxArticle    = iota // preceded by an article
	ctxAfterFirst        // preceded by a known first name
	ctxBeforeLast        // followed by a known surname
	ctxAfterTitle        // preceded by a title or form of address
	numCtx
)

var (
	ctxArticles = map[string]bool{"der": true, "die": true, "das": true, "dem": true, "den": true,
		"des": true, "ein": true, "eine": true, "einen": true, "einem": true, "einer": true, "eines": true,
		"the": true, "a": true, "an": true}
	ctxTitles = map[string]bool{"Herr": true, "Herrn": true, "Frau": true, "Dr.": true, "Prof.": true,
		"Präsident": true, "Präsidentin": true, "Minister": true, "Ministerin": true, "Kanzler": true,
		"Kanzlerin": true, "Bürgermeister": true, "Bürgermeisterin": true, "Trainer": true, "Chef": true,
		"Chefin": true, "Sprecher": true, "Sprecherin": true, "Regisseur": true, "Regisseurin": true,
		"Sänger": true, "Sängerin": true, "Autor": true, "Autorin": true, "Schauspieler": true,
		"Schauspielerin": true, "Papst": true, "König": true, "Königin": true, "Kaiser": true,
		"Fürst": true, "Graf": true, "Gräfin": true, "Bischof": true, "Kollege": true, "Kollegin": true,
		"Mr.": true, "Mrs.": true, "Ms.": true, "President": true, "Senator": true}
)

// addContextEvidence computes the context signals of the capitalised word
// forms of corpus that the table has, using lex for first names and
// surnames. Each signal is bucketed into 2 bits (under 5 %, 20 %, 50 % of the
// word's occurrences inside a sentence, or more).
func (t *WordTable) addContextEvidence(corpus [][]string, lex *Lexicon) {
	if t == nil || lex == nil {
		return
	}
	type stat struct {
		n   int32
		sig [numCtx]int32
	}
	stats := map[uint64]*stat{}
	first, last := classBit(GazFirst), classBit(GazLast)
	for _, s := range corpus {
		for i := 1; i < len(s); i++ {
			r, _ := utf8.DecodeRuneInString(s[i])
			if !unicode.IsUpper(r) {
				continue
			}
			h := HashString(s[i])
			if _, ok := t.lookup(h); !ok {
				continue
			}
			st := stats[h]
			if st == nil {
				st = &stat{}
				stats[h] = st
			}
			st.n++
			prev := s[i-1]
			if ctxArticles[prev] || ctxArticles[lowerASCII(prev)] {
				st.sig[ctxArticle]++
			}
			if lex.single(hashFold(prev))&first != 0 {
				st.sig[ctxAfterFirst]++
			}
			if i+1 < len(s) && lex.single(hashFold(s[i+1]))&last != 0 {
				st.sig[ctxBeforeLast]++
			}
			if ctxTitles[prev] {
				st.sig[ctxAfterTitle]++
			}
		}
	}
	m := t.mut()
	for h, st := range stats {
		if st.n < 2 {
			continue
		}
		wi := m[h]
		wi.ctx = 0
		for k, c := range st.sig {
			r := float64(c) / float64(st.n)
			var b uint8
			switch {
			case r >= 0.5:
				b = 3
			case r >= 0.2:
				b = 2
			case r >= 0.05:
				b = 1
			}
			wi.ctx |= b << (2 * k)
		}
		wi.ctx |= 1 << 7 // seen often enough to judge
		m[h] = wi
	}
	t.index()
}

func lowerASCII(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	return string(s[0]+'a'-'A') + s[1:]
}
