//go:build !race

package keyorder

const raceEnabled = false
