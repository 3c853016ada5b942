package safelog_test

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mapkit-go/mapkit/internal/testsupport"

	"github.com/stretchr/testify/require"

	"github.com/mapkit-go/mapkit/safelog"
	"github.com/mapkit-go/mapkit/safelog/internal/hostile"
)

// maxLine bounds a whole log line carrying one hostile value with default
// limits: the value's budget, plus escapes and the handler's own syntax.
const maxLine = 6 * 4096

// requireLine checks one log line: a single line of valid UTF-8, bounded.
func requireLine(t *testing.T, line string) {
	t.Helper()
	require.True(t, strings.HasSuffix(line, "\n"), "a line ends with a newline")
	require.Equal(t, 1, strings.Count(line, "\n"), "one line: %q", line)
	require.NotContains(t, line, "\r")
	require.NotContains(t, line, "\x1b")
	require.True(t, utf8.ValidString(line))
	require.LessOrEqual(t, len(line), maxLine)
}

// heavy cases walk a million keys or 10,000 levels per call: under the race
// detector they run with one set of limits and one logger.
func heavy(c hostile.Case) bool {
	return testsupport.Race && (strings.HasPrefix(c.Name, "million") || strings.HasPrefix(c.Name, "100,000"))
}

func TestHostileFormat(t *testing.T) {
	for _, c := range hostile.Cases() {
		t.Run(c.Name, func(t *testing.T) {
			v := c.New()
			limits := []safelog.Limits{{}, {MaxKeys: 1, MaxBytes: 64}, {MaxDepth: -1, MaxString: -1}}
			if heavy(c) {
				limits = limits[2:]
			}
			for _, lim := range limits {
				got := safelog.Format(v, lim)
				requireLine(t, got+"\n")
				require.LessOrEqual(t, len(got), lim.MaxBytes+4096*boolInt(lim.MaxBytes == 0))
				require.Equal(t, got, safelog.Format(v, lim), "deterministic")
				js, err := json.Marshal(safelog.Bounded(v, lim))
				require.NoError(t, err)
				require.True(t, json.Valid(js), "%s", js)
			}
		})
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestHostileSlog(t *testing.T) {
	for _, c := range hostile.Cases() {
		t.Run(c.Name, func(t *testing.T) {
			v := c.New()
			var buf bytes.Buffer
			loggers := map[string]*slog.Logger{
				"json wrapped": slog.New(safelog.NewHandler(slog.NewJSONHandler(&buf, nil), safelog.Limits{})),
				"text wrapped": slog.New(safelog.NewHandler(slog.NewTextHandler(&buf, nil), safelog.Limits{})),
				"json Any":     slog.New(slog.NewJSONHandler(&buf, nil)),
				"text Any":     slog.New(slog.NewTextHandler(&buf, nil)),
				"json replace": slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: safelog.ReplaceAttr(safelog.Limits{})})),
			}
			for name, l := range loggers {
				if heavy(c) && name != "json wrapped" {
					continue
				}
				if name == "json replace" && (c.Name == "LogValue group of itself twice" || strings.HasSuffix(c.Name, "group")) {
					// slog resolves LogValuers and opens groups itself
					// and calls ReplaceAttr on their leaves only.
					continue
				}
				buf.Reset()
				attr := slog.Any("v", v)
				if strings.HasSuffix(name, "Any") {
					attr = safelog.Any("v", v)
				}
				l.With(attr).Info("hostile", attr, slog.Group("g", attr))
				line := buf.String()
				requireLine(t, line)
				if strings.HasPrefix(name, "json") {
					require.True(t, json.Valid([]byte(line)), "%s: %s", name, line)
				}
			}
		})
	}
}
