package encode

import "reflect"

// Option configures one direction of encode or both: Marshal, NewEncoder,
// Unmarshal, NewDecoder and Convert all take Options. Each option documents
// the calls it affects; as with encoding/json/v2's Options, an option that
// does not apply to a call (EscapeHTML given to Unmarshal, Strict given to
// Marshal) is ignored. Options are plain values: passing them allocates
// nothing, except that Hook allocates its function and a decoding call
// given Hook or ParseDurations builds a table of its hooks.
type Option struct {
	kind           optionKind
	on             bool
	prefix, indent string
	n              int
	hookType       reflect.Type
	hook           hookFunc
}

type optionKind uint8

const (
	optHTML optionKind = iota + 1
	optIndent
	optMaxDepth
	optStrict
	optUseNumber
	optExactCase
	optHook
)

type config struct {
	html     bool
	indented bool
	prefix   string
	indent   string
	maxDepth int
}

// newConfig returns the encoding configuration opts give; decoding options
// are ignored.
func newConfig(opts []Option) config {
	c := config{html: true}
	for _, o := range opts {
		switch o.kind {
		case optHTML:
			c.html = o.on
		case optIndent:
			c.indented, c.prefix, c.indent = true, o.prefix, o.indent
		case optMaxDepth:
			c.maxDepth = o.n
		}
	}
	return c
}

// EscapeHTML sets whether Marshal and Encoder write <, > and & inside
// strings as \u003c, \u003e and \u0026, as encoding/json does by default.
// The default is true.
func EscapeHTML(on bool) Option { return Option{kind: optHTML, on: on} }

// Indented makes the output of Marshal and Encoder indented, byte for byte
// as json.MarshalIndent writes it: each element on a new line beginning
// with prefix and one copy of indent per nesting level, a space after each
// colon, and empty objects and arrays kept as {} and []. As with
// json.MarshalIndent, both empty still puts each element on its own line;
// Encoder.SetIndent follows json.Encoder.SetIndent instead, where both
// empty means compact output. Without this option output is compact. As
// with encoding/json, indented output cannot nest more than 10000 levels
// deep.
func Indented(prefix, indent string) Option {
	return Option{kind: optIndent, prefix: prefix, indent: indent}
}

// MaxDepth makes Marshal and Encoder fail with ErrTooDeep when objects and
// arrays nest more than n levels deep. n <= 0 means no limit, the default,
// as in encoding/json; cyclic values are detected either way.
func MaxDepth(n int) Option { return Option{kind: optMaxDepth, n: n} }
