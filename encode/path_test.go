package encode

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

func TestPathString(t *testing.T) {
	key := func(s string) step { return step{key: []byte(s), isKey: true} }
	idx := func(i int) step { return step{index: i} }
	for _, tc := range []struct {
		path jsonPath
		want string
	}{
		{nil, ""},
		{jsonPath{key("upstreams"), idx(1), key("timout_ms")}, "upstreams[1].timout_ms"},
		{jsonPath{idx(0), idx(2)}, "[0][2]"},
		{jsonPath{key("labels"), key("app.kubernetes.io/name")}, `labels["app.kubernetes.io/name"]`},
		{jsonPath{key(""), key("a b"), key("x\"y")}, `[""]["a b"]["x\"y"]`},
		{jsonPath{key("_x1"), key("1x"), key("été")}, `_x1["1x"]["été"]`},
		// Invalid UTF-8 is quoted as encoding/json quotes it, which
		// depends on the toolchain (\ufffd, or U+FFFD itself on json/v2).
		{jsonPath{key("k\n<"), key("\xff")}, `["k\n<"][` + stdQuote("\xff") + `]`},
	} {
		require.Equal(t, tc.want, pathString(tc.path))
	}
	var p jsonPath
	p.pushKey([]byte("a"))
	p.pushIndex(3)
	p.pushKey([]byte("b"))
	p.pop()
	require.Equal(t, "a[3]", pathString(p))
}

// pathString renders p as a PathError's Path.
func pathString(p jsonPath) string {
	_, s := p.appendBounded(nil)
	return s
}

func TestLongPathsAreCutInTheMiddle(t *testing.T) {
	huge := strings.Repeat("é", 1<<19) + "end"
	deep := make(jsonPath, 0, 10000)
	for i := range 10000 {
		deep = append(deep, step{index: i})
	}
	for _, p := range []jsonPath{
		{{key: []byte("spec"), isKey: true}, {key: []byte(huge), isKey: true}, {key: []byte("x"), isKey: true}},
		{{key: []byte(huge + "\n"), isKey: true}, {index: 3}},
		deep,
	} {
		full := p.appendSteps(nil)
		got := pathString(p)
		require.Equal(t, elideMiddle(full, maxPath), got)
		require.LessOrEqual(t, len(got), maxPath+len("...")+utf8.UTFMax)
		require.True(t, utf8.ValidString(got))
		require.Contains(t, got, "...")
	}
}

func TestPosition(t *testing.T) {
	data := []byte("ab\ncd\n\nxyz")
	p := position{data: data}
	for _, tc := range []struct{ off, line, col int }{
		{0, 1, 1}, {1, 1, 2}, {2, 1, 3}, {3, 2, 1}, {5, 2, 3}, {6, 3, 1}, {7, 4, 1}, {9, 4, 3}, {10, 4, 4},
		{4, 2, 2}, // going back restarts
		{99, 4, 4},
	} {
		line, col := p.at(tc.off)
		require.Equal(t, [2]int{tc.line, tc.col}, [2]int{line, col}, "offset %d", tc.off)
	}
}

func TestEncoderAndDecoderPathsAgree(t *testing.T) {
	v := map[string]any{"spec": []any{map[string]any{"app.kubernetes.io/x\"y": math.NaN()}}}
	_, err := Marshal(v)
	var ve *ValueError
	require.ErrorAs(t, err, &ve)
	want := jsonPath{
		{key: []byte("spec"), isKey: true},
		{index: 0},
		{key: []byte("app.kubernetes.io/x\"y"), isKey: true},
	}
	require.Equal(t, `spec[0]["app.kubernetes.io/x\"y"]`, pathString(want))
	require.Equal(t, pathString(want), ve.Path())
}

// stdQuote is s as a JSON string, as encoding/json writes it.
func stdQuote(s string) string {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func TestValueErrorAndPathErrorPathsReadTheSame(t *testing.T) {
	tests := []struct {
		name  string
		value any    // a value Marshal fails on
		doc   string // the same shape, with a string where the failing value is
		ptr   any    // a target the string does not fit
		path  string
	}{
		{"top level", math.NaN(), `"x"`, new(float64), ""},
		{"keys and indexes", map[string]any{"a": []any{map[string]any{}, map[string]any{"b": math.Inf(1)}}},
			`{"a":[{},{"b":"x"}]}`, new(map[string][]map[string]float64), "a[1].b"},
		{"quoted key", map[string]any{"app.kubernetes.io/name": []any{math.NaN()}},
			`{"app.kubernetes.io/name":["x"]}`, new(map[string][]float64), `["app.kubernetes.io/name"][0]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Marshal(tt.value)
			var ve *ValueError
			require.ErrorAs(t, err, &ve)
			var de *DecodeError
			require.ErrorAs(t, Unmarshal([]byte(tt.doc), tt.ptr), &de)
			require.NotEmpty(t, de.Errors)
			require.Equal(t, de.Errors[0].Path, ve.Path())
			if tt.path != "" {
				require.Equal(t, tt.path, ve.Path())
			}
		})
	}
}
