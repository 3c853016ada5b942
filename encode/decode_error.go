package encode

import (
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
)

// ErrorKind classifies a decoding problem. Each kind is also an error value,
// so errors.Is(err, encode.UnknownField) reports whether a document had an
// unknown field anywhere.
type ErrorKind uint8

const (
	// InvalidSyntax: the input is not JSON. It stops decoding: the target is
	// left as it was before the call (Unmarshal) or before the value
	// (Decoder).
	InvalidSyntax ErrorKind = iota + 1
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
	// object, or set to null (Msg "set to null", located at the null)
	// unless tagged `mapkit:"required,nullable"`. Path is the enclosing
	// object, Key the field's name.
	MissingRequired
	// TrailingData: bytes follow the value (Strict only; without Strict,
	// Unmarshal reports them as an InvalidSyntax, as encoding/json does).
	TrailingData
	// InvalidValue: the target rejected a well-formed value: an
	// UnmarshalJSON or UnmarshalText error, bad base64 for a []byte, a
	// misused ",string" option, an invalid json.Number, or (Convert) a
	// source value that is not JSON-shaped. Err holds the cause.
	InvalidValue
)

var kindNames = [...]string{
	InvalidSyntax:   "syntax error",
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
	// Value is the JSON text of the value for TypeMismatch (`"8443"`,
	// `300`, `true`; cut in the middle past 64 bytes), or "object" or
	// "array", and Type the Go type it could not be stored in. Without
	// text (Convert) Value describes the value as encoding/json does
	// ("string", "number 300").
	Value string
	Type  reflect.Type
	// Msg details an InvalidSyntax or InvalidValue.
	Msg string
	// Err is the underlying error, if any: what encoding/json would return
	// for the same problem. It is a *json.SyntaxError for an InvalidSyntax or
	// TrailingData (with the offset encoding/json reports: the offending
	// byte's plus one, or the input's length at its end; a Decoder whose
	// stream ends inside a value gives io.ErrUnexpectedEOF, as json.Decoder
	// does), a *json.UnmarshalTypeError for TypeMismatch (Offset, Struct
	// and Field as encoding/json fills them), for UnknownField the error
	// json.Decoder's DisallowUnknownFields returns (`json: unknown field
	// "x"`), the error returned by an
	// UnmarshalJSON or UnmarshalText method, or a base64 error. A
	// Decoder's offsets count from the start of the stream (json.Decoder
	// counts a type error's from the start of its value).
	Err error

	eof   bool  // the input ended inside the value
	order int64 // where the problem sorts in its DecodeError, plus one; 0: at Offset
}

// sortKey returns where e sorts among the problems of its document.
func (e *PathError) sortKey() int64 {
	if e.order > 0 {
		return e.order - 1
	}
	return e.Offset
}

// Error formats the problem on one line, beginning with encoding/json's
// message for it where encoding/json has one, then encode's location:
// `json: unknown field "timout_ms" (at upstreams[1].timout_ms, line 3, column 5; did you mean "timeout_ms"?)`.
func (e *PathError) Error() string {
	var b strings.Builder
	switch e.Kind {
	case UnknownField:
		fmt.Fprintf(&b, "json: unknown field %q", e.Key)
	case DuplicateKey:
		fmt.Fprintf(&b, "encode: duplicate key %q", e.Key)
	case MissingRequired:
		fmt.Fprintf(&b, "encode: missing required field %q", e.Key)
		if e.Msg != "" {
			b.WriteString(": " + e.Msg)
		}
	case TypeMismatch:
		desc := e.Value
		if te, ok := e.Err.(*json.UnmarshalTypeError); ok {
			b.WriteString(te.Error())
			desc = te.Value
		} else {
			fmt.Fprintf(&b, "json: cannot unmarshal %s into Go value of type %v", e.Value, e.Type)
		}
		if !strings.HasSuffix(desc, e.Value) {
			b.WriteString(": ")
			b.WriteString(e.Value)
		}
	default:
		if e.Msg == "" {
			b.WriteString("encode: " + e.Kind.String())
		}
		b.WriteString(e.Msg)
	}
	var where []string
	if e.Path != "" {
		where = append(where, "at "+e.Path)
	}
	if e.Line > 0 {
		where = append(where, fmt.Sprintf("line %d, column %d", e.Line, e.Column))
	}
	if len(where) > 0 || e.Suggestion != "" {
		b.WriteString(" (")
		b.WriteString(strings.Join(where, ", "))
		if e.Suggestion != "" {
			if len(where) > 0 {
				b.WriteString("; ")
			}
			fmt.Fprintf(&b, "did you mean %q?", e.Suggestion)
		}
		b.WriteString(")")
	}
	return b.String()
}

// Unwrap returns the underlying error, or nil.
func (e *PathError) Unwrap() error { return e.Err }

// Is reports whether target is e's ErrorKind, or io.ErrUnexpectedEOF for
// input that ended inside a value.
func (e *PathError) Is(target error) bool {
	if target == io.ErrUnexpectedEOF {
		return e.eof
	}
	k, ok := target.(ErrorKind)
	return ok && k == e.Kind
}

// DecodeError reports every problem found in one document, ordered by
// position (Convert: by path, visiting object keys in sorted order), except
// that a map key that is not a number of the key type comes after the
// problems of its value, as encoding/json meets them; the first problem is
// the one encoding/json would return.
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

// Error describes the first problem as PathError.Error does, so that it
// begins with what encoding/json would say, then lists the others, one per
// line.
func (e *DecodeError) Error() string {
	if len(e.Errors) == 0 {
		return fmt.Sprintf("encode: %d problems", e.Omitted)
	}
	var b strings.Builder
	b.WriteString(e.Errors[0].Error())
	for _, pe := range e.Errors[1:] {
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
