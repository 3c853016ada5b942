package tmap

import (
	"cmp"
	"iter"
)

// Map2 is a two-level map keyed by the pair (a, b): the typed, ordered form
// of map[A]map[B]V. Setting an entry never needs an inner map to exist first,
// and all entries share one storage instead of one small map per outer key.
// The zero value is an empty map ready to use. Like Map, a Map2 must not be
// copied after first use and is not safe for concurrent use.
//
// Costs are those of Map, with Group adding O(log n) to find its first entry.
type Map2[A, B cmp.Ordered, V any] struct {
	s store[Pair[A, B], V, pairs[A, B]]
}

// Len returns the number of (a, b) entries.
func (m *Map2[A, B, V]) Len() int { return m.s.len() }

// Get returns the value stored for (a, b) and whether it is present. It does
// not allocate.
func (m *Map2[A, B, V]) Get(a A, b B) (V, bool) {
	if id := m.s.lookup(Pair[A, B]{a, b}); id >= 0 {
		return m.s.vals[id], true
	}
	var zero V
	return zero, false
}

// Set stores v for (a, b), replacing any previous value.
func (m *Map2[A, B, V]) Set(a A, b B, v V) { m.s.set(Pair[A, B]{a, b}, v) }

// Delete removes (a, b) and reports whether it was present.
func (m *Map2[A, B, V]) Delete(a A, b B) bool { return m.s.remove(Pair[A, B]{a, b}) }

// Clear removes every entry and releases the storage.
func (m *Map2[A, B, V]) Clear() { m.s.clear() }

// Compact rebuilds the storage to hold exactly the live entries.
func (m *Map2[A, B, V]) Compact() { m.s.rebuild() }

// All returns an iterator over the entries in ascending (a, b) order: by a,
// then by b. A loop body may change the map, with the guarantees of
// Map.All.
func (m *Map2[A, B, V]) All() iter.Seq2[Pair[A, B], V] {
	return func(yield func(Pair[A, B], V) bool) { m.s.each(yield) }
}

// Group returns an iterator over the entries whose first key is a, as
// (b, value) in ascending b order. Finding the group costs O(log n) once the
// order is up to date; a loop body may change the map, with the guarantees
// of Map.All.
func (m *Map2[A, B, V]) Group(a A) iter.Seq2[B, V] {
	return func(yield func(B, V) bool) {
		s := &m.s
		s.sync()
		gen := s.gen
		var ka ordered[A]
		for i := m.groupStart(a); i < len(s.order); {
			id := s.order[i]
			k := s.keys[id]
			if !ka.equal(k.A, a) || !yield(k.B, s.vals[id]) {
				return
			}
			i = s.next(i, k, &gen)
		}
	}
}

// Groups returns an iterator over the distinct first keys in ascending
// order, each with its number of entries. A loop body may change the map;
// the iteration goes on with the first key greater than the last one
// yielded, in the map as it is now.
func (m *Map2[A, B, V]) Groups() iter.Seq2[A, int] {
	return func(yield func(A, int) bool) {
		s := &m.s
		s.sync()
		var ka ordered[A]
		for i := 0; i < len(s.order); {
			a := s.keys[s.order[i]].A
			j := i + 1
			for j < len(s.order) && ka.equal(s.keys[s.order[j]].A, a) {
				j++
			}
			if !yield(a, j-i) {
				return
			}
			s.sync()
			i = m.groupEnd(a)
		}
	}
}

// groupStart returns the first position in order whose first key is not
// less than a.
func (m *Map2[A, B, V]) groupStart(a A) int {
	s := &m.s
	lo, hi := 0, len(s.order)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cmp.Compare(s.keys[s.order[mid]].A, a) >= 0 {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// groupEnd returns the first position in order whose first key is greater
// than a.
func (m *Map2[A, B, V]) groupEnd(a A) int {
	s := &m.s
	lo, hi := 0, len(s.order)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cmp.Compare(s.keys[s.order[mid]].A, a) > 0 {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}
