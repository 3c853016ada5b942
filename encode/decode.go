package encode

import (
	"cmp"
	"encoding/json"
	"reflect"
	"slices"
)

type decodeConfig struct {
	strict    bool
	useNumber bool
	exactCase bool
	hooks     map[reflect.Type]hook
	noUnknown bool // reject unknown fields only (Decoder.DisallowUnknownFields)
}

// newOptions returns the decoding configuration opts give; encoding
// options are ignored. Only hooks allocate.
func newOptions(opts []Option) decodeConfig {
	var o decodeConfig
	for _, opt := range opts {
		switch opt.kind {
		case optStrict:
			o.strict = true
		case optUseNumber:
			o.useNumber = true
		case optExactCase:
			o.exactCase = true
		case optHook:
			o.hook(opt.hookType, hook{strings: opt.on, fn: opt.hook})
		}
	}
	return o
}

// Unmarshal decodes the JSON value in data into the value v points to.
//
// Without options it stores exactly what json.Unmarshal stores and fails
// exactly where json.Unmarshal fails, honouring json.Unmarshaler,
// encoding.TextUnmarshaler, json.Number, json.RawMessage, ",string" and
// embedded structs; the one addition is that a field tagged
// `mapkit:"required"` must be present in its object and not null (null is
// allowed with `mapkit:"required,nullable"`), else MissingRequired names
// the object and the field. Where
// json.Unmarshal reports only the first type mismatch, Unmarshal reports
// them all.
//
// A non-nil error is a *json.InvalidUnmarshalError when v is not a non-nil
// pointer, and otherwise a *DecodeError listing every problem as a
// *PathError with its path, line and column; errors.As finds the
// *json.SyntaxError or *json.UnmarshalTypeError encoding/json would return,
// and the message begins with encoding/json's. A syntax error stops
// decoding before anything is stored (input that ends too soon also
// matches io.ErrUnexpectedEOF). Where encoding/json stops at a problem (a
// failing UnmarshalJSON or UnmarshalText, an invalid json.Number, a misused
// ",string"), Unmarshal stores nothing more and calls no more methods,
// but still checks the rest of the document and reports its problems.
func Unmarshal(data []byte, v any, opts ...Option) error {
	end, serr := validate(data, 0)
	if serr != nil {
		return syntaxResult(data, serr)
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &json.InvalidUnmarshalError{Type: reflect.TypeOf(v)}
	}
	o := newOptions(opts)
	trailing := skipSpace(data, end)
	if trailing < len(data) && !o.strict {
		return syntaxResult(data, &scanError{off: trailing,
			msg: "invalid character " + quoteChar(data[trailing]) + " after top-level value"})
	}
	d := o.state(&textInput{data: data})
	d.value(rv)
	if trailing < len(data) {
		serr := &scanError{off: trailing, msg: "invalid character " + quoteChar(data[trailing]) + " after top-level value"}
		d.report(syntaxProblem(TrailingData, data, 0, serr))
	}
	return d.result(&position{data: data}, positionBase{})
}

// positionBase places data within a longer stream: its offset, the line
// of its first byte minus one, and the bytes before it on that line.
type positionBase struct {
	offset int64
	line   int
	column int
}

// syntaxResult reports a syntax error in data.
func syntaxResult(data []byte, serr *scanError) error {
	d := decodeState{}
	d.report(syntaxProblem(InvalidSyntax, data, 0, serr))
	return d.result(&position{data: data}, positionBase{})
}

// syntaxProblem describes the syntax error serr in the value that starts
// at start in data. Its Err is encoding/json's own *json.SyntaxError for
// the same text, message and offset as json.Unmarshal reports them, so that
// errors.As finds the type callers of encoding/json test for; input that
// ends too soon also matches io.ErrUnexpectedEOF.
func syntaxProblem(kind ErrorKind, data []byte, start int, serr *scanError) *PathError {
	end := len(data)
	if !serr.eof {
		end = serr.off + 1
	}
	e := &PathError{Kind: kind, Offset: int64(serr.off), Msg: serr.msg, eof: serr.eof}
	if se := stdSyntax(data[start:end]); se != nil {
		se.Offset += int64(start)
		e.Msg, e.Err = se.Error(), se
	}
	return e
}

// stdSyntax returns the *json.SyntaxError encoding/json reports for
// text, which is not JSON, or nil if it has none.
func stdSyntax(text []byte) *json.SyntaxError {
	var discard struct{}
	se, _ := json.Unmarshal(text, &discard).(*json.SyntaxError)
	return se
}

// result returns the problems found as a *DecodeError with positions
// resolved by p (nil without text), or nil when there were none.
func (d *decodeState) result(p *position, base positionBase) error {
	if len(d.errs) == 0 && d.omitted == 0 {
		return nil
	}
	if p != nil {
		slices.SortStableFunc(d.errs, func(a, b *PathError) int { return cmp.Compare(a.sortKey(), b.sortKey()) })
		for _, e := range d.errs {
			e.Line, e.Column = p.at(int(e.Offset))
			if e.Line == 1 {
				e.Column += base.column
			}
			e.Line += base.line
			e.Offset += base.offset
			switch cause := e.Err.(type) {
			case *json.UnmarshalTypeError:
				cause.Offset += base.offset
			case *json.SyntaxError:
				cause.Offset += base.offset
			}
		}
	} else {
		for _, e := range d.errs {
			e.Offset = -1
		}
	}
	return &DecodeError{Errors: d.errs, Omitted: d.omitted}
}
