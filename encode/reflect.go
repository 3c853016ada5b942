package encode

import (
	"encoding"
	"encoding/json"
	"fmt"
	"github.com/mapkit-go/mapkit/internal/jsonfield"
	"reflect"
	"strconv"
	"sync"

	"github.com/mapkit-go/mapkit/internal/escape"
	"github.com/mapkit-go/mapkit/internal/jsonnum"
)

// encFunc writes one value of the type it was built for.
type encFunc func(s *Stream, v reflect.Value) error

var (
	streamMarshalerType = reflect.TypeFor[StreamMarshaler]()
	marshalerType       = reflect.TypeFor[json.Marshaler]()
	textMarshalerType   = reflect.TypeFor[encoding.TextMarshaler]()
	numberType          = reflect.TypeFor[json.Number]()
)

var encCache sync.Map // reflect.Type -> encFunc

// typeEncoder returns the encoder for t, building it once per type. A
// recursive type reaches itself while its encoder is being built; it then
// gets a stand-in that waits for the real encoder.
func typeEncoder(t reflect.Type) encFunc {
	if f, ok := encCache.Load(t); ok {
		return f.(encFunc)
	}
	var (
		wg sync.WaitGroup
		f  encFunc
	)
	wg.Add(1)
	stand, loaded := encCache.LoadOrStore(t, encFunc(func(s *Stream, v reflect.Value) error {
		wg.Wait()
		return f(s, v)
	}))
	if loaded {
		return stand.(encFunc)
	}
	f = newTypeEncoder(t, true, false)
	wg.Done()
	encCache.Store(t, f)
	return f
}

// newTypeEncoder builds the encoder for t. Methods come first, in the order
// MarshalJSONStream, MarshalJSON, MarshalText; a method with a pointer receiver
// is used when the value is addressable (allowAddr says whether to look at
// that). quoted builds the ",string" variant for a struct field.
func newTypeEncoder(t reflect.Type, allowAddr, quoted bool) encFunc {
	for _, m := range marshalMethods {
		if t.Kind() != reflect.Pointer && allowAddr && reflect.PointerTo(t).Implements(m.typ) {
			onAddr, direct := addrEncoder(m.direct), newTypeEncoder(t, false, quoted)
			return func(s *Stream, v reflect.Value) error {
				if v.CanAddr() {
					return onAddr(s, v)
				}
				return direct(s, v)
			}
		}
		if t.Implements(m.typ) {
			return m.direct
		}
	}
	if fastTypes[t] {
		return fastEncoder
	}
	switch t.Kind() {
	case reflect.Bool:
		return quote(quoted, boolEncoder)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return quote(quoted, intEncoder)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return quote(quoted, uintEncoder)
	case reflect.Float32:
		return quote(quoted, float32Encoder)
	case reflect.Float64:
		return quote(quoted, float64Encoder)
	case reflect.String:
		switch {
		case t == numberType && quoted:
			return quotedNumberEncoder
		case t == numberType:
			return numberEncoder
		case quoted:
			return quotedStringEncoder
		}
		return stringEncoder
	case reflect.Interface:
		return interfaceEncoder
	case reflect.Struct:
		if enc := compiledStructEncoder(t); enc != nil {
			return enc
		}
		return newStructEncoder(t)
	case reflect.Map:
		return newMapEncoder(t)
	case reflect.Slice:
		return newSliceEncoder(t)
	case reflect.Array:
		return newArrayEncoder(t)
	case reflect.Pointer:
		if quoted {
			return newPtrEncoder(newTypeEncoder(t.Elem(), true, true))
		}
		return newPtrEncoder(typeEncoder(t.Elem()))
	}
	return unsupportedTypeEncoder
}

// marshalMethods are the methods a type may write itself with, in order of
// precedence, with the encoder that calls each on a value having it.
var marshalMethods = []struct {
	typ    reflect.Type
	direct encFunc
}{
	{streamMarshalerType, streamMarshalerEncoder},
	{marshalerType, marshalerEncoder},
	{textMarshalerType, textMarshalerEncoder},
}

// fastTypes are the map types that value writes without reflection; a
// map's interface conversion does not allocate, so the reflection path hands
// them over.
var fastTypes = map[reflect.Type]bool{
	reflect.TypeFor[map[string]any]():     true,
	reflect.TypeFor[map[string]string]():  true,
	reflect.TypeFor[map[string]int]():     true,
	reflect.TypeFor[map[string]int64]():   true,
	reflect.TypeFor[map[string]float64](): true,
	reflect.TypeFor[map[string]bool]():    true,
}

func fastEncoder(s *Stream, v reflect.Value) error { return s.value(v.Interface()) }

func unsupportedTypeEncoder(_ *Stream, v reflect.Value) error {
	return newValueError(&json.UnsupportedTypeError{Type: v.Type()})
}

func cycleError(v reflect.Value) error {
	return newValueError(&json.UnsupportedValueError{Value: v, Str: fmt.Sprintf("encountered a cycle via %s", v.Type())})
}

// addrEncoder calls the method through the value's address.
func addrEncoder(direct encFunc) encFunc {
	return func(s *Stream, v reflect.Value) error { return direct(s, v.Addr()) }
}

func isNilPointer(v reflect.Value) bool {
	return v.Kind() == reflect.Pointer && v.IsNil()
}

func streamMarshalerEncoder(s *Stream, v reflect.Value) error {
	if isNilPointer(v) {
		s.buf = append(s.buf, "null"...)
		return nil
	}
	m, ok := v.Interface().(StreamMarshaler)
	if !ok { // a nil interface
		s.buf = append(s.buf, "null"...)
		return nil
	}
	return s.marshalStream(m)
}

func marshalerEncoder(s *Stream, v reflect.Value) error {
	if isNilPointer(v) {
		s.buf = append(s.buf, "null"...)
		return nil
	}
	m, ok := v.Interface().(json.Marshaler)
	if !ok {
		s.buf = append(s.buf, "null"...)
		return nil
	}
	out, err := m.MarshalJSON()
	return s.marshalerOutput(v.Type(), "MarshalJSON", out, err)
}

func textMarshalerEncoder(s *Stream, v reflect.Value) error {
	if isNilPointer(v) {
		s.buf = append(s.buf, "null"...)
		return nil
	}
	m, ok := v.Interface().(encoding.TextMarshaler)
	if !ok {
		s.buf = append(s.buf, "null"...)
		return nil
	}
	out, err := m.MarshalText()
	return s.textOutput(v.Type(), out, err)
}

// quote wraps a number or bool encoder for the ",string" option.
func quote(quoted bool, enc encFunc) encFunc {
	if !quoted {
		return enc
	}
	return func(s *Stream, v reflect.Value) error {
		s.buf = append(s.buf, '"')
		if err := enc(s, v); err != nil {
			return err
		}
		s.buf = append(s.buf, '"')
		return nil
	}
}

func boolEncoder(s *Stream, v reflect.Value) error {
	s.buf = strconv.AppendBool(s.buf, v.Bool())
	return nil
}

func intEncoder(s *Stream, v reflect.Value) error {
	s.buf = jsonnum.AppendInt(s.buf, v.Int())
	return nil
}

func uintEncoder(s *Stream, v reflect.Value) error {
	s.buf = jsonnum.AppendUint(s.buf, v.Uint())
	return nil
}

func float32Encoder(s *Stream, v reflect.Value) error { return s.float(v.Float(), 32) }

func float64Encoder(s *Stream, v reflect.Value) error { return s.float(v.Float(), 64) }

func stringEncoder(s *Stream, v reflect.Value) error { return s.str(v.String()) }

func numberEncoder(s *Stream, v reflect.Value) error {
	return s.number(json.Number(v.String()), false)
}

func quotedNumberEncoder(s *Stream, v reflect.Value) error {
	return s.number(json.Number(v.String()), true)
}

// quotedStringEncoder writes a string field with the ",string" option: the
// JSON string of the JSON string of the value.
func quotedStringEncoder(s *Stream, v reflect.Value) error {
	s.scratch = escape.AppendJSON(s.scratch[:0], v.String(), s.html)
	s.buf = escape.AppendJSON(s.buf, s.scratch, false)
	return nil
}

func interfaceEncoder(s *Stream, v reflect.Value) error {
	if v.IsNil() {
		s.buf = append(s.buf, "null"...)
		return nil
	}
	return s.value(v.Interface())
}

// structEncoder writes the members of a struct, keys pre-escaped.
type structEncoder struct {
	fields []jsonfield.Field
	encs   []encFunc
}

func newStructEncoder(t reflect.Type) encFunc {
	sf := jsonfield.For(t)
	se := &structEncoder{fields: sf.List, encs: make([]encFunc, len(sf.List))}
	for i := range sf.List {
		f := &sf.List[i]
		if f.Quoted {
			se.encs[i] = newTypeEncoder(f.Type, true, true)
		} else {
			se.encs[i] = typeEncoder(f.Type)
		}
	}
	return se.encode
}

func (se *structEncoder) encode(s *Stream, v reflect.Value) error {
	if err := s.open('{'); err != nil {
		return err
	}
	n := 0
fields:
	for i := range se.fields {
		f := &se.fields[i]
		fv := v
		for _, x := range f.Index {
			if fv.Kind() == reflect.Pointer {
				if fv.IsNil() {
					continue fields
				}
				fv = fv.Elem()
			}
			fv = fv.Field(x)
		}
		if f.OmitEmpty && jsonfield.IsEmpty(fv) || f.OmitZero && f.IsZero(fv) {
			continue
		}
		s.next(n == 0)
		n++
		if s.html {
			s.buf = append(s.buf, f.KeyHTML...)
		} else {
			s.buf = append(s.buf, f.KeyPlain...)
		}
		if s.indented {
			s.buf = append(s.buf, ' ')
		}
		if err := se.encs[i](s, fv); err != nil {
			return atKey(err, f.Name)
		}
		if err := s.spill(); err != nil {
			return err
		}
	}
	s.close('}', n == 0)
	return nil
}

// mapEncoder writes maps whose keys are strings, integers or TextMarshalers,
// sorted by the key's text as encoding/json sorts them.
type mapEncoder struct {
	elem encFunc
}

func newMapEncoder(t reflect.Type) encFunc {
	if !lazyMapKeys && !keyTypeSupported(t.Key()) {
		return unsupportedTypeEncoder
	}
	me := &mapEncoder{elem: typeEncoder(t.Elem())}
	return me.encode
}

// keyTypeSupported reports whether encoding/json writes maps with keys of
// type t: strings, integers and TextMarshalers.
func keyTypeSupported(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.String,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return true
	}
	return t.Implements(textMarshalerType)
}

func (me *mapEncoder) encode(s *Stream, v reflect.Value) error { return writeMapValue(s, v, me) }

// mapWriter writes the members of a non-nil map.
type mapWriter interface {
	members(s *Stream, v reflect.Value) error
}

// writeMapValue writes the map v with w: null when nil, and counted as a
// reference for cycle detection otherwise.
func writeMapValue(s *Stream, v reflect.Value, w mapWriter) error {
	if v.IsNil() {
		s.buf = append(s.buf, "null"...)
		return nil
	}
	if s.refDepth >= cycleCheckAfter {
		return s.ref(refKey{p: v.UnsafePointer()}, v, func() error { return w.members(s, v) })
	}
	s.refDepth++
	err := w.members(s, v)
	s.refDepth--
	return err
}

func (me *mapEncoder) members(s *Stream, v reflect.Value) error {
	if err := s.open('{'); err != nil {
		return err
	}
	n := v.Len()
	if n == 0 {
		s.close('}', true)
		return nil
	}
	l := s.takeKeys(n)
	vals := make([]reflect.Value, 0, n)
	it := v.MapRange()
	for it.Next() {
		k, err := keyText(it.Key())
		if err != nil {
			s.giveKeys(l)
			return err
		}
		l.keys = append(l.keys, k)
		vals = append(vals, it.Value())
	}
	err := s.sortedMembers(l, func(j int) error { return me.elem(s, vals[j]) })
	s.giveKeys(l)
	if err != nil {
		return err
	}
	s.close('}', false)
	return nil
}

// sortedMembers writes the members of a map whose key texts l holds, in
// encoding/json's key order: each key, then value(j) for the key's index j
// in l.keys. An error from value is returned at its key's path.
func (s *Stream) sortedMembers(l *mapLevel, value func(j int) error) error {
	keys := l.keys
	for i, j := range l.sorter.Order(keys) {
		k := keys[j]
		s.next(i == 0)
		s.buf = appendKey(s.buf, k, s.html)
		s.colon()
		if err := value(int(j)); err != nil {
			return atKey(err, k)
		}
		if err := s.spill(); err != nil {
			return err
		}
	}
	return nil
}

// keyText is the object key for a map key, by encoding/json's rules: string
// kinds as they are, then MarshalText, then integers in decimal. Where
// encoding/json is built on json/v2, MarshalText comes first, floats are
// written as numbers, and an interface holds a key of those kinds.
func keyText(k reflect.Value) (string, error) {
	if k.Kind() == reflect.String && !textBeforeString {
		return k.String(), nil
	}
	if tm, ok := k.Interface().(encoding.TextMarshaler); ok {
		if isNilPointer(k) {
			return "", nil
		}
		b, err := tm.MarshalText()
		if err != nil {
			return "", marshalerError(k.Type(), "MarshalText", err)
		}
		return string(b), nil
	}
	switch k.Kind() {
	case reflect.String:
		return k.String(), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(k.Int(), 10), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(k.Uint(), 10), nil
	case reflect.Float32, reflect.Float64:
		return floatKeyText(k)
	case reflect.Interface:
		if e := k.Elem(); e.IsValid() && e.Kind() != reflect.Float32 && e.Kind() != reflect.Float64 {
			return keyText(e)
		}
	}
	return "", newValueError(&json.UnsupportedValueError{Value: k, Str: "map key of type " + k.Type().String() + " is not a string"})
}

// floatKeyText writes a float map key as the number encoding/json on
// json/v2 writes; NaN and infinities are an error.
func floatKeyText(k reflect.Value) (string, error) {
	bits := 64
	if k.Kind() == reflect.Float32 {
		bits = 32
	}
	f := k.Float()
	if !jsonnum.Valid(f) {
		return "", newValueError(&json.UnsupportedValueError{Value: k, Str: strconv.FormatFloat(f, 'g', -1, bits)})
	}
	return string(jsonnum.AppendFloat(nil, f, bits)), nil
}

func newSliceEncoder(t reflect.Type) encFunc {
	if t.Elem().Kind() == reflect.Uint8 {
		p := reflect.PointerTo(t.Elem())
		if !p.Implements(streamMarshalerType) && !p.Implements(marshalerType) && !p.Implements(textMarshalerType) {
			return byteSliceEncoder
		}
	}
	elems := newArrayEncoder(t)
	return func(s *Stream, v reflect.Value) error {
		if v.IsNil() {
			s.buf = append(s.buf, "null"...)
			return nil
		}
		if s.refDepth >= cycleCheckAfter {
			return s.ref(refKey{p: v.UnsafePointer(), n: v.Len()}, v, func() error { return elems(s, v) })
		}
		s.refDepth++
		err := elems(s, v)
		s.refDepth--
		return err
	}
}

func byteSliceEncoder(s *Stream, v reflect.Value) error {
	if v.IsNil() {
		s.buf = append(s.buf, "null"...)
		return nil
	}
	return s.bytes(v.Bytes())
}

func newArrayEncoder(t reflect.Type) encFunc {
	elem := typeEncoder(t.Elem())
	return func(s *Stream, v reflect.Value) error {
		if err := s.open('['); err != nil {
			return err
		}
		n := v.Len()
		for i := range n {
			s.next(i == 0)
			if err := elem(s, v.Index(i)); err != nil {
				return atIndex(err, i)
			}
			if err := s.spill(); err != nil {
				return err
			}
		}
		s.close(']', n == 0)
		return nil
	}
}

func newPtrEncoder(elem encFunc) encFunc {
	return func(s *Stream, v reflect.Value) error {
		if v.IsNil() {
			s.buf = append(s.buf, "null"...)
			return nil
		}
		if s.refDepth >= cycleCheckAfter {
			return s.ref(refKey{p: v.UnsafePointer(), t: v.Type()}, v, func() error { return elem(s, v.Elem()) })
		}
		s.refDepth++
		err := elem(s, v.Elem())
		s.refDepth--
		return err
	}
}
