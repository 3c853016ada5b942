package tmap

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/mapkit-go/mapkit/internal/testsupport"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
)

// op is one step of a generated sequence of map operations.
type op struct {
	kind int // see apply
	key  int
	val  int64
}

func (o op) String() string { return fmt.Sprintf("%d/%d=%d", o.kind, o.key, o.val) }

// genOps generates sequences of operations over a small key space, so that
// sets overwrite, deletes hit, and mass deletes trigger rebuilds.
func genOps() gopter.Gen {
	return gen.SliceOf(gopter.CombineGens(gen.IntRange(0, opKinds-1), gen.IntRange(0, 79), gen.Int64()).
		Map(func(v []any) op { return op{v[0].(int), v[1].(int), v[2].(int64)} }))
}

func testParameters() *gopter.TestParameters {
	p := gopter.DefaultTestParameters()
	p.MaxSize = 400
	p.MinSuccessfulTests = 200
	if testsupport.Light() {
		p.MinSuccessfulTests = 40
	}
	return p
}

// opKinds is the number of operation kinds apply distinguishes.
const opKinds = 140

// apply runs o on m and on the model and checks that they agree on what o
// observes.
func apply[K cmp.Ordered](m *Map[K, int64], model map[K]int64, o op, key K) error {
	switch {
	case o.kind < 50:
		m.Set(key, o.val)
		model[key] = o.val
	case o.kind < 85:
		_, want := model[key]
		if got := m.Delete(key); got != want {
			return fmt.Errorf("Delete(%v) = %v, want %v", key, got, want)
		}
		delete(model, key)
	case o.kind < 87:
		m.Clear()
		clear(model)
	case o.kind < 90:
		m.Compact()
	case o.kind < 95:
		for range m.All() {
			break
		}
	case o.kind < 100:
		m2 := m.Clone()
		*m = Map[K, int64]{}
		for k, v := range m2.All() {
			m.Set(k, v)
		}
	case o.kind < 105:
		old, had := model[key]
		got := m.Update(key, func(n int64, ok bool) int64 {
			if ok != had || n != old {
				return -1 << 62
			}
			return n + o.val
		})
		model[key] = old + o.val
		if got != model[key] {
			return fmt.Errorf("Update(%v) = %v, want %v", key, got, model[key])
		}
	case o.kind < 110:
		keep := o.val%2 == 0
		got, ok := m.Compute(key, func(int64, bool) (int64, bool) { return o.val, keep })
		if keep {
			model[key] = o.val
		} else {
			delete(model, key)
		}
		if ok != keep || (keep && got != o.val) {
			return fmt.Errorf("Compute(%v) = %v, %v; want %v, %v", key, got, ok, o.val, keep)
		}
	case o.kind < 115:
		pop, want := m.PopMin, slices.Min[[]K]
		if o.kind >= 113 {
			pop, want = m.PopMax, slices.Max[[]K]
		}
		k, v, ok := pop()
		if ok != (len(model) > 0) {
			return fmt.Errorf("pop on %d entries: ok = %v", len(model), ok)
		}
		if ok {
			if w := want(slices.Collect(maps.Keys(model))); k != w || v != model[w] {
				return fmt.Errorf("pop = %v=%v, want %v=%v", k, v, w, model[w])
			}
			delete(model, k)
		}
	case o.kind < 120:
		c := *m // a copy shares the entries, as a copy of a Go map does
		if c.s == nil {
			m.Set(key, o.val) // until the first Set there is nothing to share
		} else {
			c.Set(key, o.val)
		}
		model[key] = o.val
	default:
		if err := query(m, model, key); err != nil {
			return fmt.Errorf("after %v: %w", o, err)
		}
	}
	got, gotOK := m.Get(key)
	want, wantOK := model[key]
	if got != want || gotOK != wantOK {
		return fmt.Errorf("after %v: Get(%v) = %v, %v; want %v, %v", o, key, got, gotOK, want, wantOK)
	}
	if m.Len() != len(model) {
		return fmt.Errorf("after %v: Len = %d, want %d", o, m.Len(), len(model))
	}
	return nil
}

// query checks the ordered reads of m at key against the model.
func query[K cmp.Ordered](m *Map[K, int64], model map[K]int64, key K) error {
	keys := slices.Sorted(maps.Keys(model))
	rank, found := slices.BinarySearch(keys, key)
	if got := m.Has(key); got != found {
		return fmt.Errorf("Has(%v) = %v, want %v", key, got, found)
	}
	if got := m.Rank(key); got != rank {
		return fmt.Errorf("Rank(%v) = %d, want %d", key, got, rank)
	}
	entry := func(i int) (K, int64, bool) {
		if i < 0 || i >= len(keys) {
			var zero K
			return zero, 0, false
		}
		return keys[i], model[keys[i]], true
	}
	floor := rank - 1
	if found {
		floor = rank
	}
	checks := []struct {
		name string
		f    func() (K, int64, bool)
		at   int
	}{
		{"Min", m.Min, 0},
		{"Max", m.Max, len(keys) - 1},
		{"Floor", func() (K, int64, bool) { return m.Floor(key) }, floor},
		{"Ceiling", func() (K, int64, bool) { return m.Ceiling(key) }, rank},
		{"At(rank)", func() (K, int64, bool) { return m.At(rank) }, rank},
		{"At(-1)", func() (K, int64, bool) { return m.At(-1) }, -1},
	}
	for _, c := range checks {
		k, v, ok := c.f()
		wk, wv, wok := entry(c.at)
		if k != wk || v != wv || ok != wok {
			return fmt.Errorf("%s(%v) = %v, %v, %v; want %v, %v, %v", c.name, key, k, v, ok, wk, wv, wok)
		}
	}
	if got, _ := collect(m.Ascend(key)); !slices.Equal(got, keys[rank:]) {
		return fmt.Errorf("Ascend(%v) yields %v, want %v", key, got, keys[rank:])
	}
	want := slices.Clone(keys[:floor+1])
	slices.Reverse(want)
	if got, _ := collect(m.Descend(key)); !slices.Equal(got, want) {
		return fmt.Errorf("Descend(%v) yields %v, want %v", key, got, want)
	}
	return nil
}

// agree checks that m iterates exactly the model's entries in sorted order.
func agree[K cmp.Ordered](m *Map[K, int64], model map[K]int64) error {
	keys := slices.Sorted(maps.Keys(model))
	var gotKeys []K
	for k, v := range m.All() {
		if v != model[k] {
			return fmt.Errorf("All yields %v=%v, model has %v", k, v, model[k])
		}
		gotKeys = append(gotKeys, k)
	}
	if !slices.Equal(gotKeys, keys) {
		return fmt.Errorf("All yields keys %v, want %v", gotKeys, keys)
	}
	if ks := slices.Collect(m.Keys()); !slices.Equal(ks, keys) {
		return fmt.Errorf("Keys yields %v, want %v", ks, keys)
	}
	back, _ := collect(m.Backward())
	slices.Reverse(back)
	if !slices.Equal(back, keys) {
		return fmt.Errorf("Backward yields %v reversed, want %v", back, keys)
	}
	vals := slices.Collect(m.Values())
	for i, k := range keys {
		if vals[i] != model[k] {
			return fmt.Errorf("Values[%d] = %v, want %v", i, vals[i], model[k])
		}
	}
	return nil
}

// verdict turns check errors into a gopter result: "" passes.
func verdict(errs ...error) string {
	if err := errors.Join(errs...); err != nil {
		return err.Error()
	}
	return ""
}

func TestMapProperties(t *testing.T) {
	props := gopter.NewProperties(testParameters())
	props.Property("string keys behave as a sorted plain map", prop.ForAll(func(ops []op) string {
		m, model := &Map[string, int64]{}, map[string]int64{}
		for i, o := range ops {
			if err := apply(m, model, o, fmt.Sprintf("k%d", o.key)); err != nil {
				return err.Error()
			}
			if i%50 == 0 {
				if err := agree(m, model); err != nil {
					return err.Error()
				}
			}
		}
		return verdict(agree(m, model), jsonAgrees(m, model))
	}, genOps()))
	props.Property("int keys behave as a sorted plain map", prop.ForAll(func(ops []op) string {
		m, model := &Map[int, int64]{}, map[int]int64{}
		for _, o := range ops {
			if err := apply(m, model, o, o.key-40); err != nil {
				return err.Error()
			}
		}
		return verdict(agree(m, model), jsonAgrees(m, model))
	}, genOps()))
	props.Property("maps crossing the inline size behave as a sorted plain map", prop.ForAll(func(ops []op) string {
		// Twelve keys keep the size around small: sets cross it upwards,
		// deletes bring the map back under it, and every step is checked.
		m, model := &Map[string, int64]{}, map[string]int64{}
		for _, o := range ops {
			if err := apply(m, model, o, fmt.Sprintf("k%d", o.key%(small+4))); err != nil {
				return err.Error()
			}
			if err := agree(m, model); err != nil {
				return err.Error()
			}
		}
		const readers = 3
		errs := make(chan error, readers)
		for r := range readers {
			go func() {
				errs <- errors.Join(agree(m, model), query(m, model, fmt.Sprintf("k%d", r*4)))
			}()
		}
		var all []error
		for range readers {
			all = append(all, <-errs)
		}
		return verdict(all...)
	}, genOps()))
	props.Property("concurrent readers agree while no goroutine writes", prop.ForAll(func(ops []op) string {
		m, model := &Map[string, int64]{}, map[string]int64{}
		for _, o := range ops {
			if err := apply(m, model, o, fmt.Sprintf("k%d", o.key)); err != nil {
				return err.Error()
			}
		}
		// The first readers find the order out of date and race to bring it
		// up to date: -race checks that they synchronise.
		const readers = 4
		errs := make(chan error, readers)
		for r := range readers {
			go func() {
				errs <- errors.Join(agree(m, model), query(m, model, fmt.Sprintf("k%d", r*20)), jsonAgrees(m, model))
			}()
		}
		var all []error
		for range readers {
			all = append(all, <-errs)
		}
		return verdict(all...)
	}, genOps()))
	props.TestingRun(t)
}
