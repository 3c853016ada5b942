// Package walk visits a Go value once, within limits, and reports what it
// finds to a Sink. It is the one value walker behind every safelog output:
// the text and JSON forms, slog values and zap encoders are Sinks that decide
// what to emit and when to stop; the walker decides what a value is, which
// entries of a container are shown and in which order, and guards against
// cycles, runaway depth and panicking methods.
package walk

import (
	"math"
	"reflect"
	"strconv"
	"sync"
	"unicode/utf8"
)

// HardDepth caps container nesting even when no depth limit is set, so that
// a pathologically deep value cannot exhaust the stack.
const HardDepth = 10_000

// jsonDepth caps container nesting in the JSON view, below encoding/json's
// nesting limit of 10,000 levels by room for the groups and objects of the
// logger's own line around the value.
const jsonDepth = HardDepth - 100

// maxResolve caps chains of LogValue calls, as slog does.
const maxResolve = 100

// maxCalls caps the user methods (String, Error, LogValue, MarshalJSON,
// MarshalText, Len, RangeAny) one walk calls, so that values whose methods
// return more values with methods cannot make a walk exponential.
const maxCalls = 4096

// Limits are resolved limits: every count is positive; math.MaxInt means
// no limit.
type Limits struct {
	MaxKeys   int // entries shown per map, slice, array or struct
	MaxDepth  int // container levels whose entries are shown
	MaxString int // bytes of a string shown, cut on a UTF-8 boundary
	MaxBytes  int // bytes of the whole rendering, enforced by the sink
	// JSON selects encoding/json's view of values, for JSON-shaped sinks:
	// struct members by their JSON rules, json.Marshaler and
	// encoding.TextMarshaler used, []byte as base64, nil maps and slices as
	// null. Without it the walker takes fmt's view.
	JSON bool
}

// Spec is a set of limits as safelog.Limits spells them: a zero field takes
// the default's value, a negative one means no limit.
type Spec struct {
	MaxKeys, MaxDepth, MaxBytes, MaxString int
}

// Resolve returns s resolved against the defaults def, for the given view.
// It is the one place where zero and negative limits get their meaning.
func (s Spec) Resolve(def Spec, json bool) Limits {
	return Limits{
		MaxKeys:   Resolve(s.MaxKeys, def.MaxKeys),
		MaxDepth:  Resolve(s.MaxDepth, def.MaxDepth),
		MaxString: Resolve(s.MaxString, def.MaxString),
		MaxBytes:  Resolve(s.MaxBytes, def.MaxBytes),
		JSON:      json,
	}
}

// Resolve returns the resolved form of a limit v whose zero value means def:
// a negative v (or a zero v with a zero or negative def) is math.MaxInt.
func Resolve(v, def int) int {
	switch {
	case v < 0:
		return math.MaxInt
	case v == 0 && def > 0:
		return def
	case v == 0:
		return math.MaxInt
	}
	return v
}

// Sink receives the values the walker finds. For each value the walker calls
// exactly one method. A container is passed as a *Container valid only for
// the duration of the Map or List call: the sink walks the entries it wants
// through it, in order, and stops when its own budget is spent.
type Sink interface {
	Nil()
	Bool(b bool)
	Int(i int64)
	Uint(u uint64)
	Float(f float64, bitSize int)
	Complex(c complex128, bitSize int)
	// String receives a string or a walker marker (cycles, panics,
	// addresses) as raw text: s is what to show and cut the number of bytes
	// of the original left out after it.
	String(s string, cut int)
	// Raw receives, in the JSON view only, a complete JSON value in compact
	// form with no raw line or bidi control characters (the output of a
	// MarshalJSON method, a json.Number). It returns false when the value
	// does not fit; the walker then shows it as decoded data, within the
	// limits.
	Raw(b []byte) bool
	// Map receives maps, structs and slog groups; List receives slices and
	// arrays.
	Map(c *Container)
	List(c *Container)
}

// Methods is implemented by sinks that show some values through methods
// of their own output's (zap's ObjectMarshaler and ArrayMarshaler): the
// walker offers them every value with methods, before its own view does,
// and Method reports whether it showed v.
type Methods interface {
	Method(v any) bool
}

// Ordered is a map that yields its entries in ascending key order;
// safelog.Ordered is this interface.
type Ordered interface {
	Len() int
	RangeAny(yield func(key, value any) bool)
}

// Walker walks values. Get one with Get and return it with Put; a Walker is
// not safe for concurrent use.
type Walker struct {
	lim      Limits
	depth    int
	visiting []visit
	levels   []*Container
	resolves int
	calls    int // user methods called so far
	chain    int // pointers followed on the way to the current value
	collect  func(k, v any) bool
	into     *Container
}

type visit struct {
	p uintptr
	n int
}

var walkers = sync.Pool{New: func() any {
	w := &Walker{}
	w.collect = w.collectPair
	return w
}}

// maxPooledLevels bounds the container levels a pooled Walker keeps.
const maxPooledLevels = 64

// Get returns a Walker with the given limits, from a pool.
func Get(lim Limits) *Walker {
	w := walkers.Get().(*Walker)
	w.lim = lim
	w.lim.MaxDepth = min(lim.MaxDepth, HardDepth)
	if lim.JSON {
		w.lim.MaxDepth = min(lim.MaxDepth, jsonDepth)
	}
	return w
}

// Put returns w to the pool; w must not be used afterwards.
func (w *Walker) Put() {
	if len(w.levels) > maxPooledLevels {
		return
	}
	for _, c := range w.levels {
		c.release()
	}
	w.depth, w.resolves, w.calls, w.chain, w.into = 0, 0, 0, 0, nil
	w.visiting = w.visiting[:0]
	walkers.Put(w)
}

// Limits returns the limits w walks with.
func (w *Walker) Limits() Limits { return w.lim }

// Walk reports v to s.
func (w *Walker) Walk(v any, s Sink) { w.walkAny(v, s) }

func (w *Walker) walkAny(v any, s Sink) {
	switch x := v.(type) {
	case nil:
		s.Nil()
	case string:
		w.str(x, s)
	case bool:
		s.Bool(x)
	case int:
		s.Int(int64(x))
	case int64:
		s.Int(x)
	case int32:
		s.Int(int64(x))
	case int16:
		s.Int(int64(x))
	case int8:
		s.Int(int64(x))
	case uint:
		s.Uint(uint64(x))
	case uint64:
		s.Uint(x)
	case uint32:
		s.Uint(uint64(x))
	case uint16:
		s.Uint(uint64(x))
	case uint8:
		s.Uint(uint64(x))
	case uintptr:
		s.Uint(uint64(x))
	case float64:
		s.Float(x, 64)
	case float32:
		s.Float(float64(x), 32)
	case complex128:
		s.Complex(x, 128)
	case complex64:
		s.Complex(complex128(x), 64)
	case map[string]any:
		w.strMap(v, len(x), mapPointer(x), s)
	case map[string]string:
		w.strMap(v, len(x), mapPointer(x), s)
	case map[string]int:
		w.strMap(v, len(x), mapPointer(x), s)
	case map[string]int64:
		w.strMap(v, len(x), mapPointer(x), s)
	case map[string]float64:
		w.strMap(v, len(x), mapPointer(x), s)
	case map[string]bool:
		w.strMap(v, len(x), mapPointer(x), s)
	case []any:
		w.list(v, len(x), sliceVisit(x), x == nil, s)
	case []string:
		w.list(v, len(x), sliceVisit(x), x == nil, s)
	case []int:
		w.list(v, len(x), sliceVisit(x), x == nil, s)
	case []int64:
		w.list(v, len(x), sliceVisit(x), x == nil, s)
	case []float64:
		w.list(v, len(x), sliceVisit(x), x == nil, s)
	case []bool:
		w.list(v, len(x), sliceVisit(x), x == nil, s)
	default:
		if !w.methods(v, s) {
			w.walkValue(reflect.ValueOf(v), s, true)
		}
	}
}

// str cuts x at MaxString on a UTF-8 boundary.
func (w *Walker) str(x string, s Sink) {
	if len(x) <= w.lim.MaxString {
		s.String(x, 0)
		return
	}
	n := CutUTF8(x, w.lim.MaxString)
	s.String(x[:n], len(x)-n)
}

// CutUTF8 returns the largest n <= max such that s[:n] does not end inside a
// multi-byte UTF-8 sequence.
func CutUTF8(s string, max int) int {
	if max >= len(s) {
		return len(s)
	}
	n := max
	for i := 0; i < utf8.UTFMax-1 && n > 0 && !utf8.RuneStart(s[n]); i++ {
		n--
	}
	if !utf8.RuneStart(s[n]) {
		return max // invalid UTF-8 here: any cut is as good
	}
	return n
}

// walkValue walks a value by reflection. checked says the value's methods
// were already considered.
func (w *Walker) walkValue(rv reflect.Value, s Sink, checked bool) {
	if !rv.IsValid() {
		s.Nil()
		return
	}
	k := rv.Kind()
	if !checked && k != reflect.Interface && rv.CanInterface() {
		if k == reflect.Pointer || !rv.CanAddr() {
			w.walkAny(rv.Interface(), s)
			return
		}
		// An addressable value keeps its address for its own members,
		// whose pointer methods the view may call.
		if w.addrMethods(rv.Addr().Interface(), s) || w.methods(rv.Interface(), s) {
			return
		}
	}
	switch k {
	case reflect.Bool:
		s.Bool(rv.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		s.Int(rv.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		s.Uint(rv.Uint())
	case reflect.Float32:
		s.Float(rv.Float(), 32)
	case reflect.Float64:
		s.Float(rv.Float(), 64)
	case reflect.Complex64:
		s.Complex(rv.Complex(), 64)
	case reflect.Complex128:
		s.Complex(rv.Complex(), 128)
	case reflect.String:
		w.str(rv.String(), s)
	case reflect.Interface:
		if rv.IsNil() {
			s.Nil()
			return
		}
		w.walkValue(rv.Elem(), s, false)
	case reflect.Pointer:
		w.pointer(rv, s)
	case reflect.Map:
		if w.lim.JSON && rv.IsNil() {
			s.Nil()
			return
		}
		w.reflectMap(rv, s)
	case reflect.Slice:
		if w.lim.JSON && rv.IsNil() {
			s.Nil()
			return
		}
		if w.lim.JSON && isBytes(rv.Type()) {
			w.base64(rv.Bytes(), s)
			return
		}
		var vis visit
		if rv.Len() > 0 {
			vis = visit{uintptr(rv.UnsafePointer()), rv.Len()}
		}
		w.open(ListKind, srcReflectList, nil, rv, rv.Len(), vis, false, s)
	case reflect.Array:
		w.open(ListKind, srcReflectList, nil, rv, rv.Len(), visit{}, false, s)
	case reflect.Struct:
		w.structure(rv, false, s)
	default: // Chan, Func, UnsafePointer
		if rv.IsNil() {
			s.Nil()
			return
		}
		s.String(address(rv.Pointer()), 0)
	}
}

func address(p uintptr) string {
	var b [2 + 16]byte
	return string(strconv.AppendUint(append(b[:0], "0x"...), uint64(p), 16))
}

// pointer shows the value a pointer points to, marked as reached through an
// address when it is a container.
func (w *Walker) pointer(rv reflect.Value, s Sink) {
	if rv.IsNil() {
		s.Nil()
		return
	}
	vis := visit{uintptr(rv.UnsafePointer()), -1}
	if w.onStack(vis) {
		s.String(CycleMarker, 0)
		return
	}
	e := rv.Elem()
	if w.lim.JSON {
		// encoding/json follows pointers: the value shows as itself.
		w.pointee(vis, e, s)
		return
	}
	switch e.Kind() {
	case reflect.Map:
		w.push(vis)
		w.reflectMapAt(e, s, true)
		w.pop()
	case reflect.Struct:
		w.push(vis)
		w.structure(e, true, s)
		w.pop()
	case reflect.Slice, reflect.Array:
		w.push(vis)
		w.open(ListKind, srcReflectList, nil, e, e.Len(), visit{}, true, s)
		w.pop()
	default:
		w.pointee(vis, e, s)
	}
}

// pointee walks the value e a pointer (visit vis) points to. A chain of
// pointers and interfaces counts as nesting, so that it too stops at
// HardDepth.
func (w *Walker) pointee(vis visit, e reflect.Value, s Sink) {
	if w.chain >= HardDepth {
		s.String(DepthMarker, 0)
		return
	}
	w.push(vis)
	w.chain++
	w.walkValue(e, s, false)
	w.chain--
	w.pop()
}

// DepthMarker is what a sink receives, as a string, for a chain of
// pointers deeper than HardDepth.
const DepthMarker = "<too deep>"

// CycleMarker is what a sink receives, as a string, for a value that
// contains itself.
const CycleMarker = "<cycle>"

func (w *Walker) onStack(v visit) bool {
	for _, x := range w.visiting {
		if x == v {
			return true
		}
	}
	return false
}

func (w *Walker) push(v visit) { w.visiting = append(w.visiting, v) }
func (w *Walker) pop()         { w.visiting = w.visiting[:len(w.visiting)-1] }
