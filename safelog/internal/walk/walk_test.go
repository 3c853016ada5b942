package walk

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestCutUTF8(t *testing.T) {
	cases := []struct {
		s    string
		max  int
		want int
	}{
		{"abc", 5, 3},
		{"abc", 2, 2},
		{"é", 1, 0},
		{"aé", 2, 1},
		{"a€", 3, 1},
		{"a€", 4, 4},
		{"\x80\x80\x80\x80\x80", 3, 3}, // invalid UTF-8: any cut will do
		{"", 0, 0},
	}
	for _, c := range cases {
		require.Equal(t, c.want, CutUTF8(c.s, c.max), "%q at %d", c.s, c.max)
	}
}

func TestResolve(t *testing.T) {
	require.Equal(t, 7, Resolve(7, 3))
	require.Equal(t, 3, Resolve(0, 3), "zero takes the default")
	require.Equal(t, math.MaxInt, Resolve(-1, 3), "negative is no limit")
	require.Equal(t, math.MaxInt, Resolve(0, -1), "a default of no limit")
}

func TestCompareKeysOrdersAsFmt(t *testing.T) {
	type pair struct {
		A int
		B string
	}
	cases := []struct {
		name   string
		sorted []any
	}{
		{"ints", []any{-3, 0, 2, 10}},
		{"floats with NaN first", []any{math.NaN(), math.Inf(-1), -1.5, 0.0, math.Inf(1)}},
		{"strings bytewise", []any{"", "A", "a", "ab", "b", "é"}},
		{"bools", []any{false, true}},
		{"structs field by field", []any{pair{1, "z"}, pair{2, "a"}, pair{2, "b"}}},
		{"arrays element by element", []any{[2]int{1, 9}, [2]int{2, 0}}},
		{"complex", []any{complex(1, 2), complex(1, 3), complex(2, 0)}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			vals := make([]reflect.Value, len(c.sorted))
			for i, v := range c.sorted {
				vals[i] = reflect.ValueOf(v)
			}
			shuffled := slices.Clone(vals)
			slices.Reverse(shuffled)
			slices.SortStableFunc(shuffled, compareKeys)
			for i := range vals {
				require.Equal(t, fmt.Sprint(vals[i].Interface()), fmt.Sprint(shuffled[i].Interface()), "position %d", i)
			}
		})
	}
	var nilIface, one any = nil, 1
	require.Negative(t, compareKeys(reflect.ValueOf(&nilIface).Elem(), reflect.ValueOf(&one).Elem()), "nil interfaces first")
}

// stringSink records the strings it receives and ignores the rest.
type stringSink struct{ got []string }

func (s *stringSink) Nil()                    {}
func (s *stringSink) Bool(bool)               {}
func (s *stringSink) Int(int64)               {}
func (s *stringSink) Uint(uint64)             {}
func (s *stringSink) Float(float64, int)      {}
func (s *stringSink) Complex(complex128, int) {}
func (s *stringSink) String(v string, _ int)  { s.got = append(s.got, v) }
func (s *stringSink) Map(*Container)          {}
func (s *stringSink) List(*Container)         {}
func (s *stringSink) Raw([]byte) bool         { return false }

func TestPointerChainsStop(t *testing.T) {
	var v any = "end"
	for range HardDepth + 10 {
		p := v
		v = &p
	}
	w := Get(Limits{MaxKeys: 10, MaxDepth: math.MaxInt, MaxString: 10, MaxBytes: math.MaxInt})
	defer w.Put()
	var s stringSink
	w.Walk(v, &s)
	require.Equal(t, []string{DepthMarker}, s.got)
}
