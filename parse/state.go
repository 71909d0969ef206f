package parse

import (
	"unicode"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
)

// The transition system is arc-hybrid (Kuhlmann et al. 2011): a stack that
// starts with the root, a buffer of the words in order, and three moves.
// SHIFT pushes the first buffer word; LEFT makes the first buffer word the
// head of the stack top and pops it; RIGHT makes the word under the stack top
// its head and pops it. Its dynamic oracle (Goldberg and Nivre 2013) is a
// few counts, which lets training follow the parser's own mistakes.
const (
	shift = iota
	left
	right
	numMoves
)

// upos numbers the UD part-of-speech tags; posRoot and posNone stand for
// the root and for a position the state does not have.
var uposNames = [...]string{"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

const (
	posX    = 16
	posRoot = 17
	posNone = 18
)

func posID(s string) uint64 {
	for i, n := range uposNames {
		if n == s {
			return uint64(i)
		}
	}
	return posX
}

// Hash values for the root and for a missing position.
const (
	hashRoot = 0x9e3779b97f4a7c15
	hashNone = 0xbf58476d1ce4e5b9
)

// word is what the features see of one token.
type word struct {
	form, lemma, suffix uint64
	pos                 uint64
	shape               uint64 // 0 lower-case, 1 capitalised, 2 other (digits, punctuation)
	lower               bool   // starts with a lower-case letter
	// mix of form, lemma, suffix and pos: the first step of key2 and key3,
	// made once a word instead of in each of a state's features (see keyM2).
	mform, mlemma, msuffix, mpos uint64
}

// premix sets the mixed fields from the others.
func (w *word) premix() {
	w.mform, w.mlemma, w.msuffix, w.mpos = mix(w.form), mix(w.lemma), mix(w.suffix), mix(w.pos)
}

// constWord is the word of the root or of a missing position.
func constWord(h, pos uint64) word {
	w := word{form: h, lemma: h, suffix: h, pos: pos}
	w.premix()
	return w
}

// hashFold returns an FNV-1a hash of s lower-cased, with every digit as 0 so
// that numbers share their features. It allocates nothing.
func hashFold(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); {
		c := rune(s[i])
		size := 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(s[i:])
			c = unicode.ToLower(c)
		} else if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		} else if c >= '0' && c <= '9' {
			c = '0'
		}
		i += size
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// suffixHash hashes the last three runes of s (folded), the part of a form
// that tells a participle or a plural when the tag does not.
func suffixHash(s string) uint64 {
	start := len(s)
	for k := 0; k < 3 && start > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:start])
		start -= size
	}
	return hashFold(s[start:]) ^ 0x5bd1e995
}

func fillWord(w *word, t *dossier.Token) {
	w.form = hashFold(t.Text)
	w.lemma = hashFold(t.Lemma)
	w.suffix = suffixHash(t.Text)
	w.pos = posID(t.POS)
	r, _ := utf8.DecodeRuneInString(t.Text)
	w.lower = unicode.IsLower(r)
	switch {
	case w.lower:
		w.shape = 0
	case unicode.IsUpper(r):
		w.shape = 1
	default:
		w.shape = 2
	}
	w.premix()
}

var rootWord = constWord(hashRoot, posRoot)
var noneWord = constWord(hashNone, posNone)

// state is a parser configuration over words[0..n], 0 being the root. It is
// reused from sentence to sentence.
type state struct {
	words  []word
	stack  []int32
	i      int32 // first word of the buffer; n+1 when it is empty
	n      int32
	head   []int32
	label  []uint8
	l1, l2 []int32 // leftmost and second leftmost dependent, or -1
	r1, r2 []int32 // rightmost and second rightmost dependent, or -1
	vl, vr []uint8 // numbers of left and right dependents
}

func grow32(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

func grow8(s []uint8, n int) []uint8 {
	if cap(s) < n {
		return make([]uint8, n)
	}
	return s[:n]
}

// reset prepares the state for n words whose features are already in
// st.words[1..n].
func (st *state) reset(n int) {
	st.n = int32(n)
	st.i = 1
	st.stack = append(st.stack[:0], 0)
	st.head = grow32(st.head, n+1)
	st.label = grow8(st.label, n+1)
	st.l1, st.l2 = grow32(st.l1, n+1), grow32(st.l2, n+1)
	st.r1, st.r2 = grow32(st.r1, n+1), grow32(st.r2, n+1)
	st.vl, st.vr = grow8(st.vl, n+1), grow8(st.vr, n+1)
	for k := 0; k <= n; k++ {
		st.head[k], st.label[k] = -1, 0
		st.l1[k], st.l2[k], st.r1[k], st.r2[k] = -1, -1, -1, -1
		st.vl[k], st.vr[k] = 0, 0
	}
}

func (st *state) setWords(tokens []dossier.Token) {
	n := len(tokens)
	if cap(st.words) < n+1 {
		st.words = make([]word, n+1)
	}
	st.words = st.words[:n+1]
	st.words[0] = rootWord
	for k := range tokens {
		fillWord(&st.words[k+1], &tokens[k])
	}
	st.reset(n)
}

func (st *state) done() bool { return st.i > st.n && len(st.stack) == 1 }

// valid reports which moves the state allows. The root takes its one
// dependent only when the buffer is empty, so every tree has one root.
func (st *state) valid(ok *[numMoves]bool) {
	bufOK := st.i <= st.n
	ns := len(st.stack)
	ok[shift] = bufOK
	ok[left] = bufOK && ns > 1
	ok[right] = ns > 2 || (ns == 2 && !bufOK)
}

func (st *state) apply(move int, lab uint8) {
	ns := len(st.stack)
	s0 := st.stack[ns-1]
	switch move {
	case shift:
		st.stack = append(st.stack, st.i)
		st.i++
	case left:
		h := st.i
		st.head[s0], st.label[s0] = h, lab
		st.l2[h], st.l1[h] = st.l1[h], s0
		if st.vl[h] < 255 {
			st.vl[h]++
		}
		st.stack = st.stack[:ns-1]
	case right:
		h := st.stack[ns-2]
		st.head[s0], st.label[s0] = h, lab
		st.r2[h], st.r1[h] = st.r1[h], s0
		if st.vr[h] < 255 {
			st.vr[h]++
		}
		st.stack = st.stack[:ns-1]
	}
}

// costs counts, for each move, the gold arcs it makes unreachable; gold
// holds the gold head of each word (gold[0] unused).
func (st *state) costs(gold []int32, c *[numMoves]int) {
	ns := len(st.stack)
	s0 := st.stack[ns-1]
	s1 := int32(-1)
	if ns > 1 {
		s1 = st.stack[ns-2]
	}
	b := st.i
	// Dependents of s0 still in the buffer are lost by LEFT and RIGHT alike.
	depsInBuf := 0
	for k := b; k <= st.n; k++ {
		if gold[k] == s0 {
			depsInBuf++
		}
	}
	// LEFT: s0 takes b as its head, losing a head at s1 or further in the buffer.
	c[left] = depsInBuf
	if s0 != 0 && (gold[s0] == s1 || gold[s0] > b) {
		c[left]++
	}
	// RIGHT: s0 takes s1, losing a head anywhere in the buffer.
	c[right] = depsInBuf
	if s0 != 0 && gold[s0] >= b {
		c[right]++
	}
	// SHIFT: b loses its dependents on the stack and a head below s0.
	c[shift] = 0
	if b <= st.n {
		for k := 0; k < ns; k++ {
			w := st.stack[k]
			if w != 0 && gold[w] == b {
				c[shift]++
			}
			if k < ns-1 && gold[b] == w {
				c[shift]++
			}
		}
	}
}

// The feature templates. Each feature is a 32-bit hash of its template and
// values.
const maxFeatures = 96

func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

func key(t, a uint64) uint32 {
	k := uint32(mix(t*0x9e3779b97f4a7c15 ^ a))
	if k == 0 {
		k = 1
	}
	return k
}

// keyM2 and keyM3 are the keys of templates of two and three values a, b
// (and c), given ma = mix(a): a word keeps the mix of its fields, since a
// state's features mix the same few fields again and again.
func keyM2(t, ma, b uint64) uint32 { return key(t, ma^b*0x85ebca6b) }

func keyM3(t, ma, b, c uint64) uint32 { return key(t, mix(ma^b*0x85ebca6b)^c*0xc2b2ae35) }

func (st *state) w(p int32) *word {
	if p < 0 {
		return &noneWord
	}
	return &st.words[p]
}

func (st *state) lab(p int32) uint64 {
	if p < 0 {
		return 255
	}
	return uint64(st.label[p])
}

func (st *state) at(k int) int32 {
	if k < len(st.stack) {
		return st.stack[len(st.stack)-1-k]
	}
	return -1
}

func (st *state) buf(k int32) int32 {
	if st.i+k <= st.n {
		return st.i + k
	}
	return -1
}

func child(s []int32, p int32) int32 {
	if p < 0 {
		return -1
	}
	return s[p]
}

func dist(a, b int32) uint64 {
	if a < 0 || b < 0 {
		return 0
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d > 10:
		return 7
	case d > 5:
		return 6
	}
	return uint64(d)
}

func val(v []uint8, p int32) uint64 {
	if p < 0 {
		return 99
	}
	return uint64(min(v[p], 5))
}

// moveFeatures writes the features of the state for choosing a move.
func (st *state) moveFeatures(out *[maxFeatures]uint32) int {
	s0, s1, s2 := st.at(0), st.at(1), st.at(2)
	b0, b1, b2 := st.buf(0), st.buf(1), st.buf(2)
	S0, S1, S2 := st.w(s0), st.w(s1), st.w(s2)
	B0, B1, B2 := st.w(b0), st.w(b1), st.w(b2)
	s0l, s0r, s1l, s1r, b0l := child(st.l1, s0), child(st.r1, s0), child(st.l1, s1), child(st.r1, s1), child(st.l1, b0)
	s0l2, s0r2, b0l2 := child(st.l2, s0), child(st.r2, s0), child(st.l2, b0)
	S0L, S0R, S1L, S1R, B0L := st.w(s0l), st.w(s0r), st.w(s1l), st.w(s1r), st.w(b0l)
	d01 := dist(s0, b0)
	d10 := dist(s1, s0)
	f := out[:0]
	t := uint64(0)
	add := func(k uint32) { f = append(f, k) }
	next := func() uint64 { t++; return t }
	// Words and tags.
	add(key(next(), 1))
	add(key(next(), S0.form))
	add(key(next(), S0.pos))
	add(keyM2(next(), S0.mform, S0.pos))
	add(key(next(), S0.lemma))
	add(key(next(), S1.form))
	add(key(next(), S1.pos))
	add(keyM2(next(), S1.mform, S1.pos))
	add(key(next(), S1.lemma))
	add(key(next(), B0.form))
	add(key(next(), B0.pos))
	add(keyM2(next(), B0.mform, B0.pos))
	add(key(next(), B0.lemma))
	add(key(next(), B1.form))
	add(key(next(), B1.pos))
	add(keyM2(next(), B1.mform, B1.pos))
	add(key(next(), B2.form))
	add(key(next(), B2.pos))
	add(key(next(), S2.pos))
	add(keyM2(next(), S0.msuffix, S0.pos))
	add(keyM2(next(), B0.msuffix, B0.pos))
	add(keyM2(next(), S1.msuffix, S1.pos))
	// Shapes and suffixes speak where the predicted tag may be wrong.
	add(keyM3(next(), S0.mpos, S0.shape, B0.pos^B0.shape*31))
	add(keyM3(next(), S1.mpos, S1.shape, S0.pos^S0.shape*31))
	add(keyM2(next(), B1.msuffix, B1.pos))
	add(keyM2(next(), B0.mform, B1.form))
	add(keyM2(next(), S0.mform, B1.form))
	add(keyM3(next(), S0.mpos, B0.pos, B1.form))
	// Pairs between s0 and b0 (LEFT) and s1 and s0 (RIGHT).
	add(keyM3(next(), S0.mform, S0.pos, B0.form^B0.pos*31))
	add(keyM3(next(), S0.mform, S0.pos, B0.form))
	add(keyM3(next(), S0.mform, B0.form, B0.pos))
	add(keyM3(next(), S0.mform, S0.pos, B0.pos))
	add(keyM3(next(), S0.mpos, B0.form, B0.pos))
	add(keyM2(next(), S0.mform, B0.form))
	add(keyM2(next(), S0.mlemma, B0.lemma))
	add(keyM2(next(), S0.mpos, B0.pos))
	add(keyM2(next(), B0.mpos, B1.pos))
	add(keyM3(next(), S1.mform, S1.pos, S0.form^S0.pos*31))
	add(keyM3(next(), S1.mform, S1.pos, S0.pos))
	add(keyM3(next(), S1.mpos, S0.form, S0.pos))
	add(keyM2(next(), S1.mform, S0.form))
	add(keyM2(next(), S1.mlemma, S0.lemma))
	add(keyM2(next(), S1.mpos, S0.pos))
	// Tag trigrams.
	add(keyM3(next(), B0.mpos, B1.pos, B2.pos))
	add(keyM3(next(), S0.mpos, B0.pos, B1.pos))
	add(keyM3(next(), S1.mpos, S0.pos, B0.pos))
	add(keyM3(next(), S2.mpos, S1.pos, S0.pos))
	add(keyM3(next(), S1.mpos, S0.pos, B1.pos))
	add(keyM3(next(), S0.mpos, S0L.pos, B0.pos))
	add(keyM3(next(), S0.mpos, S0R.pos, B0.pos))
	add(keyM3(next(), S0.mpos, B0.pos, B0L.pos))
	add(keyM3(next(), S1.mpos, S0.pos, S0L.pos))
	add(keyM3(next(), S1.mpos, S0.pos, S0R.pos))
	add(keyM3(next(), S1.mpos, S1R.pos, S0.pos))
	add(keyM3(next(), S1.mpos, S1L.pos, S0.pos))
	// Distance.
	add(keyM2(next(), S0.mform, d01))
	add(keyM2(next(), S0.mpos, d01))
	add(keyM2(next(), B0.mform, d01))
	add(keyM2(next(), B0.mpos, d01))
	add(keyM3(next(), S0.mpos, B0.pos, d01))
	add(keyM3(next(), S1.mpos, S0.pos, d10))
	add(keyM2(next(), S1.mform, d10))
	add(keyM2(next(), S0.mform, d10))
	// Valency.
	add(keyM2(next(), S0.mform, val(st.vr, s0)))
	add(keyM2(next(), S0.mpos, val(st.vr, s0)))
	add(keyM2(next(), S0.mform, val(st.vl, s0)))
	add(keyM2(next(), S0.mpos, val(st.vl, s0)))
	add(keyM2(next(), B0.mform, val(st.vl, b0)))
	add(keyM2(next(), B0.mpos, val(st.vl, b0)))
	add(keyM3(next(), S1.mpos, val(st.vl, s1), val(st.vr, s1)))
	// Dependents: words, tags and labels.
	add(key(next(), S0L.form))
	add(key(next(), S0L.pos))
	add(key(next(), st.lab(s0l)))
	add(key(next(), S0R.form))
	add(key(next(), S0R.pos))
	add(key(next(), st.lab(s0r)))
	add(key(next(), B0L.form))
	add(key(next(), B0L.pos))
	add(key(next(), st.lab(b0l)))
	add(keyM2(next(), S1L.mpos, st.lab(s1l)))
	add(keyM2(next(), S1R.mpos, st.lab(s1r)))
	add(keyM3(next(), S0.mpos, st.lab(s0l), st.lab(s0l2)))
	add(keyM3(next(), S0.mpos, st.lab(s0r), st.lab(s0r2)))
	add(keyM3(next(), B0.mpos, st.lab(b0l), st.lab(b0l2)))
	add(keyM3(next(), S0.mform, st.lab(s0l), st.lab(s0r)))
	add(keyM3(next(), S1.mpos, st.lab(s1l), st.lab(s1r)))
	// The case marker of s0 (its leftmost dependent) with the heads it may take.
	add(keyM3(next(), S0L.mform, S0.pos, B0.pos))
	add(keyM3(next(), S0L.mform, S0.pos, S1.pos))
	add(keyM2(next(), S0L.mform, B0.lemma))
	add(keyM2(next(), S0L.mform, S1.lemma))
	return len(f)
}

// labelFeatures writes the features for choosing the relation of an arc
// from h to d; dir is left (h is the buffer word) or right.
func (st *state) labelFeatures(d, h int32, dir int, out *[maxFeatures]uint32) int {
	D, H := st.w(d), st.w(h)
	dl, dr, hl, hr := child(st.l1, d), child(st.r1, d), child(st.l1, h), child(st.r1, h)
	DL, HL := st.w(dl), st.w(hl)
	var after, before *word
	if d+1 <= st.n {
		after = st.w(d + 1)
	} else {
		after = &noneWord
	}
	before = st.w(d - 1)
	dd := dist(d, h)
	dv := uint64(dir)
	mdv := mix(dv) // the first argument of every key below
	f := out[:0]
	t := uint64(1000)
	add := func(k uint32) { f = append(f, k) }
	next := func() uint64 { t++; return t }
	add(key(next(), dv))
	add(keyM2(next(), mdv, D.form))
	add(keyM2(next(), mdv, D.pos))
	add(keyM2(next(), mdv, D.lemma))
	add(keyM2(next(), mdv, H.form))
	add(keyM2(next(), mdv, H.pos))
	add(keyM2(next(), mdv, H.lemma))
	add(keyM3(next(), mdv, D.pos, H.pos))
	add(keyM3(next(), mdv, D.form, H.pos))
	add(keyM3(next(), mdv, D.pos, H.lemma))
	add(keyM3(next(), mdv, D.lemma, H.lemma))
	add(keyM3(next(), mdv, D.pos, H.pos^dd*131))
	add(keyM3(next(), mdv, H.suffix, H.pos))
	add(keyM3(next(), mdv, D.suffix, D.pos))
	add(keyM3(next(), mdv, D.pos, st.lab(dl)*7^st.lab(dr)*131))
	add(keyM3(next(), mdv, D.pos, DL.form))
	add(keyM3(next(), mdv, DL.form, H.pos))
	add(keyM3(next(), mdv, DL.form, H.lemma))
	add(keyM3(next(), mdv, D.pos, DL.pos))
	add(keyM3(next(), mdv, H.pos, st.lab(hl)*7^st.lab(hr)))
	add(keyM3(next(), mdv, H.lemma, st.lab(hl)))
	add(keyM3(next(), mdv, HL.form, H.pos))
	add(keyM3(next(), mdv, D.pos, after.pos^before.pos*31))
	add(keyM3(next(), mdv, D.pos, H.pos^uint64(st.vl[h])*17))
	add(keyM3(next(), mdv, D.pos, boolBit(D.lower)^boolBit(h == 0)*2))
	add(keyM3(next(), mdv, D.form, H.lemma))
	return len(f)
}

func boolBit(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}
