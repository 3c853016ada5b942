package safelog_test

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mapkit-go/mapkit/safelog"
	"github.com/mapkit-go/mapkit/safelog/internal/hiding"
)

// jsonOutput is one JSON-shaped output of safelog: it logs v under the key
// "v" within lim and returns the decoded value shown.
type jsonOutput struct {
	name string
	log  func(t *testing.T, v any, lim safelog.Limits) any
}

// slogLine logs one record through h and returns the decoded attribute v.
func slogLine(t *testing.T, h slog.Handler, buf *bytes.Buffer, attr slog.Attr) any {
	t.Helper()
	slog.New(h).LogAttrs(t.Context(), slog.LevelInfo, "m", attr)
	line := buf.String()
	require.Equal(t, 1, strings.Count(line, "\n"), "one line: %q", line)
	var m map[string]any
	require.NoError(t, json.Unmarshal([]byte(line), &m), "valid JSON: %s", line)
	return m["v"]
}

var jsonOutputs = []jsonOutput{
	{"Bounded.MarshalJSON", func(t *testing.T, v any, lim safelog.Limits) any {
		b, err := safelog.Bounded(v, lim).MarshalJSON()
		require.NoError(t, err)
		require.True(t, json.Valid(b), "valid JSON: %s", b)
		var got any
		require.NoError(t, json.Unmarshal(b, &got))
		return got
	}},
	{"AnyWith", func(t *testing.T, v any, lim safelog.Limits) any {
		var buf bytes.Buffer
		return slogLine(t, slog.NewJSONHandler(&buf, nil), &buf, safelog.AnyWith("v", v, lim))
	}},
	{"NewHandler", func(t *testing.T, v any, lim safelog.Limits) any {
		var buf bytes.Buffer
		return slogLine(t, safelog.NewHandler(slog.NewJSONHandler(&buf, nil), lim), &buf, slog.Any("v", v))
	}},
	{"ReplaceAttr", func(t *testing.T, v any, lim safelog.Limits) any {
		var buf bytes.Buffer
		h := slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: safelog.ReplaceAttr(lim)})
		return slogLine(t, h, &buf, slog.Any("v", v))
	}},
}

// unwrapped is what slog's JSON handler shows of v without safelog.
func unwrapped(t *testing.T, v any) any {
	var buf bytes.Buffer
	return slogLine(t, slog.NewJSONHandler(&buf, nil), &buf, slog.Any("v", v))
}

func hidingValues() map[string]any {
	vals := hiding.Values()
	for k, v := range hiding.Pointers() {
		vals[k] = v
	}
	return vals
}

func limitsOf(l [4]int) safelog.Limits {
	return safelog.Limits{MaxKeys: l[0], MaxDepth: l[1], MaxBytes: l[2], MaxString: l[3]}
}

// TestJSONOutputsShowWhatTheLoggerShows holds the rule of the package: a
// JSON output never shows a member or value that the logger without safelog
// would not show. Without limits it shows exactly that; within limits, a
// part of it.
func TestJSONOutputsShowWhatTheLoggerShows(t *testing.T) {
	all := safelog.Limits{MaxKeys: -1, MaxDepth: -1, MaxBytes: -1, MaxString: -1}
	for name, v := range hidingValues() {
		want := unwrapped(t, v)
		enc, err := json.Marshal(v)
		require.NoError(t, err)
		require.NotContains(t, string(enc), hiding.Secret, "%s: the table hides its secrets from encoding/json", name)
		for _, out := range jsonOutputs {
			t.Run(out.name+"/"+name, func(t *testing.T) {
				require.Equal(t, want, out.log(t, v, all), "without limits, the logger's own view")
				for _, l := range hiding.Limits() {
					got := out.log(t, v, limitsOf(l))
					require.NotContains(t, mustJSON(t, got), hiding.Secret)
					err := hiding.Within(got, want)
					require.NoError(t, err, "limits %v: %s", l, mustJSON(t, got))
				}
			})
		}
	}
}

func mustJSON(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

// TestLoginIsRedacted is the case of the package doc: the wrapper keeps
// the password and the token hidden.
func TestLoginIsRedacted(t *testing.T) {
	v := map[string]any{"login": hiding.Login{User: "ada", Password: "hunter2", Token: "tok-123"}}
	b, err := safelog.Bounded(v, safelog.Limits{}).MarshalJSON()
	require.NoError(t, err)
	require.JSONEq(t, `{"login":{"user":"ada","password":"***"}}`, string(b))
	require.Equal(t, "map[login:{User:ada Password:hunter2 Token:tok-123}]", safelog.Format(v, safelog.NoLimits),
		"the text form keeps fmt's view, as fmt.Sprint would print it")
	_ = math.MaxInt
}
