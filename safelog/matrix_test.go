package safelog_test

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/mapkit-go/mapkit/internal/testsupport"

	"github.com/mapkit-go/mapkit/safelog"
	"github.com/mapkit-go/mapkit/safelog/internal/hiding"
	"github.com/mapkit-go/mapkit/safelog/internal/hostile"
)

// rawUnsafe are characters no output may hold raw: they end a line, drive
// a terminal or reorder what it shows.
var rawUnsafe = []string{"\n", "\r", "\x1b", "\x00", "\x7f", "\u0085", "\u2028", "\u2029", "\u202e", "\u2066", "\u200e", "\u061c"}

// requireClean checks one rendering: valid UTF-8, no raw unsafe character.
func requireClean(t *testing.T, what, out string) {
	t.Helper()
	require.True(t, utf8.ValidString(out), "%s: valid UTF-8", what)
	for _, c := range rawUnsafe {
		require.NotContains(t, out, c, "%s: no raw %q", what, c)
	}
}

// hostileCases are the shared hostile table and the cases that need
// safelog itself.
func hostileCases() []hostile.Case {
	return append(hostile.Cases(), hostile.Case{Name: "String formatting its own receiver", New: func() any {
		return hostile.Selfish{Format: func(v any) string { return safelog.Format(v, safelog.Limits{}) }}
	}})
}

// TestHostileMatrix runs the hostile table through every safelog sink under
// every limit set of hiding.Limits: the text and JSON forms never exceed
// MaxBytes, every slog line is one clean line of valid JSON (or text), and
// all of them return.
func TestHostileMatrix(t *testing.T) {
	for _, c := range hostileCases() {
		t.Run(c.Name, func(t *testing.T) {
			v := c.New()
			sets := hiding.Limits()
			if testsupport.Light() || strings.HasPrefix(c.Name, "million") || strings.HasPrefix(c.Name, "100,000") {
				sets = sets[len(sets)-3:] // a walk of a million entries per set: three sets will do
			}
			for _, l := range sets {
				lim := limitsOf(l)
				budget := lim.MaxBytes
				switch {
				case budget == 0:
					budget = safelog.DefaultLimits.MaxBytes
				case budget < 0:
					budget = math.MaxInt
				}
				text := safelog.Format(v, lim)
				requireClean(t, "Format", text)
				require.LessOrEqual(t, len(text), budget, "Format within %v", l)
				js, err := safelog.Bounded(v, lim).MarshalJSON()
				require.NoError(t, err)
				require.True(t, json.Valid(js), "MarshalJSON within %v: %s", l, js)
				requireClean(t, "MarshalJSON", string(js))
				require.LessOrEqual(t, len(js), max(budget, len("null")), "MarshalJSON within %v", l)
				if l == [4]int{-1, -1, -1, -1} && strings.Contains(c.Name, "MB") {
					continue // no limits at all: the line is as big as the value
				}
				for name, h := range slogSinks(lim) {
					if name == "ReplaceAttr" && (c.Name == "LogValue group of itself twice" || strings.HasSuffix(c.Name, "group")) {
						// slog resolves LogValuers and opens groups itself
						// and calls ReplaceAttr on their leaves only.
						continue
					}
					var buf bytes.Buffer
					attr := slog.Any("v", v)
					if name == "AnyWith" {
						attr = safelog.AnyWith("v", v, lim)
					}
					slog.New(h(&buf)).With(attr).WithGroup("g").Info("hostile", attr)
					line := buf.String()
					require.Equal(t, 1, strings.Count(line, "\n"), "%s: one line", name)
					requireClean(t, name, strings.TrimSuffix(line, "\n"))
					if !strings.HasPrefix(name, "text") {
						require.True(t, json.Valid([]byte(line)), "%s within %v: %s", name, l, line)
					}
					if lim.MaxBytes > 0 && lim.MaxString > 0 || l == [4]int{} {
						require.Less(t, len(line), 3*budget+4096, "%s within %v: a bounded line", name, l)
					}
				}
			}
		})
	}
}

// slogSinks are the slog paths, by name, as handler constructors.
func slogSinks(lim safelog.Limits) map[string]func(*bytes.Buffer) slog.Handler {
	return map[string]func(*bytes.Buffer) slog.Handler{
		"AnyWith": func(b *bytes.Buffer) slog.Handler { return slog.NewJSONHandler(b, nil) },
		"NewHandler": func(b *bytes.Buffer) slog.Handler {
			return safelog.NewHandler(slog.NewJSONHandler(b, nil), lim)
		},
		"text NewHandler": func(b *bytes.Buffer) slog.Handler {
			return safelog.NewHandler(slog.NewTextHandler(b, nil), lim)
		},
		"ReplaceAttr": func(b *bytes.Buffer) slog.Handler {
			return slog.NewJSONHandler(b, &slog.HandlerOptions{ReplaceAttr: safelog.ReplaceAttr(lim)})
		},
	}
}
