package ner

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// viterbiFull is the textbook decoder viterbi must agree with: every
// predecessor of every label, back-pointers kept, first best on ties.
func viterbiFull(score []float32, n, L int, trans, start []float32) []int {
	vit := make([]float32, n*L)
	back := make([]int, n*L)
	for c := 0; c < L; c++ {
		vit[c] = score[c] + start[c]
		if c > 0 && c%2 == 0 {
			vit[c] = negInf
		}
	}
	for i := 1; i < n; i++ {
		for c := 0; c < L; c++ {
			best, arg := negInf, -1
			for p := 0; p < L; p++ {
				if c > 0 && c%2 == 0 && p != c-1 && p != c {
					continue
				}
				if v := vit[(i-1)*L+p] + trans[c*L+p]; arg < 0 || v > best {
					best, arg = v, p
				}
			}
			vit[i*L+c] = best + score[i*L+c]
			back[i*L+c] = arg
		}
	}
	path := make([]int, n)
	path[n-1] = bestLabel(vit[(n-1)*L:])
	for i := n - 1; i > 0; i-- {
		path[i-1] = back[i*L+path[i]]
	}
	return path
}

// TestViterbiPruned checks the pruned decoder against the full one on random
// scores, some drawn from a few integers so that ties are common.
func TestViterbiPruned(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	// even L: a last B- label without its I- label
	for _, L := range []int{3, 4, 9, 10, 25} {
		for trial := 0; trial < 2000; trial++ {
			n := 1 + r.IntN(30)
			ties := trial%2 == 0
			draw := func(scale float32) float32 {
				if ties {
					return float32(r.IntN(5)) - 2
				}
				return (r.Float32()*2 - 1) * scale
			}
			s := &scratch{}
			s.reset(n, L)
			for k := range s.score {
				s.score[k] = draw(20)
			}
			trans := make([]float32, L*L)
			start := make([]float32, L)
			for k := range trans {
				trans[k] = draw(5)
			}
			for k := range start {
				start[k] = draw(5)
			}
			want := viterbiFull(s.score, n, L, trans, start)
			var plan vitPlan
			plan.set(trans, L)
			for _, plan := range []*vitPlan{nil, &plan} {
				viterbi(s, n, L, trans, start, plan)
				if !slices.Equal(s.path, want) {
					t.Fatalf("L=%d n=%d ties=%v: path %v, want %v", L, n, ties, s.path, want)
				}
			}
		}
	}
}
