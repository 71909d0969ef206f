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
	dictNone       = 1 + iota // neither the word nor a stem of it is known
	dictExact                 // the word is a stem
	dictStem                  // the word is a stem plus an ending
	dictLowered               // only the lower-cased word is known (a capitalised adjective, verb …)
	dictLowStem               // only the lower-cased word less an ending or an umlaut is known (findMorph)
	dictCompound              // only a tail of four letters or more is known: a compound's head (findMorph)
	dictHyphenHead            // only the last part after a hyphen is known (findHyphenHead)
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

// morphEndings are the endings findMorph strips from a lower-cased word:
// those of dictSuffixes and the plural and case endings of nouns in -nis
// and -in (Ergebnisse → ergebnis, Ärztinnen → ärztin).
var morphEndings = runeEndings(append(dictSuffixes[:], "se", "ses", "sen", "nen"))

// runeEndings returns the endings as runes, in their order.
func runeEndings(ends []string) [][]rune {
	out := make([][]rune, len(ends))
	for i, e := range ends {
		out[i] = []rune(e)
	}
	return out
}

// Lengths findMorph keeps to: a stem or a compound's first part of at
// least minMorphStem letters, a compound's head of at least minMorphHead.
const (
	minMorphStem = 3
	minMorphHead = 4
)

// findMorph looks up a word the plain lookup (find) did not know as a
// German inflected form or compound; rs is the word lower-cased. A German
// word list holds the frequent forms only, and lower-cased, so a rare
// capitalised noun ("Gemeindeverwaltungen", "Mütter", "Hafensanierung")
// is otherwise told apart from a name by nothing. In order: the word
// less an ending, the same with its last umlaut taken back (Ärzte →
// arzt, Häuser → haus), the word with its last umlaut taken back (Mütter
// → mutter), and the longest known tail (a compound's head: sanierung).
// It returns the kind (dictLowStem, dictCompound or dictNone) and the
// flags of the entry found.
func (d *Dictionary) findMorph(rs []rune) (kind uint8, flags uint32) {
	n := len(rs)
	for _, end := range morphEndings {
		stem := rs[:n-len(end)]
		if len(stem) < minMorphStem || !runesHasSuffix(rs, end) {
			continue
		}
		if f, ok := d.get(hashRunes(stem)); ok {
			return dictLowStem, f
		}
		if f, ok := d.getUmlautBase(stem); ok {
			return dictLowStem, f
		}
	}
	if f, ok := d.getUmlautBase(rs); ok {
		return dictLowStem, f
	}
	for j := minMorphStem; j <= n-minMorphHead; j++ {
		if f, ok := d.get(hashRunes(rs[j:])); ok {
			return dictCompound, f
		}
	}
	return dictNone, 0
}

// findHyphenHead looks up the last part of a hyphenated word (rs, lower
// cased) as findMorph's caller looks up a word: as written, then as an
// inflected form or compound. A known common noun after the hyphen marks
// a compound ("Notarzt-Einsatz") or, after a name, a -part span
// ("EU-Budget"), not a name made of hyphenated parts ("Baden-Baden"). It
// returns dictHyphenHead and the part's flags, or dictNone.
func (d *Dictionary) findHyphenHead(rs []rune) (kind uint8, flags uint32) {
	j := len(rs) - 1
	for j >= 0 && rs[j] != '-' {
		j--
	}
	part := rs[j+1:]
	if j < 1 || len(part) < minMorphStem {
		return dictNone, 0
	}
	if f, ok := d.get(hashRunes(part)); ok {
		return dictHyphenHead, f
	}
	if len(part) >= minMorphStem+minMorphHead {
		if k, f := d.findMorph(part); k != dictNone {
			return dictHyphenHead, f
		}
	}
	return dictNone, 0
}

// getUmlautBase looks up rs with its last umlaut (ä, ö, ü) replaced by
// its base vowel; rs itself is left as it is.
func (d *Dictionary) getUmlautBase(rs []rune) (uint32, bool) {
	i := len(rs) - 1
	for i >= 0 && umlautBase(rs[i]) == 0 {
		i--
	}
	if i < 0 {
		return 0, false
	}
	h := hashRunes(rs[:i])
	h = (h ^ uint64(umlautBase(rs[i]))) * fhash.Prime
	for _, r := range rs[i+1:] {
		h = (h ^ uint64(r)) * fhash.Prime
	}
	return d.get(h)
}

// umlautBase returns the vowel a lower-case umlaut is made from, or 0.
func umlautBase(r rune) rune {
	switch r {
	case 'ä':
		return 'a'
	case 'ö':
		return 'o'
	case 'ü':
		return 'u'
	}
	return 0
}
