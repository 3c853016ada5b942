// Package mapappend defines an Analyzer that reports slices filled from a
// map or slice, one element per iteration, without the capacity they will
// need.
//
// # Analyzer mapappend
//
// mapappend: report slices appended to once per element of a range without
// the capacity for it
//
// mapappend reports a slice declared as var s []T, s := []T{} or
// s := make([]T, 0) when the statement right after the declaration is a
// range over a map, slice or array whose body appends exactly one element to
// s on every iteration: the body is straight-line code (no if, switch, loop,
// break, continue, return or goto at its top level), appends with
// s = append(s, x) exactly once and mentions s nowhere else. The loop then
// appends len(x) elements and append reallocates and copies the slice about
// log₂(len(x)) times on the way. The range expression must be a variable or a
// field of one, so that its length can be taken before the loop.
//
// The suggested fix only adds capacity: s := []T{} and s := make([]T, 0)
// become s := make([]T, 0, len(x)); var s []T is followed by
// s = slices.Grow(s, len(x)), which keeps s nil when x is empty, as it was.
package mapappend
