// Package aggregate works across documents: it groups near-duplicate and
// translated documents, merges reports of one happening into stories, sums
// up relations between actors over time, and lines up conflicting claims.
// Its functions are pure: given the same records they give the same result
// whatever order the records arrived in, so an incremental update and a
// rebuild from scratch agree.
package aggregate

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-news/dossier"
)

// Signature is a MinHash signature of a text's word 3-shingles: the share
// of equal positions in two signatures estimates the Jaccard similarity of
// their shingle sets.
type Signature [signatureSize]uint32

const (
	signatureSize = 64
	bandRows      = 4
	bandCount     = signatureSize / bandRows
)

// NearDuplicate is the estimated shingle Jaccard similarity from which two
// documents in one language count as near-duplicates. A republished
// article with a new headline and a sentence added shares most of its
// shingles (J ≈ 0.8-0.95); two articles on the same subject share almost
// none (J < 0.1).
const NearDuplicate = 0.6

// seeds for the signature's hash functions: h_i(x) = a_i*x + b_i (mod 2^64),
// taking the high 32 bits, over a 64-bit FNV hash of the shingle.
var minhashSeeds = func() (s [signatureSize][2]uint64) {
	x := uint64(0x9e3779b97f4a7c15)
	next := func() uint64 { // splitmix64
		x += 0x9e3779b97f4a7c15
		z := x
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
		z = (z ^ (z >> 27)) * 0x94d049bb133111eb
		return z ^ (z >> 31)
	}
	for i := range s {
		s[i] = [2]uint64{next() | 1, next()}
	}
	return s
}()

// MinHash computes the signature of a text. Its shingles are three
// consecutive words of the lower-cased text, joined by a space, words being
// the runs of letters and digits; a text of fewer than three words has its
// words as shingles. The words are lower-cased into one buffer and each
// shingle is hashed (FNV-1a, 64 bits) where it lies, so that a document costs
// one allocation rather than three strings a word.
func MinHash(s string) Signature {
	var sig Signature
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	// buf holds the words end to end; ends[k] is where word k ends.
	buf := make([]byte, 0, len(s))
	var endsArr [512]int32
	ends := endsArr[:0]
	inWord := false
	for i := 0; i < len(s); {
		// As strings.ToLower then strings.FieldsFunc would: the lower-cased
		// rune decides whether it belongs to a word (a byte that is not
		// UTF-8 reads as utf8.RuneError, which does not). ASCII, most of
		// the text, is decided by asciiWord without the Unicode tables.
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if lc := asciiWord[c]; lc != 0 {
				buf = append(buf, lc)
				inWord = true
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			r = unicode.ToLower(r)
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				buf = utf8.AppendRune(buf, r)
				inWord = true
				continue
			}
		}
		if inWord {
			ends = append(ends, int32(len(buf)))
			inWord = false
		}
	}
	if inWord {
		ends = append(ends, int32(len(buf)))
	}
	word := func(k int) []byte {
		lo := int32(0)
		if k > 0 {
			lo = ends[k-1]
		}
		return buf[lo:ends[k]]
	}
	// The shingles' hashes first, then the hash functions' minima over
	// them, two functions a pass: the inner loop keeps their seeds and
	// minima in registers and takes each minimum without a branch, where a
	// loop over the functions per shingle loaded and stored the signature
	// for each, and each hash loaded serves two functions (9.5% fewer
	// instructions a document; with four a pass the loop ran out of
	// registers and took more than with one).
	var hashArr [512]uint64
	hashes := hashArr[:0]
	if len(ends) < 3 {
		for k := range ends {
			hashes = append(hashes, fnvBytes(fnvOffset, word(k)))
		}
	} else {
		for k := 0; k+2 < len(ends); k++ {
			h := fnvBytes(fnvOffset, word(k))
			h = fnvByte(h, ' ')
			h = fnvBytes(h, word(k+1))
			h = fnvByte(h, ' ')
			hashes = append(hashes, fnvBytes(h, word(k+2)))
		}
	}
	for i := 0; i < len(minhashSeeds); i += 2 {
		a0, b0 := minhashSeeds[i][0], minhashSeeds[i][1]
		a1, b1 := minhashSeeds[i+1][0], minhashSeeds[i+1][1]
		m0, m1 := sig[i], sig[i+1]
		for _, v := range hashes {
			m0 = min(m0, uint32((a0*v+b0)>>32))
			m1 = min(m1, uint32((a1*v+b1)>>32))
		}
		sig[i], sig[i+1] = m0, m1
	}
	return sig
}

// asciiWord maps an ASCII byte that belongs to a word (a letter or digit) to
// its lower case, and every other byte to 0.
var asciiWord = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			t[c] = byte(c)
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c + 'a' - 'A')
		}
	}
	return t
}()

// FNV-1a, 64 bits, as hash/fnv's New64a computes it.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvByte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

func fnvBytes(h uint64, p []byte) uint64 {
	for _, b := range p {
		h = (h ^ uint64(b)) * fnvPrime
	}
	return h
}

// Jaccard estimates the shingle Jaccard similarity of two signed texts.
func Jaccard(a, b Signature) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / signatureSize
}

// Bands are the keys under which candidates are looked up (locality-
// sensitive hashing): two texts share a band with probability
// 1-(1-J^4)^16, over 0.98 at J = 0.7 and about 0.12 at J = 0.3.
func (sig Signature) Bands() []uint64 {
	out := make([]uint64, bandCount)
	for b := range bandCount {
		var buf [4*bandRows + 1]byte
		buf[0] = byte(b)
		for r := range bandRows {
			v := sig[b*bandRows+r]
			buf[1+4*r], buf[2+4*r], buf[3+4*r], buf[4+4*r] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
		}
		// FNV-1a inline: hash/fnv's hasher, an interface value, was
		// allocated for every band
		out[b] = fnvBytes(fnvOffset, buf[:]) >> 1 // fits a signed 64-bit column
	}
	return out
}

// Fingerprint is what a document says, independent of its language: the
// entities it names, the numbers and dates it gives, and its events.
type Fingerprint map[string]bool

// FingerprintOf builds the fingerprint of an analysed document.
func FingerprintOf(d *dossier.Document) Fingerprint {
	f := Fingerprint{}
	for _, m := range d.Mentions {
		if m.Entity != "" {
			f["e:"+m.Entity] = true
		}
	}
	for _, t := range d.Timexes {
		if t.Type == "DATE" && (t.Granularity == "day" || t.Granularity == "month") {
			f["t:"+t.Value] = true
		}
	}
	for _, e := range d.Events {
		f["v:"+e.Type+":"+e.Actor+">"+e.Target] = true
		for _, q := range e.Quantities {
			f["n:"+strconv.FormatFloat(q.Value, 'g', 6, 64)] = true
		}
	}
	for _, s := range d.Sentences {
		for _, tok := range s.Tokens {
			if n, ok := number(tok.Text); ok && n >= 10 {
				f["n:"+strconv.FormatFloat(n, 'g', 6, 64)] = true
			}
		}
	}
	return f
}

// number reads digits with either thousands separator ("10,000", "10.000").
func number(s string) (float64, bool) {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return 0, false
	}
	// Digits only, separators skipped, without building a new string (this
	// runs for every number of every stored document). "3.5" or "3,5" is a
	// decimal, not thousands: a separator counts only where it groups three
	// digits ("10,000", "1.234.567").
	var n float64
	group := -1 // digits since the last separator; -1 before the first
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			n = n*10 + float64(c-'0')
			if group >= 0 {
				group++
			}
		case c == ',' || c == '.':
			if group >= 0 && group != 3 {
				return 0, false
			}
			group = 0
		default:
			return 0, false
		}
	}
	if group >= 0 && group != 3 {
		return 0, false
	}
	return n, true
}

// Similarity is the Jaccard index of two fingerprints.
func Similarity(a, b Fingerprint) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	for k := range a {
		if b[k] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// TranslationSimilarity is the fingerprint similarity above which two
// documents in different languages count as one article in two languages.
const TranslationSimilarity = 0.6

// TranslationWindow is how many days apart a translation may be published
// from its original.
const TranslationWindow = 7

// minFingerprint: fingerprints smaller than this say too little to match on.
const minFingerprint = 6

// Candidate is a document to compare a new one with.
type Candidate struct {
	ID          string
	Lang        string
	Published   string // YYYY-MM-DD or ""
	Signature   Signature
	Fingerprint Fingerprint
}

// Match tells how a document relates to an earlier one: "duplicate" (same
// wording), "translation" (same content, other language), or "".
func Match(a, b Candidate) string {
	if a.Lang == b.Lang && Jaccard(a.Signature, b.Signature) >= NearDuplicate {
		return "duplicate"
	}
	if a.Lang != b.Lang && len(a.Fingerprint) >= minFingerprint && len(b.Fingerprint) >= minFingerprint &&
		Similarity(a.Fingerprint, b.Fingerprint) >= TranslationSimilarity {
		return "translation"
	}
	return ""
}

// Group turns pairwise links into groups (connected components), each
// named by its smallest document id; a group is a "translation" group when
// any of its links is one.
func Group(links [][3]string) map[string]dossier.DocGroup {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		p, ok := parent[x]
		if !ok || p == x {
			parent[x] = x
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	kinds := map[string]bool{} // roots with a translation link
	for _, l := range links {
		a, b := find(l[0]), find(l[1])
		if a != b {
			if b < a {
				a, b = b, a
			}
			parent[b] = a
			if kinds[b] {
				kinds[a] = true
			}
		}
		if l[2] == "translation" {
			kinds[a] = true
		}
	}
	groups := map[string]dossier.DocGroup{}
	for x := range parent {
		r := find(x)
		g := groups[r]
		g.ID = r
		g.Docs = append(g.Docs, dossier.DocRef{ID: x})
		groups[r] = g
	}
	for r, g := range groups {
		g.Kind = "duplicate"
		if kinds[r] {
			g.Kind = "translation"
		}
		slices.SortFunc(g.Docs, func(a, b dossier.DocRef) int { return strings.Compare(a.ID, b.ID) })
		groups[r] = g
	}
	return groups
}
