//go:build goexperiment.jsonv2

package safelog_test

import (
	"encoding/json/jsontext"
	jsonv2 "encoding/json/v2"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"

	"github.com/mapkit-go/mapkit/internal/testsupport"
	"github.com/mapkit-go/mapkit/safelog"
)

// TestBoundedMarshalJSONTo checks that encoding/json/v2, which calls
// MarshalJSONTo, writes the bounded document MarshalJSON returns, formatted
// as json/v2 formats any JSON value, so never longer than MaxBytes, under
// tiny, default and unlimited limits.
func TestBoundedMarshalJSONTo(t *testing.T) {
	props := gopter.NewProperties(testsupport.Params(300, 40))
	props.Property("json/v2 writes MarshalJSON's bytes", prop.ForAll(
		func(m map[string]string, keys, bytes int) bool {
			v := safelog.Bounded(m, safelog.Limits{MaxKeys: keys, MaxBytes: bytes})
			got, err := jsonv2.Marshal(v)
			raw, _ := v.MarshalJSON()
			want, werr := jsonv2.Marshal(jsontext.Value(raw))
			return err == nil && werr == nil && string(got) == string(want) &&
				(bytes <= 0 || len(got) <= max(bytes, len("null")))
		},
		gen.MapOf(gen.AnyString(), gen.OneGenOf(gen.AnyString(), gen.Const("<script>\u2028\u0085"))),
		gen.IntRange(-1, 8),
		gen.OneGenOf(gen.IntRange(-1, 64), gen.Const(0), gen.Const(1<<20)),
	))
	props.TestingRun(t)

	in := map[string]any{"user": "ada", "n": 1}
	got, err := jsonv2.Marshal(map[string]any{"v": safelog.Bounded(in, safelog.Limits{})})
	require.NoError(t, err)
	require.JSONEq(t, `{"v":{"n":1,"user":"ada"}}`, string(got))
}
