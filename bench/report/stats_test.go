package main

import (
	"math"
	"slices"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"

	"github.com/mapkit-go/mapkit/bench"
)

func TestMedian(t *testing.T) {
	for _, tc := range []struct {
		name string
		xs   []float64
		want float64
	}{
		{"one", []float64{7}, 7},
		{"odd", []float64{5, 1, 3}, 3},
		{"even", []float64{4, 1, 3, 2}, 2.5},
		{"two", []float64{10, 20}, 15},
		{"ties", []float64{2, 2, 9, 2}, 2},
		{"outlier", []float64{1, 1, 1, 1e9, 1}, 1},
		{"huge", []float64{math.MaxFloat64, math.MaxFloat64}, math.MaxFloat64},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := slices.Clone(tc.xs)
			require.Equal(t, tc.want, median(tc.xs))
			require.Equal(t, in, tc.xs, "median must not reorder its input")
		})
	}
	require.True(t, math.IsNaN(median(nil)))
}

func TestMedianProperties(t *testing.T) {
	params := gopter.DefaultTestParameters()
	params.MinSuccessfulTests = 500
	props := gopter.NewProperties(params)
	samples := gen.SliceOf(gen.Float64Range(-1e12, 1e12)).SuchThat(func(xs []float64) bool { return len(xs) > 0 })
	props.Property("median lies within min and max", prop.ForAll(func(xs []float64) bool {
		m := median(xs)
		return m >= slices.Min(xs) && m <= slices.Max(xs)
	}, samples))
	props.Property("median ignores order", prop.ForAll(func(xs []float64, shift int) bool {
		rotated := append(slices.Clone(xs[shift%len(xs):]), xs[:shift%len(xs)]...)
		reversed := slices.Clone(xs)
		slices.Reverse(reversed)
		m := median(xs)
		return median(rotated) == m && median(reversed) == m
	}, samples, gen.IntRange(0, 1000)))
	props.Property("median of an odd count is one of the samples", prop.ForAll(func(xs []float64) bool {
		if len(xs)%2 == 0 {
			xs = xs[1:]
		}
		return len(xs) == 0 || slices.Contains(xs, median(xs))
	}, samples))
	props.TestingRun(t)
}

func TestRatio(t *testing.T) {
	for _, tc := range []struct {
		v, best, want float64
	}{
		{50, 100, 0.5},
		{300, 100, 3},
		{100, 100, 1},
		{0, 100, 0},
		{0, 0, 1},
		{5, 0, math.Inf(1)},
	} {
		require.Equal(t, tc.want, ratio(tc.v, tc.best), "%v / %v", tc.v, tc.best)
	}
}

func TestSummarise(t *testing.T) {
	mk := func(workload, impl string, role bench.Role, metrics ...string) bench.Case {
		return bench.Case{Group: bench.GroupEncode, Workload: workload, Impl: impl, Role: role, Metrics: metrics}
	}
	cases := []bench.Case{
		mk("w=a", "mapkit", bench.Mapkit),
		mk("w=a", "slow", bench.Peer),
		mk("w=a", "fast", bench.Peer),
		mk("w=a", "floor", bench.Floor),
		mk("w=a", "absent", bench.Peer),
		mk("w=b", "mapkit", bench.Mapkit, bench.HeapBytes),
		mk("w=b", "peer", bench.Peer, bench.HeapBytes),
		mk("w=c", "mapkit", bench.Mapkit),
	}
	std := func(ns, b, allocs float64) sample {
		return sample{bench.NsPerOp: ns, bench.BytesPerOp: b, bench.AllocsPerOp: allocs}
	}
	samples := [][]sample{
		{std(100, 0, 0), std(120, 0, 0), std(80, 0, 0)},
		{std(400, 10, 1), std(500, 10, 1), std(450, 10, 1)},
		{std(200, 50, 3), std(10_000, 50, 3), std(200, 50, 3)},
		{std(1, 0, 0), std(1, 0, 0), std(1, 0, 0)},
		nil,
		{{bench.NsPerOp: 9, bench.HeapBytes: 100}},
		{{bench.NsPerOp: 1, bench.HeapBytes: 400}},
		{std(5, 5, 5)},
	}
	rs := summarise(cases, samples)
	require.Len(t, rs, len(cases))

	mapkit := rs[0]
	require.Equal(t, 3, mapkit.rounds)
	require.Equal(t, 100.0, mapkit.median[bench.NsPerOp])
	require.Equal(t, 0.5, mapkit.ratio[bench.NsPerOp], "against the fastest peer, not the floor")
	require.Equal(t, "fast", mapkit.best[bench.NsPerOp])
	require.Equal(t, 0.0, mapkit.ratio[bench.BytesPerOp])
	require.Equal(t, "slow", mapkit.best[bench.BytesPerOp], "best is chosen per metric")
	require.Equal(t, 0.0, mapkit.ratio[bench.AllocsPerOp])

	require.Equal(t, 1.0, rs[2].ratio[bench.NsPerOp], "the best peer is 1x")
	require.Equal(t, 2.25, rs[1].ratio[bench.NsPerOp])
	require.Equal(t, 1/200.0, rs[3].ratio[bench.NsPerOp])
	require.Zero(t, rs[4].rounds)
	require.Empty(t, rs[4].ratio, "an unmeasured case has no ratio")

	require.Equal(t, 0.25, rs[5].ratio[bench.HeapBytes])
	require.NotContains(t, rs[5].ratio, bench.NsPerOp, "custom-metric cases are judged on their metrics only")
	require.Empty(t, rs[7].ratio, "a workload without measured peers has no ratios")
}
