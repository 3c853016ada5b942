package zaplog_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// jsonCore returns a real zap JSON core writing to buf, without time.
func jsonCore(buf *bytes.Buffer) zapcore.Core {
	cfg := zap.NewProductionEncoderConfig()
	cfg.TimeKey = ""
	return zapcore.NewCore(zapcore.NewJSONEncoder(cfg), zapcore.AddSync(buf), zap.DebugLevel)
}

// decode checks that buf holds one valid JSON line and decodes it.
func decode(t *testing.T, buf *bytes.Buffer) map[string]any {
	t.Helper()
	line := buf.String()
	require.Equal(t, 1, strings.Count(line, "\n"), "one line: %q", line)
	require.True(t, json.Valid([]byte(line)), "valid JSON: %s", line)
	var m map[string]any
	require.NoError(t, json.Unmarshal([]byte(line), &m))
	delete(m, "level")
	delete(m, "msg")
	return m
}
