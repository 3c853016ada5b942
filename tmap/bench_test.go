package tmap

import (
	"fmt"
	"maps"
	"runtime"
	"slices"
	"testing"

	"github.com/mapkit-go/mapkit/internal/testsupport"
)

// The benchmarks compare tmap with what code does without it, side by side:
//
//	go test -run '^$' -bench . -count 6 ./tmap | benchstat -col /impl -
//
// Loop benchmarks also report cpu-ns/op, the CPU time of the benchmarking
// thread per operation (Linux only): on a shared, loaded machine it is far
// steadier than wall time. Memory benchmarks report the heap their map
// retains as heap-bytes; their ns/op includes the garbage collections the
// measurement needs.

func plainFixture(n int) map[string]int64 {
	m := make(map[string]int64, n)
	for i, k := range testKeys(n) {
		m[k] = int64(i)
	}
	return m
}

var sink int64

// loop runs f b.N times, reporting allocations and the thread's CPU time.
func loop(b *testing.B, f func()) {
	b.ReportAllocs()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	start := testsupport.CPU()
	for b.Loop() {
		f()
	}
	if cpu := testsupport.CPU() - start; cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

func BenchmarkAll(b *testing.B) {
	plain := plainFixture(1000)
	m := From(plain)
	for range m.All() { // sort once, as the first loop over a built map does
	}
	b.Run("impl=tmap", func(b *testing.B) {
		loop(b, func() {
			for k, v := range m.All() {
				sink += v + int64(len(k))
			}
		})
	})
	b.Run("impl=range", func(b *testing.B) {
		loop(b, func() {
			for k, v := range plain {
				sink += v + int64(len(k))
			}
		})
	})
}

func BenchmarkSorted(b *testing.B) {
	plain := plainFixture(1000)
	b.Run("impl=tmap", func(b *testing.B) {
		loop(b, func() {
			for k, v := range Sorted(plain) {
				sink += v + int64(len(k))
			}
		})
	})
	b.Run("impl=slices.Sorted", func(b *testing.B) {
		loop(b, func() {
			for _, k := range slices.Sorted(maps.Keys(plain)) {
				sink += plain[k] + int64(len(k))
			}
		})
	})
}

func BenchmarkGet(b *testing.B) {
	for _, n := range []int{1000, 10_000} {
		plain := plainFixture(n)
		m := From(plain)
		keys := testKeys(n)
		b.Run(fmt.Sprintf("keys=%d/impl=tmap", n), func(b *testing.B) {
			loop(b, func() {
				for _, k := range keys {
					v, _ := m.Get(k)
					sink += v
				}
			})
		})
		b.Run(fmt.Sprintf("keys=%d/impl=map", n), func(b *testing.B) {
			loop(b, func() {
				for _, k := range keys {
					sink += plain[k]
				}
			})
		})
	}
}

// BenchmarkBuildAndIterate builds a map of 1,000 keys and loops over it once
// in key order.
func BenchmarkBuildAndIterate(b *testing.B) {
	keys := testKeys(1000)
	b.Run("impl=tmap", func(b *testing.B) {
		loop(b, func() {
			var m Map[string, int64]
			for i, k := range keys {
				m.Set(k, int64(i))
			}
			for _, v := range m.All() {
				sink += v
			}
		})
	})
	b.Run("impl=map+slices.Sorted", func(b *testing.B) {
		loop(b, func() {
			m := map[string]int64{}
			for i, k := range keys {
				m[k] = int64(i)
			}
			for _, k := range slices.Sorted(maps.Keys(m)) {
				sink += m[k]
			}
		})
	})
}

// BenchmarkFirstIterationAfterSet measures the cost of keeping the order:
// one new key, then a full loop.
func BenchmarkFirstIterationAfterSet(b *testing.B) {
	plain := plainFixture(1000)
	m := From(plain)
	loop(b, func() {
		m.Set("key_new", 1)
		for _, v := range m.All() {
			sink += v
		}
		m.Delete("key_new")
	})
}

func BenchmarkHeap10k(b *testing.B) {
	keys := testKeys(10_000)
	b.Run("impl=tmap", func(b *testing.B) {
		b.ReportAllocs()
		var heap uint64
		for b.Loop() {
			heap = heapOfMap(keys)
		}
		b.ReportMetric(float64(heap), "heap-bytes")
	})
	b.Run("impl=map", func(b *testing.B) {
		b.ReportAllocs()
		var heap uint64
		for b.Loop() {
			heap = heapOfPlain(keys)
		}
		b.ReportMetric(float64(heap), "heap-bytes")
	})
}

// BenchmarkShrink inserts 1M keys, deletes all but 1,000, and reports the
// heap the survivors hold (heap-bytes) and that heap over the heap of a
// fresh map of the same 1,000 entries (x-fresh).
func BenchmarkShrink(b *testing.B) {
	keys := testKeys(1_000_000)
	for _, impl := range []struct {
		name  string
		plain bool
	}{{"tmap", false}, {"map", true}} {
		b.Run("impl="+impl.name, func(b *testing.B) {
			b.ReportAllocs()
			var heap uint64
			for b.Loop() {
				heap = heapAfterDeletes(keys, 1000, impl.plain)
			}
			fresh := heapOfMap(keys[:1000])
			if impl.plain {
				fresh = heapOfPlain(keys[:1000])
			}
			b.ReportMetric(float64(heap), "heap-bytes")
			b.ReportMetric(float64(heap)/float64(fresh), "x-fresh")
		})
	}
}

// BenchmarkSmall creates a map, sets three keys and gets one: the life of
// per-request state.
func BenchmarkSmall(b *testing.B) {
	b.Run("impl=tmap", func(b *testing.B) {
		loop(b, func() {
			var m Map[string, any]
			m.Set("user", "ann")
			m.Set("id", 42)
			m.Set("admin", true)
			v, _ := m.Get("id")
			sink += int64(v.(int))
		})
	})
	b.Run("impl=map", func(b *testing.B) {
		loop(b, func() {
			m := map[string]any{}
			m["user"] = "ann"
			m["id"] = 42
			m["admin"] = true
			sink += int64(m["id"].(int))
		})
	})
}

// BenchmarkSortedFirst loops over a plain map in key order and stops at the
// first entry: the cost of finding it, which for Sorted is a selection,
// O(n), and for slices.Sorted a full sort.
func BenchmarkSortedFirst(b *testing.B) {
	plain := plainFixture(10_000)
	b.Run("impl=tmap", func(b *testing.B) {
		loop(b, func() {
			for k, v := range Sorted(plain) {
				sink += v + int64(len(k))
				break
			}
		})
	})
	b.Run("impl=slices.Sorted", func(b *testing.B) {
		loop(b, func() {
			for _, k := range slices.Sorted(maps.Keys(plain)) {
				sink += plain[k] + int64(len(k))
				break
			}
		})
	})
	b.Run("impl=tmap-full", func(b *testing.B) {
		loop(b, func() {
			for k, v := range Sorted(plain) {
				sink += v + int64(len(k))
			}
		})
	})
}
