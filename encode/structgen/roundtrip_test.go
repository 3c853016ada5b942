package structgen

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// roundTripCase is one document kind: the samples to generate its types
// from, and documents that strict decoding into them must reject.
type roundTripCase struct {
	name    string
	samples [][]byte
	rejects [][]byte
	opts    Options // Package is set by roundTripFailures
}

// roundTripResult is what the check program prints for one sample.
type roundTripResult struct {
	Case, Sample int
	Out          string
	Err          string
}

// roundTripFailures generates the types of every case into its own package
// of one program and runs it once: every sample must decode strictly into
// its case's root type and encode back to the same JSON. It returns one message per sample that did not survive and
// per reject that was accepted.
func roundTripFailures(t *testing.T, cases []roundTripCase) []string {
	t.Helper()
	goBin, err := exec.LookPath("go") // go test puts its own go first in PATH
	if err != nil {
		t.Skip("no go command to compile the generated types with")
	}
	root := moduleRoot(t)
	dir := t.TempDir()
	goMod := fmt.Sprintf("module structgencheck\n\ngo 1.24\n\nrequire github.com/mapkit-go/mapkit v0.0.0\n\nreplace github.com/mapkit-go/mapkit => %s\n", root)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte(goMod), 0o644))
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644))

	var imports, checks, samples strings.Builder
	for i, c := range cases {
		pkg := "c" + strconv.Itoa(i)
		opts := c.opts
		opts.Package = pkg
		if opts.TypeName == "" {
			opts.TypeName = "Root"
		}
		src, err := Generate(c.samples, opts)
		require.NoError(t, err, c.name)
		require.NoError(t, os.MkdirAll(filepath.Join(dir, pkg), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, pkg, "types.go"), src, 0o644))
		fmt.Fprintf(&imports, "\t%q\n", "structgencheck/"+pkg)
		fmt.Fprintf(&checks, "\tcheck[%s.%s],\n", pkg, opts.TypeName)
		samples.WriteString("\t{")
		for j, s := range append(c.samples[:len(c.samples):len(c.samples)], c.rejects...) {
			file := filepath.Join(dir, fmt.Sprintf("%s_%d.json", pkg, j))
			require.NoError(t, os.WriteFile(file, s, 0o644))
			samples.WriteString(strconv.Quote(file) + ", ")
		}
		samples.WriteString("},\n")
	}
	program := fmt.Sprintf(checkProgram, imports.String(), checks.String(), samples.String())
	require.NoError(t, os.WriteFile(filepath.Join(dir, "main.go"), []byte(program), 0o644))

	cmd := exec.Command(goBin, "run", ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off", "GOSUMDB=off", "GOTOOLCHAIN=local")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "check program: %s", stderr.String())

	var failures []string
	seen := 0
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var r roundTripResult
		require.NoError(t, json.Unmarshal(sc.Bytes(), &r))
		seen++
		c := cases[r.Case]
		if r.Sample >= len(c.samples) {
			if r.Err == "" {
				failures = append(failures, fmt.Sprintf("%s: strict decoding accepted %s", c.name, c.rejects[r.Sample-len(c.samples)]))
			}
			continue
		}
		in := c.samples[r.Sample]
		if r.Err != "" {
			failures = append(failures, fmt.Sprintf("%s sample %d: decode: %s\nin:  %s", c.name, r.Sample, r.Err, in))
			continue
		}
		eq, err := jsonEqual(in, []byte(r.Out))
		require.NoError(t, err)
		if !eq {
			failures = append(failures, fmt.Sprintf("%s sample %d differs\nin:  %s\nout: %s", c.name, r.Sample, in, r.Out))
		}
	}
	require.NoError(t, sc.Err())
	total := 0
	for _, c := range cases {
		total += len(c.samples) + len(c.rejects)
	}
	require.Equal(t, total, seen, "the check program printed a result per sample")
	return failures
}

// checkProgram decodes every sample file strictly into its case's root type
// and prints the re-encoded JSON, one roundTripResult per line.
const checkProgram = `package main

import (
	"encoding/json"
	"os"

	"github.com/mapkit-go/mapkit/encode"
%s)

func check[T any](file string) (string, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return "", err
	}
	var v T
	if err := encode.Unmarshal(data, &v, encode.Strict()); err != nil {
		return "", err
	}
	out, err := json.Marshal(v)
	return string(out), err
}

var checks = []func(string) (string, error){
%s}

var samples = [][]string{
%s}

func main() {
	enc := json.NewEncoder(os.Stdout)
	for i, check := range checks {
		for j, s := range samples[i] {
			out, err := check(s)
			r := struct {
				Case, Sample int
				Out          string
				Err          string
			}{Case: i, Sample: j, Out: out}
			if err != nil {
				r.Err = err.Error()
			}
			if err := enc.Encode(r); err != nil {
				panic(err)
			}
		}
	}
}
`

// moduleRoot returns the directory holding the module's go.mod.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	require.NoError(t, err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		require.NotEqual(t, dir, parent, "no go.mod above the package")
		dir = parent
	}
}
