package tmap

import (
	"cmp"
	"iter"
	"sync"
	"sync/atomic"
)

// Sync is a Map safe for concurrent use by several goroutines, with the
// atomic operations of sync.Map (LoadOrStore, LoadAndDelete, Swap,
// CompareAndSwap, CompareAndDelete) and Compute. The zero value is an empty
// map ready to use; a Sync must not be copied after first use (go vet
// reports copies).
//
// Reads (Get, Has, Len) share a read lock; writes take the write lock, and
// each atomic operation is one critical section, so concurrent increments
// through Compute are never lost. Iteration, JSON, String and logging walk
// a sorted snapshot of the entries: the first of them after a write copies
// the entries once, O(n) time and memory, and later ones reuse that
// snapshot until the next write, without locking or allocating. They
// therefore see the map as it was at one instant, never a torn state, and
// are unaffected by concurrent writes; their loop bodies may use s,
// including writing to it.
type Sync[K cmp.Ordered, V any] struct {
	mu   sync.RWMutex
	m    Map[K, V]
	snap atomic.Pointer[Map[K, V]]
}

// Len returns the number of entries. O(1).
func (s *Sync[K, V]) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.m.Len()
}

// Get returns the value stored for k and whether it is present. O(1).
func (s *Sync[K, V]) Get(k K) (V, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.m.Get(k)
}

// Has reports whether k is present. O(1).
func (s *Sync[K, V]) Has(k K) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.m.Has(k)
}

// Set stores v for k.
func (s *Sync[K, V]) Set(k K, v V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m.Set(k, v)
	s.invalidate()
}

// Delete removes k and reports whether it was present.
func (s *Sync[K, V]) Delete(k K) bool {
	_, ok := s.LoadAndDelete(k)
	return ok
}

// LoadOrStore returns the value stored for k, with loaded true, if k is
// present; otherwise it stores v and returns it, with loaded false. Atomic,
// one lookup.
func (s *Sync[K, V]) LoadOrStore(k K, v V) (actual V, loaded bool) {
	s.Compute(k, func(old V, ok bool) (V, bool) {
		actual, loaded = old, ok
		if !ok {
			actual = v
		}
		return actual, true
	})
	return actual, loaded
}

// LoadAndDelete removes k and returns the value it had, with loaded
// reporting whether it was present. Atomic.
func (s *Sync[K, V]) LoadAndDelete(k K) (value V, loaded bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	value, loaded = s.m.Get(k)
	if loaded {
		s.m.Delete(k)
		s.invalidate()
	}
	return value, loaded
}

// Swap stores v for k and returns the previous value, with loaded reporting
// whether there was one. Atomic, one lookup.
func (s *Sync[K, V]) Swap(k K, v V) (previous V, loaded bool) {
	s.Compute(k, func(old V, ok bool) (V, bool) {
		previous, loaded = old, ok
		return v, true
	})
	return previous, loaded
}

// CompareAndSwap stores new for k if k is present with a value equal to
// old, and reports whether it did. Atomic. Values are compared as
// interfaces, as sync.Map compares them: the dynamic type of old must be
// comparable, or CompareAndSwap panics.
func (s *Sync[K, V]) CompareAndSwap(k K, old, new V) (swapped bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cur, ok := s.m.Get(k)
	if !ok || any(cur) != any(old) {
		return false
	}
	s.m.Set(k, new)
	s.invalidate()
	return true
}

// CompareAndDelete deletes k if it is present with a value equal to old,
// compared as by CompareAndSwap, and reports whether it did. Atomic.
func (s *Sync[K, V]) CompareAndDelete(k K, old V) (deleted bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cur, ok := s.m.Get(k)
	if !ok || any(cur) != any(old) {
		return false
	}
	s.m.Delete(k)
	s.invalidate()
	return true
}

// Compute calls f with the value stored for k and whether it is present,
// and stores what f returns if keep is true, or deletes k if it is false,
// all under the write lock: the read-modify-write is atomic, and counting
// with s.Compute(k, func(n int, _ bool) (int, bool) { return n + 1, true })
// loses no increment. It returns the value now stored and whether k is
// present. f must not use s (it would deadlock).
func (s *Sync[K, V]) Compute(k K, f func(old V, ok bool) (v V, keep bool)) (V, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.invalidate()
	return s.m.Compute(k, f)
}

// Clear removes every entry and releases the storage.
func (s *Sync[K, V]) Clear() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m.Clear()
	s.invalidate()
}

// Compact rebuilds the storage to hold exactly the live entries.
func (s *Sync[K, V]) Compact() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m.Compact()
}

// invalidate drops the snapshot after a write; the caller holds the write
// lock. It stores only when there is a snapshot to drop, so a run of writes
// between reads costs one atomic load each.
func (s *Sync[K, V]) invalidate() {
	if s.snap.Load() != nil {
		s.snap.Store(nil)
	}
}

// snapshot returns the current snapshot, taking it if a write happened
// since the last one. It is published under the read lock, so no write can
// fall between taking it and publishing it.
func (s *Sync[K, V]) snapshot() Map[K, V] {
	if p := s.snap.Load(); p != nil {
		return *p
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if p := s.snap.Load(); p != nil {
		return *p
	}
	p := s.m.Clone()
	s.snap.Store(p)
	return *p
}

// All returns an iterator over a snapshot of the entries in ascending key
// order. The loop body may use s, including writing to it.
func (s *Sync[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) { s.snapshot().s.ascend(0, yield) }
}

// Keys returns an iterator over a snapshot of the keys in ascending order.
func (s *Sync[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range s.All() {
			if !yield(k) {
				return
			}
		}
	}
}

// Values returns an iterator over a snapshot of the values in ascending
// order of their keys.
func (s *Sync[K, V]) Values() iter.Seq[V] {
	return func(yield func(V) bool) {
		for _, v := range s.All() {
			if !yield(v) {
				return
			}
		}
	}
}
