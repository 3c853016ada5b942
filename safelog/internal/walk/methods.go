package walk

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"log/slog"
	"reflect"
)

// Methods are called with a deferred recover: a panic is shown inline as fmt
// shows it, %!v(PANIC=String method: ...), and a panic on a nil pointer
// receiver shows <nil>, as fmt does. A walk calls at most maxCalls methods;
// past that a value with methods shows CallsMarker.

// CallsMarker is what a sink receives, as a string, for a value whose
// methods the walk no longer calls because it called maxCalls already.
const CallsMarker = "%!v(too many method calls)"

// methods shows v through the first method of its view that it has, and
// reports whether it did. fmt's view prefers Ordered, slog.LogValuer, error
// and fmt.Stringer, in that order; the JSON view prefers Ordered,
// slog.LogValuer, json.Marshaler and encoding.TextMarshaler, and takes an
// error's text only for the value at the top (as slog's JSON handler and
// zap.Error do) — below it, an error is data like any other.
func (w *Walker) methods(v any, s Sink) bool {
	if x, ok := v.(slog.Value); ok {
		w.walkSlog(x, s)
		return true
	}
	if w.ownMethods(v, s) {
		return true
	}
	if w.lim.JSON {
		return w.jsonMethods(v, s)
	}
	switch x := v.(type) {
	case error:
		w.text(x, "Error", x.Error, s)
	case fmt.Stringer:
		w.text(x, "String", x.String, s)
	default:
		return false
	}
	return true
}

// text shows the result of method name of recv, m.
func (w *Walker) text(recv any, name string, m func() string, s Sink) {
	if !w.budget(s) {
		return
	}
	text, ok := w.call(recv, name, m)
	if !ok {
		s.String(text, 0)
		return
	}
	w.str(text, s)
}

func (w *Walker) jsonMethods(v any, s Sink) bool {
	switch x := v.(type) {
	case json.Number:
		w.number(x, s)
	case json.Marshaler:
		if w.nilPointer(v, s) || !w.budget(s) {
			return true
		}
		w.marshalJSON(x, s)
	case encoding.TextMarshaler:
		if w.nilPointer(v, s) || !w.budget(s) {
			return true
		}
		b, err, ok := callBytes(w, x, "MarshalText", x.MarshalText)
		switch {
		case !ok:
			s.String(string(b), 0)
		case err != nil:
			s.String(w.errorMarker("MarshalText", err), 0)
		default:
			w.str(string(b), s)
		}
	case error:
		if w.depth > 0 || w.nilPointer(v, s) {
			return w.depth == 0
		}
		w.text(x, "Error", x.Error, s)
	default:
		return false
	}
	return true
}

// addrMethods shows the addressable value p points to through a method of
// p's type, when the view would call one on the value itself: safelog's
// interfaces (Ordered, slog.LogValuer) always, and in the JSON view the
// marshalers, as encoding/json calls them on addressable values.
func (w *Walker) addrMethods(p any, s Sink) bool {
	if w.ownMethods(p, s) {
		return true
	}
	if !w.lim.JSON {
		return false
	}
	switch p.(type) {
	case json.Marshaler, encoding.TextMarshaler:
		return w.jsonMethods(p, s)
	}
	return false
}

// ownMethods shows v through the sink's own methods (see Methods) or the
// interfaces safelog defines or honours in every view, Ordered and
// slog.LogValuer, and reports whether it did.
func (w *Walker) ownMethods(v any, s Sink) bool {
	if m, ok := s.(Methods); ok && m.Method(v) {
		return true
	}
	switch x := v.(type) {
	case Ordered:
		w.ordered(x, s)
	case slog.LogValuer:
		w.logValuer(x, s)
	default:
		return false
	}
	return true
}

// nilPointer shows a nil pointer as null, as encoding/json does without
// calling its methods, and reports whether v was one.
func (w *Walker) nilPointer(v any, s Sink) bool {
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && rv.IsNil() {
		s.Nil()
		return true
	}
	return false
}

// budget counts one method call and reports whether it may be made; when
// it may not, the value shows CallsMarker.
func (w *Walker) budget(s Sink) bool {
	if !w.budgetOnly() {
		s.String(CallsMarker, 0)
		return false
	}
	return true
}

// call runs m and returns its result and true, or the panic text and false.
func (w *Walker) call(recv any, name string, m func() string) (text string, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			text, ok = w.PanicText(recv, name, r), false
		}
	}()
	enter()
	defer leave()
	return m(), true
}

// callBytes runs m and returns its results and true, or the panic text and
// false.
func callBytes(w *Walker, recv any, name string, m func() ([]byte, error)) (b []byte, err error, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			b, err, ok = []byte(w.PanicText(recv, name, r)), nil, false
		}
	}()
	enter()
	defer leave()
	b, err = m()
	return b, err, true
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

// errorMarker is the inline text for a method that returned err.
func (w *Walker) errorMarker(name string, err error) string {
	msg := panicValue(err)
	msg = msg[:CutUTF8(msg, w.lim.MaxString)]
	return "%!v(ERROR=" + name + " method: " + msg + ")"
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

// marshalJSON shows the output of a MarshalJSON method: a scalar as it is
// when it fits, anything else decoded and shown within the limits, and an
// inline marker for output that is not JSON at all.
func (w *Walker) marshalJSON(x json.Marshaler, s Sink) {
	b, err, ok := callBytes(w, x, "MarshalJSON", x.MarshalJSON)
	switch {
	case !ok:
		s.String(string(b), 0)
		return
	case err != nil:
		s.String(w.errorMarker("MarshalJSON", err), 0)
		return
	}
	w.rawJSON(b, "MarshalJSON", s)
}

// rawJSON shows b, the output of method name, as rawJSON describes.
func (w *Walker) rawJSON(b []byte, name string, s Sink) {
	var out bytes.Buffer
	if err := json.Compact(&out, b); err != nil {
		s.String(w.errorMarker(name, fmt.Errorf("invalid JSON: %w", err)), 0)
		return
	}
	raw := out.Bytes()
	if !LineSafeBytes(raw) {
		raw = AppendLineSafe(nil, string(raw))
	}
	// A scalar shows as it is when it fits; objects, arrays and long
	// strings are decoded and shown within the limits, as any value is.
	if scalar := raw[0] != '{' && raw[0] != '['; scalar && (raw[0] != '"' || len(raw) <= w.lim.MaxString) && s.Raw(raw) {
		return
	}
	var v any
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	if d.Decode(&v) != nil {
		s.String(w.errorMarker(name, errInvalidJSON), 0)
		return
	}
	w.walkAny(v, s)
}

var errInvalidJSON = fmt.Errorf("invalid JSON")

// number shows a json.Number as the number it spells, or as a string when
// it spells none.
func (w *Walker) number(n json.Number, s Sink) {
	if validNumber(string(n)) && s.Raw([]byte(n)) {
		return
	}
	w.str(string(n), s)
}

// validNumber reports whether t is a JSON number.
func validNumber(t string) bool {
	return t != "" && json.Valid([]byte(t)) && (t[0] == '-' || t[0] >= '0' && t[0] <= '9')
}

func (w *Walker) logValuer(x slog.LogValuer, s Sink) {
	if w.resolves >= maxResolve {
		s.String("%!v(LogValue loop: "+reflect.TypeOf(x).String()+")", 0)
		return
	}
	if !w.budget(s) {
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
	enter()
	defer leave()
	return x.LogValue(), "", true
}

// walkSlog walks a slog.Value without resolving it through slog, so that
// panics and LogValue loops are caught here. In the JSON view durations
// and times show as slog's JSON handler writes them.
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
		if w.lim.JSON {
			s.Int(int64(v.Duration()))
			return
		}
		w.str(v.Duration().String(), s)
	case slog.KindTime:
		if w.lim.JSON {
			w.walkAny(v.Time(), s)
			return
		}
		w.str(v.Time().String(), s)
	case slog.KindGroup:
		w.group(v.Group(), s)
	default:
		// A LogValuer too: an Ordered one is walked as a map, within
		// these limits, rather than through its LogValue.
		w.walkAny(v.Any(), s)
	}
}
