package encode

import (
	"fmt"
	"reflect"
	"time"
)

// Strict makes Unmarshal, Decoder and Convert reject, besides what
// encoding/json rejects: object keys that match no struct field
// (UnknownField, with the closest field name as Suggestion), repeated keys
// or keys that fold to the same field (DuplicateKey), and data after the
// value (TrailingData; see Decoder for streams). Keys still match fields
// case-insensitively, as in encoding/json; add ExactCase to match them
// exactly.
func Strict() Option { return Option{kind: optStrict} }

// UseNumber makes numbers that Unmarshal, Decoder and Convert decode into
// an interface{} json.Number values instead of float64, as
// json.Decoder.UseNumber does.
func UseNumber() Option { return Option{kind: optUseNumber} }

// ExactCase makes Unmarshal, Decoder and Convert match object keys to
// struct fields only when spelled exactly as the field's JSON name, as
// encoding/json/v2 matches by default. Without it keys match case-insensitively, as in encoding/json, also under Strict:
// Strict() alone accepts "Service" for a field named "service" (and reports
// "service" and "Service" in one object as a DuplicateKey), while
// Strict() with ExactCase() reports "Service" as an UnknownField whose
// Suggestion is "service".
func ExactCase() Option { return Option{kind: optExactCase} }

// ParseDurations makes a JSON string that Unmarshal, Decoder or Convert
// decode into a time.Duration (or a pointer to one) go through time.ParseDuration, so that "30m" and "1h5s"
// are durations; a string it rejects is an InvalidValue with the parse
// error. Numbers still decode as integer nanoseconds, as in encoding/json.
// Without the option a string there is a TypeMismatch.
func ParseDurations() Option {
	return Option{kind: optHook, on: true, hookType: durationType, hook: parseDuration}
}

// Hook makes every value that Unmarshal, Decoder or Convert decode into a
// target of type T (or a pointer to one) go through fn instead of the
// usual rules; null still sets pointers to nil and leaves other values as
// they are, without calling fn. fn gets the value as json.Unmarshal into an
// interface{} would give it (map[string]any, []any, string, float64 or
// json.Number with UseNumber, bool), or for Convert the source value
// itself (a time.Time, a []string, even a value Convert could not read
// otherwise, such as a channel), before any other rule for T applies. An
// error from fn is reported as an InvalidValue at the value's path, with
// the error as Err, and decoding goes on. A later Hook
// for the same T replaces an earlier one.
func Hook[T any](fn func(src any) (T, error)) Option {
	return Option{kind: optHook, hookType: reflect.TypeFor[T](), hook: func(src any) (reflect.Value, error) {
		v, err := fn(src)
		return reflect.ValueOf(&v).Elem(), err
	}}
}

// Presence is implemented by wrapper types that record whether their value
// was present and whether it was null, as the Optional[T] that structgen
// writes does. encode recognises it on types that also implement
// json.Unmarshaler (which other decoders call): where Unmarshal, Decoder
// and Convert would call UnmarshalJSON (a struct field whose key is found,
// an element, a map value), they call MarkPresent instead and decode the value into the
// pointer it returns themselves: with the same options, paths,
// suggestions, duplicate checks and error collection as the rest of the
// document. An absent field is left untouched.
type Presence interface {
	// MarkPresent records that the field was present, and null when null
	// is true. It returns a non-nil pointer to the value to decode into;
	// for null the result is ignored.
	MarkPresent(null bool) any
}

var durationType = reflect.TypeFor[time.Duration]()

// hookFunc converts the source of a value into a value of a hook's type.
type hookFunc func(src any) (reflect.Value, error)

// hook converts the source of a value into a target type.
type hook struct {
	strings bool // only for JSON strings; other values decode as usual
	fn      hookFunc
}

func (o *decodeConfig) hook(t reflect.Type, h hook) {
	if o.hooks == nil {
		o.hooks = make(map[reflect.Type]hook)
	}
	o.hooks[t] = h
}

func parseDuration(src any) (reflect.Value, error) {
	d, err := time.ParseDuration(src.(string))
	return reflect.ValueOf(d), err
}

// state returns a decoder of in with the options o.
func (o decodeConfig) state(in input) decodeState {
	d := decodeState{in: in, strict: o.strict, useNumber: o.useNumber, exactCase: o.exactCase, hooks: o.hooks}
	d.tree, _ = in.(*tree)
	return d
}

// custom decodes the next value into v with the hook for v's type (or the
// type v points to), or else, for Convert, copies a source value of v's own
// type that decodes itself, and reports whether it did.
func (d *decodeState) custom(v reflect.Value) bool {
	t := v.Type()
	h, ok := d.hooks[t]
	for !ok && t.Kind() == reflect.Pointer {
		t = t.Elem()
		h, ok = d.hooks[t]
	}
	if !ok {
		if d.tree != nil && d.tree.copyable(v.Type()) {
			v.Set(reflect.ValueOf(d.tree.take()))
			return true
		}
		return false
	}
	kind := d.in.peek()
	if kind == 'n' || (h.strings && kind != '"') {
		return false
	}
	off := d.in.pos()
	var src any
	switch {
	case h.strings:
		src = string(d.in.str())
	case d.tree != nil:
		src = d.tree.take()
	default:
		src = d.anyValue()
	}
	out, err := h.fn(src)
	if err != nil {
		d.invalid(off, err)
		return true
	}
	for v.Type() != t {
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		v = v.Elem()
	}
	v.Set(out)
	return true
}

// presence decodes the next value through p.
func (d *decodeState) presence(p Presence) {
	if d.in.peek() == 'n' {
		d.in.null()
		p.MarkPresent(true)
		return
	}
	off := d.in.pos()
	inner := reflect.ValueOf(p.MarkPresent(false))
	if inner.Kind() != reflect.Pointer || inner.IsNil() {
		d.invalid(off, fmt.Errorf("%T.MarkPresent returned %v, not a pointer to the value", p, inner))
		d.in.skip()
		return
	}
	d.value(inner.Elem())
}
