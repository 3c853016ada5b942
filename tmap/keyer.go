package tmap

import (
	"cmp"
	"hash/maphash"
	"reflect"
	"unsafe"
)

// keyer supplies the key operations of a store. Implementations are empty
// structs, so a store carries no function values and its zero value works.
type keyer[K any] interface {
	hash(seed maphash.Seed, k K) uint64
	equal(a, b K) bool
	compare(a, b K) int
}

// nanHash is the hash of every NaN key: all NaNs are one key in a Map, as
// cmp.Compare treats them, so they must hash alike.
const nanHash = 0x9e3779b97f4a7c15

// ordered is the keyer of cmp.Ordered keys.
type ordered[K cmp.Ordered] struct{}

func (ordered[K]) hash(seed maphash.Seed, k K) uint64 {
	if k != k {
		return nanHash
	}
	return maphash.Comparable(seed, k)
}

func (ordered[K]) equal(a, b K) bool { return a == b || (a != a && b != b) }

func (ordered[K]) compare(a, b K) int { return cmp.Compare(a, b) }

// asStrings views keys as []string when K's underlying type is string, so
// that string keys of any named type get the radix sort.
func asStrings[K cmp.Ordered](keys []K) ([]string, bool) {
	if !isStringKind[K]() {
		return nil, false
	}
	return unsafe.Slice((*string)(unsafe.Pointer(unsafe.SliceData(keys))), len(keys)), true
}

// isStringKind reports whether K's underlying type is string.
func isStringKind[K any]() bool { return reflect.TypeFor[K]().Kind() == reflect.String }

// keyString returns k as a string; K's underlying type must be string.
func keyString[K any](k K) string { return *(*string)(unsafe.Pointer(&k)) }

// Pair is the key of a Map2 entry.
type Pair[A, B cmp.Ordered] struct {
	A A
	B B
}

// pairs is the keyer of pair keys: ordered by a, then by b.
type pairs[A, B cmp.Ordered] struct{}

func (pairs[A, B]) hash(seed maphash.Seed, p Pair[A, B]) uint64 {
	var nan uint64
	if p.A != p.A {
		var zero A
		p.A, nan = zero, 1
	}
	if p.B != p.B {
		var zero B
		p.B, nan = zero, nan|2
	}
	return maphash.Comparable(seed, p) ^ nan*nanHash
}

func (pairs[A, B]) equal(x, y Pair[A, B]) bool {
	return ordered[A]{}.equal(x.A, y.A) && ordered[B]{}.equal(x.B, y.B)
}

func (pairs[A, B]) compare(x, y Pair[A, B]) int {
	if c := cmp.Compare(x.A, y.A); c != 0 {
		return c
	}
	return cmp.Compare(x.B, y.B)
}
