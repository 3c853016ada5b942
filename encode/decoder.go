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
	r       io.Reader
	opts    decodeConfig
	buf     []byte
	next    int // offset in buf of the first byte not yet decoded
	scan    scanner
	done    int   // offset in buf up to which scan has looked, from next
	err     error // the reader's error (io.EOF at the end), once it returned one
	stuck   bool  // a syntax error ended the stream; err holds it
	decoded bool  // a value has been decoded
	offset  int64 // stream offset just past the last value decoded
	base    positionBase
	pos     cursor // lines counted in buf, advanced as errors need
	token   tokenState
	tokens  []tokenState // the states of the enclosing arrays and objects, for Token
}

// readMin is the smallest read a Decoder asks its reader for; its
// buffer starts that small and doubles as values need, as json.Decoder's
// does.
const readMin = 512

// NewDecoder returns a Decoder reading from r. It buffers what it reads,
// allocating its buffer on the first read.
func NewDecoder(r io.Reader, opts ...Option) *Decoder {
	return &Decoder{r: r, opts: newOptions(opts)}
}

// Reset makes dec read a new stream from r, as a fresh NewDecoder(r) with
// the same options would, but keeping its buffer's memory, so that callers
// can pool Decoders.
func (dec *Decoder) Reset(r io.Reader) {
	*dec = Decoder{r: r, opts: dec.opts, buf: dec.buf[:0], tokens: dec.tokens[:0], scan: scanner{high: dec.scan.high[:0]}}
}

// DisallowUnknownFields makes Decode reject object keys that match no
// field of the target struct, as json.Decoder.DisallowUnknownFields does;
// each is an UnknownField problem with a suggestion. Unlike Strict it
// leaves duplicate keys and data between values alone.
func (dec *Decoder) DisallowUnknownFields() { dec.opts.noUnknown = true }

// UseNumber makes Decode store numbers decoded into an interface{} as
// json.Number, as json.Decoder.UseNumber does.
func (dec *Decoder) UseNumber() { dec.opts.useNumber = true }

// Buffered returns the data read from the stream but not yet decoded. It
// is valid until the next call to Decode or Token.
func (dec *Decoder) Buffered() io.Reader { return bytes.NewReader(dec.buf[dec.next:]) }

// Decode reads the next JSON value and stores it in the value v points to,
// as Unmarshal does. At the end of the stream it returns io.EOF; when the
// stream ends inside a value, a *DecodeError with an InvalidSyntax that wraps
// io.ErrUnexpectedEOF. A read error other than io.EOF is returned as it is,
// even when the bytes before it could be read as a number. A syntax error
// or read error is returned again by every later call.
func (dec *Decoder) Decode(v any) error {
	if dec.stuck {
		return dec.err
	}
	if err := dec.tokenPrepareForDecode(); err != nil {
		return err
	}
	start, end, err := dec.readValue()
	if err != nil {
		return err
	}
	data := dec.buf[:end]
	dec.next = end
	dec.done = end
	dec.decoded = true
	dec.offset = dec.base.offset + int64(end)
	dec.tokenValueEnd()
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &json.InvalidUnmarshalError{Type: reflect.TypeOf(v)}
	}
	d := dec.opts.state(&textInput{data: data, off: start})
	d.noUnknown = dec.opts.noUnknown
	d.value(rv)
	return dec.result(&d)
}

// InputOffset returns the stream offset just past the last value or token
// read, as json.Decoder.InputOffset does.
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
func (dec *Decoder) fail(serr *scanError) error {
	kind := InvalidSyntax
	if dec.opts.strict && dec.decoded && serr.off == dec.next && !serr.eof {
		kind = TrailingData
	}
	e := &PathError{Kind: kind, Offset: int64(serr.off), Msg: serr.msg, Err: io.ErrUnexpectedEOF, eof: true}
	if !serr.eof {
		e = syntaxProblem(kind, dec.buf, dec.next, serr)
	}
	d := decodeState{}
	d.report(e)
	dec.stuck, dec.err = true, dec.result(&d)
	return dec.err
}

// result returns the problems d found, with positions in the stream.
func (dec *Decoder) result(d *decodeState) error {
	p := position{data: dec.buf, cursor: dec.pos}
	err := d.result(&p, dec.base)
	dec.pos = p.cursor
	return err
}

// fill reads more input. When the buffer is full it first drops the bytes
// already decoded, accounting for their lines and columns, and grows only
// if that frees too little.
func (dec *Decoder) fill() {
	if cap(dec.buf)-len(dec.buf) < readMin && dec.next > 0 {
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
		dec.pos = cursor{}
	}
	if cap(dec.buf)-len(dec.buf) < readMin {
		grown := make([]byte, len(dec.buf), 2*cap(dec.buf)+readMin)
		copy(grown, dec.buf)
		dec.buf = grown
	}
	n, err := dec.r.Read(dec.buf[len(dec.buf):cap(dec.buf)])
	dec.buf = dec.buf[:len(dec.buf)+n]
	if err != nil {
		dec.err = err
	}
}
