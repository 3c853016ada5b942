//go:build race

package zaplog_test

const raceEnabled = true
