//go:build !unix

package event_test

import "time"

// cpuTime is unknown here: benchmarks report no per-CPU-second figures.
func cpuTime() time.Duration { return 0 }
