package structgen

import (
	"errors"
	goparser "go/parser"
	"go/token"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func generate(t *testing.T, opts Options, samples ...string) string {
	t.Helper()
	src, err := Generate(docs(samples...), opts)
	require.NoError(t, err)
	_, err = goparser.ParseFile(token.NewFileSet(), "types.go", src, 0)
	require.NoError(t, err)
	return string(src)
}

func TestGenerateFields(t *testing.T) {
	tests := []struct {
		name    string
		samples []string
		want    []string // lines or fragments of the output
		absent  []string
	}{
		{name: "plain, pointer, omitzero", samples: []string{`{"a":1,"b":"x","c":true,"d":{"e":1}}`, `{"a":2,"b":null}`},
			want: []string{"A int `json:\"a\"`", "B *string `json:\"b\"`", "C *bool `json:\"c,omitzero\"`", "D *D `json:\"d,omitzero\"`"}},
		{name: "slices and maps stay", samples: []string{`{"l":[1],"m":{"x.y":1},"n":[],"o":{"p.q":true}}`, `{"l":null,"m":null}`},
			want: []string{"L []int `json:\"l\"`", "M map[string]int `json:\"m\"`", "N []any `json:\"n,omitzero\"`", "O map[string]bool `json:\"o,omitzero\"`"}},
		{name: "absent and null", samples: []string{`{"a":1,"l":[1],"u":null}`, `{"a":null,"l":null}`, `{}`},
			want: []string{"A Optional[int] `json:\"a,omitzero\"`", "L Optional[[]int] `json:\"l,omitzero\"`", "U json.RawMessage `json:\"u,omitzero\"`",
				"type Optional[T any] struct", "func (o *Optional[T]) MarkPresent(null bool) any", "import \"encoding/json\""},
			absent: []string{"\"bytes\"", "DisallowUnknownFields"}},
		{name: "null only", samples: []string{`{"u":null}`}, want: []string{"U any `json:\"u\"`"}, absent: []string{"import"}},
		{name: "numbers", samples: []string{`{"i":1,"w":4294967296,"u":18446744073709551615,"b":1e400,"f":0.5,"x":123456789012345678901234}`},
			want: []string{"I int `json:\"i\"`", "W int64 `json:\"w\"`", "U uint64 `json:\"u\"`", "B json.Number `json:\"b\"`", "F float64 `json:\"f\"`", "X json.Number `json:\"x\"`", "import \"encoding/json\""}},
		{name: "nullable elements", samples: []string{`{"l":[1,null],"s":[[1],null],"o":[{"a":1},null],"m":{"k.1":null,"k.2":"v"}}`},
			want: []string{"L []*int `json:\"l\"`", "S [][]int `json:\"s\"`", "O []*OItem `json:\"o\"`", "M map[string]*string `json:\"m\"`"}},
		{name: "element names", samples: []string{`{"containers":[{"a":1}],"policies":[{"b":1}],"data":[{"c":1}],"labels":{"x/y":{"d":1}}}`},
			want: []string{"type Container struct", "type Policy struct", "type DataItem struct", "type Label struct"}},
		{name: "colliding names", samples: []string{`{"spec":{"a":1},"template":{"spec":{"b":1},"other":{"spec":{"c":1}}}}`},
			want: []string{"Spec Spec `json:\"spec\"`", "Spec TemplateSpec `json:\"spec\"`", "Spec OtherSpec `json:\"spec\"`", "type TemplateSpec struct", "type OtherSpec struct"}},
		{name: "numbered names", samples: []string{`{"fooBar":{"x":1},"bar":{"z":1},"foo":{"bar":{"y":1}}}`},
			want: []string{"type FooBar struct", "type Bar struct", "Bar FooBar2 `json:\"bar\"`"}},
		{name: "same shape, same type", samples: []string{`{"limits":{"cpu":"1"},"requests":{"cpu":"2"}}`},
			want: []string{"Limits Limits `json:\"limits\"`", "Requests Limits `json:\"requests\"`"}, absent: []string{"type Requests"}},
		{name: "field names collide", samples: []string{`{"name":"a","Name":"b","user-id":1,"user_id":2}`},
			want: []string{"Name string `json:\"name\"`", "Name2 string `json:\"Name\"`", "UserID int `json:\"user-id\"`", "UserID2 int `json:\"user_id\"`"}},
		{name: "root collides with field", samples: []string{`{"root":{"a":1}}`}, want: []string{"Root RootRoot `json:\"root\"`"}},
		{name: "optional name reserved", samples: []string{`{"optional":{"a":1}}`}, want: []string{"Optional RootOptional `json:\"optional\"`"}},
		{name: "mixed", samples: []string{`{"v":1}`, `{"v":"a"}`}, want: []string{"V json.RawMessage `json:\"v\"`"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := generate(t, Options{}, tt.samples...)
			flat := strings.Join(strings.Fields(src), " ")
			for _, w := range tt.want {
				require.Contains(t, flat, strings.Join(strings.Fields(w), " "), src)
			}
			for _, a := range tt.absent {
				require.NotContains(t, src, a)
			}
		})
	}
}

func TestGenerateRoots(t *testing.T) {
	require.Contains(t, generate(t, Options{}, `[{"a":1}]`), "type Root []RootItem\n")
	require.Contains(t, generate(t, Options{TypeName: "Users"}, `[{"a":1}]`), "type Users []User\n")
	require.Contains(t, generate(t, Options{}, `{"x.y":{"a":1}}`), "type Root map[string]RootItem\n")
	require.Contains(t, generate(t, Options{}, `[[1.5]]`), "type Root [][]float64\n")
	require.Contains(t, generate(t, Options{}, `"s"`), "type Root string\n")
	require.Contains(t, generate(t, Options{}, `{}`), "type Root map[string]any\n")
	require.Contains(t, generate(t, Options{}, `1`, `"a"`), "type Root = json.RawMessage\n")
	require.Contains(t, generate(t, Options{}, `1e400`), "type Root = json.Number\n")
	src := generate(t, Options{Package: "cfg", TypeName: "Config"}, `{"a":1}`)
	require.True(t, strings.HasPrefix(src, "// Code generated by mapkit structgen. DO NOT EDIT.\n\npackage cfg\n"))
	require.Contains(t, src, "type Config struct")
}

func TestGenerateOptions(t *testing.T) {
	for _, opts := range []Options{{Package: "func"}, {Package: "a-b"}, {Package: "_"}, {TypeName: "root"}, {TypeName: "A B"}, {TypeName: "type"}} {
		_, err := Generate(docs(`{}`), opts)
		require.True(t, errors.Is(err, ErrOptions), "%+v: %v", opts, err)
		_, err = Source(&Type{Kind: String}, opts)
		require.True(t, errors.Is(err, ErrOptions))
	}
	_, err := Generate(docs(`{`), Options{Names: []string{"x.json"}})
	var se *SampleError
	require.True(t, errors.As(err, &se))
	require.Equal(t, "x.json:1:2: unexpected end of JSON input", err.Error())
}

func TestGenerateDeterministic(t *testing.T) {
	samples := []string{`{"b":1,"a":{"z":[{"q":1}],"y":null},"c":{"d.e":2}}`, `{"a":{"z":[],"x":"s"},"b":2}`}
	first := generate(t, Options{}, samples...)
	for range 20 {
		require.Equal(t, first, generate(t, Options{}, samples...))
	}
	require.Less(t, strings.Index(first, "type Root "), strings.Index(first, "type A "), "root first")
}

func TestGenerateOverrides(t *testing.T) {
	sample := `{"env":{"HOME":"/root"},"limits":{"cpu":1},"spec":{"template":{"labels":{"a":"b"}}},"list":[{"meta":{"k":"v"}}]}`
	src := generate(t, Options{
		Maps:    []string{"limits", "list[].meta"},
		Structs: map[string]string{"env": "Environment", "spec.template.labels": "Labels"},
	}, sample)
	for _, w := range []string{"Env    Environment", "Limits map[string]int", "Meta map[string]string", "Labels Labels", "type Labels struct", "A string `json:\"a\"`"} {
		require.Contains(t, src, w)
	}
	for _, opts := range []Options{
		{Maps: []string{"nope"}},
		{Maps: []string{"env.HOME"}}, // a string, not an object
		{Structs: map[string]string{"limits.*": "X"}},
		{Structs: map[string]string{"env": "lower"}},
		{Structs: map[string]string{"env": "Root"}},
		{Structs: map[string]string{"env": "A", "limits": "A"}},
		{Structs: map[string]string{"": "Top"}},
		{Maps: []string{"env"}, Structs: map[string]string{"env": "Env"}},
	} {
		_, err := Generate(docs(sample), opts)
		require.ErrorIs(t, err, ErrOptions, "%+v", opts)
	}
}

func TestGenerateRequired(t *testing.T) {
	src := generate(t, Options{Required: true}, `{"a":1,"b":null,"c":{"d":true}}`, `{"a":2,"b":"x","c":{"d":false}}`, `{"a":3,"b":"y"}`)
	for _, w := range []string{
		"A int `json:\"a\" mapkit:\"required\"`",
		"B *string `json:\"b\" mapkit:\"required,nullable\"`",
		"C *C `json:\"c,omitzero\"`",
		"D bool `json:\"d\" mapkit:\"required\"`",
	} {
		require.Contains(t, strings.Join(strings.Fields(src), " "), w)
	}
	require.NotContains(t, generate(t, Options{}, `{"a":1}`), "mapkit:")
}
