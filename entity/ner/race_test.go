//go:build race

package ner

// raceEnabled: the equality tests, which compare the fast path with the flat
// one sentence by sentence in one goroutine, run on a sample under the race
// detector: it slows them twentyfold and has no concurrency to watch there.
const raceEnabled = true
