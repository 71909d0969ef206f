// Package fhash holds the 64-bit hashing that the tagger's and the
// recogniser's hashed features share: FNV-1a's constants and the splitmix64
// finaliser. Their values are part of both model formats: changing them
// invalidates every model file.
package fhash

// FNV-1a's 64-bit offset basis and prime.
const (
	Offset = 14695981039346656037
	Prime  = 1099511628211
)

// Mix is the splitmix64 finaliser: a cheap mixer that spreads combined
// hashes over all 64 bits.
func Mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}
