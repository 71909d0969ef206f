//go:build !unix

package ner

import "time"

// cpuTime is unknown here: benchmarks report no per-CPU-second figures.
func cpuTime() time.Duration { return 0 }
