// Package safelog renders any Go value for a log line within limits: a
// bounded, sorted, escaped prefix of what fmt.Sprint would print, computed
// in time and memory proportional to what is shown, never to the value.
//
// Logging a big map with fmt, zap.Any or slog walks all of it on every call:
// a 520-key order map nested three levels costs milliseconds and a megabyte
// per line, and a map that contains itself never returns. Format, Append and
// Bounded show the first Limits.MaxKeys entries of each map in fmt's key
// order — picked by a top-k selection, without sorting the other keys —
// followed by a "...+N" count of the rest, cut strings and deep values with
// visible markers, and stop the walk as soon as the Limits.MaxBytes budget
// is spent.
//
// The same walk feeds every output:
//
//   - text: Format and Append, fmt's %v layout (map[a:1 b:2], [x y]);
//   - JSON: Value.MarshalJSON, for encoding/json and JSON-marshalling loggers;
//   - slog: Any, AnyWith and Value.LogValue build real nested groups (slices
//     stay JSON arrays), NewHandler wraps any slog.Handler so that unchanged
//     call sites are bounded, and ReplaceAttr does the same through
//     slog.HandlerOptions;
//   - zap: package zaplog streams into zap's encoders (Any, AnyWith,
//     WrapCore).
//
// # What changes when you put safelog in front of your logger
//
// The rule: a wrapped logger never shows a field or value that the same
// logger without the wrapper would not show. It shows less — a bounded,
// marked prefix — never more.
//
// The JSON-shaped outputs (MarshalJSON, the slog values of Any, AnyWith,
// NewHandler and ReplaceAttr, zaplog's Any, AnyWith and WrapCore) show a
// value as encoding/json would, cut to the limits: struct members by their
// json tags, with json:"-" and unexported fields never shown, omitempty,
// omitzero, ",string" and embedded structs as encoding/json applies them;
// MarshalJSON and MarshalText called (their output bounded and checked; a
// method that fails, panics or writes invalid JSON shows an inline
// %!v(ERROR=...) or %!v(PANIC=...) marker); time.Time in RFC 3339, []byte
// in base64, json.Number as a number, nil maps and slices as null, slices
// and arrays as arrays. slog.LogValuer is honoured everywhere in a value,
// and zapcore.ObjectMarshaler and ArrayMarshaler in zap's outputs, so a
// type that redacts itself for its logger stays redacted. Below the top,
// an error is data like any other, as encoding/json shows it; at the top
// it is its text, as slog and zap write it. The text outputs (Format,
// Append, and Value's String and Format methods) keep fmt's view.
//
// What you will see that you did not before: markers for what was left
// out ("...+N", "...+NB", "...": N), keys that begin with "..." shown with
// one more ".", non-string keys of interface-keyed maps spelled with their
// type ("...int(1)"), line-breaking and bidirectional control characters
// escaped (\u2028, \u202e), keys and plain string attributes cut at
// MaxString as values are, and messages cut at MaxBytes. A value bounded already — a Value, the
// value of Any or AnyWith, an Ordered map such as tmap.Map — is not
// bounded again: its markers count what the original left out.
//
// Guarantees, for every value and every Limits: output never exceeds
// MaxBytes (the text and JSON forms exactly, the JSON form never below the
// 4 bytes of null; slog and zap up to the handler's own syntax), rendering
// never panics and always terminates (cycles through maps, slices and
// pointers show <cycle>; panicking String, Error, LogValue, MarshalJSON,
// MarshalText and Len methods show %!v(PANIC=...) as fmt does; a walk calls
// at most a few thousand methods and a method that logs its own receiver
// is not re-entered without end, both shown as %!v(too many method
// calls)), the work is bounded by the limits (MaxBytes bounds it even with
// MaxKeys off), and control, line-breaking and bidirectional characters
// are escaped so that a value cannot forge or disguise a log line. With
// NoLimits, Format prints exactly what fmt.Sprint prints for plain data.
//
// Markers:
//
//	...+517         entries of a map, slice, array or struct left out
//	map[...+10]     a container past MaxDepth: only its entry count
//	abc...+1234B    a string cut after MaxString bytes or at the budget
//	<cycle>         a value that contains itself, where it recurs
//	<too deep>      a chain of pointers past 10,000 levels
//	"...": 517      in JSON, slog groups and zap objects, the count of
//	                entries left out; no shown key is "..." (see OmittedKey)
//	%!v(too many method calls)
//	                a value whose methods the walk no longer calls
//	<map[string]int len=1000 size~12.2KB>
//	                the one-line summary of Limits.Summary
package safelog
