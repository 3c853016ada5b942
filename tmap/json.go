package tmap

import (
	"cmp"
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"unsafe"

	"github.com/mapkit-go/mapkit/encode"
	"github.com/mapkit-go/mapkit/internal/keyorder"
)

// MarshalJSON returns the JSON object of m: byte for byte what json.Marshal
// returns for a plain map[K]V with the same entries. Keys of string kind
// appear in ascending order, which is already m's order; integer keys
// appear in the order of their decimal text ("10" before "2"), and keys
// implementing encoding.TextMarshaler in the order of their text, as
// encoding/json sorts them. Float keys without MarshalText are an error
// wrapping *json.UnsupportedTypeError, as for the plain map.
func (m *Map[K, V]) MarshalJSON() ([]byte, error) { return encode.Marshal(m) }

// MarshalJSONStream streams m's JSON object, as MarshalJSON describes, into s.
// With string keys it sorts and copies nothing; integer keys are converted
// to text and sorted in pooled buffers. Either way, in steady state it
// allocates nothing for values of basic types (MarshalText keys allocate
// what their method does).
func (m *Map[K, V]) MarshalJSONStream(s *encode.Stream) error {
	if _, ok := asStrings[K](nil); ok {
		return encode.WriteObject(s, m.stringEntries())
	}
	kt := reflect.TypeFor[K]()
	text := kt.Implements(textMarshalerType)
	if !text && !isInteger(kt.Kind()) {
		return &json.UnsupportedTypeError{Type: reflect.TypeFor[map[K]V]()}
	}
	m.s.sync()
	// The key texts go into one buffer; the strings viewing it are made
	// once it has stopped growing.
	tb, eb := textBufs.Get(), idBufs.Get()
	defer textBufs.Put(tb)
	defer idBufs.Put(eb)
	for _, id := range m.s.order {
		var err error
		if *tb, err = appendKeyText(*tb, m.s.keys[id], text); err != nil {
			return fmt.Errorf("json: encoding error for type %q: %q", reflect.TypeFor[map[K]V]().String(), err.Error())
		}
		*eb = append(*eb, int32(len(*tb)))
	}
	kb, ib := stringBufs.Get(), idBufs.Get()
	defer stringBufs.Put(kb)
	defer idBufs.Put(ib)
	start := int32(0)
	for i, end := range *eb {
		*kb = append(*kb, view((*tb)[start:end]))
		*ib = append(*ib, m.s.order[i])
		start = end
	}
	keys, ids := *kb, *ib
	keyorder.Pairs(keys, ids)
	return encode.WriteObject(s, func(yield func(string, V) bool) {
		for i, k := range keys {
			if !yield(k, m.s.vals[ids[i]]) {
				return
			}
		}
	})
}

// view returns b as a string without copying; b must not change while the
// string is in use.
func view(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// stringEntries yields m's entries with keys of string kind as strings.
func (m *Map[K, V]) stringEntries() func(yield func(string, V) bool) {
	return func(yield func(string, V) bool) {
		m.s.each(func(k K, v V) bool { return yield(keyString(k), v) })
	}
}

var textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()

func isInteger(k reflect.Kind) bool { return reflect.Int <= k && k <= reflect.Uintptr }

// appendKeyText appends the text encoding/json uses for a non-string map
// key: MarshalText's if text is set, else the decimal integer.
func appendKeyText[K cmp.Ordered](dst []byte, k K, text bool) ([]byte, error) {
	if text {
		b, err := any(k).(encoding.TextMarshaler).MarshalText()
		return append(dst, b...), err
	}
	p := unsafe.Pointer(&k)
	switch reflect.TypeFor[K]().Kind() {
	case reflect.Int:
		return strconv.AppendInt(dst, int64(*(*int)(p)), 10), nil
	case reflect.Int8:
		return strconv.AppendInt(dst, int64(*(*int8)(p)), 10), nil
	case reflect.Int16:
		return strconv.AppendInt(dst, int64(*(*int16)(p)), 10), nil
	case reflect.Int32:
		return strconv.AppendInt(dst, int64(*(*int32)(p)), 10), nil
	case reflect.Int64:
		return strconv.AppendInt(dst, *(*int64)(p), 10), nil
	case reflect.Uint:
		return strconv.AppendUint(dst, uint64(*(*uint)(p)), 10), nil
	case reflect.Uint8:
		return strconv.AppendUint(dst, uint64(*(*uint8)(p)), 10), nil
	case reflect.Uint16:
		return strconv.AppendUint(dst, uint64(*(*uint16)(p)), 10), nil
	case reflect.Uint32:
		return strconv.AppendUint(dst, uint64(*(*uint32)(p)), 10), nil
	case reflect.Uint64:
		return strconv.AppendUint(dst, *(*uint64)(p), 10), nil
	}
	return strconv.AppendUint(dst, uint64(*(*uintptr)(p)), 10), nil
}

// UnmarshalJSON adds the members of a JSON object to m, decoding them as
// json.Unmarshal decodes into a plain map[K]V: existing entries stay, a key
// that appears again takes the decoded value, and null changes nothing. On
// error, m holds what json.Unmarshal would have stored in the plain map.
func (m *Map[K, V]) UnmarshalJSON(data []byte) error {
	var plain map[K]V
	err := json.Unmarshal(data, &plain)
	for k, v := range plain {
		m.s.set(k, v)
	}
	return err
}
