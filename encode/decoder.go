package encode

import (
	"bytes"
	"encoding/json"
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
// Each byte of the stream is scanned once, however the reader splits it:
// decoding takes time linear in the stream's size for any read pattern,
// and whitespace between values is dropped as it is read. Decode returns
// as soon as an object or array is complete, without waiting for more
// input; after a top-level string, number or literal it needs one more
// byte, or the end, as json.Decoder does. Like json.Decoder it may read
// and buffer data beyond the value.
type Decoder struct {
	r      io.Reader
	opts   decOptions
	buf    []byte
	next   int // offset in buf of the first byte not yet decoded
	scan   decScanner
	done   int   // offset in buf up to which scan has looked, from next
	err    error // the reader's error (io.EOF at the end), once it returned one
	stuck  error // the syntax error that ended the stream
	values int   // values decoded so far
	offset int64 // stream offset just past the last value decoded
	base   decPositionBase
	pos    decPosition // lines and columns in buf, advanced as errors need
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
// io.ErrUnexpectedEOF. A read error other than io.EOF is returned as it is,
// even when the bytes before it could be read as a number. A syntax error
// or read error is returned again by every later call.
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
	dec.done = end
	dec.values++
	dec.offset = dec.base.offset + int64(end)
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &json.InvalidUnmarshalError{Type: reflect.TypeOf(v)}
	}
	d := decState{in: &decText{data: data, off: start}, strict: dec.opts.strict, useNumber: dec.opts.useNumber}
	d.value(rv)
	return d.result(dec.positions(), dec.base)
}

// InputOffset returns the stream offset just past the last value decoded.
func (dec *Decoder) InputOffset() int64 { return dec.offset }

// readValue scans the stream, reading more as needed, until the next value
// is complete, and returns its bounds in buf. Whitespace before the value
// is dropped.
func (dec *Decoder) readValue() (start, end int, err error) {
	for {
		if dec.scan.idle() {
			dec.next = skipSpace(dec.buf, dec.next)
			dec.done = dec.next
		}
		end, complete, serr := dec.scan.scan(dec.buf, dec.done)
		dec.done = end
		if serr == nil && !complete && dec.err != nil {
			switch {
			case dec.err != io.EOF:
				return 0, 0, dec.err // a read error cuts the value short
			case dec.scan.idle():
				return 0, 0, io.EOF
			}
			serr = dec.scan.eof(len(dec.buf))
			complete = serr == nil
		}
		if serr != nil {
			return 0, 0, dec.fail(serr)
		}
		if complete {
			dec.scan.reset()
			return dec.next, end, nil
		}
		dec.fill()
	}
}

// fail turns a syntax error into the Decoder's sticky error. As with
// json.Decoder, a stream that ends inside a value gives
// io.ErrUnexpectedEOF (inside a *DecodeError), and other syntax errors a
// *json.SyntaxError with the stream offset.
func (dec *Decoder) fail(serr *decSyntax) error {
	kind := SyntaxError
	if dec.opts.strict && dec.values > 0 && serr.off == dec.next && !serr.eof {
		kind = TrailingData
	}
	e := &PathError{Kind: kind, Offset: int64(serr.off), Msg: serr.msg, Err: io.ErrUnexpectedEOF, eof: true}
	if !serr.eof {
		e = decSyntaxProblem(kind, dec.buf, dec.next, serr)
	}
	d := decState{}
	d.report(e)
	dec.stuck = d.result(dec.positions(), dec.base)
	return dec.stuck
}

// positions returns the line and column cursor over buf.
func (dec *Decoder) positions() *decPosition {
	dec.pos.data = dec.buf
	return &dec.pos
}

// fill reads more input, first dropping the bytes already decoded and
// accounting for their lines and columns.
func (dec *Decoder) fill() {
	if dec.next > 0 {
		gone := dec.buf[:dec.next]
		if nl := bytes.Count(gone, []byte{'\n'}); nl > 0 {
			dec.base.line += nl
			dec.base.column = len(gone) - bytes.LastIndexByte(gone, '\n') - 1
		} else {
			dec.base.column += len(gone)
		}
		dec.base.offset += int64(dec.next)
		n := copy(dec.buf, dec.buf[dec.next:])
		dec.buf = dec.buf[:n]
		dec.done -= dec.next
		dec.next = 0
		dec.pos = decPosition{}
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
