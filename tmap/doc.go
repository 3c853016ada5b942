// Package tmap provides typed maps that iterate in ascending key order: a
// replacement for map[string]interface{} and for the "collect the keys, sort
// them, loop" code that goes with Go maps.
//
// Map[K, V] is a hash map (O(1) Get, Set and Delete) that keeps its sorted
// order instead of recomputing it: iterating a map that has not changed
// sorts nothing and allocates nothing, and after changes only the new keys
// are sorted and merged in. Its zero value is ready to use. Like a Go map,
// a Map that no goroutine writes may be read by any number of goroutines
// without a lock, and copies of a Map share its entries, so it can be held
// by value in a struct that is printed, marshalled or logged. Deletions are
// lazy, and when most entries are gone the storage is rebuilt at the live
// size, so memory follows the live entries — a plain Go map never shrinks.
// A Map holds its entries in dense slices beside a compact hash index: with
// 10,000 string keys and int64 values it holds less heap than the equivalent
// plain map (BenchmarkHeap10k in this package, Memory/heap=10k in the bench
// report, docs/benchmarks.md).
//
// Beside Get, Set and Delete, a Map has the sorted-map API of tidwall/btree
// and google/btree as Go iterators: All and Backward, range scans with
// Ascend(from) and Descend(from), Min, Max, Floor, Ceiling, At, Rank, PopMin
// and PopMax, each with its cost documented; Has, and Update and Compute for
// read-modify-write with one lookup. A map of up to 8 entries lives in one
// allocation and hashes nothing.
//
// Map marshals to the JSON of the equivalent plain map, byte for byte
// (including encoding/json's order of integer keys by their text), streams
// into the encode package without copying, and logs through safelog as a
// bounded, already sorted map.
//
// For the other shapes of the same problem:
//   - Sorted(m) iterates a plain map in key order with pooled buffers (no
//     allocation in steady state), and SortedFunc does the same with a
//     comparison function for other key types. A loop that stops within
//     the first 32 entries costs O(n): they are selected, not sorted.
//   - Map2[A, B, V] is a two-level map keyed by (a, b): the ordered, typed
//     form of map[A]map[B]V, without the nil-inner-map panic and without one
//     small map per outer key. Group(a) iterates one outer key. It
//     marshals, prints and logs as the plain map[A]map[B]V.
//   - Sync[K, V] is safe for concurrent use, with sync.Map's atomic
//     operations and Compute; its iterations, JSON and log output walk
//     consistent sorted snapshots.
//   - FromAny converts a decoded JSON object (map[string]any) into a typed
//     Map by encode.Convert's rules, naming every key whose value does not
//     fit.
//
// The benchmarks in this package compare each of these with what code
// writes without it; see bench_test.go for the command.
package tmap
