package encode

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"

	"github.com/mapkit-go/mapkit/internal/escape"
	"github.com/mapkit-go/mapkit/internal/jsonnum"
	"github.com/mapkit-go/mapkit/internal/keyorder"
)

// Convert stores src, a value already decoded from JSON (map[string]any,
// []any, string, float64 or json.Number, bool, nil, as json.Unmarshal
// into an interface{} produces) or built by code (typed slices, arrays and
// maps such as []string and map[string]string, pointers, strings, bools
// and numbers of any named type, time.Time, netip.Addr, structs), into the
// value dst points to. It applies the rules of Unmarshal with the same
// options (Strict, ExactCase, UseNumber, ParseDurations, Hook) and reports
// the same problems with the same paths, so Convert(tree, &cfg, Strict())
// gives what Unmarshal(text, &cfg, Strict()) gives for the text tree came
// from, with three differences:
//
//   - There is no text, so errors have Line and Column 0 and Offset -1, and
//     object keys are visited (and errors listed) in sorted order.
//   - A map cannot hold a key twice: with Strict, DuplicateKey reports only
//     distinct keys that fold to one struct field ("name" and "Name"), and
//     without Strict the last of them in sorted order wins.
//   - A float64 has lost the number's spelling: 1.0 converts into an int
//     field as 1 does (Unmarshal rejects 1.0 there), and integers beyond
//     2^53 arrive rounded. Decode with UseNumber to keep numbers exact.
//
// A source value that is not JSON-shaped is read as Marshal would write it:
// maps with string keys and slices element by element, values with
// MarshalJSON or MarshalText methods (time.Time, netip.Addr), structs,
// []byte and maps with other keys through Marshal, so a time.Time converts
// into a string field as its RFC 3339 text and a struct into another
// struct by their JSON names. A source of exactly the target's type that
// decodes itself with UnmarshalJSON or UnmarshalText (time.Time,
// netip.Addr) and is not a map, slice or pointer is copied as it is.
//
// dst never shares maps or slices with src, and src is not modified.
// Channels, functions and complex numbers inside src, failing MarshalJSON
// or MarshalText methods, NaN or infinite floats, and nesting deeper than
// 10000 levels are reported as InvalidValue at their path. A map or slice
// that holds itself is found the first time it is reached again, and
// reported there as an InvalidValue wrapping a *json.UnsupportedValueError,
// as encoding/json reports cycles: Convert visits each way into a cycle
// once, however many there are.
func Convert(src, dst any, opts ...Option) error {
	rv := reflect.ValueOf(dst)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &json.InvalidUnmarshalError{Type: reflect.TypeOf(dst)}
	}
	o := newOptions(opts)
	d := o.state(newDecTree(src))
	d.value(rv)
	return d.result(nil, positionBase{})
}

// tree reads a decoded JSON tree as a input. Values that are not
// JSON-shaped are turned into JSON-shaped ones as they are reached.
type tree struct {
	cur   any    // the next value, JSON-shaped
	orig  any    // the next value as the source holds it
	kind  byte   // what peek returns for cur
	id    treeID // the identity of cur when it is a container
	err   error  // what is wrong with cur, when kind is 'x'
	stack []treeFrame
	open  map[treeID]bool // identities of the containers on a deep stack
	buf   []byte
}

// treeID identifies a container of the source for cycle detection: a
// map by its pointer, a slice by its pointer and length, as encoding/json
// tells them apart (a []any by its first element, which costs no
// allocation). The zero treeID is a value that cannot hold itself.
type treeID struct {
	ptr   uintptr
	first *any
	n     int
}

// treeFrame is an object or array being read.
type treeFrame struct {
	obj  map[string]any
	keys []string
	arr  []any
	i    int
	id   treeID
}

// treeScan is the stack depth up to which cycles are found by scanning
// the stack; deeper stacks keep their identities in a set.
const treeScan = 32

func newDecTree(src any) *tree {
	t := &tree{}
	t.next(src)
	return t
}

// next makes x the next value.
func (t *tree) next(x any) {
	t.orig, t.cur, t.id, t.err = x, x, treeID{}, nil
	t.kind = t.classify(x)
}

// classify returns the kind of x, which is t.cur, recording in t.id and
// t.err its identity and what is wrong with it; a value that is not
// JSON-shaped is replaced in t.cur by its JSON-shaped form.
func (t *tree) classify(x any) byte {
	switch x := x.(type) {
	case map[string]any:
		return t.container('{', treeID{ptr: reflect.ValueOf(x).Pointer()})
	case []any:
		id := treeID{n: len(x)}
		if len(x) > 0 {
			id.first = &x[0]
		}
		return t.container('[', id)
	case string:
		return '"'
	case bool:
		if x {
			return 't'
		}
		return 'f'
	case nil:
		return 'n'
	case json.Number:
		if validNumber([]byte(x)) {
			return '0'
		}
		t.err = fmt.Errorf("invalid json.Number %q", string(x))
	case float64:
		if jsonnum.Valid(x) {
			return '0'
		}
		t.err = fmt.Errorf("unsupported number %v", x)
	case float32:
		if jsonnum.Valid(float64(x)) {
			return '0'
		}
		t.err = fmt.Errorf("unsupported number %v", x)
	case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, uintptr:
		return '0'
	default:
		y, id, err := treeShape(reflect.ValueOf(x))
		if err != nil {
			t.err = err
			break
		}
		t.cur = y
		kind := t.classify(y)
		if id != (treeID{}) && kind != 'x' {
			kind = t.container(kind, id)
		}
		return kind
	}
	t.cur = nil
	return 'x'
}

// container returns kind for the next value, a map or slice with identity
// id, or 'x' when it is already open (a cycle) or nesting is too deep.
func (t *tree) container(kind byte, id treeID) byte {
	t.id = id
	switch {
	case len(t.stack) >= maxDepth:
		t.err = fmt.Errorf("nesting exceeds %d levels", maxDepth)
	case t.isOpen(id):
		t.err = &json.UnsupportedValueError{Value: reflect.ValueOf(t.orig),
			Str: fmt.Sprintf("encountered a cycle via %T", t.orig)}
	default:
		return kind
	}
	return 'x'
}

// isOpen reports whether the container id is being read, so that reading
// it again would never end.
func (t *tree) isOpen(id treeID) bool {
	if id.ptr == 0 && id.first == nil {
		return false
	}
	if t.open != nil {
		return t.open[id]
	}
	for i := range t.stack {
		if t.stack[i].id == id {
			return true
		}
	}
	return false
}

// push opens a container frame, keeping the set of open identities once
// the stack is deep.
func (t *tree) push(f treeFrame) {
	t.stack = append(t.stack, f)
	if t.open == nil && len(t.stack) > treeScan {
		t.open = make(map[treeID]bool, 2*treeScan)
		for i := range t.stack {
			t.open[t.stack[i].id] = true
		}
	} else if t.open != nil {
		t.open[f.id] = true
	}
	t.done()
}

func (t *tree) pop() {
	f := t.stack[len(t.stack)-1]
	t.stack = t.stack[:len(t.stack)-1]
	if t.open != nil {
		delete(t.open, f.id)
	}
}

// treeShape returns a source value that is not JSON-shaped as one, as
// Marshal would write it: pointers and interfaces by what they hold,
// strings, bools and numbers of named types as their kind, maps with
// string keys and slices and arrays element by element (the elements are
// shaped when they are reached; id identifies a map or slice), and values
// with MarshalJSON or MarshalText methods, structs, []byte and other maps
// through Marshal. Channels, functions and failing methods are errors.
func treeShape(rv reflect.Value) (any, treeID, error) {
	for hops := 0; ; hops++ {
		if !rv.IsValid() {
			return nil, treeID{}, nil
		}
		k := rv.Kind()
		if (k == reflect.Pointer || k == reflect.Interface) && rv.IsNil() {
			return nil, treeID{}, nil
		}
		if marshals(rv.Type()) {
			break
		}
		switch k {
		case reflect.Pointer, reflect.Interface:
			if hops == maxDepth {
				return nil, treeID{}, &json.UnsupportedValueError{Value: rv,
					Str: fmt.Sprintf("encountered a cycle via %v", rv.Type())}
			}
			rv = rv.Elem()
			continue
		case reflect.String:
			return rv.String(), treeID{}, nil
		case reflect.Bool:
			return rv.Bool(), treeID{}, nil
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			return rv.Int(), treeID{}, nil
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			return rv.Uint(), treeID{}, nil
		case reflect.Float32:
			return float32(rv.Float()), treeID{}, nil
		case reflect.Float64:
			return rv.Float(), treeID{}, nil
		case reflect.Slice:
			if rv.IsNil() {
				return nil, treeID{}, nil
			}
			if rv.Type().Elem().Kind() == reflect.Uint8 {
				break // base64, as Marshal writes it
			}
			return treeElems(rv), treeID{ptr: rv.Pointer(), n: rv.Len()}, nil
		case reflect.Array:
			return treeElems(rv), treeID{}, nil
		case reflect.Map:
			if rv.IsNil() {
				return nil, treeID{}, nil
			}
			if rv.Type().Key().Kind() != reflect.String || marshals(rv.Type().Key()) {
				break // keys as Marshal writes them
			}
			m := make(map[string]any, rv.Len())
			for it := rv.MapRange(); it.Next(); {
				m[it.Key().String()] = it.Value().Interface()
			}
			return m, treeID{ptr: rv.Pointer()}, nil
		case reflect.Struct:
		default:
			return nil, treeID{}, fmt.Errorf("unsupported source value of type %v", rv.Type())
		}
		break
	}
	return treeMarshal(rv.Interface())
}

// treeElems returns the elements of a slice or array.
func treeElems(rv reflect.Value) []any {
	a := make([]any, rv.Len())
	for i := range a {
		a[i] = rv.Index(i).Interface()
	}
	return a
}

// treeMarshal returns x as Marshal writes it, decoded with UseNumber.
func treeMarshal(x any) (any, treeID, error) {
	b, err := Marshal(x)
	if err != nil {
		return nil, treeID{}, err
	}
	var y any
	if err := Unmarshal(b, &y, UseNumber()); err != nil {
		return nil, treeID{}, err
	}
	return y, treeID{}, nil
}

// marshals reports whether values of t write themselves, with a
// MarshalJSON or MarshalText method.
func marshals(t reflect.Type) bool {
	return t.Implements(marshalerType) || t.Implements(textMarshalerType)
}

// copyable reports whether the next value is a source value of exactly
// type t, one that decodes itself (time.Time, netip.Addr) and holds no
// map or slice of the source, so that Convert stores a copy of it as it is.
func (t *tree) copyable(typ reflect.Type) bool {
	if t.orig == nil || reflect.TypeOf(t.orig) != typ {
		return false
	}
	switch typ.Kind() {
	case reflect.Map, reflect.Slice, reflect.Pointer, reflect.Interface:
		return false
	}
	pt := reflect.PointerTo(typ)
	return pt.Implements(reflect.TypeFor[json.Unmarshaler]()) || pt.Implements(textUnmarshalerType)
}

// take consumes the next value and returns it as the source holds it.
func (t *tree) take() any {
	x := t.orig
	t.done()
	return x
}

func (t *tree) peek() byte { return t.kind }

// done marks the next value consumed.
func (t *tree) done() { t.cur, t.orig, t.kind = nil, nil, 'n' }

func (t *tree) pos() int64 { return -1 }

func (t *tree) str() []byte {
	s := t.cur.(string)
	t.done()
	return []byte(s)
}

func (t *tree) num() []byte {
	b := t.buf[:0]
	switch x := t.cur.(type) {
	case json.Number:
		b = append(b, x...)
	case float64:
		b = jsonnum.AppendFloat(b, x, 64)
	case float32:
		b = jsonnum.AppendFloat(b, float64(x), 32)
	default:
		rv := reflect.ValueOf(x)
		if rv.CanInt() {
			b = strconv.AppendInt(b, rv.Int(), 10)
		} else {
			b = strconv.AppendUint(b, rv.Uint(), 10)
		}
	}
	t.buf = b
	t.done()
	return b
}

func (t *tree) boolean() bool {
	b := t.cur.(bool)
	t.done()
	return b
}

func (t *tree) null() { t.done() }

func (t *tree) openObject() {
	m := t.cur.(map[string]any)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	keyorder.Strings(keys)
	t.push(treeFrame{obj: m, keys: keys, id: t.id})
}

func (t *tree) key() (name, raw []byte, off int64, ok bool) {
	f := &t.stack[len(t.stack)-1]
	if f.i == len(f.keys) {
		t.pop()
		return nil, nil, -1, false
	}
	k := f.keys[f.i]
	f.i++
	t.next(f.obj[k])
	return []byte(k), nil, -1, true
}

func (t *tree) openArray() {
	t.push(treeFrame{arr: t.cur.([]any), id: t.id})
}

func (t *tree) elem() bool {
	f := &t.stack[len(t.stack)-1]
	if f.i == len(f.arr) {
		t.pop()
		return false
	}
	t.next(f.arr[f.i])
	f.i++
	return true
}

func (t *tree) skip() { t.done() }

func (t *tree) raw() ([]byte, error) {
	switch t.peek() {
	case 'x':
		return nil, t.bad()
	case '"':
		return escape.AppendJSON(nil, t.str(), false), nil
	case '0':
		return append([]byte(nil), t.num()...), nil
	}
	x := t.cur
	t.done()
	return Marshal(x)
}

func (t *tree) bad() error {
	t.done()
	return t.err
}
