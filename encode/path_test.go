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
	key := func(s string) decStep { return decStep{key: []byte(s), isKey: true} }
	idx := func(i int) decStep { return decStep{index: i} }
	for _, tc := range []struct {
		path decPath
		want string
	}{
		{nil, ""},
		{decPath{key("upstreams"), idx(1), key("timout_ms")}, "upstreams[1].timout_ms"},
		{decPath{idx(0), idx(2)}, "[0][2]"},
		{decPath{key("labels"), key("app.kubernetes.io/name")}, `labels["app.kubernetes.io/name"]`},
		{decPath{key(""), key("a b"), key("x\"y")}, `[""]["a b"]["x\"y"]`},
		{decPath{key("_x1"), key("1x"), key("été")}, `_x1["1x"]["été"]`},
		// Invalid UTF-8 is quoted as encoding/json quotes it, which
		// depends on the toolchain (\ufffd, or U+FFFD itself on json/v2).
		{decPath{key("k\n<"), key("\xff")}, `["k\n<"][` + stdQuote("\xff") + `]`},
	} {
		require.Equal(t, tc.want, decPathString(tc.path))
	}
	var p decPath
	p.pushKey([]byte("a"))
	p.pushIndex(3)
	p.pushKey([]byte("b"))
	p.pop()
	require.Equal(t, "a[3]", decPathString(p))
}

// decPathString renders p as a PathError's Path.
func decPathString(p decPath) string {
	_, s := p.appendBounded(nil)
	return s
}

func TestLongPathsAreCutInTheMiddle(t *testing.T) {
	huge := strings.Repeat("é", 1<<19) + "end"
	deep := make(decPath, 0, 10000)
	for i := range 10000 {
		deep = append(deep, decStep{index: i})
	}
	for _, p := range []decPath{
		{{key: []byte("spec"), isKey: true}, {key: []byte(huge), isKey: true}, {key: []byte("x"), isKey: true}},
		{{key: []byte(huge + "\n"), isKey: true}, {index: 3}},
		deep,
	} {
		full := p.appendSteps(nil)
		got := decPathString(p)
		require.Equal(t, elideMiddle(full, decMaxPath), got)
		require.LessOrEqual(t, len(got), decMaxPath+len("...")+utf8.UTFMax)
		require.True(t, utf8.ValidString(got))
		require.Contains(t, got, "...")
	}
}

func TestPosition(t *testing.T) {
	data := []byte("ab\ncd\n\nxyz")
	p := decPosition{data: data}
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
	want := decPath{
		{key: []byte("spec"), isKey: true},
		{index: 0},
		{key: []byte("app.kubernetes.io/x\"y"), isKey: true},
	}
	require.Equal(t, `spec[0]["app.kubernetes.io/x\"y"]`, decPathString(want))
	require.Equal(t, decPathString(want), ve.Path())
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
