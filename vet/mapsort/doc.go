// Package mapsort defines an Analyzer that reports loops over the keys of a
// map collected into a slice and sorted first.
//
// # Analyzer mapsort
//
// mapsort: report "collect the keys, sort them, loop" code
//
// mapsort reports, for a map m whose key type is ordered (strings, integers,
// floats):
//
//   - for _, k := range slices.Sorted(maps.Keys(m)) { ... };
//   - four consecutive statements: a slice declared empty (var keys []K,
//     keys := []K{}, keys := make([]K, 0) or make([]K, 0, len(m))); a range
//     over m whose only statement is keys = append(keys, k); one sort of the
//     slice in ascending order (sort.Strings, sort.Ints, sort.Float64s,
//     slices.Sort, or sort.Slice with the less function keys[i] < keys[j] for
//     non-float keys); and for _, k := range keys { ... }; where the slice is
//     used nowhere else.
//
// The map must be a variable or a field of one. The suggested fix replaces the
// pattern with for k := range tmap.Sorted(m) and keeps the loop body: the
// loop visits the same keys in the same ascending order, and, as before, sees
// the keys as they were when it started. The fix is not offered when comments
// would be lost. The loop body may then use the value that tmap.Sorted yields
// as a second iteration variable instead of m[k].
package mapsort
