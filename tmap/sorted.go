package tmap

import (
	"cmp"
	"iter"
	"slices"

	"github.com/mapkit-go/mapkit/internal/keyorder"
)

// Sorted returns an iterator over the entries of a plain map in ascending key
// order, the loop-friendly form of ranging over slices.Sorted(maps.Keys(m)).
//
// Each loop copies the entries into pooled buffers and sorts them there
// (string keys with a radix sort), so in steady state it allocates nothing;
// the buffers go back to the pool when the loop ends, also on break or
// panic. Buffers of more than 65,536 entries are not kept. The loop sees the
// entries as they were when it started: changes made by the loop body are
// not seen. Unlike looking keys up again, this also yields NaN keys, which
// sort first.
func Sorted[M ~map[K]V, K cmp.Ordered, V any](m M) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		if _, ok := asStrings[K](nil); !ok {
			sortedEntries(m, cmp.Compare[K], yield)
			return
		}
		kp, vp := bufPool[K](), bufPool[V]()
		kb, vb := kp.Get(), vp.Get()
		defer kp.Put(kb)
		defer vp.Put(vb)
		for k, v := range m {
			*kb = append(*kb, k)
			*vb = append(*vb, v)
		}
		ks, vs := *kb, *vb
		strs, _ := asStrings(ks)
		keyorder.Pairs(strs, vs)
		for i, k := range ks {
			if !yield(k, vs[i]) {
				return
			}
		}
	}
}

// SortedFunc returns an iterator over the entries of a plain map in the
// order of compare, for key types that cmp.Ordered does not cover (structs,
// arrays, pointers). compare must be a strict weak order; entries whose keys
// compare equal come in unspecified order. It pools its buffers and sees the
// map as Sorted does.
func SortedFunc[M ~map[K]V, K comparable, V any](m M, compare func(a, b K) int) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		sortedEntries(m, compare, yield)
	}
}

// entry is one key and value of a plain map being sorted.
type entry[K comparable, V any] struct {
	k K
	v V
}

func sortedEntries[M ~map[K]V, K comparable, V any](m M, compare func(a, b K) int, yield func(K, V) bool) {
	p := bufPool[entry[K, V]]()
	b := p.Get()
	defer p.Put(b)
	for k, v := range m {
		*b = append(*b, entry[K, V]{k, v})
	}
	es := *b
	slices.SortFunc(es, func(x, y entry[K, V]) int { return compare(x.k, y.k) })
	for _, e := range es {
		if !yield(e.k, e.v) {
			return
		}
	}
}
