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
