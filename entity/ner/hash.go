package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/dossier-news/dossier/internal/fhash"
)

// Features are 64-bit hashes, never strings: a token's parts (its lowercased
// form, affixes, shape …) are hashed once per token and feature hashes are
// mixes of those, so prediction builds no strings.

// feat combines a feature template id with up to two component hashes.
func feat(tmpl uint64, a uint64) uint64 {
	return fhash.Mix(tmpl*0x9e3779b97f4a7c15 ^ a)
}

func feat2(tmpl uint64, a, b uint64) uint64 {
	return fhash.Mix(fhash.Mix(tmpl*0x9e3779b97f4a7c15^a) + b*0xc2b2ae3d27d4eb4f)
}

// hashRunes hashes a rune slice with FNV-1a over the runes' values.
func hashRunes(rs []rune) uint64 {
	h := uint64(fhash.Offset)
	for _, r := range rs {
		h ^= uint64(r)
		h *= fhash.Prime
	}
	return h
}

// HashString returns the hash under which a string (already folded as the
// caller wants) is stored in the model's tables.
func HashString(s string) uint64 {
	h := uint64(fhash.Offset)
	for _, r := range s {
		h ^= uint64(r)
		h *= fhash.Prime
	}
	return h
}

// hashFolded hashes the lowercased runes of s.
func hashFolded(s string) uint64 {
	h := uint64(fhash.Offset)
	for _, r := range s {
		h ^= uint64(unicode.ToLower(r))
		h *= fhash.Prime
	}
	return h
}

// hashSeq combines per-token hashes into the hash of a token sequence.
func hashSeq(h, tok uint64) uint64 {
	return fhash.Mix(h*31 + tok + 0x632be59bd9b4e019)
}

const seqSeed = 0x8cb92ba72f3d8dd7

// shapeOf maps a rune to its shape class: X upper, x lower, d digit, or the
// rune itself for punctuation and symbols.
func shapeOf(r rune) rune {
	switch {
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLower(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	case unicode.IsLetter(r):
		return 'L'
	}
	if r < utf8.RuneSelf {
		return r
	}
	return 'o'
}
