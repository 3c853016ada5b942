package structgen

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/mapkit-go/mapkit/internal/testsupport"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"
)

// roundTripKinds is how many random document kinds the compiled property
// checks in its one program.
const roundTripKinds = 40

// TestRoundTripProperty: random documents and variants of them (keys
// dropped, values nulled, numbers changed) decode strictly into their
// generated root type, with required tags for every other kind, and encode
// back to the same JSON. The generated types of all kinds are compiled and
// run as one program.
func TestRoundTripProperty(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles generated code")
	}
	params := gopter.DefaultTestParameters()
	params.MinSuccessfulTests = 1
	params.MaxShrinkCount = 0
	props := gopter.NewProperties(params)
	props.Property("samples survive decode and encode", prop.ForAll(
		func(seed int64) string {
			cases := make([]roundTripCase, roundTripKinds)
			for i := range cases {
				cases[i] = roundTripCase{name: fmt.Sprintf("seed %d kind %d", seed, i), samples: randomKind(seed + int64(i)),
					opts: Options{Required: i%2 == 0}}
			}
			if failures := roundTripFailures(t, cases); len(failures) > 0 {
				return strings.Join(failures, "\n\n")
			}
			return ""
		},
		gen.Int64(),
	))
	props.TestingRun(t)
}

// TestInferFitsProperty: every sample fits the type inferred from it and
// its variants, and generation is deterministic and succeeds.
func TestInferFitsProperty(t *testing.T) {
	params := gopter.DefaultTestParameters()
	params.MinSuccessfulTests = 300
	if testsupport.Light() {
		params.MinSuccessfulTests = 60
	}
	props := gopter.NewProperties(params)
	props.Property("samples fit", prop.ForAll(
		func(seed int64) string {
			samples := randomKind(seed)
			typ, err := Infer(samples, nil)
			if err != nil {
				return err.Error()
			}
			for i, s := range samples {
				v, err := decodeNumbers(s)
				if err != nil {
					return err.Error()
				}
				if why := fit(typ, v, ""); why != "" {
					return fmt.Sprintf("sample %d %s: %s", i, s, why)
				}
			}
			a, err := Generate(samples, Options{})
			if err != nil {
				return err.Error()
			}
			b, _ := Generate(samples, Options{})
			if string(a) != string(b) {
				return "generation is not deterministic"
			}
			return ""
		},
		gen.Int64(),
	))
	props.TestingRun(t)
}

// fit returns why the decoded value v does not fit t, or "".
func fit(t *Type, v any, path string) string {
	if t.Kind == Mixed {
		return ""
	}
	switch v := v.(type) {
	case nil:
		if !t.Null {
			return path + ": null where " + t.Kind.String() + " is not nullable"
		}
	case bool:
		if t.Kind != Bool {
			return path + ": bool in " + t.Kind.String()
		}
	case string:
		if t.Kind != String {
			return path + ": string in " + t.Kind.String()
		}
	case json.Number:
		got := number(string(v))
		switch {
		case t.Kind == Int && (got.Kind != Int || got.Range > t.Range || t.Range == Uint64 && got.signed):
			return path + ": number " + string(v) + " does not fit " + t.Kind.String()
		case t.Kind == Float && got.Lossy && !t.Lossy:
			return path + ": number " + string(v) + " is lossy in float64"
		case t.Kind != Int && t.Kind != Float:
			return path + ": number in " + t.Kind.String()
		}
	case []any:
		if t.Kind != Array {
			return path + ": array in " + t.Kind.String()
		}
		for i, e := range v {
			if why := fit(t.Elem, e, fmt.Sprintf("%s[%d]", path, i)); why != "" {
				return why
			}
		}
	case map[string]any:
		switch t.Kind {
		case Map:
			for k, e := range v {
				if why := fit(t.Elem, e, path+"."+k); why != "" {
					return why
				}
			}
		case Object:
			for _, f := range t.Fields {
				if _, ok := v[f.Key]; !ok && f.Count == t.Values {
					return path + ": required key " + f.Key + " missing"
				}
			}
			for k, e := range v {
				f := t.Field(k)
				if f == nil {
					return path + ": unknown key " + k
				}
				if why := fit(f.Type, e, path+"."+k); why != "" {
					return why
				}
			}
		default:
			return path + ": object in " + t.Kind.String()
		}
	}
	return ""
}

func TestFitCatchesMisfits(t *testing.T) {
	typ, err := Infer([][]byte{[]byte(`{"a":1,"b":[true]}`)}, nil)
	require.NoError(t, err)
	for _, doc := range []string{`{"a":1.5,"b":[]}`, `{"a":1}`, `{"a":1,"b":[1]}`, `{"a":null,"b":[]}`, `{"a":1,"b":[],"c":2}`} {
		v, err := decodeNumbers([]byte(doc))
		require.NoError(t, err)
		require.NotEmpty(t, fit(typ, v, ""), doc)
	}
}
