package tag

import (
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

// maxMemo bounds the word forms one memo holds. Past it the memo starts
// again: news vocabulary is Zipfian, so a few thousand forms cover most
// tokens, and a bound keeps a long-running worker's memory flat.
const maxMemo = 1 << 14

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
// lemmatiser; it is immutable except for its pool.
type compiled struct {
	w    *weights
	n    int // number of tags
	tags []string
	lem  *lemmatizer
	// pad holds the role rows of the padding outside the sentence:
	// padStart in roles m1 and m2, padEnd in p1 and p2.
	pad [numRoles][]int32
	// prev holds the rows of the tag-history features tPrev and tPrev2,
	// indexed by prevIndex.
	prev []int32
	// memoCap is maxMemo; tests lower it to exercise the restart.
	memoCap int
	pool    sync.Pool // *memo
}

func compile(w *weights, tags []string, lem *lemmatizer) *compiled {
	n := w.nTags
	c := &compiled{w: w, n: n, tags: tags, lem: lem, memoCap: maxMemo}
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
// in role r; the templates are those of features, in the same hashing.
func (c *compiled) roleRow(s []int32, wi *wordInfo, r int) {
	clear(s)
	w := c.w
	switch r {
	case roleSelf:
		w.add(s, feat(tBias, 0))
		w.add(s, feat(tWord, wi.word))
		for j := 0; j < maxAffix; j++ {
			w.add(s, feat(tSuf1+j, wi.suf[j]))
		}
		for j := 0; j < 3; j++ {
			w.add(s, feat(tPre1+j, wi.pre[j]))
		}
		w.add(s, feat(tShape, wi.shape))
		w.add(s, feat(tFlags, wi.flags))
	case roleM1:
		w.add(s, feat(tWordM1, wi.word))
		w.add(s, feat(tSufM1, wi.suf[2]))
		w.add(s, feat(tShapeM1, wi.shape^wi.flags<<40))
	case roleP1:
		w.add(s, feat(tWordP1, wi.word))
		w.add(s, feat(tSufP1, wi.suf[2]))
		w.add(s, feat(tShapeP1, wi.shape^wi.flags<<40))
	case roleM2:
		w.add(s, feat(tWordM2, wi.word))
	case roleP2:
		w.add(s, feat(tWordP2, wi.word))
	}
}

// memo is one goroutine's cache of word forms; the pool hands each Tag call
// its own, so it needs no lock.
type memo struct {
	// index maps a form to its entry, separately for the first token of a
	// sentence (whose flags differ).
	index [2]map[string]int32
	words []wordInfo
	rows  []int32 // numRoles rows of n per entry
	// lemmas caches lemmas by entry<<8 | tag.
	lemmas map[uint64]memoLemma
	ids    []int32 // scratch: the entries of the sentence being tagged
}

// memoLemma is a cached lemma; same marks a lemma equal to the form, which
// is returned as the token's own text so that the memo keeps no substring
// of a document alive.
type memoLemma struct {
	lemma string
	same  bool
}

func (m *memo) reset() {
	clear(m.index[0])
	clear(m.index[1])
	clear(m.lemmas)
	m.words = m.words[:0]
	m.rows = m.rows[:0]
}

func (c *compiled) getMemo() *memo {
	if m, ok := c.pool.Get().(*memo); ok {
		return m
	}
	return &memo{
		index:  [2]map[string]int32{make(map[string]int32), make(map[string]int32)},
		lemmas: make(map[uint64]memoLemma),
	}
}

// entry returns the memo entry of form, adding it when new.
func (c *compiled) entry(m *memo, form string, first bool) int32 {
	f := 0
	if first {
		f = 1
	}
	if id, ok := m.index[f][form]; ok {
		return id
	}
	id := int32(len(m.words))
	m.words = append(m.words, wordInfo{})
	wi := &m.words[id]
	analyse(form, first, wi)
	off := len(m.rows)
	m.rows = append(m.rows, make([]int32, numRoles*c.n)...)
	for r := range numRoles {
		c.roleRow(m.rows[off+r*c.n:off+(r+1)*c.n], wi, r)
	}
	m.index[f][strings.Clone(form)] = id
	return id
}

func (m *memo) row(id int32, role, n int) []int32 {
	off := (int(id)*numRoles + role) * n
	return m.rows[off : off+n : off+n]
}

func addRow(s, r []int32) {
	r = r[:len(s):len(s)]
	for t := range s {
		s[t] += r[t]
	}
}

// tag is Tag's fast path.
func (c *compiled) tag(tokens []dossier.Token) {
	m := c.getMemo()
	if len(m.words)+len(tokens) > c.memoCap {
		m.reset()
	}
	ids := m.ids[:0]
	for i := range tokens {
		ids = append(ids, c.entry(m, tokens[i].Text, i == 0))
	}
	m.ids = ids
	n, w := c.n, c.w
	var scores [maxTags]int32
	s := scores[:n:n]
	p1, p2 := -1, -2
	for i, id := range ids {
		wi := &m.words[id]
		copy(s, m.row(id, roleSelf, n))
		m1, n1 := &padStart, &padEnd
		if i > 0 {
			m1 = &m.words[ids[i-1]]
			addRow(s, m.row(ids[i-1], roleM1, n))
		} else {
			addRow(s, c.pad[roleM1])
		}
		if i > 1 {
			addRow(s, m.row(ids[i-2], roleM2, n))
		} else {
			addRow(s, c.pad[roleM2])
		}
		if i+1 < len(ids) {
			n1 = &m.words[ids[i+1]]
			addRow(s, m.row(ids[i+1], roleP1, n))
		} else {
			addRow(s, c.pad[roleP1])
		}
		if i+2 < len(ids) {
			addRow(s, m.row(ids[i+2], roleP2, n))
		} else {
			addRow(s, c.pad[roleP2])
		}
		addRow(s, c.prev[c.prevIndex(p1, p2):])
		t1 := uint64(p1 + 3)
		w.add(s, feat2(tPrevWord, t1, wi.word))
		w.add(s, feat2(tPrevSuf3, t1, wi.suf[2]))
		w.add(s, feat2(tPrevWordP1, t1, n1.word))
		w.add(s, feat2(tWordM1Word, m1.word, wi.word))
		w.add(s, feat2(tWordWordP1, wi.word, n1.word))
		w.add(s, feat2(tSuf2ShapeP1, wi.suf[1], n1.shape^n1.flags<<40))
		w.add(s, feat2(tSuf2ShapeM1, wi.suf[1], m1.shape^m1.flags<<40))
		best := 0
		for t := 1; t < n; t++ {
			if s[t] > s[best] {
				best = t
			}
		}
		tokens[i].POS = c.tags[best]
		tokens[i].Lemma = c.lemma(m, id, best, tokens[i].Text)
		p2, p1 = p1, best
	}
	c.pool.Put(m)
}

// lemma is lemmatizer.lemma memoised per (form, tag).
func (c *compiled) lemma(m *memo, id int32, tag int, form string) string {
	key := uint64(id)<<8 | uint64(tag)
	if l, ok := m.lemmas[key]; ok {
		if l.same {
			return form
		}
		return l.lemma
	}
	lem := c.lem.lemma(form, c.tags[tag])
	if lem == form {
		m.lemmas[key] = memoLemma{same: true}
		return form
	}
	// A lemma can be a substring of the form ("troops" → "troop"); the
	// memo keeps its own copy.
	m.lemmas[key] = memoLemma{lemma: strings.Clone(lem)}
	return lem
}
