package cputime

import (
	"syscall"
	"time"
)

// Thread returns the CPU time of the calling OS thread, or 0 if it cannot be
// read. Lock the goroutine to its thread (runtime.LockOSThread) around the
// measured work.
func Thread() time.Duration {
	const rusageThread = 1 // RUSAGE_THREAD, Linux only
	var ru syscall.Rusage
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
