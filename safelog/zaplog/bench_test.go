package zaplog_test

import (
	"io"
	"testing"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/mapkit-go/mapkit/internal/fixture"
	"github.com/mapkit-go/mapkit/safelog"
	"github.com/mapkit-go/mapkit/safelog/zaplog"
)

func discardCore() zapcore.Core {
	return zapcore.NewCore(zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig()), zapcore.AddSync(io.Discard), zap.InfoLevel)
}

// BenchmarkZap logs the 520-key order map through a real zap JSON core.
func BenchmarkZap(b *testing.B) {
	logger := zap.New(discardCore())
	m := fixture.OrderMap()
	b.Run("impl=zaplog.Any", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			logger.Info("order", zaplog.Any("order", m))
		}
	})
	b.Run("impl=zap.Any", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			logger.Info("order", zap.Any("order", m))
		}
	})
}

// BenchmarkWrappedCore logs three scalar fields, plain and through WrapCore.
func BenchmarkWrappedCore(b *testing.B) {
	for _, c := range []struct {
		name string
		core zapcore.Core
	}{{"plain", discardCore()}, {"wrapped", zaplog.WrapCore(discardCore(), safelog.DefaultLimits)}} {
		logger := zap.New(c.core)
		b.Run("impl="+c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				logger.Info("order placed", zap.String("id", "A-1234"), zap.Int("items", 3), zap.Bool("paid", true))
			}
		})
	}
}
