package tmap

import (
	"cmp"
	"iter"
)

// Map2 is a two-level map keyed by the pair (a, b): the typed, ordered form
// of map[A]map[B]V. Setting an entry never needs an inner map to exist first,
// and all entries share one storage instead of one small map per outer key.
// The zero value is an empty map ready to use. Like Map, a Map2 refers to
// its entries (copies share them), is safe for concurrent readers while no
// goroutine writes, and marshals, prints and logs as the equivalent plain
// map[A]map[B]V.
//
// Costs are those of Map, with Group adding O(log n) to find its first entry.
type Map2[A, B cmp.Ordered, V any] struct {
	s *store[Pair[A, B], V, pairs[A, B]]
}

// w returns m's store for writing, creating it on first use.
func (m *Map2[A, B, V]) w() *store[Pair[A, B], V, pairs[A, B]] {
	if m.s == nil {
		m.s = newStore[Pair[A, B], V, pairs[A, B]](0)
	}
	return m.s
}

// Len returns the number of (a, b) entries. O(1).
func (m Map2[A, B, V]) Len() int { return m.s.len() }

// Get returns the value stored for (a, b) and whether it is present. O(1);
// it does not allocate.
func (m Map2[A, B, V]) Get(a A, b B) (V, bool) {
	if id := m.s.lookup(Pair[A, B]{a, b}); id >= 0 {
		return m.s.ents[id].v, true
	}
	var zero V
	return zero, false
}

// Has reports whether (a, b) is present. O(1); it does not allocate.
func (m Map2[A, B, V]) Has(a A, b B) bool { return m.s.lookup(Pair[A, B]{a, b}) >= 0 }

// Set stores v for (a, b), replacing any previous value.
func (m *Map2[A, B, V]) Set(a A, b B, v V) { m.w().set(Pair[A, B]{a, b}, v) }

// Update stores f(old, ok) for (a, b) with one lookup and returns it, as
// Map.Update does: counting is m.Update(a, b, func(n int, _ bool) int {
// return n + 1 }). f must not change m.
func (m *Map2[A, B, V]) Update(a A, b B, f func(old V, ok bool) V) V {
	v, _ := m.Compute(a, b, func(old V, ok bool) (V, bool) { return f(old, ok), true })
	return v
}

// Compute calls f with the value stored for (a, b) and whether it is
// present, then stores what f returns if keep is true and deletes (a, b) if
// it is false, as Map.Compute does, with one lookup. f must not change m.
func (m *Map2[A, B, V]) Compute(a A, b B, f func(old V, ok bool) (v V, keep bool)) (V, bool) {
	return compute(m.w(), Pair[A, B]{a, b}, f)
}

// Delete removes (a, b) and reports whether it was present.
func (m *Map2[A, B, V]) Delete(a A, b B) bool { return m.s.remove(Pair[A, B]{a, b}) }

// Clear removes every entry and releases the storage.
func (m *Map2[A, B, V]) Clear() {
	if m.s != nil {
		m.s.reset()
	}
}

// Compact rebuilds the storage to hold exactly the live entries.
func (m *Map2[A, B, V]) Compact() {
	if m.s != nil {
		m.s.rebuild()
	}
}

// All returns an iterator over the entries in ascending (a, b) order: by a,
// then by b. A loop body may change the map, with the guarantees of
// Map.All.
func (m Map2[A, B, V]) All() iter.Seq2[Pair[A, B], V] {
	return func(yield func(Pair[A, B], V) bool) { m.s.ascend(0, yield) }
}

// Backward returns an iterator over the entries in descending (a, b)
// order, with the guarantees of Map.Backward.
func (m Map2[A, B, V]) Backward() iter.Seq2[Pair[A, B], V] {
	return func(yield func(Pair[A, B], V) bool) { m.s.descend(m.s.last(), yield) }
}

// Ascend returns an iterator over the entries whose key pair is greater
// than or equal to (a, b), in ascending order, with the guarantees of
// Map.Ascend. Finding the first entry costs O(log n).
func (m Map2[A, B, V]) Ascend(a A, b B) iter.Seq2[Pair[A, B], V] {
	return func(yield func(Pair[A, B], V) bool) { m.s.ascend(m.s.from(Pair[A, B]{a, b}), yield) }
}

// Descend returns an iterator over the entries whose key pair is less than
// or equal to (a, b), in descending order, with the guarantees of
// Map.Descend. Finding the first entry costs O(log n).
func (m Map2[A, B, V]) Descend(a A, b B) iter.Seq2[Pair[A, B], V] {
	return func(yield func(Pair[A, B], V) bool) { m.s.descend(m.s.through(Pair[A, B]{a, b}), yield) }
}

// Group returns an iterator over the entries whose first key is a, as
// (b, value) in ascending b order. Finding the group costs O(log n) once the
// order is up to date; a loop body may change the map, with the guarantees
// of Map.All.
func (m Map2[A, B, V]) Group(a A) iter.Seq2[B, V] {
	return func(yield func(B, V) bool) {
		var ka ordered[A]
		m.s.ascend(m.groupStart(a), func(k Pair[A, B], v V) bool {
			return ka.equal(k.A, a) && yield(k.B, v)
		})
	}
}

// Groups returns an iterator over the distinct first keys in ascending
// order, each with its number of entries. A loop body may change the map;
// the iteration goes on with the first key greater than the last one
// yielded, in the map as it is now.
func (m Map2[A, B, V]) Groups() iter.Seq2[A, int] {
	return func(yield func(A, int) bool) {
		s := m.s
		if s == nil {
			return
		}
		for i := 0; ; {
			order := s.current()
			if i >= len(order) {
				return
			}
			a := s.ents[order[i]].k.A
			j := m.groupEnd(a)
			if !yield(a, j-i) {
				return
			}
			i = m.groupEnd(a)
		}
	}
}

// groupStart returns the first position in order whose first key is not
// less than a.
func (m Map2[A, B, V]) groupStart(a A) int {
	return m.search(func(x A) bool { return cmp.Compare(x, a) >= 0 })
}

// groupEnd returns the first position in order whose first key is greater
// than a.
func (m Map2[A, B, V]) groupEnd(a A) int {
	return m.search(func(x A) bool { return cmp.Compare(x, a) > 0 })
}

// search returns the first position in order whose first key satisfies
// above, which must be false and then true along the order.
func (m Map2[A, B, V]) search(above func(A) bool) int {
	s := m.s
	if s == nil {
		return 0
	}
	order := s.current()
	lo, hi := 0, len(order)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if above(s.ents[order[mid]].k.A) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}
