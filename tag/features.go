package tag

import (
	"unicode"
	"unicode/utf8"

	"github.com/dossier-news/dossier/internal/fhash"
)

// Features are 64-bit hashes, never strings: the tagger computes a handful of
// hashes per token once (word, affixes, shape) and combines them with a
// template id, so tagging allocates nothing per token.

func feat(tmpl int, v uint64) uint64 {
	return fhash.Mix(v ^ uint64(tmpl)*0x9E3779B97F4A7C15)
}

func feat2(tmpl int, a, b uint64) uint64 {
	return fhash.Mix(fhash.Mix(a^uint64(tmpl)*0x9E3779B97F4A7C15) + b)
}

// Feature templates. Their numbers are part of the model format: append new
// ones, never renumber.
const (
	tBias = iota
	tWord
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tSuf5
	tSuf6
	tPre1
	tPre2
	tPre3
	tShape
	tFlags
	tPrev
	tPrev2
	tPrevWord
	tWordM1
	tSufM1
	tWordP1
	tSufP1
	tWordM2
	tWordP2
	tWordM1Word
	tWordWordP1
	tPrevSuf3
	tShapeP1
	tShapeM1
	tPrevWordP1
	tSuf2ShapeP1
	tSuf2ShapeM1
	tAmb      // the form's class in the ambiguity lexicon (amb.go)
	tAmbFlags // the class with the token's flags (capitalised, first)
	tAmbP1
	tAmbM1
	tVerb // the verb tables know the form, with its capitalisation
	tHead // the class of an unknown form's longest known ending (amb.go)
	tTB   // the form's tags in the training treebank
	tTBP1 // the next form's
	numTemplates
)

const maxAffix = 6

// Token flags.
const (
	fUpper    = 1 << iota // first letter upper case
	fAllUpper             // every letter upper case (two letters or more)
	fDigit
	fHyphen
	fFirst // first token of the sentence
	fLetter
)

// wordInfo is what the feature templates need of one token.
type wordInfo struct {
	word  uint64 // lower-cased form, digits folded to 0
	suf   [maxAffix]uint64
	pre   [3]uint64
	shape uint64
	flags uint64
	amb   uint64 // the form's ambiguity class, 0 when the lexicon lacks it
	verb  uint64 // 1: a form of the irregular verb tables, 2: a weak participle
	head  uint64 // the class of its longest known ending, when amb is 0
	tb    uint64 // its class in the training treebank, 0 when rare there
}

// Hashes standing for positions outside the sentence.
var (
	padStart = wordInfo{word: 0x5a17c0de, suf: [maxAffix]uint64{1, 1, 1, 1, 1, 1}, shape: 0x5a17c0de}
	padEnd   = wordInfo{word: 0xe0d0e0d0, suf: [maxAffix]uint64{2, 2, 2, 2, 2, 2}, shape: 0xe0d0e0d0}
)

// analyse fills wi from the token text.
func analyse(text string, first bool, wi *wordInfo) {
	var runes [64]rune // the last 64 lower-cased runes, a ring
	n := 0
	h := uint64(fhash.Offset)
	sh := uint64(fhash.Offset)
	var last byte
	letters, uppers := 0, 0
	var flags uint64
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		var c byte
		switch {
		case r >= '0' && r <= '9':
			flags |= fDigit
			r, c = '0', 'd'
		case r < utf8.RuneSelf && r >= 'a' && r <= 'z':
			letters++
			c = 'x'
		case r < utf8.RuneSelf && r >= 'A' && r <= 'Z':
			letters++
			uppers++
			if n == 0 {
				flags |= fUpper
			}
			r += 'a' - 'A'
			c = 'X'
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			letters++
			c = 'x'
			if unicode.IsUpper(r) {
				uppers++
				if n == 0 {
					flags |= fUpper
				}
				r = unicode.ToLower(r)
				c = 'X'
			}
		case unicode.IsDigit(r):
			flags |= fDigit
			r, c = '0', 'd'
		default:
			if r == '-' {
				flags |= fHyphen
			}
			if r < utf8.RuneSelf {
				c = byte(r)
			} else {
				c = '*'
			}
		}
		runes[n&63] = r
		n++
		h = (h ^ uint64(r)) * fhash.Prime
		if c != last { // shapes fold repeats: "Xxxxx" → "Xx"
			sh = (sh ^ uint64(c)) * fhash.Prime
			last = c
		}
	}
	if letters > 0 {
		flags |= fLetter
	}
	if uppers > 1 && uppers == letters {
		flags |= fAllUpper
	}
	if first {
		flags |= fFirst
	}
	wi.word = fhash.Mix(h)
	wi.shape = fhash.Mix(sh ^ uint64(min(n, 5))) // short shapes keep their length
	wi.flags = flags
	// Suffixes: hash the last k runes (the whole word when shorter).
	for k := 1; k <= maxAffix; k++ {
		s := uint64(fhash.Offset)
		start := max(n-k, 0)
		if n-start > 64 {
			start = n - 64
		}
		for j := start; j < n; j++ {
			s = (s ^ uint64(runes[j&63])) * fhash.Prime
		}
		wi.suf[k-1] = fhash.Mix(s ^ uint64(k)<<56)
	}
	// Prefixes: the first runes are only in the ring when the word is short
	// enough; long words re-read the text.
	var pre [3]rune
	pn := 0
	for _, r := range text {
		if pn == 3 {
			break
		}
		if r >= '0' && r <= '9' {
			r = '0'
		} else {
			r = unicode.ToLower(r)
		}
		pre[pn] = r
		pn++
	}
	p := uint64(fhash.Offset)
	for k := 0; k < 3; k++ {
		if k < pn {
			p = (p ^ uint64(pre[k])) * fhash.Prime
		}
		wi.pre[k] = fhash.Mix(p ^ uint64(k+1)<<48)
	}
}

// maxFeatures is the number of features features writes.
const maxFeatures = 38

// features writes the feature hashes of position i into out, given the words
// of the sentence and the tags predicted for positions before i (p1 for i-1,
// p2 for i-2; tag ids, with -1 and -2 standing for the start padding).
func features(ws []wordInfo, i int, p1, p2 int, out *[maxFeatures]uint64) int {
	w := &ws[i]
	m1, m2, n1, n2 := &padStart, &padStart, &padEnd, &padEnd
	if i > 0 {
		m1 = &ws[i-1]
	}
	if i > 1 {
		m2 = &ws[i-2]
	}
	if i+1 < len(ws) {
		n1 = &ws[i+1]
	}
	if i+2 < len(ws) {
		n2 = &ws[i+2]
	}
	t1, t2 := uint64(p1+3), uint64(p2+3)
	k := 0
	add := func(f uint64) { out[k] = f; k++ }
	add(feat(tBias, 0))
	add(feat(tWord, w.word))
	for j := 0; j < maxAffix; j++ {
		add(feat(tSuf1+j, w.suf[j]))
	}
	for j := 0; j < 3; j++ {
		add(feat(tPre1+j, w.pre[j]))
	}
	add(feat(tShape, w.shape))
	add(feat(tFlags, w.flags))
	add(feat(tPrev, t1))
	add(feat2(tPrev2, t1, t2))
	add(feat2(tPrevWord, t1, w.word))
	add(feat(tWordM1, m1.word))
	add(feat(tSufM1, m1.suf[2]))
	add(feat(tWordP1, n1.word))
	add(feat(tSufP1, n1.suf[2]))
	add(feat(tWordM2, m2.word))
	add(feat(tWordP2, n2.word))
	add(feat2(tWordM1Word, m1.word, w.word))
	add(feat2(tWordWordP1, w.word, n1.word))
	add(feat2(tPrevSuf3, t1, w.suf[2]))
	add(feat(tShapeP1, n1.shape^n1.flags<<40))
	add(feat(tShapeM1, m1.shape^m1.flags<<40))
	add(feat2(tPrevWordP1, t1, n1.word))
	// The ending of the word with the shape of its neighbours: "-t" before
	// a capitalised word is a German verb (schickt Hilfe), "-e" an
	// adjective (schicke Hilfe).
	add(feat2(tSuf2ShapeP1, w.suf[1], n1.shape^n1.flags<<40))
	add(feat2(tSuf2ShapeM1, w.suf[1], m1.shape^m1.flags<<40))
	add(feat(tAmb, w.amb))
	add(feat2(tAmbFlags, w.amb, w.flags))
	add(feat(tAmbP1, n1.amb))
	add(feat(tAmbM1, m1.amb))
	add(feat(tVerb, w.verb|(w.flags&(fUpper|fFirst))<<8))
	add(feat2(tHead, w.head, w.flags&fUpper))
	add(feat(tTB, w.tb))
	add(feat(tTBP1, n1.tb))
	return k
}
