package encode

import (
	"io"
	"iter"
	"math"
	"reflect"
	"sync"
	"unsafe"

	"github.com/mapkit-go/mapkit/internal/escape"
	"github.com/mapkit-go/mapkit/internal/jsonnum"
)

const (
	// bufSize is the output buffer of a streaming encoder: it is flushed
	// whenever it holds at least this much.
	bufSize = 32 << 10
	// maxWrite bounds the size of any single Write to the destination.
	maxWrite = 64 << 10
	// cycleCheckAfter is the nesting of maps, slices and pointers past which
	// the encoder starts remembering the references it is inside, as
	// encoding/json does, so that cyclic values fail instead of recursing
	// forever while shallow values pay nothing.
	cycleCheckAfter = 1000
)

// StreamMarshaler is implemented by types that write their own JSON
// straight into the encoder's stream, with no intermediate []byte. The
// encoder prefers it to json.Marshaler and encoding.TextMarshaler, with the
// same rules for pointer receivers: a method on *T is used for addressable
// T values (slice elements, fields of a struct reached through a pointer)
// and for *T itself. A nil pointer is written as null without calling the
// method.
//
// MarshalJSONStream must write exactly one value, with one call to
// s.WriteValue or WriteObject, and return the error that call returned.
// A method that writes no value, or whose value failed, fails the encoding
// even if it returns nil, so that no invalid JSON is ever written.
//
// It plays the part of json/v2's MarshalerTo (MarshalJSONTo with a
// *jsontext.Encoder) and is named apart from it, so that one type can
// stream under both packages.
type StreamMarshaler interface {
	MarshalJSONStream(s *Stream) error
}

// Stream is an encoder in the middle of a value. A *Stream is handed to
// MarshalJSONStream methods and is valid only for the duration of that
// call; it carries the encoder's options (HTML escaping, indentation, depth
// limit) and its buffer, so what a StreamMarshaler writes is
// indistinguishable from what the encoder would write itself.
type Stream struct {
	buf   []byte
	w     io.Writer // nil: keep everything in buf (Marshal)
	limit int       // flush when len(buf) reaches it
	err   error     // the first write error
	wrote int64     // bytes handed to w during the current top-level value

	html     bool
	indented bool
	prefix   string
	indent   string
	maxDepth int

	depth    int // open objects and arrays
	refDepth int // open maps, slices and pointers
	refs     map[refKey]struct{}
	levels   []*mapLevel // sorting scratch, one per open map
	mapDepth int
	want     bool  // a MarshalJSONStream call has yet to write its value
	failed   error // the value that call wrote failed, or it wrote out of turn
	scratch  []byte
	rawStack []byte
}

// refKey identifies a map, slice or pointer for cycle detection: slices are
// identified by their first element and length, pointers by address and
// type, as encoding/json does.
type refKey struct {
	p unsafe.Pointer
	n int
	t reflect.Type
}

func (s *Stream) configure(c config, w io.Writer) {
	s.w, s.html, s.maxDepth = w, c.html, c.maxDepth
	s.prefix, s.indent = c.prefix, c.indent
	s.indented = c.indented
	s.limit = math.MaxInt
	if w != nil {
		s.limit = bufSize
	}
}

// reset prepares s for a new top-level value.
func (s *Stream) reset() {
	s.buf = s.buf[:0]
	s.err, s.failed, s.wrote, s.depth, s.refDepth, s.mapDepth, s.want = nil, nil, 0, 0, 0, 0, false
	clear(s.refs)
}

// flush hands the buffered output to the writer in pieces of at most
// maxWrite bytes. After a write error it returns that error and writes
// nothing more.
func (s *Stream) flush() error {
	if s.err != nil {
		return s.err
	}
	b := s.buf
	for len(b) > 0 {
		n := min(len(b), maxWrite)
		m, err := s.w.Write(b[:n])
		s.wrote += int64(m)
		if err == nil && m < n {
			err = io.ErrShortWrite
		}
		if err != nil {
			s.err = err
			s.buf = s.buf[:0]
			return err
		}
		b = b[n:]
	}
	s.buf = s.buf[:0]
	return nil
}

// spill flushes when the buffer is full; container loops call it after each
// element so that memory stays bounded whatever the size of the value.
func (s *Stream) spill() error {
	if len(s.buf) < s.limit {
		return nil
	}
	return s.flush()
}

// open starts an object or array.
func (s *Stream) open(c byte) error {
	if s.maxDepth > 0 && s.depth >= s.maxDepth {
		return newValueError(ErrTooDeep)
	}
	if (s.indented || nestingAlwaysLimited) && s.depth >= maxRawNesting {
		// encoding/json indents by re-scanning its output, which fails
		// past this depth; on json/v2 its encoder fails there anyway.
		return newValueError(errNestingDepth)
	}
	s.depth++
	s.buf = append(s.buf, c)
	return nil
}

// next starts an element of the innermost object or array.
func (s *Stream) next(first bool) {
	if !first {
		s.buf = append(s.buf, ',')
	}
	if s.indented {
		s.newline()
	}
}

// key starts a member of the innermost object: the comma before it, the
// indentation, the key and the colon. Unindented keys that need no escaping,
// the usual case, are appended with no call to the escaper.
func (s *Stream) key(k string, first bool) {
	if s.indented {
		s.next(first)
		s.buf = appendKey(s.buf, k, s.html)
		s.colon()
		return
	}
	b := s.buf
	if !first {
		b = append(b, ',')
	}
	if escape.JSONSafe(k, s.html) {
		b = append(b, '"')
		b = append(b, k...)
		s.buf = append(b, '"', ':')
		return
	}
	s.buf = append(escape.AppendJSON(b, k, s.html), ':')
}

// colon ends an object key.
func (s *Stream) colon() {
	if s.indented {
		s.buf = append(s.buf, ':', ' ')
		return
	}
	s.buf = append(s.buf, ':')
}

// close ends the innermost object or array; an empty one stays on one line.
func (s *Stream) close(c byte, empty bool) {
	s.depth--
	if s.indented && !empty {
		s.newline()
	}
	s.buf = append(s.buf, c)
}

func (s *Stream) newline() {
	s.buf = append(s.buf, '\n')
	s.buf = append(s.buf, s.prefix...)
	if s.indent == "" {
		return
	}
	for range s.depth {
		s.buf = append(s.buf, s.indent...)
	}
}

// ref runs body for the contents of a map, slice or pointer. Past
// cycleCheckAfter nested references it remembers k while body runs and fails
// if k is already open, which only a cycle can cause.
func (s *Stream) ref(k refKey, v reflect.Value, body func() error) error {
	if _, ok := s.refs[k]; ok {
		return cycleError(v)
	}
	if s.refs == nil {
		s.refs = make(map[refKey]struct{})
	}
	s.refs[k] = struct{}{}
	s.refDepth++
	err := body()
	s.refDepth--
	delete(s.refs, k)
	return err
}

// WriteValue writes v as Marshal would write it at this point of the
// document. It returns a *ValueError for values encoding/json rejects, the
// first write error of the destination, or ErrStreamMisuse when the
// MarshalJSONStream method it is called from has already written its value.
// The method fails with that error even if it does not return it.
func (s *Stream) WriteValue(v any) error {
	if !s.want {
		return s.fail(ErrStreamMisuse)
	}
	s.want = false
	return s.fail(s.value(v))
}

// fail records the error of a value written by a MarshalJSONStream
// method, so that the method fails even if it drops the error.
func (s *Stream) fail(err error) error {
	if err != nil && s.failed == nil {
		s.failed = err
	}
	return err
}

// WriteObject writes a JSON object whose members are the pairs of seq, in the
// order seq yields them, values written as Marshal would write them. Keys are
// not sorted and duplicates are not detected: seq decides both. Values of
// basic types (strings, numbers, bools) are written without boxing them in
// an interface, so streaming such pairs allocates nothing. Errors are those
// of WriteValue; on error the iteration stops.
func WriteObject[V any](s *Stream, seq iter.Seq2[string, V]) error {
	if !s.want {
		return s.fail(ErrStreamMisuse)
	}
	s.want = false
	return s.fail(writeObject(s, seq))
}

func writeObject[V any](s *Stream, seq iter.Seq2[string, V]) error {
	if err := s.open('{'); err != nil {
		return err
	}
	w := getObjectWriter[V]()
	w.s, w.n, w.err = s, 0, nil
	seq(w.yield)
	n, err := w.n, w.err
	w.s, w.err = nil, nil
	w.pool.Put(w)
	if err != nil {
		return err
	}
	s.close('}', n == 0)
	return nil
}

// objectWriter receives the pairs of an iterator. Its yield function is
// built once per writer and writers are pooled per value type, so iterating
// does not allocate a closure per object.
type objectWriter[V any] struct {
	s     *Stream
	n     int
	err   error
	yield func(string, V) bool
	pool  *sync.Pool
}

func (w *objectWriter[V]) member(k string, v V) bool {
	if w.err != nil {
		return false
	}
	s := w.s
	s.key(k, w.n == 0)
	w.n++
	if err := writeElem(s, v); err != nil {
		w.err = atKey(err, k)
		return false
	}
	w.err = s.spill()
	return w.err == nil
}

// int64Member and stringMember are member for the most common value types
// of ordered containers, with the value written directly rather than
// through writeElem's type switch.
func (w *objectWriter[V]) int64Member() func(string, int64) bool {
	return func(k string, v int64) bool {
		if w.err != nil {
			return false
		}
		s := w.s
		s.key(k, w.n == 0)
		w.n++
		s.buf = jsonnum.AppendInt(s.buf, v)
		if len(s.buf) >= s.limit {
			w.err = s.flush()
		}
		return w.err == nil
	}
}

func (w *objectWriter[V]) stringMember() func(string, string) bool {
	return func(k string, v string) bool {
		if w.err != nil {
			return false
		}
		s := w.s
		s.key(k, w.n == 0)
		w.n++
		if w.err = s.str(v); w.err == nil {
			w.err = s.spill()
		}
		return w.err == nil
	}
}

var objectWriters sync.Map // reflect.Type of V -> *sync.Pool of *objectWriter[V]

func getObjectWriter[V any]() *objectWriter[V] {
	t := reflect.TypeFor[V]()
	p, ok := objectWriters.Load(t)
	if !ok {
		pool := &sync.Pool{}
		pool.New = func() any {
			w := &objectWriter[V]{pool: pool}
			w.yield = w.member
			switch ww := any(w).(type) {
			case *objectWriter[int64]:
				w.yield = any(ww.int64Member()).(func(string, V) bool)
			case *objectWriter[string]:
				w.yield = any(ww.stringMember()).(func(string, V) bool)
			}
			return w
		}
		p, _ = objectWriters.LoadOrStore(t, pool)
	}
	return p.(*sync.Pool).Get().(*objectWriter[V])
}

// marshalStream calls a StreamMarshaler and checks that it wrote exactly
// one value. The call counts as a reference for cycle detection, so a MarshalJSONStream
// that writes its own receiver again fails instead of recursing forever.
func (s *Stream) marshalStream(m StreamMarshaler) error {
	if s.refDepth >= cycleCheckAfter {
		if rv := reflect.ValueOf(m); rv.Kind() == reflect.Pointer {
			return s.ref(refKey{p: rv.UnsafePointer(), t: rv.Type()}, rv, func() error { return s.callMarshalStream(m) })
		}
	}
	s.refDepth++
	err := s.callMarshalStream(m)
	s.refDepth--
	return err
}

func (s *Stream) callMarshalStream(m StreamMarshaler) error {
	outer, outerFailed := s.want, s.failed
	s.want, s.failed = true, nil
	err := m.MarshalJSONStream(s)
	if err == nil {
		// The method dropped the error of its value: what it wrote is
		// not JSON.
		err = s.failed
	}
	unwritten := s.want
	s.want, s.failed = outer, outerFailed
	switch {
	case s.err != nil:
		return s.err
	case err != nil:
		if _, ok := err.(*ValueError); ok {
			return err
		}
		return marshalerError(reflect.TypeOf(m), "MarshalJSONStream", err)
	case unwritten:
		return marshalerError(reflect.TypeOf(m), "MarshalJSONStream", ErrStreamMisuse)
	}
	return nil
}
