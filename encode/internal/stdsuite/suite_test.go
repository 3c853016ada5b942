//go:build !mapkit_stdsuite

package json

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/mapkit-go/mapkit/internal/testsupport"
	"github.com/stretchr/testify/require"
)

// testEvent is one line of `go test -json`.
type testEvent struct {
	Action string
	Test   string
	Output string
}

// TestEncodingJSONSuite runs the test files of the toolchain's own
// encoding/json package against encode: it ports them into this package
// (see portFile), overlays them on it and runs them in a child `go test`.
// Under GOEXPERIMENT=jsonv2 the toolchain's build constraints select the
// tests of the v2-based encoding/json instead.
func TestEncodingJSONSuite(t *testing.T) {
	if testsupport.Race {
		t.Skip("runs once, without -race: the child go test would build the suite a second time with the race detector")
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	require.NoError(t, err)
	stdDir := filepath.Join(strings.TrimSpace(string(goroot)), "src", "encoding", "json")
	if _, err := os.Stat(stdDir); err != nil {
		t.Skipf("the toolchain ships no encoding/json sources: %v", err)
	}
	tmp := t.TempDir()
	ported, err := portSuite(stdDir, tmp)
	require.NoError(t, err)
	require.NotEmpty(t, ported)

	pkgDir, err := os.Getwd()
	require.NoError(t, err)
	overlay := map[string]map[string]string{"Replace": {}}
	for _, name := range ported {
		overlay["Replace"][filepath.Join(pkgDir, name)] = filepath.Join(tmp, name)
	}
	ob, err := json.Marshal(overlay)
	require.NoError(t, err)
	overlayFile := filepath.Join(tmp, "overlay.json")
	require.NoError(t, os.WriteFile(overlayFile, ob, 0o644))

	cmd := exec.Command("go", "test", "-count=1", "-json", "-tags", "mapkit_stdsuite", "-overlay", overlayFile, ".")
	cmd.Dir = pkgDir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, runErr := cmd.Output()

	var passed, failed, skipped []string
	output := map[string]*strings.Builder{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var ev testEvent
		if json.Unmarshal(sc.Bytes(), &ev) != nil || ev.Test == "" {
			continue
		}
		switch ev.Action {
		case "output":
			if output[ev.Test] == nil {
				output[ev.Test] = &strings.Builder{}
			}
			output[ev.Test].WriteString(ev.Output)
		case "pass":
			passed = append(passed, ev.Test)
		case "fail":
			failed = append(failed, ev.Test)
		case "skip":
			skipped = append(skipped, ev.Test)
		}
	}
	if len(passed)+len(failed) == 0 {
		t.Fatalf("the ported suite did not run: %v\n%s\n%s", runErr, stderr.String(), lastLines(out, 40))
	}
	t.Logf("ported %d files; %d tests and subtests passed, %d failed, %d skipped", len(ported), len(passed), len(failed), len(skipped))
	t.Logf("not ported: %d files (see skippedFiles)", len(skippedFiles))

	for _, name := range failed {
		if knownDifference(name) || hasFailedChild(name, failed) {
			continue
		}
		t.Errorf("%s fails against encode:\n%s", name, output[name])
	}
	for name, why := range knownDifferences {
		if slices.Contains(passed, name) {
			t.Errorf("%s is listed as a known difference (%s) but passes: remove it from the list", name, why)
		}
	}
}

// hasFailedChild reports whether a failing test failed only through one of
// its subtests, which is reported on its own.
func hasFailedChild(name string, failed []string) bool {
	return slices.ContainsFunc(failed, func(f string) bool { return strings.HasPrefix(f, name+"/") })
}

// lastLines returns the last n lines of b, for a failure message.
func lastLines(b []byte, n int) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// knownDifference reports whether the failing test name, or a test it is a
// subtest of, is listed in knownDifferences.
func knownDifference(name string) bool {
	for {
		if _, ok := knownDifferences[name]; ok {
			return true
		}
		i := strings.LastIndex(name, "/")
		if i < 0 {
			return false
		}
		name = name[:i]
	}
}
