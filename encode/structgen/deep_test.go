package structgen

import (
	"strings"
	"testing"

	"github.com/mapkit-go/mapkit/internal/testsupport"

	"github.com/stretchr/testify/require"
)

// TestDeepNesting: documents as deep as encoding/json accepts are inferred,
// and deeper ones are rejected with a position, not a crash.
func TestDeepNesting(t *testing.T) {
	depth := 9999 // encoding/json's limit is 10000
	if testsupport.Race {
		depth = 2000
	}
	arrays := strings.Repeat("[", depth) + "1" + strings.Repeat("]", depth)
	objects := strings.Repeat(`{"a":`, depth) + "1" + strings.Repeat("}", depth)
	for _, doc := range []string{arrays, objects} {
		src, err := Generate(docs(doc, doc), Options{})
		require.NoError(t, err)
		require.NotEmpty(t, src)
	}
	_, err := Infer(docs(strings.Repeat("[", 20000)+strings.Repeat("]", 20000)), nil)
	var se *SampleError
	require.ErrorAs(t, err, &se)
	require.Contains(t, se.Msg, "exceeded max depth")
}
