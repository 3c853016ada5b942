package tmap

import (
	"hash/maphash"
	"math"
	"math/bits"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/mapkit-go/mapkit/internal/keyorder"
)

const (
	// small is the number of entries a store holds in its own inline
	// arrays, found by scanning the keys: a small map is one allocation and
	// hashes nothing.
	small = 8
	// minTable is the smallest hash index, in slots.
	minTable = 16
	// minShrink is the number of deleted entries a store tolerates before it
	// considers rebuilding itself smaller.
	minShrink = 16
)

// store is the storage shared by Map and Map2. Entries live in dense
// parallel slices indexed by an id that stays fixed until the next rebuild;
// an open-addressing hash index maps keys to ids and a slice of ids keeps
// the ascending key order.
//
// Up to small entries the slices view the store's inline arrays and there
// is no index: lookups compare the keys in turn, and a deletion closes the
// gap at once. Past that, the index is built and deletions are lazy.
//
// Ids below merged are in order unless deleted; ids from merged on were
// added since the last sync and are not. Deleting an entry clears its live
// bit and zeroes its key and value (so the store pins nothing it no longer
// holds) and leaves a hole, which the next sync drops from order and the
// next rebuild reclaims. A rebuild happens when holes outnumber live
// entries, so storage never exceeds about twice the live entries plus the
// slack of append growth.
//
// Readers never change the entries or the index. The one thing a read may
// do is bring order up to date (sync); it does so under mu and publishes
// the result through dirty, so any number of goroutines may read a store
// that none writes.
type store[K comparable, V any, H keyer[K]] struct {
	mu    sync.Mutex  // held while a reader syncs order
	dirty atomic.Bool // order may not hold exactly the live ids in key order

	ents  []ent[K, V]
	live  []uint64 // bit id%64 of live[id/64] is set while entry id is live
	order []int32  // entry ids in ascending key order, see merged and stale
	// slots is the hash index, linear probing, nil while the store is
	// small. A slot holds id+1 in its low half (0 is empty) and the high
	// half of the key's hash in its high half: probes compare those bits
	// before touching a key, and growing the index hashes nothing again.
	slots  []uint64
	merged int  // ids below merged are in order (or deleted)
	dead   int  // deleted ids below len(keys)
	stale  bool // order may hold deleted ids
	// gen changes whenever the set of keys or the layout changes, so an
	// iteration can tell that it must find its place again.
	gen  uint64
	seed maphash.Seed

	inEnts  [small]ent[K, V]
	inOrder [small]int32
	inLive  [1]uint64
}

// ent is one entry of a store: a lookup that finds the key has the value
// beside it, in the same cache line for small values.
type ent[K comparable, V any] struct {
	k K
	v V
}

// newStore returns an empty store with room for capacity entries.
func newStore[K comparable, V any, H keyer[K]](capacity int) *store[K, V, H] {
	s := new(store[K, V, H])
	s.inline()
	s.reserve(capacity)
	return s
}

// inline points s's slices at its inline arrays, which must be clear.
func (s *store[K, V, H]) inline() {
	s.ents = s.inEnts[:0]
	s.order, s.live = s.inOrder[:0], s.inLive[:]
}

// reset makes s an empty small store.
func (s *store[K, V, H]) reset() {
	clear(s.inEnts[:])
	s.inLive[0] = 0
	s.inline()
	s.slots = nil
	s.merged, s.dead, s.stale = 0, 0, false
	s.gen++
	s.dirty.Store(false)
}

func (s *store[K, V, H]) len() int {
	if s == nil {
		return 0
	}
	return len(s.ents) - s.dead
}

func (s *store[K, V, H]) isLive(id int32) bool { return s.live[id/64]&(1<<(id%64)) != 0 }

// unsort records that order is no longer current.
func (s *store[K, V, H]) unsort() {
	if !s.dirty.Load() {
		s.dirty.Store(true)
	}
}

// reserve makes room for n entries without further growth.
func (s *store[K, V, H]) reserve(n int) {
	if n <= cap(s.ents) {
		return
	}
	s.ents = append(make([]ent[K, V], 0, n), s.ents...)
	s.order = append(make([]int32, 0, n), s.order...)
	s.live = append(make([]uint64, 0, (n+63)/64), s.live...)
	clear(s.inEnts[:])
	if n > small && tableSize(n) > len(s.slots) {
		s.resize(tableSize(n))
	}
}

// tableSize returns the index size for n entries: a power of two, at most
// three quarters full.
func tableSize(n int) int {
	want := n + n/3 + 1
	if want <= minTable {
		return minTable
	}
	return 1 << bits.Len(uint(want-1))
}

// resize replaces the index by one of size slots holding every live entry.
// Entries already indexed move by the hash bits their slots keep.
func (s *store[K, V, H]) resize(size int) {
	old := s.slots
	s.slots = make([]uint64, size)
	if old != nil {
		for _, e := range old {
			if e != 0 {
				s.place(e)
			}
		}
		return
	}
	if s.seed == (maphash.Seed{}) {
		s.seed = maphash.MakeSeed()
	}
	for id := range s.ents {
		if s.isLive(int32(id)) {
			s.place(slotOf(s.hash(s.ents[id].k), id))
		}
	}
}

// hash returns the hash of k. Keys equal to themselves take maphash's
// hash directly, which is what the keyer returns for them, with no call
// through the keyer: that call is not inlined in generic code.
func (s *store[K, V, H]) hash(k K) uint64 {
	if k == k {
		return maphash.Comparable(s.seed, k)
	}
	var ops H
	return ops.hash(s.seed, k)
}

// same reports whether x and k are one key: == for keys equal to
// themselves, the keyer for the others (NaNs, pairs holding NaNs).
func same[K comparable, H keyer[K]](x, k K) bool {
	if k == k {
		return x == k
	}
	var ops H
	return ops.equal(x, k)
}

// slotOf returns the slot of entry id, whose key hashes to h.
func slotOf(h uint64, id int) uint64 { return h&^math.MaxUint32 | uint64(id+1) }

// home returns the first slot a slot value probes from.
func (s *store[K, V, H]) home(e uint64) int { return int(e>>32) & (len(s.slots) - 1) }

// place puts slot value e in the first free slot from its home.
func (s *store[K, V, H]) place(e uint64) {
	mask := len(s.slots) - 1
	i := s.home(e)
	for s.slots[i] != 0 {
		i = (i + 1) & mask
	}
	s.slots[i] = e
}

// find returns the slot and id of k, whose hash is h, or -1, -1.
func (s *store[K, V, H]) find(h uint64, k K) (slot, id int) {
	mask := len(s.slots) - 1
	tag := h &^ math.MaxUint32
	for i := int(h>>32) & mask; ; i = (i + 1) & mask {
		e := s.slots[i]
		if e == 0 {
			return -1, -1
		}
		if e&^math.MaxUint32 == tag {
			if id := int(uint32(e)) - 1; same[K, H](s.ents[id].k, k) {
				return i, id
			}
		}
	}
}

// scan returns the id of k in a small store, or -1.
func (s *store[K, V, H]) scan(k K) int {
	for id := range s.ents {
		if same[K, H](s.ents[id].k, k) {
			return id
		}
	}
	return -1
}

// lookup returns the id of k, or -1. It does not modify s.
func (s *store[K, V, H]) lookup(k K) int {
	if s == nil {
		return -1
	}
	if s.slots == nil {
		return s.scan(k)
	}
	_, id := s.find(s.hash(k), k)
	return id
}

// locate returns the id of k, or -1 and the hash a new entry for k needs.
func (s *store[K, V, H]) locate(k K) (id int, h uint64) {
	if s.slots == nil {
		return s.scan(k), 0
	}
	h = s.hash(k)
	_, id = s.find(h, k)
	return id, h
}

// set stores v for k. The key is stored too, so that of keys equal but
// spelt differently (-0 and +0) the latest is kept, as in a Go map.
func (s *store[K, V, H]) set(k K, v V) {
	id, h := s.locate(k)
	if id >= 0 {
		s.ents[id].k, s.ents[id].v = k, v
		return
	}
	s.add(k, v, h)
}

// add appends the new entry k, v; h is k's hash if s has an index.
func (s *store[K, V, H]) add(k K, v V, h uint64) int {
	id := len(s.ents)
	if id >= math.MaxInt32-1 {
		panic("tmap: more than 2^31-2 entries")
	}
	if s.slots == nil && id == small {
		s.reserve(2 * small) // builds the index
		h = s.hash(k)
	} else if s.slots != nil && (s.len()+1)*4 > len(s.slots)*3 {
		s.resize(len(s.slots) * 2)
	}
	s.ents = append(s.ents, ent[K, V]{k, v})
	if id/64 == len(s.live) {
		s.live = append(s.live, 0)
	}
	s.live[id/64] |= 1 << (id % 64)
	if s.slots != nil {
		s.place(slotOf(h, id))
	}
	s.gen++
	s.unsort()
	return id
}

// remove deletes k and reports whether it was present.
func (s *store[K, V, H]) remove(k K) bool {
	if s.len() == 0 {
		return false
	}
	if s.slots == nil {
		id := s.scan(k)
		if id < 0 {
			return false
		}
		s.closeGap(id)
		return true
	}
	slot, id := s.find(s.hash(k), k)
	if id < 0 {
		return false
	}
	s.drop(slot, id)
	return true
}

// closeGap removes entry id of a small store by moving the later entries
// down; order is rebuilt by the next sync, which sorts at most small ids.
func (s *store[K, V, H]) closeGap(id int) {
	n := len(s.ents) - 1
	copy(s.ents[id:], s.ents[id+1:])
	s.ents[n] = ent[K, V]{}
	s.ents = s.ents[:n]
	s.live[0] &^= 1 << n
	s.order, s.merged, s.stale = s.order[:0], 0, false
	s.gen++
	s.unsort()
}

// drop deletes entry id, which index slot holds, from a store with an index.
func (s *store[K, V, H]) drop(slot, id int) {
	s.unlink(slot)
	s.gen++
	if id == len(s.ents)-1 && id >= s.merged {
		s.ents[id] = ent[K, V]{}
		s.ents = s.ents[:id]
		s.live[id/64] &^= 1 << (id % 64)
		return
	}
	s.kill(id)
	if id < s.merged {
		s.stale = true
		s.unsort()
	}
	if s.dead >= minShrink && s.dead > s.len() {
		s.rebuild()
	}
}

// kill marks entry id deleted and releases what its key and value hold.
func (s *store[K, V, H]) kill(id int) {
	s.ents[id] = ent[K, V]{}
	s.live[id/64] &^= 1 << (id % 64)
	s.dead++
}

// unlink empties slot i of the index, shifting later slots of the same
// probe run back so that lookups need no tombstones.
func (s *store[K, V, H]) unlink(i int) {
	mask := len(s.slots) - 1
	for {
		s.slots[i] = 0
		j := i
		for {
			j = (j + 1) & mask
			e := s.slots[j]
			if e == 0 {
				return
			}
			home := s.home(e)
			// Move e to i unless its home lies cyclically in (i, j].
			if (i < j && (home <= i || home > j)) || (i > j && home <= i && home > j) {
				s.slots[i] = e
				i = j
				break
			}
		}
	}
}

// current returns order brought up to date. Any number of goroutines may
// call it on a store that none writes: the first to find order out of date
// syncs it under mu, and the others wait for that.
func (s *store[K, V, H]) current() []int32 {
	if s.dirty.Load() {
		s.mu.Lock()
		if s.dirty.Load() {
			s.sync()
			s.dirty.Store(false)
		}
		s.mu.Unlock()
	}
	return s.order
}

// sync brings order up to date: it drops deleted ids and merges the ids
// added since the last sync. Its cost is O(n) when entries were deleted and
// O(p log p + p log n) moves and comparisons for p added entries, plus O(n)
// to move the old ids; it does nothing, and allocates nothing, when s did
// not change since the last sync.
func (s *store[K, V, H]) sync() {
	if s.merged == len(s.ents) && !s.stale {
		return
	}
	if s.stale {
		n := 0
		for _, id := range s.order {
			if s.isLive(id) {
				s.order[n] = id
				n++
			}
		}
		s.order = s.order[:n]
		s.stale = false
	}
	n0 := len(s.order)
	for id := s.merged; id < len(s.ents); id++ {
		if s.isLive(int32(id)) {
			s.order = append(s.order, int32(id))
		}
	}
	s.merged = len(s.ents)
	added := s.order[n0:]
	if len(added) == 0 {
		return
	}
	var ops H
	if len(added) <= small {
		s.insertionSort(added)
	} else {
		s.sortIDs(added)
	}
	if n0 > 0 && ops.compare(s.ents[s.order[n0-1]].k, s.ents[added[0]].k) > 0 {
		s.mergeTail(n0)
	}
}

// sortIDs sorts ids by key: keys of string kind with the radix sort of
// keyorder, in pooled buffers, others with a comparison sort.
func (s *store[K, V, H]) sortIDs(ids []int32) {
	if !isStringKind[K]() {
		var ops H
		slices.SortFunc(ids, func(a, b int32) int { return ops.compare(s.ents[a].k, s.ents[b].k) })
		return
	}
	buf := stringBufs.Get()
	for _, id := range ids {
		*buf = append(*buf, keyString(s.ents[id].k))
	}
	keyorder.Pairs(*buf, ids)
	stringBufs.Put(buf)
}

// insertionSort sorts a few ids by key.
func (s *store[K, V, H]) insertionSort(ids []int32) {
	var ops H
	for i := 1; i < len(ids); i++ {
		for j := i; j > 0 && ops.compare(s.ents[ids[j-1]].k, s.ents[ids[j]].k) > 0; j-- {
			ids[j-1], ids[j] = ids[j], ids[j-1]
		}
	}
}

// mergeTail merges the sorted ids order[n0:] into the sorted order[:n0],
// from the back: each added id finds its place by binary search and the old
// ids after it move once.
func (s *store[K, V, H]) mergeTail(n0 int) {
	buf := idBufs.Get()
	add := append(*buf, s.order[n0:]...)
	hi, w := n0, len(s.order)
	for j := len(add) - 1; j >= 0 && hi > 0; j-- {
		pos := s.upper(s.order[:hi], s.ents[add[j]].k)
		w -= hi - pos
		copy(s.order[w:], s.order[pos:hi])
		hi = pos
		w--
		s.order[w] = add[j]
	}
	copy(s.order[hi:w], add[:w-hi]) // added ids below every old one
	*buf = add
	idBufs.Put(buf)
}

// upper returns the first position in order whose key is greater than k,
// or len(order).
func (s *store[K, V, H]) upper(order []int32, k K) int {
	var ops H
	lo, hi := 0, len(order)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ops.compare(s.ents[order[m]].k, k) > 0 {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// lower returns the first position in order whose key is not less than k,
// or len(order).
func (s *store[K, V, H]) lower(order []int32, k K) int {
	var ops H
	lo, hi := 0, len(order)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ops.compare(s.ents[order[m]].k, k) >= 0 {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// compacted returns a copy of s's live entries laid out in key order, in
// storage sized to hold exactly them.
func (s *store[K, V, H]) compacted() *store[K, V, H] {
	c := newStore[K, V, H](0)
	if s == nil {
		return c
	}
	c.seed = s.seed
	order := s.current()
	c.fill(len(order), func(yield func(K, V) bool) {
		for _, id := range order {
			yield(s.ents[id].k, s.ents[id].v)
		}
	})
	return c
}

// fill loads n entries, given in ascending key order, into the empty store s.
func (s *store[K, V, H]) fill(n int, entries func(yield func(K, V) bool)) {
	if n > small {
		s.ents = make([]ent[K, V], 0, n)
		s.order, s.live = make([]int32, n), make([]uint64, (n+63)/64)
	}
	entries(func(k K, v V) bool {
		id := len(s.ents)
		s.ents = append(s.ents, ent[K, V]{k, v})
		s.order = s.order[:id+1]
		s.order[id] = int32(id)
		s.live[id/64] |= 1 << (id % 64)
		return true
	})
	s.merged = len(s.ents)
	if n > small {
		s.resize(tableSize(n))
	}
	s.gen++
	s.dirty.Store(false)
}

// rebuild replaces s's storage by one holding exactly its live entries, in
// key order.
func (s *store[K, V, H]) rebuild() {
	c := s.compacted()
	if c.slots != nil {
		clear(s.inEnts[:])
		s.ents, s.order, s.live, s.slots = c.ents, c.order, c.live, c.slots
		s.merged, s.dead, s.stale = c.merged, 0, false
		s.gen++
		s.dirty.Store(false)
		return
	}
	gen := s.gen
	s.reset()
	s.gen = gen
	s.fill(c.len(), func(yield func(K, V) bool) {
		for i := range c.ents {
			yield(c.ents[i].k, c.ents[i].v)
		}
	})
}
