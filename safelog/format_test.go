package safelog_test

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/mapkit-go/mapkit/safelog"
)

type point struct {
	X, Y int
}

type named string

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func TestFormatMatchesFmt(t *testing.T) {
	cases := []any{
		nil, true, false, 0, -42, int8(-8), uint16(7), uintptr(9), 3.5, float32(0.1), 1e21, 1e-7, 100000.0, 1234567.0,
		math.NaN(), math.Inf(1), math.Inf(-1), math.Copysign(0, -1), complex(1, -2), complex64(complex(0, math.NaN())),
		"", "plain text", "quotes \" and \\ stay", "ünïcödé ✓",
		[]any{}, []any{nil, 1, "a b", []string{"x"}}, []int{3, 1, 2}, []byte("hi"), [2]bool{true, false},
		map[string]any{}, map[string]any(nil), []any(nil),
		map[string]any{"b": 2, "a": map[string]any{"z": nil, "y": []any{1.5}}},
		map[string]string{"k2": "v2", "k1": "v1"}, map[string]int{"b": 1, "a": 2}, map[string]bool{"t": true},
		map[string]int64{"x": math.MaxInt64}, map[string]float64{"pi": math.Pi},
		map[int]string{10: "ten", -1: "minus", 2: "two"}, map[float64]int{math.NaN(): 1, -1: 2, 3: 4},
		map[bool]int{true: 1, false: 0}, map[named]int{"b": 1, "a": 2}, map[[2]int]string{{2, 1}: "b", {1, 9}: "a"},
		map[any]int{nil: 0, 1: 1, "a": 2},
		named("typed string"), celsius(21.5), time.Duration(1500) * time.Millisecond, errors.New("an error"),
		[]celsius{1, 2}, map[string]celsius{"t": 3},
	}
	for _, v := range cases {
		require.Equal(t, fmt.Sprint(v), safelog.Format(v, safelog.NoLimits), "%#v", v)
	}
}

func TestFormatDeviatesFromFmtOnPurpose(t *testing.T) {
	n := 5
	cases := []struct {
		name string
		v    any
		want string
	}{
		{"struct field names are shown", point{1, 2}, "{X:1 Y:2}"},
		{"pointer to struct", &point{3, 4}, "&{X:3 Y:4}"},
		{"nested pointers are followed, not printed as addresses", []any{&point{5, 6}}, "[&{X:5 Y:6}]"},
		{"pointer to scalar shows the scalar", &n, "5"},
		{"control characters are escaped", "a\nb\x1b[0m", `a\nb\u001b[0m`},
		{"invalid UTF-8 is shown as \\xNN", "a\xffb", `a\xffb`},
		{"keys are escaped too", map[string]int{"k\r\n": 1}, `map[k\r\n:1]`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			require.Equal(t, c.want, safelog.Format(c.v, safelog.NoLimits))
		})
	}
}

func TestFormatLimits(t *testing.T) {
	m := map[string]int{}
	for i := range 520 {
		m[fmt.Sprintf("k%03d", i)] = i
	}
	nested := map[string]any{"a": map[string]any{"b": map[string]any{"c": 1, "d": 2}}}
	cases := []struct {
		name string
		v    any
		lim  safelog.Limits
		want string
	}{
		{"first keys in order, the rest counted", m, safelog.Limits{MaxKeys: 3}, "map[k000:0 k001:1 k002:2 ...+517]"},
		{"slices likewise", []int{1, 2, 3, 4, 5}, safelog.Limits{MaxKeys: 2}, "[1 2 ...+3]"},
		{"structs likewise", point{1, 2}, safelog.Limits{MaxKeys: 1}, "{X:1 ...+1}"},
		{"zero keys shows only the count", m, safelog.Limits{MaxKeys: -1, MaxDepth: -1, MaxBytes: 13}, "map[...+520]"},
		{"depth", nested, safelog.Limits{MaxDepth: 2}, "map[a:map[b:map[...+2]]]"},
		{"depth one", nested, safelog.Limits{MaxDepth: 1}, "map[a:map[...+1]]"},
		{"string cut on a rune boundary", "héllo wörld", safelog.Limits{MaxString: 2}, "h...+12B"},
		{"string cut in a map", map[string]string{"k": "abcdef"}, safelog.Limits{MaxString: 3}, "map[k:abc...+3B]"},
		{"long keys are cut too", map[string]int{"abcdef": 1}, safelog.Limits{MaxString: 2}, "map[ab...+4B:1]"},
		{"byte budget stops the walk", m, safelog.Limits{MaxKeys: -1, MaxBytes: 30}, "map[k000:0 k001:1 ...+518]"},
		{"byte budget cuts a string", strings.Repeat("x", 100), safelog.Limits{MaxString: -1, MaxBytes: 12}, "xxxx...+96B"},
		{"nothing fits", m, safelog.Limits{MaxBytes: 5}, "..."},
		{"less than a marker", m, safelog.Limits{MaxBytes: 2}, ""},
		{"budget counts escapes", "\n\n\n\n\n\n", safelog.Limits{MaxBytes: 10}, `\n\n...+4B`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := safelog.Format(c.v, c.lim)
			require.Equal(t, c.want, got)
			if c.lim.MaxBytes > 0 {
				require.LessOrEqual(t, len(got), c.lim.MaxBytes)
			}
		})
	}
}

func TestFormatDefaultLimits(t *testing.T) {
	m := map[string]any{}
	for i := range 1000 {
		m[fmt.Sprint("key", i)] = strings.Repeat("v", 1000)
	}
	got := safelog.Format(m, safelog.Limits{})
	require.LessOrEqual(t, len(got), 4096)
	require.Equal(t, got, safelog.Format(m, safelog.DefaultLimits), "zero limits are the defaults")
	require.Contains(t, got, "...+")
}

func TestFormatSummary(t *testing.T) {
	m := map[string]int{}
	for i := range 1000 {
		m[fmt.Sprintf("key%04d", i)] = i
	}
	got := safelog.Format(m, safelog.Limits{MaxBytes: 200, Summary: true})
	require.Regexp(t, `^<map\[string\]int len=1000 size~1[0-9.]+KB>$`, got)
	require.Equal(t, "map[a:1]", safelog.Format(map[string]int{"a": 1}, safelog.Limits{Summary: true}),
		"a value within budget is shown as is")
	got = safelog.Format(strings.Repeat("x", 5000), safelog.Limits{MaxString: -1, Summary: true})
	require.Equal(t, "<string len=5000 size~4.9KB>", got)
}

func TestFormatPanickingMethods(t *testing.T) {
	got := safelog.Format([]any{panicky{}, panickyError{}}, safelog.DefaultLimits)
	require.Equal(t, "[%!v(PANIC=String method: oops) %!v(PANIC=Error method: bad)]", got)
	var nilPtr *valueStringer
	require.Equal(t, "<nil>", safelog.Format(nilPtr, safelog.DefaultLimits), "fmt's rule for nil receivers")
}

type panicky struct{}

func (panicky) String() string { panic("oops") }

type panickyError struct{}

func (panickyError) Error() string { panic(errors.New("bad")) }

type valueStringer struct{}

func (valueStringer) String() string { return "value" }

func TestFormatCycles(t *testing.T) {
	m := map[string]any{"a": 1}
	m["self"] = m
	require.Equal(t, "map[a:1 self:<cycle>]", safelog.Format(m, safelog.NoLimits))
	s := []any{1, nil}
	s[1] = s
	require.Equal(t, "[1 <cycle>]", safelog.Format(s, safelog.NoLimits))
	type node struct {
		V    int
		Next *node
	}
	n := &node{V: 1}
	n.Next = n
	require.Equal(t, "&{V:1 Next:<cycle>}", safelog.Format(n, safelog.NoLimits))
	shared := map[string]int{"x": 1}
	require.Equal(t, "[map[x:1] map[x:1]]", safelog.Format([]any{shared, shared}, safelog.NoLimits),
		"a value seen twice side by side is not a cycle")
}

func TestFormatOrdered(t *testing.T) {
	o := ordered{keys: []string{"b", "a", "c"}, vals: []any{1, map[string]int{"z": 0}, "three"}}
	require.Equal(t, "map[b:1 a:map[z:0] c:three]", safelog.Format(o, safelog.NoLimits), "entries in the order yielded")
	require.Equal(t, "map[b:1 ...+2]", safelog.Format(o, safelog.Limits{MaxKeys: 1}))
	require.Equal(t, 1, o.calls(), "MaxKeys entries are taken, no more")
}

// ordered is an Ordered that records how far it was iterated.
type ordered struct {
	keys    []string
	vals    []any
	yielded *int
}

func (o ordered) Len() int { return len(o.keys) }

func (o ordered) RangeAny(yield func(key, value any) bool) {
	for i, k := range o.keys {
		if o.yielded != nil {
			*o.yielded = i + 1
		}
		if !yield(k, o.vals[i]) {
			return
		}
	}
}

func (o *ordered) calls() int {
	n := 0
	o.yielded = &n
	safelog.Format(*o, safelog.Limits{MaxKeys: 1})
	return n
}

func TestAppendAppends(t *testing.T) {
	got := safelog.Append([]byte("order="), map[string]int{"a": 1}, safelog.Limits{MaxBytes: 8})
	require.Equal(t, "order=map[a:1]", string(got), "MaxBytes counts the value, not dst")
}

func TestFormatOutputIsValidUTF8(t *testing.T) {
	for _, lim := range []safelog.Limits{{MaxString: 1}, {MaxString: 2}, {MaxString: 3}, {MaxBytes: 7}} {
		got := safelog.Format("ééé\xff€€", lim)
		require.True(t, utf8.ValidString(got), "%q", got)
	}
}
