package ner

import (
	"encoding/binary"
	"math"
	"slices"

	"github.com/dossier-news/dossier/internal/hugepage"
)

// weightTable maps feature hashes to per-label weights. Each feature takes
// one slot of an open-addressing table: a 32-bit fingerprint of its hash, a
// 32-bit mask of the labels with a non-zero weight and one byte per label
// except O, padded to a power of two (16 bytes for 9 labels, 32 for 25), so
// scoring a feature touches one cache line and adds only its non-zero weights.
// O needs no weight: the trainer subtracts each feature's O weight from its
// other weights, which shifts every label of a token by the same amount and so
// changes no decision. A byte is an index into a 256-entry codebook on a
// logarithmic scale (sign bit and 127 magnitudes), which keeps a weight within
// a few per cent. Features never seen in training are absent: their lookup
// ends at an empty slot.
type weightTable struct {
	nlab      int
	slotBytes int
	mask      uint64 // slot count - 1
	data      []byte
	code      [256]float32
	present   presence
	// absent is a hash the filter rejects: prefetch puts it in place of
	// the features the filter rejects, so that addEach need not test them
	// again
	absent uint64
	keys   []uint64 // feature hashes, for saving
	rows   []byte   // codes, nlab-1 per feature in keys order (O has none), for saving
}

func (t *weightTable) n() int { return len(t.keys) }

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

// fingerprint is never 0, so 0 marks an empty slot.
func fingerprint(h uint64) uint32 { return uint32(h>>32) | 1 }

func (t *weightTable) add(h uint64, out []float32) {
	if t.data == nil || !t.present.has(h) {
		return
	}
	fp := fingerprint(h)
	i := h & t.mask
	sb := uint64(t.slotBytes)
	for {
		slot := t.data[i*sb : i*sb+sb]
		got := binary.LittleEndian.Uint32(slot)
		if got == 0 {
			return
		}
		if got == fp {
			// every label, zero codes included: a fixed loop without
			// branches beats visiting the set bits of the mask when, as
			// here, most labels have a weight
			codes := slot[8 : 8+t.nlab-1]
			dst := out[1 : len(codes)+1]
			for l, c := range codes {
				dst[l] += t.code[c]
			}
			return
		}
		i = (i + 1) & t.mask
	}
}

// copyCodes copies the nlab-1 weight codes of feature h into dst, which it
// leaves alone when the feature is absent; code[dst[l-1]] is then what add
// would add to label l.
func (t *weightTable) copyCodes(h uint64, dst []byte) {
	if t.data == nil || !t.present.has(h) {
		return
	}
	fp := fingerprint(h)
	i := h & t.mask
	sb := uint64(t.slotBytes)
	for {
		slot := t.data[i*sb : i*sb+sb]
		got := binary.LittleEndian.Uint32(slot)
		if got == 0 {
			return
		}
		if got == fp {
			copy(dst, slot[8:8+t.nlab-1])
			return
		}
		i = (i + 1) & t.mask
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
	sb := uint64(t.slotBytes)
	for _, h := range fs {
		// the filter stays in cache: only keys it passes are worth
		// loading a slot for
		if t.present.has(h) {
			sink += uint64(t.data[(h&t.mask)*sb])
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
	sb := uint64(t.slotBytes)
	for i, h := range fs {
		if t.present.has(h) {
			sink += uint64(t.data[(h&t.mask)*sb])
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
	for _, h := range fs {
		// add's probe, but keeping the row's offset; written out here,
		// not called, which saves 8 % of addEach's instructions
		if h == t.absent {
			continue
		}
		fp := fingerprint(h)
		i := h & t.mask
		for {
			got := binary.LittleEndian.Uint32(t.data[i*sb:])
			if got == 0 {
				break
			}
			if got == fp {
				rows[n] = int(i*sb + 8)
				n++
				break
			}
			i = (i + 1) & t.mask
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

// newWeightTable builds a table from feature hashes and their codes.
func newWeightTable(nlab int, keys []uint64, rows []byte, code [256]float32) weightTable {
	t := weightTable{nlab: nlab, keys: keys, rows: rows, code: code}
	t.slotBytes = 8
	for t.slotBytes < 8+nlab-1 {
		t.slotBytes <<= 1
	}
	size := uint64(1024)
	for size*3 < uint64(len(keys))*4 { // load at most 3/4
		size <<= 1
	}
	t.mask = size - 1
	sb := uint64(t.slotBytes)
	t.data = make([]byte, size*sb)
	hugepage.Advise(t.data)
	t.present = newPresence(len(keys))
	for _, h := range keys {
		t.present.set(h)
	}
	for t.present.has(t.absent) {
		t.absent++
	}
	for k, h := range keys {
		i := h & t.mask
		for binary.LittleEndian.Uint32(t.data[i*sb:]) != 0 {
			i = (i + 1) & t.mask
		}
		row := rows[k*(nlab-1) : (k+1)*(nlab-1)]
		var mask uint32
		for l, c := range row {
			if c != 0 {
				mask |= 1 << l
			}
		}
		binary.LittleEndian.PutUint32(t.data[i*sb:], fingerprint(h))
		binary.LittleEndian.PutUint32(t.data[i*sb+4:], mask)
		copy(t.data[i*sb+8:], row)
	}
	return t
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
