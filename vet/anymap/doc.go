// Package anymap defines an Analyzer that reports map[string]any variables
// whose values all have one concrete type.
//
// # Analyzer anymap
//
// anymap: report a map[string]any that only ever holds one type
//
// Every value stored in a map[string]any is boxed: 10,000 int64 entries hold
// 736 KB of heap against 437 KB in a map[string]int64 (docs/benchmarks.md,
// Memory/heap=10k). anymap reports a variable local to a function, declared
// with make(map[string]any) or a map[string]any{...} literal, when every
// value the function stores in it (literal elements and m[k] = v) has the
// same concrete, non-interface type T, and every other use of the map is one
// that behaves the same for a map[string]T:
//
//   - len(m), delete(m, k), for k := range m, _, ok := m[k];
//   - m as an operand of fmt.Print, Println, Sprint, Sprintln,
//     Fprint, Fprintln, log.Print or log.Println;
//   - m as the value of encoding/json's Marshal or MarshalIndent, or of
//     (*json.Encoder).Encode.
//
// Any other use — reading a value (a missing key reads as nil, not as T's
// zero value), passing the map elsewhere, returning or storing it, %#v —
// keeps anymap silent: the map may then hold, or be expected to hold, other
// types.
//
// The suggested fix writes map[string]T in the declaration; fmt and
// encoding/json print a map[string]T exactly as the map[string]any it
// replaces, so nothing else changes.
package anymap
