package encode

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
)

// Decoder reads a stream of JSON values (separated by optional whitespace,
// like json.Decoder accepts) from a reader and decodes them one by one with
// Unmarshal's rules and errors. Lines, columns and offsets in its errors
// count from the start of the stream.
//
// With Strict, bytes where the next value should begin that cannot begin
// one (`{"a":1} }`, `[1],[2]`) are reported as TrailingData by the Decode
// call that reaches them; a further complete value is not trailing data
// but the next value of the stream. To require that a file holds exactly
// one value, use Unmarshal, or call Decode again and expect io.EOF.
//
// Decode returns as soon as its value is complete, without waiting for
// more input (after a number it needs one more byte, or the end), so a
// Decoder serves interactive streams. Like json.Decoder it may read and
// buffer data beyond the value.
type Decoder struct {
	r      io.Reader
	opts   decOptions
	buf    []byte
	next   int   // offset in buf of the first unread byte
	err    error // the reader's error (io.EOF at the end), once it returned one
	stuck  error // the syntax error that ended the stream
	values int   // values decoded so far
	base   decPositionBase
}

// decReadMin is the smallest read a Decoder asks its reader for.
const decReadMin = 4096

// NewDecoder returns a Decoder reading from r. It buffers what it reads.
func NewDecoder(r io.Reader, opts ...DecodeOption) *Decoder {
	return &Decoder{r: r, opts: decNewOptions(opts)}
}

// Decode reads the next JSON value and stores it in the value v points to,
// as Unmarshal does. At the end of the stream it returns io.EOF; when the
// stream ends inside a value, a *DecodeError with a SyntaxError that wraps
// io.ErrUnexpectedEOF. A syntax error or read error is returned again by
// every later call.
func (dec *Decoder) Decode(v any) error {
	if dec.stuck != nil {
		return dec.stuck
	}
	start, end, err := dec.readValue()
	if err != nil {
		return err
	}
	data := dec.buf[:end]
	dec.next = end
	dec.values++
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &json.InvalidUnmarshalError{Type: reflect.TypeOf(v)}
	}
	d := dec.opts.state(&decText{data: data, off: start})
	d.value(rv)
	return d.result(data, dec.base)
}

// InputOffset returns the stream offset just past the last value decoded.
func (dec *Decoder) InputOffset() int64 { return dec.base.offset + int64(dec.next) }

// readValue finds the next complete value in the buffer, reading more as
// needed, and returns its bounds.
func (dec *Decoder) readValue() (start, end int, err error) {
	for {
		start = decSkipSpace(dec.buf, dec.next)
		if start == len(dec.buf) {
			if dec.err != nil {
				return 0, 0, dec.err
			}
			dec.fill()
			continue
		}
		end, serr := decValidate(dec.buf, start)
		if serr != nil {
			if serr.eof && dec.err == nil {
				dec.fill()
				continue
			}
			return 0, 0, dec.fail(start, serr)
		}
		if c := dec.buf[start]; (c == '-' || decIsDigit(c)) && end == len(dec.buf) && dec.err == nil {
			dec.fill() // a number may go on in the next read
			continue
		}
		return start, end, nil
	}
}

// fail turns a syntax error into the Decoder's sticky error.
func (dec *Decoder) fail(start int, serr *decSyntax) error {
	var cause error
	if serr.eof {
		if !errors.Is(dec.err, io.EOF) {
			return dec.err // a read error cut the value short
		}
		cause = io.ErrUnexpectedEOF
	}
	d := decState{}
	kind := SyntaxError
	if dec.opts.strict && dec.values > 0 && serr.off == start && !serr.eof {
		kind = TrailingData
	}
	d.report(&PathError{Kind: kind, Offset: int64(serr.off), Msg: serr.msg, Err: cause})
	dec.stuck = d.result(dec.buf, dec.base)
	return dec.stuck
}

// fill reads more input, first dropping the bytes already decoded and
// accounting for their lines and columns.
func (dec *Decoder) fill() {
	if dec.next > 0 {
		done := dec.buf[:dec.next]
		if nl := bytes.Count(done, []byte{'\n'}); nl > 0 {
			dec.base.line += nl
			dec.base.column = len(done) - bytes.LastIndexByte(done, '\n') - 1
		} else {
			dec.base.column += len(done)
		}
		dec.base.offset += int64(dec.next)
		n := copy(dec.buf, dec.buf[dec.next:])
		dec.buf = dec.buf[:n]
		dec.next = 0
	}
	if cap(dec.buf)-len(dec.buf) < decReadMin {
		grown := make([]byte, len(dec.buf), 2*cap(dec.buf)+decReadMin)
		copy(grown, dec.buf)
		dec.buf = grown
	}
	n, err := dec.r.Read(dec.buf[len(dec.buf):cap(dec.buf)])
	dec.buf = dec.buf[:len(dec.buf)+n]
	if err != nil {
		dec.err = err
	}
}
