package encode

import (
	"encoding/json"
	"io"
	"reflect"
	"slices"
)

// DecodeOption configures Unmarshal, NewDecoder and Convert.
type DecodeOption func(*decOptions)

type decOptions struct {
	strict    bool
	useNumber bool
}

// Strict makes decoding reject, besides what encoding/json rejects: object
// keys that match no struct field (UnknownField, with the closest field
// name as Suggestion), repeated keys or keys that fold to the same field
// (DuplicateKey), and data after the value (TrailingData; see Decoder for
// streams). Keys still match fields case-insensitively, as in encoding/json.
func Strict() DecodeOption { return func(o *decOptions) { o.strict = true } }

// UseNumber makes numbers decoded into an interface{} json.Number values
// instead of float64, as json.Decoder.UseNumber does.
func UseNumber() DecodeOption { return func(o *decOptions) { o.useNumber = true } }

func decNewOptions(opts []DecodeOption) decOptions {
	var o decOptions
	for _, opt := range opts {
		opt(&o)
	}
	return o
}

// Unmarshal decodes the JSON value in data into the value v points to.
//
// Without options it stores exactly what json.Unmarshal stores and fails
// exactly where json.Unmarshal fails, honouring json.Unmarshaler,
// encoding.TextUnmarshaler, json.Number, json.RawMessage, ",string" and
// embedded structs; the one addition is that a field tagged
// `mapkit:"required"` must be present in its object (with any value, null
// included), else MissingRequired names the object and the field. Where
// json.Unmarshal reports only the first type mismatch, Unmarshal reports
// them all.
//
// A non-nil error is a *json.InvalidUnmarshalError when v is not a non-nil
// pointer, and otherwise a *DecodeError listing every problem as a
// *PathError with its path, line and column. A syntax error stops decoding
// before anything is stored (input that ends too soon also matches
// io.ErrUnexpectedEOF); other problems are collected while the rest of the
// document is decoded as well as possible.
func Unmarshal(data []byte, v any, opts ...DecodeOption) error {
	end, serr := decValidate(data, 0)
	if serr != nil {
		var cause error
		if serr.eof {
			cause = io.ErrUnexpectedEOF
		}
		return decSyntaxResult(data, serr, cause)
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &json.InvalidUnmarshalError{Type: reflect.TypeOf(v)}
	}
	o := decNewOptions(opts)
	trailing := skipSpace(data, end)
	if trailing < len(data) && !o.strict {
		return decSyntaxResult(data, &decSyntax{off: trailing,
			msg: "invalid character " + decQuoteChar(data[trailing]) + " after top-level value"}, nil)
	}
	d := decState{in: &decText{data: data}, strict: o.strict, useNumber: o.useNumber}
	d.value(rv)
	if trailing < len(data) {
		d.report(&PathError{Kind: TrailingData, Offset: int64(trailing),
			Msg: "invalid character " + decQuoteChar(data[trailing]) + " after top-level value"})
	}
	return d.result(&decPosition{data: data}, decPositionBase{})
}

// decPositionBase places data within a longer stream: its offset, the line
// of its first byte minus one, and the bytes before it on that line.
type decPositionBase struct {
	offset int64
	line   int
	column int
}

// decSyntaxResult reports a syntax error at serr.off in data; cause, if not
// nil, is the error to unwrap to (io.ErrUnexpectedEOF for streams).
func decSyntaxResult(data []byte, serr *decSyntax, cause error) error {
	d := decState{}
	d.report(&PathError{Kind: SyntaxError, Offset: int64(serr.off), Msg: serr.msg, Err: cause})
	return d.result(&decPosition{data: data}, decPositionBase{})
}

// result returns the problems found as a *DecodeError with positions
// resolved by p (nil without text), or nil when there were none.
func (d *decState) result(p *decPosition, base decPositionBase) error {
	if len(d.errs) == 0 && d.omitted == 0 {
		return nil
	}
	if p != nil {
		slices.SortStableFunc(d.errs, func(a, b *PathError) int { return int(a.Offset - b.Offset) })
		for _, e := range d.errs {
			e.Line, e.Column = p.at(int(e.Offset))
			if e.Line == 1 {
				e.Column += base.column
			}
			e.Line += base.line
			e.Offset += base.offset
			if te, ok := e.Err.(*json.UnmarshalTypeError); ok {
				te.Offset = e.Offset
			}
		}
	} else {
		for _, e := range d.errs {
			e.Offset = -1
		}
	}
	return &DecodeError{Errors: d.errs, Omitted: d.omitted}
}
