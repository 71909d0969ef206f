package tag

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/internal/fhash"
)

// An ambiguity lexicon says, for word forms seen in unlabelled text, which
// tags a first-pass tagger gave them there. A form the treebank never had
// (most German nouns, names, rare verbs) is then tagged with what hundreds of
// its other contexts said about it, not only the one in front of the tagger.
// The lexicon holds 64-bit hashes of forms (wordInfo.word: lower-cased,
// digits folded), never the forms.
//
// It also carries the language's hand-written irregular verb tables
// (irregular.go), so that a form they know ("empfing" as emp+fing) is marked
// as a verb form however rare it is in any treebank.
type ambLexicon struct {
	m map[uint64]uint64
	// tb holds the classes of forms seen minTBCount times or more in the
	// training treebank, from their gold tags.
	tb map[uint64]uint64
	// present has a bit per hash of a key of m (index sets it): head
	// tries a dozen endings of a word, and most are in no lexicon.
	present []uint64
	verbs   *verbTables // nil for a language without tables
	weak    bool        // German: weak participles (ge…t) count too
}

// newAmbLexicon returns an empty lexicon for lang.
func newAmbLexicon(lang string) *ambLexicon {
	return &ambLexicon{m: map[uint64]uint64{}, tb: map[uint64]uint64{}, verbs: irregularTables[lang], weak: lang == "de"}
}

// Thresholds of the lexicon: a form needs minAmbCount occurrences, and a tag
// joins its class with at least ambShare of them.
const (
	minAmbCount = 5
	ambShare    = 0.1
	maxAmbForms = 1 << 22
)

// fill sets wi.amb from the lexicon (0 for an unknown form or no lexicon)
// and wi.verb from the verb tables: 1 for a form they list (after verb
// prefixes), 2 for a German weak participle, 0 otherwise.
func (l *ambLexicon) fill(text string, wi *wordInfo) {
	if l == nil {
		return
	}
	wi.amb = l.m[wi.word]
	wi.tb = l.tb[wi.word]
	wi.head = 0
	if wi.amb == 0 {
		wi.head = l.head(text)
	}
	wi.verb = 0
	if l.verbs == nil {
		return
	}
	if wi.flags&fUpper != 0 && wi.flags&fFirst == 0 {
		return // a capitalised word inside a sentence: a noun or a name
	}
	low := lowerString(text)
	if _, ok := l.verbs.lookup(low, 2); ok {
		wi.verb = 1
	} else if l.weak && (strings.Contains(low, "ge") || strings.Contains(low, "zu")) {
		// germanWeak finds ge…t and zu-infinitives only.
		if _, ok := l.verbs.germanWeak(low); ok {
			wi.verb = 2
		}
	}
}

// head returns the class of the longest ending of text, four letters or
// more after at least three, that the lexicon has, or 0: the head of a
// compound (Sicherheits|experten, Ost|block) or a word after a prefix
// (counter|attacks) says what a form never seen whole is.
func (l *ambLexicon) head(text string) uint64 {
	var runes [64]rune
	n := 0
	for _, r := range text {
		if n == len(runes) {
			return 0
		}
		runes[n] = foldRune(r)
		n++
	}
	for j := 3; j+4 <= n; j++ {
		h := uint64(fhash.Offset)
		for _, r := range runes[j:n] {
			h = (h ^ uint64(r)) * fhash.Prime
		}
		k := fhash.Mix(h)
		if !l.has(k) {
			continue
		}
		if v, ok := l.m[k]; ok {
			return v | 1<<48
		}
	}
	return 0
}

// index builds present from m.
func (l *ambLexicon) index() {
	l.present = make([]uint64, 1<<(ambFilterBits-6))
	for k := range l.m {
		b := k >> (64 - ambFilterBits)
		l.present[b>>6] |= 1 << (b & 63)
	}
}

// ambFilterBits is log2 of the size of present in bits (128 KB, which
// stays in cache; a lexicon of 30,000 forms sets one bit in 35).
const ambFilterBits = 20

// has reports whether m may have k.
func (l *ambLexicon) has(k uint64) bool {
	if l.present == nil {
		return true
	}
	b := k >> (64 - ambFilterBits)
	return l.present[b>>6]&(1<<(b&63)) != 0
}

// foldRune folds a rune as analyse does for the word hash: digits to 0,
// letters to lower case.
func foldRune(r rune) rune {
	switch {
	case r >= '0' && r <= '9':
		return '0'
	case r >= 'A' && r <= 'Z':
		return r + 'a' - 'A'
	case r < utf8.RuneSelf:
		return r
	case unicode.IsLetter(r):
		return unicode.ToLower(r)
	case unicode.IsDigit(r):
		return '0'
	}
	return r
}

// ambValue packs a form's class: the bit mask of its tags, the most frequent
// tag and the bit length of its count.
func ambValue(counts []int) uint64 {
	total, top := 0, 0
	for t, c := range counts {
		total += c
		if c > counts[top] {
			top = t
		}
	}
	var mask uint64
	for t, c := range counts {
		if float64(c) >= ambShare*float64(total) {
			mask |= 1 << t
		}
	}
	freq := 0
	for n := total; n > 0; n >>= 1 {
		freq++
	}
	return mask | uint64(top+1)<<32 | uint64(min(freq, 15))<<40
}

// minTBCount is how often a form must be in the treebank for its gold
// tags to be its class: the class of a rarer form is too often incomplete
// for the tagger to learn to trust it.
const minTBCount = 3

// addTreebank sets the treebank classes from the gold tags of exs.
func (l *ambLexicon) addTreebank(exs []*example, nTags int) {
	counts := map[uint64][]int{}
	for _, ex := range exs {
		for i, w := range ex.word {
			c := counts[w]
			if c == nil {
				c = make([]int, nTags)
				counts[w] = c
			}
			c[ex.gold[i]]++
		}
	}
	for k, c := range counts {
		total := 0
		for _, x := range c {
			total += x
		}
		if total >= minTBCount {
			l.tb[k] = ambValue(c) & ambClass
		}
	}
}

// ambClass masks the tags and the top tag of a class, without the count.
const ambClass = 1<<40 - 1

// buildAmbLexicon tags raw sentences with t and counts the tags per form.
func buildAmbLexicon(t *Tagger, raw [][]string) *ambLexicon {
	n := len(t.tags)
	counts := map[uint64][]int{}
	var toks []dossier.Token
	var wi wordInfo
	for _, s := range raw {
		toks = toks[:0]
		for _, w := range s {
			toks = append(toks, dossier.Token{Text: w})
		}
		t.Tag(toks)
		for i, tk := range toks {
			analyse(tk.Text, i == 0, &wi)
			c := counts[wi.word]
			if c == nil {
				c = make([]int, n)
				counts[wi.word] = c
			}
			c[t.tagIDs[tk.POS]]++
		}
	}
	l := newAmbLexicon(t.lang)
	for k, c := range counts {
		total := 0
		for _, x := range c {
			total += x
		}
		if total >= minAmbCount {
			l.m[k] = ambValue(c)
		}
	}
	l.index()
	return l
}

func (l *ambLexicon) write(e *encoder) {
	var m, tb map[uint64]uint64
	if l != nil {
		m, tb = l.m, l.tb
	}
	writeTable(e, m)
	writeTable(e, tb)
}

func writeTable(e *encoder, m map[uint64]uint64) {
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys) // the same lexicon writes the same bytes
	e.uvarint(uint64(len(keys)))
	prev := uint64(0)
	for _, k := range keys {
		e.uvarint(k - prev) // sorted hashes: deltas are shorter
		e.uvarint(m[k])
		prev = k
	}
}

func readAmbLexicon(d *decoder, lang string) *ambLexicon {
	l := newAmbLexicon(lang)
	readTable(d, l.m)
	readTable(d, l.tb)
	if d.err != nil {
		return nil
	}
	l.index()
	return l
}

func readTable(d *decoder, m map[uint64]uint64) {
	n := d.count(maxAmbForms)
	k := uint64(0)
	for i := 0; i < n && d.err == nil; i++ {
		k += d.uvarint()
		m[k] = d.uvarint()
	}
	if d.err == nil && len(m) != n {
		d.err = fmt.Errorf("%w: ambiguity lexicon repeats a form", errCorrupt)
	}
}
