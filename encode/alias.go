package encode

import "encoding/json"

// The types of encoding/json's API that code written against it names:
// aliases, so that a value or an error of one package is one of the other
// (errors.As with *encode.MarshalerError finds a *json.MarshalerError).

// Marshaler is json.Marshaler: a type that returns its own JSON. Marshal
// and Encoder use it as encoding/json does, after StreamMarshaler.
type Marshaler = json.Marshaler

// Unmarshaler is json.Unmarshaler: a type that decodes its own JSON.
type Unmarshaler = json.Unmarshaler

// Number is json.Number: a JSON number literal kept as text. Marshal
// writes it as it is, after checking that it is a valid JSON number.
type Number = json.Number

// RawMessage is json.RawMessage: JSON text written as it is (validated,
// compacted and HTML-escaped as encoding/json does) and decoded as a copy.
type RawMessage = json.RawMessage

// MarshalerError is json.MarshalerError: a MarshalJSON, MarshalText or
// MarshalJSONStream method failed or wrote invalid JSON. A *ValueError
// wraps it with the path of the value.
type MarshalerError = json.MarshalerError

// UnsupportedTypeError is json.UnsupportedTypeError: a value of a type
// JSON cannot represent (channel, func, complex, a map with an unsupported
// key type). A *ValueError wraps it with the path of the value.
type UnsupportedTypeError = json.UnsupportedTypeError

// UnsupportedValueError is json.UnsupportedValueError: NaN, an infinity or
// a cycle. A *ValueError wraps it with the path of the value.
type UnsupportedValueError = json.UnsupportedValueError

// InvalidUTF8Error is json.InvalidUTF8Error, which encoding/json no longer
// returns (invalid UTF-8 is written as U+FFFD); it is kept for code that
// names it.
//
// Deprecated: as in encoding/json, it is never returned.
//
//lint:ignore SA1019 kept, as encoding/json keeps it, for code that names it
type InvalidUTF8Error = json.InvalidUTF8Error

// SyntaxError is json.SyntaxError: the input is not valid JSON. Unmarshal
// and Decoder return a *DecodeError whose problem wraps one, so
// errors.As(err, new(*SyntaxError)) finds it with encoding/json's message
// and Offset.
type SyntaxError = json.SyntaxError

// UnmarshalTypeError is json.UnmarshalTypeError: a JSON value that does not
// fit the Go type it is decoded into, with encoding/json's Offset, Struct
// and Field. errors.As finds it in the errors of Unmarshal and Decoder.
type UnmarshalTypeError = json.UnmarshalTypeError

// InvalidUnmarshalError is json.InvalidUnmarshalError: the target passed to
// Unmarshal or Decode is not a non-nil pointer.
type InvalidUnmarshalError = json.InvalidUnmarshalError

// UnmarshalFieldError is json.UnmarshalFieldError, which encoding/json no
// longer returns; it is kept for code that names it.
//
// Deprecated: No longer used; kept for compatibility.
//
//lint:ignore SA1019 encoding/json's API names it
type UnmarshalFieldError = json.UnmarshalFieldError
