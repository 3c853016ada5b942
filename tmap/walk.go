package tmap

// ascend calls yield for the entries from position i of the key order
// upward until it returns false. The loop body may change s: the walk then
// goes on after the last key yielded, in s as it is now (see Map.All).
func (s *store[K, V, H]) ascend(i int, yield func(K, V) bool) {
	if s == nil {
		return
	}
	order, gen := s.current(), s.gen
	for i < len(order) {
		id := order[i]
		k := s.ents[id].k
		if !yield(k, s.ents[id].v) {
			return
		}
		if s.gen == gen {
			i++
			continue
		}
		order, gen = s.current(), s.gen
		i = s.upper(order, k)
	}
}

// descend calls yield for the entries from position i of the key order
// downward until it returns false, with the guarantees of ascend.
func (s *store[K, V, H]) descend(i int, yield func(K, V) bool) {
	if s == nil {
		return
	}
	order, gen := s.current(), s.gen
	for 0 <= i && i < len(order) {
		id := order[i]
		k := s.ents[id].k
		if !yield(k, s.ents[id].v) {
			return
		}
		if s.gen == gen {
			i--
			continue
		}
		order, gen = s.current(), s.gen
		i = s.lower(order, k) - 1
	}
}

// from returns the position of the first key not less than k.
func (s *store[K, V, H]) from(k K) int {
	if s == nil {
		return 0
	}
	return s.lower(s.current(), k)
}

// through returns the position of the last key not greater than k, or -1.
func (s *store[K, V, H]) through(k K) int {
	if s == nil {
		return -1
	}
	return s.upper(s.current(), k) - 1
}

// last returns the position of the greatest key, or -1.
func (s *store[K, V, H]) last() int { return s.len() - 1 }

// at returns the entry at position i of the key order.
func (s *store[K, V, H]) at(i int) (k K, v V, ok bool) {
	if i < 0 || i >= s.len() {
		return k, v, false
	}
	id := s.current()[i]
	return s.ents[id].k, s.ents[id].v, true
}

// popAt removes and returns the entry at position i, which must be the
// first or the last of the key order. The order stays current, so a run of
// pops costs O(1) amortised each.
func (s *store[K, V, H]) popAt(i int) (k K, v V, ok bool) {
	k, v, ok = s.at(i)
	if !ok {
		return k, v, false
	}
	if s.slots == nil {
		s.remove(k)
		return k, v, true
	}
	slot, id := s.find(s.hash(k), k)
	if i == 0 {
		s.order = s.order[1:]
	} else {
		s.order = s.order[:i]
	}
	s.unlink(slot)
	s.kill(id)
	s.gen++
	if s.dead >= minShrink && s.dead > s.len() {
		s.rebuild()
	}
	return k, v, true
}
