// Package lang identifies the language of a text among the configured
// languages.
//
// The model is a naive Bayes classifier over character 1- to 5-grams of
// lower-cased words (padded with a space on each side, so " der " and "ung "
// are features). It is trained by our own code (internal/trainlang) from the
// sentences of Universal Dependencies treebanks and embedded in the package;
// MODEL.md says how it was made. More languages need only more data: the
// model file holds any number of them, and New picks the ones configured.
package lang

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-news/dossier/internal/countw"
	"github.com/dossier-news/dossier/internal/hugepage"
)

//go:embed model.bin.gz
var embeddedModel []byte

const (
	magic    = "dossier-lang\x00v1"
	maxOrder = 5
	// MinLetters is the fewest letters Detect decides on.
	MinLetters = 4
	// minConfidence is the posterior below which Detect says "".
	minConfidence = 0.6
	// temper divides log-likelihoods before the posterior: overlapping
	// n-grams count every letter up to maxOrder times, so untempered
	// naive Bayes would be sure of everything.
	temper = 3.0
)

// Model is a trained n-gram model for any number of languages.
type Model struct {
	Langs []string
	// Unseen[l][o-1] is the log-probability of an n-gram of order o that
	// language l never had.
	Unseen [][maxOrder]float32
	// Grams maps an n-gram hash to one log-probability per language
	// (math.NaN-free: unseen entries hold the Unseen value).
	Grams map[uint32][]float32
}

// Detector identifies languages among a fixed set. It is safe for concurrent
// use.
type Detector struct {
	langs  []string
	n      int
	unseen [][maxOrder]float32
	// Open addressing over slots of 1<<shift words: the key (0 = empty),
	// then n log-probabilities as float32 bits. Key and row share a cache
	// line, so a look-up costs one miss rather than two (cachegrind: half
	// the L1 misses of separate key and value arrays).
	mask  uint32
	shift uint
	slots []uint32
	// compact, when not nil, is the table for two languages whose
	// log-probabilities are all steps of 1/1024 (as the model file stores
	// them): one word a slot, the key in the high half and each language's
	// step count in 16 bits, so the table takes half the memory (1 MB for
	// the embedded model, which then stays in a core's cache more often)
	// and gives the same float sums.
	compact []uint64
	// unseenSteps, with compact, holds the unseen log-probabilities as
	// steps of 1/1024 (nil when one is not): every value is then a whole
	// number of steps and scoreCompact adds them as integers.
	unseenSteps *[2][maxOrder]int64
	// words, with compact, holds the memos of words' step sums
	// (words.go).
	words *wordMemos
}

// New returns a detector restricted to langs (ISO 639-1 codes), using the
// embedded model.
func New(langs []string) (*Detector, error) {
	m, err := ReadModel(bytes.NewReader(embeddedModel))
	if err != nil {
		return nil, fmt.Errorf("lang: embedded model: %w", err)
	}
	return m.Detector(langs)
}

// Detector returns a detector for the given subset of the model's languages.
func (m *Model) Detector(langs []string) (*Detector, error) {
	if len(langs) == 0 {
		return nil, errors.New("lang: no language configured")
	}
	idx := make([]int, len(langs))
	for i, l := range langs {
		idx[i] = -1
		for j, ml := range m.Langs {
			if ml == l {
				idx[i] = j
			}
		}
		if idx[i] < 0 {
			return nil, fmt.Errorf("lang: no model for language %q (have %v)", l, m.Langs)
		}
	}
	n := len(langs)
	size := uint32(1) << bits.Len32(uint32(len(m.Grams)*2+1))
	d := &Detector{
		langs: append([]string(nil), langs...),
		n:     n,
		mask:  size - 1,
		shift: uint(bits.Len(uint(n))), // 1<<shift > n: room for the key and n values
	}
	d.slots = make([]uint32, int(size)<<d.shift)
	hugepage.Advise(d.slots)
	for _, j := range idx {
		d.unseen = append(d.unseen, m.Unseen[j])
	}
	for k, row := range m.Grams {
		if k == 0 {
			continue
		}
		i := k & d.mask
		for d.slots[int(i)<<d.shift] != 0 {
			i = (i + 1) & d.mask
		}
		sl := d.slots[int(i)<<d.shift:]
		sl[0] = k
		for c, j := range idx {
			sl[1+c] = math.Float32bits(row[j])
		}
	}
	if n == 2 {
		d.compact = compactTable(m, idx, d.mask)
		d.unseenSteps = unseenSteps(d.unseen)
		d.words = &wordMemos{}
	}
	return d, nil
}

// compactTable returns the table of Detector.compact for the model's
// languages idx[0] and idx[1], with the open addressing of slots (mask), or
// nil when a log-probability is not a step of 1/1024 (a model just
// trained, not read from a file).
func compactTable(m *Model, idx []int, mask uint32) []uint64 {
	t := make([]uint64, int(mask)+1)
	hugepage.Advise(t)
	for k, row := range m.Grams {
		if k == 0 {
			continue
		}
		q0, ok0 := steps(row[idx[0]])
		q1, ok1 := steps(row[idx[1]])
		if !ok0 || !ok1 {
			return nil
		}
		i := k & mask
		for t[i] != 0 {
			i = (i + 1) & mask
		}
		t[i] = uint64(k)<<32 | uint64(q0)<<16 | uint64(q1)
	}
	return t
}

// steps returns q when v is -q/1024 exactly, as ReadModel makes it.
func steps(v float32) (uint16, bool) {
	q := -float64(v) * 1024
	if q < 0 || q > math.MaxUint16 || q != math.Trunc(q) {
		return 0, false
	}
	return uint16(q), -float32(uint16(q))/1024 == v
}

// Langs returns the detector's languages.
func (d *Detector) Langs() []string { return append([]string(nil), d.langs...) }

// Detect returns the most likely language of text and the posterior
// probability of that answer. It returns "" for text with fewer than
// MinLetters letters, or when no language reaches a confidence of 0.6.
func (d *Detector) Detect(text string) (code string, confidence float64) {
	var scores [16]float64
	if d.n > len(scores) {
		return "", 0 // more languages than this fast path holds: see Scores
	}
	letters := d.score(text, scores[:d.n])
	return d.decide(scores[:d.n], letters)
}

func (d *Detector) decide(scores []float64, letters int) (string, float64) {
	if letters < MinLetters {
		return "", 0
	}
	best, conf := posterior(scores)
	if conf < minConfidence {
		return "", conf
	}
	return d.langs[best], conf
}

// posterior returns the index of the highest of the log-likelihoods and
// its tempered posterior probability.
func posterior(scores []float64) (best int, conf float64) {
	for i := range scores {
		if scores[i] > scores[best] {
			best = i
		}
	}
	sum := 0.0
	for i := range scores {
		sum += math.Exp((scores[i] - scores[best]) / temper)
	}
	return best, 1 / sum
}

// Scores returns the log-likelihood of text under each language, in the
// order of Langs, and the number of letters seen.
func (d *Detector) Scores(text string) ([]float64, int) {
	s := make([]float64, d.n)
	n := d.score(text, s)
	return s, n
}

// score adds the log-probabilities of the text's n-grams to scores and
// returns the number of letters.
func (d *Detector) score(text string, scores []float64) int {
	if d.compact != nil && d.unseenSteps != nil {
		return d.scoreCompact(text, scores)
	}
	return grams(text, func(key uint32, order int) { d.add(key, order, scores) })
}

// grams calls fn for every n-gram of the text (orders 1 to maxOrder, within
// lower-cased words padded with a space on each side) and returns the
// number of letters. Training and detection share it, so they cannot
// disagree on what a feature is.
func grams(text string, fn func(key uint32, order int)) int {
	letters := 0
	var ring [maxOrder]rune // the newest characters of the current word
	n := 0                  // characters pushed for this word, the space included
	inWord := false
	push := func(r rune) {
		ring[n%maxOrder] = r
		n++
		h := uint32(2166136261)
		for o := 1; o <= maxOrder && o <= n; o++ {
			h = (h ^ uint32(ring[(n-o)%maxOrder])) * 16777619
			fn(gramKey(h, o), o)
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
	return letters
}

// gramKey makes the hash of an n-gram of order o; the order is mixed in so
// that "e" and " e" never share a key, and 0 is never a key.
func gramKey(h uint32, o int) uint32 {
	k := (h ^ uint32(o)*0x9E3779B1) * 0x85EBCA6B
	k ^= k >> 15
	if k == 0 {
		k = 1
	}
	return k
}

func (d *Detector) add(key uint32, order int, scores []float64) {
	if d.compact != nil {
		for i := key & d.mask; ; i = (i + 1) & d.mask {
			sl := d.compact[i]
			if k := uint32(sl >> 32); k == key {
				// -q/1024 is exact in float32 and float64 alike: the
				// sums are those of the float32 table
				scores[0] += -float64(uint16(sl>>16)) / 1024
				scores[1] += -float64(uint16(sl)) / 1024
				return
			} else if k == 0 {
				scores[0] += float64(d.unseen[0][order-1])
				scores[1] += float64(d.unseen[1][order-1])
				return
			}
		}
	}
	for i := key & d.mask; ; i = (i + 1) & d.mask {
		base := int(i) << d.shift
		k := d.slots[base]
		if k == key {
			row := d.slots[base+1 : base+1+len(scores)]
			for c := range row {
				scores[c] += float64(math.Float32frombits(row[c]))
			}
			return
		}
		if k == 0 {
			for c := range scores {
				scores[c] += float64(d.unseen[c][order-1])
			}
			return
		}
	}
}

// WriteTo writes the model gzip-compressed. Log-probabilities are stored as
// uint16 steps of 1/1024 nat below zero: ample precision for a classifier.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countw.Writer{W: w}
	zw, _ := gzip.NewWriterLevel(cw, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) {
		n := binary.PutUvarint(buf[:], v)
		bw.Write(buf[:n])
	}
	putStr := func(s string) { put(uint64(len(s))); bw.WriteString(s) }
	putStr(magic)
	put(uint64(len(m.Langs)))
	for i, l := range m.Langs {
		putStr(l)
		for o := 0; o < maxOrder; o++ {
			put(quant(m.Unseen[i][o]))
		}
	}
	keys := make([]uint32, 0, len(m.Grams))
	for k := range m.Grams {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	put(uint64(len(keys)))
	prev := uint32(0)
	for _, k := range keys {
		put(uint64(k - prev)) // sorted keys: small deltas compress
		prev = k
		for _, v := range m.Grams[k] {
			put(quant(v))
		}
	}
	if err := bw.Flush(); err != nil {
		return cw.N, err
	}
	err := zw.Close()
	return cw.N, err
}

func quant(v float32) uint64 {
	q := math.Round(float64(-v) * 1024)
	return uint64(min(max(q, 0), 65535))
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	br := bufio.NewReader(zr)
	var rerr error
	get := func() uint64 {
		if rerr != nil {
			return 0
		}
		v, err := binary.ReadUvarint(br)
		if err != nil {
			rerr = err
		}
		return v
	}
	getStr := func() string {
		n := get()
		if rerr != nil || n > 1<<10 {
			rerr = errors.New("corrupt model")
			return ""
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil {
			rerr = err
		}
		return string(b)
	}
	if getStr() != magic {
		return nil, errors.New("not a language model")
	}
	nl := get()
	if rerr == nil && (nl == 0 || nl > 256) {
		return nil, errors.New("corrupt model: language count")
	}
	m := &Model{Grams: map[uint32][]float32{}}
	for i := 0; i < int(nl) && rerr == nil; i++ {
		m.Langs = append(m.Langs, getStr())
		var u [maxOrder]float32
		for o := range u {
			u[o] = -float32(get()) / 1024
		}
		m.Unseen = append(m.Unseen, u)
	}
	ng := get()
	if rerr == nil && ng > 1<<24 {
		return nil, errors.New("corrupt model: n-gram count")
	}
	k := uint32(0)
	for i := 0; i < int(ng) && rerr == nil; i++ {
		k += uint32(get())
		row := make([]float32, nl)
		for j := range row {
			row[j] = -float32(get()) / 1024
		}
		m.Grams[k] = row
	}
	if rerr != nil {
		return nil, fmt.Errorf("read language model: %w", rerr)
	}
	return m, nil
}

// isLetterRune tells whether r counts as a letter (the ASCII fast path in
// grams handles A-Z and a-z before calling it).
// foldLetter returns r lower-cased if it is a letter, else 0: the one
// reading of a character that the n-gram walks share. Small enough to
// inline, as the walks call it for every character.
func foldLetter(r rune) rune {
	if uint32(r) < utf8.RuneSelf {
		return asciiLetters[byte(r)]
	}
	return foldWideLetter(r)
}

// asciiLetters maps an ASCII letter to its lower case, anything else to 0.
var asciiLetters = func() (t [256]rune) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

func foldWideLetter(r rune) rune {
	if unicode.IsLetter(r) {
		return unicode.ToLower(r)
	}
	return 0
}

func isLetterRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z')
	}
	return unicode.IsLetter(r)
}
