package kb

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

// hyphenAtRunes is the offset of the first hyphen of s, found by decoding
// rune by rune: the reference for appendNormPiece.
func hyphenAtRunes(s string) int {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isHyphen(r) {
			return i
		}
		i += n
	}
	return len(s)
}

// TestAppendNormPiece checks that appendNormPiece cuts where decoding rune
// by rune finds the first hyphen, also in text that is no valid UTF-8, and
// normalises the piece as appendNorm does.
func TestAppendNormPiece(t *testing.T) {
	for _, s := range []string{
		"", "-", "Kim", "Jong-un", "Nord‐Süd", "Nord‑Süd", "a–b", "a—b",
		"Müller-Lüdenscheidt", "€-Zone", "\xe2\x80", "x\xe2\x80\x90", "\xe2\x80\x90y",
		"\xf0\xe2\x80\x90", "\xe2\xe2\x80\x91", "\x80\xe2\x80\x90", "日本-Korea", "\u2012x",
		"O'Brien's-Partei", "U.S.-Präsident", "Straße\u00adnbahn", "ÆSIR-İstanbul",
	} {
		want := hyphenAtRunes(s)
		got, n := appendNormPiece([]byte("x"), s)
		if n != want {
			t.Errorf("appendNormPiece(%q) cuts at %d, want %d", s, n, want)
		}
		if norm := appendNorm([]byte("x"), s[:want]); string(got) != string(norm) {
			t.Errorf("appendNormPiece(%q) = %q, appendNorm of the piece %q", s, got, norm)
		}
	}
}

func TestChildTable(t *testing.T) {
	m := map[uint64]uint32{}
	for node := uint64(1); node < 300; node++ {
		for id := uint64(1); id < node%7+2; id++ {
			m[node<<32|id*97] = uint32(len(m) + 1)
		}
	}
	ct := newChildTable(m)
	for k, c := range m {
		if got := ct.get(k); got != c {
			t.Fatalf("get(%#x) = %d, want %d", k, got, c)
		}
		if got := ct.get(k + 1); got != m[k+1] {
			t.Fatalf("get(%#x) = %d, want %d", k+1, got, m[k+1])
		}
	}
	if empty := newChildTable(nil); empty.get(1<<32) != 0 {
		t.Error("empty table: get found a child")
	}
}

// TestMatchCandsSharesOneBuffer matches sentences one after another with
// one candidate buffer, as the entity stage does a document, from a buffer
// too small to start with so that it grows on the way: every match must
// be what Match finds for its sentence alone, including the matches of
// the first sentences once the later ones have been appended.
func TestMatchCandsSharesOneBuffer(t *testing.T) {
	k := testKB(t)
	sentences := []struct{ text, lang string }{
		{"Paris and Berlin sent envoys to Moscow.", "en"},
		{"Die Bundesregierung in Berlin sprach mit Nord- und Südkorea.", "de"},
		{"Washington said the United Nations would meet in Geneva.", "en"},
		{"Nothing to find here.", "en"},
		{"Frankreich, Italien und Spanien lehnten ab.", "de"},
	}
	var got, want [][]Match
	cands := make([]Candidate, 0, 1)
	for _, s := range sentences {
		toks := tokenize(s.text)
		var ms []Match
		ms, cands = k.Matcher().MatchCands(toks, s.lang, nil, cands)
		got = append(got, ms)
		want = append(want, k.Matcher().Match(toks, s.lang, nil))
	}
	if len(cands) < 2 {
		t.Fatalf("%d candidates in the buffer: the test shares nothing", len(cands))
	}
	for i := range sentences {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("%q: with a shared buffer\n%s\nalone\n%s", sentences[i].text, describe(got[i]), describe(want[i]))
		}
	}
}
