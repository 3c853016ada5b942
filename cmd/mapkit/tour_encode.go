package main

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/mapkit-go/mapkit/encode"
	"github.com/mapkit-go/mapkit/internal/fixture"
)

func init() {
	register(section{order: 20, title: "encode: streaming, sorted, allocation-free JSON", run: tourEncode})
}

// writeCounter counts the calls and bytes that reach a writer.
type writeCounter struct {
	writes, bytes, largest int
}

func (c *writeCounter) Write(p []byte) (int, error) {
	c.writes++
	c.bytes += len(p)
	c.largest = max(c.largest, len(p))
	return len(p), nil
}

func tourEncode(w io.Writer) error {
	small := map[string]any{"sku": "A-1", "qty": 3.0, "note": "<gift>", "tags": []any{"x", "y"}}
	out, err := encode.Marshal(small)
	if err != nil {
		return err
	}
	std, err := json.Marshal(small)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "Same bytes as encoding/json, keys sorted:")
	fmt.Fprintf(w, "  encode.Marshal: %s\n  json.Marshal:   %s\n", out, std)

	order := fixture.OrderMap()
	fmt.Fprintln(w, "\nThe 520-key order map (7,020 entries, 3 levels) written to a counting writer:")
	fmt.Fprintf(w, "  %-22s %10s %8s %14s %14s %12s\n", "", "bytes", "writes", "largest write", "allocs/Encode", "µs/Encode")
	impls := []struct {
		name string
		enc  func(io.Writer) func(any) error
	}{
		{"encode.Encoder", func(w io.Writer) func(any) error { return encode.NewEncoder(w).Encode }},
		{"json.Encoder", func(w io.Writer) func(any) error { return json.NewEncoder(w).Encode }},
	}
	for _, im := range impls {
		var c writeCounter
		enc := im.enc(&c)
		if err := enc(order); err != nil {
			return err
		}
		first := c
		allocs := allocsPerRun(5, func() { _ = enc(order) })
		const rounds = 20
		start := time.Now()
		for range rounds {
			if err := enc(order); err != nil {
				return err
			}
		}
		perCall := time.Since(start) / rounds
		fmt.Fprintf(w, "  %-22s %10d %8d %14d %14.0f %12.0f\n",
			im.name, first.bytes, first.writes, first.largest, allocs, float64(perCall.Microseconds()))
	}
	fmt.Fprintln(w, "  encode streams in pieces of at most 64 KiB as it goes; encoding/json builds the")
	fmt.Fprintln(w, "  whole document in memory and writes it at once.")
	return nil
}
