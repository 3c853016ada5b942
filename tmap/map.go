package tmap

import (
	"cmp"
	"iter"
)

// Map is a hash map that iterates in ascending key order. The zero value is
// an empty map ready to use.
//
// A Map refers to its entries as a Go map does: once a Map holds an entry,
// copies of it share the entries, so a Map can be passed, stored in a
// struct and marshalled by value (Clone makes an independent copy). A copy
// of a zero Map made before its first Set does not see that Set.
//
// Reads (Len, Get, Has, the iterators, Min, Max, Floor, Ceiling, At, Rank,
// String, MarshalJSON, RangeAny, LogValue) are safe from any number of
// goroutines while no goroutine writes, as for a Go map, with no lock for
// the caller to take: the first read after a change brings the cached order
// up to date under an internal lock. Writes need exclusive access; use Sync
// to share a map that changes.
//
// Costs, for a map of n entries:
//   - Get, Has, Len: O(1), no allocation.
//   - Set, Update, Compute: O(1) amortised; they allocate only when storage
//     grows. A map of at most 8 entries is one allocation and hashes
//     nothing.
//   - Delete: O(1) amortised; when deleted entries outnumber live ones (and
//     there are at least 16 of them) the storage is rebuilt at the live size,
//     O(n log n) at worst, so memory follows the live size.
//   - All, Keys, Values, Backward: O(n) with no sorting and no allocation
//     when the set of keys has not changed since the order was last brought
//     up to date. Otherwise the first ordered read pays for the change:
//     O(p log p + p log n + n) for p keys added and O(n) if any were deleted.
//   - Min, Max, At: O(1); Floor, Ceiling, Rank, Ascend, Descend: O(log n) to
//     find their place; PopMin, PopMax: O(1) amortised. Each of these first
//     pays for bringing the order up to date, as All does.
//   - Clear: O(1); it releases the storage.
//   - Compact, Clone: O(n) plus the sort of keys added since the last
//     ordered read.
//
// Float keys follow cmp.Compare, not ==: all NaNs are a single key, which
// sorts first, and -0 and +0 are one key, spelt as it was last set. A Map
// holds at most 2^31-2 entries; Set panics beyond that.
type Map[K cmp.Ordered, V any] struct {
	s *store[K, V, ordered[K]]
}

// New returns an empty map with room for capacity entries before its
// storage has to grow.
func New[K cmp.Ordered, V any](capacity int) *Map[K, V] {
	return &Map[K, V]{s: newStore[K, V, ordered[K]](capacity)}
}

// From returns a map holding the entries of src.
func From[K cmp.Ordered, V any](src map[K]V) *Map[K, V] {
	m := New[K, V](len(src))
	for k, v := range src {
		m.s.set(k, v)
	}
	return m
}

// w returns m's store for writing, creating it on first use.
func (m *Map[K, V]) w() *store[K, V, ordered[K]] {
	if m.s == nil {
		m.s = newStore[K, V, ordered[K]](0)
	}
	return m.s
}

// Len returns the number of entries. O(1).
func (m Map[K, V]) Len() int { return m.s.len() }

// Get returns the value stored for k and whether it is present. O(1); it
// does not allocate.
func (m Map[K, V]) Get(k K) (V, bool) {
	if id := m.s.lookup(k); id >= 0 {
		return m.s.ents[id].v, true
	}
	var zero V
	return zero, false
}

// Has reports whether k is present. O(1); it does not allocate.
func (m Map[K, V]) Has(k K) bool { return m.s.lookup(k) >= 0 }

// Set stores v for k, replacing any previous value (and the key itself, for
// keys equal but spelt differently, such as -0 and +0).
func (m *Map[K, V]) Set(k K, v V) { m.w().set(k, v) }

// Update stores f(old, ok) for k, where old is the value stored for k and ok
// whether it was present, and returns the new value: an increment is
// m.Update(k, func(n int, _ bool) int { return n + 1 }). It looks k up once.
// f must not change m.
func (m *Map[K, V]) Update(k K, f func(old V, ok bool) V) V {
	v, _ := m.Compute(k, func(old V, ok bool) (V, bool) { return f(old, ok), true })
	return v
}

// Compute calls f with the value stored for k and whether it is present,
// then stores the value f returns if keep is true, and deletes k if it is
// false. It returns the value now stored and whether k is present. It looks
// k up once. f must not change m.
func (m *Map[K, V]) Compute(k K, f func(old V, ok bool) (v V, keep bool)) (V, bool) {
	return compute(m.w(), k, f)
}

// Delete removes k and reports whether it was present.
func (m *Map[K, V]) Delete(k K) bool { return m.s.remove(k) }

// PopMin removes the entry with the least key and returns it; ok is false
// if m is empty. A run of PopMin calls keeps the order current: each costs
// O(1) amortised.
func (m *Map[K, V]) PopMin() (k K, v V, ok bool) { return m.s.popAt(0) }

// PopMax removes the entry with the greatest key and returns it; ok is
// false if m is empty. O(1) amortised, as PopMin.
func (m *Map[K, V]) PopMax() (k K, v V, ok bool) { return m.s.popAt(m.s.last()) }

// Clear removes every entry and releases the storage. Copies of m see the
// map empty.
func (m *Map[K, V]) Clear() {
	if m.s != nil {
		m.s.reset()
	}
}

// Compact rebuilds the storage to hold exactly the live entries, laid out in
// key order, releasing the room left by deletions and by growth.
func (m *Map[K, V]) Compact() {
	if m.s != nil {
		m.s.rebuild()
	}
}

// Clone returns an independent, compact copy of m. Values are copied as by
// assignment.
func (m Map[K, V]) Clone() *Map[K, V] { return &Map[K, V]{s: m.s.compacted()} }

// All returns an iterator over the entries in ascending key order.
//
// The loop body may change the map. The iteration then goes on from the
// last key it yielded, in the map as it is now: keys added after that key
// are yielded, keys deleted before being reached are not, and each value is
// read when its entry is yielded. Keys come in strictly ascending order, so
// none is yielded twice. Nothing panics.
func (m Map[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) { m.s.ascend(0, yield) }
}

// Backward returns an iterator over the entries in descending key order,
// with the guarantees of All (keys come in strictly descending order).
func (m Map[K, V]) Backward() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) { m.s.descend(m.s.last(), yield) }
}

// Ascend returns an iterator over the entries whose keys are greater than
// or equal to from, in ascending order, with the guarantees of All. Finding
// the first entry costs O(log n); a range scan from lo to hi is
//
//	for k, v := range m.Ascend(lo) {
//		if k >= hi {
//			break
//		}
//		...
//	}
func (m Map[K, V]) Ascend(from K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) { m.s.ascend(m.s.from(from), yield) }
}

// Descend returns an iterator over the entries whose keys are less than or
// equal to from, in descending order, with the guarantees of Backward.
// Finding the first entry costs O(log n).
func (m Map[K, V]) Descend(from K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) { m.s.descend(m.s.through(from), yield) }
}

// Keys returns an iterator over the keys in ascending order, with the
// guarantees of All.
func (m Map[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		m.s.ascend(0, func(k K, _ V) bool { return yield(k) })
	}
}

// Values returns an iterator over the values in ascending order of their
// keys, with the guarantees of All.
func (m Map[K, V]) Values() iter.Seq[V] {
	return func(yield func(V) bool) {
		m.s.ascend(0, func(_ K, v V) bool { return yield(v) })
	}
}

// Min returns the entry with the least key; ok is false if m is empty. O(1).
func (m Map[K, V]) Min() (k K, v V, ok bool) { return m.s.at(0) }

// Max returns the entry with the greatest key; ok is false if m is empty.
// O(1).
func (m Map[K, V]) Max() (k K, v V, ok bool) { return m.s.at(m.s.last()) }

// Floor returns the entry with the greatest key less than or equal to k;
// ok is false if there is none. O(log n).
func (m Map[K, V]) Floor(k K) (K, V, bool) { return m.s.at(m.s.through(k)) }

// Ceiling returns the entry with the least key greater than or equal to k;
// ok is false if there is none. O(log n).
func (m Map[K, V]) Ceiling(k K) (K, V, bool) { return m.s.at(m.s.from(k)) }

// At returns the entry at position i of the ascending key order, counting
// from 0; ok is false unless 0 <= i < Len(). O(1).
func (m Map[K, V]) At(i int) (k K, v V, ok bool) { return m.s.at(i) }

// Rank returns the number of keys less than k: the position k has, or
// would have, in the ascending key order. O(log n).
func (m Map[K, V]) Rank(k K) int { return m.s.from(k) }

// compute runs the read-modify-write of Map.Compute on s with one lookup.
func compute[K comparable, V any, H keyer[K]](s *store[K, V, H], k K, f func(V, bool) (V, bool)) (V, bool) {
	id, h := s.locate(k)
	var old V
	if id >= 0 {
		old = s.ents[id].v
	}
	v, keep := f(old, id >= 0)
	switch {
	case keep && id >= 0:
		s.ents[id].k, s.ents[id].v = k, v
	case keep:
		s.add(k, v, h)
	case id >= 0:
		s.remove(k)
	}
	if !keep {
		var zero V
		return zero, false
	}
	return v, true
}
