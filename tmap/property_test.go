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
	return gen.SliceOf(gopter.CombineGens(gen.IntRange(0, 99), gen.IntRange(0, 79), gen.Int64()).
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
	default:
		m2 := m.Clone()
		*m = Map[K, int64]{}
		for k, v := range m2.All() {
			m.Set(k, v)
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
	props.TestingRun(t)
}
