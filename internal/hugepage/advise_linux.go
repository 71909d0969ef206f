package hugepage

import "syscall"

// advise is madvise(MADV_HUGEPAGE); an error (a kernel without
// transparent huge pages) leaves the pages as they were, which is all the
// caller could do about it.
func advise(start, n uintptr) {
	const madvHugepage = 14
	_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, start, n, madvHugepage)
}
