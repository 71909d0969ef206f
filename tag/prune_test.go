package tag

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

func TestWeightsPrune(t *testing.T) {
	rows := map[uint64][]int16{
		1: {0, 0, 1},     // sum of squares 1
		2: {5, -5, 0},    // 50
		3: {-7, 0, 0},    // 49
		4: {0, 3, 0},     // 9
		5: {0, -3, 0},    // 9, ties with 4: the smaller key stays
		6: {100, 0, -90}, // 18100
	}
	w := newWeights(3, len(rows), 1)
	for _, k := range []uint64{6, 5, 4, 3, 2, 1} {
		w.insert(k, rows[k])
	}
	tests := []struct {
		keep int
		want []uint64
	}{
		{1, []uint64{6}},
		{3, []uint64{2, 3, 6}},
		{4, []uint64{2, 3, 4, 6}},
		{6, []uint64{1, 2, 3, 4, 5, 6}},
		{100, []uint64{1, 2, 3, 4, 5, 6}},
	}
	for _, tc := range tests {
		p := w.prune(tc.keep)
		var got []uint64
		p.each(func(key uint64, row []int16) {
			got = append(got, key)
			if !slices.Equal(row, rows[key]) {
				t.Errorf("keep %d: row of %d is %v, want %v", tc.keep, key, row, rows[key])
			}
		})
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("keep %d: kept %v, want %v", tc.keep, got, tc.want)
		}
		for k := range rows {
			if r := p.row(k); (r != nil) != slices.Contains(tc.want, k) {
				t.Errorf("keep %d: row(%d) = %v", tc.keep, k, r)
			}
		}
	}
}

func TestTaggerPrune(t *testing.T) {
	tg, err := Load("de")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tg.Prune(0); err == nil {
		t.Error("Prune(0): no error")
	}
	n := tg.Features()
	keep := n / 2
	if got, err := tg.Prune(keep); err != nil || got != keep || tg.Features() != keep {
		t.Fatalf("Prune(%d) = %d, %v; Features %d", keep, got, err, tg.Features())
	}
	// The pruned model written and read back is the same model, and pruning
	// it again to the same size writes the same bytes.
	var a, b bytes.Buffer
	if _, err := tg.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	back, err := Read(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if back.Features() != keep {
		t.Errorf("read back %d features, want %d", back.Features(), keep)
	}
	if _, err := back.Prune(keep); err != nil {
		t.Fatal(err)
	}
	if _, err := back.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("pruning a pruned model to its size changed its file")
	}
	// Half the features still tag the hand-written sentences mostly right.
	right, all := 0, 0
	for _, c := range handTagged {
		if c.lang != "de" {
			continue
		}
		ts := tokens(c.text)
		back.Tag(ts)
		for i, want := range strings.Fields(c.tags) {
			all++
			if ts[i].POS == want {
				right++
			}
		}
	}
	if float64(right) < 0.9*float64(all) {
		t.Errorf("pruned model: %d of %d tags right", right, all)
	}
}
