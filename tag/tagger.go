// Package tag assigns Universal POS tags (UPOS) and lemmas to tokens.
//
// The tagger is a greedy left-to-right averaged perceptron over hashed
// features (word, affixes, shape, neighbouring words and the two previous
// tags); the lemmatiser combines a lexicon and suffix edit scripts learned
// from the same treebank with hand-written irregular verb tables. Both are
// trained by our own code (Train, or `dossier train tagger`) on Universal
// Dependencies treebanks; the trained models for English and German are
// embedded in the package and loaded with Load. See MODEL.md.
package tag

import (
	"bufio"
	"compress/gzip"
	"embed"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/internal/countw"
)

//go:embed models/*.model.gz
var embedded embed.FS

// Model format versions: v2 adds the ambiguity lexicon after the
// lemmatiser; v1 files still load, without one.
const (
	magicV1 = "dossier-tagger\x00v1"
	magic   = "dossier-tagger\x00v2"
)

// Tagger tags and lemmatises tokens of one language. It is safe for
// concurrent use.
type Tagger struct {
	lang string
	tags []string
	w    *weights
	lem  *lemmatizer
	amb  *ambLexicon // nil in a v1 model
	// tagIDs indexes tags, for evaluation.
	tagIDs map[string]int
	c      *compiled // the fast path for w and lem
}

// Lang returns the ISO 639-1 code of the tagger's language.
func (t *Tagger) Lang() string { return t.lang }

// Tags returns the tag set.
func (t *Tagger) Tags() []string { return append([]string(nil), t.tags...) }

// Features returns the number of features the model keeps.
func (t *Tagger) Features() int { return t.w.len() }

// Load returns the embedded tagger for lang ("en" or "de").
func Load(lang string) (*Tagger, error) {
	f, err := embedded.Open("models/" + lang + ".model.gz")
	if err != nil {
		return nil, fmt.Errorf("tag: no model for language %q", lang)
	}
	defer f.Close()
	t, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("tag: load model %s: %w", lang, err)
	}
	return t, nil
}

// LoadFile reads a model written by WriteFile.
func LoadFile(path string) (*Tagger, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("tag: load model: %w", err)
	}
	defer f.Close()
	t, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("tag: load model %s: %w", path, err)
	}
	return t, nil
}

// Tag fills POS and Lemma of the tokens of one sentence in place.
func (t *Tagger) Tag(tokens []dossier.Token) {
	if len(tokens) == 0 {
		return
	}
	t.c.tag(tokens)
}

// setWeights installs trained weights and derives the fast path from them
// and the lemmatiser, which must be set first.
func (t *Tagger) setWeights(w *weights) {
	w.pack()
	t.w = w
	t.c = compile(w, t.tags, t.lem, t.amb)
}

// WriteTo writes the model, gzip-compressed, in the format Read reads.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	cw := &countw.Writer{W: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	e := &encoder{w: bufio.NewWriter(zw)}
	e.str(magic)
	e.str(t.lang)
	e.uvarint(uint64(len(t.tags)))
	for _, s := range t.tags {
		e.str(s)
	}
	e.f64(t.w.scale)
	e.uvarint(uint64(t.w.len()))
	// Rows are sparse (most features only ever touched a few tags): a bit
	// mask of the non-zero weights, then those weights as varints.
	t.w.each(func(key uint64, row []int16) {
		e.u64(key)
		var m uint64
		for i, v := range row {
			if v != 0 {
				m |= 1 << i
			}
		}
		e.uvarint(m)
		for _, v := range row {
			if v != 0 {
				e.varint(int64(v))
			}
		}
	})
	t.lem.write(e)
	t.amb.write(e)
	if e.err == nil {
		e.err = e.w.Flush()
	}
	if e.err == nil {
		e.err = zw.Close()
	}
	return cw.N, e.err
}

// WriteFile writes the model to path.
func (t *Tagger) WriteFile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	if _, err := t.WriteTo(f); err != nil {
		f.Close()
		return fmt.Errorf("write model %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write model %s: %w", path, err)
	}
	return nil
}

// Read reads a model written by WriteTo.
func Read(r io.Reader) (*Tagger, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	d := &decoder{r: bufio.NewReaderSize(zr, 64<<10)}
	version := d.str()
	if version != magic && version != magicV1 {
		if d.err != nil {
			return nil, d.err
		}
		return nil, errors.New("not a tagger model")
	}
	t := &Tagger{lang: d.str()}
	nTags := d.count(maxTags)
	for i := 0; i < nTags && d.err == nil; i++ {
		t.tags = append(t.tags, d.str())
	}
	if d.err == nil && nTags == 0 {
		return nil, fmt.Errorf("%w: no tags", errCorrupt)
	}
	scale := d.f64()
	nFeat := d.count(1 << 26)
	if d.err != nil {
		return nil, d.err
	}
	w := newWeights(nTags, nFeat, scale)
	row := make([]int16, nTags)
	for i := 0; i < nFeat && d.err == nil; i++ {
		key := d.u64()
		m := d.uvarint()
		if m>>nTags != 0 {
			return nil, fmt.Errorf("%w: bad row mask", errCorrupt)
		}
		for j := range row {
			row[j] = 0
			if m&(1<<j) != 0 {
				row[j] = int16(d.varint())
			}
		}
		w.insert(key, row)
	}
	t.lem = readLemmatizer(d)
	if version == magic {
		t.amb = readAmbLexicon(d, t.lang)
	}
	if d.err != nil {
		return nil, d.err
	}
	t.setWeights(w)
	t.index()
	return t, nil
}

func (t *Tagger) index() {
	t.tagIDs = make(map[string]int, len(t.tags))
	for i, s := range t.tags {
		t.tagIDs[s] = i
	}
}
