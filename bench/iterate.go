package bench

import (
	"maps"
	"slices"
	"testing"

	xmaps "golang.org/x/exp/maps"

	"github.com/mapkit-go/mapkit/tmap"
)

// iterator visits every entry of a map[string]int64 in ascending key order
// (the floor in any order), passing each to visit.
type iterator struct {
	impl string
	role Role
	how  string
	// prepare returns the function doing one full iteration over m.
	prepare func(m map[string]int64) func(visit func(string, int64))
}

// iterators lists the Iterate implementations, mapkit's first.
var iterators = []iterator{
	{impl: "tmap-sorted", role: Mapkit, how: "for k, v := range tmap.Sorted(m)", prepare: func(m map[string]int64) func(func(string, int64)) {
		return func(visit func(string, int64)) {
			for k, v := range tmap.Sorted(m) {
				visit(k, v)
			}
		}
	}},
	{impl: "tmap-all", role: Mapkit, how: "for k, v := range tm.All() on a tmap.Map holding m", prepare: func(m map[string]int64) func(func(string, int64)) {
		tm := tmap.From(m)
		for range tm.All() { // cache the sorted order: the loop measures steady state
		}
		return func(visit func(string, int64)) {
			for k, v := range tm.All() {
				visit(k, v)
			}
		}
	}},
	{impl: "range", role: Floor, how: "for k, v := range m (unsorted: the floor)", prepare: func(m map[string]int64) func(func(string, int64)) {
		return func(visit func(string, int64)) {
			for k, v := range m {
				visit(k, v)
			}
		}
	}},
	{impl: "slices-sorted", role: Peer, how: "slices.Sorted(maps.Keys(m))", prepare: func(m map[string]int64) func(func(string, int64)) {
		return func(visit func(string, int64)) {
			for _, k := range slices.Sorted(maps.Keys(m)) {
				visit(k, m[k])
			}
		}
	}},
	{impl: "xexp-keys-sort", role: Peer, how: "x/exp/maps.Keys(m), slices.Sort", prepare: func(m map[string]int64) func(func(string, int64)) {
		return func(visit func(string, int64)) {
			keys := xmaps.Keys(m)
			slices.Sort(keys)
			for _, k := range keys {
				visit(k, m[k])
			}
		}
	}},
	{impl: "prealloc-sort", role: Peer, how: "keys appended to a presized slice, slices.Sort", prepare: func(m map[string]int64) func(func(string, int64)) {
		return func(visit func(string, int64)) {
			keys := make([]string, 0, len(m))
			for k := range m {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			for _, k := range keys {
				visit(k, m[k])
			}
		}
	}},
}

// sinkInt accumulates what iterations visit so no loop is optimised out.
var sinkInt int64

func visitSum(k string, v int64) { sinkInt += int64(len(k)) + v }

func iterateCases() []Case {
	cs := make([]Case, 0, len(iterators))
	for _, it := range iterators {
		cs = append(cs, Case{
			Group:    GroupIterate,
			Workload: "keys=1000",
			Impl:     it.impl,
			Role:     it.role,
			About:    "Every entry of a 1,000-entry map[string]int64 in ascending key order.",
			How:      it.how,
			Bench: func(b *testing.B) {
				iterate := it.prepare(int64Map())
				b.ReportAllocs()
				for b.Loop() {
					iterate(visitSum)
				}
			},
		})
	}
	return cs
}
