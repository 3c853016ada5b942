package encode

import (
	"io"
	"iter"
)

// Encoder writes JSON values to a writer, each followed by a newline, as
// json.Encoder does, but streaming: output reaches the writer in pieces of
// at most 64 KiB as it is produced, so memory stays bounded by a 32 KiB
// buffer, the nesting depth and the keys of the maps being written, however
// large the value.
//
// An Encoder holds only its writer and options between values: the buffer
// and the sorting scratch it writes with are taken from a pool when Encode
// starts and handed back when it returns, sized to the values written. A
// fresh Encoder per value, as an HTTP handler makes one per response, thus
// costs no more than a reused one, and once the pool is warm neither
// allocates to write maps and slices of strings, numbers, bools and nil
// (map[string]any documents) or StreamMarshaler values. An Encoder whose
// value needed more room than the pool keeps (a map of more than 16,384
// keys, a buffer past 1 MiB) keeps that room for its own next value
// instead, so a reused Encoder writes huge values without allocating too;
// it is garbage once the Encoder is.
//
// An Encoder is not safe for concurrent use; use one per goroutine.
type Encoder struct {
	w   io.Writer
	cfg config
	err error   // sticky: the destination failed or holds a partial value
	own *Stream // room grown past what the pool keeps, for the next value
}

// NewEncoder returns an Encoder writing to w with the given options.
func NewEncoder(w io.Writer, opts ...Option) *Encoder {
	return &Encoder{w: w, cfg: newConfig(opts)}
}

// Reset makes e write to w, keeping its options and forgetting any earlier
// error, so that a caller can keep Encoders in a pool of its own.
func (e *Encoder) Reset(w io.Writer) {
	e.w, e.err = w, nil
}

// SetEscapeHTML sets whether <, > and & inside strings are written as
// \u003c, \u003e and \u0026, as json.Encoder.SetEscapeHTML does; see the
// EscapeHTML option.
func (e *Encoder) SetEscapeHTML(on bool) {
	e.cfg.html = on
}

// SetIndent makes e indent each value as json.Encoder.SetIndent does: each
// element on a new line beginning with prefix and one copy of indent per
// nesting level. As with json.Encoder, both empty turns indentation off
// (the Indented option, like json.MarshalIndent, indents even then).
func (e *Encoder) SetIndent(prefix, indent string) {
	e.cfg.prefix, e.cfg.indent = prefix, indent
	e.cfg.indented = prefix != "" || indent != ""
}

// Encode writes v and a newline, byte for byte as json.Encoder with the same
// HTML escaping and indentation would. Map keys are sorted as encoding/json
// sorts them. Errors are those of Marshal, or the first error of the
// writer; after a write error, and after a value error once part of the
// value has reached the writer, every later call returns that same error
// (until Reset). A value error found before anything was written leaves the
// writer untouched, as with json.Encoder.
func (e *Encoder) Encode(v any) error {
	if e.err != nil {
		return e.err
	}
	s := e.stream()
	err := e.end(s, s.value(v))
	e.release(s)
	return err
}

// Object writes one JSON object made of the pairs of seq, in the order seq
// yields them, and a newline, without building a map first: a database
// cursor or a sorted container can stream straight to the writer. Values are
// written as Encode writes them; basic value types are not boxed, so
// Object allocates nothing for them once the pool is warm. Errors are those
// of Encode.
func Object[V any](e *Encoder, seq iter.Seq2[string, V]) error {
	if e.err != nil {
		return e.err
	}
	s := e.stream()
	err := e.end(s, writeObject(s, seq))
	e.release(s)
	return err
}

// stream returns the Stream for one value: the room e kept, or the pool's.
func (e *Encoder) stream() *Stream {
	s := e.own
	if s == nil {
		return getStream(e.cfg, e.w)
	}
	e.own = nil
	s.configure(e.cfg, e.w)
	s.reset()
	return s
}

// release hands s back: to e when it grew past what the pool keeps, to the
// pool otherwise.
func (e *Encoder) release(s *Stream) {
	if !s.oversized() {
		putStream(s)
		return
	}
	s.buf, s.w, s.refs = s.buf[:0], nil, nil
	for _, l := range s.levels {
		l.shapes.clear()
	}
	e.own = s
}

// end finishes a top-level value: the newline and the last flush, or the
// record of an error that leaves the writer holding part of a value.
func (e *Encoder) end(s *Stream, err error) error {
	if err == nil {
		s.buf = append(s.buf, '\n')
		err = s.flush()
	}
	if err != nil && (s.err != nil || s.wrote > 0) {
		e.err = err
	}
	return err
}
