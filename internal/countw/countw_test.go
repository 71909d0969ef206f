package countw

import (
	"bytes"
	"errors"
	"testing"
)

type failAfter struct{ n int }

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		w := f.n
		f.n = 0
		return w, errors.New("full")
	}
	f.n -= len(p)
	return len(p), nil
}

func TestWriter(t *testing.T) {
	var b bytes.Buffer
	w := &Writer{W: &b}
	for _, s := range []string{"abc", "", "defg"} {
		if _, err := w.Write([]byte(s)); err != nil {
			t.Fatal(err)
		}
	}
	if w.N != 7 || b.String() != "abcdefg" {
		t.Errorf("counted %d, wrote %q", w.N, b.String())
	}
	short := &Writer{W: &failAfter{n: 5}}
	short.Write([]byte("abc"))
	if _, err := short.Write([]byte("defg")); err == nil || short.N != 5 {
		t.Errorf("a short write counts what was written: N=%d err=%v", short.N, err)
	}
}
