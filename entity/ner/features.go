package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/internal/fhash"
)

// Feature templates. The numbers are part of the model format: never
// renumber, only append.
const (
	tBias uint64 = iota + 1
	tLow
	tForm
	tLowM1
	tLowP1
	tLowM2
	tLowP2
	tPre
	tSuf
	tShape
	tShortShape
	tShapeM1
	tShapeP1
	tFlag
	tBigM1
	tBigP1
	tCluster
	tClusterM1
	tClusterP1
	tCapRatio
	tFreq
	tGaz
	tGazM1
	tGazP1
	tHyFirst
	tHyLast
	tHyGaz
	tGazGen
	tSufM1
	tSufP1
	tLowM1Shape
	tDeriv
	tCompound
	tPOS
	tExt
	// FeatTagger
	tUPOS
	tLemma
	tLemmaGaz
	// FeatGazParts
	tHyLastGaz
	tHyCluster
	// FeatPrevWord
	tConj
	// FeatContext
	tCtx
	// FeatDict
	tDict
	// FeatDict2
	tDict2
)

// Token flags.
const (
	fInitCap = 1 << iota
	fAllCap
	fHasDigit
	fAllDigit
	fHyphen
	fPeriod
	fPunct
	fSentStart
	fMixedCap
	fSingle
	fLowerAll
	fInitCapStart // capitalised and first in the sentence
	fInitCapMid   // capitalised and not first
)

const maxAffix = 6

// tokInfo holds what is computed once per token: the hashes of its parts and
// what the model's tables say about it.
type tokInfo struct {
	form, low, shape, short uint64
	pre, suf                [maxAffix]uint64
	npre, nsuf              int
	flags                   uint32
	hyFirst, hyLast         uint64 // hashes of the folded first/last hyphen parts, 0 if none
	hyGaz                   uint32 // lexicon classes of the first hyphen part
	genGaz                  uint32 // lexicon classes of the token without a genitive s
	derivGaz                uint32 // lexicon classes of the stem of a derived word (Darmstädter → Darmstadt)
	derivKind               uint64 // which suffix/stem rule found it
	compGaz                 uint32 // lexicon classes of the first part of a compound (Deutschlandreise)
	fold                    uint64 // folded form for the lexicon
	word                    wordInfo
	hasWord                 bool
	gazB, gazI, gazE, gazS  uint32 // lexicon classes by position of the token in a match
	ext                     tokGaz // the same for the extra gazetteers (the KB)
	upos                    uint8  // the tagger's tag (uposID), 0 without tagger
	lemma                   uint64 // folded hash of the tagger's lemma
	lemGaz                  uint32 // lexicon classes of the lemma, when it differs from the token
	hyLastGaz               uint32 // lexicon classes of the last hyphen part
	dictKind                uint8  // dictNone … (dict.go), 0 without dictionary
	dictFlags               uint32 // hash of the dictionary flags of the word or its stem
	dict2Kind               uint8  // the same kind in the second dictionary
}

type tokGaz struct{ b, i, e, s uint32 }

// scratch is per-call working memory, pooled so prediction does not allocate.
type scratch struct {
	dtoks  []dossier.Token // for the tagger
	info   []tokInfo
	feats  []uint64
	off    []int32
	runes  []rune
	score  []float32 // n*L emission scores
	vit    []float32
	path   []int
	plan   vitPlan    // viterbi's plan when the caller has none (training)
	cand   []int      // viterbi: the predecessors that can win
	back   []uint8    // viterbi: each token and label's best predecessor
	cache  *formCache // the fast path's memo of token forms (fast.go)
	ent    []int32    // each token's cache entry
	hashes []uint64   // each token's key in the cache
	// featEnd: where each token's context features end in feats (the
	// fast path)
	featEnd []int32
	sink    uint64 // what weightTable.addAll loaded ahead
}

func (s *scratch) reset(n, nlab int) {
	if cap(s.info) < n {
		s.info = make([]tokInfo, n)
	}
	s.info = s.info[:n]
	clear(s.info)
	s.feats = s.feats[:0]
	if cap(s.off) < n+1 {
		s.off = make([]int32, n+1)
	}
	s.off = s.off[:n+1]
	if cap(s.score) < n*nlab {
		s.score = make([]float32, n*nlab)
		s.vit = make([]float32, n*nlab)
	}
	s.score = s.score[:n*nlab]
	clear(s.score)
	s.vit = s.vit[:n*nlab]
	if cap(s.path) < n {
		s.path = make([]int, n)
	}
	s.path = s.path[:n]
}

// foldRune lowercases and strips the common Latin diacritics, so that "Müller",
// "MÜLLER" and "Muller" share lexicon entries.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		return rune(asciiLower[r])
	}
	return foldRuneSlow(r)
}

// foldRuneSlow is foldRune beyond ASCII, out of line so that foldRune's
// ASCII case is inlined.
func foldRuneSlow(r rune) rune { return foldLowered(unicode.ToLower(r)) }

// asciiLower and asciiShape are unicode.ToLower and shapeOf of the ASCII
// runes: a load in place of a call per rune of a token analysed.
var asciiLower, asciiShape = func() (low, shape [utf8.RuneSelf]byte) {
	for r := range rune(utf8.RuneSelf) {
		low[r] = byte(unicode.ToLower(r))
		shape[r] = byte(shapeOf(r))
	}
	return low, shape
}()

// foldLowered is foldRune of a rune already lower-cased.
func foldLowered(r rune) rune {
	if r < 0xe0 || r > 0x17f {
		return r
	}
	switch {
	case r >= 'à' && r <= 'å', r == 'ā', r == 'ă', r == 'ą':
		return 'a'
	case r == 'ç', r == 'ć', r == 'č':
		return 'c'
	case r >= 'è' && r <= 'ë', r == 'ē', r == 'ė', r == 'ę', r == 'ě':
		return 'e'
	case r >= 'ì' && r <= 'ï', r == 'ī', r == 'ı':
		return 'i'
	case r == 'ñ', r == 'ń', r == 'ň':
		return 'n'
	case r >= 'ò' && r <= 'ö', r == 'ø', r == 'ō', r == 'ő':
		return 'o'
	case r >= 'ù' && r <= 'ü', r == 'ū', r == 'ů', r == 'ű':
		return 'u'
	case r == 'ý', r == 'ÿ':
		return 'y'
	case r == 'ś', r == 'š', r == 'ş':
		return 's'
	case r == 'ź', r == 'ż', r == 'ž':
		return 'z'
	case r == 'ł':
		return 'l'
	case r == 'ř':
		return 'r'
	case r == 'ğ':
		return 'g'
	case r == 'ď', r == 'đ':
		return 'd'
	case r == 'ť':
		return 't'
	}
	return r
}

// FoldString is the lexicon's folding of one token, exposed so lexicon
// builders and the tables agree.
func FoldString(s string) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		out = append(out, foldRune(r))
	}
	return string(out)
}

func hashFold(s string) uint64 {
	h := uint64(fhash.Offset)
	for _, r := range s {
		h ^= uint64(foldRune(r))
		h *= fhash.Prime
	}
	return h
}

// analyse fills s.info for the tokens.
func (m *Model) analyse(s *scratch, tokens []string, ext []GazMatch, useExt bool) {
	for i, tok := range tokens {
		var sink uint64
		s.runes, sink = m.analyseToken(&s.info[i], tok, i == 0, s.runes)
		s.sink += sink
	}
	if m.tagger != nil {
		m.tagTokens(s, tokens)
	}
	m.lex.mark(s, tokens)
	m.markExtra(s, tokens, ext, useExt)
}

// markExtra records the extra gazetteers' matches (given, or looked up) in
// s.info.
func (m *Model) markExtra(s *scratch, tokens []string, ext []GazMatch, useExt bool) {
	if useExt {
		for _, gm := range ext {
			markExt(s.info, gm.Start, gm.End, classBit(gm.Class))
		}
		return
	}
	for _, g := range m.extra {
		for _, gm := range g.Lookup(tokens) {
			markExt(s.info, gm.Start, gm.End, classBit(gm.Class))
		}
	}
}

// analyseToken fills what ti says about tok alone (start: tok begins the
// sentence); the lexicon's multi-token matches, the extra gazetteers and the
// tagger are left to the caller. rs is a reusable buffer, returned grown.
func (m *Model) analyseToken(ti *tokInfo, tok string, start bool, rs []rune) ([]rune, uint64) {
	rs = rs[:0]
	var sink uint64 // see germanMorph
	var (
		form, low, shape, short = uint64(fhash.Offset), uint64(fhash.Offset), uint64(fhash.Offset), uint64(fhash.Offset)
		fold                    = uint64(fhash.Offset) // hashFold(tok), in the same pass
		nUp, nLow, nDig, nLet   int
		lastShape               rune = -1
		shapeLen                int
		hyphenAt                = -1
	)
	for _, r := range tok {
		form = (form ^ uint64(r)) * fhash.Prime
		var lr, sh rune
		if r < utf8.RuneSelf {
			lr, sh = rune(asciiLower[r]), rune(asciiShape[r])
		} else {
			lr, sh = unicode.ToLower(r), shapeOf(r)
		}
		low = (low ^ uint64(lr)) * fhash.Prime
		fr := lr
		if lr >= 0xe0 {
			fr = foldLowered(lr)
		}
		fold = (fold ^ uint64(fr)) * fhash.Prime
		rs = append(rs, lr)
		if shapeLen < 8 {
			shape = (shape ^ uint64(sh)) * fhash.Prime
			shapeLen++
		}
		if sh != lastShape {
			short = (short ^ uint64(sh)) * fhash.Prime
			lastShape = sh
		}
		switch sh {
		case 'X':
			nUp++
			nLet++
		case 'x':
			nLow++
			nLet++
		case 'L':
			nLet++
		case 'd':
			nDig++
		case '-':
			if hyphenAt < 0 && len(rs) > 1 {
				hyphenAt = len(rs) - 1
			}
		case '.':
			ti.flags |= fPeriod
		}
	}
	ti.form, ti.low, ti.shape, ti.short = form, low, shape, short
	n := len(rs)
	ti.npre = min(n, maxAffix)
	pre := uint64(fhash.Offset) // hashRunes(rs[:k]), one rune at a time
	for k := 1; k <= ti.npre; k++ {
		pre = (pre ^ uint64(rs[k-1])) * fhash.Prime
		ti.pre[k-1] = pre
	}
	ti.nsuf = min(n, maxAffix)
	for k := 1; k <= ti.nsuf; k++ {
		ti.suf[k-1] = hashRunes(rs[n-k:])
	}
	first, _ := utf8.DecodeRuneInString(tok)
	if unicode.IsUpper(first) {
		ti.flags |= fInitCap
		if start {
			ti.flags |= fInitCapStart
		} else {
			ti.flags |= fInitCapMid
		}
	}
	if nUp > 1 && nLow == 0 {
		ti.flags |= fAllCap
	}
	if nUp > 0 && nLow > 0 && !(nUp == 1 && unicode.IsUpper(first)) {
		ti.flags |= fMixedCap
	}
	if nLow == nLet && nLet > 0 {
		ti.flags |= fLowerAll
	}
	if nDig > 0 {
		ti.flags |= fHasDigit
		if nDig == n {
			ti.flags |= fAllDigit
		}
	}
	if nLet == 0 && nDig == 0 {
		ti.flags |= fPunct
	}
	if start {
		ti.flags |= fSentStart
	}
	if n == 1 {
		ti.flags |= fSingle
	}
	ti.fold = fold
	if hyphenAt > 0 && hyphenAt < n-1 {
		ti.flags |= fHyphen
		ti.hyFirst = hashRunesFold(rs[:hyphenAt])
		j := n - 1
		for j > hyphenAt && rs[j] != '-' {
			j--
		}
		ti.hyLast = hashRunesFold(rs[j+1:])
		ti.hyGaz = m.lex.single(ti.hyFirst)
		if m.feats&FeatGazParts != 0 {
			ti.hyLastGaz = m.lex.single(ti.hyLast)
		}
	}
	if n > 3 && rs[n-1] == 's' && nLet == n {
		ti.genGaz = m.lex.single(hashRunesFold(rs[:n-1]))
	}
	if m.german && nLet == n && n >= 5 {
		sink += m.germanMorph(ti, rs)
	}
	if (m.dict != nil || m.dict2 != nil) && tok != "" {
		q := newDictQuery(tok)
		if m.dict != nil {
			ti.dictKind, ti.dictFlags = m.dict.find(&q)
			if ti.dictKind == dictNone && m.feats&FeatDictMorph != 0 {
				switch {
				case nLet == n && n >= minMorphStem+minMorphHead:
					ti.dictKind, ti.dictFlags = m.dict.findMorph(rs)
				case ti.flags&fHyphen != 0:
					ti.dictKind, ti.dictFlags = m.dict.findHyphenHead(rs)
				}
			}
		}
		if m.dict2 != nil {
			ti.dict2Kind, _ = m.dict2.find(&q)
		}
	}
	if w, ok := m.words.lookup(form); ok {
		ti.word, ti.hasWord = w, true
	} else if w, ok := m.words.lookup(low); ok {
		ti.word, ti.hasWord = w, true
	}
	return rs, sink
}

func hashRunesFold(rs []rune) uint64 {
	h := uint64(fhash.Offset)
	for _, r := range rs {
		h ^= uint64(foldRune(r))
		h *= fhash.Prime
	}
	return h
}

func markExt(info []tokInfo, start, end int, bits uint32) {
	if start < 0 || end > len(info) || start >= end || bits == 0 {
		return
	}
	if end-start == 1 {
		info[start].ext.s |= bits
		return
	}
	info[start].ext.b |= bits
	for k := start + 1; k < end-1; k++ {
		info[k].ext.i |= bits
	}
	info[end-1].ext.e |= bits
}

func markMatch(info []tokInfo, start, end int, bits uint32) {
	if start < 0 || end > len(info) || start >= end || bits == 0 {
		return
	}
	if end-start == 1 {
		info[start].gazS |= bits
		return
	}
	info[start].gazB |= bits
	for k := start + 1; k < end-1; k++ {
		info[k].gazI |= bits
	}
	info[end-1].gazE |= bits
}

// extract computes the feature hashes of every token into s.feats, token i's
// being s.feats[s.off[i]:s.off[i+1]].
func (m *Model) extract(s *scratch, tokens []string, ext []GazMatch, useExt bool) {
	m.analyse(s, tokens, ext, useExt)
	n := len(tokens)
	f := s.feats
	const none = 0x51afd7ed558ccd
	for i := 0; i < n; i++ {
		s.off[i] = int32(len(f))
		ti := &s.info[i]
		lowM1, lowM2, lowP1, lowP2 := uint64(none), uint64(none+1), uint64(none+2), uint64(none+3)
		shM1, shP1 := uint64(none), uint64(none+2)
		var prev, next *tokInfo
		if i > 0 {
			prev = &s.info[i-1]
			lowM1, shM1 = prev.low, prev.short
			if i > 1 {
				lowM2 = s.info[i-2].low
			}
		}
		if i+1 < n {
			next = &s.info[i+1]
			lowP1, shP1 = next.low, next.short
			if i+2 < n {
				lowP2 = s.info[i+2].low
			}
		}
		f = append(f,
			feat(tBias, 0),
			feat(tLow, ti.low),
			feat(tForm, ti.form),
			feat(tLowM1, lowM1),
			feat(tLowP1, lowP1),
			feat(tLowM2, lowM2),
			feat(tLowP2, lowP2),
			feat(tShape, ti.shape),
			feat(tShortShape, ti.short),
			feat2(tShapeM1, shM1, ti.short),
			feat2(tShapeP1, ti.short, shP1),
			feat2(tBigM1, lowM1, ti.low),
			feat2(tBigP1, ti.low, lowP1),
			feat2(tLowM1Shape, lowM1, ti.short),
		)
		for k := 0; k < ti.npre; k++ {
			f = append(f, feat2(tPre, uint64(k), ti.pre[k]))
		}
		for k := 0; k < ti.nsuf; k++ {
			f = append(f, feat2(tSuf, uint64(k), ti.suf[k]))
		}
		if prev != nil && prev.nsuf >= 3 {
			f = append(f, feat(tSufM1, prev.suf[2]))
		}
		if next != nil && next.nsuf >= 3 {
			f = append(f, feat(tSufP1, next.suf[2]))
		}
		for b := uint32(1); b <= fInitCapMid; b <<= 1 {
			if ti.flags&b != 0 {
				f = append(f, feat(tFlag, uint64(b)))
			}
		}
		if ti.hasWord {
			w := ti.word
			for k := 0; k < numClusterLevels; k++ {
				f = append(f, feat2(tCluster, uint64(k), uint64(w.cluster[k])))
			}
			f = append(f,
				feat2(tCapRatio, uint64(w.capRatio), uint64(ti.flags&(fInitCapStart|fInitCapMid))),
				feat(tFreq, uint64(w.freq)),
			)
			if w.pos != 0 {
				f = append(f, feat(tPOS, uint64(w.pos)))
			}
			if m.feats&FeatContext != 0 && w.ctx != 0 {
				for k := 0; k < numCtx; k++ {
					f = append(f, feat2(tCtx, uint64(k), uint64(w.ctx>>(2*k)&3)))
				}
			}
		} else {
			f = append(f, feat2(tCluster, 99, uint64(ti.flags&(fInitCap|fHasDigit))))
		}
		if prev != nil && prev.hasWord {
			f = append(f, feat(tClusterM1, uint64(prev.word.cluster[1])), feat2(tClusterM1, 1<<20|uint64(prev.word.cluster[2]), 0))
			if ti.hasWord {
				f = append(f, feat2(tClusterM1, 2<<20|uint64(prev.word.cluster[0]), uint64(ti.word.cluster[0])))
			}
		}
		if next != nil && next.hasWord {
			f = append(f, feat(tClusterP1, uint64(next.word.cluster[1])), feat2(tClusterP1, 1<<20|uint64(next.word.cluster[2]), 0))
		}
		f = appendGaz(f, tGaz, ti)
		if prev != nil {
			f = appendGazAny(f, tGazM1, prev)
		}
		if next != nil {
			f = appendGazAny(f, tGazP1, next)
		}
		if len(m.extraNames) > 0 {
			x := ti.ext
			f = appendBits(f, tExt, 1, x.b)
			f = appendBits(f, tExt, 2, x.i)
			f = appendBits(f, tExt, 3, x.e)
			f = appendBits(f, tExt, 4, x.s)
			if prev != nil {
				f = appendBits(f, tExt, 5, prev.ext.b|prev.ext.i|prev.ext.e|prev.ext.s)
			}
			if next != nil {
				f = appendBits(f, tExt, 6, next.ext.b|next.ext.i|next.ext.e|next.ext.s)
			}
		}
		if ti.flags&fHyphen != 0 {
			f = append(f, feat(tHyFirst, ti.hyFirst), feat(tHyLast, ti.hyLast))
			f = appendBits(f, tHyGaz, 0, ti.hyGaz)
		}
		f = appendBits(f, tGazGen, 0, ti.genGaz)
		f = appendBits(f, tDeriv, ti.derivKind, ti.derivGaz)
		f = appendBits(f, tDeriv, 1<<20, ti.derivGaz)
		f = appendBits(f, tCompound, 0, ti.compGaz)
		if m.tagger != nil {
			f = m.appendTagger(f, s.info, i)
		}
		if m.feats&FeatGazParts != 0 && ti.flags&fHyphen != 0 {
			f = appendBits(f, tHyLastGaz, 0, ti.hyLastGaz)
			if w, ok := m.words.lookup(ti.hyLast); ok {
				f = append(f, feat2(tHyCluster, 0, uint64(w.cluster[1])))
			}
			if w, ok := m.words.lookup(ti.hyFirst); ok {
				f = append(f, feat2(tHyCluster, 1, uint64(w.cluster[1])))
			}
		}
		if m.feats&FeatPrevWord != 0 {
			f = m.appendConj(f, s.info, i)
		}
		if ti.dict2Kind != 0 {
			k := uint64(ti.dict2Kind)
			f = append(f,
				feat2(tDict2, k, uint64(ti.dictKind)),
				feat2(tDict2, 16|k, uint64(ti.flags&(fInitCapStart|fInitCapMid|fAllCap))),
			)
		}
		if ti.dictKind != 0 {
			k := uint64(ti.dictKind)
			f = append(f,
				feat2(tDict, k, uint64(ti.dictFlags)),
				feat2(tDict, 16|k, uint64(ti.flags&(fInitCapStart|fInitCapMid|fAllCap))),
			)
		}
	}
	s.off[n] = int32(len(f))
	s.feats = f
}

func appendBits(f []uint64, tmpl, pos uint64, bits uint32) []uint64 {
	// most calls have no bits: that test is inlined, the loop is not
	if bits == 0 {
		return f
	}
	return appendEachBit(f, tmpl, pos, bits)
}

func appendEachBit(f []uint64, tmpl, pos uint64, bits uint32) []uint64 {
	for bits != 0 {
		b := bits & -bits
		f = append(f, feat2(tmpl, pos, uint64(b)))
		bits &^= b
	}
	return f
}

func appendGaz(f []uint64, tmpl uint64, ti *tokInfo) []uint64 {
	f = appendBits(f, tmpl, 1, ti.gazB)
	f = appendBits(f, tmpl, 2, ti.gazI)
	f = appendBits(f, tmpl, 3, ti.gazE)
	f = appendBits(f, tmpl, 4, ti.gazS)
	return f
}

func appendGazAny(f []uint64, tmpl uint64, ti *tokInfo) []uint64 {
	return appendBits(f, tmpl, 0, ti.gazB|ti.gazI|ti.gazE|ti.gazS)
}

// derivSuffixes are German suffixes that derive inhabitants and adjectives
// from place names (Darmstädter, Kanadierin, bayerischen); stemEndings are
// tried on the stem to get back to the name (Kanad+a, Europ+a, Deutsch+land).
var (
	derivSuffixes = [][]rune{
		[]rune("erinnen"), []rune("ischen"), []rune("ischer"), []rune("isches"), []rune("ischem"),
		[]rune("erin"), []rune("ische"), []rune("isch"), []rune("ers"), []rune("ern"), []rune("er"),
		[]rune("schen"), []rune("scher"), []rune("sches"), []rune("sche"), []rune("sch"),
		[]rune("en"), []rune("e"),
	}
	// derivByLast[r] lists, in order, the indexes of the derivSuffixes
	// that end in the ASCII rune r (all of them end in one)
	derivByLast = func() (t [utf8.RuneSelf][]uint8) {
		for si, suf := range derivSuffixes {
			last := suf[len(suf)-1]
			if last >= utf8.RuneSelf {
				panic("ner: a derivation suffix ends beyond ASCII")
			}
			t[last] = append(t[last], uint8(si))
		}
		return t
	}()
	stemEndings = [][]rune{nil, []rune("a"), []rune("en"), []rune("land"), []rune("ien"), []rune("e"), []rune("n")}
	placeBits   = classBit(GazLocation) | classBit(GazCountry) | classBit(GazCity) | classBit(GazRegion)
)

// germanMorph looks for a place inside a derived word or a compound; rs is
// the lowercased token. It makes the keys of a batch of look-ups and loads
// what each will read first (Lexicon.touch) before it makes any, so that
// their cache misses overlap instead of each waiting for the one before;
// it returns a value of those loads for a sink. The look-ups, and so the
// classes found, are those made one at a time.
func (m *Model) germanMorph(ti *tokInfo, rs []rune) uint64 {
	var (
		sink uint64
		keys [16]uint64
	)
	n := len(rs)
	// only the suffixes ending in the word's last letter can match: they
	// are tried in their order, as the loop over all of them did
	var sis []uint8
	if last := rs[n-1]; last < utf8.RuneSelf {
		sis = derivByLast[last]
	}
	for _, si := range sis {
		suf := derivSuffixes[si]
		k := len(suf)
		if n-k < 3 || !runesHasSuffix(rs, suf) {
			continue
		}
		stem := rs[:n-k]
		h := hashRunesFold(stem)
		ks := keys[:len(stemEndings)]
		for ei, end := range stemEndings {
			he := h
			for _, r := range end {
				he = (he ^ uint64(r)) * fhash.Prime
			}
			ks[ei] = hashSeq(seqSeed, he)
			sink += m.lex.touch(ks[ei])
		}
		for ei, key := range ks {
			if bits := m.lex.singleKey(key) & placeBits; bits != 0 {
				ti.derivGaz = bits
				ti.derivKind = uint64(int(si)<<4 | ei)
				break
			}
		}
		if ti.derivGaz != 0 {
			break
		}
	}
	if n < 8 || ti.flags&fInitCap == 0 {
		return sink
	}
	// longest known first part of a compound, leaving at least 4 letters;
	// the first parts in batches of len(keys)
	h := uint64(fhash.Offset)
	var best uint32
	for k := 0; k < n-4; {
		nk := 0
		for ; k < n-4 && nk < len(keys); k++ {
			h = (h ^ uint64(foldRune(rs[k]))) * fhash.Prime
			if k >= 3 {
				keys[nk] = hashSeq(seqSeed, h)
				sink += m.lex.touch(keys[nk])
				nk++
			}
		}
		for _, key := range keys[:nk] {
			if bits := m.lex.singleKey(key) & (placeBits | classBit(GazOrg)); bits != 0 {
				best = bits
			}
		}
	}
	ti.compGaz = best
	return sink
}

func runesHasSuffix(rs, suf []rune) bool {
	if len(suf) > len(rs) {
		return false
	}
	off := len(rs) - len(suf)
	for i, r := range suf {
		if rs[off+i] != r {
			return false
		}
	}
	return true
}
