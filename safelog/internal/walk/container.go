package walk

import (
	"cmp"
	"log/slog"
	"math"
	"reflect"
	"slices"
	"unsafe"

	"github.com/mapkit-go/mapkit/internal/jsonfield"
	"github.com/mapkit-go/mapkit/internal/keyorder"
)

// Kind tells how a container shows: a map (keyed entries), a struct (named
// fields) or a list (slice or array).
type Kind uint8

// Container kinds.
const (
	MapKind Kind = iota
	StructKind
	ListKind
)

// source tells where a container's entries come from.
type source uint8

const (
	srcStrMap      source = iota // map[string]T fast paths, keys selected as strings
	srcList                      // []T fast paths
	srcReflectMap                // any other map, keys selected as reflect.Values
	srcReflectList               // any other slice or array
	srcStruct                    // struct fields in declaration order
	srcOrdered                   // Ordered entries, collected in order
	srcGroup                     // slog group attrs, in order
	srcMembers                   // struct members by encoding/json's rules
)

// Container is a map, struct, slice, array, Ordered value or slog group
// being walked. Its shown entries are indexed 0..Shown()-1 in display order:
// maps in fmt's key order (the smallest MaxKeys keys, selected without
// sorting the others), everything else in its own order. A map's keys are
// selected when the sink first asks for an entry, so a sink whose budget is
// spent can pass on a map, with Len and Shown, without it being iterated.
type Container struct {
	w    *Walker
	kind Kind
	src  source
	addr bool
	// pending says the shown keys of a map are yet to be selected
	pending bool
	n       int
	shown   int
	val     any           // fast-path map or slice
	rv      reflect.Value // reflected map, slice, array or struct
	keys    []string      // selected keys of srcStrMap
	vals    []any         // their values, for map[string]any
	rkv     []rpair
	pairs   []pair
	attrs   []slog.Attr
	fields  *jsonfield.Struct // the members of srcMembers
	members []int32           // the indexes in fields of the members present
	top     keyorder.Top[any]
	rtop    keyorder.Smallest[rpair]
	itop    keyorder.Smallest[int64]
	utop    keyorder.Smallest[uint64]
}

type pair struct{ k, v any }

// rpair is an entry of a reflected map; values are taken while iterating,
// as keys such as NaN cannot be looked up again.
type rpair struct{ k, v reflect.Value }

// comparePairs orders entries by key, then by value: distinct keys compare
// equal only when they are NaNs, and their order must not depend on the
// map's iteration order.
func comparePairs(a, b rpair) int {
	if c := compareKeys(a.k, b.k); c != 0 {
		return c
	}
	return compareKeys(a.v, b.v)
}

// Kind returns how c shows.
func (c *Container) Kind() Kind { return c.kind }

// Addr reports whether c was reached through a pointer (fmt's & prefix).
func (c *Container) Addr() bool { return c.addr }

// Len returns the number of entries of c, shown or not.
func (c *Container) Len() int { return c.n }

// Shown returns how many entries may be shown: at most MaxKeys, none past
// MaxDepth. Entries Shown()..Len()-1 are left out.
func (c *Container) Shown() int { return c.shown }

// Key returns the key of shown entry i when it is a string: map keys of
// string kind, struct field names, slog group keys. ok is false for lists
// and for other key types (walk those with WalkKey).
func (c *Container) Key(i int) (key string, ok bool) {
	c.ready()
	switch c.src {
	case srcStrMap:
		return c.keys[i], true
	case srcStruct:
		return c.rv.Type().Field(i).Name, true
	case srcGroup:
		return c.attrs[i].Key, true
	case srcMembers:
		return c.fields.List[c.members[i]].Name, true
	case srcOrdered:
		key, ok = c.pairs[i].k.(string)
		return key, ok
	case srcReflectMap:
		if k := c.rkv[i].k; k.Kind() == reflect.String {
			return k.String(), true
		}
	}
	return "", false
}

// KeyAny returns the key of shown entry i of a map as an interface value,
// for sinks that need a key's text form; ok is false for lists and for keys
// reflection may not expose (maps held in unexported fields).
func (c *Container) KeyAny(i int) (key any, ok bool) {
	c.ready()
	switch c.src {
	case srcOrdered:
		return c.pairs[i].k, true
	case srcReflectMap:
		if k := c.rkv[i].k; k.CanInterface() {
			return k.Interface(), true
		}
		return nil, false
	}
	return c.Key(i)
}

// Value returns the value of shown entry i of a map[string]any, an []any
// or an Ordered value, as the interface value it is held in; ok is false
// for other containers. A sink may show plain values (strings within
// MaxString, numbers, bools, nil) itself, as Walk would report them, and
// hand the others to Walk.
func (c *Container) Value(i int) (v any, ok bool) {
	c.ready()
	switch c.src {
	case srcStrMap:
		if _, isAny := c.val.(map[string]any); isAny {
			return c.vals[i], true
		}
	case srcList:
		if l, isAny := c.val.([]any); isAny {
			return l[i], true
		}
	case srcOrdered:
		return c.pairs[i].v, true
	}
	return nil, false
}

// WalkKey reports the key of shown entry i to s, one level deeper.
func (c *Container) WalkKey(i int, s Sink) {
	c.ready()
	w := c.w
	w.depth++
	switch c.src {
	case srcOrdered:
		w.walkAny(c.pairs[i].k, s)
	case srcReflectMap:
		w.walkValue(c.rkv[i].k, s, false)
	default:
		k, _ := c.Key(i)
		w.str(k, s)
	}
	w.depth--
}

// Walk reports the value of shown entry i to s, one level deeper.
func (c *Container) Walk(i int, s Sink) {
	c.ready()
	w := c.w
	w.depth++
	switch c.src {
	case srcStrMap:
		k := c.keys[i]
		switch m := c.val.(type) {
		case map[string]any:
			w.walkAny(c.vals[i], s)
		case map[string]string:
			w.str(m[k], s)
		case map[string]int:
			s.Int(int64(m[k]))
		case map[string]int64:
			s.Int(m[k])
		case map[string]float64:
			s.Float(m[k], 64)
		case map[string]bool:
			s.Bool(m[k])
		}
	case srcList:
		switch l := c.val.(type) {
		case []any:
			w.walkAny(l[i], s)
		case []string:
			w.str(l[i], s)
		case []int:
			s.Int(int64(l[i]))
		case []int64:
			s.Int(l[i])
		case []float64:
			s.Float(l[i], 64)
		case []bool:
			s.Bool(l[i])
		}
	case srcReflectMap:
		w.walkValue(c.rkv[i].v, s, false)
	case srcReflectList:
		w.walkValue(c.rv.Index(i), s, false)
	case srcStruct:
		w.walkValue(c.rv.Field(i), s, false)
	case srcMembers:
		f := &c.fields.List[c.members[i]]
		fv, _ := member(c.rv, f.Index)
		if f.Quoted {
			w.quoted(fv, s)
		} else {
			w.walkValue(fv, s, false)
		}
	case srcOrdered:
		w.walkAny(c.pairs[i].v, s)
	case srcGroup:
		w.walkSlog(c.attrs[i].Value, s)
	}
	w.depth--
}

// ready selects the shown keys of a map on the first use of its entries.
func (c *Container) ready() {
	if c.pending {
		c.selectPending()
	}
}

func (c *Container) selectPending() {
	c.pending = false
	if c.src == srcStrMap {
		c.selectStrKeys()
		return
	}
	c.selectReflectKeys()
}

func (c *Container) release() {
	c.pending = false
	c.val, c.rv, c.attrs, c.fields = nil, reflect.Value{}, nil, nil
	c.members = keep(c.members)
	c.keys = keep(c.keys)
	c.vals = keep(c.vals)
	c.rkv = keep(c.rkv)
	c.pairs = keep(c.pairs)
	c.top.Reset(0)
	c.rtop.Reset(0, nil)
	c.itop.Reset(0, nil)
	c.utop.Reset(0, nil)
}

// keepEntries is the most entries a pooled container keeps room for, so
// that one huge map shown whole (with MaxKeys off) does not pin its size in
// the pool.
const keepEntries = 4096

// keep empties s for reuse, zeroing what it held, or drops it when it has
// room for more than keepEntries.
func keep[E any](s []E) []E {
	if cap(s) > keepEntries {
		return nil
	}
	clear(s)
	return s[:0]
}

// level returns the container for the current depth, reused across walks.
func (w *Walker) level() *Container {
	for len(w.levels) <= w.depth {
		w.levels = append(w.levels, &Container{w: w})
	}
	return w.levels[w.depth]
}

// open prepares the container at the current depth and hands it to s, with
// cycle detection on vis (zero: cannot cycle).
func (w *Walker) open(kind Kind, src source, val any, rv reflect.Value, n int, vis visit, addr bool, s Sink) {
	if vis.p != 0 {
		if w.onStack(vis) {
			s.String(CycleMarker, 0)
			return
		}
		w.push(vis)
		defer w.pop()
	}
	c := w.level()
	c.kind, c.src, c.addr, c.n, c.val, c.rv = kind, src, addr, n, val, rv
	c.shown = min(n, w.lim.MaxKeys, maxFit(w.lim.MaxBytes))
	if w.depth >= w.lim.MaxDepth {
		c.shown = 0
	}
	if c.shown > 0 {
		switch src {
		case srcStrMap, srcReflectMap:
			// Selected when the sink first asks for an entry: a sink
			// out of budget never makes the map be iterated.
			c.pending = true
		case srcOrdered:
			c.collectOrdered()
		}
	}
	if kind == ListKind {
		s.List(c)
	} else {
		s.Map(c)
	}
	c.release()
}

func (w *Walker) strMap(v any, n int, p unsafe.Pointer, s Sink) {
	if p == nil && w.lim.JSON {
		s.Nil()
		return
	}
	var vis visit
	if n > 0 {
		vis = visit{uintptr(p), 0}
	}
	w.open(MapKind, srcStrMap, v, reflect.Value{}, n, vis, false, s)
}

func (w *Walker) list(v any, n int, vis visit, isNil bool, s Sink) {
	if isNil && w.lim.JSON {
		s.Nil()
		return
	}
	w.open(ListKind, srcList, v, reflect.Value{}, n, vis, false, s)
}

func (w *Walker) reflectMap(rv reflect.Value, s Sink) { w.reflectMapAt(rv, s, false) }

func (w *Walker) reflectMapAt(rv reflect.Value, s Sink, addr bool) {
	var vis visit
	if rv.Len() > 0 {
		vis = visit{uintptr(rv.UnsafePointer()), 0}
	}
	w.open(MapKind, srcReflectMap, nil, rv, rv.Len(), vis, addr, s)
}

func (w *Walker) ordered(o Ordered, s Sink) {
	if rv := reflect.ValueOf(o); rv.Kind() == reflect.Pointer && rv.IsNil() {
		s.Nil()
		return
	}
	if !w.budget(s) {
		return
	}
	n, text, ok := w.length(o)
	if !ok {
		s.String(text, 0)
		return
	}
	var vis visit
	if rv := reflect.ValueOf(o); rv.Kind() == reflect.Pointer && !rv.IsNil() {
		vis = visit{uintptr(rv.UnsafePointer()), -2}
	}
	w.open(MapKind, srcOrdered, o, reflect.Value{}, max(n, 0), vis, false, s)
}

func (w *Walker) group(attrs []slog.Attr, s Sink) {
	c := w.level()
	c.attrs = attrs
	w.open(MapKind, srcGroup, nil, reflect.Value{}, len(attrs), visit{}, false, s)
}

func mapPointer[M ~map[string]V, V any](m M) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Pointer(&m))
}

func sliceVisit[E any](s []E) visit {
	if len(s) == 0 {
		return visit{}
	}
	return visit{uintptr(unsafe.Pointer(unsafe.SliceData(s))), len(s)}
}

// selectStrKeys picks the Shown smallest keys of a map[string]T in byte
// order (fmt's order for string keys): a map shown whole is radix sorted,
// the keys of a bigger one are selected in one pass, without sorting those
// left out.
func (c *Container) selectStrKeys() {
	switch m := c.val.(type) {
	case map[string]any:
		selectAny(c, m)
	case map[string]string:
		selectKeys(c, m)
	case map[string]int:
		selectKeys(c, m)
	case map[string]int64:
		selectKeys(c, m)
	case map[string]float64:
		selectKeys(c, m)
	case map[string]bool:
		selectKeys(c, m)
	}
}

func selectKeys[V any](c *Container, m map[string]V) {
	if c.shown == len(m) {
		for k := range m {
			c.keys = append(c.keys, k)
		}
		keyorder.Strings(c.keys)
		return
	}
	t := &c.top
	t.Reset(c.shown)
	for k := range m {
		if !t.Beyond(k) {
			t.Offer(k, nil)
		}
	}
	t.Sort()
	for i := range t.Len() {
		k, _ := t.At(i)
		c.keys = append(c.keys, k)
	}
}

// selectAny is selectKeys for map[string]any, which also keeps the values
// of the shown keys so that they are not looked up again.
func selectAny(c *Container, m map[string]any) {
	if c.shown == len(m) {
		for k, v := range m {
			c.keys = append(c.keys, k)
			c.vals = append(c.vals, v)
		}
		keyorder.Pairs(c.keys, c.vals)
		return
	}
	t := &c.top
	t.Reset(c.shown)
	for k, v := range m {
		if !t.Beyond(k) {
			t.Offer(k, v)
		}
	}
	t.Sort()
	for i := range t.Len() {
		k, v := t.At(i)
		c.keys = append(c.keys, k)
		c.vals = append(c.vals, v)
	}
}

func (c *Container) selectReflectKeys() {
	if c.shown < c.n && c.rv.CanInterface() {
		switch c.rv.Type().Key().Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			selectNumbers(c, &c.itop, reflect.Value.Int, reflect.Value.SetInt)
			return
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			selectNumbers(c, &c.utop, reflect.Value.Uint, reflect.Value.SetUint)
			return
		}
	}
	it := c.rv.MapRange()
	if c.shown == c.n {
		for it.Next() {
			c.rkv = append(c.rkv, rpair{it.Key(), it.Value()})
		}
		slices.SortFunc(c.rkv, comparePairs)
		return
	}
	c.rtop.Reset(c.shown, comparePairs)
	for it.Next() {
		c.rtop.Offer(rpair{it.Key(), it.Value()})
	}
	c.rkv = append(c.rkv, c.rtop.Sorted()...)
}

// selectNumbers selects the Shown smallest integer keys of a map without
// taking each key out of it: every key is read into one scratch value and
// compared as a number, and only the selected keys are looked up again, so
// a map of a million entries costs no allocation per entry.
func selectNumbers[N int64 | uint64](c *Container, top *keyorder.Smallest[N], get func(reflect.Value) N, set func(reflect.Value, N)) {
	kt := c.rv.Type().Key()
	k := reflect.New(kt).Elem()
	top.Reset(c.shown, cmp.Compare[N])
	for it := c.rv.MapRange(); it.Next(); {
		k.SetIterKey(it)
		top.Offer(get(k))
	}
	for _, n := range top.Sorted() {
		key := reflect.New(kt).Elem()
		set(key, n)
		c.rkv = append(c.rkv, rpair{key, c.rv.MapIndex(key)})
	}
}

// collectOrdered takes the first Shown entries of an Ordered value. A panic
// in RangeAny ends the collection: what was collected is shown and the rest
// is counted as left out.
func (c *Container) collectOrdered() {
	w := c.w
	prev := w.into
	defer func() {
		w.into = prev
		c.shown = len(c.pairs)
		_ = recover()
	}()
	w.into = c
	enter()
	defer leave()
	c.val.(Ordered).RangeAny(w.collect)
}

// length returns o.Len(), or the panic text and false.
func (w *Walker) length(o Ordered) (n int, text string, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			n, text, ok = 0, w.PanicText(o, "Len", r), false
		}
	}()
	enter()
	defer leave()
	return o.Len(), "", true
}

// maxFit is the most entries that can show in maxBytes: every entry but
// the first takes at least a separator and one character. Selecting no
// more than that lets the byte budget bound the work when MaxKeys does not.
func maxFit(maxBytes int) int {
	if maxBytes >= math.MaxInt-1 {
		return math.MaxInt
	}
	return maxBytes/2 + 1
}

func (w *Walker) collectPair(k, v any) bool {
	c := w.into
	if len(c.pairs) >= c.shown {
		return false
	}
	c.pairs = append(c.pairs, pair{k, v})
	return len(c.pairs) < c.shown
}
