package safelog_test

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"testing"
	"testing/slogtest"

	"github.com/stretchr/testify/require"

	"github.com/mapkit-go/mapkit/safelog"
)

// TestSlogtest runs the standard handler conformance suite on a JSON
// handler wrapped by NewHandler.
func TestSlogtest(t *testing.T) {
	var buf bytes.Buffer
	newHandler := func(*testing.T) slog.Handler {
		buf.Reset()
		return safelog.NewHandler(slog.NewJSONHandler(&buf, nil), safelog.Limits{})
	}
	result := func(t *testing.T) map[string]any {
		var m map[string]any
		require.NoError(t, json.Unmarshal(buf.Bytes(), &m))
		return m
	}
	slogtest.Run(t, newHandler, result)
}
