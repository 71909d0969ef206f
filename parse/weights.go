package parse

import (
	"math"
	"math/bits"

	"github.com/dossier-news/dossier/internal/hugepage"
)

// table holds the weights of one classifier: for each feature key a row of
// one weight per class, as 16-bit integers times scale (a finer step changes
// no decision we measured, and it halves the memory). Keys live in an
// open-addressing array at most 70% full, so a lookup is a multiply and a
// probe or two. The move classifier's three weights sit in the slot beside
// the key, so that a lookup touches one cache line (see moveSlot); the
// relation classifier's rows are too long for that, and sit apart, packed
// in lanes.
type table struct {
	nc     int
	mask   uint32
	n      int
	scale  float32
	slots  []slot     // nc > numMoves
	lanes  []uint64   // their rows, laneWords(nc) words each (see packRow)
	mslots []moveSlot // nc == numMoves
	mbits  uint       // log2(len(mslots))
	dmask  uint16     // a moveSlot's distance field: its low mbits-16 bits
}

type slot struct {
	key uint32 // 0: empty
	row int32  // index into lanes, in rows of laneWords(nc)
}

// moveSlot is a move classifier's key and weights in 8 bytes, not 12: the
// table is read at random and is megabytes (English 2^21 slots), so its
// size is what its look-ups wait on. The key is not stored: its hash
// h = slotOf(k) is a bijection of k, the slot's index gives h's low mbits
// bits (the home slot, less the distance probed from it), so the tag keeps
// only the high 32-mbits bits of h and that distance, plus one (0 is an
// empty slot): 16 bits in all. Keys are placed Robin Hood fashion (a key
// probing further than the occupant from its own home takes the slot), so
// distances stay small and a look-up stops at the first slot whose
// occupant probed less far than it has.
type moveSlot struct {
	tag uint16 // h's top 32-mbits bits, then distance+1 in the low mbits-16 bits; 0: empty
	w   [numMoves]int16
}

// minMoveBits is the least log2 of a move table's size: 3 bits of
// distance (up to 5 probes past home) beside the 16-bits tag's key bits.
const minMoveBits = 19

// hashInverse is the inverse of slotOf's multiplier modulo 2^32, to give
// back a move slot's key (Newton's iteration doubles the correct bits).
var hashInverse = func() uint32 {
	const c = 0x9e3779b1
	x := uint32(c)
	for range 5 {
		x *= 2 - c*x
	}
	return x
}()

func newTable(nc, n int, scale float32) *table {
	size := 16
	for size*7 < n*10 {
		size <<= 1
	}
	t := &table{nc: nc, mask: uint32(size - 1), scale: scale}
	if nc == numMoves {
		t.makeMoveSlots(max(bits.Len(uint(size))-1, minMoveBits))
	} else {
		t.slots = make([]slot, size)
		t.lanes = make([]uint64, 0, n*laneWords(nc))
		hugepage.Advise(t.slots)
		hugepage.Advise(t.lanes)
	}
	return t
}

// makeMoveSlots makes an empty move table of 2^mbits slots.
func (t *table) makeMoveSlots(mbits int) {
	t.mslots = make([]moveSlot, 1<<mbits)
	t.mask = uint32(len(t.mslots) - 1)
	t.mbits = uint(mbits)
	t.dmask = 1<<(mbits-16) - 1
	hugepage.Advise(t.mslots)
}

func slotOf(k uint32) uint32 { return k * 0x9e3779b1 }

// insert adds a key that is not in the table yet.
func (t *table) insert(k uint32, row []int16) {
	t.n++
	if t.mslots != nil {
		var w [numMoves]int16
		copy(w[:], row)
		t.placeMoveGrowing(slotOf(k), w)
		return
	}
	s := slotOf(k) & t.mask
	for t.slots[s].key != 0 {
		s = (s + 1) & t.mask
	}
	t.slots[s] = slot{key: k, row: int32(len(t.lanes) / laneWords(t.nc))}
	t.lanes = packRow(t.lanes, row)
}

// placeMove puts the weights w of the key whose hash is h in the move table,
// Robin Hood fashion. Distances are kept below their field's largest value,
// so that a look-up's expected tag never carries into the key bits (see
// moveWeights); should a key have to probe further, placeMove stops and
// returns the key it carries then (h's, or one it took the slot of), for
// the caller to place again once the table has grown.
func (t *table) placeMove(h uint32, w [numMoves]int16) (restH uint32, restW [numMoves]int16, ok bool) {
	dmask := t.dmask
	cur := moveSlot{tag: moveTag(h, dmask), w: w}
	for s := h & t.mask; ; s = (s + 1) & t.mask {
		if cur.tag&dmask == dmask {
			return moveHash(s, cur.tag, t.mask, t.mbits, t.dmask), cur.w, false
		}
		m := &t.mslots[s]
		if m.tag == 0 {
			*m = cur
			return 0, restW, true
		}
		if m.tag&dmask < cur.tag&dmask {
			*m, cur = cur, *m
		}
		cur.tag++
	}
}

// placeMoveGrowing is placeMove, growing the table until every key fits.
func (t *table) placeMoveGrowing(h uint32, w [numMoves]int16) {
	for {
		var ok bool
		if h, w, ok = t.placeMove(h, w); ok {
			return
		}
		t.growMoves()
	}
}

// growMoves doubles the move table (one more bit of distance) and places
// its keys again.
func (t *table) growMoves() {
	old, oldMask, oldBits, oldDmask := t.mslots, t.mask, t.mbits, t.dmask
	t.makeMoveSlots(int(oldBits) + 1)
	for s, m := range old {
		if m.tag != 0 {
			t.placeMoveGrowing(moveHash(uint32(s), m.tag, oldMask, oldBits, oldDmask), m.w)
		}
	}
}

// moveHash gives back the hash of the key in slot s whose tag is tag.
func moveHash(s uint32, tag uint16, mask uint32, mbits uint, dmask uint16) uint32 {
	dist := uint32(tag&dmask) - 1
	return uint32(tag>>(mbits-16))<<mbits | (s-dist)&mask
}

// A relation row is packed four weights to a uint64, each in 16 bits as the
// weight plus laneBias (so from 1 to 65535), the last word padded with
// zero weights. Summing rows then takes two masked additions a word (the
// even lanes, then the odd ones shifted down), each into 32-bit halves that
// cannot carry into each other: see addLanes.
const (
	laneBias = 1 << 15
	laneMask = 0x0000ffff0000ffff // lanes 0 and 2 of a word
)

// laneWords is the number of words of a packed row of nc weights.
func laneWords(nc int) int { return (nc + 3) / 4 }

// packRow appends row to dst, packed.
func packRow(dst []uint64, row []int16) []uint64 {
	c := 0
	for ; c+4 <= len(row); c += 4 {
		dst = append(dst, packWord(row[c:c+4:c+4]))
	}
	if c < len(row) {
		var w [4]int16 // zero weights pad the last word
		copy(w[:], row[c:])
		dst = append(dst, packWord(w[:]))
	}
	return dst
}

// packWord packs four weights. Adding laneBias to a 16-bit number is
// flipping its top bit, so the four are biased by one XOR (and the compiler
// makes one load of the four).
func packWord(w []int16) uint64 {
	w = w[:4]
	x := uint64(uint16(w[0])) | uint64(uint16(w[1]))<<16 | uint64(uint16(w[2]))<<32 | uint64(uint16(w[3]))<<48
	return x ^ 0x8000800080008000
}

// unpackRow sets row to the weights packed in src.
func unpackRow(row []int16, src []uint64) {
	for c := range row {
		row[c] = int16(int64(src[c/4]>>(16*(c%4))&0xffff) - laneBias)
	}
}

// each calls fn with every key and its row, in no order; fn may keep the row.
func (t *table) each(fn func(k uint32, row []int16)) {
	for i := range t.mslots {
		if m := &t.mslots[i]; m.tag != 0 {
			fn(moveHash(uint32(i), m.tag, t.mask, t.mbits, t.dmask)*hashInverse, m.w[:])
		}
	}
	nw := laneWords(t.nc)
	rows := make([]int16, len(t.lanes)/max(nw, 1)*t.nc) // unpacked, so that fn may keep them
	for _, s := range t.slots {
		if s.key != 0 {
			r := int(s.row)
			row := rows[r*t.nc : (r+1)*t.nc]
			unpackRow(row, t.lanes[r*nw:(r+1)*nw])
			fn(s.key, row)
		}
	}
}

func (t *table) len() int { return t.n }

// scores sets out[c] to the sum of the weights of class c over feats. The
// sums are exact: at most maxFeatures terms of 16 bits.
//
// The look-ups are independent, so they are made in passes over a batch:
// the first loads every feature's first slot, the second finds the rows
// (and, for a long row, loads its first word), the third adds them. The
// processor then overlaps the cache misses of a batch (the tables are
// megabytes, read at random) instead of taking them one after another, as
// a look-up after a look-up would. The sums are of integers, so their
// order cannot change them.
func (t *table) scores(feats []uint32, out []float32) {
	if t.mslots != nil {
		t.moveScores(feats, out)
		return
	}
	var even, odd [laneWordsMax]uint64
	nw := laneWords(t.nc)
	added := 0
	var sink uint64
	for len(feats) > 0 {
		batch := feats[:min(len(feats), scoreBatch)]
		feats = feats[len(batch):]
		var rows [scoreBatch]int32 // row offsets in t.lanes, -1 for none
		for _, k := range batch {
			sink += uint64(t.slots[slotOf(k)&t.mask].key)
		}
		for i, k := range batch {
			rows[i] = t.rowAt(k)
			if rows[i] >= 0 {
				sink += t.lanes[rows[i]]
			}
		}
		for _, r := range rows[:len(batch)] {
			if r >= 0 {
				addLanes(even[:nw], odd[:nw], t.lanes[r:int(r)+nw:int(r)+nw])
				added++
			}
		}
	}
	sums := laneSums(&even, &odd, int32(added))
	for c := range out[:t.nc] {
		out[c] = float32(sums[c]) * t.scale
	}
	// Never true (t.n counts keys): the test keeps the loads of the first
	// two passes, which would otherwise be dead code.
	if sink == math.MaxUint64 && t.n < 0 {
		out[0]++
	}
}

// laneWordsMax is laneWords of the longest row, the relation classifier's.
const laneWordsMax = (int(numLabels) + 3) / 4

// addLanes adds a packed row to the sums of its even and odd lanes.
func addLanes(even, odd, row []uint64) {
	row, odd = row[:len(even)], odd[:len(even)]
	for j, x := range row {
		even[j] += x & laneMask
		odd[j] += x >> 16 & laneMask
	}
}

// laneSums returns the sums of the lanes that addLanes left in even and odd,
// less the bias of the rows added. Each lane's sum, bias included, fits in
// its 32 bits: at most 2^16 rows (far more than a state's features) of less
// than 2^16 each.
func laneSums(even, odd *[laneWordsMax]uint64, added int32) (sums [4 * laneWordsMax]int32) {
	bias := added * laneBias
	for j := range even {
		e, o := even[j], odd[j]
		s := sums[4*j : 4*j+4 : 4*j+4]
		s[0] = int32(uint32(e)) - bias
		s[1] = int32(uint32(o)) - bias
		s[2] = int32(uint32(e>>32)) - bias
		s[3] = int32(uint32(o>>32)) - bias
	}
	return sums
}

// moveScores is scores for the move classifier, whose three weights sit in
// the slot beside the key: the first pass loads every feature's first slot
// so that their misses overlap, the second finds each key and adds its
// weights at once (they are in the line the probe just read, so a pass of
// their own only stored and reloaded slot indexes).
func (t *table) moveScores(feats []uint32, out []float32) {
	var s0, s1, s2 int32
	var sink uint16
	for len(feats) > 0 {
		batch := feats[:min(len(feats), scoreBatch)]
		feats = feats[len(batch):]
		sink += touchMoves(t.mslots, t.mask, batch)
		b0, b1, b2 := sumMoves(t.mslots, t.mask, t.dmask, batch)
		s0, s1, s2 = s0+b0, s1+b1, s2+b2
	}
	out[0] = float32(s0) * t.scale
	out[1] = float32(s1) * t.scale
	out[2] = float32(s2) * t.scale
	if sink == math.MaxUint16 && t.n < 0 {
		out[0]++
	}
}

// touchMoves loads the home slot of every key of batch, and sumMoves then
// sums their weights. Each is a function of its own, not inlined, so that
// its loop has the registers to itself: inlined in moveScores, the
// compiler kept the probe's slot index and the sink on the stack.
//
//go:noinline
func touchMoves(slots []moveSlot, mask uint32, batch []uint32) (sink uint16) {
	for _, k := range batch {
		sink += slots[slotOf(k)&mask].tag
	}
	return sink
}

//go:noinline
func sumMoves(slots []moveSlot, mask uint32, dmask uint16, batch []uint32) (s0, s1, s2 int32) {
	for _, k := range batch {
		if w := findMove(slots, mask, dmask, k); w != nil {
			s0 += int32(w[0])
			s1 += int32(w[1])
			s2 += int32(w[2])
		}
	}
	return s0, s1, s2
}

// moveWeights returns the move weights of key k, or nil.
func (t *table) moveWeights(k uint32) *[numMoves]int16 {
	return findMove(t.mslots, t.mask, t.dmask, k)
}

// findMove returns the move weights of key k in slots, or nil. At the d-th
// slot from home the key's tag would be its hash's high bits and d (so the
// distance is the low bits of want); the search ends at a slot whose
// occupant probed less far (an empty slot's distance field is 0), which
// Robin Hood placement makes a miss. It takes the table's fields as
// arguments so that moveScores, which it is inlined in, loads them once a
// state and not at every probe.
func findMove(slots []moveSlot, mask uint32, dmask uint16, k uint32) *[numMoves]int16 {
	h := slotOf(k)
	want := moveTag(h, dmask)
	for s := h; ; s++ {
		m := &slots[s&mask]
		if m.tag == want {
			return &m.w
		}
		if m.tag&dmask < want&dmask {
			return nil
		}
		want++
	}
}

// moveTag is the tag of the key whose hash is h in its home slot: h's top
// 32-mbits bits are the top of its top 16, and the distance field says 1.
func moveTag(h uint32, dmask uint16) uint16 { return uint16(h>>16)&^dmask | 1 }

// rowAt returns the offset in t.lanes of the row of key k, or -1.
func (t *table) rowAt(k uint32) int32 {
	s := slotOf(k) & t.mask
	for {
		switch t.slots[s].key {
		case k:
			return t.slots[s].row * int32(laneWords(t.nc))
		case 0:
			return -1
		}
		s = (s + 1) & t.mask
	}
}

// scoreBatch is how many features scores looks up together: more than one
// state has (maxFeatures).
const scoreBatch = maxFeatures

// trainer is an averaged perceptron whose weights are created on the first
// update of a feature. Averages use the usual trick: u accumulates each
// update times the step it was made at, and the average is w - u/step.
type trainer struct {
	nc    int
	index map[uint32]int32
	w, u  []float32
	step  float32
}

func newTrainer(nc int) *trainer {
	return &trainer{nc: nc, index: map[uint32]int32{}, step: 1}
}

func (t *trainer) scores(feats []uint32, out []float32) {
	out = out[:t.nc]
	clear(out)
	for _, k := range feats {
		r, ok := t.index[k]
		if !ok {
			continue
		}
		row := t.w[int(r)*t.nc : int(r+1)*t.nc]
		for c := range out {
			out[c] += row[c]
		}
	}
}

func (t *trainer) update(feats []uint32, gold, pred int) {
	for _, k := range feats {
		r, ok := t.index[k]
		if !ok {
			r = int32(len(t.w) / t.nc)
			t.index[k] = r
			t.w = append(t.w, make([]float32, t.nc)...)
			t.u = append(t.u, make([]float32, t.nc)...)
		}
		base := int(r) * t.nc
		t.w[base+gold]++
		t.u[base+gold] += t.step
		t.w[base+pred]--
		t.u[base+pred] -= t.step
	}
}

// tick counts one training example for the averages.
func (t *trainer) tick() { t.step++ }

// averaged returns the averaged weights, rows in the order of t.index.
func (t *trainer) averaged() []float32 {
	avg := make([]float32, len(t.w))
	for i := range avg {
		avg[i] = t.w[i] - t.u[i]/t.step
	}
	return avg
}

// freeze returns the averaged weights as a table.
func (t *trainer) freeze(minWeight float32) *table {
	return freezeRows(t.nc, t.index, t.averaged(), minWeight)
}

// bagSum adds up the averaged weights of trainers that saw the data in
// different orders; their mean is a steadier model than any one of them.
type bagSum struct {
	nc    int
	n     int
	index map[uint32]int32
	vals  []float32
}

func newBagSum(nc int) *bagSum { return &bagSum{nc: nc, index: map[uint32]int32{}} }

func (b *bagSum) add(t *trainer) {
	avg := t.averaged()
	for k, r := range t.index {
		i, ok := b.index[k]
		if !ok {
			i = int32(len(b.vals) / b.nc)
			b.index[k] = i
			b.vals = append(b.vals, make([]float32, b.nc)...)
		}
		dst := b.vals[int(i)*b.nc : int(i+1)*b.nc]
		for c, v := range avg[int(r)*t.nc : int(r+1)*t.nc] {
			dst[c] += v
		}
	}
	b.n++
}

func (b *bagSum) freeze(minWeight float32) *table {
	mean := make([]float32, len(b.vals))
	for i, v := range b.vals {
		mean[i] = v / float32(max(b.n, 1))
	}
	return freezeRows(b.nc, b.index, mean, minWeight)
}

// freezeRows turns weight rows into a table, dropping features whose every
// weight is below minWeight in absolute value: they change few decisions
// and make most of the model's size.
func freezeRows(nc int, index map[uint32]int32, avg []float32, minWeight float32) *table {
	var maxAbs float32
	for _, v := range avg {
		maxAbs = max(maxAbs, v, -v)
	}
	rowKept := func(r int32) bool {
		for _, v := range avg[int(r)*nc : int(r+1)*nc] {
			if v >= minWeight || -v >= minWeight {
				return true
			}
		}
		return false
	}
	keep := 0
	for _, r := range index {
		if rowKept(r) {
			keep++
		}
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	tb := newTable(nc, keep, scale)
	row := make([]int16, nc)
	for _, k := range sortedKeys(index) {
		r := index[k]
		if !rowKept(r) {
			continue
		}
		for c, v := range avg[int(r)*nc : int(r+1)*nc] {
			row[c] = int16(math.Round(float64(v / scale)))
		}
		tb.insert(k, row)
	}
	return tb
}
