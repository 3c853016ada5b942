package tmap

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestFromAny(t *testing.T) {
	t.Run("decoded JSON numbers fit int", func(t *testing.T) {
		var src map[string]any
		require.NoError(t, json.Unmarshal([]byte(`{"b":2,"a":1,"c":-3}`), &src))
		m, err := FromAny[int](src)
		require.NoError(t, err)
		ks, vs := collect(m.All())
		require.Equal(t, []string{"a", "b", "c"}, ks)
		require.Equal(t, []int{1, 2, -3}, vs)
	})
	t.Run("json.Number", func(t *testing.T) {
		m, err := FromAny[int64](map[string]any{"a": json.Number("12"), "b": json.Number("1e3")})
		require.NoError(t, err)
		v, _ := m.Get("b")
		require.Equal(t, int64(1000), v)
		_, err = FromAny[int64](map[string]any{"a": json.Number("1.5")})
		require.Error(t, err)
		_, err = FromAny[int64](map[string]any{"a": json.Number("x")})
		require.Error(t, err)
	})
	t.Run("nil fits nilable types only", func(t *testing.T) {
		m, err := FromAny[[]int](map[string]any{"a": nil})
		require.NoError(t, err)
		v, ok := m.Get("a")
		require.True(t, ok)
		require.Nil(t, v)
		_, err = FromAny[any](map[string]any{"a": nil})
		require.NoError(t, err)
		_, err = FromAny[string](map[string]any{"a": nil})
		require.ErrorContains(t, err, `key "a": value of type nil does not fit string`)
	})
	t.Run("interfaces", func(t *testing.T) {
		m, err := FromAny[fmt.Stringer](map[string]any{"a": reflect.TypeFor[int]()})
		require.NoError(t, err)
		require.Equal(t, 1, m.Len())
	})

	tests := []struct {
		name string
		src  map[string]any
		conv func(map[string]any) error
		ok   bool
		key  string // the key the error names
	}{
		{"integral float to int8", map[string]any{"a": 3.0}, try[int8], true, ""},
		{"fraction to int", map[string]any{"a": 3.5}, try[int], false, "a"},
		{"overflow int8", map[string]any{"a": 300.0}, try[int8], false, "a"},
		{"negative to uint8", map[string]any{"a": -1.0}, try[uint8], false, "a"},
		{"negative int to uint", map[string]any{"a": -1}, try[uint], false, "a"},
		{"huge to int64", map[string]any{"a": 1e20}, try[int64], false, "a"},
		{"int to float64", map[string]any{"a": 7}, try[float64], true, ""},
		{"rounded to float32", map[string]any{"a": 0.1}, try[float32], true, ""},
		{"overflow float32", map[string]any{"a": 1e300}, try[float32], false, "a"},
		{"infinity stays infinite", map[string]any{"a": math.Inf(1)}, try[float32], true, ""},
		{"string to int", map[string]any{"a": "1"}, try[int], false, "a"},
		{"number to string", map[string]any{"a": 1.0}, try[string], false, "a"},
		{"first bad key in sorted order", map[string]any{"z": "x", "b": "y", "a": 1, "c": 2}, try[int], false, "b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.conv(tt.src)
			if tt.ok {
				require.NoError(t, err)
				return
			}
			var ce *ConvertError
			require.True(t, errors.As(err, &ce), "err = %v", err)
			require.Equal(t, tt.key, ce.Key)
			require.Equal(t, reflect.TypeOf(tt.src[tt.key]), ce.Type)
			require.Contains(t, err.Error(), fmt.Sprintf("%q", tt.key))
			require.Contains(t, err.Error(), ce.Type.String())
		})
	}
}

func try[V any](src map[string]any) error {
	m, err := FromAny[V](src)
	if err == nil && m.Len() != len(src) {
		return fmt.Errorf("Len = %d, want %d", m.Len(), len(src))
	}
	return err
}

func FuzzFromAny(f *testing.F) {
	for _, s := range []string{`{}`, `{"a":1,"b":2.5}`, `{"b":"x","a":1}`, `{"a":null}`, `{"a":1e300,"b":-1}`, `{"a":[1],"b":{"c":1}}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var src map[string]any
		if json.Unmarshal(data, &src) != nil {
			return
		}
		m, err := FromAny[int32](src)
		if err != nil {
			var ce *ConvertError
			if !errors.As(err, &ce) {
				t.Fatalf("error %v is not a *ConvertError", err)
			}
			if _, ok := src[ce.Key]; !ok {
				t.Fatalf("error names %q, not a key of the input", ce.Key)
			}
			return
		}
		if m.Len() != len(src) {
			t.Fatalf("Len = %d, want %d", m.Len(), len(src))
		}
		for k, v := range m.All() {
			if f, ok := src[k].(float64); !ok || float64(v) != f {
				t.Fatalf("%q: got %d from %v", k, v, src[k])
			}
		}
	})
}
