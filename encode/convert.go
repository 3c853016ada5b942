package encode

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strconv"

	"github.com/mapkit-go/mapkit/internal/escape"
	"github.com/mapkit-go/mapkit/internal/jsonnum"
	"github.com/mapkit-go/mapkit/internal/keyorder"
)

// Convert stores src, a value already decoded from JSON (map[string]any,
// []any, string, float64 or json.Number, bool, nil, as json.Unmarshal
// into an interface{} produces; other Go integer and float types are
// accepted as numbers), into the value dst points to. It applies the rules
// of Unmarshal with the same options and reports the same problems with
// the same paths, so Convert(tree, &cfg, Strict()) gives what
// Unmarshal(text, &cfg, Strict()) gives for the text tree came from, with
// three differences:
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
// dst never shares maps or slices with src, and src is not modified. Values
// of other types inside src, NaN or infinite floats, and nesting deeper than
// 10000 levels (as a cyclic src has) are reported as InvalidValue.
func Convert(src, dst any, opts ...DecodeOption) error {
	rv := reflect.ValueOf(dst)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &json.InvalidUnmarshalError{Type: reflect.TypeOf(dst)}
	}
	o := decNewOptions(opts)
	d := decState{in: &decTree{cur: src}, strict: o.strict, useNumber: o.useNumber}
	d.value(rv)
	return d.result(nil, decPositionBase{})
}

// decTree reads a decoded JSON tree as a decInput.
type decTree struct {
	cur   any // the next value
	stack []decTreeFrame
	buf   []byte
}

// decTreeFrame is an object or array being read.
type decTreeFrame struct {
	obj  map[string]any
	keys []string
	arr  []any
	i    int
}

func (t *decTree) peek() byte {
	switch x := t.cur.(type) {
	case map[string]any:
		if len(t.stack) < decMaxDepth {
			return '{'
		}
	case []any:
		if len(t.stack) < decMaxDepth {
			return '['
		}
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
		if decValidNumber([]byte(x)) {
			return '0'
		}
	case float64:
		if jsonnum.Valid(x) {
			return '0'
		}
	case float32:
		if jsonnum.Valid(float64(x)) {
			return '0'
		}
	case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, uintptr:
		return '0'
	}
	return 'x'
}

func (t *decTree) pos() int64 { return -1 }

func (t *decTree) str() []byte {
	s := t.cur.(string)
	t.cur = nil
	return []byte(s)
}

func (t *decTree) num() []byte {
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
	t.cur = nil
	return b
}

func (t *decTree) boolean() bool {
	b := t.cur.(bool)
	t.cur = nil
	return b
}

func (t *decTree) null() { t.cur = nil }

func (t *decTree) openObject() {
	m := t.cur.(map[string]any)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	keyorder.Strings(keys)
	t.stack = append(t.stack, decTreeFrame{obj: m, keys: keys})
	t.cur = nil
}

func (t *decTree) key() (name, raw []byte, off int64, ok bool) {
	f := &t.stack[len(t.stack)-1]
	if f.i == len(f.keys) {
		t.stack = t.stack[:len(t.stack)-1]
		return nil, nil, -1, false
	}
	k := f.keys[f.i]
	f.i++
	t.cur = f.obj[k]
	return []byte(k), nil, -1, true
}

func (t *decTree) openArray() {
	t.stack = append(t.stack, decTreeFrame{arr: t.cur.([]any)})
	t.cur = nil
}

func (t *decTree) elem() bool {
	f := &t.stack[len(t.stack)-1]
	if f.i == len(f.arr) {
		t.stack = t.stack[:len(t.stack)-1]
		return false
	}
	t.cur = f.arr[f.i]
	f.i++
	return true
}

func (t *decTree) skip() { t.cur = nil }

func (t *decTree) raw() ([]byte, error) {
	switch t.peek() {
	case 'x':
		return nil, t.bad()
	case '"':
		return escape.AppendJSON(nil, t.str(), false), nil
	case '0':
		return append([]byte(nil), t.num()...), nil
	}
	x := t.cur
	t.cur = nil
	return json.Marshal(x)
}

func (t *decTree) bad() error {
	x := t.cur
	t.cur = nil
	switch x := x.(type) {
	case map[string]any, []any:
		return fmt.Errorf("nesting exceeds %d levels", decMaxDepth)
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return fmt.Errorf("unsupported number %v", x)
		}
	case float32:
		return fmt.Errorf("unsupported number %v", x)
	case json.Number:
		return fmt.Errorf("invalid json.Number %q", string(x))
	}
	return fmt.Errorf("unsupported source value of type %T", x)
}
