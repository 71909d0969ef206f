package lang

import (
	"unicode/utf8"
)

// unseenSteps returns the unseen log-probabilities of two languages as
// whole steps of 1/1024, or nil when one is not such a step.
func unseenSteps(unseen [][maxOrder]float32) *[2][maxOrder]int64 {
	if len(unseen) != 2 {
		return nil
	}
	var u [2][maxOrder]int64
	for c := range u {
		for o := range u[c] {
			q, ok := steps(unseen[c][o])
			if !ok {
				return nil
			}
			u[c][o] = int64(q)
		}
	}
	return &u
}

// keyBatch is how many n-gram keys scoreCompact looks up together.
const keyBatch = 256

// scoreCompact is score for the compact table. It makes the n-grams of
// grams (TestCompactSameAsFloat and FuzzCompactSameAsFloat hold the two to
// the same sums) but collects their keys in batches and probes a batch in
// two passes: the first loads each key's first slot, all independent, so
// the processor overlaps their cache misses (the table is a megabyte, more
// than a core's L2) instead of waiting for each in turn behind the branch
// that tests it; the second finds the values. Every value is a whole number
// of 1/1024 steps and so is every partial sum of the float path, which is
// therefore exact: counting steps in integers gives the same float64 at the
// end, whatever the order.
func (d *Detector) scoreCompact(text string, scores []float64) int {
	if d.words != nil && len(text) <= maxMemoText {
		s0, s1, letters := d.scoreWords(text)
		scores[0] += -float64(s0) / 1024
		scores[1] += -float64(s1) / 1024
		return letters
	}
	var keys [keyBatch]uint32
	var orders [keyBatch]uint8
	nk := 0
	var s0, s1 int64
	flush := func() {
		t, mask := d.compact, d.mask
		var sink uint64
		for _, k := range keys[:nk] {
			sink += t[k&mask]
		}
		for j, k := range keys[:nk] {
			for i := k & mask; ; i = (i + 1) & mask {
				sl := t[i]
				if sk := uint32(sl >> 32); sk == k {
					s0 += int64(uint16(sl >> 16))
					s1 += int64(uint16(sl))
					break
				} else if sk == 0 {
					o := orders[j] - 1
					s0 += d.unseenSteps[0][o]
					s1 += d.unseenSteps[1][o]
					break
				}
			}
		}
		// sink is never this: the branch keeps the first pass's loads.
		if sink == 1 && nk == 0 {
			s0++
		}
		nk = 0
	}
	letters := 0
	// last holds the word's newest characters, newest first: the ring of
	// grams without its index arithmetic (a division per n-gram).
	var last [maxOrder]uint32
	n := 0
	inWord := false
	push := func(r rune) {
		copy(last[1:], last[:maxOrder-1])
		last[0] = uint32(r)
		n = min(n+1, maxOrder)
		h := uint32(2166136261)
		for o, c := range last[:n] {
			h = (h ^ c) * 16777619
			keys[nk+o] = gramKey(h, o+1)
			orders[nk+o] = uint8(o + 1)
		}
		nk += n
		if nk > keyBatch-maxOrder {
			flush()
		}
	}
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		if r = foldLetter(r); r != 0 {
			letters++
			if !inWord {
				inWord = true
				n = 0
				push(' ')
			}
			push(r)
		} else if inWord {
			inWord = false
			push(' ')
		}
	}
	if inWord {
		push(' ')
	}
	flush()
	scores[0] += -float64(s0) / 1024
	scores[1] += -float64(s1) / 1024
	return letters
}
