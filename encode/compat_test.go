package encode

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// variant is one way of encoding: an option set and the encoding/json
// equivalent.
type variant struct {
	name         string
	opts         []Option
	html         bool
	indent       bool // json.MarshalIndent, even with empty prefix and indent
	prefix, ind  string
	streamFormat bool // through an Encoder (trailing newline)
	methods      bool // the Encoder is set up by SetEscapeHTML and SetIndent
}

var variants = []variant{
	{name: "marshal", html: true},
	{name: "marshal/indent", html: true, indent: true, prefix: ">", ind: "\t", opts: []Option{Indented(">", "\t")}},
	{name: "encoder", html: true, streamFormat: true},
	{name: "marshal/indent-empty", html: true, indent: true, opts: []Option{Indented("", "")}},
	{name: "encoder/methods", streamFormat: true, methods: true, prefix: ">", ind: " "},
	{name: "encoder/methods-empty-indent", html: true, streamFormat: true, methods: true},
	{name: "encoder/nohtml", streamFormat: true, opts: []Option{EscapeHTML(false)}},
	{name: "encoder/nohtml/indent", streamFormat: true, prefix: "", ind: "  ", opts: []Option{EscapeHTML(false), Indented("", "  ")}},
}

// stdEncode is what encoding/json writes for v in variant vr.
func stdEncode(v any, vr variant) ([]byte, error) {
	if !vr.streamFormat {
		if vr.indent {
			return json.MarshalIndent(v, vr.prefix, vr.ind)
		}
		return json.Marshal(v)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(vr.html)
	enc.SetIndent(vr.prefix, vr.ind)
	err := enc.Encode(v)
	return b.Bytes(), err
}

// ourEncode is what this package writes for v in variant vr.
func ourEncode(v any, vr variant) ([]byte, error) {
	if !vr.streamFormat {
		return Marshal(v, vr.opts...)
	}
	var b bytes.Buffer
	enc := NewEncoder(&b, vr.opts...)
	if vr.methods {
		enc.SetEscapeHTML(vr.html)
		enc.SetIndent(vr.prefix, vr.ind)
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// sameAsStd reports a difference between this package and encoding/json for
// v, in every variant, on the compiled and on the reflect path, or "" when
// there is none.
func sameAsStd(v any) string {
	defer usePath(pathCompiled)
	for _, path := range paths {
		usePath(path)
		if d := sameAsStdOnPath(v); d != "" {
			return path.String() + " path: " + d
		}
	}
	return ""
}

func sameAsStdOnPath(v any) string {
	for _, vr := range variants {
		want, wantErr := stdEncode(v, vr)
		got, err := ourEncode(v, vr)
		switch {
		case (wantErr == nil) != (err == nil):
			return fmt.Sprintf("%s: error mismatch: std %v, ours %v", vr.name, wantErr, err)
		case wantErr == nil && !bytes.Equal(want, got):
			return fmt.Sprintf("%s:\nstd  %q\nours %q", vr.name, want, got)
		}
	}
	return ""
}

func requireSameAsStd(t *testing.T, v any) {
	t.Helper()
	if d := sameAsStd(v); d != "" {
		t.Fatalf("%.200s", d)
	}
}

type textKey struct{ a, b int }

func (k textKey) MarshalText() ([]byte, error) { return fmt.Appendf(nil, "%d-%d", k.a, k.b), nil }

type ptrText struct{ s string }

func (p *ptrText) MarshalText() ([]byte, error) { return []byte("<" + p.s + ">"), nil }

type valJSON struct{ n int }

func (v valJSON) MarshalJSON() ([]byte, error) {
	return fmt.Appendf(nil, ` { "n" : %d , "html":"<&>\u2028", "list" : [ 1 , 2,{} ,[ ] ] } `, v.n), nil
}

type ptrJSON struct{ n int }

func (p *ptrJSON) MarshalJSON() ([]byte, error) { return fmt.Appendf(nil, `[%d]`, p.n), nil }

type badJSON struct{ out string }

func (b badJSON) MarshalJSON() ([]byte, error) { return []byte(b.out), nil }

type failJSON struct{}

func (failJSON) MarshalJSON() ([]byte, error) { return nil, errors.New("boom") }

type failText struct{}

func (failText) MarshalText() ([]byte, error) { return nil, errors.New("boom") }

type namedInt int

type namedString string

type zeroer struct{ v int }

func (z zeroer) IsZero() bool { return z.v == 42 }

type ptrZeroer struct{ v int }

func (z *ptrZeroer) IsZero() bool { return z.v == 7 }

type embeddedBase struct {
	ID   int    `json:"id"`
	Name string `json:"name,omitempty"`
}

// fieldsPtrInner is embedded through a pointer.
type fieldsPtrInner struct{ P int }

type tagged struct {
	embeddedBase
	*fieldsPtrInner
	Count  int         `json:"count,string"`
	Ratio  float64     `json:"ratio,string"`
	Flag   bool        `json:",string"`
	Label  string      `json:"label,string"`
	PtrNum *int        `json:"ptr_num,string"`
	Num    json.Number `json:"num,string"`
	Skip   string      `json:"-"`
	//lint:ignore SA5008 the "-," tag names a field "-", as encoding/json documents
	Dash    string           `json:"-,"`
	Empty   []int            `json:"empty,omitempty"`
	Zero    time.Time        `json:"zero,omitzero"`
	Z       zeroer           `json:"z,omitzero"`
	PZ      ptrZeroer        `json:"pz,omitzero"`
	When    time.Time        `json:"when"`
	Raw     json.RawMessage  `json:"raw"`
	NilRaw  json.RawMessage  `json:"nil_raw"`
	Bytes   []byte           `json:"bytes"`
	Arr     [3]uint8         `json:"arr"`
	Any     any              `json:"any"`
	Text    ptrText          `json:"text"`
	TextP   *ptrText         `json:"text_p"`
	Val     valJSON          `json:"val"`
	Pj      ptrJSON          `json:"pj"`
	IntMap  map[int]string   `json:"int_map"`
	TextMap map[textKey]int  `json:"text_map"`
	Nested  map[string][]any `json:"nested"`
	Addr    netip.Addr       `json:"addr"`
	Iface   fmt.Stringer     `json:"iface"`
	Named   namedInt         `json:"named"`
	NStr    namedString      `json:"nstr"`
	//lint:ignore U1000 unexported fields must be skipped
	unexport int
}

func TestMarshalMatchesEncodingJSON(t *testing.T) {
	seven := 7
	str := "x"
	ts := time.Date(2024, 2, 29, 13, 4, 5, 123456789, time.FixedZone("X", 3600))
	full := tagged{
		embeddedBase:   embeddedBase{ID: 1},
		fieldsPtrInner: &fieldsPtrInner{P: 3},
		Count:          -12, Ratio: 1e21, Flag: true, Label: `a"<b>`, PtrNum: &seven, Num: "1.5e3",
		Skip: "s", Dash: "d", Z: zeroer{42}, PZ: ptrZeroer{7}, When: ts,
		Raw: json.RawMessage(` {"a" : [1, "<\u2028>"]} `), Bytes: []byte("hello, world"),
		Arr: [3]uint8{1, 2, 3}, Any: map[string]any{"k": []any{1.5, "v", nil}},
		Text: ptrText{"t"}, TextP: &ptrText{"p"}, Val: valJSON{4}, Pj: ptrJSON{5},
		IntMap:  map[int]string{-1: "a", 10: "b", 2: "c"},
		TextMap: map[textKey]int{{1, 2}: 1, {10, 0}: 2, {2, 1}: 3},
		Nested:  map[string][]any{"b": {true}, "a": nil},
		Addr:    netip.MustParseAddr("::1"), Iface: time.Second, Named: 9, NStr: "n",
	}
	cases := map[string]any{
		"nil":             nil,
		"strings":         []string{"", "a\"b\\c", "<>&", "\u2028\u2029", "\x00\x1f\x7f", "\xff\xfe", "日本", "😀", "a\xe2\x80"},
		"floats":          []float64{0, math.Copysign(0, -1), 1e-6, 1e-7, 9.999999e-7, 1e20, 1e21, 123456789012345680000, 5e-324, math.MaxFloat64, -1.5, 0.1},
		"float32s":        []float32{1e-6, 1e-7, 1e20, 1e21, 3.4028235e38, 0.1, 16777216},
		"ints":            []any{int8(-128), int16(300), int32(-1), int64(math.MinInt64), uint8(255), uint16(1), uint32(7), uint64(math.MaxUint64), uintptr(9), 42},
		"uint8 slice":     []uint8{1, 2, 3},
		"named bytes":     []namedInt{1, 2},
		"nil bytes":       []byte(nil),
		"empty":           []any{map[string]any{}, []any{}, map[string]int{}, []string{}, struct{}{}},
		"nil containers":  []any{map[string]any(nil), []any(nil), map[string]int(nil), []string(nil), (*int)(nil)},
		"map any":         map[string]any{"z": 1.0, "a": "x", "m": map[string]any{"<": ">"}, "": nil, "b": true},
		"typed maps":      []any{map[string]string{"b": "<", "a": ">"}, map[string]int64{"x": -1, "w": 2}, map[string]float64{"f": 0.5}, map[string]bool{"t": true}, map[string]int{"i": 1}},
		"typed slices":    []any{[]int{1, -2}, []int64{3}, []float64{1.5}, []bool{false}, []map[string]any{{"a": 1}}},
		"uint keys":       map[uint16]bool{3: true, 20: false, 100: true},
		"named str keys":  map[namedString]int{"b": 1, "a": 2},
		"ptr text key":    map[*ptrText]int{nil: 1},
		"struct":          full,
		"struct pointer":  &full,
		"zero struct":     tagged{},
		"slice of struct": []tagged{{Pj: ptrJSON{8}}},
		"json number":     []json.Number{"0", "-1.5e+10", ""},
		"raw":             json.RawMessage(` [ true , false , null ] `),
		"nil raw":         json.RawMessage(nil),
		"time":            ts,
		"nested ptrs":     &[]*map[string]*int{{"a": &seven}, nil},
		"string ptr":      &str,
		"val json in map": map[string]valJSON{"k": {1}},
		"ptr json in map": map[string]ptrJSON{"k": {1}},
		"ptr json slice":  []ptrJSON{{1}, {2}},
		"ptr json array":  [2]ptrJSON{{1}, {2}},
		"ptr json aptr":   &[2]ptrJSON{{1}, {2}},
		"text in iface":   []any{ptrText{"x"}, &ptrText{"y"}},
		"deep any":        deepAny(500),
	}
	for name, v := range cases {
		t.Run(name, func(t *testing.T) { requireSameAsStd(t, v) })
	}
}

func deepAny(n int) any {
	var v any = "leaf"
	for i := range n {
		if i%2 == 0 {
			v = []any{v}
		} else {
			v = map[string]any{"k": v}
		}
	}
	return v
}

func TestMarshalErrorsWhereEncodingJSONErrors(t *testing.T) {
	cyclicMap := map[string]any{}
	cyclicMap["self"] = cyclicMap
	cyclicSlice := []any{nil}
	cyclicSlice[0] = cyclicSlice
	type node struct{ Next *node }
	cyclicPtr := &node{}
	cyclicPtr.Next = cyclicPtr
	var cyclicIface any
	cyclicIface = &cyclicIface
	// encoding/json on json/v2 rejects the key, not the map type.
	var badMapKeyError any = new(*json.UnsupportedTypeError)
	if stdOnV2 {
		badMapKeyError = new(*json.UnsupportedValueError)
	}
	cases := []struct {
		name string
		v    any
		path string
		as   any
	}{
		{"NaN", map[string]any{"a": []any{1.0, math.NaN()}}, "a[1]", new(*json.UnsupportedValueError)},
		{"+Inf float32", struct{ F float32 }{float32(math.Inf(1))}, "F", new(*json.UnsupportedValueError)},
		{"-Inf typed map", map[string]float64{"x y": math.Inf(-1)}, `["x y"]`, new(*json.UnsupportedValueError)},
		{"channel", map[string]any{"c": make(chan int)}, "c", new(*json.UnsupportedTypeError)},
		{"func", []any{func() {}}, "[0]", new(*json.UnsupportedTypeError)},
		{"complex", struct{ C complex128 }{1i}, "C", new(*json.UnsupportedTypeError)},
		{"bad map key", map[[2]int]int{{1, 2}: 3}, "", badMapKeyError},
		{"cyclic map", cyclicMap, "", new(*json.UnsupportedValueError)},
		{"cyclic slice", cyclicSlice, "", new(*json.UnsupportedValueError)},
		{"cyclic pointer", cyclicPtr, "", new(*json.UnsupportedValueError)},
		{"cyclic interface", cyclicIface, "", new(*json.UnsupportedValueError)},
		{"marshaler error", []any{failJSON{}}, "[0]", new(*json.MarshalerError)},
		{"text marshaler error", map[string]any{"t": failText{}}, "t", new(*json.MarshalerError)},
		{"text key error", map[failText]int{{}: 1}, "", new(*json.MarshalerError)},
		{"invalid marshaler output", badJSON{`{"a":}`}, "", new(*json.MarshalerError)},
		{"trailing marshaler output", badJSON{`1 2`}, "", new(*json.MarshalerError)},
		{"empty marshaler output", badJSON{``}, "", new(*json.MarshalerError)},
		{"invalid number", map[string]json.Number{"n": "1."}, "n", nil},
	}
	for _, c := range cases {
		onEveryPath(t, c.name, func(t *testing.T) {
			// encoding/json on json/v2 (Go 1.26) overflows the stack, a
			// fatal error, on an interface that points to itself.
			if !stdOnV2 || c.name != "cyclic interface" {
				_, stdErr := json.Marshal(c.v)
				require.Error(t, stdErr)
			}
			_, err := Marshal(c.v)
			require.Error(t, err)
			var ve *ValueError
			require.ErrorAs(t, err, &ve)
			if !strings.HasPrefix(c.name, "cyclic") {
				require.Equal(t, c.path, ve.Path())
			}
			if c.as != nil {
				require.ErrorAs(t, err, c.as)
			}
			require.NotPanics(t, func() { _ = err.Error() })
		})
	}
}

func TestMarshalerOutputValidation(t *testing.T) {
	for _, out := range []string{
		`{}`, `[]`, ` 1 `, `-0.5e+10`, `"\u00e9\n\"\\\/"`, `{"a":{"b":[1,{"c":null}]}}`, "\"\xff<\"",
		`01`, `1.`, `.5`, `-`, `1e`, `tru`, `nul`, `[1,]`, `{"a":1,}`, `{"a" 1}`, `{1:2}`, `"\x"`, `"\u12"`, "\"\x01\"",
		`[`, `]`, `"abc`, `{"a":1}}`, `[1 2]`, `truefalse`, `{,}`, `[,1]`, ` `, `nulls`,
	} {
		for _, v := range []any{badJSON{out}, []badJSON{{out}}} {
			if d := sameAsStd(v); d != "" {
				t.Fatalf("output %.40q...: %.300s", out, d)
			}
		}
	}
}

// TestNestingLimits checks the depth limits encoding/json has: 10000 levels
// in MarshalJSON output, and 10000 levels in all when indenting.
func TestNestingLimits(t *testing.T) {
	deep := func(n int) string { return strings.Repeat("[", n) + strings.Repeat("]", n) }
	// A one-character prefix and no indent keep the indented output small.
	flat := variant{name: "indent", html: true, indent: true, prefix: ">", opts: []Option{Indented(">", "")}}
	for _, n := range []int{10000, 10001} {
		for _, v := range []any{badJSON{deep(n)}, []badJSON{{deep(n)}}, deepAny(n)} {
			for _, vr := range []variant{variants[0], flat} {
				want, wantErr := stdEncode(v, vr)
				got, err := ourEncode(v, vr)
				require.Equal(t, wantErr == nil, err == nil, "%s %T %d: std %v, ours %v", vr.name, v, n, wantErr, err)
				require.True(t, bytes.Equal(want, got), "%s %T %d", vr.name, v, n)
			}
		}
	}
}

func TestMaxDepth(t *testing.T) {
	v := deepAny(10)
	_, err := Marshal(v, MaxDepth(10))
	require.NoError(t, err)
	_, err = Marshal(v, MaxDepth(9))
	require.ErrorIs(t, err, ErrTooDeep)
	var ve *ValueError
	require.ErrorAs(t, err, &ve)
	require.Equal(t, "k[0].k[0].k[0].k[0].k", ve.Path())
}

func TestDeepAcyclicValuesEncode(t *testing.T) {
	type list struct {
		Next *list `json:"n,omitempty"`
	}
	// Past the 1000 nested references where cycle detection starts.
	var l *list
	for range 1500 {
		l = &list{Next: l}
	}
	for _, v := range []any{l, deepAny(1500)} {
		for _, vr := range []variant{variants[0], variants[2]} {
			want, err := stdEncode(v, vr)
			require.NoError(t, err)
			got, err := ourEncode(v, vr)
			require.NoError(t, err)
			require.True(t, bytes.Equal(want, got), vr.name)
		}
	}
}

func TestWholeFloats(t *testing.T) {
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -1, 1e14, 999999999999999, 1e15, -1e15 + 1, 1e15 + 1, 1 << 53, 123456789, -42} {
		requireSameAsStd(t, []any{f, float32(f)})
	}
}

func TestCycleErrorStaysReadable(t *testing.T) {
	m := map[string]any{}
	m["self"] = m
	_, err := Marshal(m)
	var ve *ValueError
	require.ErrorAs(t, err, &ve)
	require.Greater(t, len(ve.Path()), 1000)
	require.Less(t, len(err.Error()), 300)
	require.Contains(t, err.Error(), "cycle")
}
