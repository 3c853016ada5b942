package bench

import (
	"io"
	"runtime"
	"slices"
	"testing"

	"github.com/mapkit-go/mapkit/internal/heap"
	"github.com/mapkit-go/mapkit/tmap"
)

// builder builds a map for a heap workload.
type builder struct {
	impl  string
	role  Role
	how   string
	build func() any
}

// heapBuilders fill 10,000 entries (keys shared with the fixture, so only
// the maps and their values count); shrinkBuilders insert shrinkInserts
// entries, then delete all but shrinkKeep. mapkit's come first.
var (
	heapBuilders = []builder{
		{impl: "tmap", role: Mapkit, how: "tmap.Map[string,int64] after one sorted pass (order cached)", build: func() any {
			keys := heapKeys()
			var m tmap.Map[string, int64]
			for i, k := range keys {
				m.Set(k, int64(i)<<20)
			}
			for range m.All() { // the cached order is part of what a Map keeps
			}
			return &m
		}},
		{impl: "map-int64", role: Peer, how: "map[string]int64", build: func() any {
			keys := heapKeys()
			m := make(map[string]int64)
			for i, k := range keys {
				m[k] = int64(i) << 20
			}
			return m
		}},
		{impl: "map-any", role: Peer, how: "map[string]any holding int64", build: func() any {
			keys := heapKeys()
			m := make(map[string]any)
			for i, k := range keys {
				m[k] = int64(i) << 20
			}
			return m
		}},
	}
	shrinkBuilders = []builder{
		{impl: "tmap", role: Mapkit, how: "tmap.Map[int,int64] with Delete", build: func() any {
			var m tmap.Map[int, int64]
			for i := range shrinkInserts {
				m.Set(i, int64(i))
			}
			for i := shrinkKeep; i < shrinkInserts; i++ {
				m.Delete(i)
			}
			return &m
		}},
		{impl: "map", role: Peer, how: "map[int]int64 with delete", build: func() any {
			m := make(map[int]int64)
			for i := range shrinkInserts {
				m[i] = int64(i)
			}
			for i := shrinkKeep; i < shrinkInserts; i++ {
				delete(m, i)
			}
			return m
		}},
	}
)

const (
	shrinkInserts = 1_000_000
	shrinkKeep    = 1_000
)

func memoryCases() []Case {
	var cs []Case
	for _, bl := range slices.Concat(heapBuilders, mapHeapBuilders) {
		cs = append(cs, heapCase("heap=10k", "Heap retained by 10,000 entries (keys shared, not counted).", bl))
	}
	for _, bl := range shrinkBuilders {
		cs = append(cs, heapCase("shrink=1M-to-1k", "Heap retained after 1,000,000 inserts and deleting all but 1,000 entries.", bl))
	}
	for _, e := range encoders {
		cs = append(cs, writeCase(e))
	}
	return cs
}

// heapCase times build and reports, as heap-B, the heap it leaves in use.
func heapCase(workload, about string, bl builder) Case {
	return Case{
		Group:    GroupMemory,
		Workload: workload,
		Impl:     bl.impl,
		Role:     bl.role,
		About:    about,
		How:      bl.how,
		Metrics:  []string{HeapBytes},
		Bench: func(b *testing.B) {
			heapKeys()
			held := float64(heap.Retained(bl.build))
			b.ReportAllocs()
			for b.Loop() {
				bl.build()
			}
			b.ReportMetric(held, HeapBytes)
		},
	}
}

// writeCase times encoding bigMap and reports the largest single Write the
// writer saw and the bytes one warm encode allocates.
func writeCase(e encoder) Case {
	return Case{
		Group:    GroupMemory,
		Workload: "encode=20MB",
		Impl:     e.impl,
		Role:     e.role,
		About:    "Largest single Write and bytes allocated by one warm encode of an 80,000-entry map[string]any whose JSON is 19.4 MB.",
		How:      e.how,
		Metrics:  []string{MaxWrite, AllocBytes},
		Bench: func(b *testing.B) {
			v := bigMap()
			w := &maxWriter{}
			encode := e.stream(w)
			if err := encode(v); err != nil {
				b.Fatal(err)
			}
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			w.max = 0
			if err := encode(v); err != nil {
				b.Fatal(err)
			}
			runtime.ReadMemStats(&after)
			maxWrite, alloc := w.max, after.TotalAlloc-before.TotalAlloc
			b.ReportAllocs()
			for b.Loop() {
				if err := encode(v); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(maxWrite), MaxWrite)
			b.ReportMetric(float64(alloc), AllocBytes)
		},
	}
}

// maxWriter discards what it is given and remembers the longest Write.
type maxWriter struct{ max int }

func (w *maxWriter) Write(p []byte) (int, error) {
	w.max = max(w.max, len(p))
	return io.Discard.Write(p)
}
