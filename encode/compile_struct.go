package encode

import (
	"reflect"
	"unsafe"

	"github.com/mapkit-go/mapkit/internal/jsonfield"
)

// compiledStruct writes the members of one struct type in jsonfield's order.
type compiledStruct struct {
	fields []compiledField
}

// compiledField is one member: where it is, how it is written and when it
// is left out.
type compiledField struct {
	name string
	// keys are `"name":` with and without HTML escaping, then the same
	// after a comma, for the members after the first.
	keys   [4][]byte
	offset uintptr // from the start of the struct, or of the last embedded pointer's target
	// via lists the offsets of the embedded pointers on the way to the
	// field; a nil pointer among them leaves the field out, as in
	// encoding/json.
	via  []uintptr
	leaf reflect.Kind // set: written inline by writeLeaf; otherwise by enc
	enc  ptrEnc
	omit func(p unsafe.Pointer) bool // nil: never left out
}

func (b *builder) structEncoder(t reflect.Type, addr bool) ptrEnc {
	list := jsonfield.For(t).List
	cs := &compiledStruct{fields: make([]compiledField, len(list))}
	for i := range list {
		f := &list[i]
		cf := &cs.fields[i]
		cf.name = f.Name
		cf.keys = [4][]byte{f.KeyPlain, f.KeyHTML, append([]byte{','}, f.KeyPlain...), append([]byte{','}, f.KeyHTML...)}
		fieldAddr := addr
		ct := t
		for j, x := range f.Index {
			sf := ct.Field(x)
			cf.offset += sf.Offset
			ct = sf.Type
			if j < len(f.Index)-1 && ct.Kind() == reflect.Pointer {
				cf.via = append(cf.via, cf.offset)
				cf.offset, ct, fieldAddr = 0, ct.Elem(), true
			}
		}
		cf.enc = b.compile(f.Type, fieldAddr, f.Quoted)
		if !f.Quoted && methodEncoder(f.Type, fieldAddr) == nil && !fastTypes[f.Type] {
			cf.leaf = leafKind(f.Type)
		}
		cf.omit = omitTest(f)
	}
	return cs.encode
}

func (cs *compiledStruct) encode(s *Stream, p unsafe.Pointer) error {
	if err := s.open('{'); err != nil {
		return err
	}
	// The output is appended to a local copy of s.buf, stored back before
	// anything else reads or writes it.
	b, html, n := s.buf, s.html, 0
	for i := range cs.fields {
		f := &cs.fields[i]
		fp := p
		if f.via != nil {
			if fp = follow(p, f.via); fp == nil {
				continue
			}
		}
		fp = unsafe.Add(fp, f.offset)
		if f.omit != nil && f.omit(fp) {
			continue
		}
		if s.indented {
			s.buf = b
			s.next(n == 0)
			b = append(append(s.buf, f.keys[keyIndex(html, false)]...), ' ')
		} else {
			b = append(b, f.keys[keyIndex(html, n > 0)]...)
		}
		n++
		var err error
		if inlineLeaf(f.leaf, fp) {
			b, err = appendLeaf(b, f.leaf, fp, html)
		} else {
			s.buf = b
			err = f.enc(s, fp)
			b = s.buf
		}
		if err != nil {
			s.buf = b
			return atKey(err, f.name)
		}
		if b, err = s.spillFrom(b); err != nil {
			return err
		}
	}
	s.buf = b
	s.close('}', n == 0)
	return nil
}

// keyIndex selects among compiledField.keys.
func keyIndex(html, comma bool) int {
	i := 0
	if html {
		i = 1
	}
	if comma {
		i += 2
	}
	return i
}

// follow goes through the embedded pointers at the offsets via, each from
// the target of the one before, and returns the last target, or nil when
// one of them is nil.
func follow(p unsafe.Pointer, via []uintptr) unsafe.Pointer {
	for _, off := range via {
		if p = *(*unsafe.Pointer)(unsafe.Add(p, off)); p == nil {
			return nil
		}
	}
	return p
}

// omitTest returns the test that leaves f out (omitempty, omitzero or both),
// or nil when f is always written.
func omitTest(f *jsonfield.Field) func(unsafe.Pointer) bool {
	var empty, zero func(unsafe.Pointer) bool
	if f.OmitEmpty {
		empty = emptyTest(f.Type)
	}
	if f.OmitZero {
		zero = zeroTest(f)
	}
	switch {
	case empty == nil:
		return zero
	case zero == nil:
		return empty
	}
	return func(p unsafe.Pointer) bool { return empty(p) || zero(p) }
}

// emptyTest is isEmptyValue for values of type t: false, 0, a nil pointer
// or interface, an empty array, slice, map or string. It returns nil for
// kinds that are never empty.
func emptyTest(t reflect.Type) func(unsafe.Pointer) bool {
	switch t.Kind() {
	case reflect.Array:
		if t.Len() == 0 {
			return func(unsafe.Pointer) bool { return true }
		}
		return nil
	case reflect.Map, reflect.Slice:
		return func(p unsafe.Pointer) bool { return reflect.NewAt(t, p).Elem().Len() == 0 }
	case reflect.String:
		return func(p unsafe.Pointer) bool { return len(*(*string)(p)) == 0 }
	case reflect.Struct:
		return nil
	}
	return zeroValueTest(t)
}

// zeroTest is f.IsZero for values of f's type at p.
func zeroTest(f *jsonfield.Field) func(unsafe.Pointer) bool {
	t := f.Type
	if !t.Implements(isZeroerType) && !reflect.PointerTo(t).Implements(isZeroerType) {
		if z := zeroValueTest(t); z != nil {
			return z
		}
	}
	return func(p unsafe.Pointer) bool { return f.IsZero(reflect.NewAt(t, p).Elem()) }
}

type isZeroer interface{ IsZero() bool }

var isZeroerType = reflect.TypeFor[isZeroer]()

// zeroValueTest is reflect.Value.IsZero for the kinds whose zero value it
// can read directly; nil for the others.
func zeroValueTest(t reflect.Type) func(unsafe.Pointer) bool {
	switch t.Kind() {
	case reflect.Bool:
		return func(p unsafe.Pointer) bool { return !*(*bool)(p) }
	case reflect.String:
		return func(p unsafe.Pointer) bool { return len(*(*string)(p)) == 0 }
	case reflect.Pointer, reflect.Map:
		return func(p unsafe.Pointer) bool { return *(*unsafe.Pointer)(p) == nil }
	case reflect.Interface:
		if t.NumMethod() == 0 {
			return func(p unsafe.Pointer) bool { return *(*any)(p) == nil }
		}
		return func(p unsafe.Pointer) bool { return reflect.NewAt(t, p).Elem().IsNil() }
	case reflect.Slice:
		return func(p unsafe.Pointer) bool { return reflect.NewAt(t, p).Elem().IsNil() }
	case reflect.Float64:
		return func(p unsafe.Pointer) bool { return *(*float64)(p) == 0 }
	case reflect.Float32:
		return func(p unsafe.Pointer) bool { return *(*float32)(p) == 0 }
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		size := t.Size()
		return func(p unsafe.Pointer) bool { return allZero(p, size) }
	}
	return nil
}

// allZero reports whether the size bytes at p, an integer of at most 8
// bytes, are all zero.
func allZero(p unsafe.Pointer, size uintptr) bool {
	switch size {
	case 1:
		return *(*uint8)(p) == 0
	case 2:
		return *(*uint16)(p) == 0
	case 4:
		return *(*uint32)(p) == 0
	}
	return *(*uint64)(p) == 0
}
