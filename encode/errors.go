package encode

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// Every error of the package prints the prefix "encode: " once: sentinel
// errors carry it, and a ValueError drops it, and encoding/json's "json: ",
// from the errors it wraps.

// ErrTooDeep is wrapped by the error returned when a value nests deeper than
// the MaxDepth option allows.
var ErrTooDeep = errors.New("encode: value nested deeper than the MaxDepth limit")

// errNestingDepth reports output nested deeper than encoding/json can
// write: indented output, or any output where encoding/json is built on
// json/v2.
var errNestingDepth = errors.New("encode: output nested deeper than 10000 levels")

// ErrStreamMisuse is returned by Stream methods called out of turn: a
// MarshalJSONStream method must write exactly one value, through one call
// to WriteValue or WriteObject.
var ErrStreamMisuse = errors.New("encode: MarshalJSONStream must write exactly one value")

// ValueError reports a value that cannot be encoded and where it sits in the
// document. Err is what encoding/json would report for the same value: a
// *json.UnsupportedTypeError (channel, func, complex, unsupported map key
// type), a *json.UnsupportedValueError (NaN, ±Inf, a cycle), a
// *json.MarshalerError (a failing MarshalJSONStream, MarshalJSON or MarshalText,
// or one returning invalid JSON), or another error (an invalid json.Number,
// ErrTooDeep). Errors of the destination writer are returned as they are,
// never wrapped in a ValueError.
type ValueError struct {
	Err    error
	method string   // the method that failed, for a MarshalerError
	path   jsonPath // innermost first, as the encoder unwinds
}

func newValueError(err error) *ValueError { return &ValueError{Err: err} }

func marshalerError(t reflect.Type, method string, err error) *ValueError {
	return &ValueError{Err: &json.MarshalerError{Type: t, Err: err}, method: method}
}

// Path returns where the value sits, from the top of the document: object
// keys joined by dots and array indexes in brackets, as in
// "orders[3].total"; keys that are not plain identifiers are quoted as JSON
// strings, as in `labels["app.kubernetes.io/name"]`: the same form as
// PathError.Path. The top-level value has the empty path.
func (e *ValueError) Path() string {
	p := slices.Clone(e.path)
	slices.Reverse(p)
	return string(p.appendSteps(nil))
}

// maxPathInError bounds the path shown by Error; a cycle's path is over a
// thousand steps long.
const maxPathInError = 120

// Error describes the failure and its path, as
// "encode: orders[1]: unsupported value: NaN". A very long path is shown
// with its middle elided; Path returns it whole.
func (e *ValueError) Error() string {
	msg := bare(e.Err)
	var me *json.MarshalerError
	if e.method != "" && errors.As(e.Err, &me) {
		msg = fmt.Sprintf("error calling %s for type %s: %s", e.method, me.Type, bare(me.Err))
	}
	p := e.Path()
	if p == "" {
		return "encode: " + msg
	}
	p = elideMiddle(p, maxPathInError)
	return "encode: " + p + ": " + msg
}

// bare returns err's message without a leading "encode: " or "json: ".
func bare(err error) string {
	msg := err.Error()
	if m, ok := strings.CutPrefix(msg, "encode: "); ok {
		return m
	}
	return strings.TrimPrefix(msg, "json: ")
}

// Unwrap returns the underlying error.
func (e *ValueError) Unwrap() error { return e.Err }

func plainKey(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if c != '_' && (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') && (i == 0 || c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// atKey records that err happened under the object key k.
func atKey(err error, k string) error {
	if ve, ok := err.(*ValueError); ok {
		ve.path = append(ve.path, step{key: []byte(k), isKey: true})
	}
	return err
}

// atIndex records that err happened at array index i.
func atIndex(err error, i int) error {
	if ve, ok := err.(*ValueError); ok {
		ve.path = append(ve.path, step{index: i})
	}
	return err
}
