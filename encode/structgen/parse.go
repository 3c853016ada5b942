package structgen

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// SampleError reports a sample that types cannot be inferred from: invalid
// JSON, a duplicate key, or null at the top level. Line and Column are
// 1-based; Column counts bytes; Offset is the 0-based byte offset. A
// position at the end of the input points just past its last byte.
type SampleError struct {
	Sample string // the caller's name for the sample, or "sample N" (0-based)
	Line   int
	Column int
	Offset int
	Msg    string
	Err    error // the underlying *json.SyntaxError, if any
}

// Error returns "sample:line:column: message".
func (e *SampleError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Sample, e.Line, e.Column, e.Msg)
}

// Unwrap returns the underlying error, if any.
func (e *SampleError) Unwrap() error { return e.Err }

func newSampleError(name string, data []byte, off int, msg string, err error) *SampleError {
	line := 1 + bytes.Count(data[:off], []byte{'\n'})
	col := off - bytes.LastIndexByte(data[:off], '\n')
	return &SampleError{Sample: name, Line: line, Column: col, Offset: off, Msg: msg, Err: err}
}

// parse infers the type of one sample.
func parse(name string, data []byte) (*Type, error) {
	var raw json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		var se *json.SyntaxError
		if !errors.As(err, &se) {
			return nil, newSampleError(name, data, 0, err.Error(), err)
		}
		off := int(se.Offset) - 1
		if strings.HasPrefix(se.Error(), "unexpected end") {
			off = len(data)
		}
		return nil, newSampleError(name, data, max(0, min(off, len(data))), se.Error(), err)
	}
	p := &parser{name: name, data: data, dec: json.NewDecoder(bytes.NewReader(data))}
	p.dec.UseNumber()
	start := p.next()
	t, err := p.value()
	if err != nil {
		return nil, err
	}
	if t.Kind == Unknown && t.Null {
		return nil, newSampleError(name, data, start, "the sample is null: it has no type to infer", nil)
	}
	return t, nil
}

// parser reads one valid JSON document token by token.
type parser struct {
	name string
	data []byte
	dec  *json.Decoder
}

// next returns the offset of the next token.
func (p *parser) next() int {
	off := int(p.dec.InputOffset())
	for off < len(p.data) {
		switch p.data[off] {
		case ' ', '\t', '\n', '\r', ',', ':':
			off++
		default:
			return off
		}
	}
	return off
}

// value reads one value. The document is known to be valid, so a token error
// cannot happen; it is passed on all the same.
func (p *parser) value() (*Type, error) {
	tok, err := p.dec.Token()
	if err != nil {
		return nil, err
	}
	switch v := tok.(type) {
	case json.Delim:
		if v == '{' {
			return p.object()
		}
		return p.array()
	case bool:
		return &Type{Kind: Bool, Values: 1}, nil
	case string:
		return &Type{Kind: String, Values: 1}, nil
	case json.Number:
		return number(string(v)), nil
	default:
		return &Type{Null: true}, nil
	}
}

func (p *parser) object() (*Type, error) {
	t := &Type{Kind: Object, Values: 1}
	for p.dec.More() {
		off := p.next()
		tok, err := p.dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := tok.(string)
		if t.Field(key) != nil {
			return nil, newSampleError(p.name, p.data, off, fmt.Sprintf("duplicate key %q", key), nil)
		}
		f := t.field(key)
		f.Count = 1
		if f.Type, err = p.value(); err != nil {
			return nil, err
		}
	}
	t.keys = len(t.Fields)
	_, err := p.dec.Token()
	return t, err
}

func (p *parser) array() (*Type, error) {
	t := &Type{Kind: Array, Values: 1, Elem: &Type{}}
	for p.dec.More() {
		e, err := p.value()
		if err != nil {
			return nil, err
		}
		merge(t.Elem, e)
	}
	_, err := p.dec.Token()
	return t, err
}
