package bench

import (
	"fmt"
	"io"
	"log/slog"
	"testing"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/mapkit-go/mapkit/safelog"
	"github.com/mapkit-go/mapkit/safelog/zaplog"
)

// logger is one way to log the order map; log returns the function that
// logs it once.
type logger struct {
	impl string
	role Role
	how  string
	log  func(m map[string]any) func()
}

// loggers lists the Log implementations, mapkit's first.
var loggers = []logger{
	{impl: "safelog", role: Mapkit, how: "safelog.Format(m, safelog.DefaultLimits)", log: func(m map[string]any) func() {
		return func() { sinkString = safelog.Format(m, safelog.DefaultLimits) }
	}},
	{impl: "zaplog", role: Mapkit, how: "zaplog.Any, production JSON core", log: func(m map[string]any) func() {
		l := zap.New(zapJSONCore())
		return func() { l.Info("order", zaplog.Any("data", m)) }
	}},
	{impl: "zaplog-core", role: Mapkit, how: "zap.Any through zaplog.WrapCore(production JSON core)", log: func(m map[string]any) func() {
		l := zap.New(zaplog.WrapCore(zapJSONCore(), safelog.DefaultLimits))
		return func() { l.Info("order", zap.Any("data", m)) }
	}},
	{impl: "slog-any", role: Mapkit, how: "slog JSONHandler, safelog.Any(\"data\", m)", log: func(m map[string]any) func() {
		l := slog.New(slog.NewJSONHandler(io.Discard, nil))
		return func() { l.Info("order", safelog.Any("data", m)) }
	}},
	{impl: "slog-handler", role: Mapkit, how: "slog JSONHandler wrapped in safelog.NewHandler, the raw map", log: func(m map[string]any) func() {
		l := slog.New(safelog.NewHandler(slog.NewJSONHandler(io.Discard, nil), safelog.DefaultLimits))
		return func() { l.Info("order", "data", m) }
	}},
	{impl: "fmt", role: Peer, how: "fmt.Sprint(m)", log: func(m map[string]any) func() {
		return func() { sinkString = fmt.Sprint(m) }
	}},
	{impl: "zap", role: Peer, how: "zap.Any, production JSON core", log: func(m map[string]any) func() {
		l := zap.New(zapJSONCore())
		return func() { l.Info("order", zap.Any("data", m)) }
	}},
	{impl: "slog-json", role: Peer, how: "slog JSONHandler, the raw map", log: func(m map[string]any) func() {
		l := slog.New(slog.NewJSONHandler(io.Discard, nil))
		return func() { l.Info("order", "data", m) }
	}},
	{impl: "slog-text", role: Peer, how: "slog TextHandler, the raw map", log: func(m map[string]any) func() {
		l := slog.New(slog.NewTextHandler(io.Discard, nil))
		return func() { l.Info("order", "data", m) }
	}},
}

// zapJSONCore returns zap's production JSON core writing to io.Discard.
func zapJSONCore() zapcore.Core {
	return zapcore.NewCore(
		zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig()),
		zapcore.AddSync(io.Discard),
		zapcore.InfoLevel,
	)
}

// sinkString keeps formatted strings observable so no call is optimised out.
var sinkString string

func logCases() []Case {
	cs := make([]Case, 0, len(loggers))
	for _, l := range loggers {
		cs = append(cs, Case{
			Group:    GroupLog,
			Workload: "map=order",
			Impl:     l.impl,
			Role:     l.role,
			About:    "One log line carrying the 520-key order map (7,020 entries), written to io.Discard.",
			How:      l.how,
			Bench: func(b *testing.B) {
				log := l.log(orderMap())
				b.ReportAllocs()
				for b.Loop() {
					log()
				}
			},
		})
	}
	return cs
}
