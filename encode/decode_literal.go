package encode

import (
	"encoding/base64"
	"fmt"
	"reflect"
	"strconv"
)

// literal decodes the next string, number, bool or null into v.
func (d *decodeState) literal(v reflect.Value) {
	kind := d.in.peek()
	off := d.in.pos()
	u, ut, pv := indirect(v, kind == 'n')
	if u == nil && ut == nil && !pv.IsValid() {
		d.cycle(off)
		return
	}
	if u != nil {
		d.unmarshalJSON(u)
		return
	}
	if ut != nil {
		if kind != '"' {
			d.mismatch(literalName(kind), v.Type(), off)
			d.in.skip()
			return
		}
		if d.stopped {
			d.in.skip()
			return
		}
		if err := ut.UnmarshalText(d.in.str()); err != nil {
			d.stop(off, err)
		}
		return
	}
	v = pv
	switch kind {
	case 'n':
		d.in.null()
		storeNull(v)
	case 't', 'f':
		d.storeBool(v, d.in.boolean(), off, nil)
	case '"':
		d.storeString(v, d.in.str(), off)
	default:
		d.storeNumber(v, d.in.num(), off, false)
	}
}

func literalName(kind byte) string {
	switch kind {
	case 'n':
		return "null"
	case 't', 'f':
		return "bool"
	}
	return "number"
}

// storeNull sets interfaces, pointers, maps and slices to nil; null
// leaves other values unchanged, as encoding/json does.
func storeNull(v reflect.Value) {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer, reflect.Map, reflect.Slice:
		v.SetZero()
	}
}

// storeBool stores b into v. quoted is the string's text when the bool came
// from a ",string" field, nil otherwise.
func (d *decodeState) storeBool(v reflect.Value, b bool, off int64, quoted []byte) {
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(b)
		return
	case reflect.Interface:
		if v.NumMethod() == 0 {
			v.Set(reflect.ValueOf(b))
			return
		}
	default:
		if quoted != nil {
			d.invalid(off, d.misusedString(quoted, v.Type()))
			return
		}
	}
	d.mismatch("bool", v.Type(), off)
}

func (d *decodeState) storeString(v reflect.Value, s []byte, off int64) {
	switch v.Kind() {
	case reflect.String:
		if v.Type() == numberType && !validNumber(s) {
			d.stop(off, fmt.Errorf("json: invalid number literal, trying to unmarshal %q into Number", d.valueText(off, strconv.Quote(string(s)))))
			return
		}
		v.SetString(string(s))
		return
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			b := make([]byte, base64.StdEncoding.DecodedLen(len(s)))
			n, err := base64.StdEncoding.Decode(b, s)
			if err != nil {
				d.invalid(off, err)
				return
			}
			v.SetBytes(b[:n])
			return
		}
	case reflect.Interface:
		if v.NumMethod() == 0 {
			v.Set(reflect.ValueOf(string(s)))
			return
		}
	}
	d.mismatch("string", v.Type(), off)
}

// storeNumber stores the number text n into v. quoted is set when n came
// from a ",string" field and so was never checked to be a number.
func (d *decodeState) storeNumber(v reflect.Value, n []byte, off int64, quoted bool) {
	switch v.Kind() {
	case reflect.Interface:
		x := d.anyNumber(n, off)
		if x == nil {
			return
		}
		if v.NumMethod() != 0 {
			d.mismatch("number", v.Type(), off)
			return
		}
		v.Set(reflect.ValueOf(x))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i, err := strconv.ParseInt(string(n), 10, 64)
		if err != nil || v.OverflowInt(i) {
			d.mismatch("number "+string(n), v.Type(), off)
			return
		}
		v.SetInt(i)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		u, err := strconv.ParseUint(string(n), 10, 64)
		if err != nil || v.OverflowUint(u) {
			d.mismatch("number "+string(n), v.Type(), off)
			return
		}
		v.SetUint(u)
	case reflect.Float32, reflect.Float64:
		f, err := strconv.ParseFloat(string(n), v.Type().Bits())
		if err != nil || v.OverflowFloat(f) {
			d.mismatch("number "+string(n), v.Type(), off)
			return
		}
		v.SetFloat(f)
	default:
		switch {
		case v.Kind() == reflect.String && v.Type() == numberType:
			v.SetString(string(n))
		case quoted:
			d.stop(off, d.misusedString(n, v.Type()))
		default:
			d.mismatch("number", v.Type(), off)
		}
	}
}

// quotedValue decodes the value of a ",string" field: a string holding a
// JSON literal, or null.
func (d *decodeState) quotedValue(v reflect.Value) {
	switch d.in.peek() {
	case 'n':
		d.literal(v)
	case '"':
		off := d.in.pos()
		d.storeQuoted(v, d.in.str(), off)
	case '0':
		// encoding/json reads an unquoted value as it would into an
		// interface first, so a number beyond float64's range is reported
		// as such, in place of the misused tag.
		off := d.in.pos()
		before := len(d.errs)
		d.anyNumber(d.in.num(), off)
		if len(d.errs) == before {
			d.misusedTag(off, v.Type())
		}
	default:
		off := d.in.pos()
		d.in.skip()
		d.misusedTag(off, v.Type())
	}
}

// misusedTag reports a ",string" field given an unquoted value.
func (d *decodeState) misusedTag(off int64, t reflect.Type) {
	d.invalid(off, fmt.Errorf("json: invalid use of ,string struct tag, trying to unmarshal unquoted value into %v", t))
}

// storeQuoted decodes item, the contents of a ",string" field's string (or
// a raw object key for a key type with UnmarshalText), into v. item has not
// been checked to be a JSON literal. As in encoding/json, a method's error
// and an item that is no literal of v's kind stop storing; an empty item
// and a misspelt null, true or false are only reported.
func (d *decodeState) storeQuoted(v reflect.Value, item []byte, off int64) {
	if len(item) == 0 {
		d.invalid(off, d.misusedString(item, v.Type()))
		return
	}
	u, ut, pv := indirect(v, item[0] == 'n')
	switch {
	case u == nil && ut == nil && !pv.IsValid():
		d.invalid(off, errDecCycle)
		return
	case d.stopped && (u != nil || ut != nil):
		return
	case u != nil:
		if err := u.UnmarshalJSON(item); err != nil {
			d.stop(off, err)
		}
		return
	case ut != nil:
		s, ok := unquote(item)
		switch {
		case item[0] != '"':
			d.invalid(off, d.misusedString(item, v.Type()))
		case !ok:
			d.stop(off, d.misusedString(item, v.Type()))
		default:
			if err := ut.UnmarshalText(s); err != nil {
				d.stop(off, err)
			}
		}
		return
	}
	v = pv
	switch c := item[0]; {
	case c == 'n':
		if string(item) != "null" {
			d.invalid(off, d.misusedString(item, v.Type()))
			return
		}
		storeNull(v)
	case c == 't' || c == 'f':
		if string(item) != "true" && string(item) != "false" {
			d.invalid(off, d.misusedString(item, v.Type()))
			return
		}
		d.storeBool(v, c == 't', off, item)
	case c == '"':
		s, ok := unquote(item)
		if !ok {
			d.stop(off, d.misusedString(item, v.Type()))
			return
		}
		d.storeString(v, s, off)
	case c == '-' || isDigit(c):
		d.storeNumber(v, item, off, true)
	default:
		d.stop(off, d.misusedString(item, v.Type()))
	}
}

// validNumber reports whether s is a JSON number literal.
func validNumber(s []byte) bool {
	end, ok := scanNumber(s, 0)
	return ok && end == len(s)
}
