package tmap

import (
	"cmp"
	"iter"
)

// Map is a hash map that iterates in ascending key order. The zero value is
// an empty map ready to use. A Map must not be copied after first use (use
// Clone) and is not safe for concurrent use: even iteration may reorganise
// its cached order, so share it between goroutines only behind a lock, or
// use Sync.
//
// Costs, for a map of n entries:
//   - Get, Len: O(1), no allocation.
//   - Set: O(1) amortised; it allocates only when storage grows.
//   - Delete: O(1) amortised; when deleted entries outnumber live ones (and
//     there are at least 16 of them) the storage is rebuilt at the live size,
//     O(n log n) at worst, so memory follows the live size.
//   - All, Keys, Values: O(n) with no sorting and no allocation when the set
//     of keys has not changed since the last iteration. Otherwise the first
//     iteration pays for the change: O(p log p + p log n + n) for p keys added
//     and O(n) if any were deleted.
//   - Clear: O(1); it releases the storage.
//   - Compact, Clone: O(n) plus the sort of keys added since the last
//     iteration.
//
// Float keys follow cmp.Compare, not ==: all NaNs are a single key, which
// sorts first, and -0 and +0 are one key. A Map holds at most 2^31-2
// entries; Set panics beyond that.
type Map[K cmp.Ordered, V any] struct {
	s store[K, V, ordered[K]]
}

// New returns an empty map with room for capacity entries before its
// storage has to grow.
func New[K cmp.Ordered, V any](capacity int) *Map[K, V] {
	m := &Map[K, V]{}
	m.s.reserve(capacity)
	return m
}

// From returns a map holding the entries of src.
func From[K cmp.Ordered, V any](src map[K]V) *Map[K, V] {
	m := New[K, V](len(src))
	for k, v := range src {
		m.s.set(k, v)
	}
	return m
}

// Len returns the number of entries.
func (m *Map[K, V]) Len() int { return m.s.len() }

// Get returns the value stored for k and whether it is present. It does not
// allocate.
func (m *Map[K, V]) Get(k K) (V, bool) {
	if id := m.s.lookup(k); id >= 0 {
		return m.s.vals[id], true
	}
	var zero V
	return zero, false
}

// Set stores v for k, replacing any previous value.
func (m *Map[K, V]) Set(k K, v V) { m.s.set(k, v) }

// Delete removes k and reports whether it was present.
func (m *Map[K, V]) Delete(k K) bool { return m.s.remove(k) }

// Clear removes every entry and releases the storage.
func (m *Map[K, V]) Clear() { m.s.clear() }

// Compact rebuilds the storage to hold exactly the live entries, laid out in
// key order, releasing the room left by deletions and by growth.
func (m *Map[K, V]) Compact() { m.s.rebuild() }

// Clone returns a compact copy of m. Values are copied as by assignment.
func (m *Map[K, V]) Clone() *Map[K, V] {
	return &Map[K, V]{s: m.s.compacted()}
}

// All returns an iterator over the entries in ascending key order.
//
// The loop body may change the map. The iteration then goes on from the
// last key it yielded, in the map as it is now: keys added after that key
// are yielded, keys deleted before being reached are not, and each value is
// read when its entry is yielded. Keys come in strictly ascending order, so
// none is yielded twice. Nothing panics.
func (m *Map[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) { m.s.each(yield) }
}

// Keys returns an iterator over the keys in ascending order, with the
// guarantees of All.
func (m *Map[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		m.s.each(func(k K, _ V) bool { return yield(k) })
	}
}

// Values returns an iterator over the values in ascending order of their
// keys, with the guarantees of All.
func (m *Map[K, V]) Values() iter.Seq[V] {
	return func(yield func(V) bool) {
		m.s.each(func(_ K, v V) bool { return yield(v) })
	}
}
