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
//   - slog: Any and Value.LogValue build real nested groups, NewHandler
//     wraps any slog.Handler so that unchanged call sites are bounded, and
//     ReplaceAttr does the same through slog.HandlerOptions;
//   - zap: package zaplog streams into zap's encoders (Any, WrapCore).
//
// Guarantees, for every value and every Limits: output never exceeds
// MaxBytes (the text and JSON forms exactly; slog and zap up to the
// handler's own syntax), rendering never panics and always terminates
// (cycles through maps, slices and pointers show <cycle>; panicking String,
// Error and LogValue methods show %!v(PANIC=...) as fmt does), and control
// characters are escaped so that a value cannot forge a log line. With
// NoLimits, Format prints exactly what fmt.Sprint prints for plain data.
//
// Markers:
//
//	...+517         entries of a map, slice, array or struct left out
//	map[...+10]     a container past MaxDepth: only its entry count
//	abc...+1234B    a string cut after MaxString bytes or at the budget
//	<cycle>         a value that contains itself, where it recurs
//	<too deep>      a chain of pointers past 10,000 levels
//	"...": 517      in JSON and slog groups, the count of entries left out
//	<map[string]int len=1000 size~12.2KB>
//	                the one-line summary of Limits.Summary
package safelog
