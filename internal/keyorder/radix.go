package keyorder

import "math/bits"

// radixMin is the number of keys from which Sorter.Order sorts the eight-byte
// prefixes with a radix sort: on random input a comparison sort mispredicts
// about one branch per element and level, a radix sort none.
const radixMin = 256

// radixPasses is the number of prefix bytes the radix sort orders by: the
// most significant bytes in which the prefixes differ. Keys that agree on
// them are few unless the keys differ only further on; each group of such
// keys is then sorted by the comparison sort.
const radixPasses = 3

// histograms counts, for each byte position sorted on, how many keys have
// each byte value there.
type histograms [radixPasses][256]int32

// radix sorts items by prefix: a least-significant-first radix sort on the
// (at most radixPasses) most significant bytes where the prefixes differ,
// then a comparison sort of each group of items equal on those bytes, by
// the rest of the prefix and of the keys. It returns the sorted items,
// which live in s.items or s.spare.
func (s *Sorter) radix(items []prefixed, keys []string, depth int) []prefixed {
	n := len(items)
	if cap(s.spare) < n {
		s.spare = make([]prefixed, n)
	}
	if s.hist == nil {
		s.hist = new(histograms)
	}
	all, any := ^uint64(0), uint64(0)
	for _, it := range items {
		all &= it.pre
		any |= it.pre
	}
	differ := all ^ any
	var shifts [radixPasses]uint
	passes := 0
	var mask uint64
	for b := 7; b >= 0 && passes < radixPasses; b-- {
		if byte(differ>>(8*b)) != 0 {
			shifts[passes] = uint(8 * b)
			mask |= 0xff << (8 * b)
			passes++
		}
	}
	h := s.hist
	*h = histograms{}
	for _, it := range items {
		for j := range passes {
			h[j][byte(it.pre>>shifts[j])]++
		}
	}
	src, dst := items, s.spare[:n]
	for j := passes - 1; j >= 0; j-- {
		c, shift := &h[j], shifts[j]
		var sum int32
		for i, k := range c {
			c[i], sum = sum, sum+k
		}
		for _, it := range src {
			d := byte(it.pre >> shift)
			dst[c[d]] = it
			c[d]++
		}
		src, dst = dst, src
	}
	budget := 2 * bits.Len(uint(n))
	for i := 0; i < n; {
		j := i + 1
		for j < n && src[j].pre&mask == src[i].pre&mask {
			j++
		}
		if j-i > 1 {
			sortDigits(src[i:j], keys, depth, budget)
		}
		i = j
	}
	return src
}
