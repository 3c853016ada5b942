// Package hostile holds the values that have broken loggers — cycles,
// extreme sizes and nesting, panicking methods, control characters — for
// the tests of every safelog sink to share.
package hostile

import (
	"errors"
	"log/slog"
	"math"
	"strconv"
	"strings"
	"sync"
)

// Case is one hostile value; New builds it (some are large, so each test
// builds the ones it runs).
type Case struct {
	Name string
	New  func() any
}

// Node is a linked list node, for pointer cycles.
type Node struct {
	Name string
	Next *Node
}

// PanicString panics in String.
type PanicString struct{ ID int }

func (PanicString) String() string { panic("boom in String") }

// PanicError panics in Error.
type PanicError struct{ ID int }

func (PanicError) Error() string { panic(errors.New("boom in Error")) }

// PanicJSON panics in MarshalJSON.
type PanicJSON struct{ ID int }

func (PanicJSON) MarshalJSON() ([]byte, error) { panic("boom in MarshalJSON") }

// PanicLogValue panics in LogValue.
type PanicLogValue struct{ ID int }

func (PanicLogValue) LogValue() slog.Value { panic("boom in LogValue") }

// LoopLogValue returns itself from LogValue, forever.
type LoopLogValue struct{}

func (l LoopLogValue) LogValue() slog.Value { return slog.AnyValue(l) }

// NilStringer has a value-receiver String, so a nil *NilStringer panics.
type NilStringer struct{ s string }

func (n NilStringer) String() string { return n.s }

// Forge is text that would forge a log line or drive a terminal if written
// raw.
const Forge = "ok\nlevel=ERROR msg=\"forged\"\r\x1b[31mred\x1b[0m\u2028\x00\x7f\u0085"

// Ordered is a minimal ordered map with pointer methods, as tmap.Map is:
// a nil *Ordered panics in Len, as a nil map type's methods would.
type Ordered struct{ Keys []string }

// Len returns the number of entries.
func (o *Ordered) Len() int { return len(o.Keys) }

// RangeAny yields the entries in order.
func (o *Ordered) RangeAny(yield func(k, v any) bool) {
	for i, k := range o.Keys {
		if !yield(k, i) {
			return
		}
	}
}

// PanicLen is an ordered map whose Len panics.
type PanicLen struct{}

// Len panics.
func (PanicLen) Len() int { panic("boom in Len") }

// RangeAny yields nothing.
func (PanicLen) RangeAny(func(k, v any) bool) {}

// Twice is a LogValuer whose group holds itself twice: without a cap on
// method calls, its walk is exponential in the LogValue depth.
type Twice struct{}

// LogValue returns a group of two Twice values.
func (Twice) LogValue() slog.Value {
	return slog.GroupValue(slog.Any("a", Twice{}), slog.Any("b", Twice{}))
}

// Selfish formats itself with the formatter that called its String.
type Selfish struct{ Format func(any) string }

// String formats s.
func (s Selfish) String() string { return s.Format(s) }

// Bidi holds the characters that reorder or break what a terminal shows.
const Bidi = "a\u202eevil\u202c\u2066x\u2069\u200e\u061c\u0085\u2028\u2029b"

var (
	bigMapOnce sync.Once
	bigMap     map[string]int
)

// MillionKeys returns a shared map with 1,000,000 keys (built once).
func MillionKeys() map[string]int {
	bigMapOnce.Do(func() {
		bigMap = make(map[string]int, 1_000_000)
		for i := range 1_000_000 {
			bigMap["key-"+strconv.Itoa(i)] = i
		}
	})
	return bigMap
}

// Deep returns n levels of map[string]any nesting.
func Deep(n int) any {
	var v any = "bottom"
	for range n {
		v = map[string]any{"a": v}
	}
	return v
}

// Cases returns the hostile table.
func Cases() []Case {
	return []Case{
		{"map containing itself", func() any {
			m := map[string]any{"a": 1}
			m["self"] = m
			return m
		}},
		{"pointer cycle", func() any {
			n := &Node{Name: "loop"}
			n.Next = n
			return n
		}},
		{"slice cycle", func() any {
			s := []any{1, nil}
			s[1] = s
			return s
		}},
		{"map and slice cycle", func() any {
			m := map[string]any{}
			m["list"] = []any{m}
			return m
		}},
		{"100,000-deep nesting", func() any { return Deep(100_000) }},
		{"million-key map", func() any { return MillionKeys() }},
		{"10 MB string", func() any { return strings.Repeat("x", 10<<20) }},
		{"10 MB string in a map", func() any { return map[string]any{"blob": strings.Repeat("é", 5<<20)} }},
		{"panicking String", func() any { return map[string]any{"v": PanicString{1}} }},
		{"panicking Error", func() any { return []any{PanicError{2}} }},
		{"panicking MarshalJSON", func() any { return map[string]any{"v": PanicJSON{3}} }},
		{"panicking LogValue", func() any { return map[string]any{"v": PanicLogValue{4}} }},
		{"LogValue loop", func() any { return LoopLogValue{} }},
		{"typed nil pointer", func() any { return (*Node)(nil) }},
		{"typed nil Stringer", func() any { return map[string]any{"v": (*NilStringer)(nil)} }},
		{"channel", func() any { return map[string]any{"ch": make(chan int)} }},
		{"func", func() any { return []any{func() {}} }},
		{"NaN and infinities", func() any {
			return map[string]any{"nan": math.NaN(), "inf": math.Inf(1), "-inf": math.Inf(-1)}
		}},
		{"NaN keys", func() any {
			nan := math.NaN()
			return map[float64]string{nan: "a", -nan: "b", 1: "c"}
		}},
		{"invalid UTF-8", func() any { return map[string]any{"\xff\xfekey": "val\xc3\x28ue\xed\xa0\x80"} }},
		{"forged lines in keys and values", func() any { return map[string]any{Forge: Forge} }},
		{"forged line as a string", func() any { return Forge }},
		{"bidi controls", func() any { return map[string]any{Bidi: Bidi} }},
		{"1 MB key", func() any { return map[string]int{strings.Repeat("k", 1<<20): 1} }},
		{"nil ordered map", func() any { return struct{ M *Ordered }{} }},
		{"panicking Len", func() any { return map[string]any{"v": PanicLen{}} }},
		{"LogValue group of itself twice", func() any { return Twice{} }},
		{"100,000-member group", func() any {
			attrs := make([]slog.Attr, 100_000)
			for i := range attrs {
				attrs[i] = slog.Int("m"+strconv.Itoa(i), i)
			}
			return slog.GroupValue(attrs...)
		}},
		{"1,000-deep group", func() any {
			v := slog.IntValue(1)
			for range 1000 {
				v = slog.GroupValue(slog.Attr{Key: "g", Value: v})
			}
			return v
		}},
		{"a real ... key", func() any { return map[string]int{"...": -1, "....": -2, "k0": 0, "k1": 1} }},
		{"keys 1 and \"1\"", func() any { return map[any]int{1: 1, "1": 2} }},
	}
}
