package zaplog

import (
	"go.uber.org/zap/zapcore"

	"github.com/mapkit-go/mapkit/safelog"
)

// WrapCore returns a core that bounds field values within lim before
// handing them to core, so that unchanged call sites cannot blow up a log
// line:
//
//   - zap.Any and zap.Reflect fields of maps, slices, structs and other
//     reflected values (zapcore.ReflectType) are rendered as Any renders
//     them, streaming, within lim;
//   - strings (zapcore.StringType) longer than MaxString are cut and marked;
//   - ObjectMarshaler and ArrayMarshaler fields (zap.Object, zap.Array,
//     zap.Inline, and zap.Any of a marshaler) run their own code, which
//     cannot be cut short from outside; WrapCore gives them an encoder that
//     drops members once the byte budget is spent (counting them under
//     safelog.OmittedKey), bounds their reflected and string members and
//     recovers a panic at every nesting level, showing it inline, so the
//     output stays well formed.
//
// Other field types are passed through unchanged. Fields without anything
// to bound cost one scan and no allocation. Enabled, With (whose fields are
// bounded once, up front) and Sync are core's; Check adds the wrapper when
// core.Enabled(level) holds, so wrap the core a sampler or tee samples or
// tees (zapcore.NewSamplerWithOptions(zaplog.WrapCore(core, lim), ...)),
// not the other way round.
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
	switch f.Type {
	case zapcore.ReflectType:
		return bounded(f.Key, f.Interface, c.r), true
	case zapcore.StringType:
		if len(f.String) <= c.r.walk.MaxString {
			return f, false
		}
		f.String = cutString(f.String, c.r.walk.MaxString)
		return f, true
	case zapcore.ObjectMarshalerType, zapcore.InlineMarshalerType:
		m, ok := f.Interface.(zapcore.ObjectMarshaler)
		if !ok {
			return f, false
		}
		f.Interface = &objectGuard{m: m, b: &budget{r: c.r}}
		return f, true
	case zapcore.ArrayMarshalerType:
		m, ok := f.Interface.(zapcore.ArrayMarshaler)
		if !ok {
			return f, false
		}
		f.Interface = &arrayGuard{m: m, b: &budget{r: c.r}}
		return f, true
	}
	return f, false
}
