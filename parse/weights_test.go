package parse

import (
	"slices"
	"testing"
)

// TestLanes checks that packed rows unpack to themselves and that their
// lane sums are the exact sums, at the extremes of the weights and with a
// full batch of rows.
func TestLanes(t *testing.T) {
	for _, nc := range []int{1, 3, 4, 5, 8, int(numLabels)} {
		for _, fill := range []int16{32767, -32767, 0} {
			rows := make([][]int16, scoreBatch)
			var packed []uint64
			want := make([]int64, nc)
			for r := range rows {
				rows[r] = make([]int16, nc)
				for c := range nc {
					v := fill
					if fill == 0 {
						v = int16((r*131+c*7)%65535 - 32767)
					}
					rows[r][c] = v
					want[c] += int64(v)
				}
				packed = packRow(packed, rows[r])
			}
			nw := laneWords(nc)
			var even, odd [laneWordsMax]uint64
			got := make([]int16, nc)
			for r := range rows {
				row := packed[r*nw : (r+1)*nw]
				unpackRow(got, row)
				for c := range nc {
					if got[c] != rows[r][c] {
						t.Fatalf("nc=%d fill=%d: row %d weight %d unpacks to %d, want %d", nc, fill, r, c, got[c], rows[r][c])
					}
				}
				addLanes(even[:nw], odd[:nw], row)
			}
			sums := laneSums(&even, &odd, int32(len(rows)))
			for c := range nc {
				if s := int64(sums[c]); s != want[c] {
					t.Errorf("nc=%d fill=%d: sum of weight %d = %d, want %d", nc, fill, c, s, want[c])
				}
			}
		}
	}
}

// TestMoveTable checks the move table's tags, which keep neither the key
// nor its home: every key inserted is found with its weights and given back
// once by each, keys never inserted are not found, also when many keys
// share a home slot, so that their distances outgrow the tag's field and
// the table must grow.
func TestMoveTable(t *testing.T) {
	const mbits = minMoveBits
	// keyAt returns a key whose hash has the home slot and high bits given.
	keyAt := func(home, high uint32) uint32 { return (high<<mbits | home) * hashInverse }
	for _, c := range []struct {
		name  string
		keys  []uint32
		grows bool // past the 2^minMoveBits slots newTable makes
	}{
		{"spread", []uint32{1, 2, 3, 0x9e3779b1, 0xffffffff, 12345}, false},
		{"one home", []uint32{keyAt(7, 1), keyAt(7, 2), keyAt(7, 3), keyAt(7, 4), keyAt(7, 5), keyAt(7, 6), keyAt(7, 7), keyAt(7, 8), keyAt(7, 9)}, true},
		{"wrapping", []uint32{keyAt(1<<mbits-1, 1), keyAt(1<<mbits-1, 2), keyAt(1<<mbits-2, 3), keyAt(0, 4)}, false},
	} {
		tb := newTable(numMoves, len(c.keys), 1)
		for i, k := range c.keys {
			tb.insert(k, []int16{int16(i), -int16(i), 32767})
		}
		if grew := tb.mbits > mbits; grew != c.grows {
			t.Errorf("%s: table of 2^%d slots, grown %v, want %v", c.name, tb.mbits, grew, c.grows)
		}
		for i, k := range c.keys {
			w := tb.moveWeights(k)
			if w == nil || *w != [numMoves]int16{int16(i), -int16(i), 32767} {
				t.Errorf("%s: key %#x has weights %v, want row %d", c.name, k, w, i)
			}
		}
		seen := map[uint32]int{}
		tb.each(func(k uint32, row []int16) { seen[k]++ })
		for _, k := range c.keys {
			if seen[k] != 1 {
				t.Errorf("%s: each gave key %#x %d times, want once", c.name, k, seen[k])
			}
		}
		if len(seen) != len(c.keys) {
			t.Errorf("%s: each gave %d keys, want %d", c.name, len(seen), len(c.keys))
		}
		for _, k := range []uint32{0, keyAt(7, 10), keyAt(7, 0), keyAt(8, 1), keyAt(1<<mbits-1, 3)} {
			if slices.Contains(c.keys, k) {
				continue
			}
			if w := tb.moveWeights(k); w != nil {
				t.Errorf("%s: key %#x never inserted has weights %v", c.name, k, *w)
			}
		}
	}
}
