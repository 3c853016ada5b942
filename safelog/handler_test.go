package safelog_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mapkit-go/mapkit/safelog"
)

// jsonLine logs through a JSON handler built by wrap and returns the line
// decoded.
func jsonLine(t *testing.T, wrap func(slog.Handler) slog.Handler, opts *slog.HandlerOptions, log func(*slog.Logger)) map[string]any {
	t.Helper()
	var buf bytes.Buffer
	log(slog.New(wrap(slog.NewJSONHandler(&buf, opts))))
	var m map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &m), buf.String())
	delete(m, "time")
	return m
}

func plainHandler(h slog.Handler) slog.Handler { return h }

func TestAnyNestedGroups(t *testing.T) {
	v := map[string]any{"b": 2, "a": map[string]any{"x": []any{1, "two"}}, "c": 3}
	got := jsonLine(t, plainHandler, nil, func(l *slog.Logger) {
		l.Info("m", safelog.Any("order", v), safelog.Any("items", []int{1, 2, 3}), safelog.Any("n", 7))
	})
	require.Equal(t, map[string]any{
		"level": "INFO", "msg": "m",
		"order": map[string]any{"a": map[string]any{"x": []any{1.0, "two"}}, "b": 2.0, "c": 3.0},
		"items": []any{1.0, 2.0, 3.0},
		"n":     7.0,
	}, got)
}

func TestAnyNonStringKeys(t *testing.T) {
	got := jsonLine(t, plainHandler, nil, func(l *slog.Logger) {
		l.Info("m", safelog.Any("pts", map[point]int{{1, 2}: 3}), safelog.Any("ints", map[int]bool{2: true, 1: false}))
	})
	require.Equal(t, map[string]any{"{X:1 Y:2}": 3.0}, got["pts"])
	require.Equal(t, map[string]any{"1": false, "2": true}, got["ints"])
}

func TestAnyOmittedMember(t *testing.T) {
	m := map[string]int{}
	for _, k := range strings.Split("a b c d e f g h i j k l m n o p q r s t u v w x y z", " ") {
		for _, k2 := range []string{"1", "2"} {
			m[k+k2] = len(m)
		}
	}
	got := jsonLine(t, plainHandler, nil, func(l *slog.Logger) {
		l.Info("m", slog.Any("m", safelog.Bounded(m, safelog.Limits{MaxKeys: 2})))
	})
	require.Equal(t, map[string]any{"a1": float64(m["a1"]), "a2": float64(m["a2"]), safelog.OmittedKey: 50.0}, got["m"])
}

type secret string

func (secret) LogValue() slog.Value { return slog.StringValue("REDACTED") }

type panicLogValue struct{}

func (panicLogValue) LogValue() slog.Value { panic("no") }

func TestNewHandlerBoundsUnchangedCallSites(t *testing.T) {
	lim := safelog.Limits{MaxKeys: 2, MaxString: 5}
	wrap := func(h slog.Handler) slog.Handler { return safelog.NewHandler(h, lim) }
	big := map[string]int{"a": 1, "b": 2, "c": 3}
	got := jsonLine(t, wrap, nil, func(l *slog.Logger) {
		l.With("with", big).WithGroup("grp").Info("m",
			"long", "abcdefgh", "short", "abc", "n", 1, "map", big, "secret", secret("pw"),
			"panic", panicLogValue{}, "err", errors.New("failed"),
			slog.Group("inner", "map", big, "long", "123456789"))
	})
	require.Equal(t, map[string]any{
		"level": "INFO", "msg": "m",
		"with": map[string]any{"a": 1.0, "b": 2.0, "...": 1.0},
		"grp": map[string]any{
			"long": "abcde...+3B", "short": "abc", "n": 1.0,
			"map":         map[string]any{"a": 1.0, "b": 2.0, "...": 1.0},
			"secre...+1B": "REDAC...+3B",
			"panic":       "%!v(PANIC=LogValue method: no)",
			"err":         "faile...+1B",
			"inner":       map[string]any{"map": map[string]any{"a": 1.0, "b": 2.0, "...": 1.0}, "long": "12345...+4B"},
		},
	}, got)
}

func TestNewHandlerPassesScalarRecordsThrough(t *testing.T) {
	var seen slog.Record
	h := safelog.NewHandler(recordHandler{&seen}, safelog.Limits{})
	r := slog.NewRecord(seen.Time, slog.LevelWarn, "m", 0)
	r.AddAttrs(slog.String("a", "b"), slog.Int("n", 1))
	require.NoError(t, h.Handle(context.Background(), r))
	require.Equal(t, "m", seen.Message)
	require.Equal(t, 2, seen.NumAttrs())
	require.True(t, h.Enabled(context.Background(), slog.LevelDebug), "Enabled is next's")
}

type recordHandler struct{ r *slog.Record }

func (h recordHandler) Enabled(context.Context, slog.Level) bool      { return true }
func (h recordHandler) Handle(_ context.Context, r slog.Record) error { *h.r = r; return nil }
func (h recordHandler) WithAttrs([]slog.Attr) slog.Handler            { return h }
func (h recordHandler) WithGroup(string) slog.Handler                 { return h }

func TestReplaceAttr(t *testing.T) {
	opts := &slog.HandlerOptions{ReplaceAttr: safelog.ReplaceAttr(safelog.Limits{MaxKeys: 1, MaxString: 3})}
	got := jsonLine(t, plainHandler, opts, func(l *slog.Logger) {
		l.Info("message", "m", map[string]int{"a": 1, "b": 2}, "s", "abcdef", slog.Group("g", "msg", "ghijkl"))
	})
	require.Equal(t, map[string]any{"a": 1.0, "...": 1.0}, got["m"])
	require.Equal(t, "abc...+3B", got["s"])
	require.Equal(t, "message", got["msg"], "built-in attributes are untouched")
	require.Equal(t, map[string]any{"msg": "ghi...+3B"}, got["g"], "a user attribute of the same name is bounded")
}

// TestNilUnderEmptyKey: slog drops an attribute with an empty key and a nil
// value, and its JSON handler writes a broken object when that empties a
// group; such an entry of a map must still show, as null, in valid JSON.
func TestNilUnderEmptyKey(t *testing.T) {
	v := map[string]any{"a": nil, "b": map[string]any{"": nil}, "c": 1}
	want := map[string]any{"a": nil, "b": map[string]any{"": nil}, "c": 1.0}
	got := jsonLine(t, plainHandler, nil, func(l *slog.Logger) { l.Info("m", safelog.Any("v", v)) })
	require.Equal(t, want, got["v"])
	got = jsonLine(t, func(h slog.Handler) slog.Handler { return safelog.NewHandler(h, safelog.DefaultLimits) }, nil,
		func(l *slog.Logger) { l.Info("m", "v", v) })
	require.Equal(t, want, got["v"])
	var buf bytes.Buffer
	slog.New(slog.NewTextHandler(&buf, nil)).Info("m", safelog.Any("v", v))
	require.Contains(t, buf.String(), `"v.b."=<nil>`)
}
