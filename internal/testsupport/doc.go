// Package testsupport holds what the module's tests and benchmarks share:
// whether the race detector is on, how much work a property test may do
// under it, the fixture documents as a test needs them, and the process's
// CPU time for benchmarks that report it. Only test files import it.
package testsupport

import (
	"errors"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/mapkit-go/mapkit/internal/fixture"
)

// Light reports whether tests should do less work: under the race detector,
// which slows code about tenfold, or with -short.
func Light() bool { return Race || testing.Short() }

// SkipUnderRace skips a test whose measurement the race detector distorts,
// such as an allocation count.
func SkipUnderRace(tb testing.TB) {
	tb.Helper()
	if Race {
		tb.Skip("the race detector allocates and slows code; run without -race")
	}
}

// Document reads the named fixture document, skipping the test or benchmark
// when the shared data directory is absent.
func Document(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := fixture.Document(name)
	if errors.Is(err, fixture.ErrNoData) {
		tb.Skip(err)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// Params returns gopter parameters that run full successful cases, or light
// cases when Light reports true.
func Params(full, light int) *gopter.TestParameters {
	p := gopter.DefaultTestParameters()
	p.MinSuccessfulTests = full
	if Light() {
		p.MinSuccessfulTests = light
	}
	return p
}
