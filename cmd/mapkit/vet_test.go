package main

import (
	"errors"
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestIsVetTool(t *testing.T) {
	tests := []struct {
		args []string
		want bool
	}{
		{nil, false},
		{[]string{"vet", "./..."}, false},
		{[]string{"tour"}, false},
		{[]string{"-V=full"}, true},
		{[]string{"-flags"}, true},
		{[]string{"-maplog", "/tmp/go-build1/b001/vet.cfg"}, true},
		{[]string{"/tmp/go-build1/b001/vet.cfg"}, true},
		{[]string{"-test.v", "-test.run=TestIsVetTool"}, false},
	}
	for _, tc := range tests {
		require.Equal(t, tc.want, isVetTool(tc.args), "%q", tc.args)
	}
}

// demo is a module with one finding for maplog and one for mapappend.
const demo = `package demo

import "fmt"

func Keys(m map[string]int) []string {
	fmt.Println("m", m)
	ks := []string{}
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}
`

// TestVetEndToEnd builds the command and runs it on a small module three
// ways: mapkit vet, mapkit vet -fix and go vet -vettool.
func TestVetEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and runs go vet")
	}
	bin := filepath.Join(t.TempDir(), "mapkit")
	build := exec.Command("go", "build", "-o", bin, ".")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "%s", out)

	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/demo\n\ngo 1.24\n"), 0o644))
	src := filepath.Join(dir, "demo.go")
	require.NoError(t, os.WriteFile(src, []byte(demo), 0o644))
	env := append(os.Environ(), "GOWORK=off", "GOFLAGS=", "GOPROXY=off")
	runIn := func(name string, args ...string) (string, int) {
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.CombinedOutput()
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return string(out), exit.ExitCode()
		}
		require.NoError(t, err, "%s", out)
		return string(out), 0
	}

	out1, code := runIn(bin, "vet", "./...")
	require.Equal(t, 3, code, out1)
	require.Contains(t, out1, "demo.go:6:19: fmt walks the whole map")
	require.Contains(t, out1, "demo.go:7:2: ks gets one element per entry of m")

	out2, code := runIn("go", "vet", "-vettool="+bin, "./...")
	require.NotEqual(t, 0, code, out2)
	require.Contains(t, out2, "fmt walks the whole map")
	require.Contains(t, out2, "ks gets one element per entry of m")

	out3, code := runIn(bin, "vet", "-fix", "./...")
	require.Contains(t, []int{0, 3}, code, out3)
	fixed, err := os.ReadFile(src)
	require.NoError(t, err)
	require.Contains(t, string(fixed), `fmt.Println("m", safelog.Format(m, safelog.DefaultLimits))`)
	require.Contains(t, string(fixed), "ks := make([]string, 0, len(m))")
	require.Contains(t, string(fixed), `"github.com/mapkit-go/mapkit/safelog"`)
	formatted, err := format.Source(fixed)
	require.NoError(t, err)
	require.Equal(t, string(formatted), string(fixed), "the fixed file is gofmt-formatted")
}
