package encode

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strconv"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/mapkit-go/mapkit/internal/escape"
	"github.com/mapkit-go/mapkit/internal/jsonnum"
)

// Compiled encoders write a value of one type from its address. They are
// built once per type from the layout reflect reports (field offsets,
// element sizes, kinds) and read memory through unsafe.Pointer only by
// offsets within that layout, so the per-value work has no reflect.Value
// walking and no interface boxing. What they cannot write themselves (maps
// with non-string keys, non-empty interfaces, marshaler methods with value
// receivers on reference types) they hand to the reflect encoders of
// reflect.go, which remain the one definition of encoding/json's semantics.

// ptrEnc writes the value of its type stored at p, which is never nil.
type ptrEnc func(s *Stream, p unsafe.Pointer) error

// reflectOnly turns compiled encoders off, so that tests can hold both paths
// to the same contracts. It is read when an encoder is built; flipping it
// takes effect for types not yet cached (see setReflectOnly in the tests).
var reflectOnly atomic.Bool

// compileKey names one compiled encoder: the type, whether the value is
// addressable (reached through a pointer or slice, which decides whether
// methods with pointer receivers apply, as for reflect.Value.CanAddr), and
// whether it is a ",string" field.
type compileKey struct {
	t      reflect.Type
	addr   bool
	quoted bool
}

// compiledType holds an encoder while it is being built, so that a
// recursive type can refer to itself.
type compiledType struct{ enc ptrEnc }

var (
	compiled  sync.Map // compileKey -> *compiledType, complete encoders only
	compileMu sync.Mutex
)

// compiledStructEncoder returns the reflect-facing encoder of struct type t
// built on its compiled encoders, or nil when compilation is off. An
// addressable value is written in place; any other is first copied into a
// pooled addressable copy, written with the encoder that ignores
// pointer-receiver methods, as encoding/json does for such values.
func compiledStructEncoder(t reflect.Type) encFunc {
	if reflectOnly.Load() {
		return nil
	}
	onAddr, direct := compiledFor(t, true), compiledFor(t, false)
	copies := &sync.Pool{New: func() any {
		v := reflect.New(t).Elem()
		return &v
	}}
	return func(s *Stream, v reflect.Value) error {
		if v.CanAddr() {
			return onAddr(s, v.Addr().UnsafePointer())
		}
		c := copies.Get().(*reflect.Value)
		c.Set(v)
		err := direct(s, c.Addr().UnsafePointer())
		c.SetZero()
		copies.Put(c)
		return err
	}
}

// compiledFor returns the complete compiled encoder of t, building it and
// every type it reaches once. Building holds compileMu and calls nothing that
// could build again: the reflect encoders a compiled one hands over to are
// looked up when first used.
func compiledFor(t reflect.Type, addr bool) ptrEnc {
	k := compileKey{t: t, addr: addr}
	if c, ok := compiled.Load(k); ok {
		return c.(*compiledType).enc
	}
	compileMu.Lock()
	defer compileMu.Unlock()
	b := builder{pending: map[compileKey]*compiledType{}}
	enc := b.compile(t, addr, false)
	for k, c := range b.pending {
		compiled.Store(k, c)
	}
	return enc
}

// builder builds the encoders of one type and of the types it reaches.
type builder struct {
	pending map[compileKey]*compiledType
}

// compile returns the encoder for t, following newTypeEncoder's order:
// methods first (MarshalJSONStream, MarshalJSON, MarshalText; pointer receivers
// only when addr), then the kind.
func (b *builder) compile(t reflect.Type, addr, quoted bool) ptrEnc {
	k := compileKey{t: t, addr: addr, quoted: quoted}
	if c, ok := compiled.Load(k); ok {
		return c.(*compiledType).enc
	}
	if c, ok := b.pending[k]; ok {
		if c.enc != nil {
			return c.enc
		}
		return func(s *Stream, p unsafe.Pointer) error { return c.enc(s, p) }
	}
	c := &compiledType{}
	b.pending[k] = c
	c.enc = b.build(t, addr, quoted)
	return c.enc
}

func (b *builder) build(t reflect.Type, addr, quoted bool) ptrEnc {
	if enc := methodEncoder(t, addr); enc != nil {
		return enc
	}
	if fastTypes[t] {
		return func(s *Stream, p unsafe.Pointer) error {
			return s.value(reflect.NewAt(t, p).Elem().Interface())
		}
	}
	if quoted && quotableKind(t.Kind()) {
		return viaReflect(t, newTypeEncoder(t, false, true))
	}
	if leafKind(t) != reflect.Invalid {
		kind := t.Kind()
		return func(s *Stream, p unsafe.Pointer) error { return writeLeaf(s, kind, p) }
	}
	switch t.Kind() {
	case reflect.String: // json.Number
		return func(s *Stream, p unsafe.Pointer) error { return s.number(*(*json.Number)(p), false) }
	case reflect.Interface:
		if t.NumMethod() == 0 {
			return anyEncoder
		}
		return viaReflect(t, interfaceEncoder)
	case reflect.Struct:
		return b.structEncoder(t, addr)
	case reflect.Map:
		// Under json/v2, a string-kind key with MarshalText is written
		// through the method, which the reflect path knows.
		if t.Key().Kind() == reflect.String && !(textBeforeString && t.Key().Implements(textMarshalerType)) {
			return b.mapEncoder(t)
		}
		return lateReflect(t)
	case reflect.Slice:
		return b.sliceEncoder(t)
	case reflect.Array:
		return b.arrayEncoder(t, addr)
	case reflect.Pointer:
		return b.pointerEncoder(t, quoted)
	}
	return viaReflect(t, unsupportedTypeEncoder)
}

// methodEncoder returns the encoder calling t's marshaling method, or nil
// when t has none that applies.
func methodEncoder(t reflect.Type, addr bool) ptrEnc {
	if t == rawMessageType {
		return func(s *Stream, p unsafe.Pointer) error {
			return s.marshalerOutput(t, "MarshalJSON", rawOrNull(*(*json.RawMessage)(p)), nil)
		}
	}
	byValue := t.Kind() != reflect.Pointer && t.Kind() != reflect.Interface
	for _, m := range marshalMethods {
		if byValue && addr && reflect.PointerTo(t).Implements(m.typ) {
			return func(s *Stream, p unsafe.Pointer) error { return m.direct(s, reflect.NewAt(t, p)) }
		}
		if !t.Implements(m.typ) {
			continue
		}
		// A value method is also a method of the pointer: calling it
		// through the address spares boxing a copy of the value.
		switch {
		case byValue && m.typ == marshalerType:
			return func(s *Stream, p unsafe.Pointer) error {
				out, err := reflect.NewAt(t, p).Interface().(json.Marshaler).MarshalJSON()
				return s.marshalerOutput(t, "MarshalJSON", out, err)
			}
		case byValue && m.typ == textMarshalerType:
			return func(s *Stream, p unsafe.Pointer) error {
				out, err := reflect.NewAt(t, p).Interface().(encoding.TextMarshaler).MarshalText()
				return s.textOutput(t, out, err)
			}
		}
		return viaReflect(t, m.direct)
	}
	return nil
}

var rawMessageType = reflect.TypeFor[json.RawMessage]()

// textOutput writes the result of a MarshalText call as a JSON string.
func (s *Stream) textOutput(t reflect.Type, out []byte, err error) error {
	if err != nil {
		return marshalerError(t, "MarshalText", err)
	}
	s.buf = escape.AppendJSON(s.buf, out, s.html)
	return nil
}

// viaReflect runs a reflect encoder on the value at p. The value it sees is
// addressable, so enc must not depend on addressability: method encoders,
// encoders of leaf kinds and of interfaces qualify.
func viaReflect(t reflect.Type, enc encFunc) ptrEnc {
	return func(s *Stream, p unsafe.Pointer) error { return enc(s, reflect.NewAt(t, p).Elem()) }
}

// lateReflect runs t's reflect encoder, looked up on each call so that
// building a compiled encoder never builds a reflect one. Maps are
// never addressable inside, so the value's addressability does not matter.
func lateReflect(t reflect.Type) ptrEnc {
	return func(s *Stream, p unsafe.Pointer) error { return typeEncoder(t)(s, reflect.NewAt(t, p).Elem()) }
}

func anyEncoder(s *Stream, p unsafe.Pointer) error {
	v := *(*any)(p)
	if v == nil {
		s.buf = append(s.buf, "null"...)
		return nil
	}
	return s.value(v)
}

// quotableKind reports whether the ",string" option changes how a kind is
// written.
func quotableKind(k reflect.Kind) bool {
	switch k {
	case reflect.Bool, reflect.String, reflect.Float32, reflect.Float64,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return true
	}
	return false
}

// leafKind returns t's kind when a compiled encoder writes it inline with
// writeLeaf: booleans, numbers and strings without methods, json.Number
// excepted; otherwise reflect.Invalid. Method checks are the caller's.
func leafKind(t reflect.Type) reflect.Kind {
	k := t.Kind()
	if !quotableKind(k) || t == numberType {
		return reflect.Invalid
	}
	return k
}

// writeLeaf writes the boolean, number or string of kind k stored at p.
func writeLeaf(s *Stream, k reflect.Kind, p unsafe.Pointer) (err error) {
	if k == reflect.String {
		return s.str(*(*string)(p))
	}
	s.buf, err = appendLeaf(s.buf, k, p, s.html)
	return err
}

// inlineLeaf reports whether appendLeaf can write the value of leaf kind k
// at p: any but a string long enough for Stream.str to write it in pieces.
func inlineLeaf(k reflect.Kind, p unsafe.Pointer) bool {
	return k != reflect.Invalid && (k != reflect.String || len(*(*string)(p)) <= bufSize)
}

// spillFrom stores b, the output buffer held in a local, back into s and
// flushes it when full, returning the buffer to continue with.
func (s *Stream) spillFrom(b []byte) ([]byte, error) {
	s.buf = b
	if len(b) < s.limit {
		return b, nil
	}
	err := s.flush()
	return s.buf, err
}

// appendLeaf appends the boolean, number or string of kind k stored at p,
// with the buffer passed by value so that the hot loops of compiled
// encoders keep it in registers. Floats that JSON cannot hold are an error.
func appendLeaf(b []byte, k reflect.Kind, p unsafe.Pointer, html bool) ([]byte, error) {
	switch k {
	case reflect.String:
		return appendString(b, *(*string)(p), html), nil
	case reflect.Float64:
		return appendFloat(b, *(*float64)(p), 64)
	case reflect.Bool:
		return strconv.AppendBool(b, *(*bool)(p)), nil
	case reflect.Int:
		return jsonnum.AppendInt(b, int64(*(*int)(p))), nil
	case reflect.Int64:
		return jsonnum.AppendInt(b, *(*int64)(p)), nil
	case reflect.Int32:
		return jsonnum.AppendInt(b, int64(*(*int32)(p))), nil
	case reflect.Int16:
		return jsonnum.AppendInt(b, int64(*(*int16)(p))), nil
	case reflect.Int8:
		return jsonnum.AppendInt(b, int64(*(*int8)(p))), nil
	case reflect.Uint:
		return jsonnum.AppendUint(b, uint64(*(*uint)(p))), nil
	case reflect.Uint64:
		return jsonnum.AppendUint(b, *(*uint64)(p)), nil
	case reflect.Uint32:
		return jsonnum.AppendUint(b, uint64(*(*uint32)(p))), nil
	case reflect.Uint16:
		return jsonnum.AppendUint(b, uint64(*(*uint16)(p))), nil
	case reflect.Uint8:
		return jsonnum.AppendUint(b, uint64(*(*uint8)(p))), nil
	case reflect.Uintptr:
		return jsonnum.AppendUint(b, uint64(*(*uintptr)(p))), nil
	case reflect.Float32:
		return appendFloat(b, float64(*(*float32)(p)), 32)
	}
	return b, nil
}
