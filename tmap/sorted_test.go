package tmap

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"testing"

	"github.com/mapkit-go/mapkit/internal/testsupport"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"
)

func TestSortedProperties(t *testing.T) {
	params := testParameters()
	params.MaxSize = 100 // generating big maps of random strings is slow
	props := gopter.NewProperties(params)
	props.Property("Sorted yields a string-keyed map in slices.Sorted order", prop.ForAll(sortedLikeSlices[map[string]int], gen.MapOf(gen.AnyString(), gen.Int())))
	props.Property("Sorted yields an int-keyed map in slices.Sorted order", prop.ForAll(sortedLikeSlices[map[int64]string], gen.MapOf(gen.Int64(), gen.AlphaString())))
	props.Property("a loop that stops early yields the smallest entries", prop.ForAll(func(n, stop int) bool {
		src := make(map[string]int, n)
		for i := range n {
			src[fmt.Sprintf("k%x", i*2654435761%1000003)] = i
		}
		want := slices.Sorted(maps.Keys(src))
		want = want[:min(stop, len(want))]
		var got []string
		for k, v := range Sorted(src) {
			if len(got) == stop || v != src[k] {
				break
			}
			got = append(got, k)
		}
		return slices.Equal(got, want)
	}, gen.IntRange(0, 300), gen.IntRange(0, 80)))
	props.TestingRun(t)
}

// TestSortedEarlyBreakIsLinear counts the comparisons of a loop that stops
// after the first entry: O(n) selection, not an O(n log n) sort.
func TestSortedEarlyBreakIsLinear(t *testing.T) {
	const n = 1 << 14
	src := make(map[int]int, n)
	for i := range n {
		src[i*7919%n] = i
	}
	calls := 0
	counting := func(a, b int) int { calls++; return cmp.Compare(a, b) }
	for k := range SortedFunc(src, counting) {
		require.Equal(t, 0, k)
		break
	}
	require.Less(t, calls, 3*n, "a full sort makes about n log n = %d", n*14)
	calls = 0
	ks, _ := collect(SortedFunc(src, counting))
	require.Len(t, ks, n)
	require.True(t, slices.IsSorted(ks))
	require.Greater(t, calls, 3*n, "the full loop does sort")
}

// TestSortedTiesAcrossTheFirstBatch breaks ties at the edge of the first
// batch: entries whose keys compare equal come once each.
func TestSortedTiesAcrossTheFirstBatch(t *testing.T) {
	src := map[float64]int{}
	for i := range 100 {
		src[math.NaN()] = i // NaNs are distinct map keys that compare equal
		src[float64(i)] = i
	}
	ks, vs := collect(Sorted(src))
	require.Len(t, ks, 200)
	nans := vs[:100]
	slices.Sort(nans)
	for i, v := range nans {
		require.Equal(t, i, v, "each NaN entry once")
		require.True(t, math.IsNaN(ks[i]))
	}
	require.True(t, slices.IsSorted(ks[100:]))
}

// sortedLikeSlices reports whether Sorted yields the keys of src in
// slices.Sorted order, each with its value.
func sortedLikeSlices[M ~map[K]V, K cmp.Ordered, V comparable](src M) bool {
	ks, vs := collect(Sorted(src))
	if !slices.Equal(ks, slices.Sorted(maps.Keys(src))) {
		return false
	}
	for i, k := range ks {
		if vs[i] != src[k] {
			return false
		}
	}
	return true
}

type userID string

func TestSortedEdges(t *testing.T) {
	t.Run("nil map", func(t *testing.T) {
		for range Sorted(map[string]int(nil)) {
			t.Fatal("nil map yields")
		}
	})
	t.Run("named key and map types", func(t *testing.T) {
		type byUser map[userID]int
		ks, vs := collect(Sorted(byUser{"bob": 2, "al": 1, "": 0}))
		require.Equal(t, []userID{"", "al", "bob"}, ks)
		require.Equal(t, []int{0, 1, 2}, vs)
	})
	t.Run("NaN keys come first and are all yielded", func(t *testing.T) {
		src := map[float64]int{math.NaN(): 1, math.NaN(): 2, -1: 3}
		ks, vs := collect(Sorted(src))
		require.Len(t, ks, 3)
		require.True(t, math.IsNaN(ks[0]) && math.IsNaN(ks[1]))
		require.ElementsMatch(t, []int{1, 2}, vs[:2])
		require.Equal(t, 3, vs[2])
	})
	t.Run("the loop sees the map as it was", func(t *testing.T) {
		src := map[string]int{"a": 1, "b": 2, "c": 3}
		var got []string
		for k, v := range Sorted(src) {
			got = append(got, fmt.Sprint(k, v))
			delete(src, "c")
			src["b"] = 20
			src["d"] = 4
		}
		require.Equal(t, []string{"a1", "b2", "c3"}, got)
	})
	t.Run("early break and nesting", func(t *testing.T) {
		src := map[string]int{"a": 1, "b": 2, "c": 3}
		var got []string
		for k := range Sorted(src) {
			for k2 := range Sorted(src) {
				got = append(got, k+k2)
				break
			}
			if k == "b" {
				break
			}
		}
		require.Equal(t, []string{"aa", "ba"}, got)
	})
	t.Run("a panicking body returns the buffers", func(t *testing.T) {
		require.Panics(t, func() {
			for range Sorted(map[string]int{"a": 1}) {
				panic("boom")
			}
		})
	})
}

func TestSortedFunc(t *testing.T) {
	type point struct{ x, y int }
	src := map[point]string{{2, 1}: "c", {1, 5}: "b", {1, 2}: "a"}
	byXY := func(a, b point) int {
		if c := cmp.Compare(a.x, b.x); c != 0 {
			return c
		}
		return cmp.Compare(a.y, b.y)
	}
	ks, vs := collect(SortedFunc(src, byXY))
	require.Equal(t, []point{{1, 2}, {1, 5}, {2, 1}}, ks)
	require.Equal(t, []string{"a", "b", "c"}, vs)
	for range SortedFunc(src, byXY) {
		break
	}
}

// TestSortedReturnsBuffers checks that Sorted allocates nothing in steady
// state, which holds only if every loop, even one that breaks at once, puts
// its buffers back.
func TestSortedReturnsBuffers(t *testing.T) {
	if testsupport.Race {
		t.Skip("sync.Pool drops items at random under the race detector")
	}
	strs := map[string]int64{}
	ints := map[int]int64{}
	for i := range 1000 {
		strs[fmt.Sprintf("key%04d", i)] = int64(i)
		ints[i*7919%1000] = int64(i)
	}
	var sum int64
	checks := map[string]func(){
		"strings, full loop": func() {
			for _, v := range Sorted(strs) {
				sum += v
			}
		},
		"strings, break": func() {
			for _, v := range Sorted(strs) {
				sum += v
				break
			}
		},
		"ints, full loop": func() {
			for _, v := range Sorted(ints) {
				sum += v
			}
		},
		"ints, break": func() {
			for _, v := range Sorted(ints) {
				sum += v
				break
			}
		},
		"SortedFunc, break": func() {
			for _, v := range SortedFunc(ints, cmp.Compare[int]) {
				sum += v
				break
			}
		},
	}
	for name, f := range checks {
		f() // fill the pools
		require.Zero(t, testing.AllocsPerRun(20, f), name)
	}
}
