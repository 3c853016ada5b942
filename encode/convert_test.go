package encode

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"
)

// treeOf decodes doc as json.Decoder with UseNumber does, the input
// Convert is made for.
func treeOf(doc string) (any, error) {
	if !json.Valid([]byte(doc)) {
		return nil, errors.New("not one JSON value")
	}
	var tree any
	dec := json.NewDecoder(strings.NewReader(doc))
	dec.UseNumber()
	if err := dec.Decode(&tree); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, errors.New("more than one value")
	}
	return tree, nil
}

// problems lists a decoding error's problems as sorted "kind path key"
// lines, the part Convert and Unmarshal must agree on.
func problems(err error) []string {
	var de *DecodeError
	if !errors.As(err, &de) {
		if err != nil {
			return []string{err.Error()}
		}
		return nil
	}
	var out []string
	for _, e := range de.Errors {
		out = append(out, fmt.Sprintf("%v %s %q", e.Kind, e.Path, e.Key))
	}
	slices.Sort(out)
	return out
}

// normalizeRaw rewrites every json.RawMessage inside v, which holds the
// document's own spelling under Unmarshal, in a canonical spelling.
func normalizeRaw(t *testing.T, v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			normalizeRaw(t, v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				normalizeRaw(t, v.Field(i))
			}
		}
	case reflect.Slice, reflect.Array:
		if v.Type() == reflect.TypeFor[json.RawMessage]() {
			if v.Len() > 0 && v.CanSet() {
				x, err := treeOf(string(v.Bytes()))
				require.NoError(t, err)
				b, err := json.Marshal(x)
				require.NoError(t, err)
				v.SetBytes(b)
			}
			return
		}
		for i := range v.Len() {
			normalizeRaw(t, v.Index(i))
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(v.MapIndex(k))
			normalizeRaw(t, e)
			v.SetMapIndex(k, e)
		}
	}
}

// convertAgrees checks Convert against Unmarshal on one document and
// target, for documents without duplicate keys.
func convertAgrees(t *testing.T, doc string, newTarget func() any, opts ...Option) string {
	tree, err := treeOf(doc)
	if err != nil {
		return ""
	}
	viaText, viaTree := newTarget(), newTarget()
	errText := Unmarshal([]byte(doc), viaText, opts...)
	if errors.Is(Unmarshal([]byte(doc), new(any), Strict()), DuplicateKey) ||
		errors.Is(Unmarshal([]byte(doc), newTarget(), Strict()), DuplicateKey) {
		return "" // a map keeps one of the values, a struct field merges them
	}
	if !stdFinished(json.Unmarshal([]byte(doc), newTarget())) {
		return "" // Unmarshal stops storing in document order, Convert in sorted key order
	}
	errTree := Convert(tree, viaTree, opts...)
	if a, b := problems(errText), problems(errTree); !slices.Equal(a, b) {
		return fmt.Sprintf("Unmarshal problems %q\nConvert problems %q", a, b)
	}
	normalizeRaw(t, reflect.ValueOf(viaText))
	normalizeRaw(t, reflect.ValueOf(viaTree))
	if !deepEqual(viaText, viaTree) {
		return fmt.Sprintf("Unmarshal %#v\nConvert %#v", viaText, viaTree)
	}
	return ""
}

func TestConvertAgreesWithUnmarshal(t *testing.T) {
	for _, tc := range strictCases {
		for _, opts := range [][]Option{nil, {Strict()}, {UseNumber()}} {
			require.Empty(t, convertAgrees(t, tc.doc, func() any { return new(strictConfig) }, opts...), tc.name)
		}
	}
	props := gopter.NewProperties(propParams(t))
	for _, tg := range targets {
		props.Property("Convert agrees with Unmarshal into "+tg.name, prop.ForAll(
			func(doc string) string {
				return convertAgrees(t, doc, tg.new) + convertAgrees(t, doc, tg.new, Strict(), UseNumber())
			}, genDoc()))
	}
	props.Property("Convert agrees with Unmarshal into generated types", prop.ForAll(
		func(td typedDoc) string {
			newTarget := func() any { return reflect.New(td.typ).Interface() }
			return convertAgrees(t, td.doc, newTarget) + convertAgrees(t, td.doc, newTarget, Strict())
		}, genTypedDoc()))
	props.TestingRun(t)
}

func TestConvertErrorsHaveNoPosition(t *testing.T) {
	src := map[string]any{
		"name":      "api",
		"upstreams": []any{map[string]any{"host": "a"}, map[string]any{"host": "b", "timout_ms": 7.0}},
	}
	var c strictConfig
	err := Convert(src, &c, Strict())
	var pe *PathError
	require.ErrorAs(t, err, &pe)
	require.EqualError(t, pe.Err, `json: unknown field "timout_ms"`)
	pe.Err = nil
	require.Equal(t, PathError{Kind: UnknownField, Path: "upstreams[1].timout_ms", Key: "timout_ms",
		Offset: -1, Suggestion: "timeout_ms"}, *pe)
	require.EqualError(t, err, `json: unknown field "timout_ms" (at upstreams[1].timout_ms; did you mean "timeout_ms"?)`)
}

func TestConvertSourceValues(t *testing.T) {
	var v struct {
		I   int     `json:"i"`
		F   float32 `json:"f"`
		U   uint8   `json:"u"`
		Any any     `json:"any"`
		N   []any   `json:"n"`
	}
	src := map[string]any{"i": 3.0, "f": int64(2), "u": uint16(200), "any": json.Number("12"), "n": []any{1.5, true, nil, "s"}}
	require.NoError(t, Convert(src, &v))
	require.Equal(t, 3, v.I)
	require.Equal(t, float32(2), v.F)
	require.Equal(t, uint8(200), v.U)
	require.Equal(t, 12.0, v.Any, "json.Number becomes float64 without UseNumber")
	require.Equal(t, []any{1.5, true, nil, "s"}, v.N)
	require.NoError(t, Convert(src, &v, UseNumber()))
	require.Equal(t, json.Number("12"), v.Any)

	got := gotProblems(t, Convert(map[string]any{"i": 1.5, "f": math.NaN(), "u": 300, "any": make(chan int), "n": []any{json.Number("x")}}, &v))
	require.Equal(t, []want{
		{kind: InvalidValue, path: "any"}, // a channel has no JSON form
		{kind: InvalidValue, path: "f"},
		{kind: TypeMismatch, path: "i"},
		{kind: InvalidValue, path: "n[0]"},
		{kind: TypeMismatch, path: "u"},
	}, got)
}

func TestConvertCopies(t *testing.T) {
	src := map[string]any{"a": []any{map[string]any{"b": "c"}}}
	var dst any
	require.NoError(t, Convert(src, &dst))
	require.Equal(t, src, dst)
	dst.(map[string]any)["a"].([]any)[0].(map[string]any)["b"] = "changed"
	require.Equal(t, "c", src["a"].([]any)[0].(map[string]any)["b"])

	require.IsType(t, &json.InvalidUnmarshalError{}, Convert(src, dst))
}

func TestConvertUnmarshalers(t *testing.T) {
	var v struct {
		Raw json.RawMessage        `json:"raw"`
		Key map[pairKey]int        `json:"key"`
		Tim map[string]json.Number `json:"tim"`
	}
	src := map[string]any{"raw": map[string]any{"z": 1.0, "a": "<"}, "key": map[string]any{"x-y": 1.0}, "tim": map[string]any{"k": 2.5}}
	require.NoError(t, Convert(src, &v))
	require.JSONEq(t, `{"a":"<","z":1}`, string(v.Raw))
	require.Equal(t, map[pairKey]int{{X: "x", Y: "y"}: 1}, v.Key)
	require.Equal(t, map[string]json.Number{"k": "2.5"}, v.Tim)
}

func TestConvertCyclicSource(t *testing.T) {
	m := map[string]any{}
	m["self"] = m
	twice := map[string]any{}
	twice["a"], twice["b"] = twice, twice
	a := []any{nil}
	a[0] = a
	typed := map[string]self{}
	typed["x"] = self{"y": typed}
	var p any
	p = &p
	for _, tc := range []struct {
		src   any
		paths []string
	}{
		{m, []string{"self"}},
		{twice, []string{"a", "b"}},
		{a, []string{"[0]"}},
		{typed, []string{"x.y"}},
		{[]any{p}, []string{"[0]"}},
	} {
		var dst any
		err := Convert(tc.src, &dst)
		var de *DecodeError
		require.ErrorAs(t, err, &de)
		require.Len(t, de.Errors, len(tc.paths))
		for i, pe := range de.Errors {
			require.Equal(t, InvalidValue, pe.Kind)
			require.Equal(t, tc.paths[i], pe.Path)
			require.Contains(t, pe.Msg, "encountered a cycle via")
			var uv *json.UnsupportedValueError
			require.ErrorAs(t, pe, &uv)
		}
	}
	deep := any(nil)
	for range 2 * maxDepth {
		deep = []any{deep}
	}
	var dst any
	require.ErrorContains(t, Convert(deep, &dst), "nesting exceeds 10000 levels", "deep values without a cycle are cut at the decoder's depth")
}

// self is a named map type that can hold itself through another map.
type self map[string]map[string]self
