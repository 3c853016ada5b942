package zaplog_test

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/mapkit-go/mapkit/safelog"
	"github.com/mapkit-go/mapkit/safelog/zaplog"
)

func TestWrapCoreObserver(t *testing.T) {
	core, logs := observer.New(zap.InfoLevel)
	lim := safelog.Limits{MaxKeys: 2, MaxString: 4}
	logger := zap.New(zaplog.WrapCore(core, lim)).With(zap.Any("ctx", map[string]int{"a": 1, "b": 2, "c": 3}))
	big := map[string]any{"z": 1, "y": []any{1, 2, 3}, "x": "long string"}
	logger.Info("m", zap.Any("any", big), zap.Reflect("reflect", big), zap.String("s", "abcdefgh"), zap.Int("n", 7))
	logger.Debug("dropped")
	require.Equal(t, 1, logs.Len(), "Check honours the wrapped core's level")
	require.Equal(t, map[string]any{
		"ctx":        map[string]any{"a": int64(1), "b": int64(2), safelog.OmittedKey: int64(1)},
		"any":        map[string]any{"x": "long...+7B", "y": []any{int64(1), int64(2), "...+1"}, safelog.OmittedKey: int64(1)},
		"refl...+3B": map[string]any{"x": "long...+7B", "y": []any{int64(1), int64(2), "...+1"}, safelog.OmittedKey: int64(1)},
		"s":          "abcd...+4B",
		"n":          int64(7),
	}, logs.All()[0].ContextMap())
}

func TestWrapCorePassesScalarsThrough(t *testing.T) {
	core, logs := observer.New(zap.InfoLevel)
	fields := []zap.Field{zap.String("s", "short"), zap.Int("n", 1), zap.Bool("b", true)}
	require.NoError(t, zaplog.WrapCore(core, safelog.Limits{}).Write(zapcore.Entry{Message: "m"}, fields))
	require.Equal(t, fields, logs.All()[0].Context, "unchanged fields are passed as they are")
	require.NoError(t, zaplog.WrapCore(core, safelog.Limits{}).Sync(), "Sync is the wrapped core's")
}

// members is an ObjectMarshaler that adds n members, then nests itself.
type members struct {
	n     int
	depth int
	panic bool
}

func (m members) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	for i := range m.n {
		enc.AddString("key"+strings.Repeat("x", i%3)+string(rune('a'+i%26)), strings.Repeat("v", 100))
	}
	_ = enc.AddReflected("reflected", map[string]any{"deep": map[string]any{"er": []int{1, 2, 3}}})
	if m.depth > 0 {
		return enc.AddObject("child", members{n: m.n, depth: m.depth - 1, panic: m.panic})
	}
	if m.panic {
		panic("marshaler exploded")
	}
	return nil
}

type elements struct{ n int }

func (e elements) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	for i := range e.n {
		enc.AppendInt(i)
	}
	return nil
}

func TestWrapCoreGuardsMarshalers(t *testing.T) {
	var buf bytes.Buffer
	logger := zap.New(zaplog.WrapCore(jsonCore(&buf), safelog.Limits{MaxBytes: 1000}))
	logger.Info("m", zap.Object("obj", members{n: 1, depth: 2, panic: true}))
	got := decode(t, &buf)["obj"].(map[string]any)
	child := got["child"].(map[string]any)
	require.Equal(t, "%!v(PANIC=MarshalLogObject method: marshaler exploded)", child["childError"],
		"a panic deep inside is shown where it happened, under zap's <key>Error, and the JSON stays valid")

	buf.Reset()
	logger.Info("m", zap.Object("obj", members{n: 1000}), zap.Array("arr", elements{100_000}))
	line := buf.String()
	got = decode(t, &buf)
	require.Less(t, len(line), 3000, "the marshalers' output is bounded")
	require.Greater(t, got["obj"].(map[string]any)[safelog.OmittedKey], 900.0, "dropped members are counted")
	arr := got["arr"].([]any)
	require.Equal(t, "...+"+strconv.Itoa(100_000-len(arr)+1), arr[len(arr)-1])
}
