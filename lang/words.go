package lang

import (
	"sync"
	"unicode/utf8"
)

// The n-grams of scoreCompact never cross a word: each word is padded with a
// space on each side and its grams start afresh. A word's share of the
// sums is therefore a function of the word alone, and news repeats its
// words (a paragraph's opening 200 bytes are mostly words seen before), so
// scoreWords keeps the shares of words met before in a memo and makes the
// n-gram probes only for words new to it: one probe of a small table
// instead of about five of the megabyte n-gram table per letter. The sums
// are integers, so adding a word's share at once gives the same totals as
// adding its grams one by one.

const (
	// maxMemoWord is the longest word (in letters) the memo keeps; longer
	// ones are scored gram by gram every time, and their shares (at most
	// maxOrder grams a letter of at most 65535 steps each) fit an int32.
	maxMemoWord = 24
	// memoWords bounds the words of a memo; a full memo starts afresh.
	// News vocabulary outgrows 4,096 words within some twenty articles,
	// and each restart forgets the frequent words too: with 16,384 one
	// pass over 300 10kGNAD and 600 Reuters articles takes 13% fewer
	// instructions in detection (cachegrind), for 1.5 MB a memo (one for
	// each detection running at once).
	memoWords = 1 << 14
	// maxMemoText is the longest text scored through the memo: a text with
	// more words than a memo holds would restart it at once (paragraphs
	// are judged from their first 200 bytes).
	maxMemoText = 2048
)

// wordMemo maps a lower-cased word to its share of the two languages' step
// sums: open addressing over slots at most half full, the words' runes end
// to end in one arena.
type wordMemo struct {
	slots []wordSlot
	n     int
	runes []rune
	// scratch of scoreWords
	word   []rune
	misses []miss
	waits  []int32
}

type wordSlot struct {
	h      uint64
	off    int32 // the word is runes[off:off+len]
	len    int32 // 0 marks an empty slot
	s0, s1 int32 // the word's steps; pending while wait > 0
	wait   int32 // 1 + the index of the word in scoreWords' misses, while its sums are made
}

func newWordMemo() *wordMemo {
	return &wordMemo{slots: make([]wordSlot, 2*memoWords), runes: make([]rune, 0, memoWords*8)}
}

func (m *wordMemo) reset() {
	clear(m.slots)
	m.n = 0
	m.runes = m.runes[:0]
}

// find returns the slot of word w (hash h), or of the empty slot where it
// would go.
func (m *wordMemo) find(h uint64, w []rune) *wordSlot {
	mask := uint64(len(m.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &m.slots[i]
		if sl.len == 0 || sl.h == h && int(sl.len) == len(w) && equalRunes(m.runes[sl.off:sl.off+sl.len], w) {
			return sl
		}
	}
}

func equalRunes(a, b []rune) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func hashRunes(w []rune) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range w {
		h = (h ^ uint64(r)) * 1099511628211
	}
	return h ^ h>>29
}

// wordMemos hands each scoreCompact call a memo of its own; a memo lives as
// long as the detector, one for each call that ever ran at the same time as
// others. It sits behind a pointer so that a Detector can be copied.
type wordMemos struct {
	mu   sync.Mutex
	free []*wordMemo
}

func (p *wordMemos) get() *wordMemo {
	p.mu.Lock()
	defer p.mu.Unlock()
	if n := len(p.free); n > 0 {
		m := p.free[n-1]
		p.free = p.free[:n-1]
		return m
	}
	return newWordMemo()
}

func (p *wordMemos) put(m *wordMemo) {
	p.mu.Lock()
	p.free = append(p.free, m)
	p.mu.Unlock()
}

// miss is a word new to the memo, its slot and its share as the grams
// are probed.
type miss struct {
	slot   *wordSlot
	s0, s1 int64
}

// scoreWords is scoreCompact through the word memo: it returns the two
// languages' step sums and the letters of text.
func (d *Detector) scoreWords(text string) (s0, s1 int64, letters int) {
	m := d.words.get()
	defer d.words.put(m)
	if m.n+len(text)/2+1 > memoWords {
		m.reset()
	}
	// misses: the words new to the memo; waits: the misses of the words
	// that found a slot still pending (a word new to the memo used twice)
	misses, waits := m.misses[:0], m.waits[:0]
	b := &gramBatch{d: d}
	word := m.word[:0]
	end := func() {
		if len(word) > maxMemoWord {
			// scored gram by gram, its share straight into the totals
			b.owner = -1
			b.word(word)
			word = word[:0]
			return
		}
		h := hashRunes(word)
		sl := m.find(h, word)
		switch {
		case sl.len != 0 && sl.wait == 0:
			s0 += int64(sl.s0)
			s1 += int64(sl.s1)
		case sl.len != 0:
			waits = append(waits, sl.wait-1)
		default:
			*sl = wordSlot{h: h, off: int32(len(m.runes)), len: int32(len(word)), wait: int32(len(misses) + 1)}
			m.runes = append(m.runes, word...)
			m.n++
			misses = append(misses, miss{slot: sl})
			b.owner = int32(len(misses) - 1)
			b.misses = misses
			b.word(word)
		}
		word = word[:0]
	}
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		if r = foldLetter(r); r != 0 {
			letters++
			word = append(word, r)
		} else if len(word) > 0 {
			end()
		}
	}
	if len(word) > 0 {
		end()
	}
	b.misses = misses
	b.flush()
	s0 += b.s0
	s1 += b.s1
	for _, ms := range misses {
		ms.slot.s0, ms.slot.s1, ms.slot.wait = int32(ms.s0), int32(ms.s1), 0
		s0 += ms.s0
		s1 += ms.s1
	}
	for _, w := range waits {
		s0 += misses[w].s0
		s1 += misses[w].s1
	}
	m.word, m.misses, m.waits = word, misses, waits
	return s0, s1, letters
}

// gramBatch collects the n-gram keys of words and probes them in batches,
// as scoreCompact does, adding each key's steps to the miss that owns it
// (owner) or, for owner -1, to its own totals.
type gramBatch struct {
	d      *Detector
	keys   [keyBatch]uint32
	orders [keyBatch]uint8
	owners [keyBatch]int32
	nk     int
	owner  int32
	misses []miss
	s0, s1 int64
}

// word adds the keys of the grams of w, padded with a space each side.
func (b *gramBatch) word(w []rune) {
	var last [maxOrder]uint32
	n := 0
	push := func(r rune) {
		copy(last[1:], last[:maxOrder-1])
		last[0] = uint32(r)
		n = min(n+1, maxOrder)
		h := uint32(2166136261)
		for o, c := range last[:n] {
			h = (h ^ c) * 16777619
			b.keys[b.nk+o] = gramKey(h, o+1)
			b.orders[b.nk+o] = uint8(o + 1)
			b.owners[b.nk+o] = b.owner
		}
		b.nk += n
		if b.nk > keyBatch-maxOrder {
			b.flush()
		}
	}
	push(' ')
	for _, r := range w {
		push(r)
	}
	push(' ')
}

func (b *gramBatch) flush() {
	d := b.d
	t, mask := d.compact, d.mask
	var sink uint64
	for _, k := range b.keys[:b.nk] {
		sink += t[k&mask]
	}
	for j, k := range b.keys[:b.nk] {
		var q0, q1 int64
		for i := k & mask; ; i = (i + 1) & mask {
			sl := t[i]
			if sk := uint32(sl >> 32); sk == k {
				q0, q1 = int64(uint16(sl>>16)), int64(uint16(sl))
				break
			} else if sk == 0 {
				o := b.orders[j] - 1
				q0, q1 = d.unseenSteps[0][o], d.unseenSteps[1][o]
				break
			}
		}
		if w := b.owners[j]; w >= 0 {
			b.misses[w].s0 += q0
			b.misses[w].s1 += q1
		} else {
			b.s0 += q0
			b.s1 += q1
		}
	}
	// sink is never this: the branch keeps the first pass's loads.
	if sink == 1 && b.nk == 0 {
		b.s0++
	}
	b.nk = 0
}
