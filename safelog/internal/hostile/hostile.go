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
	}
}
