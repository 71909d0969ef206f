package ner

import (
	"context"
	"fmt"
	"iter"
	"maps"
	"math"
	"math/bits"
	"sort"
	"unicode"
	"unicode/utf8"
)

const numClusterLevels = 3

// clusterLevels are the clusterings: numbers of classes, coarse to fine like
// prefixes of a Brown cluster path, over left contexts, then over right
// contexts (reversed text) where a level has rev set.
var clusterLevels = [numClusterLevels]struct {
	k   int
	rev bool
}{{64, false}, {256, false}, {1024, false}}

// wordInfo is what raw text says about a word form: its distributional classes
// at three granularities, how often it is capitalised inside a sentence, and
// how frequent it is.
type wordInfo struct {
	cluster  [numClusterLevels]uint16
	capRatio uint8 // 0 unseen mid-sentence, 1 <10% capitalised, 2 <50%, 3 <90%, 4 ≥90%
	freq     uint8 // bits.Len of the count
	pos      uint8 // posNoun, posPropn, posAdj … bits: the word's tags in a treebank
	ctx      uint8 // context evidence (ctxev.go): 2 bits per signal, bit 7 when computed
}

// Part-of-speech bits of wordInfo.pos, from treebank annotation.
const (
	posNoun = 1 << iota
	posPropn
	posAdj
	posVerb
	posOther
)

func posBit(upos string) uint8 {
	switch upos {
	case "NOUN":
		return posNoun
	case "PROPN":
		return posPropn
	case "ADJ":
		return posAdj
	case "VERB", "AUX":
		return posVerb
	}
	return posOther
}

// WordTable maps hashed word forms (exact and lowercased) to wordInfo. It
// holds hashes, never the words. While it is built its words are a Go map;
// index moves them into a hashTable for look-ups, and a later change moves
// them back.
type WordTable struct {
	m       map[uint64]wordInfo // nil once index has moved them to tab
	tab     hashTable[wordInfo]
	present presence
}

// index moves the words into the look-up table and builds the presence
// filter; called once the table is complete.
func (t *WordTable) index() {
	if t.m != nil {
		t.tab = hashTableOf(t.m)
		t.m = nil
	}
	t.present = newPresence(t.tab.n)
	for k := range t.tab.all() {
		t.present.set(k)
	}
}

// mut returns the words as a map to change, moving them out of the look-up
// table if index put them there.
func (t *WordTable) mut() map[uint64]wordInfo {
	if t.m == nil {
		t.m = t.tab.toMap()
		t.tab = hashTable[wordInfo]{}
		t.present = nil
	}
	return t.m
}

// all yields every key and its wordInfo.
func (t *WordTable) all() iter.Seq2[uint64, wordInfo] {
	if t.m != nil {
		return maps.All(t.m)
	}
	return t.tab.all()
}

// Len returns the number of keys.
func (t *WordTable) Len() int {
	if t == nil {
		return 0
	}
	if t.m != nil {
		return len(t.m)
	}
	return t.tab.n
}

func (t *WordTable) lookup(h uint64) (wordInfo, bool) {
	if t == nil {
		return wordInfo{}, false
	}
	if t.m != nil {
		w, ok := t.m[h]
		return w, ok
	}
	if t.present != nil && !t.present.has(h) {
		return wordInfo{}, false
	}
	return t.tab.get(h)
}

// BuildWordTable clusters the words of an unlabelled corpus (sentences of
// tokens) with the exchange algorithm and records capitalisation and
// frequency. Words seen fewer than minCount times are left out.
//
// pos, if not nil, gives treebank tags by word form (see ReadTreebankTags).
func BuildWordTable(ctx context.Context, corpus [][]string, pos map[string]uint8, minCount, iters int, progress func(string)) (*WordTable, error) {
	if progress == nil {
		progress = func(string) {}
	}
	// vocabulary by exact form
	ids := map[string]int32{}
	var (
		words  []string
		counts []int
	)
	type capStat struct{ mid, cap int }
	caps := map[uint64]*capStat{}
	for _, s := range corpus {
		for i, t := range s {
			id, ok := ids[t]
			if !ok {
				id = int32(len(words))
				ids[t] = id
				words = append(words, t)
				counts = append(counts, 0)
			}
			counts[id]++
			if i > 0 {
				h := hashFolded(t)
				c := caps[h]
				if c == nil {
					c = &capStat{}
					caps[h] = c
				}
				c.mid++
				if r, _ := utf8.DecodeRuneInString(t); unicode.IsUpper(r) {
					c.cap++
				}
			}
		}
	}
	// keep frequent words, ranked by count; the rest share one id
	order := make([]int32, 0, len(words))
	for i, c := range counts {
		if c >= minCount {
			order = append(order, int32(i))
		}
	}
	sort.Slice(order, func(a, b int) bool {
		if counts[order[a]] != counts[order[b]] {
			return counts[order[a]] > counts[order[b]]
		}
		return words[order[a]] < words[order[b]]
	})
	V := len(order) + 1 // last id: rare words and sentence boundaries
	remap := make([]int32, len(words))
	for i := range remap {
		remap[i] = int32(V - 1)
	}
	for r, id := range order {
		remap[id] = int32(r)
	}
	// bigram counts (predecessor, word), with the boundary as predecessor of
	// the first word
	big := map[uint64]int32{}
	wc := make([]int, V)
	for _, s := range corpus {
		prev := int32(V - 1)
		for _, t := range s {
			w := remap[ids[t]]
			big[uint64(prev)<<32|uint64(w)]++
			wc[w]++
			prev = w
		}
		big[uint64(prev)<<32|uint64(V-1)]++
	}
	type pred struct{ v, n int32 }
	predsOf := func(rev bool) [][]pred {
		preds := make([][]pred, V)
		for k, n := range big {
			v, w := int32(k>>32), int32(uint32(k))
			if rev {
				v, w = w, v
			}
			preds[w] = append(preds[w], pred{v, n})
		}
		for _, p := range preds {
			sort.Slice(p, func(a, b int) bool { return p[a].v < p[b].v })
		}
		return preds
	}
	fwd, bwd := predsOf(false), predsOf(true)
	total := len(corpus)
	for _, c := range wc {
		total += c
	}
	flog := make([]float64, total+2)
	for i := 2; i < len(flog); i++ {
		flog[i] = float64(i) * math.Log(float64(i))
	}
	classes := make([][numClusterLevels]uint16, V)
	for level, cl := range clusterLevels {
		K := min(cl.k, V)
		preds := fwd
		if cl.rev {
			preds = bwd
		}
		class := make([]int32, V)
		for w := range class {
			class[w] = int32(w % K)
		}
		nvc := make([]int32, V*K)
		nc := make([]int, K)
		for w, ps := range preds {
			for _, p := range ps {
				nvc[int(p.v)*K+int(class[w])] += p.n
			}
			nc[class[w]] += wc[w]
		}
		gain := make([]float64, K)
		for it := 0; it < iters; it++ {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			moved := 0
			for w := 0; w < V-1; w++ {
				a := class[w]
				ps := preds[w]
				for _, p := range ps {
					nvc[int(p.v)*K+int(a)] -= p.n
				}
				nc[a] -= wc[w]
				cw := wc[w]
				for b := 0; b < K; b++ {
					gain[b] = flog[nc[b]] - flog[nc[b]+cw]
				}
				for _, p := range ps {
					row := nvc[int(p.v)*K : int(p.v)*K+K]
					n := p.n
					for b, x := range row {
						gain[b] += flog[x+n] - flog[x]
					}
				}
				best := a
				for b := 0; b < K; b++ {
					if gain[b] > gain[best]+1e-9 {
						best = int32(b)
					}
				}
				for _, p := range ps {
					nvc[int(p.v)*K+int(best)] += p.n
				}
				nc[best] += cw
				if best != a {
					class[w] = best
					moved++
				}
			}
			progress(formatProgress(level, K, it, moved))
			if moved == 0 {
				break
			}
		}
		for w := range classes {
			classes[w][level] = uint16(class[w])
		}
	}
	t := &WordTable{m: make(map[uint64]wordInfo, 2*len(order))}
	bucket := func(h uint64) uint8 {
		c := caps[h]
		if c == nil || c.mid == 0 {
			return 0
		}
		r := float64(c.cap) / float64(c.mid)
		switch {
		case r < 0.1:
			return 1
		case r < 0.5:
			return 2
		case r < 0.9:
			return 3
		}
		return 4
	}
	// most frequent words first, so a lowercased key takes the classes of its
	// most frequent cased form
	for r, id := range order {
		wi := wordInfo{cluster: classes[r], freq: uint8(bits.Len(uint(counts[id]))), pos: pos[words[id]]}
		low := hashFolded(words[id])
		wi.capRatio = bucket(low)
		t.m[HashString(words[id])] = wi
		if _, ok := t.m[low]; !ok {
			t.m[low] = wi
		}
	}
	t.index()
	return t, nil
}

func formatProgress(level, k, it, moved int) string {
	return fmt.Sprintf("clusters level %d (%d classes) pass %d: %d words moved", level, k, it+1, moved)
}
