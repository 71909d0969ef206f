//go:build race

package main

// raceEnabled: the race detector slows every process start tenfold, so the
// crash test kills fewer times under it.
const raceEnabled = true
