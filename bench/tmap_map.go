package bench

import (
	"maps"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"

	gbtree "github.com/google/btree"
	"github.com/puzpuzpuz/xsync/v4"
	"github.com/tidwall/btree"

	"github.com/mapkit-go/mapkit/tmap"
)

// The Map group sets tmap beside the maps a user would switch from:
// ordered trees (tidwall/btree's Map, google/btree's BTreeG), the builtin
// map, and for concurrent use sync.Map and puzpuzpuz/xsync's Map. Every
// workload holds string keys and int64 values; the 10k workloads use
// heapKeys, in scrambled order.

// mapKeys is the number of entries of the 10k workloads.
const mapKeys = 10_000

// kv is the item of a google/btree tree.
type kv struct {
	k string
	v int64
}

func kvLess(a, b kv) bool { return a.k < b.k }

// mapFixtures holds each implementation filled with the heapKeys entries,
// built once per process.
type mapFixtures struct {
	plain   map[string]int64
	tmap    *tmap.Map[string, int64]
	tidwall *btree.Map[string, int64]
	google  *gbtree.BTreeG[kv]
	syncMap *sync.Map
	xsync   *xsync.Map[string, int64]
}

var filledMaps = sync.OnceValue(func() *mapFixtures {
	f := &mapFixtures{
		plain:   make(map[string]int64),
		tmap:    new(tmap.Map[string, int64]),
		tidwall: new(btree.Map[string, int64]),
		google:  gbtree.NewG(32, kvLess),
		syncMap: new(sync.Map),
		xsync:   xsync.NewMap[string, int64](),
	}
	for i, k := range heapKeys() {
		v := int64(i)
		f.plain[k] = v
		f.tmap.Set(k, v)
		f.tidwall.Set(k, v)
		f.google.ReplaceOrInsert(kv{k, v})
		f.syncMap.Store(k, v)
		f.xsync.Store(k, v)
	}
	for range f.tmap.All() { // cache the order: reads measure steady state
	}
	return f
})

// mapCase is one implementation of a Map workload.
type mapCase struct {
	impl  string
	role  Role
	how   string
	bench func(b *testing.B)
}

// mapWorkload is one workload of the Map group.
type mapWorkload struct {
	name, about string
	cases       []mapCase
}

func mapCases() []Case {
	var cs []Case
	for _, w := range mapWorkloads() {
		for _, c := range w.cases {
			cs = append(cs, Case{
				Group: GroupMap, Workload: w.name, Impl: c.impl, Role: c.role,
				About: w.about, How: c.how, Bench: c.bench,
			})
		}
	}
	return cs
}

// timed reports allocations and runs op in a b.Loop loop.
func timed(op func()) func(b *testing.B) {
	return func(b *testing.B) {
		filledMaps()
		b.ReportAllocs()
		for b.Loop() {
			op()
		}
	}
}

func mapWorkloads() []mapWorkload {
	return []mapWorkload{
		buildWorkload(), getWorkload(), sortedWorkload(), scanWorkload(),
		churnWorkload(), counterWorkload(), smallWorkload(),
	}
}

func buildWorkload() mapWorkload {
	return mapWorkload{
		name:  "op=build-10k",
		about: "Insert 10,000 keys in scrambled order into an empty map, then read the least key (a sorted map is then ready for ordered reads; the unordered ones skip that read).",
		cases: []mapCase{
			{"tmap", Mapkit, "var m tmap.Map; m.Set(k, v)...; m.Min()", timed(func() {
				var m tmap.Map[string, int64]
				for i, k := range heapKeys() {
					m.Set(k, int64(i))
				}
				_, v, _ := m.Min()
				sinkInt += v
			})},
			{"tidwall-btree", Peer, "var m btree.Map; m.Set(k, v)...; m.Min()", timed(func() {
				var m btree.Map[string, int64]
				for i, k := range heapKeys() {
					m.Set(k, int64(i))
				}
				_, v, _ := m.Min()
				sinkInt += v
			})},
			{"google-btree", Peer, "btree.NewG(32, less); ReplaceOrInsert...; Min()", timed(func() {
				m := gbtree.NewG(32, kvLess)
				for i, k := range heapKeys() {
					m.ReplaceOrInsert(kv{k, int64(i)})
				}
				it, _ := m.Min()
				sinkInt += it.v
			})},
			{"map", Floor, "m := map[string]int64{}; m[k] = v... (no order)", timed(func() {
				m := map[string]int64{}
				for i, k := range heapKeys() {
					m[k] = int64(i)
				}
				sinkInt += int64(len(m))
			})},
			{"sync-map", Floor, "var m sync.Map; m.Store(k, v)... (no order)", timed(func() {
				var m sync.Map
				for i, k := range heapKeys() {
					m.Store(k, int64(i))
				}
			})},
			{"xsync", Floor, "xsync.NewMap(); m.Store(k, v)... (no order)", timed(func() {
				m := xsync.NewMap[string, int64]()
				for i, k := range heapKeys() {
					m.Store(k, int64(i))
				}
				sinkInt += int64(m.Size())
			})},
		},
	}
}

func getWorkload() mapWorkload {
	// get looks up every key through lookup, given the filled maps once.
	get := func(lookup func(f *mapFixtures, k string) int64) func(b *testing.B) {
		return func(b *testing.B) {
			f, ks := filledMaps(), heapKeys()
			b.ReportAllocs()
			for b.Loop() {
				for _, k := range ks {
					sinkInt += lookup(f, k)
				}
			}
		}
	}
	return mapWorkload{
		name:  "op=get-10k",
		about: "Look up each of the 10,000 keys of a 10,000-entry map.",
		cases: []mapCase{
			{"tmap", Mapkit, "m.Get(k)", get(func(f *mapFixtures, k string) int64 { v, _ := f.tmap.Get(k); return v })},
			{"map", Peer, "m[k]", get(func(f *mapFixtures, k string) int64 { return f.plain[k] })},
			{"tidwall-btree", Peer, "btree.Map.Get(k)", get(func(f *mapFixtures, k string) int64 { v, _ := f.tidwall.Get(k); return v })},
			{"google-btree", Peer, "BTreeG.Get(kv{k, 0})", get(func(f *mapFixtures, k string) int64 { it, _ := f.google.Get(kv{k: k}); return it.v })},
			{"sync-map", Peer, "sync.Map.Load(k)", get(func(f *mapFixtures, k string) int64 { v, _ := f.syncMap.Load(k); return v.(int64) })},
			{"xsync", Peer, "xsync.Map.Load(k)", get(func(f *mapFixtures, k string) int64 { v, _ := f.xsync.Load(k); return v })},
		},
	}
}

func sortedWorkload() mapWorkload {
	f := filledMaps
	return mapWorkload{
		name:  "op=sorted-10k",
		about: "Visit the 10,000 entries of a map in ascending key order.",
		cases: []mapCase{
			{"tmap", Mapkit, "for k, v := range m.All() (order cached)", timed(func() {
				for k, v := range f().tmap.All() {
					visitSum(k, v)
				}
			})},
			{"tmap-sorted", Mapkit, "for k, v := range tmap.Sorted(plain)", timed(func() {
				for k, v := range tmap.Sorted(f().plain) {
					visitSum(k, v)
				}
			})},
			{"tidwall-btree", Peer, "btree.Map.Scan(func(k, v) bool)", timed(func() {
				f().tidwall.Scan(func(k string, v int64) bool { visitSum(k, v); return true })
			})},
			{"google-btree", Peer, "BTreeG.Ascend(func(kv) bool)", timed(func() {
				f().google.Ascend(func(it kv) bool { visitSum(it.k, it.v); return true })
			})},
			{"map-sorted", Peer, "slices.Sorted(maps.Keys(m)), then m[k]", timed(func() {
				m := f().plain
				for _, k := range slices.Sorted(maps.Keys(m)) {
					visitSum(k, m[k])
				}
			})},
		},
	}
}

// scanFrom is the first key of the range scan: the middle of heapKeys'
// sorted order.
const scanFrom = "key-005000"

func scanWorkload() mapWorkload {
	f := filledMaps
	const n = 100
	return mapWorkload{
		name:  "op=scan-100",
		about: "Visit the 100 entries from a key in the middle of a 10,000-entry sorted map.",
		cases: []mapCase{
			{"tmap", Mapkit, "for k, v := range m.Ascend(from), break after 100", timed(func() {
				i := 0
				for k, v := range f().tmap.Ascend(scanFrom) {
					if i++; i > n {
						break
					}
					visitSum(k, v)
				}
			})},
			{"tidwall-btree", Peer, "btree.Map.Ascend(from, func(k, v) bool)", timed(func() {
				i := 0
				f().tidwall.Ascend(scanFrom, func(k string, v int64) bool {
					if i++; i > n {
						return false
					}
					visitSum(k, v)
					return true
				})
			})},
			{"google-btree", Peer, "BTreeG.AscendGreaterOrEqual(from, func(kv) bool)", timed(func() {
				i := 0
				f().google.AscendGreaterOrEqual(kv{k: scanFrom}, func(it kv) bool {
					if i++; i > n {
						return false
					}
					visitSum(it.k, it.v)
					return true
				})
			})},
		},
	}
}

// churnKeys are the keys of the churn workload: a window of mapKeys of them
// is live at a time.
var churnKeys = sync.OnceValue(func() []string { return keys(2 * mapKeys) })

// churn returns a workload step over a map that starts with the first
// mapKeys churnKeys: each step inserts the key after the window and
// deletes the key at its start, so the map keeps its size.
func churn(set func(k string, v int64), del func(k string)) func(b *testing.B) {
	return func(b *testing.B) {
		ks := churnKeys()
		for i := range mapKeys {
			set(ks[i], int64(i))
		}
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			set(ks[(i+mapKeys)%len(ks)], int64(i))
			del(ks[i%len(ks)])
			i++
		}
	}
}

func churnWorkload() mapWorkload {
	return mapWorkload{
		name:  "op=churn",
		about: "One insert of a new key and one delete of the oldest, interleaved, on a map of 10,000 entries.",
		cases: []mapCase{
			{"tmap", Mapkit, "m.Set(new, v); m.Delete(old)", func(b *testing.B) {
				var m tmap.Map[string, int64]
				churn(m.Set, func(k string) { m.Delete(k) })(b)
			}},
			{"tidwall-btree", Peer, "btree.Map.Set(new, v); Delete(old)", func(b *testing.B) {
				var m btree.Map[string, int64]
				churn(func(k string, v int64) { m.Set(k, v) }, func(k string) { m.Delete(k) })(b)
			}},
			{"google-btree", Peer, "BTreeG.ReplaceOrInsert(new); Delete(old)", func(b *testing.B) {
				m := gbtree.NewG(32, kvLess)
				churn(func(k string, v int64) { m.ReplaceOrInsert(kv{k, v}) }, func(k string) { m.Delete(kv{k: k}) })(b)
			}},
			{"map", Peer, "m[new] = v; delete(m, old)", func(b *testing.B) {
				m := map[string]int64{}
				churn(func(k string, v int64) { m[k] = v }, func(k string) { delete(m, k) })(b)
			}},
		},
	}
}

// counterGoroutines is the number of goroutines of the counter workload.
const counterGoroutines = 8

// counters are the keys the counter workload increments.
var counters = sync.OnceValue(func() []string { return keys(64) })

// parallelCounter runs inc from counterGoroutines goroutines, each
// increment on the next of the counters; ns/op is per increment.
func parallelCounter(inc func(k string)) func(b *testing.B) {
	return func(b *testing.B) {
		ks := counters()
		b.ReportAllocs()
		procs := runtime.GOMAXPROCS(0)
		b.SetParallelism((counterGoroutines + procs - 1) / procs)
		var seq atomic.Uint32
		b.RunParallel(func(pb *testing.PB) {
			i := int(seq.Add(7))
			for pb.Next() {
				inc(ks[i%len(ks)])
				i++
			}
		})
	}
}

func counterWorkload() mapWorkload {
	return mapWorkload{
		name:  "op=counter-8g",
		about: "Eight goroutines increment 64 shared counters, each increment atomic (figures per increment).",
		cases: []mapCase{
			{"tmap-sync", Mapkit, "tmap.Sync.Compute(k, n+1)", func(b *testing.B) {
				var m tmap.Sync[string, int64]
				parallelCounter(func(k string) {
					m.Compute(k, func(n int64, _ bool) (int64, bool) { return n + 1, true })
				})(b)
			}},
			{"sync-map", Peer, "sync.Map.LoadOrStore(k, new(atomic.Int64)), Add(1)", func(b *testing.B) {
				var m sync.Map
				parallelCounter(func(k string) {
					p, ok := m.Load(k)
					if !ok {
						p, _ = m.LoadOrStore(k, new(atomic.Int64))
					}
					p.(*atomic.Int64).Add(1)
				})(b)
			}},
			{"xsync", Peer, "xsync.Map.Compute(k, n+1)", func(b *testing.B) {
				m := xsync.NewMap[string, int64]()
				parallelCounter(func(k string) {
					m.Compute(k, func(n int64, _ bool) (int64, xsync.ComputeOp) { return n + 1, xsync.UpdateOp })
				})(b)
			}},
			{"mutex-map", Peer, "sync.Mutex around m[k]++", func(b *testing.B) {
				var mu sync.Mutex
				m := map[string]int64{}
				parallelCounter(func(k string) {
					mu.Lock()
					m[k]++
					mu.Unlock()
				})(b)
			}},
		},
	}
}

// keptSmall keeps the small map of a -heap case, so that it escapes, as
// per-request state does.
var keptSmall []any

func smallWorkload() mapWorkload {
	return mapWorkload{
		name:  "op=small",
		about: "Create a map, set three keys and get one: per-request state. The -heap cases keep the map (it escapes to the heap, as state stored in a request does).",
		cases: []mapCase{
			{"tmap", Mapkit, "var m tmap.Map[string, any]; 3× Set; Get", timed(func() {
				var m tmap.Map[string, any]
				m.Set("user", "ann")
				m.Set("id", 42)
				m.Set("admin", true)
				v, _ := m.Get("id")
				sinkInt += int64(v.(int))
			})},
			{"tmap-heap", Mapkit, "new(tmap.Map[string, any]); 3× Set; Get; kept", timed(func() {
				m := new(tmap.Map[string, any])
				m.Set("user", "ann")
				m.Set("id", 42)
				m.Set("admin", true)
				v, _ := m.Get("id")
				sinkInt += int64(v.(int))
				keptSmall = append(keptSmall[:0], m)
			})},
			{"map", Peer, "m := map[string]any{}; 3× m[k] = v; m[k]", timed(func() {
				m := map[string]any{}
				m["user"] = "ann"
				m["id"] = 42
				m["admin"] = true
				sinkInt += int64(m["id"].(int))
			})},
			{"map-heap", Peer, "m := map[string]any{}; 3× m[k] = v; m[k]; kept", timed(func() {
				m := map[string]any{}
				m["user"] = "ann"
				m["id"] = 42
				m["admin"] = true
				sinkInt += int64(m["id"].(int))
				keptSmall = append(keptSmall[:0], m)
			})},
			{"tidwall-btree", Peer, "new(btree.Map[string, any]); 3× Set; Get; kept", timed(func() {
				m := new(btree.Map[string, any])
				m.Set("user", "ann")
				m.Set("id", 42)
				m.Set("admin", true)
				v, _ := m.Get("id")
				sinkInt += int64(v.(int))
				keptSmall = append(keptSmall[:0], m)
			})},
		},
	}
}
