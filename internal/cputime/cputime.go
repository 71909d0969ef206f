// Package cputime reads the CPU time a process or thread has used.
// Benchmarks report it beside the wall clock: on a machine shared with other
// work, the wall clock also counts the time spent waiting for a core.
package cputime
