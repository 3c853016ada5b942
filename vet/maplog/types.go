package maplog

import (
	"go/types"
	"reflect"
)

// renderers are the methods through which fmt, slog, zap or encoding/json
// let a type render itself; a type with any of them is not walked as data.
var renderers = []string{"String", "Error", "Format", "GoString", "LogValue",
	"MarshalLogObject", "MarshalLogArray", "MarshalJSON", "MarshalText"}

// rendersItself reports whether t or *t has one of the renderers.
func rendersItself(t types.Type) bool {
	if _, isPtr := t.Underlying().(*types.Pointer); !isPtr && !types.IsInterface(t) {
		t = types.NewPointer(t)
	}
	ms := types.NewMethodSet(t)
	for _, name := range renderers {
		if ms.Lookup(nil, name) != nil {
			return true
		}
	}
	return false
}

// holdsMap reports whether every logger walks a map when it renders a value
// of type t: t is a map, or a slice, array or struct (through exported
// fields that encoding/json shows) holding one, and no type on the way
// renders itself. Pointers below the top are not followed: fmt prints them as
// addresses.
func (c *checker) holdsMap(t types.Type) bool {
	t = types.Unalias(t)
	if v, ok := c.holds[t]; ok {
		return v
	}
	c.holds[t] = false // a recursive type holds a map only through another path
	v := !rendersItself(t) && c.contains(t)
	c.holds[t] = v
	return v
}

func (c *checker) contains(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Map:
		return true
	case *types.Slice:
		return c.holdsMap(u.Elem())
	case *types.Array:
		return u.Len() > 0 && c.holdsMap(u.Elem())
	case *types.Struct:
		for i := range u.NumFields() {
			fld := u.Field(i)
			if fld.Exported() && reflect.StructTag(u.Tag(i)).Get("json") != "-" && c.holdsMap(fld.Type()) {
				return true
			}
		}
	}
	return false
}
