package main

import (
	"fmt"
	"io"
	"maps"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/mapkit-go/mapkit/internal/heap"
	"github.com/mapkit-go/mapkit/tmap"
)

func init() {
	register(section{order: 10, title: "tmap: typed maps with sorted, allocation-free iteration", run: tourTmap})
}

func tourTmap(w io.Writer) error {
	stock := map[string]int{"pear": 4, "apple": 12, "fig": 0, "kiwi": 7, "banana": 3}
	fmt.Fprintln(w, "A Go map ranges in random order; tmap iterates in key order.")
	fmt.Fprintf(w, "  range stock:          %s\n", pairsText(maps.All(stock)))
	fmt.Fprintf(w, "  tmap.Sorted(stock):   %s\n", pairsText(tmap.Sorted(stock)))
	m := tmap.From(stock)
	m.Delete("fig")
	m.Set("cherry", 9)
	fmt.Fprintf(w, "  tmap.Map after edits: %s\n", pairsText(m.All()))
	fmt.Fprintf(w, "  m.Backward():         %s\n", pairsText(m.Backward()))
	fmt.Fprintf(w, "  m.Ascend(\"c\"):        %s\n", pairsText(m.Ascend("c")))
	first, _, _ := m.Min()
	ceil, _, _ := m.Ceiling("c")
	fmt.Fprintf(w, "  m.Min(): %s   m.Ceiling(\"c\"): %s   m.Rank(\"kiwi\"): %d\n", first, ceil, m.Rank("kiwi"))

	fmt.Fprintln(w, "\nCounting without a second lookup, and from 8 goroutines without a lock of your own:")
	var hits tmap.Map2[string, string, int]
	for _, r := range []struct{ path, method string }{{"/a", "GET"}, {"/b", "GET"}, {"/a", "GET"}, {"/a", "POST"}} {
		hits.Update(r.path, r.method, func(n int, _ bool) int { return n + 1 })
	}
	fmt.Fprintf(w, "  Map2.Update:  %v\n", hits)
	var shared tmap.Sync[string, int]
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 10_000 {
				shared.Compute("hits", func(n int, _ bool) (int, bool) { return n + 1, true })
			}
		}()
	}
	wg.Wait()
	fmt.Fprintf(w, "  Sync.Compute: %v (8 goroutines × 10,000 increments)\n", &shared)

	fmt.Fprintln(w, "\nOne loop over 1,000 string keys (measured now):")
	plain := make(map[string]int64, 1000)
	for i := range 1000 {
		plain[fmt.Sprintf("user_%08x", uint32(i)*2654435761)] = int64(i)
	}
	cached := tmap.From(plain)
	var sink int64
	loops := []struct {
		name string
		loop func()
	}{
		{"for k, v := range m (random order)", func() {
			for _, v := range plain {
				sink += v
			}
		}},
		{"tmap.Map.All() (order cached)", func() {
			for _, v := range cached.All() {
				sink += v
			}
		}},
		{"tmap.Sorted(m) (pooled radix sort)", func() {
			for _, v := range tmap.Sorted(plain) {
				sink += v
			}
		}},
		{"slices.Sorted(maps.Keys(m)) + m[k]", func() {
			for _, k := range slices.Sorted(maps.Keys(plain)) {
				sink += plain[k]
			}
		}},
	}
	// Rounds alternate between the loops and keep each one's best time, so
	// that other work on the machine disturbs the comparison least.
	best := make([]float64, len(loops))
	for round := range 5 {
		for i, l := range loops {
			if t := timePerCall(l.loop); round == 0 || t < best[i] {
				best[i] = t
			}
		}
	}
	fmt.Fprintf(w, "  %-38s %10s %10s\n", "", "µs/loop", "allocs")
	for i, l := range loops {
		fmt.Fprintf(w, "  %-38s %10.1f %10.0f\n", l.name, best[i]/1e3, allocsPerRun(20, l.loop))
	}

	const inserted, kept = 200_000, 1000
	fmt.Fprintf(w, "\nGo maps never shrink. Insert %d keys, delete all but %d, measure the heap kept:\n", inserted, kept)
	keys := make([]string, inserted)
	for i := range keys {
		keys[i] = fmt.Sprintf("session_%08d", i)
	}
	plainHeap := heap.Retained(func() any {
		m := map[string]int64{}
		for i, k := range keys {
			m[k] = int64(i)
		}
		for _, k := range keys[kept:] {
			delete(m, k)
		}
		return m
	})
	mapHeap := heap.Retained(func() any {
		var m tmap.Map[string, int64]
		for i, k := range keys {
			m.Set(k, int64(i))
		}
		for _, k := range keys[kept:] {
			m.Delete(k)
		}
		return &m
	})
	freshHeap := heap.Retained(func() any {
		var m tmap.Map[string, int64]
		for i, k := range keys[:kept] {
			m.Set(k, int64(i))
		}
		return &m
	})
	runtime.KeepAlive(keys)
	fmt.Fprintf(w, "  map[string]int64:          %9s\n", kib(plainHeap))
	fmt.Fprintf(w, "  tmap.Map[string, int64]:   %9s  (a fresh map of the %d survivors: %s)\n", kib(mapHeap), kept, kib(freshHeap))
	_ = sink
	return nil
}

// pairsText renders the entries of seq as "k=v k=v ...".
func pairsText[V any](seq func(yield func(string, V) bool)) string {
	var b strings.Builder
	for k, v := range seq {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s=%v", k, v)
	}
	return b.String()
}

// timePerCall returns the mean wall time of f in nanoseconds over about
// 20ms of calls, after one call to warm caches and pools.
func timePerCall(f func()) float64 {
	f()
	n := 0
	start := time.Now()
	for time.Since(start) < 20*time.Millisecond {
		f()
		n++
	}
	return float64(time.Since(start).Nanoseconds()) / float64(n)
}

func kib(n uint64) string { return fmt.Sprintf("%.1f KiB", float64(n)/1024) }
