//go:build race

package encode

// decRace reports whether the race detector is on, to shrink property tests.
const decRace = true
