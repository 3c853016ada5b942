//go:build !race

package structgen

const raceEnabled = false
