package tag

import (
	"math"
	"math/bits"
	"slices"

	"github.com/dossier-news/dossier/internal/hugepage"
)

// maxTags bounds the tag set so scores fit a fixed array on the stack.
const maxTags = 32

// weights is the trained perceptron, frozen: an open-addressing table from
// feature hash to a row of int16 weights, one per tag. Quantising to int16
// halves memory against float32 and loses nothing measurable: scores are
// sums of a few dozen weights.
type weights struct {
	nTags int
	scale float64 // weight = int16 value / scale
	mask  uint64
	slots []slot
	vals  []int16 // nil once pack has moved the rows to cells
	n     int     // features stored
	// filter has one bit per hash of the high bits of a key, set for every
	// stored key: most features a sentence asks for (word pairs, a tag with
	// a word) were never learned, and the filter, a few hundred kilobytes
	// that stay in cache, answers most of those without touching the table.
	filter     []uint64
	filterBits uint // log2 of the filter's size in bits
	// cells, when not nil, holds every row again next to its key, packed,
	// two features a cache line, so that a hit costs one cache miss, not
	// one in slots and one in vals. Built by pack once the table is
	// complete. spill holds the rows too dense for a cell.
	cells []cell
	cmask uint64
	spill []int16
}

// cellVals is the most non-zero weights a cell holds itself.
const cellVals = 10

// cell is a feature's key and its row's non-zero weights, in tag order,
// with a mask of the tags they belong to: 32 bytes, two to a cache line.
// A perceptron's rows are sparse (of the shipped models' features, 54% (de)
// and 67% (en) have two non-zero weights, 97% and 98% ten or fewer), so a
// cell holds nearly all of them, in half the bytes of a row of every tag.
// A denser row lies in spill, at the offset the first two values hold.
type cell struct {
	key  uint64 // 0 marks an empty cell
	mask uint32 // bit t: tag t's weight is in vals; cellSpill: the row is in spill
	vals [cellVals]int16
}

const cellSpill = 1 << 31

// pack builds cells from the table (for at most 31 tags): the same keys
// and rows, so every look-up answers as before, and drops vals. A hit was
// two cache misses (slot, then row) on tables read at random; now it is
// one. Cells are at most three quarters full (a probe that goes on reads
// the next cell, most often in the same line): the English model keeps
// 8 MB of cells (16 MB when a row of every tag took a line of its own),
// the German 4 MB.
func (w *weights) pack() {
	if w.nTags >= 32 {
		return
	}
	n := len(w.slots) / 2
	for n < 2 || 4*w.n > 3*n {
		n *= 2
	}
	w.cells = make([]cell, n)
	hugepage.Advise(w.cells)
	w.cmask = uint64(n - 1)
	for _, sl := range w.slots {
		if sl.key == 0 {
			continue
		}
		i := sl.key & w.cmask
		for w.cells[i].key != 0 {
			i = (i + 1) & w.cmask
		}
		c := &w.cells[i]
		c.key = sl.key
		row := w.vals[sl.off : sl.off+int32(w.nTags)]
		nz := 0
		for _, v := range row {
			if v != 0 {
				nz++
			}
		}
		if nz > cellVals {
			off := uint32(len(w.spill))
			w.spill = append(w.spill, row...)
			c.mask = cellSpill
			c.vals[0], c.vals[1] = int16(uint16(off)), int16(uint16(off>>16))
			continue
		}
		j := 0
		for t, v := range row {
			if v != 0 {
				c.mask |= 1 << t
				c.vals[j] = v
				j++
			}
		}
	}
	// The rows are in cells now; slots stay, for each's order.
	w.vals = nil
}

// addCell adds the row of c to s (len(s) == nTags).
func (w *weights) addCell(s []int32, c *cell) {
	m := c.mask
	if m&cellSpill != 0 {
		off := int(uint16(c.vals[0])) | int(uint16(c.vals[1]))<<16
		r := w.spill[off : off+len(s) : off+len(s)]
		for t := range s {
			s[t] += int32(r[t])
		}
		return
	}
	for j := 0; m != 0 && j < cellVals; j++ {
		s[bits.TrailingZeros32(m)] += int32(c.vals[j])
		m &= m - 1
	}
}

// slot is one entry of the open-addressing table. Key and row offset sit
// side by side so that a probe touches one cache line, not two: the table is
// megabytes, and tagging is bound by its cache misses.
type slot struct {
	key uint64 // 0 marks an empty slot; stored keys are never 0
	off int32  // offset of the row in vals
}

func nonzeroKey(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

func newWeights(nTags, nFeat int, scale float64) *weights {
	size := 1 << bits.Len(uint(nFeat*2))
	// About twelve bits a feature: one in twelve absent keys passes.
	fb := uint(max(bits.Len(uint(nFeat*12)), 12))
	return &weights{
		nTags:      nTags,
		scale:      scale,
		mask:       uint64(size - 1),
		slots:      make([]slot, size),
		vals:       make([]int16, 0, nFeat*nTags),
		filter:     make([]uint64, 1<<(fb-6)),
		filterBits: fb,
	}
}

// insert adds a feature row; the caller inserts each key once, before
// pack.
func (w *weights) insert(key uint64, row []int16) {
	key = nonzeroKey(key)
	b := key >> (64 - w.filterBits)
	w.filter[b>>6] |= 1 << (b & 63)
	for i := key & w.mask; ; i = (i + 1) & w.mask {
		if w.slots[i].key == 0 {
			w.slots[i] = slot{key: key, off: int32(len(w.vals))}
			w.vals = append(w.vals, row...)
			w.n++
			return
		}
	}
}

// mayHave reports whether the filter passes key (nonzeroKey's).
func (w *weights) mayHave(key uint64) bool {
	b := key >> (64 - w.filterBits)
	return w.filter[b>>6]&(1<<(b&63)) != 0
}

// cell returns the cell of key (nonzeroKey's), or nil.
func (w *weights) cell(key uint64) *cell {
	for i := key & w.cmask; ; i = (i + 1) & w.cmask {
		c := &w.cells[i]
		if c.key == key {
			return c
		}
		if c.key == 0 {
			return nil
		}
	}
}

// denseRow returns the row of key (nonzeroKey's) in vals, or nil.
func (w *weights) denseRow(key uint64) []int16 {
	for i := key & w.mask; ; i = (i + 1) & w.mask {
		sl := &w.slots[i]
		if sl.key == key {
			off := sl.off
			return w.vals[off : off+int32(w.nTags) : off+int32(w.nTags)]
		}
		if sl.key == 0 {
			return nil
		}
	}
}

// row returns a copy of the weights of a feature, or nil when the model
// has none.
func (w *weights) row(key uint64) []int16 {
	key = nonzeroKey(key)
	if !w.mayHave(key) {
		return nil
	}
	if w.cells == nil {
		return slices.Clone(w.denseRow(key))
	}
	c := w.cell(key)
	if c == nil {
		return nil
	}
	s := make([]int32, w.nTags)
	w.addCell(s, c)
	r := make([]int16, w.nTags)
	for t, v := range s {
		r[t] = int16(v)
	}
	return r
}

// add adds the row of feature key to s (len(s) == nTags), if the model has
// one.
func (w *weights) add(s []int32, key uint64) {
	key = nonzeroKey(key)
	if !w.mayHave(key) {
		return
	}
	if w.cells != nil {
		if c := w.cell(key); c != nil {
			w.addCell(s, c)
		}
		return
	}
	if r := w.denseRow(key); r != nil {
		r = r[:len(s):len(s)]
		for t := range s {
			s[t] += int32(r[t])
		}
	}
}

// maxBatch bounds the keys addAll probes together (more than any caller has).
const maxBatch = 16

// addAll adds the rows of keys to s, as add does key by
// key. The sums are of integers, so the order cannot change them. Its
// probes are independent, so it makes them in passes: the first tests each
// key's filter bit (the filter stays in cache) and loads the first cell of
// those that pass, the second finds their cells and touches their masks,
// the third adds them. The processor thus
// overlaps the cache misses (the table is megabytes) that probing key by key
// would wait for one after another. It returns what it loaded, for the
// caller to keep, lest the compiler drop the loads.
func (w *weights) addAll(s []int32, keys []uint64) uint64 {
	var sink uint64
	for len(keys) > maxBatch {
		sink += w.addAll(s, keys[:maxBatch])
		keys = keys[maxBatch:]
	}
	if w.cells == nil {
		for _, k := range keys {
			w.add(s, k)
		}
		return 0
	}
	var found [maxBatch]*cell
	var pass [maxBatch]bool
	for i, k := range keys {
		k = nonzeroKey(k)
		if w.mayHave(k) {
			pass[i] = true
			sink += w.cells[k&w.cmask].key
		}
	}
	for i, k := range keys {
		if !pass[i] {
			continue
		}
		if c := w.cell(nonzeroKey(k)); c != nil {
			sink += uint64(c.mask)
			found[i] = c
		}
	}
	for _, c := range found[:len(keys)] {
		if c != nil {
			w.addCell(s, c)
		}
	}
	return sink
}

// addAllTags is addAll for the scores of one token, held in an array of
// maxTags: a tag index masked to the array's bounds needs no bounds check,
// and the cell loop is written out here rather than called, for a loop that
// runs for every weight of every feature a token finds (a fifth of the
// tagger's instructions on news). The masked index is the index itself: a
// cell's mask has bits only below nTags.
func (w *weights) addAllTags(s *[maxTags]int32, keys []uint64) uint64 {
	if w.cells == nil || len(keys) > maxBatch {
		return w.addAll(s[:w.nTags:w.nTags], keys)
	}
	var sink uint64
	var found [maxBatch]*cell
	var pass [maxBatch]bool
	for i, k := range keys {
		k = nonzeroKey(k)
		if w.mayHave(k) {
			pass[i] = true
			sink += w.cells[k&w.cmask].key
		}
	}
	for i, k := range keys {
		if !pass[i] {
			continue
		}
		if c := w.cell(nonzeroKey(k)); c != nil {
			sink += uint64(c.mask)
			found[i] = c
		}
	}
	for _, c := range found[:len(keys)] {
		if c == nil {
			continue
		}
		m := c.mask
		if m&cellSpill != 0 {
			w.addCell(s[:w.nTags:w.nTags], c)
			continue
		}
		for _, v := range c.vals {
			if m == 0 {
				break
			}
			s[bits.TrailingZeros32(m)&(maxTags-1)] += int32(v)
			m &= m - 1
		}
	}
	return sink
}

// addAllAt is addAll for keys whose rows go to different places: the row
// of keys[i] is added to rows[at[i]:at[i]+n], n being nTags. All probes of
// a batch of up to maxEntryKeys are made before any row is added.
func (w *weights) addAllAt(rows []int32, n int, keys []uint64, at []int32) uint64 {
	var sink uint64
	for len(keys) > maxEntryKeys {
		sink += w.addAllAt(rows, n, keys[:maxEntryKeys], at[:maxEntryKeys])
		keys, at = keys[maxEntryKeys:], at[maxEntryKeys:]
	}
	if w.cells == nil {
		for i, k := range keys {
			w.add(rows[at[i]:int(at[i])+n:int(at[i])+n], k)
		}
		return 0
	}
	var found [maxEntryKeys]*cell
	var pass [maxEntryKeys]bool
	for i, k := range keys {
		k = nonzeroKey(k)
		if w.mayHave(k) {
			sink += w.cells[k&w.cmask].key
			pass[i] = true
		}
	}
	for i, k := range keys {
		if !pass[i] {
			continue
		}
		if c := w.cell(nonzeroKey(k)); c != nil {
			sink += uint64(c.mask)
			found[i] = c
		}
	}
	for i, c := range found[:len(keys)] {
		if c != nil {
			w.addCell(rows[at[i]:int(at[i])+n:int(at[i])+n], c)
		}
	}
	return sink
}

// len is the number of features.
func (w *weights) len() int { return w.n }

// score adds up the rows of feats and returns the best tag.
func (w *weights) best(feats []uint64, scores *[maxTags]int32) int {
	n := w.nTags
	s := scores[:n:n]
	clear(s)
	for _, f := range feats {
		w.add(s, f)
	}
	best := 0
	for t := 1; t < n; t++ {
		if s[t] > s[best] {
			best = t
		}
	}
	return best
}

// trainWeights is the perceptron while it learns: float weights and the
// running sums that averaging needs. Averaged weights are w - u/c, where u
// accumulates each update times the step it was made at (the trick that
// makes averaging cost nothing per step).
type trainWeights struct {
	nTags int
	index map[uint64]int32
	w     []float32
	u     []float64
	c     float64
}

func newTrainWeights(nTags int) *trainWeights {
	return &trainWeights{nTags: nTags, index: make(map[uint64]int32), c: 1}
}

func (tw *trainWeights) best(feats []uint64, scores []float32) int {
	clear(scores)
	for _, f := range feats {
		off, ok := tw.index[f]
		if !ok {
			continue
		}
		r := tw.w[off : off+int32(tw.nTags)]
		for t, v := range r {
			scores[t] += v
		}
	}
	best := 0
	for t := 1; t < tw.nTags; t++ {
		if scores[t] > scores[best] {
			best = t
		}
	}
	return best
}

func (tw *trainWeights) update(feats []uint64, gold, pred int) {
	if gold != pred {
		for _, f := range feats {
			off, ok := tw.index[f]
			if !ok {
				off = int32(len(tw.w))
				tw.index[f] = off
				tw.w = append(tw.w, make([]float32, tw.nTags)...)
				tw.u = append(tw.u, make([]float64, tw.nTags)...)
			}
			tw.w[off+int32(gold)]++
			tw.w[off+int32(pred)]--
			tw.u[off+int32(gold)] += tw.c
			tw.u[off+int32(pred)] -= tw.c
		}
	}
	tw.c++
}

// averaged returns the averaged weights, row by row as index says.
func (tw *trainWeights) averaged() []float64 {
	avg := make([]float64, len(tw.w))
	for i := range tw.w {
		avg[i] = float64(tw.w[i]) - tw.u[i]/tw.c
	}
	return avg
}

// freeze averages, prunes features whose weights are all below minWeight, and
// quantises the rest.
func (tw *trainWeights) freeze(minWeight float64) *weights {
	return freezeRows(tw.nTags, tw.index, tw.averaged(), 1, minWeight)
}

// avgSum adds up the averaged weights of several trained models (bags).
type avgSum struct {
	nTags int
	n     int // models added
	index map[uint64]int32
	sum   []float64
}

func newAvgSum(nTags int) *avgSum {
	return &avgSum{nTags: nTags, index: make(map[uint64]int32)}
}

func (a *avgSum) add(tw *trainWeights) {
	avg := tw.averaged()
	for k, off := range tw.index {
		o, ok := a.index[k]
		if !ok {
			o = int32(len(a.sum))
			a.index[k] = o
			a.sum = append(a.sum, make([]float64, a.nTags)...)
		}
		for t := 0; t < a.nTags; t++ {
			a.sum[int(o)+t] += avg[int(off)+t]
		}
	}
	a.n++
}

// freeze is trainWeights.freeze for the mean of the models added.
func (a *avgSum) freeze(minWeight float64) *weights {
	return freezeRows(a.nTags, a.index, a.sum, 1/float64(max(a.n, 1)), minWeight)
}

// freezeRows prunes the rows of vals (times mul) whose weights are all below
// minWeight and quantises the rest.
func freezeRows(nTags int, index map[uint64]int32, vals []float64, mul, minWeight float64) *weights {
	type kv struct {
		key uint64
		off int32
	}
	var keep []kv
	maxAbs := 0.0
	for k, off := range index {
		m := 0.0
		for t := 0; t < nTags; t++ {
			m = max(m, math.Abs(vals[int(off)+t]*mul))
		}
		if m >= minWeight {
			keep = append(keep, kv{k, off})
			maxAbs = max(maxAbs, m)
		}
	}
	// Sorted so the same training run writes the same file.
	slices.SortFunc(keep, func(a, b kv) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		}
		return 0
	})
	scale := 1.0
	if maxAbs > 0 {
		scale = 32000 / maxAbs
	}
	w := newWeights(nTags, len(keep), scale)
	row := make([]int16, nTags)
	for _, e := range keep {
		for t := range row {
			row[t] = int16(math.Round(vals[int(e.off)+t] * mul * scale))
		}
		w.insert(e.key, row)
	}
	return w
}

// each calls fn for every feature, in slot order.
func (w *weights) each(fn func(key uint64, row []int16)) {
	for _, sl := range w.slots {
		if sl.key != 0 {
			if w.cells != nil {
				fn(sl.key, w.row(sl.key))
			} else {
				fn(sl.key, w.vals[sl.off:sl.off+int32(w.nTags)])
			}
		}
	}
}
