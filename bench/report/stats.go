package main

import (
	"math"
	"slices"

	"github.com/mapkit-go/mapkit/bench"
)

// sample holds one round's figures for one case, by metric name.
type sample map[string]float64

// result summarises one case over every round it was measured in.
type result struct {
	c      bench.Case
	rounds int                // rounds that produced a sample; 0: not measured
	median map[string]float64 // per metric, over the rounds
	// ratio holds, per judged metric, the median divided by the best (lowest)
	// peer median of the same workload; absent when the workload has no
	// measured peer. Lower is better.
	ratio map[string]float64
	// best names, per judged metric, the peer the ratio divides by.
	best map[string]string
}

// median returns the median of xs (the mean of the two middle values for an
// even count), or NaN for none. xs is not modified.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return s[n/2-1] + (s[n/2]-s[n/2-1])/2
}

// ratio returns v divided by best, lower meaning v is better. Two zeros are
// even (1); a positive v against a zero best is +Inf.
func ratio(v, best float64) float64 {
	if best == 0 {
		if v == 0 {
			return 1
		}
		return math.Inf(1)
	}
	return v / best
}

// judged returns the metrics a case is compared on: its custom metrics, or
// ns/op, B/op and allocs/op.
func judged(c bench.Case) []string {
	if len(c.Metrics) > 0 {
		return c.Metrics
	}
	return []string{bench.NsPerOp, bench.BytesPerOp, bench.AllocsPerOp}
}

// summarise turns the samples of each case (samples[i] belongs to cases[i])
// into results: medians per metric, then every case's ratio to the best peer
// of its workload, per judged metric.
func summarise(cases []bench.Case, samples [][]sample) []result {
	rs := make([]result, len(cases))
	for i, c := range cases {
		r := result{c: c, rounds: len(samples[i]), median: map[string]float64{}}
		metrics := map[string][]float64{}
		for _, s := range samples[i] {
			for m, v := range s {
				metrics[m] = append(metrics[m], v)
			}
		}
		for m, vs := range metrics {
			r.median[m] = median(vs)
		}
		rs[i] = r
	}
	for i := range rs {
		r := &rs[i]
		if r.rounds == 0 {
			continue
		}
		r.ratio, r.best = map[string]float64{}, map[string]string{}
		for _, m := range judged(r.c) {
			bestImpl, bestV := "", math.Inf(1)
			for _, p := range rs {
				v, ok := p.median[m]
				if p.c.Role != bench.Peer || p.c.Group != r.c.Group || p.c.Workload != r.c.Workload || !ok {
					continue
				}
				if v < bestV {
					bestImpl, bestV = p.c.Impl, v
				}
			}
			if v, ok := r.median[m]; ok && bestImpl != "" {
				r.ratio[m], r.best[m] = ratio(v, bestV), bestImpl
			}
		}
	}
	return rs
}
