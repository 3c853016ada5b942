package tmap

import (
	"cmp"
	"iter"
	"slices"

	"github.com/mapkit-go/mapkit/internal/keyorder"
)

// firstBatch is the number of smallest entries Sorted and SortedFunc select
// before sorting the rest: a loop that stops within them pays O(n) for the
// selection instead of O(n log n) for a full sort.
const firstBatch = 32

// Sorted returns an iterator over the entries of a plain map in ascending key
// order, the loop-friendly form of ranging over slices.Sorted(maps.Keys(m)).
//
// Each loop copies the entries into pooled buffers, O(n). It then selects
// the 32 smallest keys in O(n) and yields them; only a loop that goes on
// past them sorts the rest (string keys with a radix sort). So a loop that
// breaks early costs O(n), and a full loop costs what a sort does. In
// steady state it allocates nothing; the buffers go back to the pool when
// the loop ends, also on break or panic. Buffers of more than 65,536 entries
// are not kept. The loop sees the entries as they were when it started:
// changes made by the loop body are not seen. Unlike looking keys up again,
// this also yields NaN keys, which sort first.
func Sorted[M ~map[K]V, K cmp.Ordered, V any](m M) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		if _, ok := asStrings[K](nil); !ok {
			sp := objPool[orderedSelection[K, V]]()
			sel := sp.Get().(*orderedSelection[K, V])
			defer sp.Put(sel)
			if sel.byKey == nil {
				sel.byKey = func(x, y entry[K, V]) int { return cmp.Or(cmp.Compare(x.k, y.k), cmp.Compare(x.i, y.i)) }
			}
			sortedEntries(m, &sel.selection, yield)
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
		done := 0
		if len(ks) > 2*firstBatch {
			tp := objPool[keyorder.Top[int32]]()
			top := tp.Get().(*keyorder.Top[int32])
			defer tp.Put(top)
			defer top.Reset(0) // pins no key in the pool
			top.Reset(firstBatch)
			for i, k := range strs {
				if !top.Beyond(k) {
					top.Offer(k, int32(i))
				}
			}
			top.Sort()
			for ; done < top.Len(); done++ {
				_, i := top.At(done)
				if !yield(ks[i], vs[i]) {
					return
				}
			}
		}
		keyorder.Pairs(strs, vs)
		for i := done; i < len(ks); i++ {
			if !yield(ks[i], vs[i]) {
				return
			}
		}
	}
}

// SortedFunc returns an iterator over the entries of a plain map in the
// order of compare, for key types that cmp.Ordered does not cover (structs,
// arrays, pointers). compare must be a strict weak order; entries whose keys
// compare equal come in unspecified order, each once. It selects a first
// batch, pools its buffers and sees the map as Sorted does.
func SortedFunc[M ~map[K]V, K comparable, V any](m M, compare func(a, b K) int) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		sp := objPool[selection[K, V]]()
		sel := sp.Get().(*selection[K, V])
		defer sp.Put(sel)
		if sel.byKey == nil {
			sel.byKey = func(x, y entry[K, V]) int { return cmp.Or(sel.compare(x.k, y.k), cmp.Compare(x.i, y.i)) }
		}
		sel.compare = compare
		defer func() { sel.compare = nil }()
		sortedEntries(m, sel, yield)
	}
}

// entry is one key and value of a plain map being sorted, with its position
// in the copy: ties in the key order are broken by it, so the first batch
// and the full sort agree on the order of keys that compare equal.
type entry[K comparable, V any] struct {
	k K
	v V
	i int
}

// selection is the pooled sorting state of sortedEntries. Its byKey, the
// key order with ties broken by position, is made once per selection, so a
// loop allocates no closure.
type selection[K comparable, V any] struct {
	first   keyorder.Smallest[entry[K, V]]
	compare func(a, b K) int // SortedFunc's, for byKey
	byKey   func(x, y entry[K, V]) int
}

// orderedSelection is the selection of Sorted, whose byKey is cmp.Compare's
// order: a type of its own, so that it has a pool of its own.
type orderedSelection[K cmp.Ordered, V any] struct{ selection[K, V] }

func sortedEntries[M ~map[K]V, K comparable, V any](m M, sel *selection[K, V], yield func(K, V) bool) {
	p := bufPool[entry[K, V]]()
	b := p.Get()
	defer p.Put(b)
	for k, v := range m {
		*b = append(*b, entry[K, V]{k, v, len(*b)})
	}
	es := *b
	done := 0
	if len(es) > 2*firstBatch {
		defer sel.first.Reset(0, nil) // pins no entry in the pool
		sel.first.Reset(firstBatch, sel.byKey)
		for _, e := range es {
			sel.first.Offer(e)
		}
		for _, e := range sel.first.Sorted() {
			if !yield(e.k, e.v) {
				return
			}
			done++
		}
	}
	slices.SortFunc(es, sel.byKey)
	for _, e := range es[done:] {
		if !yield(e.k, e.v) {
			return
		}
	}
}
