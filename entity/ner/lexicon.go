package ner

import (
	"iter"
	"maps"
	"strings"
	"unicode"
)

// GazMatch is a span of tokens [Start, End) that a gazetteer knows, with the
// class it knows it as.
type GazMatch struct {
	Start, End int
	Class      string
}

// Gazetteer finds known names in a sentence. The recogniser turns its matches
// into features (class and position of the token in the match), so the
// weights, not the list, decide how far a match is trusted.
type Gazetteer interface {
	Lookup(tokens []string) []GazMatch
}

// Gazetteer classes the recogniser has features for. Other class names a
// Gazetteer returns fall into GazOther.
const (
	GazPerson    = "PER"       // full name of a person
	GazFirst     = "first"     // a first name
	GazLast      = "last"      // a surname
	GazLocation  = "LOC"       // a place
	GazCountry   = "country"   // a country or territory
	GazCity      = "city"      // a city
	GazRegion    = "region"    // a first-level administrative region
	GazOrg       = "ORG"       // an organisation
	GazAdjective = "adjective" // a demonym or adjective of a place (German, deutsche)
	GazMisc      = "MISC"      // another kind of name
	GazPart      = "part"      // a name inside a hyphenated token (Ukraine-Krieg)
	GazCommon    = "common"    // a name that is also a common word (Essen, Mobile)
	GazOther     = "other"
	// Places of 1,000 inhabitants and more (AddPlaces): in the German-speaking
	// countries, and elsewhere.
	GazPlaceNear = "place-near"
	GazPlace     = "place"
	// Names from a name list (AddNameList) rather than the knowledge base.
	GazListFirst = "list-first" // a first name
	GazListLast  = "list-last"  // a surname
	GazListName  = "list-name"  // a part of a person's name, first or last
	GazListOrg   = "list-org"   // a word of an organisation's name
)

// gazClassNames orders the classes by feature bit. The bits are part of the
// model format: never renumber, only append.
var gazClassNames = [...]string{GazPerson, GazFirst, GazLast, GazLocation, GazCountry, GazCity,
	GazRegion, GazOrg, GazAdjective, GazMisc, GazPart, GazCommon, GazOther, GazPlaceNear, GazPlace, GazListFirst, GazListLast, GazListName, GazListOrg}

// otherBit is the bit of the classes the recogniser has no feature for.
const otherBit = 1 << 12

// classBit returns the feature bit of a gazetteer class.
func classBit(c string) uint32 {
	for i, n := range gazClassNames {
		if n == c {
			return 1 << i
		}
	}
	return otherBit
}

func bitClass(b uint32) string {
	for i := range gazClassNames {
		if b == 1<<i {
			return gazClassNames[i]
		}
	}
	return GazOther
}

// prefixBit marks a lexicon key that begins a longer entry, so lookups can
// stop as soon as no entry continues.
const prefixBit = 1 << 31

// Lexicon is the gazetteer built into a model file: token sequences, folded
// (lowercase, common diacritics stripped) and hashed, with their class bits.
// It stores hashes only, never the names, so it is compact and quick.
//
// While it is built its entries are a Go map; index moves them into a
// hashTable for look-ups, and a later Add moves them back.
type Lexicon struct {
	entries map[uint64]uint32 // nil once index has moved them to tab
	tab     hashTable[uint32]
	maxLen  int
	present presence // built by index
}

// index moves the entries into the look-up table and builds the presence
// filter; called once the lexicon is complete.
func (l *Lexicon) index() {
	if l.entries != nil {
		l.tab = hashTableOf(l.entries)
		l.entries = nil
	}
	l.present = newPresence(l.tab.n)
	for k := range l.tab.all() {
		l.present.set(k)
	}
}

// mut returns the entries as a map to change, moving them out of the
// look-up table if index put them there.
func (l *Lexicon) mut() map[uint64]uint32 {
	if l.entries == nil {
		l.entries = l.tab.toMap()
		l.tab = hashTable[uint32]{}
		l.present = nil
	}
	return l.entries
}

func (l *Lexicon) get(h uint64) (uint32, bool) {
	if l.entries != nil {
		v, ok := l.entries[h]
		return v, ok
	}
	if l.present != nil && !l.present.has(h) {
		return 0, false
	}
	return l.tab.get(h)
}

// all yields every stored key (entries and their prefixes) and its value.
func (l *Lexicon) all() iter.Seq2[uint64, uint32] {
	if l.entries != nil {
		return maps.All(l.entries)
	}
	return l.tab.all()
}

// NewLexicon returns an empty lexicon.
func NewLexicon() *Lexicon { return &Lexicon{entries: map[uint64]uint32{}} }

// Len returns the number of stored keys (entries and their prefixes).
func (l *Lexicon) Len() int {
	if l == nil {
		return 0
	}
	if l.entries != nil {
		return len(l.entries)
	}
	return l.tab.n
}

// Add stores a name, given as tokens, with a class.
func (l *Lexicon) Add(tokens []string, class string) {
	if len(tokens) == 0 || len(tokens) > 8 {
		return
	}
	entries := l.mut()
	h := uint64(seqSeed)
	for i, t := range tokens {
		h = hashSeq(h, hashFold(t))
		if i < len(tokens)-1 {
			entries[h] |= prefixBit
		}
	}
	entries[h] |= classBit(class)
	l.maxLen = max(l.maxLen, len(tokens))
}

// AddName splits a name into tokens (see SplitName) and adds it.
func (l *Lexicon) AddName(name, class string) {
	l.Add(SplitName(name), class)
}

func (l *Lexicon) single(h uint64) uint32 {
	return l.singleKey(hashSeq(seqSeed, h))
}

// singleKey is single for the key of a one-token sequence,
// hashSeq(seqSeed, h).
func (l *Lexicon) singleKey(key uint64) uint32 {
	if l == nil {
		return 0
	}
	v, _ := l.get(key)
	return v &^ prefixBit
}

// touch loads what get(key) reads first, the filter's word and, when the
// filter passes the key, its first slot, and returns a value of them for a
// sink: touching several keys before looking any up overlaps their cache
// misses, where look-ups one after another wait for each in turn.
func (l *Lexicon) touch(key uint64) uint64 {
	if l == nil || l.entries != nil {
		return 0
	}
	if l.present != nil {
		w, b := l.present.bit(key)
		if x := l.present[w]; x&b != b {
			return x
		}
	}
	if len(l.tab.slots) == 0 {
		return 0
	}
	return l.tab.slots[l.tab.home(key)].k
}

// mark records the lexicon's matches in the token infos (fold must be set).
func (l *Lexicon) mark(s *scratch, tokens []string) {
	if l.Len() == 0 {
		return
	}
	n := len(tokens)
	for i := 0; i < n; i++ {
		h := uint64(seqSeed)
		for j := i; j < n && j-i < l.maxLen; j++ {
			h = hashSeq(h, s.info[j].fold)
			v, ok := l.get(h)
			if !ok {
				break
			}
			if bits := v &^ prefixBit; bits != 0 {
				markMatch(s.info, i, j+1, bits)
			}
			if v&prefixBit == 0 {
				break
			}
		}
	}
}

// first returns the value stored for the one-token sequence of a token
// folded to fold: where every look-up of mark begins. The fast path keeps
// it with the token's form (markCached), since it depends on the form alone.
func (l *Lexicon) first(fold uint64) (uint32, bool) {
	if l.Len() == 0 {
		return 0, false
	}
	return l.get(hashSeq(seqSeed, fold))
}

// markCached is mark for decodeFast: the first look-up of each token comes
// from its form cache entry (formEntry.lex), so a token that begins no
// stored name costs no probe of the lexicon's filter and map, both larger
// than the cache. The matches are mark's (TestMarkCachedSameAsMark).
func (l *Lexicon) markCached(s *scratch, c *formCache) {
	if l.Len() == 0 || l.maxLen < 1 {
		return
	}
	n := len(s.ent)
	// the second look-up of each token that begins a stored name, touched
	// for all of them before any is made (see touch)
	var sink uint64
	for i := 0; i+1 < n; i++ {
		if e := &c.ents[s.ent[i]]; e.lexOK && e.lex&prefixBit != 0 {
			sink += l.touch(hashSeq(hashSeq(seqSeed, s.info[i].fold), s.info[i+1].fold))
		}
	}
	c.sink += sink
	for i := 0; i < n; i++ {
		e := &c.ents[s.ent[i]]
		if !e.lexOK {
			continue
		}
		v := e.lex
		h := hashSeq(seqSeed, s.info[i].fold)
		for j := i; ; {
			if bits := v &^ prefixBit; bits != 0 {
				markMatch(s.info, i, j+1, bits)
			}
			if v&prefixBit == 0 {
				break
			}
			j++
			if j >= n || j-i >= l.maxLen {
				break
			}
			h = hashSeq(h, s.info[j].fold)
			var ok bool
			if v, ok = l.get(h); !ok {
				break
			}
		}
	}
}

// Lookup implements Gazetteer: every stored name found in tokens, one match
// per class.
func (l *Lexicon) Lookup(tokens []string) []GazMatch {
	var out []GazMatch
	if l == nil {
		return nil
	}
	for i := range tokens {
		h := uint64(seqSeed)
		for j := i; j < len(tokens) && j-i < l.maxLen; j++ {
			h = hashSeq(h, hashFold(tokens[j]))
			v, ok := l.get(h)
			if !ok {
				break
			}
			for bits := v &^ prefixBit; bits != 0; bits &= bits - 1 {
				out = append(out, GazMatch{Start: i, End: j + 1, Class: bitClass(bits & -bits)})
			}
			if v&prefixBit == 0 {
				break
			}
		}
	}
	return out
}

// SplitName splits a name into tokens roughly as the text segmenter does:
// at spaces and underscores, with commas, parentheses and quotes split off.
// A parenthesised part ("Georgia (country)") is dropped.
func SplitName(name string) []string {
	if i := strings.IndexByte(name, '('); i > 0 {
		name = name[:i]
	}
	var out []string
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '_' }) {
		w = strings.Trim(w, ",;:\"'“”„‘’()[]")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}
