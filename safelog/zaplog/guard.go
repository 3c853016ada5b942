package zaplog

import (
	"encoding/base64"
	"fmt"
	"reflect"
	"time"

	"go.uber.org/zap/zapcore"

	"github.com/mapkit-go/mapkit/safelog"
	"github.com/mapkit-go/mapkit/safelog/internal/walk"
)

// budget is the byte estimate shared by all encoders of one guarded field.
type budget struct {
	r     limits
	spent int
}

// take charges n bytes and reports whether the member may be written.
func (b *budget) take(n int) bool {
	if b.spent >= b.r.MaxBytes {
		return false
	}
	b.spent += n
	return true
}

// room is what the field may still write.
func (b *budget) room() int { return max(b.r.MaxBytes-b.spent, 0) }

// cut returns s within MaxString and the room left, charging it.
func (b *budget) cut(s string) string {
	s = walk.Text(s, b.r.MaxString, b.room())
	b.spent += len(s)
	return s
}

// binary returns b as zap writes binary data, base64, cut to maxString
// bytes of text, then to room bytes marker included, and marked. Only the
// bytes shown are encoded.
func binary(b []byte, maxString, room int) string {
	enc := base64.StdEncoding
	total := enc.EncodedLen(len(b))
	if total <= min(maxString, room) {
		return enc.EncodeToString(b)
	}
	n := min(maxString, room) / 4 * 3
	shown := enc.EncodeToString(b[:n])
	return walk.CutString(shown, total-len(shown), room)
}

// reflected walks v into obj under key, or into arr, charging what it
// writes to b.
func (b *budget) reflected(obj zapcore.ObjectEncoder, arr zapcore.ArrayEncoder, key string, v any) {
	r := b.r
	r.MaxBytes = max(r.MaxBytes-b.spent, 1)
	s := getStreamer(r)
	defer s.put()
	s.obj, s.arr, s.key = obj, arr, key
	s.walk(v)
	b.spent += s.spent
}

// panicError is a panic recovered from a marshaler, returned as its error so
// that zap writes it under the field's key followed by "Error".
type panicError struct{ text string }

func (e *panicError) Error() string { return e.text }

// recovered turns a recovered panic r of method name of m into the error
// zap reports.
func recovered(r any, m any, name string, lim limits) error {
	w := walk.Get(lim)
	defer w.Put()
	return &panicError{walk.Text(w.PanicText(m, name, r), lim.MaxString, lim.MaxBytes)}
}

// objectGuard runs a user ObjectMarshaler against a bounding encoder.
type objectGuard struct {
	m   zapcore.ObjectMarshaler
	key string
	b   *budget
}

func (g *objectGuard) MarshalLogObject(enc zapcore.ObjectEncoder) (err error) {
	e := &objEnc{enc: enc, b: g.b}
	defer e.finish()
	defer func() {
		if r := recover(); r != nil {
			err = recovered(r, g.m, "MarshalLogObject", g.b.r)
		}
	}()
	return g.m.MarshalLogObject(e)
}

// arrayGuard runs a user ArrayMarshaler against a bounding encoder.
type arrayGuard struct {
	m   zapcore.ArrayMarshaler
	key string
	b   *budget
}

func (g *arrayGuard) MarshalLogArray(enc zapcore.ArrayEncoder) (err error) {
	e := &arrEnc{enc: enc, b: g.b}
	defer e.finish()
	defer func() {
		if r := recover(); r != nil {
			err = recovered(r, g.m, "MarshalLogArray", g.b.r)
		}
	}()
	return g.m.MarshalLogArray(e)
}

// stringer is a zap.Stringer field with its text bounded; a panic is
// written as zap writes it, under the key followed by "Error".
type stringer struct {
	key string
	v   any
	r   limits
}

func (s *stringer) MarshalLogObject(enc zapcore.ObjectEncoder) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if v := reflect.ValueOf(s.v); v.Kind() == reflect.Pointer && v.IsNil() {
				enc.AddString(s.key, "<nil>")
				return
			}
			enc.AddString(s.key+"Error", recovered(r, s.v, "String", s.r).Error())
		}
	}()
	str, _ := s.v.(fmt.Stringer)
	enc.AddString(s.key, walk.Text(str.String(), s.r.MaxString, s.r.MaxBytes))
	return nil
}

// errorField is a zap.Error or zap.NamedError field with everything zap
// writes for it bounded: the error text, the key+"Verbose" text of rich
// errors and the key+"Causes" of error groups (at most MaxKeys of them).
type errorField struct {
	key string
	err error
	r   limits
}

type errorGroup interface{ Errors() []error }

func (f *errorField) MarshalLogObject(enc zapcore.ObjectEncoder) (err error) {
	if f.err == nil {
		return nil
	}
	b := &budget{r: f.r}
	defer func() {
		if r := recover(); r != nil {
			if v := reflect.ValueOf(f.err); v.Kind() == reflect.Pointer && v.IsNil() {
				enc.AddString(f.key, "<nil>")
				return
			}
			enc.AddString(f.key+"Error", recovered(r, f.err, "Error", f.r).Error())
		}
	}()
	basic := f.err.Error()
	enc.AddString(f.key, b.cut(basic))
	switch e := f.err.(type) {
	case errorGroup:
		return enc.AddArray(f.key+"Causes", &arrayGuard{m: causes(e.Errors()), key: f.key + "Causes", b: b})
	case fmt.Formatter:
		if verbose := fmt.Sprintf("%+v", e); verbose != basic {
			enc.AddString(f.key+"Verbose", b.cut(verbose))
		}
	}
	return nil
}

// causes are the errors of an error group, each an object with its error.
type causes []error

func (c causes) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	for _, err := range c {
		if err == nil {
			continue
		}
		if err := enc.AppendObject(zapcore.ObjectMarshalerFunc(func(o zapcore.ObjectEncoder) error {
			o.AddString("error", err.Error())
			return nil
		})); err != nil {
			return err
		}
	}
	return nil
}

// objEnc forwards members to enc while the budget lasts and counts the rest.
type objEnc struct {
	enc     zapcore.ObjectEncoder
	b       *budget
	dropped int
}

func (e *objEnc) ok(key string, n int) bool {
	if e.b.take(len(key) + n) {
		return true
	}
	e.dropped++
	return false
}

func (e *objEnc) finish() {
	if e.dropped > 0 {
		e.enc.AddInt64(safelog.OmittedKey, int64(e.dropped))
	}
}

// key returns k bounded, charging it.
func (e *objEnc) key(k string) string {
	k = walk.Key(k, e.b.r)
	e.b.spent += len(k)
	return k
}

// nested writes a recovered panic of the member under k as zap would, under
// k followed by "Error".
func (e *objEnc) nested(k string, err error) error {
	if p, ok := err.(*panicError); ok {
		e.enc.AddString(k+"Error", p.text)
		return nil
	}
	return err
}

func (e *objEnc) AddArray(k string, m zapcore.ArrayMarshaler) error {
	if !e.ok(k, walk.ContainerCost) {
		return nil
	}
	k = e.key(k)
	if m == nil {
		_ = e.enc.AddReflected(k, nil)
		return nil
	}
	return e.nested(k, e.enc.AddArray(k, &arrayGuard{m: m, key: k, b: e.b}))
}

func (e *objEnc) AddObject(k string, m zapcore.ObjectMarshaler) error {
	if !e.ok(k, walk.ContainerCost) {
		return nil
	}
	k = e.key(k)
	if m == nil {
		_ = e.enc.AddReflected(k, nil)
		return nil
	}
	return e.nested(k, e.enc.AddObject(k, &objectGuard{m: m, key: k, b: e.b}))
}

func (e *objEnc) AddBinary(k string, v []byte) {
	if e.ok(k, 0) {
		s := binary(v, e.b.r.MaxString, e.b.room())
		e.b.spent += len(s)
		e.enc.AddString(e.key(k), s)
	}
}

func (e *objEnc) AddByteString(k string, v []byte) {
	if e.ok(k, 0) {
		e.enc.AddString(e.key(k), e.b.cut(string(v)))
	}
}

func (e *objEnc) AddBool(k string, v bool) {
	if e.ok(k, walk.BoolCost) {
		e.enc.AddBool(e.key(k), v)
	}
}

func (e *objEnc) AddComplex128(k string, v complex128) {
	if e.ok(k, walk.ComplexCost) {
		e.enc.AddComplex128(e.key(k), v)
	}
}

func (e *objEnc) AddComplex64(k string, v complex64) {
	if e.ok(k, walk.ComplexCost) {
		e.enc.AddComplex64(e.key(k), v)
	}
}

func (e *objEnc) AddDuration(k string, v time.Duration) {
	if e.ok(k, walk.NumberCost) {
		e.enc.AddDuration(e.key(k), v)
	}
}

func (e *objEnc) AddFloat64(k string, v float64) {
	if e.ok(k, walk.NumberCost) {
		e.enc.AddFloat64(e.key(k), v)
	}
}

func (e *objEnc) AddFloat32(k string, v float32) {
	if e.ok(k, walk.NumberCost) {
		e.enc.AddFloat32(e.key(k), v)
	}
}

func (e *objEnc) AddInt(k string, v int)     { e.AddInt64(k, int64(v)) }
func (e *objEnc) AddInt32(k string, v int32) { e.AddInt64(k, int64(v)) }
func (e *objEnc) AddInt16(k string, v int16) { e.AddInt64(k, int64(v)) }
func (e *objEnc) AddInt8(k string, v int8)   { e.AddInt64(k, int64(v)) }

func (e *objEnc) AddInt64(k string, v int64) {
	if e.ok(k, walk.NumberCost) {
		e.enc.AddInt64(e.key(k), v)
	}
}

func (e *objEnc) AddString(k, v string) {
	if e.ok(k, 0) {
		e.enc.AddString(e.key(k), e.b.cut(v))
	}
}

func (e *objEnc) AddTime(k string, v time.Time) {
	if e.ok(k, walk.TimeCost) {
		e.enc.AddTime(e.key(k), v)
	}
}

func (e *objEnc) AddUint(k string, v uint)       { e.AddUint64(k, uint64(v)) }
func (e *objEnc) AddUint32(k string, v uint32)   { e.AddUint64(k, uint64(v)) }
func (e *objEnc) AddUint16(k string, v uint16)   { e.AddUint64(k, uint64(v)) }
func (e *objEnc) AddUint8(k string, v uint8)     { e.AddUint64(k, uint64(v)) }
func (e *objEnc) AddUintptr(k string, v uintptr) { e.AddUint64(k, uint64(v)) }

func (e *objEnc) AddUint64(k string, v uint64) {
	if e.ok(k, walk.NumberCost) {
		e.enc.AddUint64(e.key(k), v)
	}
}

// AddReflected renders v as Any does, within what is left of the budget.
func (e *objEnc) AddReflected(k string, v any) error {
	if e.ok(k, 0) {
		e.b.reflected(e.enc, nil, e.key(k), v)
	}
	return nil
}

func (e *objEnc) OpenNamespace(k string) { e.enc.OpenNamespace(e.key(k)) }

// arrEnc forwards elements to enc while the budget lasts and counts the
// rest.
type arrEnc struct {
	enc     zapcore.ArrayEncoder
	b       *budget
	dropped int
}

func (e *arrEnc) ok(n int) bool {
	if e.b.take(n + 1) {
		return true
	}
	e.dropped++
	return false
}

func (e *arrEnc) finish() {
	if e.dropped > 0 {
		e.enc.AppendString(walk.Count(e.dropped))
	}
}

// nested shows a recovered panic of an element as an element of its own:
// an array has no keys to write it under.
func (e *arrEnc) nested(err error) error {
	if p, ok := err.(*panicError); ok {
		e.enc.AppendString(p.text)
		return nil
	}
	return err
}

func (e *arrEnc) AppendArray(m zapcore.ArrayMarshaler) error {
	if !e.ok(walk.ContainerCost) {
		return nil
	}
	if m == nil {
		return e.enc.AppendReflected(nil)
	}
	return e.nested(e.enc.AppendArray(&arrayGuard{m: m, b: e.b}))
}

func (e *arrEnc) AppendObject(m zapcore.ObjectMarshaler) error {
	if !e.ok(walk.ContainerCost) {
		return nil
	}
	if m == nil {
		return e.enc.AppendReflected(nil)
	}
	return e.nested(e.enc.AppendObject(&objectGuard{m: m, b: e.b}))
}

func (e *arrEnc) AppendBool(v bool) {
	if e.ok(walk.BoolCost) {
		e.enc.AppendBool(v)
	}
}

func (e *arrEnc) AppendByteString(v []byte) {
	if e.ok(0) {
		e.enc.AppendString(e.b.cut(string(v)))
	}
}

func (e *arrEnc) AppendComplex128(v complex128) {
	if e.ok(walk.ComplexCost) {
		e.enc.AppendComplex128(v)
	}
}

func (e *arrEnc) AppendComplex64(v complex64) {
	if e.ok(walk.ComplexCost) {
		e.enc.AppendComplex64(v)
	}
}

func (e *arrEnc) AppendFloat64(v float64) {
	if e.ok(walk.NumberCost) {
		e.enc.AppendFloat64(v)
	}
}

func (e *arrEnc) AppendFloat32(v float32) {
	if e.ok(walk.NumberCost) {
		e.enc.AppendFloat32(v)
	}
}

func (e *arrEnc) AppendInt(v int)     { e.AppendInt64(int64(v)) }
func (e *arrEnc) AppendInt32(v int32) { e.AppendInt64(int64(v)) }
func (e *arrEnc) AppendInt16(v int16) { e.AppendInt64(int64(v)) }
func (e *arrEnc) AppendInt8(v int8)   { e.AppendInt64(int64(v)) }

func (e *arrEnc) AppendInt64(v int64) {
	if e.ok(walk.NumberCost) {
		e.enc.AppendInt64(v)
	}
}

func (e *arrEnc) AppendString(v string) {
	if e.ok(0) {
		e.enc.AppendString(e.b.cut(v))
	}
}

func (e *arrEnc) AppendUint(v uint)       { e.AppendUint64(uint64(v)) }
func (e *arrEnc) AppendUint32(v uint32)   { e.AppendUint64(uint64(v)) }
func (e *arrEnc) AppendUint16(v uint16)   { e.AppendUint64(uint64(v)) }
func (e *arrEnc) AppendUint8(v uint8)     { e.AppendUint64(uint64(v)) }
func (e *arrEnc) AppendUintptr(v uintptr) { e.AppendUint64(uint64(v)) }

func (e *arrEnc) AppendUint64(v uint64) {
	if e.ok(walk.NumberCost) {
		e.enc.AppendUint64(v)
	}
}

func (e *arrEnc) AppendDuration(v time.Duration) {
	if e.ok(walk.NumberCost) {
		e.enc.AppendDuration(v)
	}
}

func (e *arrEnc) AppendTime(v time.Time) {
	if e.ok(walk.TimeCost) {
		e.enc.AppendTime(v)
	}
}

// AppendReflected renders v as Any does, within what is left of the budget.
func (e *arrEnc) AppendReflected(v any) error {
	if e.ok(0) {
		e.b.reflected(nil, e.enc, "", v)
	}
	return nil
}
