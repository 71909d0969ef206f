package parse

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedData returns the shared data folder, or skips the test.
func sharedData(t testing.TB) string {
	dir := os.Getenv("DOSSIER_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared")
	}
	dir = filepath.Join(dir, "data")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared data not found at %s (set DOSSIER_SHARED)", dir)
	}
	return dir
}

// oracleParse follows the dynamic oracle alone (always a cheapest move) and
// returns the heads it builds, 1-based with 0 for the root.
func oracleParse(tr *Tree) []int32 {
	ex := newExample(tr, tr.Tokens())
	var st state
	st.words = ex.words
	st.reset(len(tr.Nodes))
	var ok [numMoves]bool
	var cost [numMoves]int
	for !st.done() {
		st.valid(&ok)
		st.costs(ex.gold, &cost)
		best := -1
		for m := range numMoves {
			if ok[m] && (best < 0 || cost[m] < cost[best]) {
				best = m
			}
		}
		st.apply(best, 0)
	}
	return st.head[1:]
}

func TestOracleSmall(t *testing.T) {
	// Heads of hand-made trees, 1-based, 0 for the root.
	tests := []struct {
		name  string
		heads []int
		proj  bool
	}{
		{"one word", []int{0}, true},
		{"chain right", []int{0, 1, 2, 3}, true},
		{"chain left", []int{2, 3, 4, 0}, true},
		{"subject verb object", []int{2, 0, 4, 2, 2}, true},
		{"relative clause", []int{2, 5, 4, 2, 0, 5}, true},
		{"crossing", []int{3, 4, 0, 3}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr := &Tree{}
			for _, h := range tc.heads {
				tr.Nodes = append(tr.Nodes, Node{Form: "w", UPOS: "X", Head: h, Deprel: "dep"})
			}
			if got := tr.Projective(); got != tc.proj {
				t.Fatalf("Projective = %v, want %v", got, tc.proj)
			}
			got := oracleParse(tr)
			wrong := 0
			for i, h := range tc.heads {
				if int(got[i]) != h {
					wrong++
				}
			}
			if tc.proj && wrong > 0 {
				t.Errorf("oracle built %v, want %v", got, tc.heads)
			}
			if !tc.proj && wrong == 0 {
				t.Errorf("oracle built the non-projective tree %v", got)
			}
		})
	}
}

// TestOracleTreebank checks that the oracle rebuilds every projective tree
// of the training treebanks exactly, and reports how many are not.
func TestOracleTreebank(t *testing.T) {
	data := sharedData(t)
	for _, f := range []string{"ud-english-ewt/en_ewt-ud-train.conllu", "ud-german-gsd/de_gsd-ud-test.conllu"} {
		trees, err := ReadTreebank(filepath.Join(data, f))
		if err != nil {
			t.Fatal(err)
		}
		nonProj, failed, lost, words := 0, 0, 0, 0
		for _, tr := range trees {
			got := oracleParse(tr)
			bad := 0
			for i, n := range tr.Nodes {
				if int(got[i]) != n.Head {
					bad++
				}
			}
			words += len(tr.Nodes)
			if !tr.Projective() {
				nonProj++
				lost += bad
				continue
			}
			if bad > 0 {
				failed++
				if failed <= 3 {
					t.Errorf("%s %s: oracle got %d heads wrong in a projective tree", f, tr.ID, bad)
				}
			}
		}
		t.Logf("%s: %d trees, %d non-projective (oracle loses %d of %d words there: upper bound UAS %.4f)", f, len(trees), nonProj, lost, words, 1-float64(lost)/float64(words))
		if failed > 0 {
			t.Errorf("%s: oracle failed on %d projective trees", f, failed)
		}
	}
}
