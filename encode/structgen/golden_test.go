package structgen

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenCase is a document kind kept in testdata with its expected output.
type goldenCase struct {
	golden string   // file name in testdata
	files  []string // sample files in testdata
	opts   Options
}

var goldenCases = []goldenCase{
	{golden: "deployment.golden", files: []string{"deployment.json"}, opts: Options{Package: "k8s", TypeName: "Deployment"}},
	{golden: "package.golden", files: []string{"package.json"}, opts: Options{Package: "npm", TypeName: "Package"}},
	{golden: "service.golden", files: []string{"service/base.json", "service/tls.json", "service/canary.json"}, opts: Options{Package: "config", TypeName: "Config"}},
	{golden: "gateway.golden", files: []string{"gateway/prod.json", "gateway/staging.json", "gateway/dev.json"},
		opts: Options{Package: "gateway", TypeName: "Gateway", Required: true, Maps: []string{"limits"}, Structs: map[string]string{"retry": "RetryPolicy"}}},
}

func (c goldenCase) samples(t *testing.T) [][]byte {
	t.Helper()
	var out [][]byte
	for _, f := range c.files {
		data, err := os.ReadFile(filepath.Join("testdata", f))
		require.NoError(t, err)
		out = append(out, data)
	}
	return out
}

// TestGolden compares the generated source with testdata/*.golden; run with
// -update to rewrite them.
func TestGolden(t *testing.T) {
	for _, c := range goldenCases {
		t.Run(c.golden, func(t *testing.T) {
			opts := c.opts
			opts.Names = c.files
			got, err := Generate(c.samples(t), opts)
			require.NoError(t, err)
			path := filepath.Join("testdata", c.golden)
			if *update {
				require.NoError(t, os.WriteFile(path, got, 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err)
			require.Equal(t, string(want), string(got))
		})
	}
}
