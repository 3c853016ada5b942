package encode

import (
	"encoding/base64"
	"encoding/json"
	"math"
	"reflect"
	"strconv"
	"unicode/utf8"

	"github.com/mapkit-go/mapkit/internal/escape"
	"github.com/mapkit-go/mapkit/internal/jsonnum"
	"github.com/mapkit-go/mapkit/internal/keyorder"
)

// value writes any value. The common shapes of decoded JSON and of plain Go
// data are handled here without reflection; everything else goes through
// the per-type encoders of reflect.go.
func (s *Stream) value(v any) error {
	switch x := v.(type) {
	case nil:
		s.buf = append(s.buf, "null"...)
	case string:
		return s.str(x)
	case float64:
		return s.float(x, 64)
	case bool:
		s.buf = strconv.AppendBool(s.buf, x)
	case map[string]any:
		return writeMap(s, x)
	case []any:
		return writeSlice(s, x)
	case int:
		s.buf = jsonnum.AppendInt(s.buf, int64(x))
	case int64:
		s.buf = jsonnum.AppendInt(s.buf, x)
	case json.Number:
		return s.number(x, false)
	case float32:
		return s.float(float64(x), 32)
	case int8:
		s.buf = jsonnum.AppendInt(s.buf, int64(x))
	case int16:
		s.buf = jsonnum.AppendInt(s.buf, int64(x))
	case int32:
		s.buf = jsonnum.AppendInt(s.buf, int64(x))
	case uint:
		s.buf = jsonnum.AppendUint(s.buf, uint64(x))
	case uint8:
		s.buf = jsonnum.AppendUint(s.buf, uint64(x))
	case uint16:
		s.buf = jsonnum.AppendUint(s.buf, uint64(x))
	case uint32:
		s.buf = jsonnum.AppendUint(s.buf, uint64(x))
	case uint64:
		s.buf = jsonnum.AppendUint(s.buf, x)
	case uintptr:
		s.buf = jsonnum.AppendUint(s.buf, uint64(x))
	case map[string]string:
		return writeMap(s, x)
	case map[string]int:
		return writeMap(s, x)
	case map[string]int64:
		return writeMap(s, x)
	case map[string]float64:
		return writeMap(s, x)
	case map[string]bool:
		return writeMap(s, x)
	case []string:
		return writeSlice(s, x)
	case []int:
		return writeSlice(s, x)
	case []int64:
		return writeSlice(s, x)
	case []float64:
		return writeSlice(s, x)
	case []bool:
		return writeSlice(s, x)
	case []map[string]any:
		return writeSlice(s, x)
	case []byte:
		return s.bytes(x)
	case json.RawMessage:
		return s.marshalerOutput(reflect.TypeFor[json.RawMessage](), "MarshalJSON", rawOrNull(x), nil)
	case StreamMarshaler:
		if rv := reflect.ValueOf(x); rv.Kind() == reflect.Pointer && rv.IsNil() {
			s.buf = append(s.buf, "null"...)
			return nil
		}
		return s.marshalStream(x)
	default:
		rv := reflect.ValueOf(v)
		return typeEncoder(rv.Type())(s, rv)
	}
	return nil
}

// writeElem writes a value of a static type; basic types are written
// without converting them to an interface that would escape.
func writeElem[V any](s *Stream, v V) error {
	switch x := any(v).(type) {
	case string:
		return s.str(x)
	case float64:
		return s.float(x, 64)
	case int64:
		s.buf = jsonnum.AppendInt(s.buf, x)
	case int:
		s.buf = jsonnum.AppendInt(s.buf, int64(x))
	case bool:
		s.buf = strconv.AppendBool(s.buf, x)
	case nil:
		s.buf = append(s.buf, "null"...)
	case int32:
		s.buf = jsonnum.AppendInt(s.buf, int64(x))
	case uint64:
		s.buf = jsonnum.AppendUint(s.buf, x)
	case uint32:
		s.buf = jsonnum.AppendUint(s.buf, uint64(x))
	case uint:
		s.buf = jsonnum.AppendUint(s.buf, uint64(x))
	case float32:
		return s.float(float64(x), 32)
	default:
		return s.value(any(v))
	}
	return nil
}

// writeMap writes a map with string keys as an object, keys sorted in byte
// order as encoding/json sorts them.
func writeMap[V any](s *Stream, m map[string]V) error {
	if m == nil {
		s.buf = append(s.buf, "null"...)
		return nil
	}
	if s.refDepth >= cycleCheckAfter {
		rv := reflect.ValueOf(m)
		return s.ref(refKey{p: rv.UnsafePointer()}, rv, func() error { return writeSortedMap(s, m) })
	}
	s.refDepth++
	err := writeSortedMap(s, m)
	s.refDepth--
	return err
}

func writeSortedMap[V any](s *Stream, m map[string]V) error {
	if err := s.open('{'); err != nil {
		return err
	}
	if len(m) == 0 {
		s.close('}', true)
		return nil
	}
	l := s.takeKeys(len(m))
	// The values are collected beside the keys and visited through the
	// sort's permutation, instead of being looked up again by key.
	vp, ok := any(&l.anyVals).(*[]V)
	if !ok {
		if vp, ok = l.typed.(*[]V); !ok {
			vp = new([]V)
			l.typed = vp
		}
	}
	if cap(*vp) < len(m) {
		*vp = make([]V, 0, len(m))
	}
	vals := (*vp)[:0]
	var err error
	small := len(m) <= shapeMaxKeys
	var sh *shape
	if small {
		sh = l.shapes.find(len(m), s.html)
		if sh != nil && lookup(m, sh, vals[:len(m)]) {
			err = writeShaped(s, sh, vals[:len(m)])
			clear(vals[:len(m)])
			s.giveKeys(l)
			if err != nil {
				return err
			}
			s.close('}', false)
			return nil
		}
	}
	for k, v := range m {
		l.keys = append(l.keys, k)
		vals = append(vals, v)
	}
	keys := l.keys
	if small {
		sh = l.shapes.start(sh, s.html)
	}
	for i, p := range l.sorter.Order(keys) {
		k := keys[p]
		s.next(i == 0)
		mark := len(s.buf)
		s.buf = appendKey(s.buf, k, s.html)
		if small {
			sh.add(k, s.buf[mark:])
		}
		s.colon()
		if err = writeElem(s, vals[p]); err != nil {
			err = atKey(err, k)
			break
		}
		if err = s.spill(); err != nil {
			break
		}
	}
	if small {
		if err != nil {
			sh.forget()
		} else {
			sh.done()
		}
	}
	clear(vals)
	*vp = vals[:0]
	s.giveKeys(l)
	if err != nil {
		return err
	}
	s.close('}', false)
	return nil
}

// writeSlice writes a slice as an array; nil is null.
func writeSlice[V any](s *Stream, x []V) error {
	if x == nil {
		s.buf = append(s.buf, "null"...)
		return nil
	}
	if s.refDepth >= cycleCheckAfter {
		rv := reflect.ValueOf(x)
		return s.ref(refKey{p: rv.UnsafePointer(), n: len(x)}, rv, func() error { return writeArray(s, x) })
	}
	s.refDepth++
	err := writeArray(s, x)
	s.refDepth--
	return err
}

func writeArray[V any](s *Stream, x []V) error {
	if err := s.open('['); err != nil {
		return err
	}
	for i, e := range x {
		s.next(i == 0)
		if err := writeElem(s, e); err != nil {
			return atIndex(err, i)
		}
		if err := s.spill(); err != nil {
			return err
		}
	}
	s.close(']', len(x) == 0)
	return nil
}

// mapLevel is the scratch space for writing one map: its keys, its values
// (in anyVals for map[string]any, else in typed, a *[]V kept for the last
// value type V seen at this level), and the sorter that orders them. A
// Stream keeps one per map nesting level, for as long as it lives, so
// steady-state encoding does not allocate for sorting.
type mapLevel struct {
	keys    []string
	anyVals []any
	typed   any
	sorter  keyorder.Sorter
	shapes  shapes
}

// takeKeys returns the scratch of the next map nesting level, with an empty
// key slice of at least capacity n; giveKeys hands it back, cleared so that
// it keeps nothing alive.
func (s *Stream) takeKeys(n int) *mapLevel {
	if s.mapDepth == len(s.levels) {
		s.levels = append(s.levels, &mapLevel{})
	}
	l := s.levels[s.mapDepth]
	s.mapDepth++
	if cap(l.keys) < n {
		l.keys = make([]string, 0, n)
	}
	l.keys = l.keys[:0]
	return l
}

func (s *Stream) giveKeys(l *mapLevel) {
	clear(l.keys)
	l.keys = l.keys[:0]
	s.mapDepth--
}

// shortString is the length up to which appendString checks a string before
// escaping it.
const shortString = 64

// appendKey appends a JSON string; see appendString.
func appendKey(dst []byte, k string, html bool) []byte {
	return appendString(dst, k, html)
}

// appendString appends s as a JSON string. Most keys and short values need
// no escaping; they are checked a word at a time and copied whole. Longer
// strings go straight to the escaper, which copies the runs that need no
// escaping whole anyway, so that text with a few escapes is scanned once.
func appendString(dst []byte, s string, html bool) []byte {
	if len(s) <= shortString && escape.JSONSafe(s, html) {
		dst = append(dst, '"')
		dst = append(dst, s...)
		return append(dst, '"')
	}
	return escape.AppendJSON(dst, s, html)
}

// str writes a string. A long string bound for a writer is escaped in
// pieces, flushing between them, so that it never needs a buffer of its
// own size.
func (s *Stream) str(x string) error {
	if len(x) <= bufSize || s.w == nil {
		s.buf = appendString(s.buf, x, s.html)
		return nil
	}
	s.buf = append(s.buf, '"')
	for len(x) > 0 {
		n := min(len(x), bufSize)
		// Cut before a byte that starts a character, so that no valid
		// sequence is split; invalid bytes are escaped one by one anyway.
		for k := 0; k < utf8.UTFMax && n < len(x) && !utf8.RuneStart(x[n]); k++ {
			n--
		}
		start := len(s.buf)
		s.buf = escape.AppendJSON(s.buf, x[:n], s.html)
		// Drop the quotes AppendJSON put around the piece.
		s.buf = append(s.buf[:start], s.buf[start+1:len(s.buf)-1]...)
		x = x[n:]
		if err := s.spill(); err != nil {
			return err
		}
	}
	s.buf = append(s.buf, '"')
	return nil
}

// float writes f as encoding/json does; NaN and infinities are an error.
func (s *Stream) float(f float64, bits int) (err error) {
	s.buf, err = appendFloat(s.buf, f, bits)
	return err
}

// appendFloat appends f, of the given bit size, as encoding/json writes it;
// NaN and infinities are an error, and leave dst as it was.
func appendFloat(dst []byte, f float64, bits int) ([]byte, error) {
	if !jsonnum.Valid(f) {
		var v reflect.Value
		if bits == 32 {
			v = reflect.ValueOf(float32(f))
		} else {
			v = reflect.ValueOf(f)
		}
		return dst, newValueError(&json.UnsupportedValueError{Value: v, Str: strconv.FormatFloat(f, 'g', -1, bits)})
	}
	// Whole numbers, the usual numbers of decoded documents, print as their
	// integer digits while consecutive integers are all representable (the
	// shortest form then needs every digit): below 1e15 for float64, 2^24
	// for float32.
	limit := int64(1e15)
	if bits == 32 {
		limit = 1 << 24
	}
	if i := int64(f); float64(i) == f && i < limit && i > -limit && (i != 0 || !math.Signbit(f)) {
		return jsonnum.AppendInt(dst, i), nil
	}
	return jsonnum.AppendFloat(dst, f, bits), nil
}

// number writes a json.Number after checking that it is a valid JSON number
// ("" is written as 0, as encoding/json does).
func (s *Stream) number(n json.Number, quoted bool) error {
	lit := string(n)
	if lit == "" {
		lit = "0"
	}
	if end, ok := scanNumber(lit, 0); !ok || end != len(lit) {
		return newValueError(&invalidNumberError{lit})
	}
	if quoted {
		s.buf = append(s.buf, '"')
		s.buf = append(s.buf, lit...)
		s.buf = append(s.buf, '"')
		return nil
	}
	s.buf = append(s.buf, lit...)
	return nil
}

// invalidNumberError reports a json.Number that is not a JSON number.
type invalidNumberError struct{ lit string }

func (e *invalidNumberError) Error() string { return "invalid number literal " + strconv.Quote(e.lit) }

// bytes writes b as a base64 string (standard encoding, padded), in pieces
// when it is bound for a writer.
func (s *Stream) bytes(b []byte) error {
	if b == nil {
		s.buf = append(s.buf, "null"...)
		return nil
	}
	s.buf = append(s.buf, '"')
	// 3 input bytes make 4 output bytes: pieces of a multiple of 3 bytes
	// concatenate to the encoding of the whole.
	const piece = bufSize / 4 * 3
	for len(b) > piece && s.w != nil {
		s.buf = base64.StdEncoding.AppendEncode(s.buf, b[:piece])
		b = b[piece:]
		if err := s.spill(); err != nil {
			return err
		}
	}
	s.buf = base64.StdEncoding.AppendEncode(s.buf, b)
	s.buf = append(s.buf, '"')
	return nil
}

var null = []byte("null")

// rawOrNull is what json.RawMessage.MarshalJSON returns for b.
func rawOrNull(b json.RawMessage) []byte {
	if b == nil {
		return null
	}
	return b
}
