package zaplog

import (
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/mapkit-go/mapkit/safelog"
	"github.com/mapkit-go/mapkit/safelog/internal/walk"
)

// WrapCore returns a core that bounds every field within lim before handing
// it to core, so that unchanged call sites cannot blow up a log line nor
// show more than core would show without it:
//
//   - zap.Any and zap.Reflect fields of maps, slices, structs and other
//     reflected values (zapcore.ReflectType) are rendered as Any renders
//     them — encoding/json's view, streaming — within lim;
//   - strings, byte strings, binary data (base64) and Stringer results are
//     cut at MaxString (and MaxBytes) and marked; errors (zap.Error,
//     zap.NamedError) have their text, their errorVerbose text and their
//     errorCauses cut the same way;
//   - ObjectMarshaler and ArrayMarshaler fields (zap.Object, zap.Array,
//     zap.Strings and the other array fields, zap.Inline, and zap.Any of a
//     marshaler) run their own code, which cannot be cut short from
//     outside; WrapCore gives them an encoder that drops members once the
//     byte budget is spent (counting them under safelog.OmittedKey), bounds
//     their reflected, string and binary members and recovers a panic at
//     every nesting level, so the output stays well formed;
//   - keys and the message are cut and line-breaking runes in them escaped.
//
// A panic recovered from a field's methods is written as zap writes the
// errors of its own fields, under the field's key followed by "Error". A
// field bounded already (Any, AnyWith, zap.Stringer of a safelog.Value) is
// passed as it is, so its markers count what the original left out.
// Fields without anything to bound cost one scan and no allocation.
// Enabled, With (whose fields are bounded once, up front) and Sync are
// core's; Check adds the wrapper when core.Enabled(level) holds, so wrap
// the core a sampler or tee samples or tees
// (zapcore.NewSamplerWithOptions(zaplog.WrapCore(core, lim), ...)), not the
// other way round.
func WrapCore(core zapcore.Core, lim safelog.Limits) zapcore.Core {
	return &wrapped{Core: core, r: resolve(lim)}
}

type wrapped struct {
	zapcore.Core
	r limits
}

func (c *wrapped) With(fields []zapcore.Field) zapcore.Core {
	return &wrapped{Core: c.Core.With(c.bound(fields)), r: c.r}
}

func (c *wrapped) Check(ent zapcore.Entry, ce *zapcore.CheckedEntry) *zapcore.CheckedEntry {
	if c.Enabled(ent.Level) {
		return ce.AddCore(ent, c)
	}
	return ce
}

func (c *wrapped) Write(ent zapcore.Entry, fields []zapcore.Field) error {
	ent.Message = walk.Text(ent.Message, c.r.MaxBytes, c.r.MaxBytes)
	ent.LoggerName = walk.Text(ent.LoggerName, c.r.MaxString, c.r.MaxBytes)
	return c.Core.Write(ent, c.bound(fields))
}

// bound returns fields with every value that needs it bounded; it returns
// fields itself when none does.
func (c *wrapped) bound(fields []zapcore.Field) []zapcore.Field {
	var out []zapcore.Field
	for i, f := range fields {
		g, changed := c.field(f)
		if !changed {
			if out != nil {
				out[i] = f
			}
			continue
		}
		if out == nil {
			out = make([]zapcore.Field, len(fields))
			copy(out, fields[:i])
		}
		out[i] = g
	}
	if out == nil {
		return fields
	}
	return out
}

func (c *wrapped) field(f zapcore.Field) (zapcore.Field, bool) {
	key := walk.Key(f.Key, c.r)
	changed := key != f.Key
	f.Key = key
	switch f.Type {
	case zapcore.ReflectType:
		return bounded(f.Key, f.Interface, c.r), true
	case zapcore.StringType:
		s := walk.Text(f.String, c.r.MaxString, c.r.MaxBytes)
		changed = changed || s != f.String
		f.String = s
		return f, changed
	case zapcore.ByteStringType:
		b, _ := f.Interface.([]byte)
		return zap.String(f.Key, walk.Text(string(b), c.r.MaxString, c.r.MaxBytes)), true
	case zapcore.BinaryType:
		b, _ := f.Interface.([]byte)
		return zap.String(f.Key, binary(b, c.r.MaxString, c.r.MaxBytes)), true
	case zapcore.StringerType:
		if v, ok := f.Interface.(safelog.Value); ok {
			return zap.Stringer(f.Key, v), changed
		}
		return zap.Inline(&stringer{key: f.Key, v: f.Interface, r: c.r}), true
	case zapcore.ErrorType:
		err, _ := f.Interface.(error)
		return zap.Inline(&errorField{key: f.Key, err: err, r: c.r}), true
	case zapcore.ObjectMarshalerType, zapcore.InlineMarshalerType:
		switch m := f.Interface.(type) {
		case *field, defaultMap:
			return f, changed
		case zapcore.ObjectMarshaler:
			f.Interface = &objectGuard{m: m, key: f.Key, b: &budget{r: c.r}}
			return f, true
		}
		return zap.Reflect(f.Key, nil), true
	case zapcore.ArrayMarshalerType:
		m, ok := f.Interface.(zapcore.ArrayMarshaler)
		if !ok {
			return zap.Reflect(f.Key, nil), true
		}
		f.Interface = &arrayGuard{m: m, key: f.Key, b: &budget{r: c.r}}
		return f, true
	}
	return f, changed
}
