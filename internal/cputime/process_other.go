//go:build !unix

package cputime

import "time"

// Process is not measured where getrusage is missing: it returns 0, and
// callers report no per-CPU-second figures.
func Process() time.Duration { return 0 }
