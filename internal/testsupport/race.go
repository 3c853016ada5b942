//go:build race

package testsupport

// Race reports whether the race detector is compiled in.
const Race = true
