package main

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/mapkit-go/mapkit/bench"
)

// FuzzFormatValue checks that every rendered figure reads back, unit
// included, within the rounding of three significant digits.
func FuzzFormatValue(f *testing.F) {
	for _, v := range []float64{0, 0.4, 1, 999.4, 999.6, 12_345, 4.01e6, 1.9e7, 2.5e12} {
		f.Add(v, uint8(0))
		f.Add(v, uint8(1))
		f.Add(v, uint8(2))
	}
	metrics := []string{bench.NsPerOp, bench.BytesPerOp, bench.AllocsPerOp}
	units := map[string]float64{"ns": 1, "µs": 1e3, "ms": 1e6, "s": 1e9, "B": 1, "KB": 1e3, "MB": 1e6, "GB": 1e9}
	f.Fuzz(func(t *testing.T, v float64, which uint8) {
		if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 || v > 1e15 {
			return
		}
		metric := metrics[int(which)%len(metrics)]
		s := formatValue(metric, v)
		num, unit, _ := strings.Cut(s, " ")
		if strings.ContainsAny(num, "eE") {
			t.Fatalf("%v rendered in exponent form: %q", v, s)
		}
		scale := 1.0
		if unit != "" {
			var ok bool
			if scale, ok = units[unit]; !ok {
				t.Fatalf("%v: unknown unit in %q", v, s)
			}
		}
		got, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
		if err != nil {
			t.Fatalf("%v: %q does not read back: %v", v, s, err)
		}
		got *= scale
		if math.Abs(got-v) > 0.5 && math.Abs(got-v) > 0.005*v {
			t.Fatalf("%v rendered as %q (%v)", v, s, got)
		}
	})
}

// FuzzFormatRatio checks that ratios read back within two significant
// digits and never use exponent form.
func FuzzFormatRatio(f *testing.F) {
	for _, r := range []float64{0, 0.004213, 0.3149, 0.999, 1, 9.99, 23.4, 1500} {
		f.Add(r)
	}
	f.Fuzz(func(t *testing.T, r float64) {
		if math.IsNaN(r) || r < 1e-12 || r > 1e12 {
			return
		}
		s := formatRatio(r)
		num, ok := strings.CutSuffix(s, "×")
		if !ok || strings.ContainsAny(num, "eE") {
			t.Fatalf("%v rendered as %q", r, s)
		}
		got, err := strconv.ParseFloat(num, 64)
		if err != nil {
			t.Fatalf("%v: %q does not read back: %v", r, s, err)
		}
		if math.Abs(got-r) > 0.5 && math.Abs(got-r) > 0.05*r {
			t.Fatalf("%v rendered as %q", r, s)
		}
	})
}
