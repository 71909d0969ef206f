package tag

import (
	"bytes"
	"context"
	"slices"
	"testing"
)

// lexTrain is a made-up treebank: "dax" is a noun after "the" and a verb
// after "they", "blick" always a noun.
func lexTrain() []*Sentence {
	mk := func(pairs ...string) *Sentence {
		s := &Sentence{}
		for i := 0; i+1 < len(pairs); i += 2 {
			s.Words = append(s.Words, Word{Form: pairs[i], Lemma: pairs[i], UPOS: pairs[i+1]})
		}
		return s
	}
	var ss []*Sentence
	for range 4 {
		ss = append(ss,
			mk("the", "DET", "dax", "NOUN", "sleeps", "VERB", ".", "PUNCT"),
			mk("they", "PRON", "dax", "VERB", "the", "DET", "blick", "NOUN", ".", "PUNCT"),
			mk("the", "DET", "blick", "NOUN", "fell", "VERB", ".", "PUNCT"))
	}
	return ss
}

func TestAmbLexicon(t *testing.T) {
	raw := [][]string{}
	for range 5 {
		raw = append(raw, []string{"the", "wug", "sleeps", "."}, []string{"they", "dax", "the", "blick", "."})
	}
	tg, err := Train(context.Background(), TrainConfig{Lang: "en", Train: lexTrain(), Iters: 3, Seed: 1, Raw: raw, Bags: 2})
	if err != nil {
		t.Fatal(err)
	}
	class := func(l *ambLexicon, form string, tb bool) []string {
		var wi wordInfo
		analyse(form, false, &wi)
		l.fill(form, &wi)
		v := wi.amb
		if tb {
			v = wi.tb
		}
		var out []string
		for i, name := range tg.tags {
			if v&(1<<i) != 0 {
				out = append(out, name)
			}
		}
		return out
	}
	tests := []struct {
		form string
		tb   bool
		want []string
	}{
		{"dax", true, []string{"NOUN", "VERB"}}, // the treebank's tags
		{"Blick", true, []string{"NOUN"}},       // folded case
		{"wug", true, nil},                      // not in the treebank
		{"wug", false, []string{"NOUN"}},        // in raw text after "the"
		{"zorp", false, nil},                    // nowhere
	}
	check := func(name string, l *ambLexicon) {
		for _, tc := range tests {
			if got := class(l, tc.form, tc.tb); !slices.Equal(got, tc.want) {
				t.Errorf("%s: class of %q (treebank %v) = %v, want %v", name, tc.form, tc.tb, got, tc.want)
			}
		}
	}
	check("trained", tg.amb)
	var buf bytes.Buffer
	if _, err := tg.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	check("read back", back.amb)
}

func TestVerbAndHeadFeatures(t *testing.T) {
	l := newAmbLexicon("de")
	var wi wordInfo
	analyse("experten", false, &wi)
	l.m[wi.word] = 0x77
	l.index()
	tests := []struct {
		form       string
		verb       uint64
		head, none bool
	}{
		{"empfing", 1, false, true},            // emp + fing (fangen)
		{"vorgeschlagen", 1, false, true},      // vor + geschlagen
		{"gekauft", 2, false, true},            // weak participle
		{"Sicherheitsexperten", 0, true, true}, // compound head in the lexicon
		{"Experten", 0, false, false},          // the form itself is there
		{"Haus", 0, false, true},
	}
	for _, tc := range tests {
		var wi wordInfo
		analyse(tc.form, false, &wi)
		l.fill(tc.form, &wi)
		if wi.verb != tc.verb {
			t.Errorf("%s: verb %d, want %d", tc.form, wi.verb, tc.verb)
		}
		if got := wi.head != 0; got != tc.head {
			t.Errorf("%s: head %x, want found=%v", tc.form, wi.head, tc.head)
		}
		if got := wi.amb == 0; got != tc.none {
			t.Errorf("%s: amb %x, want none=%v", tc.form, wi.amb, tc.none)
		}
	}
}

// FuzzRead feeds Read corrupt model files: it must return an error, never
// panic or allocate without bound.
func FuzzRead(f *testing.F) {
	tg, err := Train(context.Background(), TrainConfig{Lang: "en", Train: lexTrain(), Iters: 2, Seed: 1})
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := tg.WriteTo(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		tg, err := Read(bytes.NewReader(data))
		if err == nil && tg == nil {
			t.Fatal("no tagger and no error")
		}
	})
}
