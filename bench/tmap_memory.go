package bench

import (
	"sync"

	gbtree "github.com/google/btree"
	"github.com/puzpuzpuz/xsync/v4"
	"github.com/tidwall/btree"
)

// mapHeapBuilders are the sorted and concurrent maps of the heap=10k
// workload, beside the builtin maps of heapBuilders.
var mapHeapBuilders = []builder{
	{impl: "tidwall-btree", role: Peer, how: "btree.Map[string,int64] (tidwall/btree)", build: func() any {
		var m btree.Map[string, int64]
		for i, k := range heapKeys() {
			m.Set(k, int64(i)<<20)
		}
		return &m
	}},
	{impl: "google-btree", role: Peer, how: "btree.BTreeG of {string, int64} items, degree 32 (google/btree)", build: func() any {
		m := gbtree.NewG(32, kvLess)
		for i, k := range heapKeys() {
			m.ReplaceOrInsert(kv{k, int64(i) << 20})
		}
		return m
	}},
	{impl: "sync-map", role: Peer, how: "sync.Map holding int64", build: func() any {
		m := new(sync.Map)
		for i, k := range heapKeys() {
			m.Store(k, int64(i)<<20)
		}
		return m
	}},
	{impl: "xsync", role: Peer, how: "xsync.Map[string,int64] (puzpuzpuz/xsync)", build: func() any {
		m := xsync.NewMap[string, int64]()
		for i, k := range heapKeys() {
			m.Store(k, int64(i)<<20)
		}
		return m
	}},
}
