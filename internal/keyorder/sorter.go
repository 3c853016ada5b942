package keyorder

import (
	"math/bits"
	"slices"
	"strings"
)

// Sorter orders keys as Strings sorts them, without moving them: it returns
// the permutation that visits them in order, so that a caller can visit
// values collected beside the keys without looking each key up again. Each
// key's first eight bytes (past the prefix all keys share) are read once
// into a number that compares as the bytes do, and kept beside the key's
// index, so that most comparisons touch no string data: on large maps,
// whose key strings are scattered in memory, that is what sorting costs.
// Large key sets are ordered by those numbers with a radix sort, which
// has no data-dependent branches; ties, and small key sets, go through a
// three-way quicksort on eight bytes at a time. The worst case stays
// O(n log n).
//
// The zero value is ready to use. A Sorter keeps its scratch space between
// calls, so sorting in steady state does not allocate; it is not safe for
// concurrent use.
type Sorter struct {
	items []prefixed
	spare []prefixed // the radix sort's other buffer
	perm  []int32
	hist  *histograms
}

// prefixed is what the sort moves: 16 bytes, the key itself stays put.
type prefixed struct {
	pre uint64 // eight bytes of the key past the shared prefix, big-endian, zero-padded
	at  int32  // index of the key
}

// Order returns perm such that keys[perm[0]], keys[perm[1]], ... ascend in
// byte order; keys is left as it is. perm is valid until the next call.
// keys must be fewer than 2^31.
func (s *Sorter) Order(keys []string) (perm []int32) {
	n := len(keys)
	if cap(s.items) < n {
		s.items = make([]prefixed, n)
		s.perm = make([]int32, n)
	}
	perm = s.perm[:n]
	items := s.items[:n]
	depth := 0
	if n > insertionCutoff {
		depth = sharedPrefix(keys)
	}
	for i, k := range keys {
		items[i] = prefixed{pre: prefixAt(k, depth), at: int32(i)}
	}
	if n >= radixMin {
		items = s.radix(items, keys, depth)
	} else {
		sortDigits(items, keys, depth, 2*bits.Len(uint(n)))
	}
	for i := range items {
		perm[i] = items[i].at
	}
	return perm
}

// sharedPrefix returns the length of the longest prefix all keys share.
func sharedPrefix(keys []string) int {
	if len(keys) == 0 {
		return 0
	}
	p := keys[0]
	for _, k := range keys[1:] {
		n := min(len(p), len(k))
		i := 0
		for i < n && p[i] == k[i] {
			i++
		}
		p = p[:i]
		if p == "" {
			return 0
		}
	}
	return len(p)
}

// Room returns how many keys s's scratch space holds without growing.
func (s *Sorter) Room() int { return cap(s.items) }

// Reset drops the scratch space if it holds room for more than max keys, so
// that a pooled Sorter does not pin the memory of one huge map.
func (s *Sorter) Reset(max int) {
	if cap(s.items) > max {
		s.items, s.spare, s.perm = nil, nil, nil
	}
}

// sortDigits sorts items whose keys share their first depth bytes; pre
// holds each key's eight bytes from depth on. It is a three-way quicksort on
// those eight-byte digits: keys whose digit equals the pivot's move on to
// the next eight bytes, so long shared prefixes cost one pass per eight
// bytes rather than string comparisons. Past budget levels of partitioning
// (only reached on adversarial orders) it hands the rest to the standard
// library's pattern-defeating sort, so the worst case stays O(n log n).
func sortDigits(items []prefixed, keys []string, depth, budget int) {
	for len(items) > insertionCutoff {
		if budget == 0 {
			slices.SortFunc(items, func(a, b prefixed) int {
				return strings.Compare(keys[a.at][depth:], keys[b.at][depth:])
			})
			return
		}
		budget--
		pivot := median(items[0].pre, items[len(items)/2].pre, items[len(items)-1].pre)
		lt, i, gt := 0, 0, len(items)
		for i < gt {
			switch p := items[i].pre; {
			case p < pivot:
				items[lt], items[i] = items[i], items[lt]
				lt++
				i++
			case p > pivot:
				gt--
				items[i], items[gt] = items[gt], items[i]
			default:
				i++
			}
		}
		sortDigits(items[:lt], keys, depth, budget)
		sortDigits(items[gt:], keys, depth, budget)
		items = items[lt:gt]
		// The middle keys agree on eight more bytes, zero padding included.
		// Those that end within them are prefixes of all the others (what
		// follows them there can only be NUL bytes): they come first, the
		// shorter first, and the rest move on to the next eight bytes.
		ended := 0
		for j := range items {
			if len(keys[items[j].at]) <= depth+8 {
				items[ended], items[j] = items[j], items[ended]
				ended++
			}
		}
		slices.SortFunc(items[:ended], func(a, b prefixed) int {
			return len(keys[a.at]) - len(keys[b.at])
		})
		items = items[ended:]
		depth += 8
		for j := range items {
			items[j].pre = prefixAt(keys[items[j].at], depth)
		}
	}
	for i := 1; i < len(items); i++ {
		e := items[i]
		j := i
		for ; j > 0 && less(&e, &items[j-1], keys, depth); j-- {
			items[j] = items[j-1]
		}
		items[j] = e
	}
}

// less orders by digit, then by the rest of the keys: a key that ends
// within the digit is zero-padded, so equal digits still need the strings
// compared.
func less(a, b *prefixed, keys []string, depth int) bool {
	return a.pre < b.pre || a.pre == b.pre && keys[a.at][depth:] < keys[b.at][depth:]
}

func median(a, b, c uint64) uint64 {
	if a > b {
		a, b = b, a
	}
	if b > c {
		b = c
	}
	return max(a, b)
}
