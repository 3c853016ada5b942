// Package safelog is a stub of mapkit's safelog for the tests.
package safelog

import "log/slog"

type Limits struct{}

var DefaultLimits Limits

func Format(v any, lim Limits) string { return "" }
func Any(key string, v any) slog.Attr { return slog.Attr{} }
