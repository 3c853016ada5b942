package encode

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"
)

// This file is encoding/json's exported API (go doc -all encoding/json),
// encoding side and shared types, written against this package as a caller
// of encoding/json writes it: an identifier missing here, or one with a
// different signature, fails to compile. The decoding side is in
// api_decoder_test.go.

// Functions and methods, with their exact signatures (Marshal and
// NewEncoder take options after encoding/json's arguments, so they are
// checked by calls).
var (
	_ func(*bytes.Buffer, []byte) error                 = Compact
	_ func(*bytes.Buffer, []byte)                       = HTMLEscape
	_ func(*bytes.Buffer, []byte, string, string) error = Indent
	_ func(any, string, string) ([]byte, error)         = MarshalIndent
	_ func([]byte) bool                                 = Valid
	_ func(any) ([]byte, error)                         = func(v any) ([]byte, error) { return Marshal(v) }
	_ func(io.Writer) *Encoder                          = func(w io.Writer) *Encoder { return NewEncoder(w) }
	_ func(*Encoder, any) error                         = (*Encoder).Encode
	_ func(*Encoder, bool)                              = (*Encoder).SetEscapeHTML
	_ func(*Encoder, string, string)                    = (*Encoder).SetIndent
	_ func(Number) (float64, error)                     = Number.Float64
	_ func(Number) (int64, error)                       = Number.Int64
	_ func(Number) string                               = Number.String
	_ func(RawMessage) ([]byte, error)                  = RawMessage.MarshalJSON
	_ func(*RawMessage, []byte) error                   = (*RawMessage).UnmarshalJSON
	_ func(*MarshalerError) string                      = (*MarshalerError).Error
	_ func(*MarshalerError) error                       = (*MarshalerError).Unwrap
	_ func(*UnsupportedTypeError) string                = (*UnsupportedTypeError).Error
	_ func(*UnsupportedValueError) string               = (*UnsupportedValueError).Error
	_ func(*InvalidUTF8Error) string                    = (*InvalidUTF8Error).Error
)

// Interfaces and struct fields.
var (
	_ Marshaler   = RawMessage(nil)
	_ Unmarshaler = (*RawMessage)(nil)
	_             = MarshalerError{Type: reflect.TypeFor[int](), Err: io.EOF}
	_             = UnsupportedTypeError{Type: reflect.TypeFor[chan int]()}
	_             = UnsupportedValueError{Value: reflect.ValueOf(0), Str: "NaN"}
	_             = InvalidUTF8Error{S: "\xff"}
)

// TestEncodingJSONAPI calls the package functions as encoding/json's
// callers do and checks they return what encoding/json returns.
func TestEncodingJSONAPI(t *testing.T) {
	v := map[string]any{"b": []any{1.0, "<&>"}, "a": Number("2.50"), "r": RawMessage(` {"x" : 1} `)}
	src := []byte(" { \"a\" : [1, \"<\u2028>\"], \"b\" : {} } \n")
	bad := []byte(`{"a":]`)

	var b []byte
	var err error
	b, err = Marshal(v)
	want, wantErr := json.Marshal(v)
	require.Equal(t, wantErr, err)
	require.Equal(t, string(want), string(b))

	b, err = MarshalIndent(v, "> ", "\t")
	want, wantErr = json.MarshalIndent(v, "> ", "\t")
	require.Equal(t, wantErr, err)
	require.Equal(t, string(want), string(b))

	var ok bool = Valid(src)
	require.Equal(t, json.Valid(src), ok)
	require.Equal(t, json.Valid(bad), Valid(bad))

	for _, in := range [][]byte{src, bad} {
		var got, exp bytes.Buffer
		got.WriteString("kept")
		exp.WriteString("kept")
		require.Equal(t, json.Compact(&exp, in), Compact(&got, in))
		require.Equal(t, exp.String(), got.String())
		require.Equal(t, json.Indent(&exp, in, "> ", "  "), Indent(&got, in, "> ", "  "))
		require.Equal(t, exp.String(), got.String())
		json.HTMLEscape(&exp, in)
		HTMLEscape(&got, in)
		require.Equal(t, exp.String(), got.String())
	}
	var se *json.SyntaxError
	require.True(t, errors.As(Compact(new(bytes.Buffer), bad), &se))

	var w bytes.Buffer
	enc := NewEncoder(&w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(v))
	var stdW bytes.Buffer
	std := json.NewEncoder(&stdW)
	std.SetEscapeHTML(false)
	std.SetIndent("", "  ")
	require.NoError(t, std.Encode(v))
	require.Equal(t, stdW.String(), w.String())

	_, err = Marshal(make(chan int))
	var ute *UnsupportedTypeError
	require.True(t, errors.As(err, &ute))
	_, err = Marshal(map[string]badJSON{"k": {"{"}})
	var me *MarshalerError
	require.True(t, errors.As(err, &me))
}
