//go:build !race

package safelog_test

const raceEnabled = false
