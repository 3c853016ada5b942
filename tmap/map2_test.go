package tmap

import (
	"cmp"
	"encoding/json"
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

// map2JSONAgrees checks that m marshals as the plain map of maps holding
// the model's entries, and that the JSON decodes back into the same Map2.
func map2JSONAgrees(m Map2[string, int, int64], model map[Pair[string, int]]int64) error {
	plain := map[string]map[int]int64{}
	for k, v := range model {
		if plain[k.A] == nil {
			plain[k.A] = map[int]int64{}
		}
		plain[k.A][k.B] = v
	}
	want, _ := json.Marshal(plain)
	got, err := json.Marshal(m)
	if err != nil || string(got) != string(want) {
		return fmt.Errorf("JSON %s, %v; want %s", got, err, want)
	}
	var back Map2[string, int, int64]
	if err := json.Unmarshal(got, &back); err != nil {
		return err
	}
	return map2Agrees(&back, model)
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
			case o.kind < 100:
				m.Compact()
			case o.kind < 120:
				got := m.Update(a, b, func(n int64, _ bool) int64 { return n + o.val })
				model[k] += o.val
				if got != model[k] {
					return fmt.Sprintf("Update(%v) = %v, want %v", k, got, model[k])
				}
			default:
				keep := o.val%2 == 0
				m.Compute(a, b, func(int64, bool) (int64, bool) { return o.val, keep })
				if keep {
					model[k] = o.val
				} else {
					delete(model, k)
				}
			}
			v, ok := m.Get(a, b)
			if w, wok := model[k]; v != w || ok != wok || m.Len() != len(model) {
				return fmt.Sprintf("after %v: Get = %v, %v; want %v, %v", o, v, ok, w, wok)
			}
		}
		return verdict(map2Agrees(&m, model), map2JSONAgrees(m, model))
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
	t.Run("range scans and Backward", func(t *testing.T) {
		ks, _ := collect(m.Ascend("b", "x"))
		require.Equal(t, []Pair[string, string]{{"b", "x"}, {"b", "xx"}, {"b", "y"}}, ks)
		ks, _ = collect(m.Descend("b", "w"))
		require.Equal(t, []Pair[string, string]{{"b", "w"}, {"a", "z"}}, ks)
		ks, _ = collect(m.Backward())
		require.Equal(t, Pair[string, string]{"b", "y"}, ks[0])
		require.Len(t, ks, m.Len())
		require.True(t, m.Has("a", "z"))
		require.False(t, m.Has("a", "y"))
	})
}
