package zaplog

import (
	"encoding/base64"
	"strconv"
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
	if b.spent >= b.r.maxBytes {
		return false
	}
	b.spent += n
	return true
}

func (b *budget) cut(s string) string {
	max := min(b.r.walk.MaxString, max(b.r.maxBytes-b.spent, 0))
	if len(s) <= max {
		return s
	}
	return cutString(s, max)
}

// cutString cuts s, longer than max bytes, on a UTF-8 boundary at or before
// max and marks what it left out, as safelog does: "abc...+1234B".
func cutString(s string, max int) string {
	n := walk.CutUTF8(s, max)
	return s[:n] + "...+" + strconv.Itoa(len(s)-n) + "B"
}

// reflected walks v into obj under key, or into arr, charging what it
// writes to b.
func (b *budget) reflected(obj zapcore.ObjectEncoder, arr zapcore.ArrayEncoder, key string, v any) {
	r := b.r
	r.maxBytes = max(r.maxBytes-b.spent, 1)
	s := getState(r)
	defer s.put()
	s.obj, s.arr, s.key = obj, arr, key
	s.walk(v)
	b.spent += s.spent
}

// objectGuard runs a user ObjectMarshaler against a bounding encoder.
type objectGuard struct {
	m zapcore.ObjectMarshaler
	b *budget
}

func (g *objectGuard) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	e := &objEnc{enc: enc, b: g.b}
	defer e.finish()
	defer e.recover(g.m)
	return g.m.MarshalLogObject(e)
}

// arrayGuard runs a user ArrayMarshaler against a bounding encoder.
type arrayGuard struct {
	m zapcore.ArrayMarshaler
	b *budget
}

func (g *arrayGuard) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	e := &arrEnc{enc: enc, b: g.b}
	defer e.finish()
	defer e.recover(g.m)
	return g.m.MarshalLogArray(e)
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

func (e *objEnc) recover(m any) {
	if r := recover(); r != nil {
		w := walk.Get(e.b.r.walk)
		e.enc.AddString("error", w.PanicText(m, "MarshalLogObject", r))
		w.Put()
	}
}

func (e *objEnc) AddArray(k string, m zapcore.ArrayMarshaler) error {
	if !e.ok(k, 2) {
		return nil
	}
	return e.enc.AddArray(k, &arrayGuard{m: m, b: e.b})
}

func (e *objEnc) AddObject(k string, m zapcore.ObjectMarshaler) error {
	if !e.ok(k, 2) {
		return nil
	}
	return e.enc.AddObject(k, &objectGuard{m: m, b: e.b})
}

func (e *objEnc) AddBinary(k string, v []byte) {
	if e.ok(k, base64.StdEncoding.EncodedLen(len(v))) {
		e.enc.AddBinary(k, v)
	}
}

func (e *objEnc) AddByteString(k string, v []byte) {
	if e.ok(k, 0) {
		e.enc.AddString(k, e.b.cut(string(v)))
	}
}

func (e *objEnc) AddBool(k string, v bool) {
	if e.ok(k, 5) {
		e.enc.AddBool(k, v)
	}
}

func (e *objEnc) AddComplex128(k string, v complex128) {
	if e.ok(k, 16) {
		e.enc.AddComplex128(k, v)
	}
}

func (e *objEnc) AddComplex64(k string, v complex64) {
	if e.ok(k, 16) {
		e.enc.AddComplex64(k, v)
	}
}

func (e *objEnc) AddDuration(k string, v time.Duration) {
	if e.ok(k, 8) {
		e.enc.AddDuration(k, v)
	}
}

func (e *objEnc) AddFloat64(k string, v float64) {
	if e.ok(k, 8) {
		e.enc.AddFloat64(k, v)
	}
}

func (e *objEnc) AddFloat32(k string, v float32) {
	if e.ok(k, 8) {
		e.enc.AddFloat32(k, v)
	}
}

func (e *objEnc) AddInt(k string, v int)     { e.AddInt64(k, int64(v)) }
func (e *objEnc) AddInt32(k string, v int32) { e.AddInt64(k, int64(v)) }
func (e *objEnc) AddInt16(k string, v int16) { e.AddInt64(k, int64(v)) }
func (e *objEnc) AddInt8(k string, v int8)   { e.AddInt64(k, int64(v)) }

func (e *objEnc) AddInt64(k string, v int64) {
	if e.ok(k, 8) {
		e.enc.AddInt64(k, v)
	}
}

func (e *objEnc) AddString(k, v string) {
	if e.ok(k, 0) {
		v = e.b.cut(v)
		e.b.spent += len(v)
		e.enc.AddString(k, v)
	}
}

func (e *objEnc) AddTime(k string, v time.Time) {
	if e.ok(k, 24) {
		e.enc.AddTime(k, v)
	}
}

func (e *objEnc) AddUint(k string, v uint)       { e.AddUint64(k, uint64(v)) }
func (e *objEnc) AddUint32(k string, v uint32)   { e.AddUint64(k, uint64(v)) }
func (e *objEnc) AddUint16(k string, v uint16)   { e.AddUint64(k, uint64(v)) }
func (e *objEnc) AddUint8(k string, v uint8)     { e.AddUint64(k, uint64(v)) }
func (e *objEnc) AddUintptr(k string, v uintptr) { e.AddUint64(k, uint64(v)) }

func (e *objEnc) AddUint64(k string, v uint64) {
	if e.ok(k, 8) {
		e.enc.AddUint64(k, v)
	}
}

// AddReflected renders v as Any does, within what is left of the budget.
func (e *objEnc) AddReflected(k string, v any) error {
	if e.ok(k, 0) {
		e.b.reflected(e.enc, nil, k, v)
	}
	return nil
}

func (e *objEnc) OpenNamespace(k string) { e.enc.OpenNamespace(k) }

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
		e.enc.AppendString("...+" + strconv.Itoa(e.dropped))
	}
}

func (e *arrEnc) recover(m any) {
	if r := recover(); r != nil {
		w := walk.Get(e.b.r.walk)
		e.enc.AppendString(w.PanicText(m, "MarshalLogArray", r))
		w.Put()
	}
}

func (e *arrEnc) AppendArray(m zapcore.ArrayMarshaler) error {
	if !e.ok(2) {
		return nil
	}
	return e.enc.AppendArray(&arrayGuard{m: m, b: e.b})
}

func (e *arrEnc) AppendObject(m zapcore.ObjectMarshaler) error {
	if !e.ok(2) {
		return nil
	}
	return e.enc.AppendObject(&objectGuard{m: m, b: e.b})
}

func (e *arrEnc) AppendBool(v bool) {
	if e.ok(5) {
		e.enc.AppendBool(v)
	}
}

func (e *arrEnc) AppendByteString(v []byte) {
	if e.ok(0) {
		e.enc.AppendString(e.b.cut(string(v)))
	}
}

func (e *arrEnc) AppendComplex128(v complex128) {
	if e.ok(16) {
		e.enc.AppendComplex128(v)
	}
}

func (e *arrEnc) AppendComplex64(v complex64) {
	if e.ok(16) {
		e.enc.AppendComplex64(v)
	}
}

func (e *arrEnc) AppendFloat64(v float64) {
	if e.ok(8) {
		e.enc.AppendFloat64(v)
	}
}

func (e *arrEnc) AppendFloat32(v float32) {
	if e.ok(8) {
		e.enc.AppendFloat32(v)
	}
}

func (e *arrEnc) AppendInt(v int)     { e.AppendInt64(int64(v)) }
func (e *arrEnc) AppendInt32(v int32) { e.AppendInt64(int64(v)) }
func (e *arrEnc) AppendInt16(v int16) { e.AppendInt64(int64(v)) }
func (e *arrEnc) AppendInt8(v int8)   { e.AppendInt64(int64(v)) }

func (e *arrEnc) AppendInt64(v int64) {
	if e.ok(8) {
		e.enc.AppendInt64(v)
	}
}

func (e *arrEnc) AppendString(v string) {
	if e.ok(0) {
		v = e.b.cut(v)
		e.b.spent += len(v)
		e.enc.AppendString(v)
	}
}

func (e *arrEnc) AppendUint(v uint)       { e.AppendUint64(uint64(v)) }
func (e *arrEnc) AppendUint32(v uint32)   { e.AppendUint64(uint64(v)) }
func (e *arrEnc) AppendUint16(v uint16)   { e.AppendUint64(uint64(v)) }
func (e *arrEnc) AppendUint8(v uint8)     { e.AppendUint64(uint64(v)) }
func (e *arrEnc) AppendUintptr(v uintptr) { e.AppendUint64(uint64(v)) }

func (e *arrEnc) AppendUint64(v uint64) {
	if e.ok(8) {
		e.enc.AppendUint64(v)
	}
}

func (e *arrEnc) AppendDuration(v time.Duration) {
	if e.ok(8) {
		e.enc.AppendDuration(v)
	}
}

func (e *arrEnc) AppendTime(v time.Time) {
	if e.ok(24) {
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
