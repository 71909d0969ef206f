//go:build race

package sqlite

// raceEnabled: the tests that compare whole stores built two ways run on a
// smaller corpus under the race detector, which slows the SQLite engine
// twenty-five-fold; they are about equal answers, not about concurrency,
// which the contract's concurrent-writer tests cover.
const raceEnabled = true
