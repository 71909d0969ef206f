package parse

import (
	"errors"
	"io"
	"strings"
	"testing"
)

// line builds one CoNLL-U word line from its id, form, lemma, tag, head and
// relation.
func line(id, form, lemma, upos, head, rel string) string {
	return strings.Join([]string{id, form, lemma, upos, "_", "_", head, rel, "_", "_"}, "\t")
}

func TestTreebankReader(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		forms []string
		heads []int
		rels  []string
	}{
		{
			name: "plain",
			text: strings.Join([]string{
				"# sent_id = a",
				line("1", "Rebels", "rebel", "NOUN", "2", "nsubj"),
				line("2", "shelled", "shell", "VERB", "0", "root"),
				line("3", "towns", "town", "NOUN", "2", "obj"),
			}, "\n") + "\n",
			forms: []string{"Rebels", "shelled", "towns"},
			heads: []int{2, 0, 2},
			rels:  []string{"nsubj", "root", "obj"},
		},
		{
			// A fused preposition and article becomes one node that
			// stands for the preposition; the noun keeps its head.
			name: "fused",
			text: strings.Join([]string{
				line("1", "Er", "er", "PRON", "2", "nsubj"),
				line("2", "kam", "kommen", "VERB", "0", "root"),
				"3-4\tzum\t_\t_\t_\t_\t_\t_\t_\t_",
				line("3", "zu", "zu", "ADP", "5", "case"),
				line("4", "dem", "der", "DET", "5", "det"),
				line("5", "Treffen", "Treffen", "NOUN", "2", "obl"),
			}, "\n") + "\n",
			forms: []string{"Er", "kam", "zum", "Treffen"},
			heads: []int{2, 0, 4, 2},
			rels:  []string{"nsubj", "root", "case", "obl"},
		},
		{
			// A token its parts spell stays split; empty nodes go.
			name: "spelled and empty node",
			text: strings.Join([]string{
				"1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
				line("1", "do", "do", "AUX", "3", "aux"),
				line("2", "n't", "not", "PART", "3", "advmod"),
				line("3", "go", "go", "VERB", "0", "root"),
				line("3.1", "you", "you", "PRON", "_", "_"),
			}, "\n"),
			forms: []string{"do", "n't", "go"},
			heads: []int{3, 3, 0},
			rels:  []string{"aux", "advmod", "root"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := NewTreebankReader(strings.NewReader(tc.text))
			tr, err := r.Next()
			if err != nil {
				t.Fatal(err)
			}
			if len(tr.Nodes) != len(tc.forms) {
				t.Fatalf("%d nodes, want %d: %+v", len(tr.Nodes), len(tc.forms), tr.Nodes)
			}
			for i, n := range tr.Nodes {
				if n.Form != tc.forms[i] || n.Head != tc.heads[i] || n.Deprel != tc.rels[i] {
					t.Errorf("node %d = %s/%d/%s, want %s/%d/%s", i+1, n.Form, n.Head, n.Deprel, tc.forms[i], tc.heads[i], tc.rels[i])
				}
			}
			if _, err := r.Next(); !errors.Is(err, io.EOF) {
				t.Errorf("after the last sentence: %v, want io.EOF", err)
			}
		})
	}
}

func TestTreebankReaderErrors(t *testing.T) {
	tests := []struct{ name, text string }{
		{"columns", "1\tx\n"},
		{"order", line("2", "x", "x", "X", "0", "root") + "\n"},
		{"head outside", line("1", "x", "x", "X", "5", "dep") + "\n"},
		{"self head", line("1", "x", "x", "X", "1", "dep") + "\n"},
		{"no root", line("1", "x", "x", "X", "2", "dep") + "\n" + line("2", "y", "y", "X", "1", "dep") + "\n"},
		{"bad range", "2-1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := NewTreebankReader(strings.NewReader(tc.text)).Next(); err == nil || errors.Is(err, io.EOF) {
				t.Errorf("got %v, want an error", err)
			}
		})
	}
}

// FuzzTreebankReader checks that no input makes the reader panic, and that
// every tree it returns has heads inside the sentence.
func FuzzTreebankReader(f *testing.F) {
	f.Add(line("1", "a", "a", "X", "0", "root") + "\n\n")
	f.Add("1-2\tim\t_\t_\t_\t_\t_\t_\t_\t_\n" + line("1", "in", "in", "ADP", "3", "case") + "\n" + line("2", "dem", "der", "DET", "3", "det") + "\n" + line("3", "Haus", "Haus", "NOUN", "0", "root") + "\n")
	f.Add("# text = x\n" + line("1", "a", "a", "X", "2", "dep") + "\n" + line("2", "b", "b", "X", "0", "root") + "\n")
	f.Fuzz(func(t *testing.T, s string) {
		r := NewTreebankReader(strings.NewReader(s))
		for range 100 {
			tr, err := r.Next()
			if err != nil {
				return
			}
			for i, n := range tr.Nodes {
				if n.Head < 0 || n.Head > len(tr.Nodes) || n.Head == i+1 {
					t.Fatalf("node %d: head %d in a sentence of %d", i+1, n.Head, len(tr.Nodes))
				}
			}
			_ = tr.Projective()
		}
	})
}
