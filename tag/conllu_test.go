package tag

import (
	"io"
	"reflect"
	"strings"
	"testing"
)

// A hand-written CoNLL-U fragment: a contraction, an empty node, comments.
const sample = `# sent_id = t1
# text = We don't know.
1-2	don't	_	_	_	_	_	_	_	_
1	do	do	AUX	VBP	_	3	aux	_	_
2	n't	not	PART	RB	_	3	advmod	_	_
3	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
3.1	knew	know	VERB	VBD	_	_	_	_	_
4	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = t2
# text = Sie war im Haus.
1	Sie	sie	PRON	PPER	_	2	nsubj	_	_
2	war	sein	AUX	VAFIN	_	0	root	_	_
3-4	im	_	_	_	_	_	_	_	_
3	in	in	ADP	APPR	_	5	case	_	_
4	dem	der	DET	ART	_	5	det	_	_
5	Haus	Haus	NOUN	NN	_	2	obl	_	SpaceAfter=No
6	.	.	PUNCT	$.	_	2	punct	_	_
`

func TestReadCoNLLU(t *testing.T) {
	ss, err := ReadCoNLLU(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 2 {
		t.Fatalf("got %d sentences, want 2", len(ss))
	}
	if ss[0].ID != "t1" || ss[0].Text != "We don't know." {
		t.Errorf("comments: got %q %q", ss[0].ID, ss[0].Text)
	}
	if len(ss[0].Words) != 4 {
		t.Errorf("first sentence: %d words, want 4 (empty node dropped)", len(ss[0].Words))
	}
	tests := []struct {
		s     int
		split bool
		want  []Word
	}{
		{0, true, []Word{{"do", "do", "AUX"}, {"n't", "not", "PART"}, {"know", "know", "VERB"}, {".", ".", "PUNCT"}}},
		{0, false, []Word{{"don't", "do", "AUX"}, {"know", "know", "VERB"}, {".", ".", "PUNCT"}}},
		// "im" is not spelled by its parts: one token, ADP "in".
		{1, true, []Word{{"Sie", "sie", "PRON"}, {"war", "sein", "AUX"}, {"im", "in", "ADP"}, {"Haus", "Haus", "NOUN"}, {".", ".", "PUNCT"}}},
	}
	for _, tc := range tests {
		if got := ss[tc.s].Surface(tc.split); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Surface(%d, %v) = %v, want %v", tc.s, tc.split, got, tc.want)
		}
	}
}

func TestReadCoNLLUErrors(t *testing.T) {
	bad := []string{
		"1\tonly\tthree\n",
		"2\tx\tx\tNOUN\t_\t_\t0\troot\t_\t_\n", // id out of order
		"1-3\tx\t_\t_\t_\t_\t_\t_\t_\t_\n1\tx\tx\tX\t_\t_\t0\troot\t_\t_\n", // range past the end
		"a\tx\tx\tNOUN\t_\t_\t0\troot\t_\t_\n",
	}
	for _, in := range bad {
		if _, err := ReadCoNLLU(strings.NewReader(in)); err == nil {
			t.Errorf("no error for %q", in)
		}
	}
}

func FuzzCoNLLU(f *testing.F) {
	f.Add(sample)
	f.Add("1\tx\tx\tX\t_\t_\t0\troot\t_\t_\n\n\n")
	f.Add("# text = a\n1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\ta\tX\t_\t_\t0\t_\t_\t_\n2\tb\tb\tX\t_\t_\t1\t_\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		r := NewCoNLLUReader(strings.NewReader(in))
		for i := 0; i < 1000; i++ {
			s, err := r.Next()
			if err != nil {
				if err != io.EOF && s != nil {
					t.Fatal("sentence returned with an error")
				}
				return
			}
			if len(s.Words) == 0 {
				t.Fatal("sentence without words")
			}
			for _, split := range []bool{false, true} {
				ws := s.Surface(split)
				if len(ws) == 0 || len(ws) > len(s.Words) {
					t.Fatalf("Surface: %d words from %d", len(ws), len(s.Words))
				}
			}
		}
	})
}
