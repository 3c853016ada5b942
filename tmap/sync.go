package tmap

import (
	"cmp"
	"iter"
	"sync"
	"sync/atomic"
)

// Sync is a Map safe for concurrent use by several goroutines. The zero
// value is an empty map ready to use; a Sync must not be copied after first
// use.
//
// Reads (Get, Len) share a read lock; writes take the write lock. Iteration
// walks a sorted snapshot of the entries: the first iteration after a write
// copies the entries once, O(n) time and memory, and later iterations reuse
// that snapshot until the next write, without locking or allocating. An
// iteration therefore sees the map as it was at one instant, never a torn
// state, and is unaffected by concurrent writes.
type Sync[K cmp.Ordered, V any] struct {
	mu   sync.RWMutex
	m    Map[K, V]
	snap atomic.Pointer[snapshot[K, V]]
}

// snapshot is an immutable sorted copy of a Sync's entries.
type snapshot[K cmp.Ordered, V any] struct {
	keys []K
	vals []V
}

// Len returns the number of entries.
func (s *Sync[K, V]) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.m.Len()
}

// Get returns the value stored for k and whether it is present.
func (s *Sync[K, V]) Get(k K) (V, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.m.Get(k)
}

// Set stores v for k.
func (s *Sync[K, V]) Set(k K, v V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m.Set(k, v)
	s.snap.Store(nil)
}

// Delete removes k and reports whether it was present.
func (s *Sync[K, V]) Delete(k K) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	ok := s.m.Delete(k)
	if ok {
		s.snap.Store(nil)
	}
	return ok
}

// Clear removes every entry and releases the storage.
func (s *Sync[K, V]) Clear() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m.Clear()
	s.snap.Store(nil)
}

// Compact rebuilds the storage to hold exactly the live entries.
func (s *Sync[K, V]) Compact() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m.Compact()
}

// snapshot returns the current snapshot, taking it if a write happened
// since the last one.
func (s *Sync[K, V]) snapshot() *snapshot[K, V] {
	if p := s.snap.Load(); p != nil {
		return p
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if p := s.snap.Load(); p != nil {
		return p
	}
	p := &snapshot[K, V]{keys: make([]K, 0, s.m.Len()), vals: make([]V, 0, s.m.Len())}
	for k, v := range s.m.All() {
		p.keys = append(p.keys, k)
		p.vals = append(p.vals, v)
	}
	s.snap.Store(p)
	return p
}

// All returns an iterator over a snapshot of the entries in ascending key
// order. The loop body may use s, including writing to it.
func (s *Sync[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		p := s.snapshot()
		for i, k := range p.keys {
			if !yield(k, p.vals[i]) {
				return
			}
		}
	}
}

// Keys returns an iterator over a snapshot of the keys in ascending order.
func (s *Sync[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for _, k := range s.snapshot().keys {
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
		for _, v := range s.snapshot().vals {
			if !yield(v) {
				return
			}
		}
	}
}
