//go:build race

package tmap

// raceEnabled reports whether the race detector is on; it makes sync.Pool
// drop items at random and allocations happen where they otherwise do not.
const raceEnabled = true
