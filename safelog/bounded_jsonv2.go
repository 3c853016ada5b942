//go:build goexperiment.jsonv2

package safelog

import "encoding/json/jsontext"

// MarshalJSONTo writes the bounded document MarshalJSON returns to enc, for
// encoding/json/v2. As for any JSON value, enc formats it by its own
// options: by default json/v2 writes <, >, &, U+2028, U+2029 and C1 controls
// unescaped, which only shortens the document, and escapes them again with
// jsontext.EscapeForHTML or EscapeForJS. The error is enc's.
func (b Value) MarshalJSONTo(enc *jsontext.Encoder) error {
	out, _ := b.MarshalJSON()
	return enc.WriteValue(out)
}
