package safelog

import "github.com/mapkit-go/mapkit/internal/pool"

// Append appends the text form of v to dst and returns the extended slice.
//
// The form follows fmt's %v — map[a:1 b:2], [x y], {Name:x} (structs show
// field names, as with %+v), &{...} for pointers to containers — so that
// with NoLimits it equals fmt.Sprint(v) for plain data. Within lim:
//
//   - a map shows its first MaxKeys entries in fmt's key order, chosen by a
//     top-k selection (the other keys are never sorted), then "...+N" for the
//     N entries left out; slices, arrays and structs likewise, in order;
//   - a container deeper than MaxDepth shows only its marker: map[...+10];
//   - a string longer than MaxString, or one that does not fit in the
//     budget, is cut on a UTF-8 boundary and marked: "abc...+1234B";
//   - Append writes at most MaxBytes bytes for v. The budget is checked
//     during the walk, so a 10 MB string or a million-key map costs no more
//     than what is shown. When not even a marker fits, v is shown as "..."
//     (or as nothing when MaxBytes < 3).
//
// Append never panics and always terminates: a value that contains itself
// shows <cycle> where it recurs; a String, Error or LogValue method that
// panics is shown as %!v(PANIC=String method: ...) (as <nil> on a nil
// pointer receiver). Control characters, DEL, C1 controls and U+2028/9 are
// escaped (\n, \u001b, ...) and invalid UTF-8 is shown as \xNN, so the
// output is valid UTF-8 on one line and cannot forge log lines.
//
// Values implementing Ordered, slog.LogValuer, error or fmt.Stringer are
// shown through those methods, in that order of preference; channels, funcs
// and unsafe pointers show their address as fmt does. Append allocates
// nothing beyond growing dst in steady state.
func Append(dst []byte, v any, lim Limits) []byte {
	r := lim.resolve()
	p := getPrinter(r, false)
	dst = p.render(dst, v, r.summary)
	p.buf = nil
	p.put()
	return dst
}

// Format returns the text form of v within lim, as Append writes it. It
// allocates only the returned string.
func Format(v any, lim Limits) string {
	b := buffers.Get()
	*b = Append(*b, v, lim)
	s := string(*b)
	buffers.Put(b)
	return s
}

var buffers = pool.New[byte](4<<10, maxPooledBuf, false)
