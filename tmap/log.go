package tmap

import (
	"cmp"
	"log/slog"

	"github.com/mapkit-go/mapkit/safelog"
)

// RangeAny calls yield for each entry in ascending key order until it
// returns false, with the guarantees of All. It makes m a safelog.Ordered:
// safelog shows the first entries of m without selecting or sorting, and
// stops as soon as its limits are reached. Boxing each key and value into
// an interface may allocate.
func (m Map[K, V]) RangeAny(yield func(key, value any) bool) {
	m.s.ascend(0, func(k K, v V) bool { return yield(k, v) })
}

// LogValue returns m as slog sees it through safelog with
// safelog.DefaultLimits: a group of the first entries in ascending key
// order, with the count of those left out. Logging a huge Map costs only the
// entries shown.
func (m Map[K, V]) LogValue() slog.Value {
	return safelog.Bounded(m, safelog.DefaultLimits).LogValue()
}

// String formats m as fmt formats the equivalent plain map, in full and in
// ascending key order: map[a:1 b:2]. Printing a Map with fmt's %v or
// Println, alone or as a struct field, therefore shows its entries, not its
// storage; for a bounded rendering of a big Map use safelog.Format.
func (m Map[K, V]) String() string { return safelog.Format(m, safelog.NoLimits) }

// Len returns the number of entries of g's inner map.
func (g group[A, B, V]) Len() int { return g.m.groupEnd(g.a) - g.m.groupStart(g.a) }

// RangeAny yields the entries of g's inner map in ascending order, making g
// a safelog.Ordered.
func (g group[A, B, V]) RangeAny(yield func(key, value any) bool) {
	for b, v := range g.m.Group(g.a) {
		if !yield(b, v) {
			return
		}
	}
}

// LogValue returns m as slog sees it through safelog with
// safelog.DefaultLimits, as Map.LogValue does, shaped as the plain
// map[A]map[B]V.
func (m Map2[A, B, V]) LogValue() slog.Value {
	return safelog.Bounded(ordered2[A, B, V]{m}, safelog.DefaultLimits).LogValue()
}

// String formats m as fmt formats the equivalent plain map[A]map[B]V, in
// full and in ascending key order: map[a:map[x:1 y:2]].
func (m Map2[A, B, V]) String() string {
	return safelog.Format(ordered2[A, B, V]{m}, safelog.NoLimits)
}

// ordered2 is a Map2 as a safelog.Ordered: its first keys in ascending
// order, each with its inner map.
type ordered2[A, B cmp.Ordered, V any] struct{ m Map2[A, B, V] }

// Len returns the number of distinct first keys.
func (o ordered2[A, B, V]) Len() int {
	n := 0
	for range o.m.Groups() {
		n++
	}
	return n
}

// RangeAny yields each first key with its inner map.
func (o ordered2[A, B, V]) RangeAny(yield func(key, value any) bool) {
	for a := range o.m.Groups() {
		if !yield(a, group[A, B, V]{o.m, a}) {
			return
		}
	}
}

// RangeAny calls yield for each entry of a snapshot of s in ascending key
// order until it returns false: s is a safelog.Ordered, read consistently
// while other goroutines write.
func (s *Sync[K, V]) RangeAny(yield func(key, value any) bool) { s.snapshot().RangeAny(yield) }

// LogValue returns a snapshot of s as Map.LogValue does.
func (s *Sync[K, V]) LogValue() slog.Value { return s.snapshot().LogValue() }

// String formats a snapshot of s as fmt formats the equivalent plain map.
func (s *Sync[K, V]) String() string { return s.snapshot().String() }
