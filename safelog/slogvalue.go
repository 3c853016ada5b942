package safelog

import (
	"log/slog"
	"strconv"
	"sync"

	"github.com/mapkit-go/mapkit/safelog/internal/walk"
)

// OmittedKey is the key of the extra member that counts the entries left
// out of a group built by LogValue, Any or NewHandler: {"a":1,"...":517}.
const OmittedKey = "..."

// Empty containers cannot be empty groups (handlers drop those, and the key
// with them): they are these values, {} and [] in JSON.
var (
	emptyMap  = slog.AnyValue(struct{}{})
	emptyList = slog.AnyValue([0]int{})
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
	g.limit, g.w = r.maxBytes, walk.Get(r.walk)
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

func (g *grouper) Nil()        { g.set(slog.AnyValue(nil), 4) }
func (g *grouper) Bool(b bool) { g.set(slog.BoolValue(b), 5) }
func (g *grouper) Int(i int64) { g.set(slog.Int64Value(i), 8) }
func (g *grouper) Uint(u uint64) {
	g.set(slog.Uint64Value(u), 8)
}
func (g *grouper) Float(f float64, _ int) { g.set(slog.Float64Value(f), 8) }

// Complex is shown as fmt shows it, as a string: handlers have no complex
// kind.
func (g *grouper) Complex(c complex128, bitSize int) {
	p := printer{limit: 64}
	p.Complex(c, bitSize)
	g.set(slog.StringValue(string(p.buf)), len(p.buf))
}

func (g *grouper) String(s string, cut int) {
	room := max(g.limit-g.spent, 0)
	if cut == 0 && len(s) <= room {
		g.set(slog.StringValue(s), len(s)+2)
		return
	}
	n := walk.CutUTF8(s, min(len(s), room))
	b := make([]byte, 0, n+len(ellipsis)+len("+B")+digits(cut+len(s)))
	b = append(b, s[:n]...)
	b = append(b, ellipsis...)
	b = append(b, '+')
	b = strconv.AppendInt(b, int64(cut+len(s)-n), 10)
	b = append(b, 'B')
	g.set(slog.StringValue(string(b)), len(b)+2)
}

func (g *grouper) Map(c *walk.Container)  { g.container(c) }
func (g *grouper) List(c *walk.Container) { g.container(c) }

func (g *grouper) container(c *walk.Container) {
	start := len(g.work)
	shown := 0
	g.spent += 2
	for i := 0; i < c.Shown() && g.spent < g.limit; i++ {
		key := entryKey(c, i, g.w)
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
		g.spent += len(OmittedKey) + digits(left) + 2
	}
	if len(g.work) == start {
		if c.Kind() == walk.ListKind {
			g.last = node{attr: slog.Attr{Value: emptyList}}
		} else {
			g.last = node{attr: slog.Attr{Value: emptyMap}}
		}
		return
	}
	lo := len(g.done)
	g.done = append(g.done, g.work[start:]...)
	clear(g.work[start:])
	g.work = g.work[:start]
	g.last = node{group: true, lo: int32(lo), hi: int32(len(g.done))}
}

// entryKey is the key of entry i as a string: string keys as they are, list
// indexes in decimal, other keys in their text form within MaxString.
func entryKey(c *walk.Container, i int, w *walk.Walker) string {
	if c.Kind() == walk.ListKind {
		return index(i)
	}
	if k, ok := c.Key(i); ok {
		return k
	}
	p := printer{limit: w.Limits().MaxString, w: w, maxString: w.Limits().MaxString}
	c.WalkKey(i, &p)
	return string(p.buf)
}

var indexes = func() (s [256]string) {
	for i := range s {
		s[i] = strconv.Itoa(i)
	}
	return s
}()

func index(i int) string {
	if i < len(indexes) {
		return indexes[i]
	}
	return strconv.Itoa(i)
}
