// Package hugepage asks the operating system to back the large tables of
// the models (weights read at random, a cache miss a look-up) with huge
// pages. With 4 KB pages nearly every probe of a table of megabytes also
// misses the TLB and walks the page tables; a 2 MB page covers 512 times
// as much. Linux gives transparent huge pages to memory marked for them
// (the usual setting, "madvise"), and Go's heap is not marked.
package hugepage

import "unsafe"

// size is the huge page size of x86-64 and arm64 Linux.
const size = 2 << 20

// minBytes is the smallest table worth advising: one that spans at least
// one whole huge page wherever it starts.
const minBytes = 2 * size

// Advise marks the whole huge pages inside s for transparent huge pages.
// Call it on a table just made, before it is written: the kernel then
// backs the pages with huge ones as they are first touched. It changes no
// contents and is a no-op for small tables, on other systems, and where
// the kernel declines; T must hold no pointers (the memory is the Go
// heap's, only its backing changes).
func Advise[T any](s []T) {
	var zero T
	n := uintptr(cap(s)) * unsafe.Sizeof(zero)
	if n < minBytes {
		return
	}
	p := uintptr(unsafe.Pointer(unsafe.SliceData(s)))
	start := (p + size - 1) &^ (size - 1)
	end := (p + n) &^ (size - 1)
	if end <= start {
		return
	}
	advise(start, end-start)
}
