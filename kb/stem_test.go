package kb

import "testing"

// stemLenRef is stemLen as it was written first, with branches.
func stemLenRef(b []byte) int {
	strip := func(b []byte) int {
		n := len(b)
		if n >= 5 && b[n-2] == 'e' {
			switch b[n-1] {
			case 's', 'n', 'r', 'm':
				return n - 2
			}
		}
		if n >= 4 && b[n-1] == 'e' {
			return n - 1
		}
		if n >= 3 && b[n-1] == 's' {
			return n - 1
		}
		return n
	}
	n := len(b)
	for round := 0; round < 2; round++ {
		m := strip(b[:n])
		if m == n {
			break
		}
		n = m
	}
	return n
}

// TestStemLenSameAsRef holds stemLen to stemLenRef on every word of up to
// seven bytes over the letters its endings use and two others.
func TestStemLenSameAsRef(t *testing.T) {
	const letters = "esnrmxE"
	var b []byte
	var rec func()
	rec = func() {
		if got, want := stemLen(b), stemLenRef(b); got != want {
			t.Fatalf("stemLen(%q) = %d, want %d", b, got, want)
		}
		if len(b) == 7 {
			return
		}
		for i := 0; i < len(letters); i++ {
			b = append(b, letters[i])
			rec()
			b = b[:len(b)-1]
		}
	}
	rec()
}
