package tag

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Word is one syntactic word of a CoNLL-U sentence: the columns the tagger
// learns from.
type Word struct {
	Form  string
	Lemma string
	UPOS  string
}

// MultiToken is a CoNLL-U range line ("3-4 don't"): one surface token that
// stands for the syntactic words First..Last (1-based, inclusive).
type MultiToken struct {
	First, Last int
	Form        string
}

// Sentence is one CoNLL-U sentence. Empty nodes (decimal ids) are dropped:
// they have no surface form.
type Sentence struct {
	ID    string // from "# sent_id = ..."
	Text  string // from "# text = ..."
	Words []Word
	Multi []MultiToken
}

// CoNLLUReader reads sentences from CoNLL-U text one at a time.
type CoNLLUReader struct {
	sc   *bufio.Scanner
	line int
}

// NewCoNLLUReader returns a reader of the CoNLL-U text in r.
func NewCoNLLUReader(r io.Reader) *CoNLLUReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4<<20)
	return &CoNLLUReader{sc: sc}
}

// Next returns the next sentence, or io.EOF after the last one. A malformed
// line is an error that names its line number; the reader cannot go on after it.
func (r *CoNLLUReader) Next() (*Sentence, error) {
	var s *Sentence
	for r.sc.Scan() {
		r.line++
		line := strings.TrimRight(r.sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			if s != nil {
				if err := s.check(); err != nil {
					return nil, fmt.Errorf("conllu line %d: %w", r.line, err)
				}
				return s, nil
			}
			continue
		}
		if s == nil {
			s = &Sentence{}
		}
		if line[0] == '#' {
			k, v, ok := strings.Cut(strings.TrimSpace(line[1:]), "=")
			if ok {
				switch strings.TrimSpace(k) {
				case "sent_id":
					s.ID = strings.TrimSpace(v)
				case "text":
					s.Text = strings.TrimSpace(v)
				}
			}
			continue
		}
		if err := s.addLine(line); err != nil {
			return nil, fmt.Errorf("conllu line %d: %w", r.line, err)
		}
	}
	if err := r.sc.Err(); err != nil {
		return nil, fmt.Errorf("conllu line %d: %w", r.line+1, err)
	}
	if s != nil && (len(s.Words) > 0 || len(s.Multi) > 0) {
		if err := s.check(); err != nil {
			return nil, fmt.Errorf("conllu line %d: %w", r.line, err)
		}
		return s, nil
	}
	return nil, io.EOF
}

func (s *Sentence) addLine(line string) error {
	cols := strings.Split(line, "\t")
	if len(cols) != 10 {
		return fmt.Errorf("%d columns, want 10", len(cols))
	}
	id := cols[0]
	if strings.Contains(id, ".") {
		return nil // empty node
	}
	if a, b, ok := strings.Cut(id, "-"); ok {
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || first < 1 || last < first {
			return fmt.Errorf("bad range id %q", id)
		}
		s.Multi = append(s.Multi, MultiToken{First: first, Last: last, Form: cols[1]})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil {
		return fmt.Errorf("bad id %q", id)
	}
	if n != len(s.Words)+1 {
		return fmt.Errorf("word id %d out of order (want %d)", n, len(s.Words)+1)
	}
	if cols[1] == "" || cols[3] == "" {
		return errors.New("empty form or UPOS")
	}
	s.Words = append(s.Words, Word{Form: cols[1], Lemma: cols[2], UPOS: cols[3]})
	return nil
}

func (s *Sentence) check() error {
	if len(s.Words) == 0 {
		return errors.New("sentence without words")
	}
	prev := 0
	for _, m := range s.Multi {
		if m.First <= prev || m.Last > len(s.Words) {
			return fmt.Errorf("range %d-%d outside the sentence or overlapping", m.First, m.Last)
		}
		prev = m.Last
	}
	return nil
}

// ReadCoNLLU reads every sentence of r.
func ReadCoNLLU(r io.Reader) ([]*Sentence, error) {
	cr := NewCoNLLUReader(r)
	var out []*Sentence
	for {
		s, err := cr.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// Surface returns the sentence as a tokenizer would see it. A multiword token
// whose parts spell it exactly ("do"+"n't", "Bush"+"'s") stays split when
// split is true, since a tokenizer may split it too; any other multiword
// token ("im" = "in dem", or split is false) becomes one token that takes the
// tag and lemma of its first part that is not a determiner or pronoun, or else of
// its first part: "im" is ADP "in", "zum" ADP "zu", "don't" AUX "do".
func (s *Sentence) Surface(split bool) []Word {
	out := make([]Word, 0, len(s.Words))
	next := 1
	for _, m := range s.Multi {
		for ; next < m.First; next++ {
			out = append(out, s.Words[next-1])
		}
		parts := s.Words[m.First-1 : m.Last]
		spelled := true
		var b strings.Builder
		for _, p := range parts {
			b.WriteString(p.Form)
		}
		if b.String() != m.Form {
			spelled = false
		}
		if split && spelled {
			out = append(out, parts...)
		} else {
			head := parts[0]
			for _, p := range parts {
				if p.UPOS != "DET" && p.UPOS != "PRON" {
					head = p
					break
				}
			}
			out = append(out, Word{Form: m.Form, Lemma: head.Lemma, UPOS: head.UPOS})
		}
		next = m.Last + 1
	}
	for ; next <= len(s.Words); next++ {
		out = append(out, s.Words[next-1])
	}
	return out
}
