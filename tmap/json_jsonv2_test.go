//go:build goexperiment.jsonv2

package tmap

import (
	"bytes"
	"encoding/json"
	"encoding/json/jsontext"
	jsonv2 "encoding/json/v2"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"

	"github.com/mapkit-go/mapkit/internal/testsupport"
)

// TestMarshalJSONToWritesMarshalJSON checks that encoding/json/v2, which
// calls MarshalJSONTo and UnmarshalJSONFrom, writes the value MarshalJSON
// returns (formatted by json/v2, which escapes less than encoding/json) and
// reads it back into an equal map.
func TestMarshalJSONToWritesMarshalJSON(t *testing.T) {
	props := gopter.NewProperties(testsupport.Params(300, 40))
	props.Property("Map, Map2 and Sync through json/v2 are the plain maps' JSON and round trip", prop.ForAll(
		func(plain map[string]int, nums map[int]string) bool {
			m, n := From(plain), From(nums)
			var m2 Map2[string, int, string]
			var s Sync[int, string]
			nested := map[string]map[int]string{}
			for k, v := range nums {
				s.Set(k, v)
				for a := range plain {
					m2.Set(a, k, v)
					if nested[a] == nil {
						nested[a] = map[int]string{}
					}
					nested[a][k] = v
				}
			}
			for _, c := range []struct {
				v, plain, back any
			}{
				{m, plain, new(Map[string, int])},
				{n, nums, new(Map[int, string])},
				{&m2, nested, new(Map2[string, int, string])},
				{&s, nums, new(Sync[int, string])},
			} {
				got, err := jsonv2.Marshal(c.v)
				if err != nil {
					return false
				}
				raw, err := json.Marshal(c.plain)
				if err != nil {
					return false
				}
				want, err := jsonv2.Marshal(jsontext.Value(raw))
				if err != nil || !bytes.Equal(got, want) {
					return false
				}
				if jsonv2.Unmarshal(got, c.back) != nil {
					return false
				}
				again, err := jsonv2.Marshal(c.back)
				if err != nil || !bytes.Equal(again, want) {
					return false
				}
			}
			return true
		},
		gen.MapOf(gen.OneGenOf(gen.AlphaString(), gen.Const("<a&b>"), gen.Const("\u2028")), gen.Int()),
		gen.MapOf(gen.Int(), gen.AnyString()),
	))
	props.TestingRun(t)
}

// TestMarshalJSONToErrors checks that json/v2 passes on the errors of the
// plain map's encoding and of malformed input.
func TestMarshalJSONToErrors(t *testing.T) {
	failing := From(map[level]int{-1: 1}) // MarshalText fails
	_, want := failing.MarshalJSON()
	require.Error(t, want)
	_, err := jsonv2.Marshal(failing)
	require.ErrorContains(t, err, want.Error())

	var m Map[string, int]
	require.Error(t, jsonv2.Unmarshal([]byte(`{"a":"x"}`), &m))
	require.Error(t, jsonv2.Unmarshal([]byte(`{"a":1`), &m))
}
