package safelog

import (
	"fmt"
	"log/slog"
)

// Value is a value to be logged within limits; see Bounded.
type Value struct {
	v   any
	lim Limits
}

// Bounded returns v wrapped so that every logger renders it within lim:
// Printf-style verbs and String give Format's text, MarshalJSON gives a
// bounded JSON document (for encoding/json, zap.Reflect and friends) and
// LogValue gives slog nested groups (see Any). Wrapping allocates nothing
// for v itself; rendering happens only when the logger asks.
func Bounded(v any, lim Limits) Value { return Value{v: v, lim: lim} }

// String returns Format(v, lim).
func (b Value) String() string { return Format(b.v, b.lim) }

// Format writes the text form of the value for any verb and flags, so that
// fmt.Printf("%v", b) and fmt.Sprint(b) print Format(v, lim). It allocates
// nothing in steady state.
func (b Value) Format(f fmt.State, _ rune) {
	buf := buffers.Get()
	*buf = Append(*buf, b.v, b.lim)
	_, _ = f.Write(*buf)
	buffers.Put(buf)
}

// MarshalJSON returns the value as JSON within the same limits as Format,
// showing what encoding/json shows of it (see the package doc): maps and
// structs become objects whose left-out entries are counted by an
// OmittedKey member ({"a":1,"...":517}), slices become arrays ending in a
// "...+N" string, cut strings end in "...+NB", NaN and infinities become
// strings and non-string map keys take encoding/json's text (see
// OmittedKey for the keys that could collide). Strings are escaped as
// encoding/json escapes them, <, > and & included, so json.Marshal of a
// Value keeps its size, and C1, line-separator and bidirectional controls
// are escaped too. The document is
// always valid JSON of at most MaxBytes bytes (a value that does not fit at
// all is "..."; below 5 bytes, null, which is 4 bytes even when MaxBytes is
// smaller), and the error is always nil.
func (b Value) MarshalJSON() ([]byte, error) {
	r := b.lim.resolve()
	p := getPrinter(r, true)
	out := p.render(nil, b.v, r.summary)
	if len(out) == 0 {
		out = append(out, "null"...)
	}
	p.buf = nil
	p.put()
	return out, nil
}

// LogValue returns the value as slog sees it within lim, in encoding/json's
// view: maps and structs become groups, each ending with an OmittedKey
// member when entries were left out; slices and arrays stay JSON arrays
// (a value whose MarshalJSON writes the bounded array); scalars stay
// scalars and cut strings carry their "...+NB" marker.
func (b Value) LogValue() slog.Value { return logValue(b.v, b.lim.resolve()) }
