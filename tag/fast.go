package tag

import (
	"hash/maphash"
	"slices"
	"strings"
	"sync"

	"github.com/dossier-news/dossier"
)

// The fast path of Tag. Most feature templates depend on one word form only
// (the word itself, or a neighbour at a fixed offset), so their summed score
// rows are computed once per form and kept in a memo; a token then costs a
// memo lookup, five row additions and the seven table lookups of the
// features that combine two words or a word with the previous tag. Scores
// are integer sums, so the order of addition cannot change them: the fast
// path gives exactly the tags of the feature-by-feature reference (features
// and weights.best, which training uses), and tagger_test.go checks it.

// maxMemo bounds the word forms of one memo generation (about 0.5 KB each,
// two generations). News vocabulary is Zipfian: on the whole 10kGNAD test
// set (432k tokens, 57k forms, so 13% of tokens are a form's first use) 8k
// forms a generation miss 20% of tokens and 16k miss 16%; on Reuters 8.8%
// and 6.2% against a floor of 5.9%. 8k keeps a worker's memo under 9 MB a
// language for about 1% more pipeline time than 16k.
const maxMemo = 1 << 13

// Roles of a word form whose features are summed in advance: the word
// itself, and the word seen from the token after it (m1), before it (p1),
// two after (m2) and two before (p2).
const (
	roleSelf = iota
	roleM1
	roleP1
	roleM2
	roleP2
	numRoles
)

// compiled is what the fast path derives from one set of weights and the
// lemmatiser; it is immutable except for its free memos.
type compiled struct {
	w    *weights
	n    int // number of tags
	tags []string
	lem  *lemmatizer
	amb  *ambLexicon // fills wordInfo.amb; nil for a model without one
	// pad holds the role rows of the padding outside the sentence:
	// padStart in roles m1 and m2, padEnd in p1 and p2.
	pad [numRoles][]int32
	// prev holds the rows of the tag-history features tPrev and tPrev2,
	// indexed by prevIndex.
	prev []int32
	// adp is the index of the tag ADP, or -1 (a language without fused
	// prepositions, or a model without the tag).
	adp int
	// memoCap is maxMemo; tests lower it to exercise the restart.
	memoCap int
	seed    maphash.Seed
	// free holds the memos not in use. Not a sync.Pool: a pool drops its
	// contents at every other garbage collection and cannot hand a
	// goroutine that moved to another P the memo it left on the first, so
	// memos were rebuilt cold again and again (128 MB allocated over a
	// 400-article benchmark). Here a memo lives as long as the tagger, one
	// for each Tag call that ever ran at the same time as others.
	mu   sync.Mutex
	free []*memo
}

func compile(w *weights, tags []string, lem *lemmatizer, amb *ambLexicon) *compiled {
	n := w.nTags
	c := &compiled{w: w, n: n, tags: tags, lem: lem, amb: amb, memoCap: maxMemo, seed: maphash.MakeSeed(), adp: -1}
	if lem != nil && lem.lang == "de" {
		c.adp = slices.Index(tags, "ADP")
	}
	for r := roleM1; r < numRoles; r++ {
		c.pad[r] = make([]int32, n)
		pw := &padStart
		if r == roleP1 || r == roleP2 {
			pw = &padEnd
		}
		c.roleRow(c.pad[r], pw, r)
	}
	c.prev = make([]int32, (n+1)*(n+2)*n)
	for p1 := -1; p1 < n; p1++ {
		for p2 := -2; p2 < n; p2++ {
			t1, t2 := uint64(p1+3), uint64(p2+3)
			s := c.prev[c.prevIndex(p1, p2) : c.prevIndex(p1, p2)+n]
			w.add(s, feat(tPrev, t1))
			w.add(s, feat2(tPrev2, t1, t2))
		}
	}
	return c
}

// prevIndex is the offset in prev of the row for previous tags p1 (-1 or a
// tag) and p2 (-2, -1 or a tag).
func (c *compiled) prevIndex(p1, p2 int) int {
	return ((p1+1)*(c.n+2) + p2 + 2) * c.n
}

// roleRow writes into s the summed rows of the features that word wi adds
// in role r; the templates are those of features, in the same hashing. It
// returns addAll's loads.
func (c *compiled) roleRow(s []int32, wi *wordInfo, r int) uint64 {
	clear(s)
	var buf [2 * maxBatch]uint64 // roleSelf has more keys than one batch
	return c.w.addAll(s, roleKeys(buf[:0], wi, r))
}

// roleKeys appends to keys the features word wi adds in role r.
func roleKeys(keys []uint64, wi *wordInfo, r int) []uint64 {
	switch r {
	case roleSelf:
		keys = append(keys, feat(tBias, 0), feat(tWord, wi.word))
		for j := 0; j < maxAffix; j++ {
			keys = append(keys, feat(tSuf1+j, wi.suf[j]))
		}
		for j := 0; j < 3; j++ {
			keys = append(keys, feat(tPre1+j, wi.pre[j]))
		}
		keys = append(keys, feat(tShape, wi.shape), feat(tFlags, wi.flags))
		keys = append(keys, feat(tAmb, wi.amb), feat2(tAmbFlags, wi.amb, wi.flags),
			feat(tVerb, wi.verb|(wi.flags&(fUpper|fFirst))<<8), feat2(tHead, wi.head, wi.flags&fUpper),
			feat(tTB, wi.tb))
	case roleM1:
		keys = append(keys, feat(tWordM1, wi.word), feat(tSufM1, wi.suf[2]), feat(tShapeM1, wi.shape^wi.flags<<40), feat(tAmbM1, wi.amb))
	case roleP1:
		keys = append(keys, feat(tWordP1, wi.word), feat(tSufP1, wi.suf[2]), feat(tShapeP1, wi.shape^wi.flags<<40), feat(tAmbP1, wi.amb), feat(tTBP1, wi.tb))
	case roleM2:
		keys = append(keys, feat(tWordM2, wi.word))
	case roleP2:
		keys = append(keys, feat(tWordP2, wi.word))
	}
	return keys
}

// maxEntryKeys bounds the keys addAllAt probes together: the features of
// all roles of several words (about 28 a word).
const maxEntryKeys = 16 * maxBatch

// freshRows writes the role rows (numRoles rows of n, end to end, zero
// before) of the new entries ids of generation g, as roleRow does role by
// role. The keys of all roles of all the sentence's new words are probed
// in batches, so that the cache misses of one word's features overlap
// those of the others instead of following them.
func (c *compiled) freshRows(m *memo, g *generation, ids []int32) uint64 {
	keys, at := m.keys[:0], m.at[:0]
	for _, id := range ids {
		wi := &g.words[id].wi
		for r := range numRoles {
			k0 := len(keys)
			keys = roleKeys(keys, wi, r)
			for range len(keys) - k0 {
				at = append(at, int32((int(id)*numRoles+r)*c.n))
			}
		}
	}
	m.keys, m.at = keys, at
	return c.w.addAllAt(g.rows, c.n, keys, at)
}

// memo is one goroutine's cache of word forms; getMemo hands each Tag call
// its own, so it needs no lock. It keeps two generations: when the current
// one is full it becomes the old one, and forms still in use move back to
// the current one on their next lookup, so frequent words survive a restart
// without the memo growing past two generations.
type memo struct {
	cur, old generation
	ids      []int32  // scratch: the entries of the sentence being tagged
	hashes   []uint64 // scratch: the hashes of the sentence's forms
	fresh    []int32  // scratch: the entries the sentence added new
	keys     []uint64 // scratch: freshRows' features
	at       []int32  // and where their rows go
	sink     uint64   // loads made only to overlap cache misses, kept
}

type generation struct {
	// index maps the hash of a form to its entry, separately for the first
	// token of a sentence (whose flags differ). Keys are hashes and the
	// forms sit in one byte arena, so a new entry allocates nothing.
	index [2]formIndex
	words []memoWord
	rows  []int32 // numRoles rows of n per entry
	text  []byte  // the forms, end to end
}

// memoWord is a memo entry: the form's analysis and the lemmas found for it
// under the tags it was given so far.
type memoWord struct {
	off, len int32 // the form in text
	wi       wordInfo
	lem      [3]memoLemma
}

// memoLemma is a cached lemma for tag-1 (0: an empty slot). A lemma that is
// a prefix of the form (the form itself, "troops" → "troop") is kept as its
// length and cut from the token's own text, so that the memo keeps no
// substring of a document alive and returns it without allocating.
type memoLemma struct {
	tag    uint8
	prefix bool // the lemma is form[:n]
	n      int32
	lemma  string
}

func newGeneration() generation {
	return generation{}
}

func (g *generation) reset() {
	g.index[0].reset()
	g.index[1].reset()
	clear(g.words) // drop the lemma strings
	g.words = g.words[:0]
	g.rows = g.rows[:0]
	g.text = g.text[:0]
}

// grow doubles the capacity of the generation's slices, up to memoCap
// entries: append's growth of large slices by a quarter would allocate five
// times the final size on the way there.
func (g *generation) grow(memoCap, n int) {
	c := min(max(2*cap(g.words), 256), memoCap)
	if c <= cap(g.words) {
		c = cap(g.words) + 64 // a sentence longer than the bound
	}
	g.words = slices.Grow(g.words, c-len(g.words))
	g.rows = slices.Grow(g.rows, c*n-len(g.rows))
}

// formIndex maps a form's hash to its entry: an open-addressing table of
// hash and id side by side, so a probe touches one cache line. It is the
// same mapping a Go map would hold, at a quarter of the cost per look-up,
// which every token of every sentence makes.
type formIndex struct {
	slots []indexSlot // a power of two, at most half full
	n     int
}

type indexSlot struct {
	h  uint64
	id int32 // entry + 1; 0 marks an empty slot
}

func (x *formIndex) get(h uint64) (int32, bool) {
	if x.n == 0 {
		return 0, false
	}
	mask := uint64(len(x.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &x.slots[i]
		if sl.id == 0 {
			return 0, false
		}
		if sl.h == h {
			return sl.id - 1, true
		}
	}
}

// put stores id under h, which must not be stored yet.
func (x *formIndex) put(h uint64, id int32) {
	if 2*(x.n+1) > len(x.slots) {
		x.grow()
	}
	mask := uint64(len(x.slots) - 1)
	i := h & mask
	for x.slots[i].id != 0 {
		i = (i + 1) & mask
	}
	x.slots[i] = indexSlot{h: h, id: id + 1}
	x.n++
}

func (x *formIndex) grow() {
	old := x.slots
	x.slots = make([]indexSlot, max(2*len(old), 1024))
	x.n = 0
	for _, sl := range old {
		if sl.id != 0 {
			x.put(sl.h, sl.id-1)
		}
	}
}

// touch loads the slot where a probe for h begins and returns a value of
// it for a sink: loads for many forms issued before any is used overlap
// their cache misses.
func (x *formIndex) touch(h uint64) uint64 {
	if len(x.slots) == 0 {
		return 0
	}
	return x.slots[h&uint64(len(x.slots)-1)].h
}

func (x *formIndex) reset() {
	clear(x.slots)
	x.n = 0
}

// find returns the entry of form under hash h, or -1.
func (g *generation) find(f int, h uint64, form string) int32 {
	id, ok := g.index[f].get(h)
	if !ok {
		return -1
	}
	w := &g.words[id]
	if string(g.text[w.off:w.off+w.len]) != form {
		return -1 // a hash collision: the form is tagged without the memo's help
	}
	return id
}

func (c *compiled) getMemo() *memo {
	c.mu.Lock()
	if n := len(c.free); n > 0 {
		m := c.free[n-1]
		c.free = c.free[:n-1]
		c.mu.Unlock()
		return m
	}
	c.mu.Unlock()
	return &memo{cur: newGeneration(), old: newGeneration()}
}

func (c *compiled) putMemo(m *memo) {
	c.mu.Lock()
	c.free = append(c.free, m)
	c.mu.Unlock()
}

// entry returns the memo entry of form, whose hash is h, in the current
// generation, adding it when new. The rows of an entry analysed afresh are
// left zero and its id appended to m.fresh, for freshRows.
func (c *compiled) entry(m *memo, form string, h uint64, first bool) int32 {
	f := 0
	if first {
		f = 1
	}
	g := &m.cur
	if id := g.find(f, h, form); id >= 0 {
		return id
	}
	id := int32(len(g.words))
	n := numRoles * c.n
	if len(g.words) == cap(g.words) {
		g.grow(c.memoCap, n)
	}
	_, taken := g.index[f].get(h)
	if oid := m.old.find(f, h, form); oid >= 0 {
		w := m.old.words[oid]
		w.off = int32(len(g.text))
		g.text = append(g.text, form...)
		g.words = append(g.words, w)
		g.rows = append(g.rows, m.old.rows[int(oid)*n:int(oid+1)*n]...)
	} else {
		g.words = append(g.words, memoWord{off: int32(len(g.text)), len: int32(len(form))})
		g.text = append(g.text, form...)
		wi := &g.words[id].wi
		analyse(form, first, wi)
		c.amb.fill(form, wi)
		g.rows = append(g.rows, make([]int32, n)...)
		m.fresh = append(m.fresh, id)
	}
	if !taken {
		g.index[f].put(h, id)
	}
	return id
}

// touchRows loads every cache line of entry id's rows (n values) and
// returns a value of them for a sink.
func (g *generation) touchRows(id int32, n int) uint64 {
	r := g.rows[int(id)*n : int(id+1)*n]
	// a stride of one line, and the last value for the line it ends in
	var x uint64
	for i := 0; i < len(r); i += 16 {
		x += uint64(r[i])
	}
	return x + uint64(r[len(r)-1])
}

func (g *generation) row(id int32, role, n int) []int32 {
	off := (int(id)*numRoles + role) * n
	return g.rows[off : off+n : off+n]
}

// argmax is the first index of the greatest score of s (not empty), the
// best tag. The best score is kept in a register, not loaded again for
// every comparison.
func argmax(s []int32) int {
	best, top := 0, s[0]
	for t, v := range s {
		if v > top {
			best, top = t, v
		}
	}
	return best
}

// sumRows writes into s the sum of six rows (of len(s) or more): one pass
// over the tags instead of a copy and five additions, each of which loaded
// and stored every score again.
func sumRows(s, a, b, c, d, e, f []int32) {
	n := len(s)
	a, b, c, d, e, f = a[:n:n], b[:n:n], c[:n:n], d[:n:n], e[:n:n], f[:n:n]
	for t := range s {
		s[t] = a[t] + b[t] + c[t] + d[t] + e[t] + f[t]
	}
}

// tag is Tag's fast path.
func (c *compiled) tag(tokens []dossier.Token) {
	m := c.getMemo()
	if len(m.cur.words)+len(tokens) > c.memoCap {
		m.old, m.cur = m.cur, m.old
		m.cur.reset()
	}
	// The forms are hashed and the index slots where their probes begin
	// loaded first, all at once, so that the cache misses of the sentence's
	// look-ups overlap instead of each waiting for its own.
	hs := m.hashes[:0]
	var sink uint64
	for i := range tokens {
		h := maphash.String(c.seed, tokens[i].Text)
		hs = append(hs, h)
		f := 0
		if i == 0 {
			f = 1
		}
		sink += m.cur.index[f].touch(h)
	}
	m.hashes = hs
	m.sink += sink
	ids := m.ids[:0]
	m.fresh = m.fresh[:0]
	for i := range tokens {
		ids = append(ids, c.entry(m, tokens[i].Text, hs[i], i == 0))
	}
	m.ids = ids
	g := &m.cur
	if len(m.fresh) > 0 {
		m.sink += c.freshRows(m, g, m.fresh)
	}
	// and the role rows of the entries, which the loop below reads at
	// different tokens: those of a form found in the memo are cold
	sink = 0
	for _, id := range ids {
		sink += g.touchRows(id, numRoles*c.n)
	}
	m.sink += sink
	n, w := c.n, c.w
	var scores [maxTags]int32
	s := scores[:n:n]
	p1, p2 := -1, -2
	for i, id := range ids {
		wi := &g.words[id].wi
		m1, n1 := &padStart, &padEnd
		rm1, rm2, rp1, rp2 := c.pad[roleM1], c.pad[roleM2], c.pad[roleP1], c.pad[roleP2]
		if i > 0 {
			m1 = &g.words[ids[i-1]].wi
			rm1 = g.row(ids[i-1], roleM1, n)
		}
		if i > 1 {
			rm2 = g.row(ids[i-2], roleM2, n)
		}
		if i+1 < len(ids) {
			n1 = &g.words[ids[i+1]].wi
			rp1 = g.row(ids[i+1], roleP1, n)
		}
		if i+2 < len(ids) {
			rp2 = g.row(ids[i+2], roleP2, n)
		}
		sumRows(s, g.row(id, roleSelf, n), rm1, rm2, rp1, rp2, c.prev[c.prevIndex(p1, p2):])
		t1 := uint64(p1 + 3)
		pairs := [...]uint64{
			feat2(tPrevWord, t1, wi.word),
			feat2(tPrevSuf3, t1, wi.suf[2]),
			feat2(tPrevWordP1, t1, n1.word),
			feat2(tWordM1Word, m1.word, wi.word),
			feat2(tWordWordP1, wi.word, n1.word),
			feat2(tSuf2ShapeP1, wi.suf[1], n1.shape^n1.flags<<40),
			feat2(tSuf2ShapeM1, wi.suf[1], m1.shape^m1.flags<<40),
		}
		m.sink += w.addAllTags(&scores, pairs[:])
		best := argmax(s)
		if c.adp >= 0 && best != c.adp {
			if _, ok := Contraction(c.lem.lang, tokens[i].Text); ok {
				// a preposition fused with its article is a preposition
				// (as the treebank, which splits "zum" into "zu dem",
				// tags it); the model misses rare ones ("durchs")
				best = c.adp
			}
		}
		tokens[i].POS = c.tags[best]
		tokens[i].Lemma = c.lemma(&g.words[id], best, tokens[i].Text)
		p2, p1 = p1, best
	}
	c.putMemo(m)
}

// lemma is lemmatizer.lemma memoised per (form, tag).
func (c *compiled) lemma(mw *memoWord, tag int, form string) string {
	k := uint8(tag + 1)
	free := -1
	for i := range mw.lem {
		l := &mw.lem[i]
		if l.tag == k {
			if l.prefix {
				return form[:l.n]
			}
			return l.lemma
		}
		if l.tag == 0 && free < 0 {
			free = i
		}
	}
	lem := c.lem.lemma(form, c.tags[tag])
	if free < 0 {
		return lem // a form with many tags: rare, not worth a slot
	}
	switch {
	case strings.HasPrefix(form, lem):
		mw.lem[free] = memoLemma{tag: k, prefix: true, n: int32(len(lem))}
		return form[:len(lem)]
	case strings.Contains(form, lem):
		// Another substring of the form would keep the whole document
		// alive: the memo keeps its own copy. Other lemmas are the
		// lexicon's or newly built.
		mw.lem[free] = memoLemma{tag: k, lemma: strings.Clone(lem)}
	default:
		mw.lem[free] = memoLemma{tag: k, lemma: lem}
	}
	return lem
}
