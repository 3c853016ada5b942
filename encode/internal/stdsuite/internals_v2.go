//go:build mapkit_stdsuite && goexperiment.jsonv2

package json

import "errors"

// The unexported names the tests of the v2-based encoding/json use, standing
// in for encoding/json's own.

var errUnexpectedEnd = errors.New("unexpected end of JSON input")

func checkValid(data []byte) error {
	var v RawMessage
	return Unmarshal(data, &v)
}
