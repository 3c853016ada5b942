package safelog

import (
	"context"
	"log/slog"

	"github.com/mapkit-go/mapkit/safelog/internal/walk"
)

// NewHandler returns a handler that bounds every attribute before passing
// the record to next, showing only what next would show without it (see
// the package doc): maps, structs and any other KindAny value become
// groups as Value.LogValue builds them, LogValuers are resolved (a
// panicking LogValue is shown inline instead of crashing), groups are
// bounded as a whole, strings longer than MaxString are cut, and keys,
// group names and the message are cut and escaped — at the top level,
// inside groups and in attributes added with WithAttrs. A value bounded
// already (Value, Any, AnyWith) passes as it is. Call sites stay
// unchanged.
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
	safe := h.r.safeText(r.Message, h.r.walk.MaxBytes)
	r.Attrs(func(a slog.Attr) bool {
		safe = safe && h.r.safe(a)
		return safe
	})
	if safe {
		return h.next.Handle(ctx, r)
	}
	out := slog.NewRecord(r.Time, r.Level, h.r.text(r.Message, h.r.walk.MaxBytes), r.PC)
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
	return &handler{next: h.next.WithGroup(h.r.key(name)), r: h.r}
}

// ReplaceAttr returns a slog.HandlerOptions.ReplaceAttr function that bounds
// each attribute value as NewHandler does, for handlers that honour the
// option (the standard JSON and Text handlers call it on every non-group
// attribute, after resolving LogValuers). The handler's built-in time,
// level, message and source attributes are left as they are. Since the
// handler opens groups and resolves LogValuers itself before calling it,
// the members of a slog.Group attribute are bounded one by one and the
// group as a whole is not; prefer NewHandler, which sees the record first.
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

// safe reports whether a needs no bounding: its key is within MaxString and
// line safe, and its value a scalar or a string within MaxString and MaxBytes.
func (r resolved) safe(a slog.Attr) bool {
	if r.key(a.Key) != a.Key {
		return false
	}
	v := a.Value
	switch v.Kind() {
	case slog.KindAny, slog.KindLogValuer, slog.KindGroup:
		return false
	case slog.KindString:
		s := v.String()
		return r.text(s, r.walk.MaxString) == s
	}
	return true
}

// safeText reports whether s fits in max bytes and holds no rune that could
// break or disguise the line.
func (r resolved) safeText(s string, max int) bool {
	return len(s) <= max && walk.LineSafe(s)
}

// key returns an attribute key or group name as walk.Key bounds it: the key
// of OmittedKey, already a bounded value's, is the key itself.
func (r resolved) key(k string) string {
	if k == OmittedKey {
		return k
	}
	return walk.Key(k, r.walk)
}

// text is walk.Text within r, for strings of at most max bytes.
func (r resolved) text(s string, max int) string { return walk.Text(s, max, r.walk.MaxBytes) }

// bound returns a with its key and value bounded. A value bounded already —
// a Value, the value of Any — is passed as it is, so its markers count what
// the original left out; a group is bounded as a whole, its members and
// depth within the same limits.
func (r resolved) bound(a slog.Attr) slog.Attr {
	if r.safe(a) {
		return a
	}
	key := r.key(a.Key)
	v := a.Value
	switch v.Kind() {
	case slog.KindString:
		return slog.String(key, r.text(v.String(), r.walk.MaxString))
	case slog.KindLogValuer:
		if b, ok := v.Any().(boundedValue); ok {
			return slog.Attr{Key: key, Value: b.LogValue()}
		}
	case slog.KindAny:
		if _, ok := v.Any().(walk.RawJSON); ok {
			return slog.Attr{Key: key, Value: v}
		}
	}
	return slog.Attr{Key: key, Value: logValue(v, r)}
}

// boundedValue is implemented by the values that are bounded already:
// Value and the value of Any.
type boundedValue interface {
	slog.LogValuer
	bounded()
}

func (Value) bounded()    {}
func (mapValue) bounded() {}
