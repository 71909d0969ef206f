package tag

import (
	"syscall"
	"time"
)

// threadCPU is the CPU time the calling OS thread has used. Benchmarks lock
// their goroutine to a thread and report it beside wall time: on a machine
// shared with other work, wall time counts the waits too.
func threadCPU() time.Duration {
	const rusageThread = 1 // RUSAGE_THREAD
	var ru syscall.Rusage
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
