package tmap

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestOrderedReadsEdges(t *testing.T) {
	var empty Map[int, string]
	m := From(map[int]string{10: "a", 20: "b", 30: "c"})
	type entry struct {
		k  int
		v  string
		ok bool
	}
	get := func(k int, v string, ok bool) entry { return entry{k, v, ok} }
	tests := []struct {
		name string
		got  entry
		want entry
	}{
		{"Min", get(m.Min()), entry{10, "a", true}},
		{"Max", get(m.Max()), entry{30, "c", true}},
		{"Min of empty", get(empty.Min()), entry{}},
		{"Max of empty", get(empty.Max()), entry{}},
		{"Floor below all", get(m.Floor(9)), entry{}},
		{"Floor on a key", get(m.Floor(20)), entry{20, "b", true}},
		{"Floor between", get(m.Floor(29)), entry{20, "b", true}},
		{"Floor above all", get(m.Floor(99)), entry{30, "c", true}},
		{"Ceiling below all", get(m.Ceiling(-5)), entry{10, "a", true}},
		{"Ceiling on a key", get(m.Ceiling(20)), entry{20, "b", true}},
		{"Ceiling between", get(m.Ceiling(21)), entry{30, "c", true}},
		{"Ceiling above all", get(m.Ceiling(31)), entry{}},
		{"At first", get(m.At(0)), entry{10, "a", true}},
		{"At last", get(m.At(2)), entry{30, "c", true}},
		{"At past the end", get(m.At(3)), entry{}},
		{"At negative", get(m.At(-1)), entry{}},
		{"Floor of empty", get(empty.Floor(1)), entry{}},
		{"At of empty", get(empty.At(0)), entry{}},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, tt.got, tt.name)
	}
	require.Equal(t, 0, m.Rank(5))
	require.Equal(t, 1, m.Rank(20))
	require.Equal(t, 2, m.Rank(25))
	require.Equal(t, 3, m.Rank(99))
	require.Equal(t, 0, empty.Rank(1))
	require.True(t, m.Has(10))
	require.False(t, m.Has(11))
	require.False(t, empty.Has(0))

	ks, _ := collect(m.Backward())
	require.Equal(t, []int{30, 20, 10}, ks)
	ks, _ = collect(m.Ascend(15))
	require.Equal(t, []int{20, 30}, ks)
	ks, _ = collect(m.Descend(25))
	require.Equal(t, []int{20, 10}, ks)
	ks, _ = collect(m.Descend(5))
	require.Empty(t, ks)
	ks, _ = collect(empty.Backward())
	require.Empty(t, ks)
}

func TestBackwardMutation(t *testing.T) {
	m := From(map[int]string{1: "a", 2: "b", 3: "c", 4: "d"})
	var ks []int
	for k := range m.Backward() {
		ks = append(ks, k)
		if k == 3 {
			m.Delete(2) // not reached yet: not yielded
			m.Set(5, "e")
			m.Set(0, "z") // below the current key: yielded
		}
	}
	require.Equal(t, []int{4, 3, 1, 0}, ks)
}

func TestPopKeepsOrderCurrent(t *testing.T) {
	m := New[int, int](0)
	for i := range 1000 {
		m.Set(i, -i)
	}
	for i := range 400 {
		k, v, ok := m.PopMin()
		require.True(t, ok)
		require.Equal(t, i, k)
		require.Equal(t, -i, v)
		k, _, _ = m.PopMax()
		require.Equal(t, 999-i, k)
		require.False(t, m.s.dirty.Load(), "popping from the ends keeps the order current")
	}
	require.Equal(t, 200, m.Len())
	ks, _ := collect(m.All())
	require.Equal(t, 400, ks[0])
	require.Equal(t, 599, ks[len(ks)-1])
	var empty Map[int, int]
	_, _, ok := empty.PopMin()
	require.False(t, ok)
	_, _, ok = empty.PopMax()
	require.False(t, ok)
}

func TestUpdateAndCompute(t *testing.T) {
	var m Map[string, int]
	for range 3 {
		m.Update("hits", func(n int, _ bool) int { return n + 1 })
	}
	v, _ := m.Get("hits")
	require.Equal(t, 3, v)

	v, ok := m.Compute("hits", func(n int, ok bool) (int, bool) { return 0, false })
	require.Equal(t, 0, v)
	require.False(t, ok)
	require.False(t, m.Has("hits"), "keep false deletes")
	v, ok = m.Compute("none", func(n int, ok bool) (int, bool) { return 7, false })
	require.Equal(t, 0, v)
	require.False(t, ok)
	require.Equal(t, 0, m.Len(), "keep false on a missing key stores nothing")
	v, ok = m.Compute("new", func(n int, ok bool) (int, bool) { return 7, !ok })
	require.Equal(t, 7, v)
	require.True(t, ok)

	var m2 Map2[string, string, int]
	m2.Update("/a", "GET", func(n int, _ bool) int { return n + 1 })
	m2.Update("/a", "GET", func(n int, _ bool) int { return n + 1 })
	v, _ = m2.Get("/a", "GET")
	require.Equal(t, 2, v)
	require.True(t, m2.Has("/a", "GET"))
	_, ok = m2.Compute("/a", "GET", func(int, bool) (int, bool) { return 0, false })
	require.False(t, ok)
	require.Equal(t, 0, m2.Len())
}

func TestLatestSpellingOfZero(t *testing.T) {
	negZero := math.Copysign(0, -1)
	var m Map[float64, string]
	m.Set(0, "+0")
	m.Set(negZero, "-0")
	k, v, _ := m.Min()
	require.True(t, math.Signbit(k), "a key -0 set after +0 is kept as -0, as in a Go map")
	require.Equal(t, "-0", v)
	m.Update(0, func(string, bool) string { return "+0 again" })
	k, _, _ = m.Min()
	require.False(t, math.Signbit(k))

	plain := map[float64]string{0: "+0"}
	plain[negZero] = "-0"
	for pk := range plain {
		require.True(t, math.Signbit(pk), "the Go map this follows")
	}
}

func TestCopiesShareEntries(t *testing.T) {
	var m Map[string, int]
	m.Set("a", 1)
	c := m
	c.Set("b", 2)
	require.Equal(t, 2, m.Len(), "a copy refers to the same entries")
	m.Clear()
	require.Equal(t, 0, c.Len())
	require.Equal(t, "map[]", c.String())
	independent := m.Clone()
	independent.Set("x", 1)
	require.Equal(t, 0, m.Len(), "Clone is independent")
}

func TestSmallGrowsAndShrinks(t *testing.T) {
	var m Map[string, int]
	keys := testKeys(40)
	for i, k := range keys[:small] {
		m.Set(k, i)
	}
	require.Nil(t, m.s.slots, "up to small entries there is no index")
	m.Delete(keys[3])
	require.Equal(t, small-1, m.Len())
	_, ok := m.Get(keys[3])
	require.False(t, ok)
	for i, k := range keys {
		m.Set(k, i)
	}
	require.NotNil(t, m.s.slots)
	require.Equal(t, [small]ent[string, int]{}, m.s.inEnts, "grown storage pins nothing inline")
	for i, k := range keys {
		v, ok := m.Get(k)
		require.True(t, ok)
		require.Equal(t, i, v)
	}
	for _, k := range keys[2:] {
		m.Delete(k)
	}
	require.Equal(t, 2, m.Len())
	require.Nil(t, m.s.slots, "a rebuild down to a few entries goes back inline")
	ks, _ := collect(m.All())
	require.ElementsMatch(t, keys[:2], ks)
}
