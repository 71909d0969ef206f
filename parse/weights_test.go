package parse

import "testing"

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
