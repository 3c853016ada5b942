package encode

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// ErrorKind classifies a decoding problem. Each kind is also an error value,
// so errors.Is(err, encode.UnknownField) reports whether a document had an
// unknown field anywhere.
type ErrorKind uint8

const (
	// SyntaxError: the input is not JSON. It stops decoding: the target is
	// left as it was before the call (Unmarshal) or before the value
	// (Decoder).
	SyntaxError ErrorKind = iota + 1
	// UnknownField: an object key matches no field of the target struct
	// (Strict only). Suggestion holds the closest field name, if any.
	UnknownField
	// DuplicateKey: an object repeats a key, or two keys fold to the same
	// struct field (Strict only).
	DuplicateKey
	// TypeMismatch: the JSON value cannot be stored in the Go type (a
	// string into an int, a number out of range). Err is the equivalent
	// *json.UnmarshalTypeError.
	TypeMismatch
	// MissingRequired: a field tagged `mapkit:"required"` is absent from its
	// object. Path is the enclosing object, Key the missing name.
	MissingRequired
	// TrailingData: bytes follow the value (Strict only; without Strict,
	// Unmarshal reports them as a SyntaxError, as encoding/json does).
	TrailingData
	// InvalidValue: the target rejected a well-formed value: an
	// UnmarshalJSON or UnmarshalText error, bad base64 for a []byte, a
	// misused ",string" option, an invalid json.Number, or (Convert) a
	// source value that is not JSON-shaped. Err holds the cause.
	InvalidValue
)

var kindNames = [...]string{
	SyntaxError:     "syntax error",
	UnknownField:    "unknown field",
	DuplicateKey:    "duplicate key",
	TypeMismatch:    "type mismatch",
	MissingRequired: "missing required field",
	TrailingData:    "trailing data",
	InvalidValue:    "invalid value",
}

// String returns the kind's name, such as "unknown field".
func (k ErrorKind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "ErrorKind(" + strconv.Itoa(int(k)) + ")"
}

// Error returns the kind's name, so that a kind can be the target of
// errors.Is.
func (k ErrorKind) Error() string { return "encode: " + k.String() }

// PathError is one problem found in a document, located by its JSON path
// and, when decoding text, by its line and column.
type PathError struct {
	Kind ErrorKind
	// Path locates the value: `upstreams[1].timeout_ms`, with keys that are
	// not identifiers quoted (`labels["app.kubernetes.io/name"]`) and ""
	// for the top-level value. Keys appear as written in the document. A
	// path longer than 1024 bytes keeps its first and last 512 bytes
	// around "...", so that a DecodeError stays small whatever the keys
	// hold or however deep the value.
	Path string
	// Key is the object key involved: the unknown or duplicate key, or the
	// missing required field's name. It is "" for the other kinds.
	Key string
	// Line and Column (1-based; Column counts bytes) locate the start of the
	// offending token: the key for UnknownField and DuplicateKey, the
	// enclosing object's '{' for MissingRequired, the value otherwise.
	// Both are 0 when there is no text (Convert).
	Line, Column int
	// Offset is the byte offset of that token from the start of the input
	// (of the stream, for a Decoder), or -1 for Convert.
	Offset int64
	// Suggestion is the closest known field name for an UnknownField, or "".
	Suggestion string
	// Value describes the JSON value for TypeMismatch ("string",
	// "number 300"), Type the Go type it could not be stored in.
	Value string
	Type  reflect.Type
	// Msg details a SyntaxError or InvalidValue.
	Msg string
	// Err is the underlying error, if any: a *json.UnmarshalTypeError for
	// TypeMismatch, the error returned by an UnmarshalJSON or UnmarshalText
	// method, a base64 error.
	Err error
}

// Error formats the problem on one line:
// `line 3, column 5: upstreams[1].timout_ms: unknown field; did you mean "timeout_ms"?`.
func (e *PathError) Error() string {
	var b strings.Builder
	if e.Line > 0 {
		fmt.Fprintf(&b, "line %d, column %d: ", e.Line, e.Column)
	}
	if e.Path != "" {
		b.WriteString(e.Path)
	} else {
		b.WriteString("top-level value")
	}
	b.WriteString(": ")
	switch e.Kind {
	case UnknownField:
		b.WriteString("unknown field")
		if e.Suggestion != "" {
			fmt.Fprintf(&b, "; did you mean %q?", e.Suggestion)
		}
	case DuplicateKey:
		fmt.Fprintf(&b, "duplicate key %q", e.Key)
	case MissingRequired:
		fmt.Fprintf(&b, "missing required field %q", e.Key)
	case TypeMismatch:
		fmt.Fprintf(&b, "cannot decode %s into Go value of type %v", e.Value, e.Type)
	default:
		b.WriteString(e.Kind.String())
		if e.Msg != "" {
			b.WriteString(": ")
			b.WriteString(e.Msg)
		}
	}
	return b.String()
}

// Unwrap returns the underlying error, or nil.
func (e *PathError) Unwrap() error { return e.Err }

// Is reports whether target is e's ErrorKind.
func (e *PathError) Is(target error) bool {
	k, ok := target.(ErrorKind)
	return ok && k == e.Kind
}

// DecodeError reports every problem found in one document, ordered by
// position (Convert: by path, visiting object keys in sorted order).
// errors.As on it finds the first *PathError, errors.Is matches any
// problem's ErrorKind, and Errors lists them all. It holds at most MaxErrors
// problems; Omitted counts the rest.
type DecodeError struct {
	Errors  []*PathError
	Omitted int
}

// MaxErrors bounds the problems a DecodeError keeps, so that a huge
// document full of mistakes cannot exhaust memory: problems past the bound
// are only counted, at no cost in memory.
const MaxErrors = 100

// Error lists the problems, one per line after the first.
func (e *DecodeError) Error() string {
	if len(e.Errors) == 1 && e.Omitted == 0 {
		return "encode: " + e.Errors[0].Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "encode: %d problems:", len(e.Errors)+e.Omitted)
	for _, pe := range e.Errors {
		b.WriteString("\n\t")
		b.WriteString(pe.Error())
	}
	if e.Omitted > 0 {
		fmt.Fprintf(&b, "\n\t(and %d more)", e.Omitted)
	}
	return b.String()
}

// Unwrap returns the problems as errors, for errors.Is and errors.As.
func (e *DecodeError) Unwrap() []error {
	errs := make([]error, len(e.Errors))
	for i, pe := range e.Errors {
		errs[i] = pe
	}
	return errs
}
