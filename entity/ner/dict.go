package ner

import (
	"bufio"
	"fmt"
	"iter"
	"maps"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-news/dossier/internal/fhash"
)

// Dictionary holds the stems of a spelling dictionary (Hunspell .dic) with
// their affix flags, hashed. German capitalises every noun, so a capitalised
// word says little by itself; but whether a spelling dictionary knows the
// word, and with which inflection flags, does: "Sonne/Nm" is a common noun,
// "Merkel/S" a name that only takes a genitive s, and a word it lacks is
// more often a name. The flags go into features as they are; the weights
// learn what they mean.
//
// While it is built its stems are a Go map; index moves them into a
// hashTable for look-ups, and a later change moves them back.
type Dictionary struct {
	m       map[uint64]uint32 // hash of the exact stem → hash of its sorted flags; nil once in tab
	tab     hashTable[uint32]
	present presence // most lookups miss: a filter answers them in cache
}

// index moves the stems into the look-up table and builds the presence
// filter; called once the dictionary is complete.
func (d *Dictionary) index() {
	if d.m != nil {
		d.tab = hashTableOf(d.m)
		d.m = nil
	}
	d.present = newPresence(d.tab.n)
	for k := range d.tab.all() {
		d.present.set(k)
	}
}

// mut returns the stems as a map to change, moving them out of the
// look-up table if index put them there.
func (d *Dictionary) mut() map[uint64]uint32 {
	if d.m == nil {
		d.m = d.tab.toMap()
		d.tab = hashTable[uint32]{}
		d.present = nil
	}
	return d.m
}

func (d *Dictionary) get(h uint64) (uint32, bool) {
	if d.m != nil {
		f, ok := d.m[h]
		return f, ok
	}
	if d.present != nil && !d.present.has(h) {
		return 0, false
	}
	return d.tab.get(h)
}

// all yields every stem's hash and its flags' hash.
func (d *Dictionary) all() iter.Seq2[uint64, uint32] {
	if d.m != nil {
		return maps.All(d.m)
	}
	return d.tab.all()
}

// Len returns the number of stems.
func (d *Dictionary) Len() int {
	if d == nil {
		return 0
	}
	if d.m != nil {
		return len(d.m)
	}
	return d.tab.n
}

// ReadHunspellDic reads the stems and flags of a Hunspell .dic file (the
// first line is the count; lines starting with a tab or space are comments).
func ReadHunspellDic(path string) (*Dictionary, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read dictionary: %w", err)
	}
	defer f.Close()
	d := &Dictionary{m: map[uint64]uint32{}}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	first := true
	for sc.Scan() {
		line := sc.Text()
		if first {
			first = false
			continue // the count
		}
		if line == "" || line[0] == '\t' || line[0] == ' ' || line[0] == '#' {
			continue
		}
		d.add(line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read dictionary %s: %w", path, err)
	}
	d.index()
	return d, nil
}

// add stores one "stem/FLAGS" line; a stem listed twice keeps its first flags.
func (d *Dictionary) add(line string) {
	line, _, _ = strings.Cut(line, "\t") // morphological fields
	stem, flags, _ := strings.Cut(strings.TrimSpace(line), "/")
	if stem == "" || !utf8.ValidString(stem) {
		return
	}
	rs := []rune(flags)
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	h := HashString(stem)
	m := d.mut()
	if _, ok := m[h]; !ok {
		m[h] = uint32(HashString(string(rs))) | 1 // 0 means unknown
	}
}

// merge adds the stems of o that d lacks (call index afterwards).
func (d *Dictionary) merge(o *Dictionary) {
	m := d.mut()
	for k, f := range o.all() {
		if _, ok := m[k]; !ok {
			m[k] = f
		}
	}
}

// dictSuffixes are inflection endings stripped to find a stem
// (Regierungen → Regierung, Merkels → Merkel).
var dictSuffixes = [...]string{"s", "es", "n", "en", "e", "er", "ern", "ns", "em"}

// Kinds of dictionary evidence for a token.
const (
	dictNone    = 1 + iota // neither the word nor a stem of it is known
	dictExact              // the word is a stem
	dictStem               // the word is a stem plus an ending
	dictLowered            // only the lower-cased word is known (a capitalised adjective, verb …)
)

// dictQuery holds the hashes a dictionary lookup tries for one token, so
// that they are computed once for several dictionaries.
type dictQuery struct {
	exact   uint64
	stems   [len(dictSuffixes)]uint64 // in dictSuffixes order, for the endings the token has
	nstems  int
	lowered uint64 // the word with its first letter lower-cased
	hasLow  bool
}

func newDictQuery(tok string) dictQuery {
	var q dictQuery
	q.exact = HashString(tok)
	for _, suf := range dictSuffixes {
		if len(tok) > len(suf)+2 && strings.HasSuffix(tok, suf) {
			q.stems[q.nstems] = HashString(tok[:len(tok)-len(suf)])
			q.nstems++
		}
	}
	if r, size := utf8.DecodeRuneInString(tok); unicode.IsUpper(r) {
		// as HashString would give it, without building the string
		h := (uint64(fhash.Offset) ^ uint64(unicode.ToLower(r))) * fhash.Prime
		for _, r := range tok[size:] {
			h = (h ^ uint64(r)) * fhash.Prime
		}
		q.lowered, q.hasLow = h, true
	}
	return q
}

// find returns the kind of evidence (dictExact …) and the flags' hash for
// a token's query.
func (d *Dictionary) find(q *dictQuery) (kind uint8, flags uint32) {
	if f, ok := d.get(q.exact); ok {
		return dictExact, f
	}
	for _, h := range q.stems[:q.nstems] {
		if f, ok := d.get(h); ok {
			return dictStem, f
		}
	}
	if q.hasLow {
		if f, ok := d.get(q.lowered); ok {
			return dictLowered, f
		}
	}
	return dictNone, 0
}

// lookup returns the kind of evidence and the flags' hash for a token.
func (d *Dictionary) lookup(tok string) (kind uint8, flags uint32) {
	if d == nil || tok == "" {
		return 0, 0
	}
	q := newDictQuery(tok)
	return d.find(&q)
}
