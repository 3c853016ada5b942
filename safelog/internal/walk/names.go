package walk

import (
	"encoding"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
)

// Name returns the key of shown entry i of a map, struct or group as keyed
// outputs (JSON objects, slog groups, zap objects) show it, cut to MaxString
// (and MaxBytes) bytes on a UTF-8 boundary; cut is the number of bytes left out after it,
// for the sink's "...+NB" marker. Sinks escape it themselves.
//
// Keys follow encoding/json: strings as they are, encoding.TextMarshaler
// keys by their text, integers in decimal; other keys, which encoding/json
// rejects, take their fmt text. Two rules keep shown keys apart from each
// other and from OmittedKey:
//
//   - a key that starts with "..." is shown with one more ".", so that no
//     shown key is "...": "..." shows as "....", "...x" as "....x";
//   - in a map whose key type is an interface, a key whose dynamic type is
//     not a string shows as "..." followed by its type and text, as a Go
//     conversion: 1 and "1" show as "...int(1)" and "1". No string key can
//     show so, by the first rule.
func (c *Container) Name(i int) (name string, cut int) {
	c.ready()
	w := c.w
	switch c.src {
	case srcOrdered:
		name = w.keyText(reflect.ValueOf(c.pairs[i].k), false)
	case srcReflectMap:
		name = w.keyText(c.rkv[i].k, c.rv.Type().Key().Kind() == reflect.Interface)
	default:
		name, _ = c.Key(i)
		name = stuffDots(name)
	}
	n := CutUTF8(name, min(w.lim.MaxString, w.lim.MaxBytes))
	return name[:n], len(name) - n
}

// NameText is Name(i) as one string, for sinks that take keys as strings:
// cut and marked ("abc...+12B"), with line-breaking runes escaped.
func (c *Container) NameText(i int) string {
	name, cut := c.Name(i)
	if cut == 0 && LineSafe(name) {
		return name
	}
	return SafeString(CutString(name, cut, math.MaxInt))
}

// stuffDots applies Name's first rule.
func stuffDots(k string) string {
	if strings.HasPrefix(k, Ellipsis) {
		return "." + k
	}
	return k
}

// keyText is the text of map key k; typed marks keys held in an interface
// key type, whose non-string dynamic types are spelled out.
func (w *Walker) keyText(k reflect.Value, typed bool) string {
	if k.Kind() == reflect.Interface {
		k = k.Elem()
	}
	if !k.IsValid() {
		if typed {
			return Ellipsis + "<nil>"
		}
		return "<nil>"
	}
	if k.Kind() == reflect.String {
		return stuffDots(k.String())
	}
	text := w.nonStringKey(k)
	if typed {
		return Ellipsis + k.Type().String() + "(" + text + ")"
	}
	return text
}

// nonStringKey is the text of a key that is not a string.
func (w *Walker) nonStringKey(k reflect.Value) string {
	if k.CanInterface() {
		if tm, ok := k.Interface().(encoding.TextMarshaler); ok {
			if rv := reflect.ValueOf(tm); rv.Kind() == reflect.Pointer && rv.IsNil() {
				return ""
			}
			if !w.budgetOnly() {
				return CallsMarker
			}
			b, err, ok := callBytes(w, tm, "MarshalText", tm.MarshalText)
			switch {
			case !ok:
				return string(b)
			case err != nil:
				return w.errorMarker("MarshalText", err)
			}
			return string(b)
		}
	}
	switch k.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(k.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(k.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		return strconv.FormatFloat(k.Float(), 'g', -1, k.Type().Bits())
	case reflect.Bool:
		return strconv.FormatBool(k.Bool())
	}
	if !k.CanInterface() || !w.budgetOnly() {
		return CallsMarker
	}
	return w.sprint(k.Interface())
}

// sprint is the %+v text of a composite key, a panic shown inline.
func (w *Walker) sprint(v any) (text string) {
	defer func() {
		if r := recover(); r != nil {
			text = w.PanicText(v, "String", r)
		}
	}()
	enter()
	defer leave()
	return fmt.Sprintf("%+v", v)
}

// budgetOnly is budget for callers that show no marker themselves.
func (w *Walker) budgetOnly() bool {
	if w.calls >= maxCalls || reentered() {
		return false
	}
	w.calls++
	return true
}
