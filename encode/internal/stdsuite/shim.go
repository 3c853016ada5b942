// Package json runs the toolchain's own encoding/json tests against encode.
// It declares encoding/json's exported API in terms of encode, as a program
// that switched its import would see it; TestEncodingJSONSuite copies the
// test files of $(go env GOROOT)/src/encoding/json beside this file and runs
// them. Nothing else imports it.
package json

import (
	"bytes"
	"errors"
	"io"

	"github.com/mapkit-go/mapkit/encode"
)

type (
	Delim = encode.Delim
	//lint:ignore SA1019 encoding/json's API names it
	InvalidUTF8Error      = encode.InvalidUTF8Error
	InvalidUnmarshalError = encode.InvalidUnmarshalError
	Marshaler             = encode.Marshaler
	MarshalerError        = encode.MarshalerError
	Number                = encode.Number
	RawMessage            = encode.RawMessage
	SyntaxError           = encode.SyntaxError
	Token                 = encode.Token
	//lint:ignore SA1019 encoding/json's API names it
	UnmarshalFieldError   = encode.UnmarshalFieldError
	UnmarshalTypeError    = encode.UnmarshalTypeError
	Unmarshaler           = encode.Unmarshaler
	UnsupportedTypeError  = encode.UnsupportedTypeError
	UnsupportedValueError = encode.UnsupportedValueError
)

func Compact(dst *bytes.Buffer, src []byte) error { return encode.Compact(dst, src) }
func HTMLEscape(dst *bytes.Buffer, src []byte)    { encode.HTMLEscape(dst, src) }
func Indent(dst *bytes.Buffer, src []byte, prefix, indent string) error {
	return encode.Indent(dst, src, prefix, indent)
}
func Valid(data []byte) bool { return encode.Valid(data) }

func Marshal(v any) ([]byte, error) {
	b, err := encode.Marshal(v)
	return b, stdError(err)
}

func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	b, err := encode.MarshalIndent(v, prefix, indent)
	return b, stdError(err)
}

func Unmarshal(data []byte, v any) error { return stdError(encode.Unmarshal(data, v)) }

// Decoder is encode's Decoder with its errors as encoding/json returns them.
type Decoder struct{ *encode.Decoder }

func NewDecoder(r io.Reader) *Decoder { return &Decoder{encode.NewDecoder(r)} }

func (d *Decoder) Decode(v any) error { return stdError(d.Decoder.Decode(v)) }

func (d *Decoder) Token() (Token, error) {
	t, err := d.Decoder.Token()
	return t, stdError(err)
}

// Encoder is encode's Encoder with its errors as encoding/json returns them.
type Encoder struct{ *encode.Encoder }

func NewEncoder(w io.Writer) *Encoder { return &Encoder{encode.NewEncoder(w)} }

func (e *Encoder) Encode(v any) error { return stdError(e.Encoder.Encode(v)) }

// stdError returns the error encoding/json returns where encode returned
// err: encode documents it as the Err of the first problem of a
// *DecodeError (PathError.Err) and as what a *ValueError wraps.
func stdError(err error) error {
	var de *encode.DecodeError
	if errors.As(err, &de) && len(de.Errors) > 0 && de.Errors[0].Err != nil {
		return de.Errors[0].Err
	}
	var ve *encode.ValueError
	if errors.As(err, &ve) && ve.Err != nil {
		return ve.Err
	}
	return err
}
