// Package nestedmap defines an Analyzer that reports writes into the inner
// map of a map of maps that can never have been created.
//
// # Analyzer nestedmap
//
// nestedmap: report m[a][b] = v where the inner map m[a] is never created
//
// Writing m[a][b] = v into a map[A]map[B]V panics with "assignment to entry
// in nil map" unless m[a] was set first. nestedmap reports such a write when
// it can prove that no inner map is ever set: m is a variable local to a
// function, declared nil or empty (var m T, m := make(T), m := T{}), and every
// other use of m only reads it (m[a], m[a][b], len, range, comparisons),
// deletes from it, clears it, or sets it again to an empty map. Any
// assignment to m[x] — the init-if-nil guard among them — and any use that
// lets m escape (passing it to a function, taking its address, returning it,
// storing it, calling a method) keep nestedmap silent.
//
// The suggested fix creates the inner map where the write needs it, which is
// the one change in behaviour (the write no longer panics):
//
//	if m[a] == nil {
//		m[a] = make(map[B]V)
//	}
//	m[a][b] = v
//
// It is offered when m was declared with a value (a nil m would panic on
// m[a] = ... as well), the write is a statement of its own and a is a
// variable, a constant or a field of a variable. tmap.Map2[A, B, V] is the alternative
// that needs no inner maps at all.
package nestedmap
