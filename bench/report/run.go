package main

import (
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/mapkit-go/mapkit/bench"
)

// measure runs every case once per round, interleaved (A B C A B C ...), so
// drifts in machine load spread over all cases alike, and returns the
// samples of each case (samples[i] belongs to cases[i]). A case that
// measures nothing (skipped or failed) adds no sample. Progress goes to
// progress, one line per run.
func measure(cases []bench.Case, rounds int, run func(bench.Case) (sample, bool), progress io.Writer) [][]sample {
	samples := make([][]sample, len(cases))
	start := time.Now()
	for round := range rounds {
		for i, c := range cases {
			s, ok := run(c)
			status := "not measured (skipped or failed)"
			if ok {
				samples[i] = append(samples[i], s)
				status = formatValue(c.Headline(), s[c.Headline()]) + " " + c.Headline()
			}
			fmt.Fprintf(progress, "[%s] round %d/%d  case %d/%d  %s: %s\n",
				time.Since(start).Round(time.Second), round+1, rounds, i+1, len(cases), c.Name(), status)
		}
	}
	return samples
}

// runBenchmark runs one case with testing.Benchmark and returns its figures
// per operation, custom metrics included; false when it measured nothing.
// B/op and allocs/op are whole numbers, truncated as go test -benchmem
// prints them.
func runBenchmark(c bench.Case) (sample, bool) {
	r := testing.Benchmark(c.Bench)
	if r.N == 0 {
		return nil, false
	}
	s := sample{
		bench.NsPerOp:     float64(r.T.Nanoseconds()) / float64(r.N),
		bench.BytesPerOp:  float64(r.AllocedBytesPerOp()),
		bench.AllocsPerOp: float64(r.AllocsPerOp()),
	}
	for m, v := range r.Extra {
		s[m] = v
	}
	return s, true
}
