package tmap

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
)

// FromAny converts a decoded JSON object, or any map[string]any, into a typed
// map. A value fits V when it has dynamic type V (or is assignable to it, for
// interface types), when it is nil and V is a pointer, slice, map, interface,
// channel or function type, or when it is a number (including json.Number)
// that converts to a numeric V: to an integer type if it is integral and in
// range (3.0 fits int8; 3.5, 300 and -1 do not fit uint8), to a float type if
// it does not overflow (0.1 fits float32, rounded).
//
// If a value does not fit, FromAny returns a *ConvertError naming the first
// such key in ascending key order and the value's dynamic type.
func FromAny[V any](src map[string]any) (*Map[string, V], error) {
	m := New[string, V](len(src))
	for k, x := range Sorted(src) {
		v, ok := fit[V](x)
		if !ok {
			return nil, &ConvertError{Key: k, Type: reflect.TypeOf(x), Want: reflect.TypeFor[V]()}
		}
		m.Set(k, v)
	}
	return m, nil
}

// ConvertError reports a value of FromAny's input that does not fit the
// map's value type.
type ConvertError struct {
	Key  string       // the key of the value
	Type reflect.Type // the value's dynamic type; nil for a nil value
	Want reflect.Type // the map's value type
}

func (e *ConvertError) Error() string {
	got := "nil"
	if e.Type != nil {
		got = e.Type.String()
	}
	return fmt.Sprintf("tmap: key %q: value of type %s does not fit %s", e.Key, got, e.Want)
}

// fit converts x to V as FromAny documents.
func fit[V any](x any) (V, bool) {
	if v, ok := x.(V); ok {
		return v, true
	}
	var zero V
	want := reflect.TypeFor[V]()
	if x == nil {
		switch want.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface, reflect.Chan, reflect.Func:
			return zero, true
		}
		return zero, false
	}
	if !isNumber(want.Kind()) {
		return zero, false
	}
	rv := reflect.ValueOf(x)
	if n, ok := x.(json.Number); ok {
		rv, ok = numberValue(n)
		if !ok {
			return zero, false
		}
	}
	if !isNumber(rv.Kind()) {
		return zero, false
	}
	c := rv.Convert(want)
	if c.CanFloat() {
		if math.IsInf(c.Float(), 0) && !(rv.CanFloat() && math.IsInf(rv.Float(), 0)) {
			return zero, false
		}
		return c.Interface().(V), true
	}
	if !c.Convert(rv.Type()).Equal(rv) || isNegative(rv) != isNegative(c) {
		return zero, false
	}
	return c.Interface().(V), true
}

// numberValue parses a json.Number as an int64 if it is one, else a float64.
func numberValue(n json.Number) (reflect.Value, bool) {
	if i, err := n.Int64(); err == nil {
		return reflect.ValueOf(i), true
	}
	f, err := n.Float64()
	return reflect.ValueOf(f), err == nil
}

func isNumber(k reflect.Kind) bool {
	return reflect.Int <= k && k <= reflect.Float64
}

// isNegative reports whether a number is below zero; comparing signs catches
// the conversions between signed and unsigned integers that a round trip
// hides.
func isNegative(v reflect.Value) bool {
	switch {
	case v.CanInt():
		return v.Int() < 0
	case v.CanFloat():
		return v.Float() < 0
	}
	return false
}
