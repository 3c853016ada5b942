package keyorder

import "slices"

// Smallest keeps the k smallest of the elements offered to it, by cmp, in
// O(n log k) time and O(k) space: it shows the first k keys of a map in
// sorted order without sorting all of them. Reset it to reuse its storage.
type Smallest[E any] struct {
	heap []E // max-heap by cmp: heap[0] is the largest kept element
	k    int
	cmp  func(a, b E) int
}

// Reset empties s and sets its capacity k and ordering; it keeps the backing
// storage, so a pooled Smallest does not allocate in steady state.
func (s *Smallest[E]) Reset(k int, cmp func(a, b E) int) {
	clear(s.heap)
	s.heap, s.k, s.cmp = s.heap[:0], k, cmp
}

// Offer considers e for the k smallest.
func (s *Smallest[E]) Offer(e E) {
	if s.k <= 0 {
		return
	}
	if len(s.heap) < s.k {
		s.heap = append(s.heap, e)
		s.up(len(s.heap) - 1)
		return
	}
	if s.cmp(e, s.heap[0]) < 0 {
		s.heap[0] = e
		s.down(0)
	}
}

// Sorted sorts the kept elements in ascending order and returns them. The
// slice aliases s's storage: it is valid until the next Offer or Reset.
func (s *Smallest[E]) Sorted() []E {
	slices.SortFunc(s.heap, s.cmp)
	return s.heap
}

func (s *Smallest[E]) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if s.cmp(s.heap[i], s.heap[p]) <= 0 {
			return
		}
		s.heap[i], s.heap[p] = s.heap[p], s.heap[i]
		i = p
	}
}

func (s *Smallest[E]) down(i int) {
	n := len(s.heap)
	for {
		l := 2*i + 1
		if l >= n {
			return
		}
		big := l
		if r := l + 1; r < n && s.cmp(s.heap[r], s.heap[l]) > 0 {
			big = r
		}
		if s.cmp(s.heap[big], s.heap[i]) <= 0 {
			return
		}
		s.heap[i], s.heap[big] = s.heap[big], s.heap[i]
		i = big
	}
}
