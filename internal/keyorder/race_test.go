//go:build race

package keyorder

// raceEnabled scales property tests down under the race detector, which
// slows this package's tight loops about tenfold.
const raceEnabled = true
