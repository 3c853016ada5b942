// Package pool provides typed free lists of slices that never keep oversized
// backing arrays, so one huge value cannot pin memory for the life of the process.
package pool

import "sync"

// Slices is a free list of []E. The zero value is not usable; create one with
// New. A slice whose capacity exceeds the pool's limit is dropped on Put
// instead of being kept, and pointer-carrying elements are zeroed before a
// slice is kept so the pool never retains what they point to.
type Slices[E any] struct {
	p      sync.Pool
	maxCap int
	clear  bool
}

// New returns a pool whose Get returns empty slices with at least initCap
// capacity and whose Put keeps slices of capacity at most maxCap. If clear is
// true, Put zeroes the elements it keeps (use it when E holds pointers).
func New[E any](initCap, maxCap int, clear bool) *Slices[E] {
	s := &Slices[E]{maxCap: maxCap, clear: clear}
	s.p.New = func() any {
		b := make([]E, 0, initCap)
		return &b
	}
	return s
}

// Get returns a pointer to an empty slice. Return it with Put when done; the
// pointer indirection keeps Get and Put free of allocations.
func (s *Slices[E]) Get() *[]E {
	return s.p.Get().(*[]E)
}

// Put returns b to the pool, unless its capacity exceeds the pool's limit.
func (s *Slices[E]) Put(b *[]E) {
	if cap(*b) > s.maxCap {
		return
	}
	if s.clear {
		clear((*b)[:cap(*b)])
	}
	*b = (*b)[:0]
	s.p.Put(b)
}
