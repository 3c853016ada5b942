// Command report runs the bench suite in process and writes
// docs/benchmarks.md (tables of medians and ratios) and docs/benchmarks.svg
// (a bar chart of mapkit's ratios to the best alternative).
//
// Usage, from anywhere in the module:
//
//	go run ./bench/report [-quick] [-rounds n] [-benchtime d] [-run regexp] [-out dir]
//
// Cases run in interleaved rounds (every case once per round, in suite
// order), and each figure is the median over the rounds. Progress goes to
// stderr. A full run takes several minutes; -quick takes about one. With
// -run, only the matching cases are measured and reported.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/mapkit-go/mapkit/bench"
)

func main() {
	err := run(os.Args[1:], os.Stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		os.Exit(0)
	case err != nil:
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(2)
	}
}

func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	quick := fs.Bool("quick", false, "a quick run: 2 rounds of 100ms unless -rounds or -benchtime say otherwise")
	rounds := fs.Int("rounds", 6, "interleaved rounds; figures are medians over them")
	benchtime := fs.String("benchtime", "500ms", "run time per case per round, as go test's -benchtime (e.g. 1s, 100x)")
	out := fs.String("out", "", "output directory (default: docs/ at the module root)")
	filter := fs.String("run", "", "measure only the cases whose name (Encode/doc=twitter/impl=goccy) matches this regexp")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if *quick && !set["rounds"] {
		*rounds = 2
	}
	if *quick && !set["benchtime"] {
		*benchtime = "100ms"
	}
	if *rounds < 1 {
		return fmt.Errorf("-rounds %d: need at least 1", *rounds)
	}
	re, err := regexp.Compile(*filter)
	if err != nil {
		return fmt.Errorf("-run: %w", err)
	}
	if *out == "" {
		root, err := moduleRoot()
		if err != nil {
			return err
		}
		*out = filepath.Join(root, "docs")
	}
	testing.Init()
	if err := flag.Set("test.benchtime", *benchtime); err != nil {
		return fmt.Errorf("-benchtime: %w", err)
	}

	var cases []bench.Case
	for _, c := range bench.Suite() {
		if re.MatchString(c.Name()) {
			cases = append(cases, c)
		}
	}
	if len(cases) == 0 {
		return fmt.Errorf("-run %q matches no case", *filter)
	}
	fmt.Fprintf(stderr, "%d cases × %d rounds, benchtime %s\n", len(cases), *rounds, *benchtime)
	rs := summarise(cases, measure(cases, *rounds, runBenchmark, stderr))

	e := env{
		command:   strings.Join(append([]string{"go run ./bench/report"}, args...), " "),
		date:      time.Now().UTC().Format("2006-01-02"),
		goVersion: runtime.Version(),
		platform:  runtime.GOOS + "/" + runtime.GOARCH,
		cpu:       cpuModel(),
		rounds:    *rounds,
		benchtime: *benchtime,
	}
	var md, svg bytes.Buffer
	if err := writeMarkdown(&md, e, rs, bench.Notes()); err != nil {
		return err
	}
	if err := writeSVG(&svg, "mapkit benchmarks", chartBars(rs)); err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	for name, b := range map[string][]byte{"benchmarks.md": md.Bytes(), "benchmarks.svg": svg.Bytes()} {
		if err := os.WriteFile(filepath.Join(*out, name), b, 0o644); err != nil {
			return err
		}
	}
	fmt.Fprintf(stderr, "wrote %s and %s\n", filepath.Join(*out, "benchmarks.md"), filepath.Join(*out, "benchmarks.svg"))
	return nil
}
