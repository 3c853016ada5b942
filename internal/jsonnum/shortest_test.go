package jsonnum

import (
	"math"
	"math/big"
	"strconv"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"
)

// plainWant is strconv's shortest plain form, which encoding/json writes in
// this range.
func plainWant(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func TestAppendPlainEdges(t *testing.T) {
	var cases []float64
	for e := -19; e <= 69; e++ { // powers of two: the narrower gap below
		cases = append(cases, math.Ldexp(1, e))
	}
	cases = append(cases, 1e-6, 1e21, 1<<53-1, 1<<53, 1<<53+2, 1<<54+4, 1e15, 1e15+1, 123456789012345678,
		0.1, 0.2, 0.3, 1.0/3, 2.0/3, 5e-6, 9.999999e-7, 99999999999999999999.0, 65.613616999999977,
		43.420273000000009, 1.7976931348623157e20, 4.35, 0.000001, 1234.5678, 1e20, 1e19, 1.5)
	for _, f := range cases {
		for _, f := range []float64{f, math.Nextafter(f, 0), math.Nextafter(f, math.Inf(1))} {
			if f < 1e-6 || f >= 1e21 {
				continue
			}
			require.Equal(t, plainWant(f), string(AppendFloat(nil, f, 64)), "%b", math.Float64bits(f))
			require.Equal(t, "x"+plainWant(-f), string(AppendFloat([]byte("x"), -f, 64)), "%b", math.Float64bits(f))
		}
	}
}

func TestScalesAreTheRoundedUpPowersOfTen(t *testing.T) {
	lo := new(big.Int).Lsh(big.NewInt(1), 125)
	hi := new(big.Int).Lsh(big.NewInt(1), 126)
	for i, g := range scales {
		v := new(big.Int).Lsh(new(big.Int).SetUint64(g[0]), 63)
		v.Or(v, new(big.Int).SetUint64(g[1]))
		require.True(t, v.Cmp(lo) >= 0 && v.Cmp(hi) < 0, "scale %d out of [2^125, 2^126)", i)
		require.Less(t, g[1], uint64(1)<<63)
		// v-1 <= 10^e·2^s < v, checked as v-1 <= x < v on exact integers.
		e := i - plainMaxK
		s := 125 - floorLog2Pow10(e)
		ten := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(max(e, -e))), nil)
		num, den := new(big.Int).Lsh(big.NewInt(1), uint(s)), big.NewInt(1)
		if e >= 0 {
			num.Mul(num, ten)
		} else {
			den = ten
		}
		below := new(big.Int).Mul(new(big.Int).Sub(v, big.NewInt(1)), den)
		above := new(big.Int).Mul(v, den)
		require.True(t, below.Cmp(num) <= 0 && num.Cmp(above) < 0, "scale %d", i)
	}
}

func TestFloorLogs(t *testing.T) {
	for q := -1100; q <= 1100; q++ {
		require.Equal(t, int(math.Floor(float64(q)*math.Log10(2))), floorLog10Pow2(q), "log10 2^%d", q)
		require.Equal(t, int(math.Floor(float64(q)*math.Log2(10))), floorLog2Pow10(q), "log2 10^%d", q)
	}
}

func TestAppendPlainProperties(t *testing.T) {
	params := gopter.DefaultTestParameters()
	params.MinSuccessfulTests = 20000
	props := gopter.NewProperties(params)
	lo, hi := math.Float64bits(1e-6), math.Float64bits(1e21)
	props.Property("any float64 in [1e-6, 1e21) is written as strconv's shortest", prop.ForAll(func(u uint64) bool {
		f := math.Float64frombits(u)
		return string(AppendFloat(nil, f, 64)) == plainWant(f) && string(AppendFloat(nil, -f, 64)) == plainWant(-f)
	}, gen.UInt64Range(lo, hi-1)))
	props.Property("short decimals keep their digits", prop.ForAll(func(d uint32, e int8) bool {
		f := float64(d) * math.Pow10(int(e)%20-6)
		return f < 1e-6 || f >= 1e21 || string(AppendFloat(nil, f, 64)) == plainWant(f)
	}, gen.UInt32(), gen.Int8()))
	props.TestingRun(t)
}
