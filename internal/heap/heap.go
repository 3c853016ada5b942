// Package heap measures how much live heap a value holds, for the memory
// benchmarks, the heap tests and the tour.
package heap

import "runtime"

// Retained returns the live heap that build's result holds: HeapAlloc after
// a full collection with the result alive, minus HeapAlloc after one before
// build ran, or 0 if the heap shrank meanwhile. Collecting twice each time
// empties sync.Pool's victim cache, so pooled scratch buffers do not count.
// Other goroutines allocating meanwhile skew the figure.
func Retained(build func() any) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&before)
	x := build()
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(x)
	if after.HeapAlloc < before.HeapAlloc {
		return 0
	}
	return after.HeapAlloc - before.HeapAlloc
}
