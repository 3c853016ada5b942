//go:build !race

package zaplog_test

const raceEnabled = false
