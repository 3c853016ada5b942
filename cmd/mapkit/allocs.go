package main

import "runtime"

// allocsPerRun returns the average number of heap allocations of one call of
// f, measured over runs calls after a warm-up call, as testing.AllocsPerRun
// does; the command keeps its own copy so that the testing package is not
// linked into it.
func allocsPerRun(runs int, f func()) float64 {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	f()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range runs {
		f()
	}
	runtime.ReadMemStats(&after)
	return float64(after.Mallocs-before.Mallocs) / float64(runs)
}
