//go:build mapkit_stdsuite && !goexperiment.jsonv2

package json

// The unexported names the tests of encoding/json use, standing in for
// encoding/json's own.

type isZeroer interface{ IsZero() bool }

const startDetectingCyclesAfter = 1000

type scanner struct{}

func checkValid(data []byte, _ *scanner) error {
	var v RawMessage
	return Unmarshal(data, &v)
}
