package encode

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/mapkit-go/mapkit/internal/testsupport"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"
)

// records returns n maps at the same nesting level whose key sets cycle
// through kinds: identical sets, same size with one key different, other
// sizes; values differ from map to map.
func records(n int) []any {
	sets := [][]string{
		{"id", "name", "tags", "<b>", "é\u2028"},
		{"id", "name", "tags", "<b>", "zzz"},
		{"id", "name"},
		{"b", "a"},
		{"id", "name", "tags", "<b>", "é\u2028"},
		{"x", "id", "name", "tags", "<b>"},
	}
	out := make([]any, n)
	for i := range out {
		m := map[string]any{}
		for j, k := range sets[i%len(sets)] {
			m[k] = fmt.Sprint(i*j, "<&>")
			if j == 2 {
				m[k] = map[string]any{"n": float64(i), "s": []any{i%2 == 0}}
			}
		}
		out[i] = m
	}
	return out
}

func TestShapesMatchOnlyTheSameKeySet(t *testing.T) {
	long := map[string]any{}
	for i := range shapeMaxKeys + 1 {
		long[fmt.Sprintf("k%03d", i)] = i
	}
	wide := map[string]any{}
	for i := range 8 {
		wide[strings.Repeat(string(rune('a'+i)), shapeMaxBytes/4)] = i
	}
	cases := map[string]any{
		"records":          records(60),
		"nested records":   map[string]any{"a": records(13), "b": records(7), "c": []any{records(5), records(6)}},
		"typed maps":       []map[string]int{{"a": 1, "b": 2}, {"a": 3, "c": 4}, {"b": 5, "a": 6}, {"a": 7, "b": 8}},
		"over key limit":   []any{long, long, map[string]any{"k000": 1}},
		"over byte limit":  []any{wide, wide, wide},
		"empty and single": []any{map[string]any{}, map[string]any{"": nil}, map[string]any{"": 1}, map[string]any{"x": 1}},
	}
	for name, v := range cases {
		t.Run(name, func(t *testing.T) {
			requireSameAsStd(t, v)
		})
	}
}

func TestShapesSurviveReuseAcrossOptions(t *testing.T) {
	v := records(12)
	for range 3 {
		for _, vr := range variants {
			want, err := stdEncode(v, vr)
			require.NoError(t, err)
			got, err := ourEncode(v, vr)
			require.NoError(t, err)
			require.Equal(t, string(want), string(got), vr.name)
		}
	}
	// One Encoder, HTML escaping of the same keys must follow the Encoder.
	var html, plain bytes.Buffer
	e1, e2 := NewEncoder(&html), NewEncoder(&plain, EscapeHTML(false))
	for range 2 {
		require.NoError(t, e1.Encode(v))
		require.NoError(t, e2.Encode(v))
	}
	require.Contains(t, html.String(), `"\u003cb\u003e"`)
	require.Contains(t, plain.String(), `"<b>"`)
	require.NotContains(t, plain.String(), `\u003c`)
}

func TestShapedMapErrorNamesTheKey(t *testing.T) {
	good := map[string]any{"a": 1.0, "b": 2.0}
	bad := map[string]any{"a": 1.0, "b": math.NaN()}
	for range 2 {
		_, err := Marshal([]any{good, good, bad})
		var ve *ValueError
		require.True(t, errors.As(err, &ve))
		require.Equal(t, "[2].b", strings.TrimPrefix(ve.Path(), "$"))
	}
	enc := NewEncoder(&bytes.Buffer{})
	require.NoError(t, enc.Encode([]any{good}))
	require.Error(t, NewEncoder(&bytes.Buffer{}).Encode([]any{good, bad}))
}

func TestShapeProperties(t *testing.T) {
	params := gopter.DefaultTestParameters()
	params.MaxSize = 20
	if testsupport.Race {
		params.MinSuccessfulTests = 20
	}
	props := gopter.NewProperties(params)
	// Maps drawn from a tiny key alphabet repeat and nearly repeat key sets.
	key := gen.OneConstOf("a", "b", "c", "<", "é", "")
	rec := gen.MapOf(key, gen.AnyString())
	props.Property("arrays of similar maps encode as encoding/json", prop.ForAll(
		func(ms []map[string]string, reps uint8) bool {
			arr := make([]any, 0, len(ms)*int(reps%3+1))
			for r := range reps%3 + 1 {
				for _, m := range ms {
					if r == 1 {
						arr = append(arr, m) // the same keys in a typed map
						continue
					}
					a := map[string]any{}
					for k, v := range m {
						a[k] = v
						if len(v)%2 == 0 {
							a[k] = float64(len(v))
						}
					}
					arr = append(arr, a)
				}
			}
			return sameAsStd(map[string]any{"x": arr, "y": []any{arr}}) == ""
		},
		gen.SliceOf(rec), gen.UInt8(),
	))
	props.TestingRun(t)
}
