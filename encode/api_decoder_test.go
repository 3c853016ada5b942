package encode

import (
	"io"
	"strings"
	"testing"
)

// The decoding side of encoding/json's exported API (go doc -all
// encoding/json), written against this package as a caller of
// encoding/json writes it; see api_test.go for the encoding side.

var (
	_ func(io.Reader) *Decoder            = func(r io.Reader) *Decoder { return NewDecoder(r) }
	_ func(*Decoder) io.Reader            = (*Decoder).Buffered
	_ func(*Decoder, any) error           = (*Decoder).Decode
	_ func(*Decoder)                      = (*Decoder).DisallowUnknownFields
	_ func(*Decoder) int64                = (*Decoder).InputOffset
	_ func(*Decoder) bool                 = (*Decoder).More
	_ func(*Decoder) (Token, error)       = (*Decoder).Token
	_ func(*Decoder)                      = (*Decoder).UseNumber
	_ func(Delim) string                  = Delim.String
	_ func(*SyntaxError) string           = (*SyntaxError).Error
	_ func(*UnmarshalTypeError) string    = (*UnmarshalTypeError).Error
	_ func(*InvalidUnmarshalError) string = (*InvalidUnmarshalError).Error
	_ func(*UnmarshalFieldError) string   = (*UnmarshalFieldError).Error
)

var (
	_ Token = Delim('{')
	_       = SyntaxError{Offset: 1}
	_       = UnmarshalTypeError{Value: "string", Type: nil, Offset: 1, Struct: "T", Field: "a.b"}
	_       = InvalidUnmarshalError{Type: nil}
)

func TestDecodingJSONAPICompiles(t *testing.T) {
	var v struct{ A int }
	var err error = Unmarshal([]byte(`{"A":1}`), &v)
	if err != nil || v.A != 1 {
		t.Fatalf("Unmarshal: %v %+v", err, v)
	}
	dec := NewDecoder(strings.NewReader(`[{"A":2}]`))
	dec.DisallowUnknownFields()
	dec.UseNumber()
	if _, err := dec.Token(); err != nil {
		t.Fatal(err)
	}
	for dec.More() {
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
	}
	_ = dec.Buffered()
	_ = dec.InputOffset()
}
