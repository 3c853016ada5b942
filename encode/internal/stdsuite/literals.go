//go:build mapkit_stdsuite

package json

import (
	"reflect"
	"unsafe"
)

// setUnexported sets a field that encoding/json keeps unexported, for the
// test literals that name it; the offset is the one reflect reports.
func setUnexported(p any, field string, v any) {
	f := reflect.ValueOf(p).Elem().FieldByName(field)
	reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Set(reflect.ValueOf(v))
}

// newSyntaxError builds the *SyntaxError a test literal spells out.
func newSyntaxError(msg string, off int64) *SyntaxError {
	e := &SyntaxError{Offset: off}
	setUnexported(e, "msg", msg)
	return e
}

// newMarshalerError builds the *MarshalerError a test literal spells out.
func newMarshalerError(t reflect.Type, err error, src string) *MarshalerError {
	e := &MarshalerError{Type: t, Err: err}
	setUnexported(e, "sourceFunc", src)
	return e
}
