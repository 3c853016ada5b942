package safelog

import "log/slog"

// Any returns an slog attribute whose value is v bounded by DefaultLimits,
// rendered only when a handler asks for it (it is a slog.LogValuer). A
// structured handler receives real nested groups — the JSON handler writes
// nested objects — with the count of entries left out as an extra
// OmittedKey member; see Value.LogValue. For a map[string]any, Any itself
// allocates nothing.
func Any(key string, v any) slog.Attr {
	if m, ok := v.(map[string]any); ok {
		return slog.Any(key, mapValue(m))
	}
	return slog.Any(key, Bounded(v, DefaultLimits))
}

// AnyWith is Any bounded by lim instead of DefaultLimits, for a call site
// that needs other limits than the handler's.
func AnyWith(key string, v any, lim Limits) slog.Attr {
	return slog.Any(key, Bounded(v, lim))
}

// mapValue is a map[string]any bounded by DefaultLimits; being a map, it
// fits in an interface without allocating.
type mapValue map[string]any

func (m mapValue) LogValue() slog.Value {
	return logValue(map[string]any(m), DefaultLimits.resolve())
}
