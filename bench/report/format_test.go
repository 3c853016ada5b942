package main

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mapkit-go/mapkit/bench"
)

func TestFormatValue(t *testing.T) {
	for _, tc := range []struct {
		metric string
		v      float64
		want   string
	}{
		{bench.NsPerOp, 0, "0 ns"},
		{bench.NsPerOp, 12.4, "12 ns"},
		{bench.NsPerOp, 999.4, "999 ns"},
		{bench.NsPerOp, 999.6, "1.00 µs"},
		{bench.NsPerOp, 12_345, "12.3 µs"},
		{bench.NsPerOp, 4_012_345, "4.01 ms"},
		{bench.NsPerOp, 2.5e9, "2.50 s"},
		{bench.NsPerOp, 2.5e12, "2500 s"},
		{bench.BytesPerOp, 0, "0 B"},
		{bench.BytesPerOp, 736_048, "736 KB"},
		{bench.HeapBytes, 399_000, "399 KB"},
		{bench.MaxWrite, 19_381_487, "19.4 MB"},
		{bench.AllocBytes, 131_702_760, "132 MB"},
		{bench.AllocsPerOp, 0, "0"},
		{bench.AllocsPerOp, 14.4, "14"},
		{bench.AllocsPerOp, 15_666, "15,666"},
		{bench.AllocsPerOp, 1_234_567, "1,234,567"},
		{bench.NsPerOp, math.NaN(), "?"},
	} {
		require.Equal(t, tc.want, formatValue(tc.metric, tc.v), "%s %v", tc.metric, tc.v)
	}
}

func TestFormatRatio(t *testing.T) {
	for _, tc := range []struct {
		r    float64
		want string
	}{
		{0, "0×"},
		{0.004213, "0.0042×"},
		{0.3149, "0.31×"},
		{0.999, "1.0×"},
		{1, "1.00×"},
		{1.054, "1.05×"},
		{9.99, "9.99×"},
		{23.4, "23×"},
		{1500, "1500×"},
		{math.Inf(1), "∞×"},
	} {
		require.Equal(t, tc.want, formatRatio(tc.r), "%v", tc.r)
	}
}
