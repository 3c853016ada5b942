// Package keyorder orders map keys: a string sort tuned for map keys, used
// wherever the module emits keys in sorted order (encode, tmap), and a
// bounded top-k selection that picks the smallest keys of a huge map without
// sorting it (safelog).
package keyorder

// insertionCutoff is the partition size below which insertion sort wins.
const insertionCutoff = 12

// Strings sorts keys in ascending byte order, the order of strings.Compare
// and of encoding/json's map keys. It is a three-way radix quicksort: keys
// that share long prefixes (the usual case for map keys such as "user_id",
// "user_name") are compared once per character position, not once per pair.
// It does not allocate.
func Strings(keys []string) {
	sortPairs[struct{}](keys, nil, 0)
}

// Pairs sorts keys in ascending byte order and applies the same permutation
// to vals, which must be as long as keys. It does not allocate.
func Pairs[V any](keys []string, vals []V) {
	if len(vals) != len(keys) {
		panic("keyorder.Pairs: keys and vals differ in length")
	}
	sortPairs(keys, vals, 0)
}

// at returns the byte of s at depth d, or -1 past its end, so that a prefix
// sorts before its extensions.
func at(s string, d int) int {
	if d < len(s) {
		return int(s[d])
	}
	return -1
}

func sortPairs[V any](keys []string, vals []V, depth int) {
	for len(keys) > insertionCutoff {
		pivot := medianOf3(at(keys[0], depth), at(keys[len(keys)/2], depth), at(keys[len(keys)-1], depth))
		// Partition into [0,lt) < pivot, [lt,gt) == pivot, [gt,n) > pivot.
		lt, i, gt := 0, 0, len(keys)
		for i < gt {
			c := at(keys[i], depth)
			switch {
			case c < pivot:
				swap(keys, vals, lt, i)
				lt++
				i++
			case c > pivot:
				gt--
				swap(keys, vals, i, gt)
			default:
				i++
			}
		}
		sortPairs(keys[:lt], sub(vals, 0, lt), depth)
		sortPairs(keys[gt:], sub(vals, gt, len(keys)), depth)
		if pivot < 0 {
			return // every key in the middle ended at this depth: all equal
		}
		keys, vals, depth = keys[lt:gt], sub(vals, lt, gt), depth+1
	}
	insertionSort(keys, vals, depth)
}

func sub[V any](vals []V, i, j int) []V {
	if vals == nil {
		return nil
	}
	return vals[i:j]
}

func swap[V any](keys []string, vals []V, i, j int) {
	keys[i], keys[j] = keys[j], keys[i]
	if vals != nil {
		vals[i], vals[j] = vals[j], vals[i]
	}
}

func medianOf3(a, b, c int) int {
	if a > b {
		a, b = b, a
	}
	if b > c {
		b = c
	}
	if a > b {
		return a
	}
	return b
}

// insertionSort sorts keys that are known to share their first depth bytes.
func insertionSort[V any](keys []string, vals []V, depth int) {
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j][depth:] < keys[j-1][depth:]; j-- {
			swap(keys, vals, j, j-1)
		}
	}
}
