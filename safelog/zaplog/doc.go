// Package zaplog bounds what zap logs, with safelog's limits and markers,
// for code that logs through go.uber.org/zap. It is kept apart from safelog
// so that slog users do not pull zap.
//
// Any (and AnyWith, with limits of its own) is a zap field that streams a
// bounded rendering of any value straight into zap's encoder — maps and
// structs as nested objects, slices as arrays, left-out entries counted —
// with no intermediate string or map and, for a map[string]any, no
// allocation. WrapCore bounds the fields of unchanged call sites: every
// field type that can carry unbounded data, the keys and the message.
//
// Both follow safelog's rule: a wrapped logger never shows a field or value
// that zap would not show without the wrapper. Values show as zap.Any shows
// them through encoding/json — json tags, json:"-" and unexported fields
// hidden, MarshalJSON and MarshalText used — with ObjectMarshaler,
// ArrayMarshaler and slog.LogValuer honoured wherever they occur, cut to
// the limits.
//
// zap does not recover a panic raised inside MarshalLogObject, and a
// reflected field walks its whole value through encoding/json; both are
// what this package exists to prevent. A recovered panic is written as zap
// writes the errors of its own fields, under the field's key followed by
// "Error".
package zaplog
