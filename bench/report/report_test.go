package main

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mapkit-go/mapkit/bench"
)

// fakeResults summarises the given cases as if each had been measured once:
// case i takes (i+1)*100 ns/op and, for its custom metrics, (i+1)*1000.
func fakeResults(cases []bench.Case) []result {
	samples := make([][]sample, len(cases))
	for i, c := range cases {
		s := sample{bench.NsPerOp: float64(i+1) * 100, bench.BytesPerOp: float64(i * 64), bench.AllocsPerOp: float64(i % 3)}
		for _, m := range c.Metrics {
			s[m] = float64(i+1) * 1000
		}
		samples[i] = []sample{s}
	}
	return summarise(cases, samples)
}

var testEnv = env{
	command: "go run ./bench/report", date: "2026-01-02", goVersion: "go1.26", platform: "linux/amd64",
	cpu: "Some | CPU, 2 logical CPUs", rounds: 3, benchtime: "100ms",
}

// listedCases returns the benchmark names a report lists: each table row's
// impl, under the "### Group/workload" heading above it.
func listedCases(md string) []string {
	var names []string
	heading := ""
	for line := range strings.Lines(md) {
		line = strings.TrimRight(line, "\n")
		if h, ok := strings.CutPrefix(line, "### "); ok {
			heading = h
			continue
		}
		if strings.HasPrefix(line, "## ") {
			heading = ""
		}
		if heading == "" || !strings.HasPrefix(line, "| ") {
			continue
		}
		impl := strings.Trim(strings.TrimSpace(strings.Split(line, "|")[1]), "*")
		if impl != "impl" {
			names = append(names, heading+"/impl="+impl)
		}
	}
	return names
}

func caseNames(cs []bench.Case) []string {
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = c.Name()
	}
	return names
}

func TestMarkdownListsEveryCase(t *testing.T) {
	cases := bench.Suite()
	var md bytes.Buffer
	require.NoError(t, writeMarkdown(&md, testEnv, fakeResults(cases), []string{"a note"}))
	require.Equal(t, caseNames(cases), listedCases(md.String()))
	require.Contains(t, md.String(), "`go run ./bench/report`")
	require.Contains(t, md.String(), `Some \| CPU`, "cells are escaped")
	require.Contains(t, md.String(), "- a note\n")
	require.Contains(t, md.String(), "](benchmarks.svg)")
}

func TestMarkdownTable(t *testing.T) {
	cases := []bench.Case{
		{Group: bench.GroupIterate, Workload: "keys=3", Impl: "mapkit", Role: bench.Mapkit, About: "Three keys.", How: "a | b"},
		{Group: bench.GroupIterate, Workload: "keys=3", Impl: "peer", Role: bench.Peer, How: "p"},
		{Group: bench.GroupIterate, Workload: "keys=3", Impl: "floor", Role: bench.Floor, How: "f"},
		{Group: bench.GroupMemory, Workload: "heap=1", Impl: "mapkit", Role: bench.Mapkit, Metrics: []string{bench.HeapBytes}, How: "m"},
		{Group: bench.GroupMemory, Workload: "heap=1", Impl: "skipped", Role: bench.Peer, Metrics: []string{bench.HeapBytes}, How: "s"},
	}
	samples := [][]sample{
		{{bench.NsPerOp: 1000, bench.BytesPerOp: 0, bench.AllocsPerOp: 0}},
		{{bench.NsPerOp: 4000, bench.BytesPerOp: 2048, bench.AllocsPerOp: 2}},
		{{bench.NsPerOp: 500, bench.BytesPerOp: 0, bench.AllocsPerOp: 0}},
		{{bench.NsPerOp: 10, bench.BytesPerOp: 0, bench.AllocsPerOp: 0, bench.HeapBytes: 5000}},
		nil,
	}
	var md bytes.Buffer
	require.NoError(t, writeMarkdown(&md, testEnv, summarise(cases, samples), nil))
	got := md.String()
	require.Contains(t, got, "### Iterate/keys=3\n\nThree keys.\n\n")
	require.Contains(t, got, "| impl | ns/op | B/op | allocs/op | time × best | B/op × best | allocs × best | what it calls |\n|---|--:|--:|--:|--:|--:|--:|---|\n")
	require.Contains(t, got, "| **mapkit** | 1.00 µs | 0 B | 0 | 0.25× | 0× | 0× | a \\| b |\n")
	require.Contains(t, got, "| peer | 4.00 µs | 2.05 KB | 2 | 1.00× | 1.00× | 1.00× | p |\n")
	require.Contains(t, got, "| floor | 500 ns | 0 B | 0 | 0.12× | 0× | 0× | f |\n")
	require.Contains(t, got, "| Iterate/keys=3/impl=mapkit | time | 1.00 µs | peer 4.00 µs | 0.25× |\n")
	require.Contains(t, got, "| impl | ns/op | B/op | allocs/op | heap-B | heap × best | what it calls |\n")
	require.Contains(t, got, "| **mapkit** | 10 ns | 0 B | 0 | 5.00 KB | – | m |\n", "no measured peer, no ratio")
	require.Contains(t, got, "| skipped | ? | ? | ? | ? | – | s |\n")
	require.Contains(t, got, "## Notes\n\n- Not measured (skipped or failed): Memory/heap=1/impl=skipped.\n")
	require.Equal(t, caseNames(cases), listedCases(got))
}

func TestMarkdownReportsWriteErrors(t *testing.T) {
	err := writeMarkdown(failingWriter{}, testEnv, fakeResults(bench.Suite()), nil)
	require.ErrorIs(t, err, errWrite)
}

var errWrite = errors.New("disk full")

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errWrite }

// TestCommittedReportIsCurrent fails when docs/benchmarks.md misses a case
// of the suite: regenerate it with go run ./bench/report.
func TestCommittedReportIsCurrent(t *testing.T) {
	root, err := moduleRoot()
	require.NoError(t, err)
	md, err := os.ReadFile(filepath.Join(root, "docs", "benchmarks.md"))
	if errors.Is(err, os.ErrNotExist) {
		t.Skip("no docs/benchmarks.md")
	}
	require.NoError(t, err)
	listed := listedCases(string(md))
	for _, name := range caseNames(bench.Suite()) {
		require.Containsf(t, listed, name, "docs/benchmarks.md is stale: regenerate it with go run ./bench/report")
	}
	if svg, err := os.ReadFile(filepath.Join(root, "docs", "benchmarks.svg")); err == nil {
		requireWellFormed(t, svg)
	}
}

// requireWellFormed decodes the whole document as XML and checks that its
// root is an svg element; it returns the number of rect elements.
func requireWellFormed(t *testing.T, doc []byte) int {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(doc))
	rects, depth := 0, 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		switch el := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				require.Equal(t, "svg", el.Name.Local)
				require.Equal(t, "http://www.w3.org/2000/svg", el.Name.Space)
			}
			if el.Name.Local == "rect" {
				rects++
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
	require.Zero(t, depth)
	return rects
}

func TestSVGIsWellFormed(t *testing.T) {
	for _, tc := range []struct {
		name   string
		ratios []float64
		log    bool
	}{
		{"wide ranges use a log scale", []float64{0.0004, 0.3, 1, 2.5}, true},
		{"narrow ranges use a linear scale", []float64{0.5, 0.9, 1.2}, false},
		{"worse than every peer", []float64{3, 7}, false},
		{"no bars", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var bs []bar
			for i, r := range tc.ratios {
				bs = append(bs, bar{label: "Encode/doc=<x&y> " + strings.Repeat("i", i), value: formatRatio(r), ratio: r})
			}
			require.Equal(t, tc.log, newScale(bs).log)
			var svg bytes.Buffer
			require.NoError(t, writeSVG(&svg, `mapkit "benchmarks" & <peers>`, bs))
			require.Equal(t, len(bs)+1, requireWellFormed(t, svg.Bytes()), "background and one rect per bar")
			require.NotContains(t, svg.String(), "<script")
			require.NotContains(t, svg.String(), "href")
		})
	}
}

func TestSVGOfTheSuite(t *testing.T) {
	var svg bytes.Buffer
	rs := fakeResults(bench.Suite())
	require.NoError(t, writeSVG(&svg, "mapkit benchmarks", chartBars(rs)))
	requireWellFormed(t, svg.Bytes())
}

func TestChartBars(t *testing.T) {
	cases := []bench.Case{
		{Group: bench.GroupLog, Workload: "map=order", Impl: "zaplog", Role: bench.Mapkit},
		{Group: bench.GroupLog, Workload: "map=order", Impl: "zap", Role: bench.Peer},
		{Group: bench.GroupMemory, Workload: "encode=20MB", Impl: "mapkit", Role: bench.Mapkit, Metrics: []string{bench.MaxWrite, bench.AllocBytes}},
		{Group: bench.GroupMemory, Workload: "encode=20MB", Impl: "std", Role: bench.Peer, Metrics: []string{bench.MaxWrite, bench.AllocBytes}},
		{Group: bench.GroupEncode, Workload: "map=x", Impl: "mapkit", Role: bench.Mapkit},
		{Group: bench.GroupEncode, Workload: "map=x", Impl: "std", Role: bench.Peer},
	}
	samples := [][]sample{
		{{bench.NsPerOp: 10}}, {{bench.NsPerOp: 1000}},
		{{bench.NsPerOp: 10, bench.MaxWrite: 100, bench.AllocBytes: 0}}, {{bench.NsPerOp: 1, bench.MaxWrite: 1000, bench.AllocBytes: 0}},
		{{bench.NsPerOp: 10}}, {{bench.NsPerOp: 0}},
	}
	bs := chartBars(summarise(cases, samples))
	require.Equal(t, []bar{
		{label: "Log/map=order zaplog (time vs zap)", value: "0.010×", ratio: 0.01},
		{label: "Memory/encode=20MB (max write vs std)", value: "0.10×", ratio: 0.1},
	}, bs, "peers and infinite ratios are left out")
}

func TestScale(t *testing.T) {
	s := newScale([]bar{{ratio: 0.004}, {ratio: 3}})
	require.True(t, s.log)
	require.Equal(t, []float64{0.001, 0.01, 0.1, 1, 10}, s.ticks)
	require.InDelta(t, float64(plotLeft), s.x(0.001), 1e-9)
	require.InDelta(t, float64(plotRight), s.x(10), 1e-9)
	lin := newScale([]bar{{ratio: 0.5}, {ratio: 1.1}})
	require.False(t, lin.log)
	require.InDelta(t, float64(plotLeft), lin.x(0), 1e-9)
	require.Greater(t, lin.x(1.1), lin.x(1))
	require.LessOrEqual(t, lin.x(1.1), float64(plotRight))
}

func TestRunWritesReport(t *testing.T) {
	out := t.TempDir()
	var progress bytes.Buffer
	require.NoError(t, run([]string{"-run", `^Iterate/keys=1000/impl=(range|prealloc-sort)$`, "-rounds", "2", "-benchtime", "1x", "-out", out}, &progress))
	require.Contains(t, progress.String(), "round 2/2")
	md, err := os.ReadFile(filepath.Join(out, "benchmarks.md"))
	require.NoError(t, err)
	require.Equal(t, []string{"Iterate/keys=1000/impl=prealloc-sort", "Iterate/keys=1000/impl=range"}, listedCases(string(md)))
	require.Contains(t, string(md), "`go run ./bench/report -run ^Iterate/keys=1000/impl=(range|prealloc-sort)$ -rounds 2 -benchtime 1x -out "+out+"`")
	svg, err := os.ReadFile(filepath.Join(out, "benchmarks.svg"))
	require.NoError(t, err)
	requireWellFormed(t, svg)
}

func TestMeasureInterleaves(t *testing.T) {
	cases := []bench.Case{{Impl: "a"}, {Impl: "b"}, {Impl: "c"}}
	var order []string
	samples := measure(cases, 3, func(c bench.Case) (sample, bool) {
		order = append(order, c.Impl)
		return sample{bench.NsPerOp: float64(len(order))}, c.Impl != "b"
	}, io.Discard)
	require.Equal(t, strings.Split("abcabcabc", ""), order)
	require.Equal(t, [][]sample{
		{{bench.NsPerOp: 1}, {bench.NsPerOp: 4}, {bench.NsPerOp: 7}},
		nil,
		{{bench.NsPerOp: 3}, {bench.NsPerOp: 6}, {bench.NsPerOp: 9}},
	}, samples)
}
