package kb

import (
	"cmp"
	"hash/maphash"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/internal/hugepage"
)

// Candidate is one entity a matched form may name.
type Candidate struct {
	ID      string
	Kind    dossier.EntityKind
	Country string // the entity's ISO alpha-3, or ""
	Form    string // the KB form that matched
	Lang    string // the form's language ("" for any)
	Flags   Flags  // the form's flags, plus Metonym and Inflected where they apply
	Score   int    // higher is better: prominence, exact form, language
}

// Match is a stretch of tokens that matches one or more KB forms.
type Match struct {
	dossier.Span             // UTF-8 byte offsets; may cover part of a hyphenated token ("Ukraine" in "Ukraine-Krieg")
	Tokens       [2]int      // index of the first token and one past the last
	Text         string      // the matched text as the tokens spell it (tokens joined by one space)
	Candidates   []Candidate // best first; never empty
}

// Flags returns the flags of the best candidate.
func (m *Match) Flags() Flags { return m.Candidates[0].Flags }

// Matcher finds KB forms in token sequences: a trie over folded word pieces
// (tokens split at hyphens), leftmost-longest, with case and inflection
// checks per candidate. It is safe for concurrent use.
type Matcher struct {
	k *KB
	// vocab maps a folded piece to its id (from 1). Its Bloom filter, small
	// enough to stay in cache, turns away most text pieces (they are in no
	// KB form) before the table is probed, and the filter's hash is the
	// table's, so a piece is hashed once.
	vocab   vocabIndex
	first   []uint32   // piece id → trie node after one piece (0: none)
	next    childTable // node<<32 | piece id → child node
	nodes   []trieNode
	entries []entry
	pieces  []patPiece
	pool    sync.Pool
}

// trieNode is a node of the trie: entries[lo:hi] end at it. Most nodes
// (the one-word forms) have no child, and inner says so without a probe
// of next.
type trieNode struct {
	lo, hi int32
	inner  bool
}

// childTable maps node<<32 | piece id to the child node: open addressing
// over one flat slice, in place of a Go map whose probe (hashing, control
// bytes, a second line for the value) cost a fifth of matching. A slot's
// key and child share 16 bytes; child 0 marks an empty slot (the root is
// no one's child).
type childTable struct {
	slots []childSlot // a power of two, at most half full
	shift uint8       // 64 - log2(len(slots))
}

type childSlot struct {
	key   uint64
	child uint32
}

func newChildTable(m map[uint64]uint32) childTable {
	n, shift := 16, uint8(60)
	for n < 2*len(m) {
		n <<= 1
		shift--
	}
	t := childTable{slots: make([]childSlot, n), shift: shift}
	mask := uint64(n - 1)
	for k, c := range m {
		i := t.home(k)
		for t.slots[i].child != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = childSlot{key: k, child: c}
	}
	return t
}

// home is the key's first slot: Fibonacci hashing, whose top bits mix the
// node and the piece id of the key.
func (t *childTable) home(key uint64) uint64 {
	return (key * 0x9E3779B97F4A7C15) >> t.shift
}

func (t *childTable) get(key uint64) uint32 {
	mask := uint64(len(t.slots) - 1)
	for i := t.home(key); ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.key == key || sl.child == 0 {
			return sl.child
		}
	}
}

type entry struct {
	ent   int32
	form  int32
	piece int32 // index of the first patPiece
	n     int32
}

const (
	shapeAny   = 0 // lower-case in the KB: any case in text
	shapeCap   = 1 // capitalised: text must start with a capital
	shapeUpper = 2 // acronym: text must be upper case for the acronym's letters
)

const (
	className = 0 // exact, or with genitive -s/-es
	classAdj  = 1 // adjective base + -e/-en/-er/-es/-em
)

type patPiece struct {
	norm    string
	shape   uint8
	class   uint8
	letters uint8 // letters in an acronym
	last    bool
	exact   bool // no inflection: Exact forms, and one-word forms of up to three letters ("Han" is not "Hans")
}

type piece struct {
	tok        int32
	start, end int32 // byte span in the document
	lo, hi     int32 // byte span in the token's text
	id         uint32
	n0, n1     int32 // norm in scratch buffer
	// No string here (the text is the token's, at lo:hi): without
	// pointers, a slice of pieces is neither scanned by the collector nor
	// grown behind write barriers.
}

type scratch struct {
	ps    []piece
	norm  []byte
	cands []Candidate
	best  []Candidate
	keys  []pieceKey
	fs    []found
	sink  uint64 // loads made only to overlap cache misses, kept
}

// found is a match in the making: pieces i to j, candidates cands[c0:c1].
type found struct {
	i, j   int
	c0, c1 int
}

// pieceKey is a piece's vocabulary key waiting to be looked up: the stem of
// its folded form, s.norm[n0:n0+n], and its hash.
type pieceKey struct {
	h     uint64
	p     int32 // index in s.ps
	n0, n int32
}

func newMatcher(k *KB) *Matcher {
	vocab := map[string]uint32{}
	m := &Matcher{k: k, nodes: []trieNode{{}}}
	next := map[uint64]uint32{}
	m.first = []uint32{0}
	type pending struct {
		node uint32
		e    entry
	}
	var all []pending
	var buf []byte
	var ids []uint32
	var pp []patPiece
	// norms holds each piece's folded text once: 141,000 pieces have
	// 57,000 texts, and a string each took a megabyte more
	norms := map[string]string{}
	for ei := range k.ents {
		e := &k.ents[ei]
		for fi, f := range e.Forms {
			ids, pp = ids[:0], pp[:0]
			words := splitPieces(f.Text)
			for wi, w := range words {
				buf = appendNorm(buf[:0], w)
				sl := stemLen(buf)
				if sl == 0 {
					continue
				}
				key := string(buf[:sl])
				id, ok := vocab[key]
				if !ok {
					id = uint32(len(vocab) + 1)
					vocab[key] = id
					m.first = append(m.first, 0)
				}
				ids = append(ids, id)
				norm, ok := norms[string(buf)]
				if !ok {
					norm = string(buf)
					norms[norm] = norm
				}
				pp = append(pp, makePatPiece(norm, w, f, wi == len(words)-1))
			}
			if len(ids) == 0 {
				continue
			}
			pp[len(pp)-1].last = true
			if f.Flags&Exact != 0 || len(pp) == 1 && len(pp[0].norm) <= 3 {
				for i := range pp {
					pp[i].exact = true
				}
			}
			node := m.first[ids[0]]
			if node == 0 {
				node = uint32(len(m.nodes))
				m.nodes = append(m.nodes, trieNode{})
				m.first[ids[0]] = node
			}
			for _, id := range ids[1:] {
				key := uint64(node)<<32 | uint64(id)
				child := next[key]
				if child == 0 {
					child = uint32(len(m.nodes))
					m.nodes = append(m.nodes, trieNode{})
					next[key] = child
					m.nodes[node].inner = true
				}
				node = child
			}
			all = append(all, pending{node, entry{ent: int32(ei), form: int32(fi), piece: int32(len(m.pieces)), n: int32(len(pp))}})
			m.pieces = append(m.pieces, pp...)
		}
	}
	sort.SliceStable(all, func(a, b int) bool { return all[a].node < all[b].node })
	m.entries = make([]entry, len(all))
	for i, p := range all {
		m.entries[i] = p.e
		nd := &m.nodes[p.node]
		if nd.hi == 0 {
			nd.lo = int32(i)
		}
		nd.hi = int32(i + 1)
	}
	m.next = newChildTable(next)
	m.vocab = newVocabIndex(vocab)
	m.pool.New = func() any { return &scratch{} }
	return m
}

// vocabIndex is a read-only map from folded piece to id: a blocked Bloom
// filter (a key sets two bits of one 64-bit word, so a test costs one
// memory access) in front of an open-addressing table of hashes and ids
// whose keys sit end to end in one byte arena. A look-up hashes the bytes
// once, for both, and allocates nothing; the Go map it replaced hashed the
// piece a second time and chased a string header to its bytes.
type vocabIndex struct {
	seed  maphash.Seed
	bits  []uint64    // the filter
	slots []vocabSlot // a power of two, at most half full
	keys  []byte
}

// vocabSlot is 32 bytes, two to a cache line: a key of up to 12 bytes
// (most words) sits in the slot itself, so a hit touches one line; longer
// keys are in the arena.
type vocabSlot struct {
	h     uint64
	id    uint32 // 0 marks an empty slot
	off   uint32 // the key in keys, when longer than short
	n     uint32 // the key's length
	short [12]byte
}

func newVocabIndex(vocab map[string]uint32) vocabIndex {
	size := 1 << 12 // words
	for size*64 < len(vocab)*16 {
		size <<= 1
	}
	nslots := 1 << 4
	for nslots < 2*len(vocab) {
		nslots <<= 1
	}
	x := vocabIndex{seed: maphash.MakeSeed(), bits: make([]uint64, size), slots: make([]vocabSlot, nslots)}
	hugepage.Advise(x.slots)
	mask := uint64(nslots - 1)
	for k, id := range vocab {
		h := maphash.String(x.seed, k)
		w, b := x.at(h)
		x.bits[w] |= b
		i := h & mask
		for x.slots[i].id != 0 {
			i = (i + 1) & mask
		}
		sl := vocabSlot{h: h, id: id, n: uint32(len(k))}
		if len(k) <= len(sl.short) {
			copy(sl.short[:], k)
		} else {
			sl.off = uint32(len(x.keys))
			x.keys = append(x.keys, k...)
		}
		x.slots[i] = sl
	}
	return x
}

func (x *vocabIndex) at(h uint64) (word uint64, bits uint64) {
	return (h >> 32) & uint64(len(x.bits)-1), 1<<(h&63) | 1<<(h>>6&63)
}

// getHashed returns the id of key, whose hash is h, or 0 when key is not
// in the vocabulary.
func (x *vocabIndex) getHashed(h uint64, key []byte) uint32 {
	if w, b := x.at(h); x.bits[w]&b != b {
		return 0
	}
	mask := uint64(len(x.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &x.slots[i]
		if sl.id == 0 {
			return 0
		}
		if sl.h != h || int(sl.n) != len(key) {
			continue
		}
		k := sl.short[:min(int(sl.n), len(sl.short))]
		if int(sl.n) > len(sl.short) {
			k = x.keys[sl.off : sl.off+sl.n]
		}
		if string(k) == string(key) {
			return sl.id
		}
	}
}

// splitPieces splits a form into words at spaces and hyphens.
func splitPieces(s string) []string {
	return strings.FieldsFunc(s, isSep)
}

func makePatPiece(norm, raw string, f Form, last bool) patPiece {
	p := patPiece{norm: norm}
	nl, upper := 0, 0
	firstUpper := false
	for _, r := range raw {
		if !unicode.IsLetter(r) {
			continue
		}
		if nl == 0 {
			firstUpper = unicode.IsUpper(r)
		}
		nl++
		if unicode.IsUpper(r) {
			upper++
		}
	}
	switch {
	case nl >= 2 && upper == nl && nl < 256:
		p.shape, p.letters = shapeUpper, uint8(nl)
	case firstUpper || f.Flags&Common != 0:
		p.shape = shapeCap
	}
	if f.Lang == "de" && len(norm) >= 4 {
		// German adjectives: "nordkoreanisch" as a form, or the adjective in
		// a multi-word name ("Demokratische Volksrepublik Korea").
		if (f.Flags&Adjectival != 0 && f.Flags&Demonym == 0 && !firstUpper) ||
			(!last && adjBase(norm) != norm) {
			p.class = classAdj
		}
	}
	return p
}

// Match finds KB forms in toks (the tokens of one sentence or document, in
// order), leftmost-longest, and appends the matches to dst. lang ("en",
// "de" or "") prefers forms of that language among the candidates. Tokens
// that are only an apostrophe clitic ("'s") are skipped; hyphenated tokens
// are matched piece by piece.
func (m *Matcher) Match(toks []dossier.Token, lang string, dst []Match) []Match {
	dst, _ = m.MatchCands(toks, lang, dst, nil)
	return dst
}

// MatchCands is Match with the matches' candidates appended to cands, which
// it returns: a caller that passes one buffer for all the sentences of a
// document allocates their candidates a few times a document, not once a
// sentence. The matches' Candidates point into the buffer (or into the one
// it was before it grew), so its contents must stay as they are while the
// matches are in use; nil cands gives each call its own.
func (m *Matcher) MatchCands(toks []dossier.Token, lang string, dst []Match, cands []Candidate) ([]Match, []Candidate) {
	n0 := len(dst)
	dst, cands = m.match(toks, lang, dst, cands)
	return m.truncated(toks, lang, dst, n0), cands
}

func (m *Matcher) match(toks []dossier.Token, lang string, dst []Match, cbuf []Candidate) ([]Match, []Candidate) {
	s := m.pool.Get().(*scratch)
	defer m.pool.Put(s)
	s.ps, s.norm, s.cands, s.keys, s.fs = s.ps[:0], s.norm[:0], s.cands[:0], s.keys[:0], s.fs[:0]
	for ti := range toks {
		m.addPieces(s, int32(ti), &toks[ti])
	}
	m.lookupPieces(s)
	ps := s.ps
	for i := 0; i < len(ps); {
		id := ps[i].id
		if id == 0 || m.first[id] == 0 {
			i++
			continue
		}
		node := m.first[id]
		bestJ := -1
		s.best = s.best[:0]
		for j := i; ; {
			nd := m.nodes[node]
			if nd.hi > nd.lo {
				c0 := len(s.cands)
				m.validate(s, toks, nd, i, lang)
				if len(s.cands) > c0 {
					bestJ = j
					s.best = append(s.best[:0], s.cands[c0:]...)
				}
				s.cands = s.cands[:c0]
			}
			j++
			if !nd.inner || j >= len(ps) || ps[j].id == 0 {
				break
			}
			child := m.next.get(uint64(node)<<32 | uint64(ps[j].id))
			if child == 0 {
				break
			}
			node = child
		}
		if bestJ < 0 {
			i++
			continue
		}
		c0 := len(s.cands)
		s.cands = append(s.cands, s.best...)
		s.fs = append(s.fs, found{i, bestJ, c0, len(s.cands)})
		i = bestJ + 1
	}
	fs := s.fs
	if len(fs) == 0 {
		return dst, cbuf
	}
	if cbuf == nil {
		cbuf = make([]Candidate, 0, len(s.cands))
	}
	n := len(cbuf)
	cbuf = append(cbuf, s.cands...)
	cands := cbuf[n:]
	for _, f := range fs {
		a, b := &ps[f.i], &ps[f.j]
		cs := cands[f.c0:f.c1:f.c1]
		sortCandidates(cs)
		mt := Match{
			Span:       dossier.Span{Start: int(a.start), End: int(b.end)},
			Tokens:     [2]int{int(a.tok), int(b.tok) + 1},
			Candidates: cs,
		}
		if a.tok == b.tok {
			// most matches are within one token: its text, not a copy
			mt.Text = toks[a.tok].Text[a.lo:b.hi]
			dst = append(dst, mt)
			continue
		}
		var sb strings.Builder
		for k := f.i; k <= f.j; {
			// pieces of one token keep the token's own spelling ("Jong-uns")
			l := k
			for l < f.j && ps[l+1].tok == ps[k].tok {
				l++
			}
			if k > f.i {
				sb.WriteByte(' ')
			}
			sb.WriteString(toks[ps[k].tok].Text[ps[k].lo:ps[l].hi])
			k = l + 1
		}
		mt.Text = sb.String()
		dst = append(dst, mt)
	}
	return dst, cbuf
}

// sortCandidates orders cs best first. The candidates of a match have
// distinct IDs, so the order is total and any sort gives the same one.
func sortCandidates(cs []Candidate) {
	if len(cs) < 2 {
		return
	}
	slices.SortFunc(cs, func(a, b Candidate) int {
		if a.Score != b.Score {
			return cmp.Compare(b.Score, a.Score)
		}
		return strings.Compare(a.ID, b.ID)
	})
}

// addPieces splits one token into pieces at hyphens and folds each.
func (m *Matcher) addPieces(s *scratch, ti int32, t *dossier.Token) {
	text := t.Text
	switch text {
	case "'s", "’s", "'", "’", "'S", "’S":
		return
	}
	exact := len(text) == t.End-t.Start
	off := 0
	for off <= len(text) {
		n0 := len(s.norm)
		var n int
		s.norm, n = appendNormPiece(s.norm, text[off:])
		end := off + n
		if end > off {
			p := piece{tok: ti, lo: int32(off), hi: int32(end)}
			if exact {
				p.start, p.end = int32(t.Start+off), int32(t.Start+end)
			} else {
				p.start, p.end = int32(t.Start), int32(t.End)
			}
			p.n0 = int32(n0)
			p.n1 = int32(len(s.norm))
			if sl := stemLen(s.norm[p.n0:p.n1]); sl > 0 {
				s.keys = append(s.keys, pieceKey{p: int32(len(s.ps)), n0: p.n0, n: int32(sl)})
			}
			s.ps = append(s.ps, p)
		}
		if end >= len(text) {
			break
		}
		off = end + 1
		if text[end] != '-' {
			off = end + len("\u2010")
		}
	}
}

// lookupPieces gives each piece of s.keys its vocabulary id, in two passes
// over all the pieces of the text: the first hashes the keys and loads the
// filter word of each, loads independent of each other that the processor
// overlaps, where a look-up per piece as it was cut waited for each miss in
// turn (the filter is evicted by the other stages' tables between two
// documents); the second tests the filter and probes the table.
func (m *Matcher) lookupPieces(s *scratch) {
	x := &m.vocab
	var sink uint64
	for j := range s.keys {
		k := &s.keys[j]
		k.h = maphash.Bytes(x.seed, s.norm[k.n0:k.n0+k.n])
		w, _ := x.at(k.h)
		sink += x.bits[w]
	}
	s.sink += sink
	for _, k := range s.keys {
		s.ps[k.p].id = x.getHashed(k.h, s.norm[k.n0:k.n0+k.n])
	}
}

// validate appends to s.cands the candidates of node nd whose pieces agree
// with the text pieces starting at i in case and inflection.
func (m *Matcher) validate(s *scratch, toks []dossier.Token, nd trieNode, i int, lang string) {
	c0 := len(s.cands)
	for _, e := range m.entries[nd.lo:nd.hi] {
		info := &m.k.ents[e.ent]
		f := &info.Forms[e.form]
		if f.Flags&LangOnly != 0 && lang != "" && f.Lang != "" && f.Lang != lang {
			continue
		}
		inflected := false
		ok := true
		acronym := true
		// English splits the genitive off ("Matthew" "'s"), so a person's
		// name with an s of its own is another name: "Matthews", "Adams",
		// "Edwards". Only "Reynolds'" keeps its apostrophe on the word.
		englishName := lang == "en" && info.Kind == dossier.KindPerson
		for k := int32(0); k < e.n; k++ {
			pp := &m.pieces[e.piece+k]
			tp := &s.ps[i+int(k)]
			raw := toks[tp.tok].Text[tp.lo:tp.hi]
			if !shapeOK(pp, raw) {
				ok = false
				break
			}
			acronym = acronym && pp.shape == shapeUpper
			tn := bytesToString(s.norm[tp.n0:tp.n1])
			if tn == pp.norm {
				continue
			}
			if pp.exact || !inflectionOK(pp, tn) || englishName && !strings.ContainsAny(raw, "'’") {
				ok = false
				break
			}
			inflected = true
		}
		if !ok {
			continue
		}
		c := Candidate{ID: info.ID, Kind: info.Kind, Country: info.Country, Form: f.Text, Lang: f.Lang, Flags: f.Flags, Score: info.Rank}
		if info.MetonymOf != "" {
			c.Flags |= Metonym
		}
		if inflected {
			c.Flags |= Inflected
		} else {
			c.Score += 10
		}
		if acronym {
			// Text written in capitals that an acronym form matches in its
			// own case names that acronym ("SANA" is the news agency), not
			// a name that matched case-insensitively ("Sana", Yemen's
			// capital), however prominent the name.
			c.Score += acronymBonus
		}
		if lang != "" && f.Lang == lang {
			c.Score += 5
		}
		if f.Flags&Surname != 0 {
			c.Score -= 20
		}
		if f.Flags&Common != 0 {
			c.Score -= 10
		}
		dup := false
		for x := c0; x < len(s.cands); x++ {
			if s.cands[x].ID == c.ID {
				if c.Score > s.cands[x].Score {
					s.cands[x] = c
				}
				dup = true
				break
			}
		}
		if !dup {
			s.cands = append(s.cands, c)
		}
	}
}

// acronymBonus lifts an acronym matched in capitals above the most
// prominent name (ranks are 0–100) that matched the same letters in another
// case.
const acronymBonus = 40

func shapeOK(pp *patPiece, raw string) bool {
	switch pp.shape {
	case shapeCap:
		for _, r := range raw {
			if r < utf8.RuneSelf {
				if 'A' <= r && r <= 'Z' {
					return true
				}
				if 'a' <= r && r <= 'z' {
					return false
				}
				continue
			}
			if unicode.IsLetter(r) {
				return unicode.IsUpper(r) || unicode.IsTitle(r)
			}
		}
		return false
	case shapeUpper:
		n := 0
		for _, r := range raw {
			if n == int(pp.letters) {
				break
			}
			if !unicode.IsLetter(r) {
				continue
			}
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
		return n == int(pp.letters)
	}
	return true
}

func inflectionOK(pp *patPiece, tn string) bool {
	p := pp.norm
	if pp.class == classAdj {
		base := adjBase(p)
		if !strings.HasPrefix(tn, base) {
			return false
		}
		switch tn[len(base):] {
		case "", "e", "en", "er", "es", "em":
			return true
		}
		return false
	}
	if strings.HasPrefix(tn, p) {
		switch tn[len(p):] {
		case "s", "es":
			return true
		}
		return false
	}
	// "Workers Party" for "Workers' Party", "People Army" no: only a lost s
	// inside a name.
	return !pp.last && len(p) == len(tn)+1 && p[len(p)-1] == 's' && strings.HasPrefix(p, tn)
}

// bytesToString views b as a string without copying; the string must not
// outlive the next change to b.
func bytesToString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// Conjunctions after which German completes a truncated compound.
var conjunctions = map[string]bool{"und": true, "oder": true, "sowie": true, "bzw": true, "bzw.": true, "noch": true, "and": true, "or": true}

// truncated resolves German truncated compounds: in "Nord- und Südkorea"
// the token "Nord-" stands for "Nordkorea", the first part joined to the
// tail of the completed word. The shortest tail that makes a one-word form
// wins. Matches found in dst[n0:] are the matches of this call.
func (m *Matcher) truncated(toks []dossier.Token, lang string, dst []Match, n0 int) []Match {
	for i := 0; i+2 < len(toks); i++ {
		t := &toks[i] // not a copy of every token's 64 bytes
		prefix, ok := strings.CutSuffix(t.Text, "-")
		if !ok || prefix == "" || strings.ContainsAny(prefix, "-") || !conjunctions[strings.ToLower(toks[i+1].Text)] {
			continue
		}
		whole := toks[i+2].Text
		if j := strings.IndexAny(whole, "-‐‑"); j > 0 {
			whole = whole[:j] // "Südkorea-Politik": the compound is the first piece
		}
		var found []Match
		for j, r := range whole {
			if j == 0 || !unicode.IsLetter(r) {
				continue
			}
			word := prefix + strings.ToLower(whole[j:j+utf8.RuneLen(r)]) + whole[j+utf8.RuneLen(r):]
			syn := []dossier.Token{{Span: t.Span, Text: word}}
			if ms, _ := m.match(syn, lang, nil, nil); len(ms) == 1 && ms[0].Tokens == [2]int{0, 1} {
				found = ms
				break
			}
		}
		if found == nil {
			continue
		}
		f := found[0]
		end := t.End
		if len(t.Text) == t.End-t.Start {
			end = t.Start + len(prefix)
		}
		f.Span = dossier.Span{Start: t.Start, End: end}
		f.Tokens = [2]int{i, i + 1}
		f.Text = t.Text
		dst = insertMatch(dst, n0, f)
	}
	return dst
}

// insertMatch adds f to dst[n0:] in order of position.
func insertMatch(dst []Match, n0 int, f Match) []Match {
	k := n0
	for k < len(dst) && dst[k].Start < f.Start {
		k++
	}
	return slices.Insert(dst, k, f)
}
