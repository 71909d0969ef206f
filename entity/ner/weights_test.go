package ner

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestAddEachExact holds addEach, after prefetchMark, to add called feature
// by feature: the same float32 in every label, bit for bit, for batches of
// every length (the sums go in fours, twos and ones), with absent features,
// features repeated and one that only the filter lets through.
func TestAddEachExact(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, nlab := range []int{3, 9, 25} {
		keys := make([]uint64, 3000)
		rows := make([]byte, len(keys)*(nlab-1))
		for i := range keys {
			keys[i] = r.Uint64()
		}
		for i := range rows {
			if r.IntN(3) > 0 {
				rows[i] = byte(r.IntN(256))
			}
		}
		tab := newWeightTable(nlab, keys, rows, makeCodebook(0.001, 3))
		if tab.present.has(tab.absent) {
			t.Fatalf("nlab %d: the absent hash passes the filter", nlab)
		}
		for trial := range 2000 {
			fs := make([]uint64, r.IntN(14))
			for i := range fs {
				switch r.IntN(4) {
				case 0:
					fs[i] = r.Uint64() // absent, mostly
				case 1:
					fs[i] = tab.absent
				default:
					fs[i] = keys[r.IntN(len(keys))]
				}
			}
			want := make([]float32, nlab)
			got := make([]float32, nlab)
			for l := range want {
				want[l] = float32(r.NormFloat64())
				got[l] = want[l]
			}
			for _, h := range fs {
				tab.add(h, want)
			}
			marked := append([]uint64(nil), fs...)
			tab.prefetchMark(marked)
			tab.addEach(marked, got)
			for l := range want {
				if math.Float32bits(got[l]) != math.Float32bits(want[l]) {
					t.Fatalf("nlab %d, trial %d, label %d: addEach %v, add %v", nlab, trial, l, got[l], want[l])
				}
			}
		}
	}
}

// TestWeightTableEntries holds the table to give back what it was built
// from: every feature's codes by look-up and, through entries, all the
// features ascending with their codes (what Save writes); a feature it was
// not given leaves the codes alone.
func TestWeightTableEntries(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for _, nlab := range []int{3, 9, 25} {
		for _, n := range []int{0, 1, 700, 5000} {
			keys := make([]uint64, n)
			for i := range keys {
				keys[i] = r.Uint64()
			}
			slices.Sort(keys)
			rows := make([]byte, n*(nlab-1))
			for i := range rows {
				rows[i] = byte(r.IntN(256))
			}
			tab := newWeightTable(nlab, keys, rows, makeCodebook(0.001, 3))
			if tab.n() != n {
				t.Fatalf("nlab %d: %d features stored, want %d", nlab, tab.n(), n)
			}
			gotKeys, gotRows := tab.entries()
			if !slices.Equal(gotKeys, keys) || !bytes.Equal(gotRows, rows) {
				t.Fatalf("nlab %d, %d features: entries differ from what the table was built from", nlab, n)
			}
			dst := make([]byte, nlab-1)
			for k, h := range keys {
				tab.copyCodes(h, dst)
				if want := rows[k*(nlab-1) : (k+1)*(nlab-1)]; !bytes.Equal(dst, want) {
					t.Fatalf("nlab %d: feature %d: codes %v, want %v", nlab, k, dst, want)
				}
			}
			for range 1000 {
				h := r.Uint64()
				if _, found := slices.BinarySearch(keys, h); found {
					continue
				}
				for l := range dst {
					dst[l] = 7
				}
				tab.copyCodes(h, dst)
				if !bytes.Equal(dst, bytes.Repeat([]byte{7}, nlab-1)) {
					t.Fatalf("nlab %d: absent feature %x gave codes %v", nlab, h, dst)
				}
			}
		}
	}
}

// TestShippedModelsWriteBack holds the loaded weight tables of the shipped
// models to hold every weight: writing a model read from its file gives the
// file's bytes. A file of an older format version (the English model, of
// version 1) is written in the current one, so it must be read back to the
// same features and codes.
func TestShippedModelsWriteBack(t *testing.T) {
	for _, lang := range []string{"de", "en"} {
		file, err := embedded.ReadFile("models/" + lang + ".ner.gz")
		if err != nil {
			t.Fatal(err)
		}
		m, err := Read(bytes.NewReader(file))
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := m.Write(&buf); err != nil {
			t.Fatal(err)
		}
		want, got := gunzip(t, file), gunzip(t, buf.Bytes())
		if version, _ := binary.Uvarint(want[len(modelMagic):]); version == modelVersion {
			if !bytes.Equal(got, want) {
				t.Errorf("%s: the model written back differs from its file (%d bytes, file %d)", lang, len(got), len(want))
			}
			continue
		}
		m2, err := Read(&buf)
		if err != nil {
			t.Fatal(err)
		}
		k1, r1 := m.tab.entries()
		k2, r2 := m2.tab.entries()
		if len(k1) == 0 || !slices.Equal(k1, k2) || !bytes.Equal(r1, r2) {
			t.Errorf("%s: the model written back has other weights (%d features, %d before)", lang, len(k2), len(k1))
		}
	}
}

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestWeightTableLines holds a look-up of a feature of the shipped models to
// load few cache lines: a probe starts at the first slot of its line, so a
// feature is found in the line it starts in unless the line is full.
// Slot-granular linear probing (the layout before) needed 1.54 lines a
// feature of the German model.
func TestWeightTableLines(t *testing.T) {
	for _, tc := range []struct {
		lang string
		max  float64
	}{{"de", 1.45}, {"en", 1.2}} {
		file, err := embedded.ReadFile("models/" + tc.lang + ".ner.gz")
		if err != nil {
			t.Fatal(err)
		}
		m, err := Read(bytes.NewReader(file))
		if err != nil {
			t.Fatal(err)
		}
		tab := &m.tab
		keys, _ := tab.entries()
		sb := uint64(tab.slotBytes)
		lines := 0
		for _, h := range keys {
			start := tab.home(h)
			i := start
			for binary.LittleEndian.Uint64(tab.data[i:]) != h {
				i += sb
			}
			lines += int(i/64-start/64) + 1
		}
		perKey := float64(lines) / float64(len(keys))
		t.Logf("%s: %.3f lines a feature, %.1f MB", tc.lang, perKey, float64(len(tab.data))/1e6)
		if perKey > tc.max {
			t.Errorf("%s: a feature's look-up loads %.3f lines on average, want at most %.2f", tc.lang, perKey, tc.max)
		}
	}
}
