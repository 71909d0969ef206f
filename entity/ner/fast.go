package ner

import (
	"hash/maphash"
	"math"

	"github.com/dossier-news/dossier/internal/fhash"
	"github.com/dossier-news/dossier/internal/hugepage"
)

// The fast path of prediction.
//
// Most features of a token depend on its own form alone (word, affixes,
// shape, clusters, dictionary and lexicon look-ups of the word) or on one
// neighbour's form alone (the previous word, its suffix and clusters …).
// Their summed weights are memoised per distinct form in a formCache, so a
// form seen before costs one probe of a small table instead of some fifty
// probes of the weight table (several MB: nearly every probe a cache miss).
// Only the features that pair a token with a neighbour, or that come from
// multi-token gazetteer matches, are looked up per token.
//
// The features are exactly extract's (TestFastFeatureGroups checks it, token
// by token); only the order in which their weights are summed differs, so a
// score may differ from the flat path's in the last bits of a float32, never
// in which features count. A cached form gives the same vectors as a fresh
// one, since an entry is only ever filled by fillEntry.

// Groups of a cache entry. The first numVec are score vectors of nlab
// floats (index 0, O, stays 0: no feature weights O). The others hold one
// feature each, so their vector is that feature's row of weight codes: the
// entry keeps the nlab-1 code bytes instead of the floats (a quarter of the
// memory), and the float of label l is the codebook's value of code l-1,
// exactly what adding the one feature to a zero vector gives.
const (
	gOwn = iota // the token's own features
	gM1         // its features as the token before another
	gP1         // … the token after another
	numVec
	gM2 = iota - 1 // … two before
	gP2            // … two after
	// gM1x: as the token before one that no gazetteer marks (conj's
	// previous word with no KB class), so with the shape memo such a token
	// needs no conjunction probes at all
	gM1x
	numGroups
	numCode = numGroups - numVec
)

// edgeHash stands for the missing neighbour at a sentence's edges (the flat
// path's none, none+1 … for M1, M2, P1, P2).
const edgeHash = 0x51afd7ed558ccd

const (
	// cacheSlots is the number of forms a cache holds: news in either
	// language repeats a few thousand forms for most of its tokens, and
	// German compounds many more once each. Over a stream of 1,000 10kGNAD
	// articles (418k tokens; BenchmarkStreamDE, cold cache) 82.8 % of
	// German look-ups hit (80.6 % when a set had two ways, 76.1 % with
	// half the slots as well) and 86.4 % for a cache that forgot nothing;
	// over 1,000 Reuters-21578 articles 87.4 % of English ones (86.0 %
	// with two ways). A miss costs some fifty weight probes and the token's
	// analysis, so the larger cache pays for its memory: a German cache
	// takes about 7.3 MB (372 bytes of score vectors and codes an entry),
	// an English one 3.2 MB.
	cacheSlots = 1 << 14
	// cacheWays is the number of entries of a set: their tags fill one
	// cache line. With four ways 82.3 % of German look-ups hit, with two
	// 81.0 % (the same ageing).
	cacheWays = 8
	// cacheTextBytes bounds the bytes of stored forms per slot; past it the
	// text of the live entries is compacted before the next sentence
	// (overwritten entries leave their text behind). Forms average under 10
	// bytes, so the live text takes about a third of it.
	cacheTextBytes = 32
	// overflowSlots is the number of overflow entries a cache has room for
	// from the start: a sentence needs one for each of its forms that finds
	// all entries of its set taken by the sentence, rarely more than a few.
	overflowSlots = 64
	// shapeSlots is the size of the memo of shape trigrams: a few hundred
	// occur.
	shapeSlots = 1 << 10
)

// shapeEntry is one memoised shape trigram: the short shapes of a token and
// its neighbours (edgeHash at an edge) and whether the token starts the
// sentence.
type shapeEntry struct {
	a, b, c     uint64
	used, start bool
}

// formEntry is one cached form: where its text is, and the per-token values
// the context features need.
type formEntry struct {
	low, short, fold uint64
	off, n           uint32 // the form is text[off:off+n]
	c0               uint16 // coarsest cluster
	start            bool   // the form began its sentence
	hasWord          bool
	// lex, lexOK: the lexicon's value for the form alone (Lexicon.first),
	// where every look-up of Lexicon.mark begins
	lexOK bool
	lex   uint32
}

// slotMeta is what choosing an entry to overwrite reads of it, kept apart
// from the entry so that the slots of a set lie in one cache line.
type slotMeta struct {
	gen  uint32 // the sentence that last used it
	freq uint8  // hits, less a quarter each time it survives an eviction
	used bool
}

// formCache is a set-associative memo from a token form (and whether it
// starts the sentence, which changes some of its own features) to its group
// score vectors: a form may take any of the cacheWays entries of the set its
// hash picks. The hashes of a set's forms lie side by side in tags, one
// cache line a set, so a look-up reads that line and then only the entry
// whose hash matches. Entries used by the sentence being decoded are never
// overwritten during it: a colliding form goes to an overflow entry past the
// slots, dropped at the next sentence.
type formCache struct {
	L     int
	slots int // a power of two
	ways  int // entries of a set: cacheWays, or slots if fewer
	seed  maphash.Seed
	tags  []uint64   // tags[k] is the hash of entry k's form (k < slots)
	meta  []slotMeta // meta[k] is entry k's (k < slots)
	ents  []formEntry
	vec   []float32 // entry k, group g < numVec: vec[(k*numVec+g)*L:][:L]
	codes []byte    // entry k, group g >= numVec: codes[(k*numCode+g-numVec)*(L-1):][:L-1]
	edge  []float32 // group g < numVec for a missing neighbour: edge[g*L:][:L]
	edgeC []byte    // group g >= numVec for a missing neighbour: edgeC[(g-numVec)*(L-1):][:L-1]
	shp   []shapeEntry
	shpV  []float32 // shp[k]'s vector: shpV[k*L:][:L]
	text  []byte
	spare []byte // compact's other arena
	// textMax is slots*cacheTextBytes but in tests, which lower it to
	// compact often
	textMax int
	gen     uint32
	hits    int // look-ups answered from the cache, for tests and tuning
	fills   int // look-ups that filled an entry
	sink    uint64
	tmp     tokInfo
	feats   []uint64
	runes   []rune
	// pending are the entries analysed by lookups whose sums are not
	// made yet, and pendFeats their features end to end (see sumFills).
	pending   []pendingFill
	pendFeats []uint64
}

// pendingFill is an entry whose features are known and whose group sums
// wait for sumFills: ends[g] is where group g's features end in pendFeats.
type pendingFill struct {
	k    int32
	ends [numGroups]int32
}

func (m *Model) newFormCache(slots int) *formCache {
	L := m.nlab
	c := &formCache{
		L:     L,
		slots: slots,
		ways:  min(cacheWays, slots),
		seed:  maphash.MakeSeed(),
		// room for overflow entries, lest the first one reallocate
		// (and copy) the whole cache with a quarter more room
		tags:  make([]uint64, slots),
		meta:  make([]slotMeta, slots),
		ents:  make([]formEntry, slots, slots+overflowSlots),
		vec:   make([]float32, slots*numVec*L, (slots+overflowSlots)*numVec*L),
		codes: make([]byte, slots*numCode*(L-1), (slots+overflowSlots)*numCode*(L-1)),
		edge:  make([]float32, numVec*L),
		edgeC: make([]byte, numCode*(L-1)),
		shp:   make([]shapeEntry, shapeSlots),
		shpV:  make([]float32, shapeSlots*L),

		textMax: slots * cacheTextBytes,
	}
	hugepage.Advise(c.vec)
	hugepage.Advise(c.codes)
	for g, h := range [numGroups]uint64{
		gM1:  feat(tLowM1, edgeHash),
		gM2:  feat(tLowM2, edgeHash+1),
		gP1:  feat(tLowP1, edgeHash+2),
		gP2:  feat(tLowP2, edgeHash+3),
		gM1x: feat2(tConj, 3<<32|7, 0), // appendConj's previous word at the start
	} {
		if g == gOwn || g == gM1x && m.feats&FeatPrevWord == 0 {
			continue
		}
		if g >= numVec {
			m.tab.copyCodes(h, c.edgeC[(g-numVec)*(L-1):(g-numVec+1)*(L-1)])
			continue
		}
		m.tab.add(h, c.edge[g*L:(g+1)*L])
	}
	return c
}

// begin starts a sentence: overflow entries go, and the text arena is
// compacted when full.
func (c *formCache) begin() {
	c.ents = c.ents[:c.slots]
	c.vec = c.vec[:c.slots*numVec*c.L]
	c.codes = c.codes[:c.slots*numCode*(c.L-1)]
	c.gen++
	if c.gen == 0 {
		// the generation wrapped: an old entry could pass for pinned
		c.text = c.text[:0]
		c.clearEntries()
		c.gen = 1
	}
	if len(c.text) > c.textMax {
		c.compact()
		if len(c.text) > c.textMax/2 {
			// live forms this long would compact again soon: start afresh
			c.text = c.text[:0]
			c.clearEntries()
		}
	}
}

// clearEntries empties every entry.
func (c *formCache) clearEntries() {
	clear(c.ents)
	clear(c.tags)
	clear(c.meta)
}

// compact drops the text that overwritten entries left behind, keeping the
// live entries: emptying the whole cache instead would throw away the
// frequent forms with the rest and cost a miss for each of them again.
func (c *formCache) compact() {
	text := c.spare[:0]
	for k := range c.meta {
		if !c.meta[k].used {
			continue
		}
		e := &c.ents[k]
		off := uint32(len(text))
		text = append(text, c.text[e.off:e.off+e.n]...)
		e.off = off
	}
	c.spare, c.text = c.text[:0], text
}

// group returns entry k's vector of group g < numVec.
func (c *formCache) group(k int32, g int) []float32 {
	i := (int(k)*numVec + g) * c.L
	return c.vec[i : i+c.L]
}

// codeGroup returns entry k's codes of group g >= numVec.
func (c *formCache) codeGroup(k int32, g int) []byte {
	n := c.L - 1
	i := (int(k)*numCode + g - numVec) * n
	return c.codes[i : i+n]
}

// edgeCodes returns the codes of group g >= numVec for a missing neighbour.
func (c *formCache) edgeCodes(g int) []byte {
	n := c.L - 1
	return c.edgeC[(g-numVec)*n : (g-numVec+1)*n]
}

// lookup returns the entry of tok, filling it on a miss.
func (m *Model) lookup(c *formCache, tok string, start bool) int32 {
	k := m.lookupHashed(c, tok, start, c.hash(tok, start))
	m.sumFills(c)
	return k
}

// hash is the key of tok in the cache.
func (c *formCache) hash(tok string, start bool) uint64 {
	h := maphash.String(c.seed, tok)
	if start {
		h = fhash.Mix(h)
	}
	return h
}

// touch loads the tags and slot data of the set of hash h and returns a
// value of them for a sink: loads for many tokens issued before any is used
// overlap their cache misses.
func (c *formCache) touch(h uint64) uint64 {
	set := c.set(h)
	return c.tags[set] + uint64(c.meta[set].gen)
}

// set is the first entry of the set of hash h.
func (c *formCache) set(h uint64) int {
	return int(h&uint64(c.slots-1)) &^ (c.ways - 1)
}

// touchGroups loads every cache line of entry k's score vectors and codes
// and returns a value of them for a sink.
func (c *formCache) touchGroups(k int32) uint64 {
	nv, nc := numVec*c.L, numCode*(c.L-1)
	v := c.vec[int(k)*nv : (int(k)+1)*nv]
	cd := c.codes[int(k)*nc : (int(k)+1)*nc]
	// a stride of one line, and the last element for the line it ends in
	var x uint64
	for i := 0; i < len(v); i += 16 {
		x += uint64(math.Float32bits(v[i]))
	}
	x += uint64(math.Float32bits(v[len(v)-1]))
	for i := 0; i < len(cd); i += 64 {
		x += uint64(cd[i])
	}
	return x + uint64(cd[len(cd)-1])
}

// lookupHashed is lookup for a token whose hash (c.hash) is h, but it
// leaves the score vectors and codes of an entry it fills to sumFills.
func (m *Model) lookupHashed(c *formCache, tok string, start bool, h uint64) int32 {
	set := int32(c.set(h))
	for k, tag := range c.tags[set : set+int32(c.ways)] {
		if tag != h {
			continue
		}
		k := set + int32(k)
		e, s := &c.ents[k], &c.meta[k]
		if s.used && e.start == start && string(c.text[e.off:e.off+e.n]) == tok {
			s.gen = c.gen
			s.freq = min(s.freq+1, 255)
			c.hits++
			return k
		}
	}
	c.fills++
	k := c.victim(set)
	var e *formEntry
	if k < 0 {
		// all pinned by this sentence: an overflow entry
		k = int32(len(c.ents))
		c.ents = append(c.ents, formEntry{})
		c.vec = append(c.vec, make([]float32, numVec*c.L)...)
		c.codes = append(c.codes, make([]byte, numCode*(c.L-1))...)
		e = &c.ents[k]
	} else {
		e = &c.ents[k]
		*e = formEntry{off: uint32(len(c.text)), n: uint32(len(tok)), start: start}
		c.tags[k] = h
		c.meta[k] = slotMeta{gen: c.gen, used: true}
		c.text = append(c.text, tok...)
	}
	m.fillEntry(c, e, k, tok, start)
	return k
}

// victim picks the entry of the set to overwrite, or -1 when all are in use
// by the sentence. Of the candidates it drops the least often hit (the
// first of equals), and takes a quarter of the hits of the others, so a form
// frequent long ago gives way in time. (Halving them, as the two-way cache
// did, forgot too fast once a set has more ways: each survives more
// evictions.)
func (c *formCache) victim(set int32) int32 {
	best := int32(-1)
	for k := set; k < set+int32(c.ways); k++ {
		s := &c.meta[k]
		if !s.used {
			return k
		}
		if s.gen == c.gen {
			continue
		}
		if best < 0 || s.freq < c.meta[best].freq {
			best = k
		}
	}
	if best < 0 {
		return -1
	}
	for k := set; k < set+int32(c.ways); k++ {
		if s := &c.meta[k]; k != best && s.gen != c.gen {
			s.freq -= s.freq / 4
		}
	}
	return best
}

// fillEntry analyses tok and collects the features of its groups for
// sumFills.
func (m *Model) fillEntry(c *formCache, e *formEntry, k int32, tok string, start bool) {
	ti := &c.tmp
	*ti = tokInfo{}
	var sink uint64
	c.runes, sink = m.analyseToken(ti, tok, start, c.runes)
	c.sink += sink
	e.low, e.short, e.fold = ti.low, ti.short, ti.fold
	e.hasWord, e.c0 = ti.hasWord, ti.word.cluster[0]
	e.lex, e.lexOK = m.lex.first(ti.fold)
	p := pendingFill{k: k}
	f := c.pendFeats
	for g := range numGroups {
		switch g {
		case gOwn:
			f = m.appendOwn(f, ti)
		case gM1:
			f = appendAsPrev(f, ti)
		case gM2:
			f = append(f, feat(tLowM2, ti.low))
		case gP1:
			f = appendAsNext(f, ti)
		case gP2:
			f = append(f, feat(tLowP2, ti.low))
		case gM1x:
			f = m.appendAsPrevConj(f, ti.low)
		}
		p.ends[g] = int32(len(f))
	}
	c.pendFeats = f
	c.pending = append(c.pending, p)
}

// sumFills writes the group score vectors and codes of the entries filled
// since it last ran. The features of all of them (a sentence's new forms)
// are prefetched together, so that their cache misses overlap across
// words; then each group's sum, in the same order as ever.
func (m *Model) sumFills(c *formCache) {
	if len(c.pending) == 0 {
		return
	}
	f := c.pendFeats
	c.sink += m.tab.prefetchMark(f)
	lo := int32(0)
	for _, p := range c.pending {
		for g := range numGroups {
			fs := f[lo:p.ends[g]]
			lo = p.ends[g]
			if g >= numVec {
				dst := c.codeGroup(p.k, g)
				clear(dst)
				switch len(fs) {
				case 0:
				case 1:
					m.tab.copyCodes(fs[0], dst)
				default:
					panic("ner: a group kept as codes has one feature")
				}
				continue
			}
			v := c.group(p.k, g)
			clear(v)
			m.tab.addEach(fs, v)
		}
	}
	c.pending, c.pendFeats = c.pending[:0], c.pendFeats[:0]
}

// decodeFast is decode through the form cache. Models with tagger features
// take the flat path (the tagger's tags depend on the whole sentence).
func (m *Model) decodeFast(s *scratch, tokens []string, ext []GazMatch, useExt bool) {
	if m.tagger != nil {
		m.decode(s, tokens, ext, useExt)
		return
	}
	n := len(tokens)
	L := m.nlab
	s.reset(n, L)
	c := s.cache
	if c == nil || c.L != L {
		c = m.newFormCache(cacheSlots)
		s.cache = c
	}
	c.begin()
	code := &m.tab.code
	s.ent = s.ent[:0]
	// The sentence's forms are hashed and their cache sets loaded first,
	// all at once, so that the misses of the sets overlap instead of each
	// look-up waiting for its own.
	s.hashes = s.hashes[:0]
	var sink uint64
	for i, tok := range tokens {
		h := c.hash(tok, i == 0)
		s.hashes = append(s.hashes, h)
		sink += c.touch(h)
	}
	s.sink += sink
	for i, tok := range tokens {
		k := m.lookupHashed(c, tok, i == 0, s.hashes[i])
		s.ent = append(s.ent, k)
		e := &c.ents[k]
		ti := &s.info[i]
		ti.low, ti.short, ti.fold = e.low, e.short, e.fold
		ti.hasWord, ti.word.cluster[0] = e.hasWord, e.c0
	}
	m.sumFills(c)
	// Likewise the score vectors and codes of the entries, which the
	// scoring loop below reads token by token: a cached form's are cold.
	sink = 0
	for _, k := range s.ent {
		sink += c.touchGroups(k)
	}
	s.sink += sink
	m.lex.markCached(s, c)
	m.markExtra(s, tokens, ext, useExt)
	s.feats, s.featEnd = s.feats[:0], s.featEnd[:0]
	for i := 0; i < n; i++ {
		out := s.score[i*L : (i+1)*L]
		own := c.group(s.ent[i], gOwn)
		m1, p1 := c.edge[gM1*L:(gM1+1)*L], c.edge[gP1*L:(gP1+1)*L]
		m2, p2 := c.edgeCodes(gM2), c.edgeCodes(gP2)
		if i > 0 {
			m1 = c.group(s.ent[i-1], gM1)
			if i > 1 {
				m2 = c.codeGroup(s.ent[i-2], gM2)
			}
		}
		if i+1 < n {
			p1 = c.group(s.ent[i+1], gP1)
			if i+2 < n {
				p2 = c.codeGroup(s.ent[i+2], gP2)
			}
		}
		// labels 1… (O has no weights): o[l] is label l+1, as are the codes
		// m2[l] and p2[l]; equal lengths spare the loop its bounds checks
		o := out[1:]
		own, m1, p1 = own[1:len(out)], m1[1:len(out)], p1[1:len(out)]
		m2, p2 = m2[:len(o)], p2[:len(o)]
		ti := &s.info[i]
		simple := ti.gazB|ti.gazI|ti.gazE|ti.gazS == 0 && ti.ext.b|ti.ext.i|ti.ext.e|ti.ext.s == 0
		if simple {
			m1x := c.edgeCodes(gM1x)
			shM1, shP1 := uint64(edgeHash), uint64(edgeHash+2)
			if i > 0 {
				m1x = c.codeGroup(s.ent[i-1], gM1x)
				shM1 = s.info[i-1].short
			}
			if i+1 < n {
				shP1 = s.info[i+1].short
			}
			sh := m.shapeVec(c, shM1, ti.short, shP1, i == 0)
			m1x, sh = m1x[:len(o)], sh[1:len(out)]
			// one pass for both sums: the float32 of each is what the
			// sum of the groups, then o += the conjunction and shape
			// terms, gave in two
			for l := range o {
				o[l] = own[l] + m1[l] + code[m2[l]] + p1[l] + code[p2[l]] + (code[m1x[l]] + sh[l])
			}
		} else {
			for l := range o {
				o[l] = own[l] + m1[l] + code[m2[l]] + p1[l] + code[p2[l]]
			}
		}
		s.feats = m.appendContextRest(s.feats, s.info, i, simple)
		s.featEnd = append(s.featEnd, int32(len(s.feats)))
	}
	// The context features of all tokens are probed together, so that
	// their cache misses overlap across tokens, not only within one.
	s.sink += m.tab.prefetchMark(s.feats)
	f0 := int32(0)
	for i, f1 := range s.featEnd {
		out := s.score[i*L : (i+1)*L]
		m.tab.addEach(s.feats[f0:f1], out)
		f0 = f1
		out[0] -= m.oPenalty
		for c, b := range m.classBias {
			out[1+2*c] += b
			out[2+2*c] += b
		}
	}
	viterbi(s, n, L, m.transT, m.start, &m.vit)
}

// appendOwn appends the features of extract that depend on the token alone
// (and on whether it starts the sentence).
func (m *Model) appendOwn(f []uint64, ti *tokInfo) []uint64 {
	f = append(f,
		feat(tBias, 0),
		feat(tLow, ti.low),
		feat(tForm, ti.form),
		feat(tShape, ti.shape),
		feat(tShortShape, ti.short),
	)
	for k := 0; k < ti.npre; k++ {
		f = append(f, feat2(tPre, uint64(k), ti.pre[k]))
	}
	for k := 0; k < ti.nsuf; k++ {
		f = append(f, feat2(tSuf, uint64(k), ti.suf[k]))
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
	if ti.flags&fHyphen != 0 {
		f = append(f, feat(tHyFirst, ti.hyFirst), feat(tHyLast, ti.hyLast))
		f = appendBits(f, tHyGaz, 0, ti.hyGaz)
	}
	f = appendBits(f, tGazGen, 0, ti.genGaz)
	f = appendBits(f, tDeriv, ti.derivKind, ti.derivGaz)
	f = appendBits(f, tDeriv, 1<<20, ti.derivGaz)
	f = appendBits(f, tCompound, 0, ti.compGaz)
	if m.feats&FeatGazParts != 0 && ti.flags&fHyphen != 0 {
		f = appendBits(f, tHyLastGaz, 0, ti.hyLastGaz)
		if w, ok := m.words.lookup(ti.hyLast); ok {
			f = append(f, feat2(tHyCluster, 0, uint64(w.cluster[1])))
		}
		if w, ok := m.words.lookup(ti.hyFirst); ok {
			f = append(f, feat2(tHyCluster, 1, uint64(w.cluster[1])))
		}
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
	return f
}

// appendAsPrev appends the features the next token gets from p alone.
func appendAsPrev(f []uint64, p *tokInfo) []uint64 {
	f = append(f, feat(tLowM1, p.low))
	if p.nsuf >= 3 {
		f = append(f, feat(tSufM1, p.suf[2]))
	}
	if p.hasWord {
		f = append(f, feat(tClusterM1, uint64(p.word.cluster[1])), feat2(tClusterM1, 1<<20|uint64(p.word.cluster[2]), 0))
	}
	return f
}

// appendAsNext appends the features the previous token gets from nx alone.
func appendAsNext(f []uint64, nx *tokInfo) []uint64 {
	f = append(f, feat(tLowP1, nx.low))
	if nx.nsuf >= 3 {
		f = append(f, feat(tSufP1, nx.suf[2]))
	}
	if nx.hasWord {
		f = append(f, feat(tClusterP1, uint64(nx.word.cluster[1])), feat2(tClusterP1, 1<<20|uint64(nx.word.cluster[2]), 0))
	}
	return f
}

// shapeVec returns the memoised vector of the shape trigram (a, b, c) (see
// appendShapeMemo).
func (m *Model) shapeVec(c *formCache, a, b, cc uint64, start bool) []float32 {
	h := fhash.Mix(a ^ fhash.Mix(b^fhash.Mix(cc)))
	if start {
		h = ^h
	}
	k := int(h & (shapeSlots - 1))
	e := &c.shp[k]
	v := c.shpV[k*c.L : (k+1)*c.L]
	if !e.used || e.a != a || e.b != b || e.c != cc || e.start != start {
		*e = shapeEntry{a: a, b: b, c: cc, used: true, start: start}
		clear(v)
		f := m.appendShapeMemo(c.feats[:0], a, b, cc, start)
		c.sink += m.tab.addAll(f, v)
		c.feats = f
	}
	return v
}

// appendShapeMemo appends the features of a token that no gazetteer marks
// which depend only on its short shape and its neighbours' (prev and next,
// edgeHash at an edge): the shape pairs and, with FeatPrevWord, the
// conjunctions of appendConj but the previous word's.
func (m *Model) appendShapeMemo(f []uint64, prev, short, next uint64, start bool) []uint64 {
	f = append(f, feat2(tShapeM1, prev, short), feat2(tShapeP1, short, next))
	if m.feats&FeatPrevWord != 0 {
		prevShort := prev
		if start {
			prevShort = 7
		}
		f = append(f, feat2(tConj, 1<<32, 0), feat2(tConj, 2<<32|prevShort, short))
	}
	return f
}

// appendAsPrevConj appends appendConj's feature of a previous word whose
// next token no gazetteer marks.
func (m *Model) appendAsPrevConj(f []uint64, low uint64) []uint64 {
	if m.feats&FeatPrevWord != 0 {
		f = append(f, feat2(tConj, 3<<32|low, 0))
	}
	return f
}

// appendContextRest appends the features of token i that decodeFast probes
// one by one: all of appendContext, or for a simple token (no gazetteer or
// KB class of its own) those that the shape memo and gM1x leave.
func (m *Model) appendContextRest(f []uint64, info []tokInfo, i int, simple bool) []uint64 {
	if !simple {
		return m.appendContext(f, info, i)
	}
	ti := &info[i]
	lowM1, lowP1 := uint64(edgeHash), uint64(edgeHash+2)
	var prev, next *tokInfo
	if i > 0 {
		prev = &info[i-1]
		lowM1 = prev.low
	}
	if i+1 < len(info) {
		next = &info[i+1]
		lowP1 = next.low
	}
	f = append(f,
		feat2(tBigM1, lowM1, ti.low),
		feat2(tBigP1, ti.low, lowP1),
		feat2(tLowM1Shape, lowM1, ti.short),
	)
	if prev != nil && prev.hasWord && ti.hasWord {
		f = append(f, feat2(tClusterM1, 2<<20|uint64(prev.word.cluster[0]), uint64(ti.word.cluster[0])))
	}
	if prev != nil {
		f = appendGazAny(f, tGazM1, prev)
	}
	if next != nil {
		f = appendGazAny(f, tGazP1, next)
	}
	if len(m.extraNames) > 0 {
		if prev != nil {
			f = appendBits(f, tExt, 5, prev.ext.b|prev.ext.i|prev.ext.e|prev.ext.s)
		}
		if next != nil {
			f = appendBits(f, tExt, 6, next.ext.b|next.ext.i|next.ext.e|next.ext.s)
		}
	}
	return f
}

// appendContext appends the features of token i that pair it with a
// neighbour or come from multi-token matches. It reads only low, short,
// hasWord, the first cluster and the gazetteer marks of info.
func (m *Model) appendContext(f []uint64, info []tokInfo, i int) []uint64 {
	ti := &info[i]
	lowM1, lowP1 := uint64(edgeHash), uint64(edgeHash+2)
	shM1, shP1 := uint64(edgeHash), uint64(edgeHash+2)
	var prev, next *tokInfo
	if i > 0 {
		prev = &info[i-1]
		lowM1, shM1 = prev.low, prev.short
	}
	if i+1 < len(info) {
		next = &info[i+1]
		lowP1, shP1 = next.low, next.short
	}
	f = append(f,
		feat2(tShapeM1, shM1, ti.short),
		feat2(tShapeP1, ti.short, shP1),
		feat2(tBigM1, lowM1, ti.low),
		feat2(tBigP1, ti.low, lowP1),
		feat2(tLowM1Shape, lowM1, ti.short),
	)
	if prev != nil && prev.hasWord && ti.hasWord {
		f = append(f, feat2(tClusterM1, 2<<20|uint64(prev.word.cluster[0]), uint64(ti.word.cluster[0])))
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
	if m.feats&FeatPrevWord != 0 {
		f = m.appendConj(f, info, i)
	}
	return f
}
