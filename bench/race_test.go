//go:build race

package bench

// raceEnabled trims the slowest tests, which the race detector slows tenfold.
const raceEnabled = true
