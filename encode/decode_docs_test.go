package encode

import (
	"encoding/json"
	"testing"

	"github.com/mapkit-go/mapkit/internal/doctypes"
	"github.com/mapkit-go/mapkit/internal/testsupport"
	"github.com/stretchr/testify/require"
)

// docTargets pairs the real documents with the types structgen infers
// for them (none for canada, a large array of numbers).
var docTargets = []struct {
	doc string
	new func() any
}{
	{"twitter", func() any { return new(doctypes.Twitter) }},
	{"citm_catalog", func() any { return new(doctypes.Citm) }},
	{"canada", nil},
}

func TestRealDocumentsDecodeAsEncodingJSON(t *testing.T) {
	for _, tc := range docTargets {
		t.Run(tc.doc, func(t *testing.T) {
			if tc.new == nil && testsupport.Light() {
				t.Skip("numbers only; slow under the race detector")
			}
			data := testsupport.Document(t, tc.doc)
			var want, got any
			require.NoError(t, json.Unmarshal(data, &want))
			require.NoError(t, Unmarshal(data, &got, Strict()))
			require.Equal(t, want, got)
			if tc.new == nil {
				return
			}

			typedStd, typedOur := tc.new(), tc.new()
			require.NoError(t, json.Unmarshal(data, typedStd))
			require.NoError(t, Unmarshal(data, typedOur, Strict()))
			require.Equal(t, typedStd, typedOur)

			tree, err := treeOf(string(data))
			require.NoError(t, err)
			converted := tc.new()
			require.NoError(t, Convert(tree, converted, Strict()))
			require.Equal(t, typedStd, converted)
		})
	}
}
