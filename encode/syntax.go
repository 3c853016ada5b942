package encode

import (
	"bytes"
	"encoding/json"
)

// The functions on JSON text are encoding/json's own, so that their bytes
// and their *json.SyntaxError (message and Offset) are those of the
// encoding/json built into the program, whatever the Go version.

// Valid reports whether data is one valid JSON value, surrounded by
// optional whitespace, as json.Valid does. It allocates nothing.
func Valid(data []byte) bool { return json.Valid(data) }

// Compact appends to dst the JSON text src with insignificant whitespace
// removed, as json.Compact does. Invalid input is a *json.SyntaxError and
// leaves dst unchanged.
func Compact(dst *bytes.Buffer, src []byte) error { return json.Compact(dst, src) }

// Indent appends to dst an indented form of the JSON text src, as
// json.Indent does: each element of an object or array on a new line
// beginning with prefix and one copy of indent per nesting level; the
// appended text does not begin with prefix, and whitespace after the value
// is kept. Invalid input is a *json.SyntaxError and leaves dst unchanged.
// For a value rather than text, MarshalIndent writes the same bytes in one
// pass.
func Indent(dst *bytes.Buffer, src []byte, prefix, indent string) error {
	return json.Indent(dst, src, prefix, indent)
}

// HTMLEscape appends to dst the JSON text src with <, >, & and U+2028,
// U+2029 inside strings written as \u003c, \u003e, \u0026, \u2028 and
// \u2029, as json.HTMLEscape does, so that the text is safe inside an HTML
// <script> element.
func HTMLEscape(dst *bytes.Buffer, src []byte) { json.HTMLEscape(dst, src) }
