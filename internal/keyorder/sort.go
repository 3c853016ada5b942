// Package keyorder orders map keys: one string sort (Sorter, and Strings and
// Pairs on top of it), used wherever the module emits keys in sorted order
// (encode, tmap, safelog), and bounded top-k selections (Top for string
// keys, Smallest for any ordering) that pick the smallest keys of a huge map
// without sorting it (safelog).
package keyorder

import "sync"

// insertionCutoff is the number of keys up to which insertion sort wins.
const insertionCutoff = 12

// maxPooledKeys is the largest key count whose scratch space a pooled
// Sorter keeps, so one huge map does not pin memory for the life of the
// process.
const maxPooledKeys = 1 << 16

var sorters = sync.Pool{New: func() any { return new(Sorter) }}

// Strings sorts keys in ascending byte order, the order of strings.Compare
// and of encoding/json's map keys. It orders the keys with a pooled Sorter
// and moves each key once, so it does not allocate in steady state.
func Strings(keys []string) {
	sortPairs[struct{}](keys, nil)
}

// Pairs sorts keys in ascending byte order and applies the same permutation
// to vals, which must be as long as keys. It does not allocate in steady
// state.
func Pairs[V any](keys []string, vals []V) {
	if len(vals) != len(keys) {
		panic("keyorder.Pairs: keys and vals differ in length")
	}
	sortPairs(keys, vals)
}

// sortPairs sorts keys, and vals alike unless vals is nil.
func sortPairs[V any](keys []string, vals []V) {
	if len(keys) <= insertionCutoff {
		insertionSort(keys, vals)
		return
	}
	s := sorters.Get().(*Sorter)
	permute(keys, vals, s.Order(keys))
	s.Reset(maxPooledKeys)
	sorters.Put(s)
}

// permute rearranges keys (and vals unless nil) so that the new keys[i] is
// the old keys[perm[i]], following each cycle of the permutation once. It
// consumes perm: entries it has placed are set to -1.
func permute[V any](keys []string, vals []V, perm []int32) {
	for start := range perm {
		if perm[start] < 0 {
			continue
		}
		key := keys[start]
		var val V
		if vals != nil {
			val = vals[start]
		}
		for j := start; ; {
			from := int(perm[j])
			perm[j] = -1
			if from == start {
				keys[j] = key
				if vals != nil {
					vals[j] = val
				}
				break
			}
			keys[j] = keys[from]
			if vals != nil {
				vals[j] = vals[from]
			}
			j = from
		}
	}
}

// insertionSort sorts a few keys, and vals alike unless vals is nil.
func insertionSort[V any](keys []string, vals []V) {
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
			if vals != nil {
				vals[j], vals[j-1] = vals[j-1], vals[j]
			}
		}
	}
}
