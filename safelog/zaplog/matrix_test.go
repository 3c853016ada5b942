package zaplog_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/mapkit-go/mapkit/internal/testsupport"
	"github.com/mapkit-go/mapkit/safelog"
	"github.com/mapkit-go/mapkit/safelog/internal/hiding"
	"github.com/mapkit-go/mapkit/safelog/internal/hostile"
	"github.com/mapkit-go/mapkit/safelog/zaplog"
)

// rawUnsafe are characters no line may hold raw.
var rawUnsafe = []string{"\n", "\r", "\x1b", "\x00", "\x7f", "\u0085", "\u2028", "\u2029", "\u202e", "\u2066", "\u200e", "\u061c"}

// hostileFields are the ways a hostile value reaches a wrapped core: every
// field type that can carry unbounded data.
func hostileFields(v any) map[string]zap.Field {
	s := safelog.Format(v, safelog.NoLimits)
	return map[string]zap.Field{
		"Any":        zap.Any("v", v),
		"Reflect":    zap.Reflect("v", v),
		"Error":      zap.Error(errors.New(s)),
		"NamedError": zap.NamedError(s, errors.New(s)),
		"ByteString": zap.ByteString("v", []byte(s)),
		"Binary":     zap.Binary("v", []byte(s)),
		"Stringer":   zap.Stringer("v", stringerOf(s)),
		"Strings":    zap.Strings("v", []string{s, s}),
		"String key": zap.String(s, "v"),
	}
}

type stringerOf string

func (s stringerOf) String() string { return string(s) }

// TestHostileMatrix runs the hostile table through zaplog.AnyWith and
// WrapCore, as every field type, under every limit set of hiding.Limits:
// one clean line of valid JSON, bounded when MaxBytes and MaxString are.
func TestHostileMatrix(t *testing.T) {
	for _, c := range hostile.Cases() {
		t.Run(c.Name, func(t *testing.T) {
			v := c.New()
			sets := hiding.Limits()
			heavy := strings.HasPrefix(c.Name, "million") || strings.HasPrefix(c.Name, "100,000")
			if testsupport.Light() || heavy {
				sets = sets[len(sets)-3:]
			}
			for _, l := range sets {
				lim := safelog.Limits{MaxKeys: l[0], MaxDepth: l[1], MaxBytes: l[2], MaxString: l[3]}
				if l == [4]int{-1, -1, -1, -1} && (strings.Contains(c.Name, "MB") || heavy) {
					continue // no limits at all: the line is as big as the value
				}
				fields := map[string]zap.Field{"AnyWith": zaplog.AnyWith("v", v, lim)}
				if !heavy {
					for name, f := range hostileFields(v) {
						fields["WrapCore "+name] = f
					}
				} else {
					fields["WrapCore Any"] = zap.Any("v", v)
				}
				for name, f := range fields {
					var buf bytes.Buffer
					core := jsonCore(&buf)
					if strings.HasPrefix(name, "WrapCore") {
						core = zaplog.WrapCore(core, lim)
					}
					zap.New(core).With(f).Info("hostile", f)
					line := buf.String()
					require.Equal(t, 1, strings.Count(line, "\n"), "%s within %v: one line", name, l)
					require.True(t, json.Valid([]byte(line)), "%s within %v: %.300s", name, l, line)
					require.True(t, utf8.ValidString(line))
					for _, r := range rawUnsafe {
						require.NotContains(t, strings.TrimSuffix(line, "\n"), r, "%s: no raw %q", name, r)
					}
					if budget := resolvedBytes(lim); budget < math.MaxInt && (lim.MaxString >= 0) {
						require.Less(t, len(line), 4*budget+2048, "%s within %v: a bounded line", name, l)
					}
				}
			}
		})
	}
}

func resolvedBytes(lim safelog.Limits) int {
	switch {
	case lim.MaxBytes == 0:
		return safelog.DefaultLimits.MaxBytes
	case lim.MaxBytes < 0:
		return math.MaxInt
	}
	return lim.MaxBytes
}

var _ zapcore.Core = zaplog.WrapCore(zapcore.NewNopCore(), safelog.Limits{})
