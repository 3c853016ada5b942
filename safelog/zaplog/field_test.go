package zaplog_test

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/mapkit-go/mapkit/internal/fixture"
	"github.com/mapkit-go/mapkit/internal/testsupport"
	"github.com/mapkit-go/mapkit/safelog"
	"github.com/mapkit-go/mapkit/safelog/zaplog"
)

type point struct {
	X, Y int
}

type boom struct{}

func (boom) String() string { panic("no String") }

func TestAnyJSON(t *testing.T) {
	var buf bytes.Buffer
	zap.New(jsonCore(&buf)).Info("m",
		zaplog.Any("map", map[string]any{"b": []any{1, "two", nil}, "a": map[int]string{2: "x", 1: "y"}}),
		zaplog.Any("s", "text"), zaplog.Any("n", 42), zaplog.Any("f", 1.5), zaplog.Any("nil", nil),
		zaplog.Any("list", []int{1, 2, 3}), zaplog.Any("pt", &point{1, 2}),
		zaplog.Any("err", errors.New("failed")), zaplog.Any("boom", []any{boom{}}),
	)
	require.Equal(t, map[string]any{
		"map":  map[string]any{"a": map[string]any{"1": "y", "2": "x"}, "b": []any{1.0, "two", nil}},
		"s":    "text",
		"n":    42.0,
		"f":    1.5,
		"nil":  nil,
		"list": []any{1.0, 2.0, 3.0},
		"pt":   map[string]any{"X": 1.0, "Y": 2.0},
		"err":  "failed",
		"boom": []any{map[string]any{}}, // encoding/json's view: no exported fields, String unused
	}, decode(t, &buf))
}

func TestAnyLimits(t *testing.T) {
	var buf bytes.Buffer
	core := jsonCore(&buf)
	m := fixture.OrderMap()
	zap.New(core).Info("order", zaplog.Any("order", m))
	got := decode(t, &buf)["order"].(map[string]any)
	require.Equal(t, float64(520-len(got)+1), got[safelog.OmittedKey], "the entries left out are counted")
	require.Contains(t, got, "field_000", "the smallest keys are shown")
	require.Less(t, buf.Len(), 2*safelog.DefaultLimits.MaxBytes, "the line stays near the budget")
	long := make([]byte, 1000)
	for i := range long {
		long[i] = 'x'
	}
	buf.Reset()
	zap.New(core).Info("m", zaplog.Any("long", map[string]any{"s": string(long)}))
	require.Equal(t, string(long[:256])+"...+744B", decode(t, &buf)["long"].(map[string]any)["s"])
}

func TestAnyObserver(t *testing.T) {
	core, logs := observer.New(zap.DebugLevel)
	zap.New(core).Info("m", zaplog.Any("m", map[string]any{"k": []any{1, "v"}}), zaplog.Any("x", point{3, 4}))
	require.Equal(t, 1, logs.Len())
	require.Equal(t, map[string]any{
		"m": map[string]any{"k": []any{int64(1), "v"}},
		"x": map[string]any{"X": int64(3), "Y": int64(4)},
	}, logs.All()[0].ContextMap())
}

func TestAnyAllocations(t *testing.T) {
	if testsupport.Race {
		t.Skip("the race detector allocates")
	}
	core := zapcore.NewCore(zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig()), zapcore.AddSync(io.Discard), zap.InfoLevel)
	m := fixture.OrderMap()
	// logger.Info's variadic []Field escapes inside zap (one allocation per
	// call with any field, zap.String included); building the field and
	// encoding the entry must add nothing to it.
	fields := make([]zap.Field, 1)
	ent := zapcore.Entry{Level: zap.InfoLevel, Message: "order"}
	require.Zero(t, testing.AllocsPerRun(50, func() {
		fields[0] = zaplog.Any("order", m)
		_ = core.Write(ent, fields)
	}))
}
