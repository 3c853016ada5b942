package tmap

import (
	"cmp"
	"encoding"
	"encoding/json"
	"reflect"
	"unsafe"

	"github.com/mapkit-go/mapkit/encode"
	"github.com/mapkit-go/mapkit/internal/jsonnum"
	"github.com/mapkit-go/mapkit/internal/keyorder"
)

// MarshalJSON returns the JSON object of m: byte for byte what json.Marshal
// returns for a plain map[K]V with the same entries. Keys of string kind
// appear in ascending order, which is already m's order; integer keys
// appear in the order of their decimal text ("10" before "2"), and keys
// implementing encoding.TextMarshaler in the order of their text, as
// encoding/json sorts them. Keys encoding/json refuses (floats, under its
// v1 rules) give the error Marshal gives for the plain map.
func (m Map[K, V]) MarshalJSON() ([]byte, error) { return encode.Marshal(m) }

// MarshalJSONStream streams m's JSON object, as MarshalJSON describes, into s.
// With string keys it sorts and copies nothing; integer keys are converted
// to text and sorted in pooled buffers. Either way, in steady state it
// allocates nothing for values of basic types. Other keys (MarshalText,
// floats) are written through the equivalent plain map, so their text,
// order and errors are those of encode.Marshal on that map.
func (m Map[K, V]) MarshalJSONStream(s *encode.Stream) error {
	kt := reflect.TypeFor[K]()
	text := kt.Implements(textMarshalerType)
	switch {
	case isStringKind[K]() && !text:
		return encode.WriteObject(s, m.stringEntries())
	case isInteger(kt.Kind()) && !text:
		return m.writeIntegerKeys(s)
	}
	// Keys with MarshalText, and keys encoding/json may refuse, are written
	// as the plain map, so that their text, order and errors are encode's,
	// under the rules of the toolchain's encoding/json.
	plain := make(map[K]V, m.Len())
	for k, v := range m.All() {
		plain[k] = v
	}
	return s.WriteValue(plain)
}

// writeIntegerKeys writes m, whose keys are integers, with the members in
// the order of the keys' decimal text, as encoding/json orders them.
func (m Map[K, V]) writeIntegerKeys(s *encode.Stream) error {
	var order []int32
	if m.s != nil {
		order = m.s.current()
	}
	// The key texts go into one buffer; the strings viewing it are made
	// once it has stopped growing.
	tb, eb := textBufs.Get(), idBufs.Get()
	defer textBufs.Put(tb)
	defer idBufs.Put(eb)
	for _, id := range order {
		*tb = appendInteger(*tb, m.s.ents[id].k)
		*eb = append(*eb, int32(len(*tb)))
	}
	kb, ib := stringBufs.Get(), idBufs.Get()
	defer stringBufs.Put(kb)
	defer idBufs.Put(ib)
	start := int32(0)
	for i, end := range *eb {
		*kb = append(*kb, view((*tb)[start:end]))
		*ib = append(*ib, order[i])
		start = end
	}
	keys, ids := *kb, *ib
	keyorder.Pairs(keys, ids)
	return encode.WriteObject(s, func(yield func(string, V) bool) {
		for i, k := range keys {
			if !yield(k, m.s.ents[ids[i]].v) {
				return
			}
		}
	})
}

// view returns b as a string without copying; b must not change while the
// string is in use.
func view(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// stringEntries yields m's entries with keys of string kind as strings.
func (m Map[K, V]) stringEntries() func(yield func(string, V) bool) {
	return func(yield func(string, V) bool) {
		m.s.ascend(0, func(k K, v V) bool { return yield(keyString(k), v) })
	}
}

var textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()

func isInteger(k reflect.Kind) bool { return reflect.Int <= k && k <= reflect.Uintptr }

// appendInteger appends the decimal text of k, whose kind is an integer,
// with the module's one integer formatter.
func appendInteger[K cmp.Ordered](dst []byte, k K) []byte {
	p := unsafe.Pointer(&k)
	switch reflect.TypeFor[K]().Kind() {
	case reflect.Int:
		return jsonnum.AppendInt(dst, int64(*(*int)(p)))
	case reflect.Int8:
		return jsonnum.AppendInt(dst, int64(*(*int8)(p)))
	case reflect.Int16:
		return jsonnum.AppendInt(dst, int64(*(*int16)(p)))
	case reflect.Int32:
		return jsonnum.AppendInt(dst, int64(*(*int32)(p)))
	case reflect.Int64:
		return jsonnum.AppendInt(dst, *(*int64)(p))
	case reflect.Uint:
		return jsonnum.AppendUint(dst, uint64(*(*uint)(p)))
	case reflect.Uint8:
		return jsonnum.AppendUint(dst, uint64(*(*uint8)(p)))
	case reflect.Uint16:
		return jsonnum.AppendUint(dst, uint64(*(*uint16)(p)))
	case reflect.Uint32:
		return jsonnum.AppendUint(dst, uint64(*(*uint32)(p)))
	case reflect.Uint64:
		return jsonnum.AppendUint(dst, *(*uint64)(p))
	}
	return jsonnum.AppendUint(dst, uint64(*(*uintptr)(p)))
}

// UnmarshalJSON adds the members of a JSON object to m, decoding them as
// json.Unmarshal decodes into a plain map[K]V: existing entries stay, a key
// that appears again takes the decoded value, and null changes nothing. On
// error, m holds what json.Unmarshal would have stored in the plain map.
func (m *Map[K, V]) UnmarshalJSON(data []byte) error {
	var plain map[K]V
	err := json.Unmarshal(data, &plain)
	for k, v := range plain {
		m.Set(k, v)
	}
	return err
}

// MarshalJSON returns the JSON object of m: byte for byte what json.Marshal
// returns for the equivalent plain map[A]map[B]V, outer and inner keys in
// encoding/json's order, with the errors it returns.
func (m Map2[A, B, V]) MarshalJSON() ([]byte, error) { return encode.Marshal(m) }

// MarshalJSONStream streams m's JSON object, as MarshalJSON describes, into s.
// With keys of string kind it copies nothing: each group is written from
// m's storage as the walk reaches it.
func (m Map2[A, B, V]) MarshalJSONStream(s *encode.Stream) error {
	if !isStringKind[A]() || !isStringKind[B]() ||
		reflect.TypeFor[A]().Implements(textMarshalerType) ||
		reflect.TypeFor[B]().Implements(textMarshalerType) {
		return s.WriteValue(m.plain())
	}
	return encode.WriteObject(s, func(yield func(string, group[A, B, V]) bool) {
		for a := range m.Groups() {
			if !yield(keyString(a), group[A, B, V]{m, a}) {
				return
			}
		}
	})
}

// plain returns m as the equivalent map[A]map[B]V.
func (m Map2[A, B, V]) plain() map[A]map[B]V {
	out := make(map[A]map[B]V)
	for k, v := range m.All() {
		inner := out[k.A]
		if inner == nil {
			inner = make(map[B]V)
			out[k.A] = inner
		}
		inner[k.B] = v
	}
	return out
}

// group is the view of one outer key of a Map2, as its inner map.
type group[A, B cmp.Ordered, V any] struct {
	m Map2[A, B, V]
	a A
}

// MarshalJSONStream writes g as its inner map; B's kind is string.
func (g group[A, B, V]) MarshalJSONStream(s *encode.Stream) error {
	return encode.WriteObject(s, func(yield func(string, V) bool) {
		for b, v := range g.m.Group(g.a) {
			if !yield(keyString(b), v) {
				return
			}
		}
	})
}

// UnmarshalJSON adds the members of a JSON object of objects to m, decoding
// them as json.Unmarshal decodes into the plain map[A]map[B]V, with the
// guarantees of Map.UnmarshalJSON. An inner object that is empty or null
// adds no entry.
func (m *Map2[A, B, V]) UnmarshalJSON(data []byte) error {
	var plain map[A]map[B]V
	err := json.Unmarshal(data, &plain)
	for a, inner := range plain {
		for b, v := range inner {
			m.Set(a, b, v)
		}
	}
	return err
}

// MarshalJSON returns the JSON object of a snapshot of s: byte for byte
// what json.Marshal returns for the plain map[K]V, as Map.MarshalJSON.
func (s *Sync[K, V]) MarshalJSON() ([]byte, error) { return encode.Marshal(s) }

// MarshalJSONStream streams the JSON object of a snapshot of s into st, as
// Map.MarshalJSONStream does; writers are not held up while it runs.
func (s *Sync[K, V]) MarshalJSONStream(st *encode.Stream) error {
	return s.snapshot().MarshalJSONStream(st)
}

// UnmarshalJSON adds the members of a JSON object to s as
// Map.UnmarshalJSON does. It decodes before taking the write lock, and
// stores every member in one critical section.
func (s *Sync[K, V]) UnmarshalJSON(data []byte) error {
	var plain map[K]V
	err := json.Unmarshal(data, &plain)
	s.mu.Lock()
	defer s.mu.Unlock()
	for k, v := range plain {
		s.m.Set(k, v)
	}
	s.invalidate()
	return err
}
