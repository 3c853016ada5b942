package zaplog_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mapkit-go/mapkit/internal/testsupport"

	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"

	"github.com/mapkit-go/mapkit/safelog"
	"github.com/mapkit-go/mapkit/safelog/internal/hostile"
	"github.com/mapkit-go/mapkit/safelog/zaplog"
)

func TestHostile(t *testing.T) {
	for _, c := range hostile.Cases() {
		t.Run(c.Name, func(t *testing.T) {
			v := c.New()
			var buf bytes.Buffer
			field := zap.New(jsonCore(&buf))
			wrapped := zap.New(zaplog.WrapCore(jsonCore(&buf), safelog.Limits{}))
			heavy := testsupport.Race && (strings.HasPrefix(c.Name, "million") || strings.HasPrefix(c.Name, "100,000"))
			for name, log := range map[string]func(){
				"field":        func() { field.Info("hostile", zaplog.Any("v", v)) },
				"wrapped Any":  func() { wrapped.Info("hostile", zap.Any("v", v)) },
				"wrapped With": func() { wrapped.With(zap.Reflect("v", v)).Info("hostile") },
			} {
				if heavy && name != "wrapped Any" {
					continue // under the race detector a million-key walk is slow: once is enough
				}
				buf.Reset()
				log()
				line := buf.String()
				require.Equal(t, 1, strings.Count(line, "\n"), "%s: one line", name)
				require.True(t, json.Valid([]byte(line)), "%s: %s", name, line)
				require.True(t, utf8.ValidString(line))
				require.Less(t, len(line), 6*4096, name)
			}
			core, logs := observer.New(zap.InfoLevel)
			zap.New(zaplog.WrapCore(core, safelog.Limits{})).Info("hostile", zap.Any("v", v), zaplog.Any("w", v))
			require.Len(t, logs.All()[0].ContextMap(), 2)
		})
	}
}
