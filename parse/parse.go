// Package parse finds the syntactic head and relation of every token of a
// sentence: a labelled dependency parser over Universal Dependencies
// relations, for finding who did what to whom.
//
// The parser is greedy and transition-based (arc-hybrid, see state.go), with
// two averaged perceptrons over hashed features of the words, lemmas and tags
// around the stack and buffer: one picks the move, the other the relation of
// each arc. It reads tokens tagged by package tag (POS and Lemma set), and it
// is trained on tags that package predicted, so that it learns the tagger's
// mistakes. Models for English and German are embedded and loaded with Load;
// Train and `dossier train parse` make them. See MODEL.md.
package parse

import (
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/dossier-news/dossier"
)

//go:embed models/*.model.gz
var embedded embed.FS

// Arc is the head and relation of one token.
type Arc struct {
	Head  int // index of the head token in the sentence, -1 for the root
	Label Label
}

// Parser parses the sentences of one language. It is safe for concurrent use.
type Parser struct {
	lang  string
	moves *table
	rels  *table
	pool  sync.Pool // *scratch
}

// scratch is the state and buffers of one parse, kept between sentences so
// that parsing allocates nothing.
type scratch struct {
	st     state
	feats  [maxFeatures]uint32
	scores [numLabels]float32
}

func newParser(lang string, moves, rels *table) *Parser {
	p := &Parser{lang: lang, moves: moves, rels: rels}
	p.pool.New = func() any { return new(scratch) }
	return p
}

// Lang returns the ISO 639-1 code of the parser's language.
func (p *Parser) Lang() string { return p.lang }

// Features returns the numbers of features of the move and relation models.
func (p *Parser) Features() (moves, relations int) { return p.moves.len(), p.rels.len() }

// Load returns the embedded parser for lang ("en" or "de").
func Load(lang string) (*Parser, error) {
	f, err := embedded.Open("models/" + lang + ".model.gz")
	if err != nil {
		return nil, fmt.Errorf("parse: no model for language %q", lang)
	}
	defer f.Close()
	p, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("parse: load model %s: %w", lang, err)
	}
	return p, nil
}

// LoadFile reads a model written by WriteFile.
func LoadFile(path string) (*Parser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("parse: load model: %w", err)
	}
	defer f.Close()
	p, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("parse: load model %s: %w", path, err)
	}
	return p, nil
}

// WriteFile writes the model to path.
func (p *Parser) WriteFile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("parse: write model: %w", err)
	}
	if _, err := p.WriteTo(f); err != nil {
		f.Close()
		return fmt.Errorf("parse: write model %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("parse: write model %s: %w", path, err)
	}
	return nil
}

// Parse returns the head and relation of each token of one sentence. The
// tokens must carry POS and Lemma (see package tag).
func (p *Parser) Parse(tokens []dossier.Token) []Arc {
	return p.ParseTo(make([]Arc, 0, len(tokens)), tokens)
}

// ParseTo is Parse appending to dst; with a dst of enough capacity it
// allocates nothing.
func (p *Parser) ParseTo(dst []Arc, tokens []dossier.Token) []Arc {
	if len(tokens) == 0 {
		return dst
	}
	s := p.pool.Get().(*scratch)
	st := &s.st
	st.setWords(tokens)
	p.run(s)
	for k := 1; k <= len(tokens); k++ {
		dst = append(dst, Arc{Head: int(st.head[k]) - 1, Label: Label(st.label[k])})
	}
	p.pool.Put(s)
	return dst
}

// run parses the words in s.st.
func (p *Parser) run(s *scratch) {
	st := &s.st
	var ok [numMoves]bool
	for !st.done() {
		st.valid(&ok)
		n := st.moveFeatures(&s.feats)
		p.moves.scores(s.feats[:n], s.scores[:numMoves])
		move := bestMove(s.scores[:numMoves], &ok)
		var lab uint8
		if move != shift {
			lab = p.relation(s, move)
		}
		st.apply(move, lab)
	}
}

func bestMove(sc []float32, ok *[numMoves]bool) int {
	best := -1
	for m := range numMoves {
		if ok[m] && (best < 0 || sc[m] > sc[best]) {
			best = m
		}
	}
	return best
}

// arcOf returns the dependent and head of the arc that move makes.
func (st *state) arcOf(move int) (d, h int32) {
	d = st.at(0)
	if move == left {
		return d, st.i
	}
	return d, st.at(1)
}

// relation picks the label of the arc move makes: root for the root's
// dependent, else the best relation other than root.
func (p *Parser) relation(s *scratch, move int) uint8 {
	st := &s.st
	d, h := st.arcOf(move)
	if h == 0 {
		return uint8(Root)
	}
	n := st.labelFeatures(d, h, move, &s.feats)
	p.rels.scores(s.feats[:n], s.scores[:])
	return bestLabel(s.scores[:])
}

func bestLabel(sc []float32) uint8 {
	best := -1
	for l := range sc {
		if Label(l) == Root {
			continue
		}
		if best < 0 || sc[l] > sc[best] {
			best = l
		}
	}
	return uint8(best)
}

// gzipReader is split out so Read can be fuzzed on the decoded format.
func gzipReader(r io.Reader) (io.Reader, error) {
	return gzip.NewReader(r)
}
