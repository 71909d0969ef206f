package ner

import (
	"iter"
	"math/bits"
)

// hashTable maps 64-bit hashes to values, for the tables a token's analysis
// looks up (lexicon, dictionaries, word clusters): some hundred thousand
// keys each, so nearly every look-up misses the processor's caches. Keys and
// values lie side by side in one array, probed linearly from the slot the
// hash picks: a look-up costs one cache line, or two, where a Go map of this
// size costs two or three dependent misses (its table directory, the group's
// control word, the slot). It is filled once and then only read; the types
// that hold one keep a Go map while they are built (see Lexicon.mut).
//
// Key 0 marks an empty slot; a key that is 0 is kept aside.
type hashTable[V any] struct {
	slots   []hashSlot[V]
	n       int // keys stored, 0 included
	used    int // slots taken
	zero    V
	hasZero bool
}

type hashSlot[V any] struct {
	k uint64
	v V
}

// newHashTable returns a table with room for n keys. At most four slots in
// five are used: a look-up that finds its key then probes two slots on
// average, most often in the same cache line.
func newHashTable[V any](n int) hashTable[V] {
	return hashTable[V]{slots: make([]hashSlot[V], n+n/4+1)}
}

// hashTableOf returns a table holding the entries of m.
func hashTableOf[V any](m map[uint64]V) hashTable[V] {
	t := newHashTable[V](len(m))
	for k, v := range m {
		t.put(k, v)
	}
	return t
}

// home is the first slot probed for h: the table's size need not be a
// power of two (the high half of h scaled to it), and the multiplication
// spreads hashes whose high bits are alike (FNV of short strings).
func (t *hashTable[V]) home(h uint64) int {
	hi, _ := bits.Mul64(h*0x9e3779b97f4a7c15, uint64(len(t.slots)))
	return int(hi)
}

// put stores v under k, replacing a value stored before. The table must
// have room (newHashTable's n).
func (t *hashTable[V]) put(k uint64, v V) {
	if k == 0 {
		if !t.hasZero {
			t.n++
		}
		t.zero, t.hasZero = v, true
		return
	}
	for i := t.home(k); ; {
		e := &t.slots[i]
		if e.k == k {
			e.v = v
			return
		}
		if e.k == 0 {
			// one slot stays empty, where a look-up of an absent key ends
			if t.used+1 >= len(t.slots) {
				panic("ner: hashTable is full")
			}
			e.k, e.v = k, v
			t.used++
			t.n++
			return
		}
		if i++; i == len(t.slots) {
			i = 0
		}
	}
}

// get returns the value stored under h and whether there is one.
func (t *hashTable[V]) get(h uint64) (V, bool) {
	if h == 0 {
		return t.zero, t.hasZero
	}
	s := t.slots
	if len(s) == 0 {
		var none V
		return none, false
	}
	for i := t.home(h); ; {
		e := &s[i]
		if e.k == h {
			return e.v, true
		}
		if e.k == 0 {
			var none V
			return none, false
		}
		if i++; i == len(s) {
			i = 0
		}
	}
}

// all yields every key and its value, in no particular order.
func (t *hashTable[V]) all() iter.Seq2[uint64, V] {
	return func(yield func(uint64, V) bool) {
		if t.hasZero && !yield(0, t.zero) {
			return
		}
		for _, e := range t.slots {
			if e.k != 0 && !yield(e.k, e.v) {
				return
			}
		}
	}
}

// toMap returns the entries in a Go map, for a table to be changed.
func (t *hashTable[V]) toMap() map[uint64]V {
	m := make(map[uint64]V, t.n)
	for k, v := range t.all() {
		m[k] = v
	}
	return m
}
