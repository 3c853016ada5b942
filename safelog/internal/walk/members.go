package walk

import (
	"encoding"
	"encoding/base64"
	"encoding/json"
	"reflect"
	"strconv"

	"github.com/mapkit-go/mapkit/internal/escape"
	"github.com/mapkit-go/mapkit/internal/jsonfield"
	"github.com/mapkit-go/mapkit/internal/jsonnum"
)

// structure opens a struct: in fmt's view with all its fields by name, in
// the JSON view with the members encoding/json shows — exported fields by
// their tag names, json:"-" and unexported fields never, embedded structs'
// members promoted, omitempty and omitzero applied — in encoding/json's
// order.
func (w *Walker) structure(rv reflect.Value, addr bool, s Sink) {
	if !w.lim.JSON {
		w.open(StructKind, srcStruct, nil, rv, rv.NumField(), visit{}, addr, s)
		return
	}
	c := w.level()
	c.fields = jsonfield.For(rv.Type())
	for i := range c.fields.List {
		f := &c.fields.List[i]
		fv, ok := member(rv, f.Index)
		if !ok || f.OmitEmpty && jsonfield.IsEmpty(fv) || f.OmitZero && w.isZero(f, fv) {
			continue
		}
		c.members = append(c.members, int32(i))
	}
	w.open(StructKind, srcMembers, nil, rv, len(c.members), visit{}, addr, s)
}

// member returns the field at index path index of rv; ok is false when the
// path goes through a nil embedded pointer (encoding/json skips the member).
func member(rv reflect.Value, index []int) (v reflect.Value, ok bool) {
	v = rv
	for j, i := range index {
		if j > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return reflect.Value{}, false
			}
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v, true
}

// isZero is f.IsZero with a panicking IsZero method taken as "not zero":
// the member is shown rather than hidden by a failure.
func (w *Walker) isZero(f *jsonfield.Field, v reflect.Value) (zero bool) {
	defer func() {
		if recover() != nil {
			zero = false
		}
	}()
	return f.IsZero(v)
}

// quoted shows a member tagged ",string" as encoding/json does: its JSON
// text inside a string.
func (w *Walker) quoted(v reflect.Value, s Sink) {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			s.Nil()
			return
		}
		v = v.Elem()
	}
	if v.CanInterface() {
		switch v.Interface().(type) {
		case json.Marshaler, encoding.TextMarshaler:
			w.walkValue(v, s, false)
			return
		}
	}
	var b [64]byte
	switch v.Kind() {
	case reflect.String:
		w.str(string(escape.AppendJSON(nil, v.String(), true)), s)
		return
	case reflect.Bool:
		s.String(strconv.FormatBool(v.Bool()), 0)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		s.String(string(strconv.AppendInt(b[:0], v.Int(), 10)), 0)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		s.String(string(strconv.AppendUint(b[:0], v.Uint(), 10)), 0)
	case reflect.Float32, reflect.Float64:
		bits := v.Type().Bits()
		if !jsonnum.Valid(v.Float()) {
			s.String(strconv.FormatFloat(v.Float(), 'g', -1, bits), 0)
			return
		}
		s.String(string(jsonnum.AppendFloat(b[:0], v.Float(), bits)), 0)
	default:
		w.walkValue(v, s, false)
	}
}

// isBytes reports whether encoding/json shows values of slice type t as
// base64: slices of a byte kind whose element has no marshaler.
func isBytes(t reflect.Type) bool {
	e := t.Elem()
	if e.Kind() != reflect.Uint8 {
		return false
	}
	p := reflect.PointerTo(e)
	return !p.Implements(marshalerType) && !p.Implements(textMarshalerType)
}

var (
	marshalerType     = reflect.TypeFor[json.Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
)

// base64 shows b as encoding/json does, as a base64 string; only the bytes
// that can show within MaxString are encoded.
func (w *Walker) base64(b []byte, s Sink) {
	enc := base64.StdEncoding
	total := enc.EncodedLen(len(b))
	if total <= w.lim.MaxString {
		s.String(enc.EncodeToString(b), 0)
		return
	}
	n := w.lim.MaxString / 4 * 3
	shown := enc.EncodeToString(b[:n])
	s.String(shown, total-len(shown))
}
