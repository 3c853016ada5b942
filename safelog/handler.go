package safelog

import (
	"context"
	"log/slog"
)

// NewHandler returns a handler that bounds every attribute value before
// passing the record to next: maps, slices, structs and any other KindAny
// value become groups as Value.LogValue builds them, LogValuers are resolved
// (a panicking LogValue is shown inline instead of crashing), and strings
// longer than MaxString are cut — at the top level, inside groups and in
// attributes added with WithAttrs. Call sites stay unchanged.
//
// Records whose attributes are all scalars within MaxString are passed
// through untouched, at the cost of one scan of the attributes. Enabled and
// WithGroup are next's.
func NewHandler(next slog.Handler, lim Limits) slog.Handler {
	return &handler{next: next, r: lim.resolve()}
}

type handler struct {
	next slog.Handler
	r    resolved
}

func (h *handler) Enabled(ctx context.Context, l slog.Level) bool { return h.next.Enabled(ctx, l) }

func (h *handler) Handle(ctx context.Context, r slog.Record) error {
	safe := true
	r.Attrs(func(a slog.Attr) bool {
		safe = h.r.safe(a.Value)
		return safe
	})
	if safe {
		return h.next.Handle(ctx, r)
	}
	out := slog.NewRecord(r.Time, r.Level, r.Message, r.PC)
	r.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(h.r.bound(a))
		return true
	})
	return h.next.Handle(ctx, out)
}

func (h *handler) WithAttrs(as []slog.Attr) slog.Handler {
	bounded := make([]slog.Attr, len(as))
	for i, a := range as {
		bounded[i] = h.r.bound(a)
	}
	return &handler{next: h.next.WithAttrs(bounded), r: h.r}
}

func (h *handler) WithGroup(name string) slog.Handler {
	return &handler{next: h.next.WithGroup(name), r: h.r}
}

// ReplaceAttr returns a slog.HandlerOptions.ReplaceAttr function that bounds
// each attribute value as NewHandler does, for handlers that honour the
// option (the standard JSON and Text handlers call it on every non-group
// attribute, after resolving LogValuers). The handler's built-in time,
// level, message and source attributes are left as they are.
func ReplaceAttr(lim Limits) func(groups []string, a slog.Attr) slog.Attr {
	r := lim.resolve()
	return func(groups []string, a slog.Attr) slog.Attr {
		if len(groups) == 0 {
			switch a.Key {
			case slog.TimeKey, slog.LevelKey, slog.MessageKey, slog.SourceKey:
				return a
			}
		}
		return r.bound(a)
	}
}

// safe reports whether v needs no bounding.
func (r resolved) safe(v slog.Value) bool {
	switch v.Kind() {
	case slog.KindAny, slog.KindLogValuer, slog.KindGroup:
		return false
	case slog.KindString:
		return len(v.String()) <= r.walk.MaxString
	}
	return true
}

// bound returns a with its value bounded; group members are bounded one by
// one, so that every member keeps its own budget.
func (r resolved) bound(a slog.Attr) slog.Attr {
	if r.safe(a.Value) {
		return a
	}
	if a.Value.Kind() == slog.KindGroup {
		members := a.Value.Group()
		out := make([]slog.Attr, len(members))
		for i, m := range members {
			out[i] = r.bound(m)
		}
		return slog.Attr{Key: a.Key, Value: slog.GroupValue(out...)}
	}
	return slog.Attr{Key: a.Key, Value: logValue(a.Value, r)}
}
