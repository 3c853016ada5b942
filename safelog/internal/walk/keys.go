package walk

import (
	"cmp"
	"reflect"
)

// compareKeys orders map keys as fmt prints them (the order of the standard
// library's internal/fmtsort): numbers, strings and bools by value, NaN
// first, pointers and channels by address, structs and arrays field by
// field, interfaces by dynamic type and then value, nil first.
func compareKeys(a, b reflect.Value) int {
	if !a.IsValid() || !b.IsValid() || a.Type() != b.Type() {
		return -1
	}
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return cmp.Compare(a.Int(), b.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return cmp.Compare(a.Uint(), b.Uint())
	case reflect.String:
		return cmp.Compare(a.String(), b.String())
	case reflect.Float32, reflect.Float64:
		return cmp.Compare(a.Float(), b.Float())
	case reflect.Complex64, reflect.Complex128:
		x, y := a.Complex(), b.Complex()
		if c := cmp.Compare(real(x), real(y)); c != 0 {
			return c
		}
		return cmp.Compare(imag(x), imag(y))
	case reflect.Bool:
		return cmp.Compare(boolInt(a.Bool()), boolInt(b.Bool()))
	case reflect.Pointer, reflect.UnsafePointer, reflect.Chan:
		return cmp.Compare(a.Pointer(), b.Pointer())
	case reflect.Struct:
		for i := range a.NumField() {
			if c := compareKeys(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Array:
		for i := range a.Len() {
			if c := compareKeys(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return cmp.Compare(boolInt(!a.IsNil()), boolInt(!b.IsNil()))
		}
		ta, tb := a.Elem().Type(), b.Elem().Type()
		if ta != tb {
			return cmp.Compare(reflect.ValueOf(ta).Pointer(), reflect.ValueOf(tb).Pointer())
		}
		return compareKeys(a.Elem(), b.Elem())
	}
	return 0
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
