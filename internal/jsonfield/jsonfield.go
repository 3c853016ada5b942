// Package jsonfield resolves the JSON members of Go struct types by the rules of
// encoding/json: tag names, "-", omitempty, omitzero, ",string", embedded
// struct promotion and Go's dominance rules. It is the one table of struct
// members in the module: the encoder, the decoder and safelog's JSON outputs
// all read it, so they show and accept exactly the members encoding/json does.
package jsonfield

import (
	"reflect"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/mapkit-go/mapkit/internal/escape"
)

// Field is one JSON object member of a struct type. Its values are shared
// between callers and must not be modified.
type Field struct {
	Name      string       // JSON object key
	Index     []int        // reflect index path, through embedded structs
	Type      reflect.Type // the field's declared Go type (reflect.StructField.Type)
	OmitEmpty bool         // ",omitempty"
	OmitZero  bool         // ",omitzero": skipped when zero; an IsZero method is honoured
	Quoted    bool         // ",string" on a bool, number or string (or an unnamed pointer to one)

	Tagged   bool     // the name comes from a JSON tag
	zeroTest zeroTest // how omitzero decides, for the declared type
	KeyHTML  []byte   // `"name":` with <, > and & escaped
	KeyPlain []byte   // `"name":` without HTML escaping
}

// Struct lists the JSON members of a struct type.
type Struct struct {
	List   []Field        // encoding/json's field order
	ByName map[string]int // exact JSON key -> index in list
}

// zeroTest says how a field with omitzero decides whether it is zero.
type zeroTest uint8

const (
	zeroValue        zeroTest = iota // reflect.Value.IsZero
	zeroMethod                       // the type's own IsZero method
	zeroMethodPtr                    // a pointer whose type has IsZero: nil, or IsZero
	zeroMethodIface                  // an interface type with IsZero: nil, nil pointer inside, or IsZero
	zeroMethodOnAddr                 // *T has IsZero: call it on the value's address
)

type isZeroer interface{ IsZero() bool }

var isZeroerType = reflect.TypeFor[isZeroer]()

// IsZero reports whether v, a value of f's declared type, counts as zero for
// omitzero, as encoding/json decides it.
func (f *Field) IsZero(v reflect.Value) bool {
	switch f.zeroTest {
	case zeroMethod:
		return v.Interface().(isZeroer).IsZero()
	case zeroMethodPtr:
		return v.IsNil() || v.Interface().(isZeroer).IsZero()
	case zeroMethodIface:
		if v.IsNil() {
			return true
		}
		if e := v.Elem(); e.Kind() == reflect.Pointer && e.IsNil() {
			return true
		}
		return v.Interface().(isZeroer).IsZero()
	case zeroMethodOnAddr:
		if !v.CanAddr() {
			c := reflect.New(v.Type()).Elem()
			c.Set(v)
			v = c
		}
		return v.Addr().Interface().(isZeroer).IsZero()
	}
	return v.IsZero()
}

func zeroTestFor(t reflect.Type) zeroTest {
	switch {
	case t.Kind() == reflect.Interface && t.Implements(isZeroerType):
		return zeroMethodIface
	case t.Kind() == reflect.Pointer && t.Implements(isZeroerType):
		return zeroMethodPtr
	case t.Implements(isZeroerType):
		return zeroMethod
	case reflect.PointerTo(t).Implements(isZeroerType):
		return zeroMethodOnAddr
	}
	return zeroValue
}

var cache sync.Map // reflect.Type -> *Struct

// For returns the JSON members of the struct type t, computed once per type
// and cached; it is safe for concurrent use. The result is shared and must
// not be modified.
func For(t reflect.Type) *Struct {
	if f, ok := cache.Load(t); ok {
		return f.(*Struct)
	}
	f, _ := cache.LoadOrStore(t, resolve(t))
	return f.(*Struct)
}

// embedded is a struct type reached through embedding, still to be scanned.
type embedded struct {
	typ   reflect.Type
	index []int
}

// resolve walks t and its embedded structs breadth first, one depth at
// a time, collecting candidate members, then keeps for each JSON name the
// single dominant candidate: the shallowest, a tagged one over untagged ones
// at the same depth, and none when two equally good candidates tie.
func resolve(t reflect.Type) *Struct {
	var (
		cands   []Field
		level   = []embedded{{typ: t}}
		seen    = map[reflect.Type]bool{}
		count   map[reflect.Type]int // how often each type of level was reached
		pending map[reflect.Type]int // the same, for the next level
	)
	for len(level) > 0 {
		var next []embedded
		count, pending = pending, map[reflect.Type]int{}
		for _, e := range level {
			if seen[e.typ] {
				continue
			}
			seen[e.typ] = true
			for i := range e.typ.NumField() {
				sf := e.typ.Field(i)
				if !memberVisible(sf) {
					continue
				}
				tag := sf.Tag.Get("json")
				if tag == "-" {
					continue
				}
				name, opts, _ := strings.Cut(tag, ",")
				if !validName(name) {
					name = ""
				}
				index := append(slices.Clip(e.index), i)
				ft := sf.Type
				if ft.Name() == "" && ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				if name == "" && sf.Anonymous && ft.Kind() == reflect.Struct {
					pending[ft]++
					if pending[ft] == 1 {
						next = append(next, embedded{typ: ft, index: index})
					}
					continue
				}
				f := Field{
					Name:      name,
					Tagged:    name != "",
					Index:     index,
					Type:      sf.Type,
					OmitEmpty: HasOption(opts, "omitempty"),
					OmitZero:  HasOption(opts, "omitzero"),
					Quoted:    HasOption(opts, "string") && quotable(ft.Kind()),
				}
				if f.Name == "" {
					f.Name = sf.Name
				}
				if f.OmitZero {
					f.zeroTest = zeroTestFor(sf.Type)
				}
				f.KeyHTML = append(escape.AppendJSON(nil, f.Name, true), ':')
				f.KeyPlain = append(escape.AppendJSON(nil, f.Name, false), ':')
				cands = append(cands, f)
				if count[e.typ] > 1 {
					// The same struct type embedded twice at this depth: a
					// second copy makes its fields tie, so none survives.
					cands = append(cands, f)
				}
			}
		}
		level = next
	}
	sf := &Struct{List: dominant(cands)}
	sf.ByName = make(map[string]int, len(sf.List))
	for i, f := range sf.List {
		sf.ByName[f.Name] = i
	}
	return sf
}

// memberVisible reports whether a struct field can contribute members:
// exported fields, and embedded structs (or pointers to them) even when
// unexported, since their exported fields are promoted.
func memberVisible(sf reflect.StructField) bool {
	if sf.IsExported() {
		return true
	}
	if !sf.Anonymous {
		return false
	}
	t := sf.Type
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Kind() == reflect.Struct
}

// dominant keeps, for each name, the candidate that wins under Go's embedding
// rules amended by JSON tags, and returns them in struct declaration order.
func dominant(cands []Field) []Field {
	slices.SortFunc(cands, func(a, b Field) int {
		if c := strings.Compare(a.Name, b.Name); c != 0 {
			return c
		}
		if len(a.Index) != len(b.Index) {
			return len(a.Index) - len(b.Index)
		}
		if a.Tagged != b.Tagged {
			if a.Tagged {
				return -1
			}
			return 1
		}
		return slices.Compare(a.Index, b.Index)
	})
	out := cands[:0]
	for i := 0; i < len(cands); {
		j := i + 1
		for j < len(cands) && cands[j].Name == cands[i].Name {
			j++
		}
		first := cands[i]
		if j-i == 1 || len(cands[i+1].Index) != len(first.Index) || cands[i+1].Tagged != first.Tagged {
			out = append(out, first)
		}
		i = j
	}
	slices.SortFunc(out, func(a, b Field) int { return slices.Compare(a.Index, b.Index) })
	return slices.Clip(out)
}

// quotable reports whether the ",string" option applies to a kind.
func quotable(k reflect.Kind) bool {
	switch k {
	case reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.String:
		return true
	}
	return false
}

// HasOption reports whether the comma-separated tag options include opt.
func HasOption(opts, opt string) bool {
	for opts != "" {
		var o string
		o, opts, _ = strings.Cut(opts, ",")
		if o == opt {
			return true
		}
	}
	return false
}

// validName reports whether a tag name can be used as a JSON key: non-empty,
// made of letters, digits and ASCII punctuation other than quotes, backslash
// and comma.
func validName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", r) {
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// IsEmpty reports whether v counts as empty for omitempty, as encoding/json
// decides it: false, 0, a nil pointer or interface, and an empty array,
// slice, map or string.
func IsEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64,
		reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}
