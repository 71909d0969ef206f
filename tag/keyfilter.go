package tag

import "hash/maphash"

// keyFilter is a blocked Bloom filter over the keys of one of the
// lemmatiser's maps: a key sets two bits of one 64-bit word, so a test
// costs one load from a table of 16 bits a key (tens of kilobytes, which
// stay in cache) where the map would cost a probe of a megabyte. Most
// look-ups miss (news words new to the tagger's memo are mostly absent
// from a treebank's lexicon: on 400 10kGNAD articles 81% of lexicon
// look-ups and 94% of known-lemma tests), and the filter turns nearly all
// of those away. A key it passes is looked up in the map as before, so
// the answers are the map's.
type keyFilter struct {
	seed maphash.Seed
	bits []uint64 // a power of two
}

func newKeyFilter[V any](m map[string]V) keyFilter {
	n := 1
	for n*64 < 16*len(m) {
		n <<= 1
	}
	f := keyFilter{seed: maphash.MakeSeed(), bits: make([]uint64, n)}
	for k := range m {
		w, b := f.at(maphash.String(f.seed, k))
		f.bits[w] |= b
	}
	return f
}

func (f *keyFilter) at(h uint64) (word uint64, bits uint64) {
	return (h >> 32) & uint64(len(f.bits)-1), 1<<(h&63) | 1<<(h>>6&63)
}

// mayHave reports whether key may be in the map: false means it is not.
func (f *keyFilter) mayHave(key []byte) bool {
	if f.bits == nil {
		return true // no filter built
	}
	w, b := f.at(maphash.Bytes(f.seed, key))
	return f.bits[w]&b == b
}
