package zaplog

import (
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/mapkit-go/mapkit/safelog"
	"github.com/mapkit-go/mapkit/safelog/internal/walk"
)

// Any returns a zap field whose value is v bounded by safelog.DefaultLimits.
// It shows what zap.Any would show — encoding/json's view of structs (tag
// names, json:"-" and unexported fields hidden), MarshalJSON and
// MarshalText output, []byte as base64, slog.LogValuer results — cut to the
// limits. It streams into zap's encoder when the entry is written — maps
// and structs as nested objects (left-out entries counted by a safelog.OmittedKey
// member), slices as arrays (ending in a "...+N" element), scalars as
// zap's own scalars, strings cut at MaxString with a "...+NB" marker — with
// no intermediate string or map. A String, Error or LogValue method that
// panics is shown inline; the walk itself recovers from panics at every
// nesting level, so the encoder's output stays well formed.
//
// For a map[string]any Any allocates nothing; other values cost one small
// allocation for the field.
func Any(key string, v any) zap.Field {
	return bounded(walk.Key(key, defaultLimits()), v, defaultLimits())
}

// AnyWith is Any bounded by lim instead of safelog.DefaultLimits, for a
// call site that needs other limits than the logger's.
func AnyWith(key string, v any, lim safelog.Limits) zap.Field {
	r := resolve(lim)
	return bounded(walk.Key(key, r), v, r)
}

func bounded(key string, v any, r limits) zap.Field {
	if m, ok := v.(map[string]any); ok && r == defaultLimits() {
		return zap.Object(key, defaultMap(m))
	}
	return zap.Inline(&field{key: key, v: v, r: r})
}

// field renders one value under its key into the encoder of the enclosing
// object (it is an inline marshaler).
type field struct {
	key string
	v   any
	r   limits
}

func (f *field) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	s := getStreamer(f.r)
	defer s.put()
	s.obj, s.key = enc, f.key
	s.walk(f.v)
	return nil
}

// defaultMap is a map[string]any bounded by DefaultLimits; being a map, it
// fits in the field's interface without allocating.
type defaultMap map[string]any

func (m defaultMap) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	s := getStreamer(defaultLimits())
	defer s.put()
	s.obj, s.flatten = enc, true
	s.walk(map[string]any(m))
	return nil
}
