package main

import (
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"time"

	"github.com/mapkit-go/mapkit/internal/fixture"
	"github.com/mapkit-go/mapkit/safelog"
)

func init() {
	register(section{order: 30, title: "safelog: logging a big map without blowing up", run: tourSafelog})
}

// cost is what one call of a function costs, measured over a fixed number
// of rounds.
type cost struct {
	perCall       time.Duration
	bytes, allocs uint64
	outputLen     int
}

func measure(rounds int, f func() string) cost {
	out := f()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	for range rounds {
		_ = f()
	}
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	n := uint64(rounds)
	return cost{
		perCall:   elapsed / time.Duration(rounds),
		bytes:     (after.TotalAlloc - before.TotalAlloc) / n,
		allocs:    (after.Mallocs - before.Mallocs) / n,
		outputLen: len(out),
	}
}

func tourSafelog(w io.Writer) error {
	order := fixture.OrderMap()
	fmt.Fprintln(w, "The incident: a service logged its 520-key order map (3 levels, 7,020 entries)")
	fmt.Fprintln(w, "1,200 times a second with fmt.Sprint. Each line walked and sorted the whole map:")
	before := measure(10, func() string { return fmt.Sprint(order) })
	after := measure(2000, func() string { return safelog.Format(order, safelog.DefaultLimits) })
	fmt.Fprintf(w, "  %-16s %12s %12s %10s %14s\n", "", "time/call", "bytes/call", "allocs", "output bytes")
	for _, r := range []struct {
		name string
		c    cost
	}{{"fmt.Sprint", before}, {"safelog.Format", after}} {
		fmt.Fprintf(w, "  %-16s %12s %12d %10d %14d\n", r.name, r.c.perCall.Round(100*time.Nanosecond), r.c.bytes, r.c.allocs, r.c.outputLen)
	}
	fmt.Fprintf(w, "  safelog.Format is %.0fx faster here and allocates only the returned string.\n",
		float64(before.perCall)/float64(max(after.perCall, 1)))

	fmt.Fprintln(w, "\nWhat the bounded line shows (DefaultLimits: 32 keys per map, 6 levels, 4 KiB;")
	fmt.Fprintln(w, "here MaxBytes 300): the smallest keys in fmt's order, then how many were left out:")
	fmt.Fprintf(w, "  %s\n", safelog.Format(order, safelog.Limits{MaxBytes: 300}))
	fmt.Fprintf(w, "  summary mode: %s\n", safelog.Format(order, safelog.Limits{MaxBytes: 300, Summary: true}))

	loop := map[string]any{"note": "line one\nlevel=ERROR msg=forged"}
	loop["self"] = loop
	fmt.Fprintln(w, "\nA map that contains itself, with a newline in a value (fmt.Sprint recurses until the stack overflows):")
	fmt.Fprintf(w, "  %s\n", safelog.Format(loop, safelog.DefaultLimits))

	fmt.Fprintln(w, "\nslog call sites unchanged, handler wrapped with safelog.NewHandler (MaxKeys 3, MaxDepth 1):")
	h := safelog.NewHandler(slog.NewJSONHandler(w, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if len(groups) == 0 && a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	}), safelog.Limits{MaxKeys: 3, MaxDepth: 1})
	fmt.Fprint(w, "  ")
	slog.New(h).Info("order placed", "order", order)
	return nil
}
