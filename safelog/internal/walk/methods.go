package walk

import (
	"fmt"
	"log/slog"
	"reflect"
)

// Methods are called with a deferred recover: a panic is shown inline as fmt
// shows it, %!v(PANIC=String method: ...), and a panic on a nil pointer
// receiver shows <nil>, as fmt does.

func (w *Walker) errorText(x error, s Sink) {
	text, ok := w.call(x, "Error", x.Error)
	w.methodResult(text, ok, s)
}

func (w *Walker) stringerText(x fmt.Stringer, s Sink) {
	text, ok := w.call(x, "String", x.String)
	w.methodResult(text, ok, s)
}

func (w *Walker) methodResult(text string, ok bool, s Sink) {
	if !ok {
		s.String(text, 0)
		return
	}
	w.str(text, s)
}

// call runs m and returns its result and true, or the panic text and false.
func (w *Walker) call(recv any, name string, m func() string) (text string, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			text, ok = w.PanicText(recv, name, r), false
		}
	}()
	return m(), true
}

// PanicText is the inline text for a panic r raised by method name of recv:
// <nil> for a nil pointer receiver, else %!v(PANIC=name method: r), with r
// itself formatted safely and cut at MaxString.
func (w *Walker) PanicText(recv any, name string, r any) string {
	if v := reflect.ValueOf(recv); v.Kind() == reflect.Pointer && v.IsNil() {
		return "<nil>"
	}
	msg := panicValue(r)
	msg = msg[:CutUTF8(msg, w.lim.MaxString)]
	return "%!v(PANIC=" + name + " method: " + msg + ")"
}

// panicValue formats a recovered panic value; a value whose own methods
// panic is shown by its type.
func panicValue(r any) (msg string) {
	defer func() {
		if recover() != nil {
			msg = fmt.Sprintf("%T", r)
		}
	}()
	switch x := r.(type) {
	case string:
		return x
	case error:
		return x.Error()
	}
	return fmt.Sprint(r)
}

func (w *Walker) logValuer(x slog.LogValuer, s Sink) {
	if w.resolves >= maxResolve {
		s.String("%!v(LogValue loop: "+reflect.TypeOf(x).String()+")", 0)
		return
	}
	v, text, ok := w.logValue(x)
	if !ok {
		s.String(text, 0)
		return
	}
	w.resolves++
	w.walkSlog(v, s)
	w.resolves--
}

func (w *Walker) logValue(x slog.LogValuer) (v slog.Value, text string, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			text, ok = w.PanicText(x, "LogValue", r), false
		}
	}()
	return x.LogValue(), "", true
}

// walkSlog walks a slog.Value without resolving it through slog, so that
// panics and LogValue loops are caught here.
func (w *Walker) walkSlog(v slog.Value, s Sink) {
	switch v.Kind() {
	case slog.KindString:
		w.str(v.String(), s)
	case slog.KindInt64:
		s.Int(v.Int64())
	case slog.KindUint64:
		s.Uint(v.Uint64())
	case slog.KindFloat64:
		s.Float(v.Float64(), 64)
	case slog.KindBool:
		s.Bool(v.Bool())
	case slog.KindDuration:
		w.str(v.Duration().String(), s)
	case slog.KindTime:
		w.str(v.Time().String(), s)
	case slog.KindGroup:
		w.group(v.Group(), s)
	case slog.KindLogValuer:
		w.logValuer(v.LogValuer(), s)
	default:
		w.walkAny(v.Any(), s)
	}
}
