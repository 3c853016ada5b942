package encode

import (
	"io"
	"iter"
)

// keepBuf is the largest output buffer an Encoder keeps between values; a
// bigger one, grown by a huge string or MarshalJSON result, is dropped.
const keepBuf = 1 << 20

// Encoder writes JSON values to a writer, each followed by a newline, as
// json.Encoder does, but streaming: output reaches the writer in pieces of
// at most 64 KiB as it is produced, so memory stays bounded by a 32 KiB
// buffer, the nesting depth and the keys of the maps being written, however
// large the value (plus, per map nesting level, the key sets of up to four
// small maps, at most 64 keys and 1 KiB of escaped keys each, kept between
// values so that records of the same shape skip sorting). Once warm, an Encoder allocates nothing to write maps and
// slices of strings, numbers, bools and nil (map[string]any documents) or
// MarshalerTo values.
//
// An Encoder is not safe for concurrent use; use one per goroutine.
type Encoder struct {
	s   Stream
	err error // sticky: the destination failed or holds a partial value
}

// NewEncoder returns an Encoder writing to w with the given options.
func NewEncoder(w io.Writer, opts ...Option) *Encoder {
	e := &Encoder{}
	e.s.configure(newConfig(opts), w)
	return e
}

// Encode writes v and a newline, byte for byte as json.Encoder with the same
// HTML escaping and indentation would. Map keys are sorted as encoding/json
// sorts them. Errors are those of Marshal, or the first error of the
// writer; after a write error, and after a value error once part of the
// value has reached the writer, every later call returns that same error.
// A value error found before anything was written leaves the writer
// untouched, as with json.Encoder.
func (e *Encoder) Encode(v any) error {
	if err := e.begin(); err != nil {
		return err
	}
	return e.end(e.s.value(v))
}

// Object writes one JSON object made of the pairs of seq, in the order seq
// yields them, and a newline, without building a map first: a database
// cursor or a sorted container can stream straight to the writer. Values are
// written as Encode writes them; basic value types are not boxed, so a warm
// Encoder allocates nothing for them. Errors are those of Encode.
func Object[V any](e *Encoder, seq iter.Seq2[string, V]) error {
	if err := e.begin(); err != nil {
		return err
	}
	return e.end(writeObject(&e.s, seq))
}

func (e *Encoder) begin() error {
	if e.err != nil {
		return e.err
	}
	if e.s.buf == nil {
		e.s.buf = make([]byte, 0, bufSize+bufSize/2)
	}
	e.s.reset()
	return nil
}

func (e *Encoder) end(err error) error {
	s := &e.s
	if err == nil {
		s.buf = append(s.buf, '\n')
		err = s.flush()
	}
	if err != nil {
		if s.err != nil || s.wrote > 0 {
			e.err = err
		}
		s.buf = s.buf[:0]
	}
	if cap(s.buf) > keepBuf {
		s.buf = nil
	}
	return err
}
