package tmap

import (
	"fmt"
	"iter"
	"math"
	"slices"
	"testing"

	"github.com/mapkit-go/mapkit/internal/testsupport"

	"github.com/stretchr/testify/require"
)

func collect[K, V any](seq iter.Seq2[K, V]) ([]K, []V) {
	var ks []K
	var vs []V
	for k, v := range seq {
		ks = append(ks, k)
		vs = append(vs, v)
	}
	return ks, vs
}

func TestZeroValue(t *testing.T) {
	var m Map[string, int]
	require.Equal(t, 0, m.Len())
	_, ok := m.Get("a")
	require.False(t, ok)
	require.False(t, m.Delete("a"))
	for range m.All() {
		t.Fatal("zero map yields")
	}
	m.Compact()
	m.Clear()
	m.Set("a", 1)
	v, ok := m.Get("a")
	require.True(t, ok)
	require.Equal(t, 1, v)
	require.Equal(t, 1, m.Len())
}

func TestConstructors(t *testing.T) {
	for _, capacity := range []int{-1, 0, 1, 7, 1000} {
		m := New[int, string](capacity)
		for i := 100; i > 0; i-- {
			m.Set(i, fmt.Sprint(i))
		}
		ks, _ := collect(m.All())
		require.Len(t, ks, 100)
		require.True(t, slices.IsSorted(ks))
	}
	require.Equal(t, 0, From[string, int](nil).Len())
	m := From(map[string]int{"b": 2, "a": 1, "c": 3})
	ks, vs := collect(m.All())
	require.Equal(t, []string{"a", "b", "c"}, ks)
	require.Equal(t, []int{1, 2, 3}, vs)
}

func TestFloatKeys(t *testing.T) {
	var m Map[float64, string]
	m.Set(math.NaN(), "nan1")
	m.Set(math.NaN(), "nan2")
	m.Set(math.Copysign(0, -1), "-0")
	m.Set(0, "+0")
	m.Set(math.Inf(-1), "-inf")
	m.Set(1, "one")
	require.Equal(t, 4, m.Len(), "NaNs are one key, and so are -0 and +0")
	v, ok := m.Get(math.NaN())
	require.True(t, ok)
	require.Equal(t, "nan2", v)
	_, vs := collect(m.All())
	require.Equal(t, []string{"nan2", "-inf", "+0", "one"}, vs)
	require.True(t, m.Delete(math.NaN()))
	require.Equal(t, 3, m.Len())
}

func TestSetOverwrites(t *testing.T) {
	var m Map[string, int]
	m.Set("a", 1)
	m.Set("a", 2)
	require.Equal(t, 1, m.Len())
	v, _ := m.Get("a")
	require.Equal(t, 2, v)
}

func TestDeleteThenReinsert(t *testing.T) {
	var m Map[int, int]
	for i := range 100 {
		m.Set(i, i)
	}
	for range m.All() {
	}
	for i := 0; i < 100; i += 2 {
		require.True(t, m.Delete(i))
		require.False(t, m.Delete(i))
	}
	for i := 0; i < 100; i += 4 {
		m.Set(i, -i)
	}
	ks, vs := collect(m.All())
	require.Len(t, ks, 75)
	require.True(t, slices.IsSorted(ks))
	for i, k := range ks {
		want := k
		if k%2 == 0 {
			want = -k
		}
		require.Equal(t, want, vs[i])
	}
}

func TestClone(t *testing.T) {
	m := From(map[string]int{"a": 1, "b": 2, "c": 3})
	m.Delete("b")
	c := m.Clone()
	c.Set("d", 4)
	m.Set("a", 10)
	ks, vs := collect(c.All())
	require.Equal(t, []string{"a", "c", "d"}, ks)
	require.Equal(t, []int{1, 3, 4}, vs)
	ks, vs = collect(m.All())
	require.Equal(t, []string{"a", "c"}, ks)
	require.Equal(t, []int{10, 3}, vs)
	var zero Map[string, int]
	require.Equal(t, 0, zero.Clone().Len())
}

func TestClearReleasesStorage(t *testing.T) {
	m := New[int, int](1000)
	for i := range 1000 {
		m.Set(i, i)
	}
	m.Clear()
	require.Equal(t, 0, m.Len())
	require.LessOrEqual(t, cap(m.s.ents), small, "back to the inline arrays")
	require.Nil(t, m.s.slots)
	m.Set(1, 1)
	ks, _ := collect(m.All())
	require.Equal(t, []int{1}, ks)
}

func TestShrinksAfterMassDeletes(t *testing.T) {
	const n, keep = 100_000, 1000
	m := New[int, int64](0)
	for i := range n {
		m.Set(i, int64(i))
	}
	for i := keep; i < n; i++ {
		m.Delete(i)
	}
	require.Equal(t, keep, m.Len())
	require.LessOrEqual(t, cap(m.s.ents), 2*keep, "entries follow the live size")
	require.LessOrEqual(t, len(m.s.slots), 8*keep, "the index follows the live size")
	m.Compact()
	require.Equal(t, keep, cap(m.s.ents))
	ks, vs := collect(m.All())
	require.Len(t, ks, keep)
	for i, k := range ks {
		require.Equal(t, i, k)
		require.Equal(t, int64(i), vs[i])
	}
}

// TestMutationDuringIteration pins down what a loop sees when its body
// changes the map.
func TestMutationDuringIteration(t *testing.T) {
	tests := []struct {
		name string
		body func(m *Map[int, string], k int)
		want []string // "key=value" pairs the loop yields
		left []int    // keys after the loop
	}{
		{
			name: "delete the current key",
			body: func(m *Map[int, string], k int) { m.Delete(k) },
			want: []string{"1=a", "2=b", "3=c", "4=d"},
		},
		{
			name: "delete the next key",
			body: func(m *Map[int, string], k int) { m.Delete(k + 1) },
			want: []string{"1=a", "3=c"},
			left: []int{1, 3},
		},
		{
			name: "add keys before and after",
			body: func(m *Map[int, string], k int) {
				if k == 2 {
					m.Set(0, "z")
					m.Set(10, "j")
					m.Set(3, "C")
				}
			},
			want: []string{"1=a", "2=b", "3=C", "4=d", "10=j"},
			left: []int{0, 1, 2, 3, 4, 10},
		},
		{
			name: "clear",
			body: func(m *Map[int, string], k int) { m.Clear() },
			want: []string{"1=a"},
		},
		{
			name: "clear and refill",
			body: func(m *Map[int, string], k int) {
				if k == 2 {
					m.Clear()
					for i := range 6 {
						m.Set(i, "x")
					}
				}
			},
			want: []string{"1=a", "2=b", "3=x", "4=x", "5=x"},
			left: []int{0, 1, 2, 3, 4, 5},
		},
		{
			name: "compact",
			body: func(m *Map[int, string], k int) { m.Compact() },
			want: []string{"1=a", "2=b", "3=c", "4=d"},
			left: []int{1, 2, 3, 4},
		},
		{
			name: "nested iteration after a change",
			body: func(m *Map[int, string], k int) {
				m.Set(k*10, "n")
				for range m.All() {
				}
			},
			want: []string{"1=a", "2=b", "3=c", "4=d", "10=n", "20=n", "30=n", "40=n", "100=n", "200=n", "300=n", "400=n", "1000=n", "2000=n", "3000=n", "4000=n"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := From(map[int]string{1: "a", 2: "b", 3: "c", 4: "d"})
			var got []string
			for k, v := range m.All() {
				got = append(got, fmt.Sprintf("%d=%s", k, v))
				if len(got) == 16 {
					break
				}
				tt.body(m, k)
			}
			require.Equal(t, tt.want, got)
			if tt.left != nil {
				ks, _ := collect(m.All())
				require.Equal(t, tt.left, ks)
			}
		})
	}
}

func TestMassDeleteDuringIteration(t *testing.T) {
	m := New[int, int](0)
	for i := range 1000 {
		m.Set(i, i)
	}
	var got []int
	for k := range m.Keys() {
		got = append(got, k)
		for j := k + 1; j < k+50; j++ {
			m.Delete(j) // triggers rebuilds mid-loop
		}
	}
	want := []int{}
	for i := 0; i < 1000; i += 50 {
		want = append(want, i)
	}
	require.Equal(t, want, got)
	require.Equal(t, len(want), m.Len())
}

func TestEarlyBreak(t *testing.T) {
	m := From(map[string]int{"a": 1, "b": 2, "c": 3})
	for range m.All() {
		break
	}
	for range m.Keys() {
		break
	}
	for range m.Values() {
		break
	}
	m.Set("d", 4)
	for k := range m.Keys() {
		if k == "b" {
			break
		}
	}
	ks, vs := collect(m.All())
	require.Equal(t, []string{"a", "b", "c", "d"}, ks)
	require.Equal(t, []int{1, 2, 3, 4}, vs)
}

func TestNoAllocations(t *testing.T) {
	testsupport.SkipUnderRace(t)
	m := New[string, int64](0)
	for i := range 1000 {
		m.Set(fmt.Sprintf("key%04d", (i*7919)%1000), int64(i))
	}
	var m2 Map2[string, int, int64]
	m2.Set("a", 1, 0)
	var sum int64
	checks := map[string]func(){
		"All": func() {
			for _, v := range m.All() {
				sum += v
			}
		},
		"Keys": func() {
			for k := range m.Keys() {
				sum += int64(len(k))
			}
		},
		"Values": func() {
			for v := range m.Values() {
				sum += v
			}
		},
		"Get": func() {
			v, _ := m.Get("key0500")
			sum += v
		},
		"Set existing": func() { m.Set("key0001", 1) },
		"Has":          func() { _ = m.Has("key0002") },
		"Update": func() {
			m.Update("key0003", func(n int64, _ bool) int64 { return n + sum })
		},
		"Backward": func() {
			for _, v := range m.Backward() {
				sum += v
			}
		},
		"Ascend 100": func() {
			n := 0
			for _, v := range m.Ascend("key0400") {
				if n++; n == 100 {
					break
				}
				sum += v
			}
		},
		"Floor, Ceiling, Rank, At": func() {
			_, a, _ := m.Floor("key0400x")
			_, b, _ := m.Ceiling("key0400x")
			_, c, _ := m.At(m.Rank("key0600"))
			sum += a + b + c
		},
		"PopMin then Set": func() {
			k, v, _ := m.PopMin()
			m.Set(k, v)
		},
		"Map2 Update": func() {
			m2.Update("a", 1, func(n int64, _ bool) int64 { return n + 1 })
		},
		"Map by value in a struct": func() {
			holder := struct{ M Map[string, int64] }{*m}
			sum += int64(holder.M.Len())
		},
	}
	for name, f := range checks {
		require.Zero(t, testing.AllocsPerRun(50, f), name)
	}
}
