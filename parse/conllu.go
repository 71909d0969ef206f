package parse

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Node is one word of a treebank sentence after multiword tokens are
// resolved the way a tokenizer sees them (see ReadTreebank): the columns the
// parser learns from.
type Node struct {
	Form   string
	Lemma  string
	UPOS   string
	Head   int    // 1-based index of the head node, 0 for the root
	Deprel string // as in the treebank, with its subtype ("nsubj:pass")
}

// Tree is one sentence of a treebank.
type Tree struct {
	ID    string
	Nodes []Node
}

// cword is one syntactic word as the file gives it.
type cword struct {
	Node
	id int
}

type crange struct {
	first, last int
	form        string
}

// TreebankReader reads CoNLL-U sentences with their dependency columns. The
// reader in package tag keeps only forms, lemmas and tags, and the parser needs
// HEAD and DEPREL too.
type TreebankReader struct {
	sc    *bufio.Scanner
	line  int
	words []cword
	multi []crange
}

// NewTreebankReader returns a reader of the CoNLL-U text in r.
func NewTreebankReader(r io.Reader) *TreebankReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4<<20)
	return &TreebankReader{sc: sc}
}

// Next returns the next sentence, or io.EOF after the last one. A malformed
// line is an error naming its line number; the reader cannot go on after it.
//
// A multiword token whose parts spell it exactly ("do"+"n't") stays split, as
// a tokenizer may split it; any other ("im" = "in dem", "zum") becomes one
// node that stands for its first part that is not a determiner or pronoun
// (the preposition): it takes that part's lemma, tag, head and relation, and
// words whose head was any of the parts now depend on it.
func (r *TreebankReader) Next() (*Tree, error) {
	r.words, r.multi = r.words[:0], r.multi[:0]
	var id string
	started := false
	for r.sc.Scan() {
		r.line++
		line := strings.TrimRight(r.sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			if started {
				t, err := r.finish(id)
				if err != nil {
					return nil, fmt.Errorf("conllu line %d: %w", r.line, err)
				}
				return t, nil
			}
			continue
		}
		started = true
		if line[0] == '#' {
			k, v, ok := strings.Cut(strings.TrimSpace(line[1:]), "=")
			if ok && strings.TrimSpace(k) == "sent_id" {
				id = strings.TrimSpace(v)
			}
			continue
		}
		if err := r.addLine(line); err != nil {
			return nil, fmt.Errorf("conllu line %d: %w", r.line, err)
		}
	}
	if err := r.sc.Err(); err != nil {
		return nil, fmt.Errorf("conllu line %d: %w", r.line+1, err)
	}
	if started && (len(r.words) > 0 || len(r.multi) > 0) {
		t, err := r.finish(id)
		if err != nil {
			return nil, fmt.Errorf("conllu line %d: %w", r.line, err)
		}
		return t, nil
	}
	return nil, io.EOF
}

func (r *TreebankReader) addLine(line string) error {
	cols := strings.Split(line, "\t")
	if len(cols) != 10 {
		return fmt.Errorf("%d columns, want 10", len(cols))
	}
	id := cols[0]
	if strings.Contains(id, ".") {
		return nil // empty node: no surface form, not in the basic tree
	}
	if a, b, ok := strings.Cut(id, "-"); ok {
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || first < 1 || last < first {
			return fmt.Errorf("bad range id %q", id)
		}
		r.multi = append(r.multi, crange{first: first, last: last, form: cols[1]})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil {
		return fmt.Errorf("bad id %q", id)
	}
	if n != len(r.words)+1 {
		return fmt.Errorf("word id %d out of order (want %d)", n, len(r.words)+1)
	}
	if cols[1] == "" || cols[3] == "" || cols[7] == "" {
		return errors.New("empty form, UPOS or DEPREL")
	}
	h, err := strconv.Atoi(cols[6])
	if err != nil || h < 0 {
		return fmt.Errorf("bad head %q", cols[6])
	}
	r.words = append(r.words, cword{id: n, Node: Node{Form: cols[1], Lemma: cols[2], UPOS: cols[3], Head: h, Deprel: cols[7]}})
	return nil
}

// finish checks the sentence and resolves its multiword tokens.
func (r *TreebankReader) finish(id string) (*Tree, error) {
	n := len(r.words)
	if n == 0 {
		return nil, errors.New("sentence without words")
	}
	roots := 0
	for i, w := range r.words {
		if w.Head > n || w.Head == i+1 {
			return nil, fmt.Errorf("word %d: head %d outside the sentence or itself", i+1, w.Head)
		}
		if w.Head == 0 {
			roots++
		}
	}
	if roots == 0 {
		return nil, errors.New("sentence without a root")
	}
	// newID maps each syntactic word (1-based) to its node (1-based).
	newID := make([]int, n+1)
	keep := make([]bool, n+1)
	prev := 0
	for _, m := range r.multi {
		if m.first <= prev || m.last > n {
			return nil, fmt.Errorf("range %d-%d outside the sentence or overlapping", m.first, m.last)
		}
		prev = m.last
	}
	for i := 1; i <= n; i++ {
		keep[i] = true
		newID[i] = i
	}
	for _, m := range r.multi {
		parts := r.words[m.first-1 : m.last]
		var b strings.Builder
		for _, p := range parts {
			b.WriteString(p.Form)
		}
		if b.String() == m.form {
			continue
		}
		head := m.first
		for k, p := range parts {
			if p.UPOS != "DET" && p.UPOS != "PRON" {
				head = m.first + k
				break
			}
		}
		for k := m.first; k <= m.last; k++ {
			keep[k] = false
			newID[k] = head
		}
		keep[head] = true
		r.words[head-1].Form = m.form
	}
	// Renumber the kept words.
	num := make([]int, n+1)
	next := 0
	for i := 1; i <= n; i++ {
		if keep[i] {
			next++
			num[i] = next
		}
	}
	t := &Tree{ID: id, Nodes: make([]Node, 0, next)}
	for i := 1; i <= n; i++ {
		if !keep[i] {
			continue
		}
		w := r.words[i-1].Node
		if w.Head != 0 {
			w.Head = num[newID[w.Head]]
		}
		if w.Head != 0 && w.Head == num[i] {
			// The kept part depended on another part of its own fused
			// token: climb to the first head outside the token.
			h := r.words[i-1].Head
			for steps := 0; h != 0 && newID[h] == newID[i] && steps <= n; steps++ {
				h = r.words[h-1].Head
			}
			w.Head = 0
			if h != 0 && newID[h] != newID[i] {
				w.Head = num[newID[h]]
			}
		}
		t.Nodes = append(t.Nodes, w)
	}
	return t, nil
}

// ReadTreebank reads every sentence of the CoNLL-U files.
func ReadTreebank(paths ...string) ([]*Tree, error) {
	var out []*Tree
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("read treebank: %w", err)
		}
		r := NewTreebankReader(f)
		for {
			t, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				f.Close()
				return nil, fmt.Errorf("read treebank %s: %w", p, err)
			}
			out = append(out, t)
		}
		f.Close()
	}
	return out, nil
}
