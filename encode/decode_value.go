package encode

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/mapkit-go/mapkit/internal/jsonfield"

	"github.com/mapkit-go/mapkit/internal/escape"
)

// decodeState decodes one value from a input into Go values by
// encoding/json's rules, collecting every problem instead of stopping at
// the first.
type decodeState struct {
	in        input
	strict    bool
	useNumber bool
	exactCase bool
	hooks     map[reflect.Type]hook
	tree      *tree // the input, for Convert
	noUnknown bool  // reject unknown fields without the rest of Strict
	path      jsonPath
	pathBuf   []byte // scratch space for rendering paths
	errs      []*PathError
	omitted   int
	// stopped is set by a problem that makes encoding/json stop decoding:
	// a failing UnmarshalJSON or UnmarshalText, an invalid json.Number, a
	// misused ",string". Decoding goes on to report further problems, into
	// scratch values, storing nothing more and calling no more methods.
	stopped bool
}

var (
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	float64Type         = reflect.TypeFor[float64]()
)

// report records a problem at the current path.
func (d *decodeState) report(e *PathError) {
	if !d.room() {
		return
	}
	d.pathBuf, e.Path = d.path.appendBounded(d.pathBuf)
	d.errs = append(d.errs, e)
}

// room reports whether another problem can be kept, counting it as omitted
// when not, so that callers build a problem only when it will be kept.
func (d *decodeState) room() bool {
	if len(d.errs) < MaxErrors {
		return true
	}
	d.omitted++
	return false
}

// problems counts the problems recorded so far.
func (d *decodeState) problems() int { return len(d.errs) + d.omitted }

// mismatch reports a value, beginning at off, that cannot be stored in t;
// desc names it as encoding/json does ("string", "number 300").
func (d *decodeState) mismatch(desc string, t reflect.Type, off int64) {
	d.mismatchEnding(desc, t, off, d.valueEnd(off))
}

// mismatchEnding is mismatch with the offset encoding/json reports in
// json.UnmarshalTypeError: the value's end for literals, just past the
// opening byte for objects, arrays and map keys.
func (d *decodeState) mismatchEnding(desc string, t reflect.Type, off, end int64) {
	if !d.room() {
		return
	}
	e := &PathError{Kind: TypeMismatch, Value: d.valueText(off, desc), Type: t, Offset: off}
	d.report(e)
	owner, field := d.path.structField()
	e.Err = &json.UnmarshalTypeError{Value: desc, Type: t, Offset: end, Struct: owner, Field: field}
}

// maxValueText bounds the text of a value quoted in a TypeMismatch.
const maxValueText = 64

// valueEnd returns the offset encoding/json reports as the end of the value
// starting at off: past a literal, or past the '{' or '[' of an object or
// array. It is -1 without text.
func (d *decodeState) valueEnd(off int64) int64 {
	t, ok := d.in.(*textInput)
	if !ok || off < 0 {
		return -1
	}
	i := int(off)
	switch t.data[i] {
	case '"':
		end, _ := stringEnd(t.data, i)
		return int64(end)
	case '{', '[':
		return off + 1
	case 't', 'n':
		return off + 4
	case 'f':
		return off + 5
	}
	end, _ := scanNumber(t.data, i)
	return int64(end)
}

// valueText returns the JSON text of the literal at off, cut in the middle
// when long, or desc for an object or array or without text.
func (d *decodeState) valueText(off int64, desc string) string {
	t, ok := d.in.(*textInput)
	if !ok || off < 0 || t.data[off] == '{' || t.data[off] == '[' {
		return desc
	}
	return elideMiddle(t.data[off:d.valueEnd(off)], maxValueText)
}

func (d *decodeState) invalid(off int64, err error) {
	d.report(&PathError{Kind: InvalidValue, Offset: off, Msg: err.Error(), Err: err})
}

// stop reports err, a problem after which encoding/json stores nothing
// more, and stops storing.
func (d *decodeState) stop(off int64, err error) {
	d.stopped = true
	d.invalid(off, d.inContext(err))
}

// inContext fills in the Struct and Field of err when it is a
// *json.UnmarshalTypeError (a method's, returned as is) and the path holds
// a struct field, as encoding/json does: Struct names the innermost struct
// on the path and Field joins the path's fields with err's own Field, so
// that an error from a nested Unmarshal reads from the outer struct.
func (d *decodeState) inContext(err error) error {
	te, ok := err.(*json.UnmarshalTypeError)
	if !ok {
		return err
	}
	owner, field := d.path.structField()
	if owner == "" && field == "" {
		return err
	}
	if te.Field != "" {
		field = strings.TrimPrefix(field+"."+te.Field, ".")
	}
	te.Struct, te.Field = owner, field
	return err
}

// misusedString describes a ",string" field whose string held item, which
// cannot be decoded into t.
func (d *decodeState) misusedString(item []byte, t reflect.Type) error {
	return fmt.Errorf("json: invalid use of ,string struct tag, trying to unmarshal %q into %v", item, t)
}

// value decodes the next value into v, or skips it when v is invalid.
func (d *decodeState) value(v reflect.Value) {
	if !v.IsValid() {
		d.in.skip()
		return
	}
	if d.stopped {
		v = reflect.New(v.Type()).Elem()
	}
	if (d.hooks != nil || d.tree != nil) && d.custom(v) {
		return
	}
	switch d.in.peek() {
	case '{':
		d.object(v)
	case '[':
		d.array(v)
	case 'x':
		d.badSource()
	default:
		d.literal(v)
	}
}

func (d *decodeState) badSource() {
	off := d.in.pos()
	d.invalid(off, d.in.bad())
}

// errDecCycle reports interface values that hold pointers to each other in
// a cycle, which leave no value to decode into.
var errDecCycle = errors.New("interface values point to each other in a cycle")

// cycleCheck is how many interfaces indirect passes through before it
// starts checking for a cycle.
const cycleCheck = 16

// hop is a pointer indirect has followed out of an interface.
type hop struct {
	p uintptr
	t reflect.Type
}

// indirect walks v down through pointers, allocating nil ones, until it
// reaches a non-pointer or a type with an UnmarshalJSON or UnmarshalText
// method, as encoding/json does. When decodingNull, it stops at the last
// settable pointer so that null can set it to nil. Interfaces holding
// pointers to each other in a cycle (which encoding/json follows forever)
// yield an invalid Value.
func indirect(v reflect.Value, decodingNull bool) (json.Unmarshaler, encoding.TextUnmarshaler, reflect.Value) {
	orig := v
	viaAddr := false
	if v.Kind() != reflect.Pointer && v.Type().Name() != "" && v.CanAddr() {
		viaAddr = true
		v = v.Addr()
	}
	hops := 0
	var seen map[hop]struct{}
	for {
		if v.Kind() == reflect.Interface && !v.IsNil() {
			e := v.Elem()
			if e.Kind() == reflect.Pointer && !e.IsNil() && (!decodingNull || e.Elem().Kind() == reflect.Pointer) {
				if hops++; hops > cycleCheck {
					if seen == nil {
						seen = make(map[hop]struct{})
					}
					h := hop{e.Pointer(), e.Type()}
					if _, again := seen[h]; again {
						return nil, nil, reflect.Value{}
					}
					seen[h] = struct{}{}
				}
				viaAddr = false
				v = e
				continue
			}
		}
		if v.Kind() != reflect.Pointer || (decodingNull && v.CanSet()) {
			break
		}
		if v.Elem().Kind() == reflect.Interface && v.Elem().Elem().Equal(v) {
			// An interface holding a pointer to itself: stop the cycle.
			v = v.Elem()
			break
		}
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		if v.Type().NumMethod() > 0 && v.CanInterface() {
			if u, ok := v.Interface().(json.Unmarshaler); ok {
				return u, nil, reflect.Value{}
			}
			if !decodingNull {
				if u, ok := v.Interface().(encoding.TextUnmarshaler); ok {
					return nil, u, reflect.Value{}
				}
			}
		}
		if viaAddr {
			v = orig
			viaAddr = false
		} else {
			v = v.Elem()
		}
	}
	return nil, nil, v
}

// cycle reports that the value at off has no place to go, the target being
// a cycle of interfaces, and skips it.
func (d *decodeState) cycle(off int64) {
	d.in.skip()
	d.invalid(off, errDecCycle)
}

// unmarshalJSON hands the next value to an UnmarshalJSON method.
func (d *decodeState) unmarshalJSON(u json.Unmarshaler) {
	if p, ok := u.(Presence); ok { // encode decodes the value itself
		d.presence(p)
		return
	}
	off := d.in.pos()
	raw, err := d.in.raw()
	if d.stopped {
		return
	}
	if err == nil {
		err = u.UnmarshalJSON(raw)
	}
	if err != nil {
		d.stop(off, err)
	}
}

func (d *decodeState) object(v reflect.Value) {
	off := d.in.pos()
	u, ut, pv := indirect(v, false)
	switch {
	case u != nil:
		d.unmarshalJSON(u)
		return
	case ut != nil:
		d.mismatch("object", v.Type(), off)
		d.in.skip()
		return
	case !pv.IsValid():
		d.cycle(off)
		return
	}
	v = pv
	t := v.Type()
	switch v.Kind() {
	case reflect.Interface:
		if v.NumMethod() == 0 {
			v.Set(reflect.ValueOf(d.anyObject()))
			return
		}
	case reflect.Map:
		if mapKeyOK(t.Key()) {
			if v.IsNil() {
				v.Set(reflect.MakeMap(t))
			}
			d.mapObject(v)
			return
		}
	case reflect.Struct:
		d.structObject(v)
		return
	}
	d.mismatch("object", t, off)
	d.in.skip()
}

// mapKeyOK reports whether encoding/json can decode object keys into kt.
func mapKeyOK(kt reflect.Type) bool {
	switch kt.Kind() {
	case reflect.String,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return true
	}
	return reflect.PointerTo(kt).Implements(textUnmarshalerType)
}

func (d *decodeState) structObject(v reflect.Value) {
	s := structFor(v.Type())
	start := d.in.pos()
	track := d.strict || len(s.required) > 0
	var small [2]uint64
	seen := small[:]
	if n := (len(s.List) + 63) / 64; n > len(small) {
		seen = make([]uint64, n)
	}
	scratch := false
	d.in.openObject()
	for {
		name, _, koff, ok := d.in.key()
		if !ok {
			break
		}
		if d.stopped && !scratch {
			v, scratch = reflect.New(v.Type()).Elem(), true
		}
		i, found := s.lookup(name, d.exactCase)
		if found && s.flags[i]&(required|nullable) == required && d.in.peek() == 'n' {
			d.report(&PathError{Kind: MissingRequired, Key: s.List[i].Name, Offset: d.in.pos(), Msg: "set to null"})
		}
		if found {
			d.path.pushField(name, &s.List[i], v.Type())
		} else {
			d.path.pushKey(name)
		}
		switch {
		case !found:
			if (d.strict || d.noUnknown) && d.room() {
				d.report(&PathError{Kind: UnknownField, Key: string(name), Offset: koff,
					Suggestion: suggestField(string(name), s.names),
					Err:        fmt.Errorf("json: unknown field %q", name)})
			}
			d.in.skip()
		default:
			if track {
				if seen[i/64]&(1<<(i%64)) != 0 && d.strict {
					d.report(&PathError{Kind: DuplicateKey, Key: string(name), Offset: koff})
				}
				seen[i/64] |= 1 << (i % 64)
			}
			f := &s.List[i]
			fv := d.fieldValue(v, f, koff)
			if f.Quoted && fv.IsValid() {
				d.quotedValue(fv)
			} else {
				d.value(fv)
			}
		}
		d.path.pop()
	}
	for _, i := range s.required {
		if seen[i/64]&(1<<(i%64)) == 0 {
			d.report(&PathError{Kind: MissingRequired, Key: s.List[i].Name, Offset: start})
		}
	}
}

// fieldValue returns the struct field f of v, allocating nil embedded
// struct pointers on the way, or an invalid Value (after reporting it) when
// such a pointer is unexported and so cannot be set.
func (d *decodeState) fieldValue(v reflect.Value, f *jsonfield.Field, off int64) reflect.Value {
	for _, i := range f.Index {
		if v.Kind() == reflect.Pointer {
			if v.IsNil() {
				if !v.CanSet() {
					d.invalid(off, fmt.Errorf("json: cannot set embedded pointer to unexported struct: %v", v.Type().Elem()))
					return reflect.Value{}
				}
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v
}

func (d *decodeState) mapObject(v reflect.Value) {
	t := v.Type()
	kt := t.Key()
	elem := reflect.New(t.Elem()).Elem()
	var seen map[string]struct{}
	d.in.openObject()
	for {
		name, raw, koff, ok := d.in.key()
		if !ok {
			break
		}
		d.path.pushKey(name)
		if d.strict {
			if seen == nil {
				seen = make(map[string]struct{})
			}
			if _, dup := seen[string(name)]; dup {
				d.report(&PathError{Kind: DuplicateKey, Key: string(name), Offset: koff})
			} else {
				seen[string(name)] = struct{}{}
			}
		}
		elem.SetZero()
		d.value(elem)
		if kv := d.mapKey(kt, name, raw, koff); kv.IsValid() && !d.stopped {
			v.SetMapIndex(kv, elem)
		}
		d.path.pop()
	}
}

// mapKey converts an object key to the map key type kt, or reports why it
// cannot and returns an invalid Value.
func (d *decodeState) mapKey(kt reflect.Type, name, raw []byte, off int64) reflect.Value {
	if reflect.PointerTo(kt).Implements(textUnmarshalerType) {
		if raw == nil {
			raw = escape.AppendJSON(nil, name, false)
		}
		kv := reflect.New(kt)
		before := d.problems()
		d.storeQuoted(kv, raw, off)
		if d.problems() != before {
			return reflect.Value{}
		}
		return kv.Elem()
	}
	kv := reflect.New(kt).Elem()
	switch kt.Kind() {
	case reflect.String:
		kv.SetString(string(name))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(string(name), 10, 64)
		if err != nil || kt.OverflowInt(n) {
			d.mismatchKey(string(name), kt, off)
			return reflect.Value{}
		}
		kv.SetInt(n)
	default:
		n, err := strconv.ParseUint(string(name), 10, 64)
		if err != nil || kt.OverflowUint(n) {
			d.mismatchKey(string(name), kt, off)
			return reflect.Value{}
		}
		kv.SetUint(n)
	}
	return kv
}

// mismatchKey reports an object key, at off, that is no number of the map
// key type kt.
func (d *decodeState) mismatchKey(name string, kt reflect.Type, off int64) {
	end := off
	if off >= 0 {
		end++
	}
	before := len(d.errs)
	d.mismatchEnding("number "+name, kt, off, end)
	if len(d.errs) > before {
		// encoding/json converts the key after decoding the value: the
		// problem comes after the value's.
		d.errs[before].order = d.in.pos() + 1
	}
}

func (d *decodeState) array(v reflect.Value) {
	off := d.in.pos()
	u, ut, pv := indirect(v, false)
	switch {
	case u != nil:
		d.unmarshalJSON(u)
		return
	case ut != nil:
		d.mismatch("array", v.Type(), off)
		d.in.skip()
		return
	case !pv.IsValid():
		d.cycle(off)
		return
	}
	v = pv
	switch v.Kind() {
	case reflect.Interface:
		if v.NumMethod() == 0 {
			v.Set(reflect.ValueOf(d.anyArray()))
			return
		}
		d.mismatch("array", v.Type(), off)
		d.in.skip()
		return
	case reflect.Array, reflect.Slice:
	default:
		d.mismatch("array", v.Type(), off)
		d.in.skip()
		return
	}
	slice := v.Kind() == reflect.Slice
	d.in.openArray()
	i := 0
	for ; d.in.elem(); i++ {
		if d.stopped {
			d.path.pushIndex(i)
			d.value(reflect.New(v.Type().Elem()).Elem())
			d.path.pop()
			continue
		}
		if slice {
			if i >= v.Cap() {
				v.Grow(1)
			}
			if i >= v.Len() {
				v.SetLen(i + 1)
			}
		}
		d.path.pushIndex(i)
		if i < v.Len() {
			d.value(v.Index(i))
		} else {
			d.in.skip()
		}
		d.path.pop()
	}
	switch {
	case d.stopped:
	case i < v.Len() && !slice:
		for ; i < v.Len(); i++ {
			v.Index(i).SetZero()
		}
	case i < v.Len():
		v.SetLen(i)
	}
	if i == 0 && slice && !d.stopped {
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	}
}

// anyValue decodes the next value as encoding/json does into an empty
// interface: map[string]any, []any, string, float64 (or json.Number), bool
// or nil.
func (d *decodeState) anyValue() any {
	switch d.in.peek() {
	case '{':
		return d.anyObject()
	case '[':
		return d.anyArray()
	case '"':
		return string(d.in.str())
	case '0':
		off := d.in.pos()
		return d.anyNumber(d.in.num(), off)
	case 't', 'f':
		return d.in.boolean()
	case 'n':
		d.in.null()
	default:
		d.badSource()
	}
	return nil
}

func (d *decodeState) anyNumber(n []byte, off int64) any {
	if d.useNumber {
		return json.Number(n)
	}
	f, err := strconv.ParseFloat(string(n), 64)
	if err != nil {
		// encoding/json reports this one a byte further on.
		end := d.valueEnd(off)
		if end >= 0 {
			end++
		}
		d.mismatchEnding("number "+string(n), float64Type, off, end)
		return nil
	}
	return f
}

func (d *decodeState) anyObject() map[string]any {
	m := make(map[string]any)
	d.in.openObject()
	for {
		name, _, koff, ok := d.in.key()
		if !ok {
			return m
		}
		k := string(name)
		d.path.pushKey(name)
		if d.strict {
			if _, dup := m[k]; dup {
				d.report(&PathError{Kind: DuplicateKey, Key: k, Offset: koff})
			}
		}
		m[k] = d.anyValue()
		d.path.pop()
	}
}

func (d *decodeState) anyArray() []any {
	a := make([]any, 0)
	d.in.openArray()
	for i := 0; d.in.elem(); i++ {
		d.path.pushIndex(i)
		a = append(a, d.anyValue())
		d.path.pop()
	}
	return a
}
