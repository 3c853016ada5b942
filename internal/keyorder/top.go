package keyorder

import (
	"math/bits"
)

// Top keeps the k smallest string keys offered to it, in byte order, each
// with a value carried along: the first k entries of a map in sorted key
// order, found in one pass over the map without sorting the other keys and
// without looking the kept keys up again.
//
// Each key's first eight bytes past the prefix shared by all keys offered
// (such as "user_" in "user_id", "user_name") are read once into a number
// that compares as the bytes do, so most comparisons touch no string data,
// and the heap moves only that number and a slot index, never the key or
// the value. Once k keys are kept, a key whose first eight bytes are above
// those of the largest kept key is rejected by one integer comparison
// (Beyond, inlined): scanning a big map costs little more than iterating
// it. Offering n keys takes O(n + m log k) time, m being the keys that
// enter the selection (about k·ln(n/k) for keys in random order), and O(k)
// space; Sort takes O(k log k).
//
// The zero value is ready to use. Reset keeps the storage, so a reused Top
// does not allocate in steady state; it is not safe for concurrent use.
type Top[V any] struct {
	heap  []topItem    // max-heap by (pre, key) until Sort
	slots []topSlot[V] // keys and values, indexed by topItem.slot
	k     int
	full  bool   // heap is a heap of the k smallest keys offered so far
	bound uint64 // heap[0].pre when full
	head  uint64 // the first eight bytes of heap[0]'s key when full, else all ones
	ref   uint64 // the first skip bytes of the keys offered (the rest zero)
	mask  uint64 // selects the first skip bytes of such a number
	skip  int    // bytes (at most 8) all keys offered share; -1 before the first
}

type topItem struct {
	pre  uint64
	slot int
}

type topSlot[V any] struct {
	key string
	val V
}

// Reset empties t and sets how many keys it keeps; k <= 0 keeps none.
func (t *Top[V]) Reset(k int) {
	clear(t.slots)
	t.heap, t.slots, t.k, t.full, t.bound = t.heap[:0], t.slots[:0], k, false, 0
	t.ref, t.mask, t.skip, t.head = 0, 0, -1, ^uint64(0)
}

// Offer considers key, with its value, for the k smallest keys. Keys are
// expected to be distinct, as map keys are.
func (t *Top[V]) Offer(key string, val V) {
	if !t.Beyond(key) {
		t.offer(key, val)
	}
}

// Beyond reports whether key is known, by its first eight bytes alone, to
// be above all of the k keys kept: Offer would drop it. It is small enough
// to be inlined, so a caller scanning a big map can skip the Offer call for
// most keys: `if !t.Beyond(k) { t.Offer(k, v) }`.
func (t *Top[V]) Beyond(key string) bool {
	return len(key) >= 8 && load64(key, 0) > t.head
}

func (t *Top[V]) offer(key string, val V) {
	if head := prefixAt(key, 0); t.skip < 0 || len(key) < t.skip || head&t.mask != t.ref {
		t.narrow(key, head)
	}
	p := prefixAt(key, t.skip)
	if len(t.heap) < t.k {
		// Kept in offering order until more than k are offered.
		t.heap = append(t.heap, topItem{p, len(t.slots)})
		t.slots = append(t.slots, topSlot[V]{key, val})
		return
	}
	if t.k <= 0 {
		return
	}
	if !t.full {
		t.heapify()
		t.full = true
		t.setBound()
	}
	root := t.heap[0].slot
	if p > t.bound || p == t.bound && key >= t.slots[root].key {
		return
	}
	t.slots[root] = topSlot[V]{key, val}
	t.heap[0].pre = p
	t.down(0, len(t.heap))
	t.setBound()
}

// setBound records the largest kept key, for Offer.
func (t *Top[V]) setBound() {
	t.bound = t.heap[0].pre
	t.head = prefixAt(t.slots[t.heap[0].slot].key, 0)
}

func (t *Top[V]) heapify() {
	for i := len(t.heap)/2 - 1; i >= 0; i-- {
		t.down(i, len(t.heap))
	}
}

// narrow shortens the shared prefix to what key, whose first eight bytes
// are head, shares with the keys offered before it, and recomputes the
// numbers of the kept keys: the order of the heap does not change, as it is
// the order of the whole keys.
func (t *Top[V]) narrow(key string, head uint64) {
	n := min(len(key), 8)
	if t.skip >= 0 {
		n = min(n, t.skip, bits.LeadingZeros64(head^t.ref)/8)
	}
	t.skip, t.mask = n, ^uint64(0)<<(64-8*n)
	t.ref = head & t.mask
	for i := range t.heap {
		t.heap[i].pre = prefixAt(t.slots[t.heap[i].slot].key, n)
	}
	if t.full {
		t.setBound()
	}
}

// Len returns how many keys t keeps: at most k.
func (t *Top[V]) Len() int { return len(t.heap) }

// Sort puts the kept keys in ascending order, for At. Offer must not be
// called again before the next Reset.
func (t *Top[V]) Sort() {
	h := t.heap
	if !t.full && len(h) <= smallSort {
		for i := 1; i < len(h); i++ {
			e := h[i]
			j := i
			for ; j > 0 && t.less(e, h[j-1]); j-- {
				h[j] = h[j-1]
			}
			h[j] = e
		}
		return
	}
	if !t.full {
		t.heapify()
	}
	for end := len(h) - 1; end > 0; end-- {
		h[0], h[end] = h[end], h[0]
		t.down(0, end)
	}
	t.full, t.head = false, ^uint64(0)
}

// smallSort is the count of keys up to which Sort uses an insertion sort.
const smallSort = 16

// At returns the i-th smallest kept key and its value, after Sort.
func (t *Top[V]) At(i int) (key string, val V) {
	s := &t.slots[t.heap[i].slot]
	return s.key, s.val
}

func (t *Top[V]) less(a, b topItem) bool {
	return a.pre < b.pre || a.pre == b.pre && t.slots[a.slot].key < t.slots[b.slot].key
}

// down restores the heap order of heap[:n] below i.
func (t *Top[V]) down(i, n int) {
	h := t.heap[:n]
	e := h[i]
	for {
		big := 2*i + 1
		if big >= n {
			break
		}
		if r := big + 1; r < n && t.less(h[big], h[r]) {
			big = r
		}
		if !t.less(e, h[big]) {
			break
		}
		h[i] = h[big]
		i = big
	}
	h[i] = e
}
