package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"

	"github.com/dossier-news/dossier/kb"
	"github.com/dossier-news/dossier/tag"
)

// Model file format (gzip-compressed, all integers uvarint unless said):
//
//	magic "DNER", version
//	lang, info (strings: length + bytes)
//	classes (count, strings)
//	transitions: nlab*nlab float32, start: nlab float32, O penalty float32 (little endian)
//	lexicon: maxLen, count, then (key delta, class bits) sorted by key
//	word table: count, then (key delta, clusters, capRatio, freq, pos, version 2: ctx) sorted by key
//	weights: codebook (256 float32), count, then per feature (key delta, one code byte per label but O)
//	names of the extra gazetteers it was trained with (count, strings): "kb"
//	version 2: feature groups (FeatXxx bits), then class biases (count, float32 each),
//	then the dictionary and the second dictionary (each: count, then (key delta, flags hash) sorted by key)
//
// Keys are sorted and delta-coded, so hashes compress a little.

const (
	modelMagic   = "DNER"
	modelVersion = 2
	// maxCount bounds every count read from a model file, so a corrupt file
	// cannot make the reader allocate without limit.
	maxCount = 1 << 26
)

//go:embed models
var embedded embed.FS

// Load returns the embedded model for a language ("de" or "en").
func Load(lang string) (*Model, error) {
	return LoadWith(lang)
}

// LoadWith loads the embedded model for lang with the extra gazetteers it was
// trained with (see TrainConfig.Extra). Without them, a model trained with the
// knowledge base loads its own copy (kb.Load); pass a KBGazetteer to share
// one.
func LoadWith(lang string, extra ...Gazetteer) (*Model, error) {
	data, err := embedded.ReadFile("models/" + lang + ".ner.gz")
	if err != nil {
		return nil, fmt.Errorf("load ner model %q: no embedded model: %w", lang, err)
	}
	m, err := Read(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("load ner model %q: %w", lang, err)
	}
	if err := m.attach(extra); err != nil {
		return nil, fmt.Errorf("load ner model %q: %w", lang, err)
	}
	return m, nil
}

// attach sets the extra gazetteers a model needs, loading the knowledge base
// when the model was trained with it and none is given.
func (m *Model) attach(extra []Gazetteer) error {
	if m.feats&(FeatTagger|FeatLemma) != 0 && m.tagger == nil {
		t, err := tag.Load(m.lang)
		if err != nil {
			return err
		}
		m.tagger = t
	}
	if len(extra) > 0 || len(m.extraNames) == 0 {
		m.extra = extra
		return nil
	}
	for _, name := range m.extraNames {
		if name != KBGazetteerName {
			return fmt.Errorf("model needs gazetteer %q", name)
		}
		k, err := kb.Load()
		if err != nil {
			return err
		}
		m.extra = append(m.extra, KBGazetteer{Matcher: k.Matcher(), Lang: m.lang})
	}
	return nil
}

// LoadFile reads a model file written by Save.
func LoadFile(path string) (*Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load ner model: %w", err)
	}
	defer f.Close()
	m, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("load ner model %s: %w", path, err)
	}
	if err := m.attach(nil); err != nil {
		return nil, fmt.Errorf("load ner model %s: %w", path, err)
	}
	return m, nil
}

// Save writes the model to path.
func (m *Model) Save(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("save ner model: %w", err)
	}
	if err := m.Write(f); err != nil {
		f.Close()
		return fmt.Errorf("save ner model %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("save ner model %s: %w", path, err)
	}
	return nil
}

type writer struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

func (w *writer) uv(x uint64) {
	n := binary.PutUvarint(w.buf[:], x)
	w.w.Write(w.buf[:n])
}

func (w *writer) str(s string) {
	w.uv(uint64(len(s)))
	w.w.WriteString(s)
}

func (w *writer) f32(f float32) {
	binary.LittleEndian.PutUint32(w.buf[:4], math.Float32bits(f))
	w.w.Write(w.buf[:4])
}

// Write writes the model in its file format.
func (m *Model) Write(out io.Writer) error {
	zw, err := gzip.NewWriterLevel(out, gzip.BestCompression)
	if err != nil {
		return err
	}
	w := &writer{w: bufio.NewWriter(zw)}
	w.w.WriteString(modelMagic)
	w.uv(modelVersion)
	w.str(m.lang)
	w.str(m.info)
	w.uv(uint64(len(m.classes)))
	for _, c := range m.classes {
		w.str(c)
	}
	for _, v := range m.trans {
		w.f32(v)
	}
	for _, v := range m.start {
		w.f32(v)
	}
	w.f32(m.oPenalty)
	// lexicon
	var lexKeys []uint64
	if m.lex != nil {
		w.uv(uint64(m.lex.maxLen))
		for k := range m.lex.all() {
			lexKeys = append(lexKeys, k)
		}
	} else {
		w.uv(0)
	}
	slices.Sort(lexKeys)
	w.uv(uint64(len(lexKeys)))
	prev := uint64(0)
	for _, k := range lexKeys {
		w.uv(k - prev)
		prev = k
		v, _ := m.lex.get(k)
		w.uv(uint64(v))
	}
	// words
	var wordKeys []uint64
	if m.words != nil {
		for k := range m.words.all() {
			wordKeys = append(wordKeys, k)
		}
	}
	slices.Sort(wordKeys)
	w.uv(uint64(len(wordKeys)))
	prev = 0
	for _, k := range wordKeys {
		w.uv(k - prev)
		prev = k
		wi, _ := m.words.lookup(k)
		for _, c := range wi.cluster {
			w.uv(uint64(c))
		}
		w.w.WriteByte(wi.capRatio)
		w.w.WriteByte(wi.freq)
		w.w.WriteByte(wi.pos)
		w.w.WriteByte(wi.ctx)
	}
	// weights: codebook, then features sorted by hash with one code per label
	t := &m.tab
	for _, v := range t.code {
		w.f32(v)
	}
	keys, rows := t.entries()
	w.uv(uint64(len(keys)))
	prev = 0
	for k, h := range keys {
		w.uv(h - prev)
		prev = h
		w.w.Write(rows[k*(m.nlab-1) : (k+1)*(m.nlab-1)])
	}
	w.uv(uint64(len(m.extraNames)))
	for _, n := range m.extraNames {
		w.str(n)
	}
	w.uv(m.feats)
	w.uv(uint64(len(m.classBias)))
	for _, b := range m.classBias {
		w.f32(b)
	}
	w.dict(m.dict)
	w.dict(m.dict2)
	if err := w.w.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

type reader struct {
	r   *bufio.Reader
	err error
}

func (r *reader) uv() uint64 {
	if r.err != nil {
		return 0
	}
	x, err := binary.ReadUvarint(r.r)
	if err != nil {
		r.err = err
	}
	return x
}

func (r *reader) count() int {
	n := r.uv()
	if n > maxCount {
		if r.err == nil {
			r.err = fmt.Errorf("count %d out of range", n)
		}
		return 0
	}
	return int(n)
}

func (r *reader) byte() byte {
	if r.err != nil {
		return 0
	}
	b, err := r.r.ReadByte()
	if err != nil {
		r.err = err
	}
	return b
}

func (r *reader) str() string {
	n := r.count()
	if r.err != nil {
		return ""
	}
	if n > 1<<16 {
		r.err = fmt.Errorf("string length %d out of range", n)
		return ""
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r.r, b); err != nil {
		r.err = err
	}
	return string(b)
}

func (r *reader) f32() float32 {
	var b [4]byte
	if r.err != nil {
		return 0
	}
	if _, err := io.ReadFull(r.r, b[:]); err != nil {
		r.err = err
	}
	return math.Float32frombits(binary.LittleEndian.Uint32(b[:]))
}

// dict writes a dictionary section: count, then (key delta, flags hash)
// sorted by key.
func (w *writer) dict(d *Dictionary) {
	var keys []uint64
	if d != nil {
		for k := range d.all() {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	w.uv(uint64(len(keys)))
	prev := uint64(0)
	for _, k := range keys {
		w.uv(k - prev)
		prev = k
		f, _ := d.get(k)
		w.uv(uint64(f))
	}
}

// dict reads what writer.dict wrote; nil for an empty section.
func (r *reader) dict() *Dictionary {
	n := r.count()
	if n == 0 || r.err != nil {
		return nil
	}
	d := &Dictionary{tab: newHashTable[uint32](n)}
	key := uint64(0)
	for i := 0; i < n && r.err == nil; i++ {
		key += r.uv()
		d.tab.put(key, uint32(r.uv()))
	}
	d.index()
	return d
}

// Read reads a model in its file format.
func Read(in io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(in)
	if err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	defer zr.Close()
	r := &reader{r: bufio.NewReader(zr)}
	var magic [4]byte
	if _, err := io.ReadFull(r.r, magic[:]); err != nil || string(magic[:]) != modelMagic {
		return nil, errors.New("read ner model: not a dossier NER model")
	}
	version := r.uv()
	if r.err == nil && (version < 1 || version > modelVersion) {
		return nil, fmt.Errorf("read ner model: version %d, want 1 to %d", version, modelVersion)
	}
	lang, info := r.str(), r.str()
	nc := r.count()
	if r.err == nil && (nc == 0 || nc > 100) {
		return nil, fmt.Errorf("read ner model: %d classes", nc)
	}
	classes := make([]string, 0, nc)
	for i := 0; i < nc && r.err == nil; i++ {
		classes = append(classes, r.str())
	}
	if r.err != nil {
		return nil, fmt.Errorf("read ner model: %w", r.err)
	}
	// the tables are filled straight into their look-up form (index), as
	// they are never changed after loading
	lex := &Lexicon{}
	words := &WordTable{}
	m := newModel(lang, classes, lex, words)
	m.info = info
	tr := make([]float32, m.nlab*m.nlab)
	for i := range tr {
		tr[i] = r.f32()
	}
	m.setTrans(tr)
	for i := range m.start {
		m.start[i] = r.f32()
	}
	m.oPenalty = r.f32()
	lex.maxLen = r.count()
	n := r.count()
	key := uint64(0)
	lex.tab = newHashTable[uint32](n)
	for i := 0; i < n && r.err == nil; i++ {
		key += r.uv()
		lex.tab.put(key, uint32(r.uv()))
	}
	lex.index()
	n = r.count()
	key = 0
	words.tab = newHashTable[wordInfo](n)
	for i := 0; i < n && r.err == nil; i++ {
		key += r.uv()
		var wi wordInfo
		for k := range wi.cluster {
			wi.cluster[k] = uint16(r.uv())
		}
		wi.capRatio = r.byte()
		wi.freq = r.byte()
		wi.pos = r.byte()
		if version >= 2 {
			wi.ctx = r.byte()
		}
		words.tab.put(key, wi)
	}
	words.index()
	var code [256]float32
	for i := range code {
		code[i] = r.f32()
	}
	n = r.count()
	keys := make([]uint64, 0, n)
	rows := make([]byte, 0, n*(m.nlab-1))
	key = 0
	for i := 0; i < n && r.err == nil; i++ {
		key += r.uv()
		keys = append(keys, key)
		for l := 1; l < m.nlab; l++ {
			rows = append(rows, r.byte())
		}
	}
	n = r.count()
	for i := 0; i < n && r.err == nil; i++ {
		m.extraNames = append(m.extraNames, r.str())
	}
	if version >= 2 {
		m.feats = r.uv()
		n = r.count()
		if r.err == nil && n != 0 && n != len(classes) {
			return nil, fmt.Errorf("read ner model: %d class biases for %d classes", n, len(classes))
		}
		for i := 0; i < n && r.err == nil; i++ {
			m.classBias = append(m.classBias, r.f32())
		}
		m.dict = r.dict()
		m.dict2 = r.dict()
	}
	if r.err != nil {
		return nil, fmt.Errorf("read ner model: %w", r.err)
	}
	m.tab = newWeightTable(m.nlab, keys, rows, code)
	return m, nil
}
