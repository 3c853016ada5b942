package tmap

import (
	"hash/maphash"
	"math"
	"math/bits"
)

const (
	// minTable is the smallest hash index, in slots.
	minTable = 8
	// minShrink is the number of deleted entries a store tolerates before it
	// considers rebuilding itself smaller.
	minShrink = 16
)

// store is the storage shared by Map and Map2. Entries live in dense
// parallel slices indexed by an id that stays fixed until the next rebuild;
// an open-addressing hash index maps keys to ids and a slice of ids keeps
// the ascending key order.
//
// Ids below merged are in order unless deleted; ids from merged on were
// added since the last sync and are not. Deleting an entry clears its live
// bit and zeroes its key and value (so the store pins nothing it no longer
// holds) and leaves a hole, which the next sync drops from order and the
// next rebuild reclaims. A rebuild happens when holes outnumber live
// entries, so storage never exceeds about twice the live entries plus the
// slack of append growth.
type store[K comparable, V any, H keyer[K]] struct {
	keys  []K
	vals  []V
	live  []uint64 // bit id%64 of live[id/64] is set while entry id is live
	order []int32  // entry ids in ascending key order, see merged and stale
	// table is the hash index, linear probing: a slot holds id+1, 0 is
	// empty. Slots carry no hash bits: that keeps the index at 4 bytes a
	// slot, and keys are hashed again when the index grows.
	table  []uint32
	merged int  // ids below merged are in order (or deleted)
	dead   int  // deleted ids below len(keys)
	stale  bool // order may hold deleted ids
	// gen changes whenever the set of keys or the layout changes, so an
	// iteration can tell that it must find its place again.
	gen  uint64
	seed maphash.Seed
}

func (s *store[K, V, H]) len() int { return len(s.keys) - s.dead }

func (s *store[K, V, H]) isLive(id int32) bool { return s.live[id/64]&(1<<(id%64)) != 0 }

// reserve makes room for n entries without further growth.
func (s *store[K, V, H]) reserve(n int) {
	if n <= 0 {
		return
	}
	s.keys = append(make([]K, 0, n), s.keys...)
	s.vals = append(make([]V, 0, n), s.vals...)
	s.order = append(make([]int32, 0, n), s.order...)
	s.live = append(make([]uint64, 0, (n+63)/64), s.live...)
	if tableSize(n) > len(s.table) {
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
func (s *store[K, V, H]) resize(size int) {
	if s.seed == (maphash.Seed{}) {
		s.seed = maphash.MakeSeed()
	}
	s.table = make([]uint32, size)
	var ops H
	for id := range s.keys {
		if s.isLive(int32(id)) {
			s.place(ops.hash(s.seed, s.keys[id]), id)
		}
	}
}

// place puts id, whose key hashes to h, in the first free slot from its home.
func (s *store[K, V, H]) place(h uint64, id int) {
	mask := uint64(len(s.table) - 1)
	i := h & mask
	for s.table[i] != 0 {
		i = (i + 1) & mask
	}
	s.table[i] = uint32(id + 1)
}

// find returns the slot and id of k, whose hash is h, or -1, -1.
func (s *store[K, V, H]) find(h uint64, k K) (slot, id int) {
	var ops H
	mask := uint64(len(s.table) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := s.table[i]
		if e == 0 {
			return -1, -1
		}
		if id := int(e - 1); ops.equal(s.keys[id], k) {
			return int(i), id
		}
	}
}

// lookup returns the id of k, or -1. It does not modify s.
func (s *store[K, V, H]) lookup(k K) int {
	if s.len() == 0 {
		return -1
	}
	var ops H
	_, id := s.find(ops.hash(s.seed, k), k)
	return id
}

func (s *store[K, V, H]) set(k K, v V) {
	if s.table == nil {
		s.resize(minTable)
	}
	var ops H
	h := ops.hash(s.seed, k)
	if _, id := s.find(h, k); id >= 0 {
		s.vals[id] = v
		return
	}
	if (s.len()+1)*4 > len(s.table)*3 {
		s.resize(len(s.table) * 2)
	}
	id := len(s.keys)
	if id >= math.MaxInt32-1 {
		panic("tmap: more than 2^31-2 entries")
	}
	s.keys = append(s.keys, k)
	s.vals = append(s.vals, v)
	if id/64 == len(s.live) {
		s.live = append(s.live, 0)
	}
	s.live[id/64] |= 1 << (id % 64)
	s.place(h, id)
	s.gen++
}

// remove deletes k and reports whether it was present.
func (s *store[K, V, H]) remove(k K) bool {
	if s.len() == 0 {
		return false
	}
	var ops H
	slot, id := s.find(ops.hash(s.seed, k), k)
	if id < 0 {
		return false
	}
	s.unlink(slot)
	s.gen++
	if id == len(s.keys)-1 && id >= s.merged {
		var zk K
		var zv V
		s.keys[id], s.vals[id] = zk, zv
		s.keys, s.vals = s.keys[:id], s.vals[:id]
		s.live[id/64] &^= 1 << (id % 64)
		return true
	}
	s.kill(id)
	if s.dead >= minShrink && s.dead > s.len() {
		s.rebuild()
	}
	return true
}

// kill marks entry id deleted and releases what its key and value hold.
func (s *store[K, V, H]) kill(id int) {
	var zk K
	var zv V
	s.keys[id], s.vals[id] = zk, zv
	s.live[id/64] &^= 1 << (id % 64)
	s.dead++
	if id < s.merged {
		s.stale = true
	}
}

// unlink empties slot i of the index, shifting later slots of the same
// probe run back so that lookups need no tombstones.
func (s *store[K, V, H]) unlink(i int) {
	var ops H
	mask := len(s.table) - 1
	for {
		s.table[i] = 0
		j := i
		for {
			j = (j + 1) & mask
			e := s.table[j]
			if e == 0 {
				return
			}
			home := int(ops.hash(s.seed, s.keys[e-1])) & mask
			// Move e to i unless its home lies cyclically in (i, j].
			if (i < j && (home <= i || home > j)) || (i > j && home <= i && home > j) {
				s.table[i] = e
				i = j
				break
			}
		}
	}
}

// sync brings order up to date: it drops deleted ids and merges the ids
// added since the last sync. Its cost is O(n) when entries were deleted and
// O(p log p + p log n) moves and comparisons for p added entries, plus O(n)
// to move the old ids; it does nothing, and allocates nothing, when s did
// not change since the last sync.
func (s *store[K, V, H]) sync() {
	if s.merged == len(s.keys) && !s.stale {
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
	for id := s.merged; id < len(s.keys); id++ {
		if s.isLive(int32(id)) {
			s.order = append(s.order, int32(id))
		}
	}
	s.merged = len(s.keys)
	added := s.order[n0:]
	if len(added) == 0 {
		return
	}
	var ops H
	ops.sortIDs(s.keys, added)
	if n0 > 0 && ops.compare(s.keys[s.order[n0-1]], s.keys[added[0]]) > 0 {
		s.mergeTail(n0)
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
		pos := s.search(0, hi, s.keys[add[j]])
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

// search returns the first position in order[lo:hi] whose key is greater
// than k, or hi.
func (s *store[K, V, H]) search(lo, hi int, k K) int {
	var ops H
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ops.compare(s.keys[s.order[m]], k) > 0 {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// each calls yield for every entry in ascending key order until it returns
// false. The loop body may change s: the iteration then goes on after the
// last key yielded, in s as it is now (see Map.All).
func (s *store[K, V, H]) each(yield func(K, V) bool) {
	s.sync()
	gen := s.gen
	for i := 0; i < len(s.order); {
		id := s.order[i]
		k := s.keys[id]
		if !yield(k, s.vals[id]) {
			return
		}
		i = s.next(i, k, &gen)
	}
}

// next returns the position of the entry that follows position i, whose key
// is k, in an iteration that last saw generation *gen. If s changed in
// between, it syncs and finds the first key greater than k.
func (s *store[K, V, H]) next(i int, k K, gen *uint64) int {
	if s.gen == *gen {
		return i + 1
	}
	s.sync()
	*gen = s.gen
	return s.search(0, len(s.order), k)
}

// compacted returns a copy of s's live entries laid out in key order, in
// storage sized to hold exactly them.
func (s *store[K, V, H]) compacted() store[K, V, H] {
	s.sync()
	c := store[K, V, H]{seed: s.seed, gen: s.gen + 1}
	n := len(s.order)
	if n == 0 {
		return c
	}
	c.keys = make([]K, n)
	c.vals = make([]V, n)
	c.order = make([]int32, n)
	c.live = make([]uint64, (n+63)/64)
	for i, id := range s.order {
		c.keys[i], c.vals[i], c.order[i] = s.keys[id], s.vals[id], int32(i)
		c.live[i/64] |= 1 << (i % 64)
	}
	c.resize(tableSize(n))
	c.merged = n
	return c
}

// rebuild replaces s's storage by a compacted copy.
func (s *store[K, V, H]) rebuild() { *s = s.compacted() }

// clear drops every entry and the storage that held them.
func (s *store[K, V, H]) clear() {
	*s = store[K, V, H]{seed: s.seed, gen: s.gen + 1}
}
