//go:build race

package structgen

const raceEnabled = true
