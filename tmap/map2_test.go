package tmap

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"
)

func comparePairs(x, y Pair[string, int]) int {
	if c := cmp.Compare(x.A, y.A); c != 0 {
		return c
	}
	return cmp.Compare(x.B, y.B)
}

// map2Agrees checks All, Group and Groups of m against the model.
func map2Agrees(m *Map2[string, int, int64], model map[Pair[string, int]]int64) error {
	keys := slices.SortedFunc(maps.Keys(model), comparePairs)
	ks, vs := collect(m.All())
	if !slices.Equal(ks, keys) {
		return fmt.Errorf("All yields %v, want %v", ks, keys)
	}
	counts := map[string]int{}
	for i, k := range keys {
		if vs[i] != model[k] {
			return fmt.Errorf("All yields %v=%v, want %v", k, vs[i], model[k])
		}
		counts[k.A]++
	}
	as, ns := collect(m.Groups())
	if !slices.Equal(as, slices.Sorted(maps.Keys(counts))) {
		return fmt.Errorf("Groups yields %v, want the keys of %v", as, counts)
	}
	for i, a := range as {
		if ns[i] != counts[a] {
			return fmt.Errorf("Groups yields %s with %d entries, want %d", a, ns[i], counts[a])
		}
		prev := -1
		n := 0
		for b, v := range m.Group(a) {
			if b <= prev || v != model[Pair[string, int]{a, b}] {
				return fmt.Errorf("Group(%s) yields %d=%d after %d", a, b, v, prev)
			}
			prev = b
			n++
		}
		if n != counts[a] {
			return fmt.Errorf("Group(%s) yields %d entries, want %d", a, n, counts[a])
		}
	}
	return nil
}

func TestMap2Properties(t *testing.T) {
	props := gopter.NewProperties(testParameters())
	props.Property("Map2 behaves as a plain map of pairs, ordered by (a, b)", prop.ForAll(func(ops []op) string {
		var m Map2[string, int, int64]
		model := map[Pair[string, int]]int64{}
		for _, o := range ops {
			a, b := fmt.Sprint("g", o.key%5), o.key/5
			k := Pair[string, int]{a, b}
			switch {
			case o.kind < 55:
				m.Set(a, b, o.val)
				model[k] = o.val
			case o.kind < 95:
				_, want := model[k]
				if m.Delete(a, b) != want {
					return fmt.Sprintf("Delete(%v) != %v", k, want)
				}
				delete(model, k)
			case o.kind < 97:
				m.Clear()
				clear(model)
			default:
				m.Compact()
			}
			v, ok := m.Get(a, b)
			if w, wok := model[k]; v != w || ok != wok || m.Len() != len(model) {
				return fmt.Sprintf("after %v: Get = %v, %v; want %v, %v", o, v, ok, w, wok)
			}
		}
		return verdict(map2Agrees(&m, model))
	}, genOps()))
	props.TestingRun(t)
}

func TestMap2Edges(t *testing.T) {
	var m Map2[string, string, int]
	for range m.Group("none") {
		t.Fatal("empty group yields")
	}
	m.Set("b", "y", 1)
	m.Set("a", "z", 2)
	m.Set("b", "x", 3)
	m.Set("c", "x", 4)
	for range m.Group("aa") {
		t.Fatal("missing group yields")
	}
	bs, vs := collect(m.Group("b"))
	require.Equal(t, []string{"x", "y"}, bs)
	require.Equal(t, []int{3, 1}, vs)

	t.Run("changes inside a group loop", func(t *testing.T) {
		var got []string
		for b := range m.Group("b") {
			got = append(got, b)
			m.Set("b", "w", 0)  // before: not seen
			m.Set("b", "xx", 0) // after: seen
			m.Delete("c", "x")
		}
		require.Equal(t, []string{"x", "xx", "y"}, got)
	})
	t.Run("break", func(t *testing.T) {
		for range m.All() {
			break
		}
		for range m.Group("b") {
			break
		}
		for range m.Groups() {
			break
		}
		as, ns := collect(m.Groups())
		require.Equal(t, []string{"a", "b"}, as)
		require.Equal(t, []int{1, 4}, ns)
	})
}
