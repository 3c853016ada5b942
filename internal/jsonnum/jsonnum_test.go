package jsonnum

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"
)

func std(t testing.TB, v any) string {
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

var cutoffs = []float64{
	0, math.Copysign(0, -1), 1, -1, 0.1, 1e-6, 9.999999e-7, 1e-7, 1.5e-7, 1e20, 1e21, 9.99999e20, 1e22,
	123456789, 1e100, 5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64, 0.000001234, 1 << 53, 1<<53 + 2,
	float64(math.MaxFloat32), 3.4028235e38, 1e-45, 100, 12345.678,
}

func TestAppendFloatMatchesEncodingJSON(t *testing.T) {
	for _, f := range cutoffs {
		for _, f := range []float64{f, -f} {
			require.Equal(t, std(t, f), string(AppendFloat(nil, f, 64)), "float64 %v", f)
			f32 := float32(f)
			if math.IsInf(float64(f32), 0) {
				continue
			}
			require.Equal(t, std(t, f32), string(AppendFloat(nil, float64(f32), 32)), "float32 %v", f32)
		}
	}
}

func TestValid(t *testing.T) {
	require.True(t, Valid(1.5))
	require.False(t, Valid(math.NaN()))
	require.False(t, Valid(math.Inf(1)))
	require.False(t, Valid(math.Inf(-1)))
}

func TestProperties(t *testing.T) {
	params := gopter.DefaultTestParameters()
	params.MinSuccessfulTests = 5000
	props := gopter.NewProperties(params)
	bitsGen := gen.UInt64().SuchThat(func(u uint64) bool { return Valid(math.Float64frombits(u)) })
	props.Property("float64 from any bit pattern equals encoding/json", prop.ForAll(func(u uint64) bool {
		f := math.Float64frombits(u)
		return string(AppendFloat(nil, f, 64)) == std(t, f)
	}, bitsGen))
	props.Property("float32 from any bit pattern equals encoding/json", prop.ForAll(func(u uint32) bool {
		f := math.Float32frombits(u)
		if !Valid(float64(f)) {
			return true
		}
		return string(AppendFloat(nil, float64(f), 32)) == std(t, f)
	}, gen.UInt32()))
	props.Property("float64 near the cut-offs equals encoding/json", prop.ForAll(func(f float64) bool {
		return string(AppendFloat(nil, f, 64)) == std(t, f)
	}, gen.OneGenOf(gen.Float64Range(1e-7, 1e-5), gen.Float64Range(1e20, 1e22), gen.Float64Range(-1e22, -1e20))))
	props.TestingRun(t)
}

func FuzzAppendFloat(f *testing.F) {
	for _, c := range cutoffs {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, x float64) {
		if !Valid(x) {
			return
		}
		if got, want := string(AppendFloat(nil, x, 64)), std(t, x); got != want {
			t.Fatalf("AppendFloat(%v) = %s, encoding/json = %s", x, got, want)
		}
	})
}
