// Package zaplog bounds what zap logs, with safelog's limits and markers,
// for code that logs through go.uber.org/zap. It is kept apart from safelog
// so that slog users do not pull zap.
//
// Any is a zap field that streams a bounded rendering of any value straight
// into zap's encoder — maps and structs as nested objects, slices as arrays,
// left-out entries counted — with no intermediate string or map and, for a
// map[string]any, no allocation. WrapCore bounds the fields of unchanged
// call sites: zap.Any and zap.Reflect values, long strings, and the output
// of ObjectMarshalers and ArrayMarshalers, whose panics it also contains.
//
// zap does not recover a panic raised inside MarshalLogObject, and a
// reflected field walks its whole value through encoding/json; both are
// what this package exists to prevent.
package zaplog
