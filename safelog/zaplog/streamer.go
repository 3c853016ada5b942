package zaplog

import (
	"reflect"
	"sync"

	"go.uber.org/zap/zapcore"

	"github.com/mapkit-go/mapkit/safelog"
	"github.com/mapkit-go/mapkit/safelog/internal/walk"
)

// streamer is the zap sink of one walk: it streams the value into zap's
// encoders. The next value goes to obj under key,
// or to arr when arr is set; containers open nested objects and arrays
// through per-depth marshalers, so nothing is boxed per value.
type streamer struct {
	w       *walk.Walker
	r       limits
	obj     zapcore.ObjectEncoder
	arr     zapcore.ArrayEncoder
	key     string
	flatten bool // the next container writes its members into obj itself
	spent   int  // estimated bytes of the text form so far
	depth   int
	levels  []*level
}

// level is the marshaler of the container open at one depth.
type level struct {
	s *streamer
	c *walk.Container
}

// maxPooledLevels bounds the levels a pooled streamer keeps.
const maxPooledLevels = 64

var streamers = sync.Pool{New: func() any { return new(streamer) }}

func getStreamer(r limits) *streamer {
	s := streamers.Get().(*streamer)
	s.r, s.w = r, walk.Get(r)
	return s
}

func (s *streamer) put() {
	s.w.Put()
	levels := s.levels
	if len(levels) > maxPooledLevels {
		levels = nil
	}
	for _, l := range levels {
		l.c = nil
	}
	*s = streamer{levels: levels}
	streamers.Put(s)
}

// walk reports v to s, recovering from any panic so that the encoder is
// left with a complete value.
func (s *streamer) walk(v any) {
	defer s.recover()
	s.w.Walk(v, s)
}

func (s *streamer) recover() {
	if r := recover(); r != nil {
		s.String(s.w.PanicText(nil, "MarshalLogObject", r), 0)
	}
}

func (s *streamer) Nil() {
	s.spent += walk.NullCost
	if s.arr != nil {
		_ = s.arr.AppendReflected(nil)
		return
	}
	_ = s.obj.AddReflected(s.key, nil)
}

func (s *streamer) Bool(b bool) {
	s.spent += walk.BoolCost
	if s.arr != nil {
		s.arr.AppendBool(b)
		return
	}
	s.obj.AddBool(s.key, b)
}

func (s *streamer) Int(i int64) {
	s.spent += walk.NumberCost
	if s.arr != nil {
		s.arr.AppendInt64(i)
		return
	}
	s.obj.AddInt64(s.key, i)
}

func (s *streamer) Uint(u uint64) {
	s.spent += walk.NumberCost
	if s.arr != nil {
		s.arr.AppendUint64(u)
		return
	}
	s.obj.AddUint64(s.key, u)
}

func (s *streamer) Float(f float64, bitSize int) {
	s.spent += walk.NumberCost
	switch {
	case s.arr != nil && bitSize == 32:
		s.arr.AppendFloat32(float32(f))
	case s.arr != nil:
		s.arr.AppendFloat64(f)
	case bitSize == 32:
		s.obj.AddFloat32(s.key, float32(f))
	default:
		s.obj.AddFloat64(s.key, f)
	}
}

func (s *streamer) Complex(c complex128, _ int) {
	s.spent += walk.ComplexCost
	if s.arr != nil {
		s.arr.AppendComplex128(c)
		return
	}
	s.obj.AddComplex128(s.key, c)
}

func (s *streamer) String(v string, cut int) {
	room := max(s.r.MaxBytes-s.spent, 0)
	if cut > 0 || len(v) > room || !walk.LineSafe(v) {
		v = walk.SafeString(walk.CutString(v, cut, room))
	}
	s.spent += len(v) + 2
	if s.arr != nil {
		s.arr.AppendString(v)
		return
	}
	s.obj.AddString(s.key, v)
}

// Raw writes a JSON value from the walker: a string as a string, anything
// else as a reflected value, which zap's encoders write through its
// MarshalJSON.
func (s *streamer) Raw(b []byte) bool {
	if len(b) > s.r.MaxBytes-s.spent {
		return false
	}
	s.spent += len(b)
	if str, ok := walk.RawString(b); ok {
		if s.arr != nil {
			s.arr.AppendString(str)
		} else {
			s.obj.AddString(s.key, str)
		}
		return true
	}
	if s.arr != nil {
		_ = s.arr.AppendReflected(walk.RawJSON(b))
		return true
	}
	_ = s.obj.AddReflected(s.key, walk.RawJSON(b))
	return true
}

// Method shows zap's own marshalers as zap.Any would, through their
// methods, guarded as WrapCore guards them within the budget left.
func (s *streamer) Method(v any) bool {
	switch v.(type) {
	case zapcore.ObjectMarshaler, zapcore.ArrayMarshaler:
	default:
		return false
	}
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && rv.IsNil() {
		s.Nil()
		return true
	}
	r := s.r
	r.MaxBytes = max(r.MaxBytes-s.spent, 0)
	b := &budget{r: r}
	switch m := v.(type) {
	case zapcore.ObjectMarshaler:
		g := &objectGuard{m: m, key: s.key, b: b}
		if s.arr != nil {
			_ = s.arr.AppendObject(g)
		} else if err := s.obj.AddObject(s.key, g); err != nil {
			s.obj.AddString(s.key+"Error", err.Error())
		}
	case zapcore.ArrayMarshaler:
		g := &arrayGuard{m: m, key: s.key, b: b}
		if s.arr != nil {
			_ = s.arr.AppendArray(g)
		} else if err := s.obj.AddArray(s.key, g); err != nil {
			s.obj.AddString(s.key+"Error", err.Error())
		}
	}
	s.spent += b.spent + 2
	return true
}

func (s *streamer) level(c *walk.Container) *level {
	for len(s.levels) <= s.depth {
		s.levels = append(s.levels, &level{s: s})
	}
	l := s.levels[s.depth]
	l.c = c
	return l
}

func (s *streamer) Map(c *walk.Container) {
	if s.flatten {
		s.flatten = false
		s.members(c, s.obj)
		return
	}
	l := s.level(c)
	if s.arr != nil {
		_ = s.arr.AppendObject(l)
		return
	}
	_ = s.obj.AddObject(s.key, l)
}

func (s *streamer) List(c *walk.Container) {
	l := s.level(c)
	switch {
	case s.flatten:
		s.flatten = false
		_ = s.obj.AddArray(s.key, l)
	case s.arr != nil:
		_ = s.arr.AppendArray(l)
	default:
		_ = s.obj.AddArray(s.key, l)
	}
}

func (l *level) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	l.s.members(l.c, enc)
	return nil
}

func (l *level) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	l.s.elements(l.c, enc)
	return nil
}

// members writes the shown entries of c into enc, then the count of those
// left out under safelog.OmittedKey.
func (s *streamer) members(c *walk.Container, enc zapcore.ObjectEncoder) {
	obj, arr, key := s.obj, s.arr, s.key
	s.depth++
	defer func() {
		s.depth--
		s.obj, s.arr, s.key = obj, arr, key
	}()
	defer s.recover()
	shown := 0
	for i := 0; i < c.Shown() && s.spent < s.r.MaxBytes; i++ {
		k := c.NameText(i)
		s.obj, s.arr, s.key = enc, nil, k
		s.spent += len(k) + 3
		shown++
		c.Walk(i, s)
	}
	if left := c.Len() - shown; left > 0 {
		enc.AddInt64(safelog.OmittedKey, int64(left))
	}
}

// elements writes the shown elements of c into enc, then a "...+N" element
// for those left out.
func (s *streamer) elements(c *walk.Container, enc zapcore.ArrayEncoder) {
	obj, arr, key := s.obj, s.arr, s.key
	s.depth++
	defer func() {
		s.depth--
		s.obj, s.arr, s.key = obj, arr, key
	}()
	defer s.recover()
	shown := 0
	for i := 0; i < c.Shown() && s.spent < s.r.MaxBytes; i++ {
		s.obj, s.arr = nil, enc
		s.spent++
		shown++
		c.Walk(i, s)
	}
	if left := c.Len() - shown; left > 0 {
		enc.AppendString(walk.Count(left))
	}
}
