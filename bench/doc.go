// Package bench holds the side-by-side benchmarks of every mapkit feature
// against what a Go programmer would otherwise reach for.
//
// The suite is data: [Suite] returns one [Case] per (group, workload,
// implementation), each with a benchmark function written for b.Loop. Two
// runners share that single definition:
//
//   - bench_test.go turns every case into a Go benchmark named for benchstat,
//     BenchmarkEncode/doc=twitter/impl=goccy, so
//     go test -run '^$' -bench . -benchmem ./bench/
//     runs the whole suite;
//   - the program bench/report runs the same cases in process, in interleaved
//     rounds, and writes docs/benchmarks.md and docs/benchmarks.svg from the
//     medians.
//
// Four groups make up the suite. Encode writes JSON with sorted keys to
// io.Discard through each library's streaming API. Log formats the 520-key
// order map of the logging incident through fmt, zap and slog, bare and with
// the safelog adapters. Iterate visits 1,000 string keys in ascending order.
// Memory reports custom metrics measured with runtime.ReadMemStats: the heap
// retained by a map ("heap-B"), and the largest single Write ("max-write-B")
// and the bytes allocated ("alloc-B") while encoding a 20 MB map.
//
// Every benchmark reports allocations, builds its fixtures before the timed
// loop and runs with -benchtime=1x. Cases that read the real-world JSON
// documents are skipped when ../shared/data/json is absent.
package bench
