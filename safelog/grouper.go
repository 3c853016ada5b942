package safelog

import (
	"log/slog"
	"sync"

	"github.com/mapkit-go/mapkit/safelog/internal/walk"
)

// OmittedKey is the key of the extra member that counts the entries left
// out of an object or group built by MarshalJSON, LogValue, Any or
// NewHandler: {"a":1,"...":517}. No key of the value itself is shown as
// OmittedKey: a key that starts with "..." is shown with one more "."
// ("...x" as "....x"), and in a map whose key type is an interface a key
// that is not a string shows as "..." followed by its type and text
// ("...int(1)", beside the string key "1").
const OmittedKey = walk.OmittedKey

// An empty map or struct cannot be an empty group (handlers drop those, and
// the key with them): it is this value, {} in JSON.
var (
	emptyMap = slog.AnyValue(struct{}{})
)

// nilUnderEmptyKey is nil as the value of an empty map key. Handlers drop
// an attribute whose key and value are both empty (and the JSON handler
// then writes a broken object when that leaves a group with nothing to
// show), so it is a typed nil: the JSON handler writes null, the text
// handler <nil>.
var nilUnderEmptyKey = slog.AnyValue((*struct{})(nil))

// node is a value under construction: attr.Value is final unless group is
// set, in which case the value is the group of done[lo:hi].
type node struct {
	attr   slog.Attr
	group  bool
	lo, hi int32
}

// grouper is the slog sink: it builds nested groups from a walk. Entries of
// open groups wait on work; a finished group moves its entries to done, so
// that every group's members are contiguous there, and value copies done
// into one slice: a whole tree of groups costs a single allocation.
type grouper struct {
	work, done []node
	last       node
	spent      int // estimated bytes of the text form so far
	limit      int
	w          *walk.Walker
}

// maxPooledNodes bounds the node slices a pooled grouper keeps.
const maxPooledNodes = 4096

var groupers = sync.Pool{New: func() any { return new(grouper) }}

func logValue(v any, r resolved) slog.Value {
	g := groupers.Get().(*grouper)
	lim := r.walk
	lim.JSON = true
	g.limit, g.w = lim.MaxBytes, walk.Get(lim)
	g.w.Walk(v, g)
	out := g.value()
	g.w.Put()
	work, done := g.work, g.done
	if cap(work) > maxPooledNodes || cap(done) > maxPooledNodes {
		work, done = nil, nil
	}
	clear(done)
	*g = grouper{work: work[:0], done: done[:0]}
	groupers.Put(g)
	return out
}

func (g *grouper) value() slog.Value {
	if !g.last.group {
		return g.last.attr.Value
	}
	slab := make([]slog.Attr, len(g.done))
	for i, n := range g.done {
		slab[i] = n.attr
		if n.group {
			slab[i].Value = slog.GroupValue(slab[n.lo:n.hi]...)
		}
	}
	return slog.GroupValue(slab[g.last.lo:g.last.hi]...)
}

func (g *grouper) set(v slog.Value, cost int) {
	g.last = node{attr: slog.Attr{Value: v}}
	g.spent += cost
}

func (g *grouper) Nil()        { g.set(slog.AnyValue(nil), walk.NullCost) }
func (g *grouper) Bool(b bool) { g.set(slog.BoolValue(b), walk.BoolCost) }
func (g *grouper) Int(i int64) { g.set(slog.Int64Value(i), walk.NumberCost) }
func (g *grouper) Uint(u uint64) {
	g.set(slog.Uint64Value(u), walk.NumberCost)
}
func (g *grouper) Float(f float64, _ int) { g.set(slog.Float64Value(f), walk.NumberCost) }

// Complex is shown as fmt shows it, as a string: handlers have no complex
// kind.
func (g *grouper) Complex(c complex128, bitSize int) {
	p := printer{limit: 64}
	p.Complex(c, bitSize)
	g.set(slog.StringValue(string(p.buf)), len(p.buf))
}

func (g *grouper) String(s string, cut int) {
	room := max(g.limit-g.spent, 0)
	if cut == 0 && len(s) <= room && walk.LineSafe(s) {
		g.set(slog.StringValue(s), len(s)+2)
		return
	}
	s = walk.SafeString(walk.CutString(s, cut, room))
	g.set(slog.StringValue(s), len(s)+2)
}

// Raw keeps a JSON value from the walker: a string as a string, so that
// every handler writes it in its own syntax, anything else as it is (the
// JSON handler writes it verbatim, the text handler as its text).
func (g *grouper) Raw(b []byte) bool {
	if len(b) > g.limit-g.spent {
		return false
	}
	if s, ok := walk.RawString(b); ok {
		g.set(slog.StringValue(s), len(b))
		return true
	}
	g.set(slog.AnyValue(walk.RawJSON(b)), len(b))
	return true
}

func (g *grouper) Map(c *walk.Container) { g.container(c) }

// List keeps a slice or array a JSON array, as the handler would show it
// unwrapped: it is rendered within the budget left, as MarshalJSON renders
// it.
func (g *grouper) List(c *walk.Container) {
	p := printer{limit: max(g.limit-g.spent, 0), json: true, w: g.w, maxString: g.w.Limits().MaxString}
	p.List(c)
	if p.failed {
		g.set(slog.StringValue(walk.Ellipsis), len(walk.Ellipsis)+2)
		return
	}
	g.set(slog.AnyValue(walk.RawJSON(p.buf)), len(p.buf))
}

func (g *grouper) container(c *walk.Container) {
	start := len(g.work)
	shown := 0
	g.spent += walk.ContainerCost
	for i := 0; i < c.Shown() && g.spent < g.limit; i++ {
		key := c.NameText(i)
		g.spent += len(key) + 2
		c.Walk(i, g)
		n := g.last
		n.attr.Key = key
		if key == "" && !n.group && n.attr.Value.Equal(slog.Value{}) {
			n.attr.Value = nilUnderEmptyKey
		}
		g.work = append(g.work, n)
		shown++
	}
	if left := c.Len() - shown; left > 0 {
		g.work = append(g.work, node{attr: slog.Int(OmittedKey, left)})
		g.spent += len(OmittedKey) + walk.Digits(left) + 2
	}
	if len(g.work) == start {
		g.last = node{attr: slog.Attr{Value: emptyMap}}
		return
	}
	lo := len(g.done)
	g.done = append(g.done, g.work[start:]...)
	clear(g.work[start:])
	g.work = g.work[:start]
	g.last = node{group: true, lo: int32(lo), hi: int32(len(g.done))}
}
