package encode

import (
	"io"
	"sync"
)

// Limits on what a pooled Stream keeps, so that one huge value does not pin
// memory in the pool.
const (
	keepBuf    = 1 << 20 // bytes of output buffer
	keepKeys   = 1 << 14 // keys per map level
	keepLevels = 64      // map levels
)

var streams = sync.Pool{New: func() any { return new(Stream) }}

// getStream takes a Stream from the pool, ready for one top-level value
// written to w (to its buffer alone when w is nil).
func getStream(c config, w io.Writer) *Stream {
	s := streams.Get().(*Stream)
	s.configure(c, w)
	s.reset()
	return s
}

// putStream trims s and returns it to the pool.
func putStream(s *Stream) {
	s.trim()
	streams.Put(s)
}

// Marshal returns the JSON encoding of v, byte for byte what json.Marshal
// returns (json.MarshalIndent with the Indented option): map keys sorted,
// HTML-sensitive characters escaped unless EscapeHTML(false). It returns a
// *ValueError, naming the path of the offending value, wherever
// json.Marshal fails: NaN or infinite floats, channels, funcs, complex
// numbers, maps with unsupported key types, cyclic values, invalid
// json.Number, failing or invalid marshaler output. Marshal is safe for
// concurrent use; its working buffers are pooled, so once the pool is warm
// a call allocates only the returned slice.
func Marshal(v any, opts ...Option) ([]byte, error) {
	s := getStream(newConfig(opts), nil)
	err := s.value(v)
	var out []byte
	if err == nil {
		out = append([]byte(nil), s.buf...)
	}
	putStream(s)
	return out, err
}

// MarshalIndent is Marshal with the Indented(prefix, indent) option: the
// bytes of json.MarshalIndent, with every element on a new line, even when
// prefix and indent are both empty.
func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	return Marshal(v, Indented(prefix, indent))
}

// oversized reports whether s grew past what the pool keeps: trim would
// drop some of its room.
func (s *Stream) oversized() bool {
	if cap(s.buf) > keepBuf || cap(s.scratch) > keepBuf || cap(s.rawStack) > keepKeys || len(s.levels) > keepLevels {
		return true
	}
	for _, l := range s.levels {
		if cap(l.keys) > keepKeys || l.sorter.Room() > keepKeys {
			return true
		}
	}
	return false
}

// trim drops what a pooled Stream should not keep.
func (s *Stream) trim() {
	s.buf = s.buf[:0]
	if cap(s.buf) > keepBuf {
		s.buf = nil
	}
	if len(s.levels) > keepLevels {
		s.levels = s.levels[:keepLevels]
	}
	for _, l := range s.levels {
		if cap(l.keys) > keepKeys {
			l.keys, l.anyVals, l.typed = nil, nil, nil
		}
		l.sorter.Reset(keepKeys)
		l.shapes.clear()
	}
	if cap(s.rawStack) > keepKeys {
		s.rawStack = nil
	}
	if cap(s.scratch) > keepBuf {
		s.scratch = nil
	}
	s.refs = nil
	s.w = nil
}
