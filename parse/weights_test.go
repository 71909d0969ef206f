package parse

import "testing"

func TestAddRow(t *testing.T) {
	for n := 0; n <= 9; n++ {
		sum, want := make([]int32, n), make([]int32, n)
		w := make([]int16, n)
		for c := range w {
			sum[c] = int32(c * 1000)
			w[c] = int16(7*c - 30)
			want[c] = sum[c] + int32(w[c])
		}
		addRow(sum, w)
		for c := range sum {
			if sum[c] != want[c] {
				t.Errorf("n=%d: sum[%d] = %d, want %d", n, c, sum[c], want[c])
			}
		}
	}
}
