package ner

import (
	"cmp"
	"encoding/binary"
	"math"
	"math/bits"
	"slices"

	"github.com/dossier-news/dossier/internal/hugepage"
)

// weightTable maps feature hashes to per-label weights. Each feature takes
// one slot of an open-addressing table: its 64-bit hash and one byte per
// label except O, padded to a power of two (16 bytes for 9 labels, 32 for
// 25), so scoring a feature reads one slot and adds its weights. The table
// is the only copy of the weights: Save reads them back from it, and the
// whole hash costs no more room than a fingerprint and the label mask that
// no look-up read.
//
// O needs no weight: the trainer subtracts each feature's O weight from its
// other weights, which shifts every label of a token by the same amount and so
// changes no decision. A byte is an index into a 256-entry codebook on a
// logarithmic scale (sign bit and 127 magnitudes), which keeps a weight within
// a few per cent. Features never seen in training are absent: their lookup
// ends at an empty slot.
//
// Slots are grouped in buckets of one cache line (2 slots of 32 bytes, 4 of
// 16), and a feature's probe starts at the first slot of the bucket its hash
// picks, not at any slot: a feature stored in its own bucket is then found in
// one line, where a probe starting mid-line crossed into the next line
// whenever the slot it wanted had been taken. Probes run forward and never
// wrap: the table ends with an empty slot.
type weightTable struct {
	nlab      int
	slotBytes int
	perLine   int    // slots in a bucket
	buckets   uint64 // buckets a hash can pick (data has more slots past them)
	lineBytes uint64 // bytes of a bucket
	count     int    // features stored
	data      []byte
	code      [256]float32
	present   presence
	// absent is a hash the filter rejects: prefetch puts it in place of
	// the features the filter rejects, so that addEach need not test them
	// again. It is no feature's hash, so an empty slot holds it (with
	// zero codes: a probe that matched one would add nothing).
	absent uint64
}

func (t *weightTable) n() int { return t.count }

// presence is a blocked Bloom filter over 64-bit hashes: a bit array small
// enough to stay in cache, consulted before a table lookup that would
// otherwise miss the cache only to find nothing. A key sets two bits of one
// 64-bit word (chosen by the hash's high bits; the bits by its low ones), so
// a test is one memory access; at 8 bits a key about 5 % of absent keys pass,
// against 12 % with one bit.
type presence []uint64

func newPresence(n int) presence {
	size := 1 << 14
	for size < n*8 {
		size <<= 1
	}
	return make(presence, size/64)
}

func (p presence) bit(h uint64) (uint64, uint64) {
	return (h >> 40) & (uint64(len(p)) - 1), 1<<(h&63) | 1<<(h>>6&63)
}

func (p presence) set(h uint64) {
	w, b := p.bit(h)
	p[w] |= b
}

func (p presence) has(h uint64) bool {
	w, b := p.bit(h)
	return p[w]&b == b
}

// home is the offset in t.data of the first slot probed for h: the first of
// the bucket that the high bits of h pick (feature hashes are mixed: their
// high bits are as good as any).
func (t *weightTable) home(h uint64) uint64 {
	b, _ := bits.Mul64(h, t.buckets)
	return b * t.lineBytes
}

// row returns the offset in t.data of the codes of feature h, or -1 when
// the table does not hold it. It does not test the filter.
func (t *weightTable) row(h uint64) int {
	sb := uint64(t.slotBytes)
	for i := t.home(h); ; i += sb {
		got := binary.LittleEndian.Uint64(t.data[i:])
		if got == h {
			return int(i + 8)
		}
		if got == t.absent {
			return -1
		}
	}
}

// rowFrom is row's probe from offset i on.
//
//go:noinline
func (t *weightTable) rowFrom(h, i uint64) int {
	sb := uint64(t.slotBytes)
	for ; ; i += sb {
		got := binary.LittleEndian.Uint64(t.data[i:])
		if got == h {
			return int(i + 8)
		}
		if got == t.absent {
			return -1
		}
	}
}

func (t *weightTable) add(h uint64, out []float32) {
	if t.data == nil || !t.present.has(h) {
		return
	}
	if r := t.row(h); r >= 0 {
		// every label, zero codes included: a fixed loop without
		// branches beats visiting the labels with a weight when, as
		// here, most labels have one
		t.add1(r, out)
	}
}

// copyCodes copies the nlab-1 weight codes of feature h into dst, which it
// leaves alone when the feature is absent; code[dst[l-1]] is then what add
// would add to label l.
func (t *weightTable) copyCodes(h uint64, dst []byte) {
	if t.data == nil || !t.present.has(h) {
		return
	}
	if r := t.row(h); r >= 0 {
		copy(dst, t.data[r:r+t.nlab-1])
	}
}

// addAll adds the weights of every feature in fs to out. Its probes are
// independent, so it makes them in two passes: the first tests each
// feature's filter bits and loads the slot of those that pass, acting on
// nothing, so that the processor overlaps the cache misses (the table is
// several MB) that the second pass, probe by probe, would otherwise wait for
// one after another; loading slots for keys the filter rejects only took
// bandwidth from those. It returns what
// it loaded, for the caller to keep, lest the compiler drop the loads.
func (t *weightTable) addAll(fs []uint64, out []float32) uint64 {
	if t.data == nil {
		return 0
	}
	sink := t.prefetch(fs)
	for _, h := range fs {
		t.add(h, out)
	}
	return sink
}

// prefetch is addAll's first pass alone, for a caller about to add several
// batches of features. It does not change fs; see prefetchMark.
func (t *weightTable) prefetch(fs []uint64) uint64 {
	if t.data == nil {
		return 0
	}
	var sink uint64
	for _, h := range fs {
		// the filter stays in cache: only keys it passes are worth
		// loading a slot for
		if t.present.has(h) {
			sink += uint64(t.data[t.home(h)])
		}
	}
	return sink
}

// prefetchMark is prefetch for features that addEach will add: it also
// replaces each feature the filter rejects by t.absent, which addEach skips
// at the cost of a comparison instead of testing the filter again.
func (t *weightTable) prefetchMark(fs []uint64) uint64 {
	if t.data == nil {
		return 0
	}
	var sink uint64
	for i, h := range fs {
		if t.present.has(h) {
			sink += uint64(t.data[t.home(h)])
		} else {
			fs[i] = t.absent
		}
	}
	return sink
}

// addEach is addAll without the first pass, for features that
// prefetchMark has filtered: it tests no feature against the filter but
// skips t.absent.
//
// It finds the rows of up to four present features before adding them, so
// that each label's sum is loaded and stored once for the four instead of
// once a feature; the label's float32 sum still takes the features one by
// one in the order of fs, so it is add's to the last bit.
func (t *weightTable) addEach(fs []uint64, out []float32) {
	if t.data == nil {
		return
	}
	var rows [4]int
	n := 0
	sb := uint64(t.slotBytes)
	data, absent := t.data, t.absent
	for _, h := range fs {
		if h == absent {
			continue
		}
		// row, with its first two slots compared without a branch on
		// which one holds h: whether a feature sits in its home slot or
		// the next is as good as random, and a branch on it was
		// mispredicted about half the time (the table has slots past the
		// last bucket, so i+sb is in it)
		i := t.home(h)
		g0 := binary.LittleEndian.Uint64(data[i : i+8])
		g1 := binary.LittleEndian.Uint64(data[i+sb : i+sb+8])
		r := -1
		if g1 == h {
			r = int(i + sb + 8)
		}
		if g0 == h {
			r = int(i + 8)
		}
		if r < 0 && g0 != absent && g1 != absent {
			r = t.rowFrom(h, i+2*sb)
		}
		if r >= 0 {
			rows[n] = r
			n++
		}
		if n == len(rows) {
			t.add4(rows, out)
			n = 0
		}
	}
	switch n {
	case 1:
		t.add1(rows[0], out)
	case 2:
		t.add2(rows[0], rows[1], out)
	case 3:
		t.add2(rows[0], rows[1], out)
		t.add1(rows[2], out)
	}
}

func (t *weightTable) add1(r int, out []float32) {
	dst := out[1:t.nlab]
	a := t.data[r:][:len(dst)]
	for l := range dst {
		dst[l] += t.code[a[l]]
	}
}

func (t *weightTable) add2(r0, r1 int, out []float32) {
	dst := out[1:t.nlab]
	a, b := t.data[r0:][:len(dst)], t.data[r1:][:len(dst)]
	for l := range dst {
		dst[l] = dst[l] + t.code[a[l]] + t.code[b[l]]
	}
}

func (t *weightTable) add4(r [4]int, out []float32) {
	dst := out[1:t.nlab]
	n := len(dst)
	a, b, c, d := t.data[r[0]:][:n], t.data[r[1]:][:n], t.data[r[2]:][:n], t.data[r[3]:][:n]
	for l := range dst {
		dst[l] = dst[l] + t.code[a[l]] + t.code[b[l]] + t.code[c[l]] + t.code[d[l]]
	}
}

// makeCodebook returns a codebook spanning the magnitudes of ws: code 0 is 0,
// codes 1..127 are magnitudes on a log scale from lo to hi, and code|0x80 is
// the negative of code.
func makeCodebook(lo, hi float32) [256]float32 {
	var cb [256]float32
	if hi <= lo {
		hi = lo * 2
	}
	ratio := math.Log(float64(hi) / float64(lo))
	for j := 1; j < 128; j++ {
		v := float32(float64(lo) * math.Exp(ratio*float64(j-1)/126))
		cb[j] = v
		cb[j|0x80] = -v
	}
	return cb
}

// quantise returns the code of the codebook magnitude nearest to w (in log
// terms).
func quantise(cb *[256]float32, w float32) byte {
	if w == 0 {
		return 0
	}
	neg := w < 0
	a := float32(math.Abs(float64(w)))
	// binary search over codes 1..127
	lo, hi := 1, 127
	for lo < hi {
		mid := (lo + hi) / 2
		if cb[mid] < a {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	j := lo
	if j > 1 && a*a < cb[j]*cb[j-1] { // geometric midpoint
		j--
	}
	c := byte(j)
	if neg {
		c |= 0x80
	}
	return c
}

// maxLoad is the share of the slots that hashes pick which a table fills
// at most (in parts of 16): with buckets of a line, a fuller table spills
// more features into the next line.
const maxLoad = 10

// newWeightTable builds a table from feature hashes and their codes, nlab-1
// a feature in rows. Of a hash given twice the first counts.
func newWeightTable(nlab int, keys []uint64, rows []byte, code [256]float32) weightTable {
	t := weightTable{nlab: nlab, code: code}
	t.slotBytes = 8
	for t.slotBytes < 8+nlab-1 {
		t.slotBytes <<= 1
	}
	t.perLine = max(1, 64/t.slotBytes)
	t.lineBytes = uint64(t.perLine * t.slotBytes)
	t.present = newPresence(len(keys))
	for _, h := range keys {
		t.present.set(h)
	}
	for t.present.has(t.absent) {
		t.absent++
	}
	slots := max(1024, len(keys)*16/maxLoad+1)
	t.buckets = uint64((slots + t.perLine - 1) / t.perLine)
	// a few slots past the last bucket, for the probes that run past it
	t.data = make([]byte, (int(t.buckets)+4)*t.perLine*t.slotBytes)
	hugepage.Advise(t.data)
	t.data = t.appendEmpty(t.data[:0], cap(t.data)/t.slotBytes)
	for k, h := range keys {
		t.insert(h, rows[k*(nlab-1):(k+1)*(nlab-1)])
	}
	// the probe of an absent hash stops at the last slot at the latest
	if binary.LittleEndian.Uint64(t.data[len(t.data)-t.slotBytes:]) != t.absent {
		t.data = t.appendEmpty(t.data, 1)
	}
	return t
}

// appendEmpty appends n empty slots to data.
func (t *weightTable) appendEmpty(data []byte, n int) []byte {
	for range n {
		data = binary.LittleEndian.AppendUint64(data, t.absent)
		data = append(data, make([]byte, t.slotBytes-8)...)
	}
	return data
}

// insert stores feature h with its codes in the first empty slot from its
// home on, unless the table has it already.
func (t *weightTable) insert(h uint64, codes []byte) {
	sb := t.slotBytes
	i := int(t.home(h))
	for {
		if i == len(t.data) {
			t.data = t.appendEmpty(t.data, t.perLine)
		}
		got := binary.LittleEndian.Uint64(t.data[i:])
		if got == h {
			return
		}
		if got == t.absent {
			break
		}
		i += sb
	}
	binary.LittleEndian.PutUint64(t.data[i:], h)
	copy(t.data[i+8:i+sb], codes)
	t.count++
}

// entries returns the hashes of the features the table holds, ascending,
// and their codes, nlab-1 a feature in the same order: what
// newWeightTable was given, as Save writes it.
func (t *weightTable) entries() ([]uint64, []byte) {
	sb := t.slotBytes
	offs := make([]int, 0, t.count)
	for i := 0; i < len(t.data); i += sb {
		if binary.LittleEndian.Uint64(t.data[i:]) != t.absent {
			offs = append(offs, i)
		}
	}
	key := func(off int) uint64 { return binary.LittleEndian.Uint64(t.data[off:]) }
	slices.SortFunc(offs, func(a, b int) int { return cmp.Compare(key(a), key(b)) })
	keys := make([]uint64, len(offs))
	rows := make([]byte, 0, len(offs)*(t.nlab-1))
	for k, off := range offs {
		keys[k] = key(off)
		rows = append(rows, t.data[off+8:off+8+t.nlab-1]...)
	}
	return keys, rows
}

// setWeights turns the dense trained weights into the table, dropping
// features whose weights are all below prune in magnitude.
func (m *Model) setWeights(keys []uint64, wt []float32, prune float32) {
	L := m.nlab
	nf := len(keys)
	for k := 0; k < nf; k++ {
		row := wt[k*L : k*L+L]
		for l := 1; l < L; l++ {
			row[l] -= row[0]
		}
		row[0] = 0
	}
	hi := prune
	for _, v := range wt[:nf*L] {
		hi = max(hi, float32(math.Abs(float64(v))))
	}
	cb := makeCodebook(prune, hi)
	var (
		kept []uint64
		rows []byte
	)
	idx := make([]int, nf)
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		switch {
		case keys[a] < keys[b]:
			return -1
		case keys[a] > keys[b]:
			return 1
		}
		return 0
	})
	row := make([]byte, L-1)
	for _, k := range idx {
		any := false
		for l, v := range wt[k*L+1 : k*L+L] {
			row[l] = 0
			if float32(math.Abs(float64(v))) >= prune {
				row[l] = quantise(&cb, v)
				any = true
			}
		}
		if any {
			kept = append(kept, keys[k])
			rows = append(rows, row...)
		}
	}
	m.tab = newWeightTable(L, kept, rows, cb)
	// scratches hold form caches summed from the old weights
	m.freeMu.Lock()
	m.free = nil
	m.freeMu.Unlock()
	m.setTrans(wt[nf*L : nf*L+L*L])
	copy(m.start, wt[nf*L+L*L:])
}
