package tmap

import (
	"encoding/json"
	"fmt"
	"math"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/mapkit-go/mapkit/encode"
	"github.com/mapkit-go/mapkit/internal/testsupport"
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
		require.Error(t, err, "1e3 is not an integer's spelling, as for Unmarshal")
		require.Nil(t, m)
		f, err := FromAny[float64](map[string]any{"b": json.Number("1e3")})
		require.NoError(t, err)
		v, _ := f.Get("b")
		require.Equal(t, 1000.0, v)
		_, err = FromAny[int64](map[string]any{"a": json.Number("1.5")})
		require.Error(t, err)
	})
	t.Run("null stores the zero value, as Unmarshal does", func(t *testing.T) {
		m, err := FromAny[string](map[string]any{"a": nil})
		require.NoError(t, err)
		v, ok := m.Get("a")
		require.True(t, ok)
		require.Equal(t, "", v)
	})
	t.Run("options are Convert's", func(t *testing.T) {
		type limits struct{ Retries int }
		_, err := FromAny[limits](map[string]any{"x": map[string]any{"retries": 1, "retry": 2}}, encode.Strict())
		var pe *encode.PathError
		require.ErrorAs(t, err, &pe)
		require.Equal(t, encode.UnknownField, pe.Kind)
	})

	tests := []struct {
		name string
		src  map[string]any
		conv func(map[string]any) error
		bad  []string // the keys the error names, in order
	}{
		{"integral float to int8", map[string]any{"a": 3.0}, try[int8], nil},
		{"fraction to int", map[string]any{"a": 3.5}, try[int], []string{"a"}},
		{"overflow int8", map[string]any{"a": 300.0}, try[int8], []string{"a"}},
		{"negative to uint8", map[string]any{"a": -1.0}, try[uint8], []string{"a"}},
		{"negative int to uint", map[string]any{"a": -1}, try[uint], []string{"a"}},
		{"huge to int64", map[string]any{"a": 1e20}, try[int64], []string{"a"}},
		{"int to float64", map[string]any{"a": 7}, try[float64], nil},
		{"rounded to float32", map[string]any{"a": 0.1}, try[float32], nil},
		{"overflow float32", map[string]any{"a": 1e300}, try[float32], []string{"a"}},
		{"infinity is not JSON", map[string]any{"a": math.Inf(1)}, try[float32], []string{"a"}},
		{"string to int", map[string]any{"a": "1"}, try[int], []string{"a"}},
		{"number to string", map[string]any{"a": 1.0}, try[string], []string{"a"}},
		{"every bad key in sorted order", map[string]any{"z": "x", "b": "y", "a": 1, "c": 2}, try[int], []string{"b", "z"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.conv(tt.src)
			if tt.bad == nil {
				require.NoError(t, err)
				return
			}
			var de *encode.DecodeError
			require.ErrorAs(t, err, &de)
			var keys []string
			for _, pe := range de.Errors {
				keys = append(keys, pe.Path)
			}
			require.Equal(t, tt.bad, keys)
		})
	}
}

// agreesWithConvert checks that FromAny holds exactly what Convert stores
// into the plain map, or fails with Convert's error.
func agreesWithConvert[V comparable](t *testing.T, src map[string]any) {
	m, err := FromAny[V](src)
	var plain map[string]V
	cerr := encode.Convert(src, &plain)
	if cerr != nil {
		require.EqualError(t, err, cerr.Error())
		require.Nil(t, m)
		return
	}
	require.NoError(t, err)
	require.Equal(t, len(plain), m.Len())
	for k, v := range plain {
		got, ok := m.Get(k)
		require.True(t, ok, k)
		require.Equal(t, v, got, k)
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
		agreesWithConvert[int32](t, src)
		agreesWithConvert[string](t, src)
		// Where the text decodes into the plain map, FromAny of its
		// decoded tree holds the same entries.
		var want map[string]int32
		if json.Unmarshal(data, &want) != nil {
			return
		}
		m, err := FromAny[int32](src)
		require.NoError(t, err)
		require.Equal(t, len(want), m.Len())
		for k, v := range want {
			got, _ := m.Get(k)
			require.Equal(t, v, got, k)
		}
	})
}

// TestFromAnyAgreesWithConvert checks on random decoded-JSON-like maps that
// FromAny holds what Convert stores into the plain map, or fails as it does.
func TestFromAnyAgreesWithConvert(t *testing.T) {
	// Each code picks a decoded-JSON value: a fraction, an integral float
	// (some beyond int8), a string, null or a bool.
	value := func(code int64) any {
		switch code % 5 {
		case 0:
			return float64(code) + 0.5
		case 1, -1:
			return float64(code)
		case 2, -2:
			return fmt.Sprint(code)
		case 3, -3:
			return nil
		}
		return code > 0
	}
	tree := gen.MapOf(gen.AlphaString(), gen.Int64Range(-400, 400)).Map(func(codes map[string]int64) map[string]any {
		src := make(map[string]any, len(codes))
		for k, c := range codes {
			src[k] = value(c)
		}
		return src
	})
	props := gopter.NewProperties(testsupport.Params(300, 50))
	props.Property("FromAny is Convert into map[string]V", prop.ForAll(
		func(src map[string]any) bool {
			agreesWithConvert[int8](t, src)
			agreesWithConvert[float32](t, src)
			agreesWithConvert[string](t, src)
			agreesWithConvert[any](t, src)
			return !t.Failed()
		},
		tree,
	))
	props.TestingRun(t)
}
