package encode

import "sync"

// Limits on what a pooled Stream keeps, so that one huge value does not pin
// memory in the pool.
const (
	keepKeys   = 1 << 14 // keys per map level
	keepLevels = 64      // map levels
)

var streams = sync.Pool{New: func() any { return new(Stream) }}

// Marshal returns the JSON encoding of v, byte for byte what json.Marshal
// returns (json.MarshalIndent with the Indent option): map keys sorted,
// HTML-sensitive characters escaped unless EscapeHTML(false). It returns a
// *ValueError, naming the path of the offending value, wherever
// json.Marshal fails: NaN or infinite floats, channels, funcs, complex
// numbers, maps with unsupported key types, cyclic values, invalid
// json.Number, failing or invalid marshaler output. Marshal is safe for
// concurrent use; its working buffers are pooled, so a call allocates
// little more than the returned slice.
func Marshal(v any, opts ...Option) ([]byte, error) {
	s := streams.Get().(*Stream)
	s.configure(newConfig(opts), nil)
	s.reset()
	err := s.value(v)
	var out []byte
	if err == nil {
		out = append([]byte(nil), s.buf...)
	}
	s.trim()
	streams.Put(s)
	return out, err
}

// trim drops what a pooled Stream should not keep.
func (s *Stream) trim() {
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
