package main

import (
	"fmt"
	"math"
	"os"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
)

// defaultMemoryLimit is the soft memory limit of the commands that analyse
// documents. Their live heap is mostly the models (some 260 MB with both
// languages loaded), and with the garbage collector's default of collecting
// when the heap has doubled, a bench ingest peaked at 640 MB resident. At
// 400 MiB it peaked at 466 MB for some 5% more CPU time (more frequent
// collections); a limit is soft, so a larger live heap still works, with
// collections more often.
const defaultMemoryLimit = "400MiB"

// addMemoryLimitFlag adds --memory-limit to an analysing command; the
// returned function applies it (call it in RunE) and gives back a function
// that restores the previous limit.
func addMemoryLimitFlag(cmd *cobra.Command) func() (restore func(), err error) {
	var limit string
	cmd.Flags().StringVar(&limit, "memory-limit", defaultMemoryLimit,
		`soft limit of the Go heap and runtime, e.g. 400MiB or 2GiB ("off": collect when the heap has doubled; env GOMEMLIMIT wins over the default)`)
	return func() (func(), error) {
		if !cmd.Flags().Changed("memory-limit") && os.Getenv("GOMEMLIMIT") != "" {
			return func() {}, nil // the runtime applied it at start
		}
		n, err := parseMemoryLimit(limit)
		if err != nil {
			return nil, usagef(cmd, "--memory-limit %q: %v", limit, err)
		}
		prev := debug.SetMemoryLimit(n)
		return func() { debug.SetMemoryLimit(prev) }, nil
	}
}

// parseMemoryLimit reads a size as GOMEMLIMIT writes it (a number of bytes
// with an optional B, KiB, MiB, GiB or TiB suffix); "off" is no limit.
func parseMemoryLimit(s string) (int64, error) {
	s = strings.TrimSpace(s)
	if s == "off" {
		return math.MaxInt64, nil
	}
	units := []struct {
		suffix string
		shift  uint
	}{{"TiB", 40}, {"GiB", 30}, {"MiB", 20}, {"KiB", 10}, {"B", 0}}
	var shift uint
	for _, u := range units {
		if rest, ok := strings.CutSuffix(s, u.suffix); ok {
			s, shift = rest, u.shift
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("give a positive size such as 400MiB, or off")
	}
	if n > math.MaxInt64>>shift {
		return 0, fmt.Errorf("too large")
	}
	return n << shift, nil
}
