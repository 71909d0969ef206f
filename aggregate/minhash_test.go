package aggregate

import (
	"bufio"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// minHashStrings is MinHash as first written, with strings: the lower-cased
// text split into words, each shingle joined and hashed. MinHash must give
// the same signatures, or stored signatures would stop matching new ones.
func minHashStrings(s string) Signature {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	var sig Signature
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	add := func(shingle string) {
		h := fnv.New64a()
		h.Write([]byte(shingle))
		v := h.Sum64()
		for i, ab := range minhashSeeds {
			if x := uint32((ab[0]*v + ab[1]) >> 32); x < sig[i] {
				sig[i] = x
			}
		}
	}
	n := 0
	for i := 0; i+2 < len(words); i++ {
		add(words[i] + " " + words[i+1] + " " + words[i+2])
		n++
	}
	if n == 0 {
		for _, w := range words {
			add(w)
		}
	}
	return sig
}

func TestMinHashSameAsStrings(t *testing.T) {
	tests := []string{
		"",
		"   ",
		"one",
		"two words",
		"Three Words Here",
		"ÄRGER über Öl-Preise: 12,5 % mehr – sagt die İstanbul-Börse.",
		"ΣΊΣΥΦΟΣ and ǅemal, ﬁnance; 三個字 テスト",
		"bad \xff\xfe bytes \xc3 in the middle of a sentence",
		strings.Repeat("word ", 600), // more words than MinHash's array on the stack
	}
	for _, s := range tests {
		if got, want := MinHash(s), minHashStrings(s); got != want {
			t.Errorf("MinHash(%q) differs from the string version", s)
		}
	}
	t.Run("shared", func(t *testing.T) {
		dir := os.Getenv("DOSSIER_SHARED")
		if dir == "" {
			dir = filepath.Join("..", "..", "shared")
		}
		var files []string
		for _, pat := range []string{"data/news-de-10kgnad/*.csv", "data/news-en-reuters21578/*.sgm", "data/germeval2014/*.tsv", "seeds/*"} {
			m, _ := filepath.Glob(filepath.Join(dir, pat))
			files = append(files, m...)
		}
		if len(files) == 0 {
			t.Skipf("no shared data under %s (set DOSSIER_SHARED)", dir)
		}
		lines := 0
		for _, name := range files {
			f, err := os.Open(name)
			if err != nil {
				t.Fatal(err)
			}
			sc := bufio.NewScanner(f)
			sc.Buffer(nil, 1<<24)
			for sc.Scan() && lines < 200000 {
				lines++
				if got, want := MinHash(sc.Text()), minHashStrings(sc.Text()); got != want {
					t.Fatalf("%s: line %d: MinHash differs from the string version", name, lines)
				}
			}
			f.Close()
		}
		t.Logf("%d lines of %d files", lines, len(files))
	})
}

func FuzzMinHash(f *testing.F) {
	f.Add("Die Regierung in Kiew meldete am Dienstag neue Angriffe.")
	f.Add("a \xff b")
	f.Add("İI ǅ ß")
	f.Fuzz(func(t *testing.T, s string) {
		if MinHash(s) != minHashStrings(s) {
			t.Errorf("MinHash(%q) differs from the string version", s)
		}
	})
}

func BenchmarkMinHash(b *testing.B) {
	var sb strings.Builder
	for i := range 400 {
		sb.WriteString([]string{"Die ", "Regierung ", "meldete ", "am ", "Dienstag ", "neue ", "Angriffe ", "auf ", "Häfen, ", "sagte "}[i%10])
		if i%7 == 0 {
			sb.WriteString("12. ")
		}
	}
	s := sb.String()
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		MinHash(s)
	}
}

func BenchmarkMinHashStrings(b *testing.B) {
	var sb strings.Builder
	for i := range 400 {
		sb.WriteString([]string{"Die ", "Regierung ", "meldete ", "am ", "Dienstag ", "neue ", "Angriffe ", "auf ", "Häfen, ", "sagte "}[i%10])
		if i%7 == 0 {
			sb.WriteString("12. ")
		}
	}
	s := sb.String()
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		minHashStrings(s)
	}
}

// TestBandsSameAsFNV compares Bands with the bands as first computed, with
// hash/fnv's hasher: stored bands must keep matching new ones.
func TestBandsSameAsFNV(t *testing.T) {
	for _, s := range []string{"", "one", "Three Words Here", "Die Gewerkschaft fordert mehr Lohn für alle, sagt sie.", strings.Repeat("ab cd ", 50)} {
		sig := MinHash(s)
		got := sig.Bands()
		if len(got) != bandCount {
			t.Fatalf("%q: %d bands, want %d", s, len(got), bandCount)
		}
		for b := range bandCount {
			h := fnv.New64a()
			buf := []byte{byte(b)}
			for r := range bandRows {
				v := sig[b*bandRows+r]
				buf = append(buf, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
			}
			h.Write(buf)
			if want := h.Sum64() >> 1; got[b] != want {
				t.Errorf("%q: band %d = %x, want %x", s, b, got[b], want)
			}
		}
	}
}
