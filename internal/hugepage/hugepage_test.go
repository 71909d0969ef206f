package hugepage

import (
	"bufio"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// anonHuge is the process's memory in transparent huge pages, in kB, or
// -1 where the system does not say.
func anonHuge(t *testing.T) int {
	t.Helper()
	f, err := os.Open("/proc/self/smaps_rollup")
	if err != nil {
		return -1
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "AnonHugePages:"); ok {
			n, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	return -1
}

func TestAdvise(t *testing.T) {
	type line struct {
		key uint64
		row [28]int16
	}
	const n = 1 << 18 // 16 MB
	ls := make([]line, n)
	before := anonHuge(t)
	Advise(ls)
	for i := range ls {
		ls[i].key = uint64(i)
		ls[i].row[i%28] = int16(i)
	}
	for i := range ls {
		if ls[i].key != uint64(i) || ls[i].row[i%28] != int16(i) {
			t.Fatalf("line %d changed", i)
		}
	}
	after := anonHuge(t)
	runtime.KeepAlive(ls)
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if runtime.GOOS != "linux" || err != nil || before < 0 || strings.Contains(string(mode), "[never]") {
		t.Skipf("no transparent huge pages here (%q)", strings.TrimSpace(string(mode)))
	}
	// 16 MB span at least seven whole 2 MB pages; the kernel may give
	// fewer when memory is fragmented, but not none
	if after-before < 2048 {
		t.Errorf("AnonHugePages %d kB → %d kB: the table got no huge page", before, after)
	}
	t.Logf("AnonHugePages %d kB → %d kB", before, after)
}

func TestAdviseSmall(t *testing.T) {
	// small, empty and nil tables are left alone, without a fault
	Advise(make([]byte, 100))
	Advise([]uint64{})
	Advise[int32](nil)
}
