package safelog_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"testing"

	"github.com/mapkit-go/mapkit/internal/fixture"
	"github.com/mapkit-go/mapkit/safelog"
)

// BenchmarkFormat renders the 520-key order map of the logging incident.
func BenchmarkFormat(b *testing.B) {
	m := fixture.OrderMap()
	b.Run("impl=safelog", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = safelog.Format(m, safelog.DefaultLimits)
		}
	})
	b.Run("impl=safelog.Append", func(b *testing.B) {
		b.ReportAllocs()
		buf := make([]byte, 0, 8<<10)
		for b.Loop() {
			buf = safelog.Append(buf[:0], m, safelog.DefaultLimits)
		}
	})
	b.Run("impl=fmt.Sprint", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = fmt.Sprint(m)
		}
	})
}

// BenchmarkSlog logs the order map through slog's JSON handler.
func BenchmarkSlog(b *testing.B) {
	m := fixture.OrderMap()
	l := slog.New(slog.NewJSONHandler(io.Discard, nil))
	b.Run("impl=safelog.Any", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			l.Info("order", safelog.Any("order", m))
		}
	})
	b.Run("impl=raw", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			l.Info("order", "order", m)
		}
	})
}

// BenchmarkWrappedHandler logs three scalar attributes through slog's JSON
// handler, plain and wrapped by NewHandler.
func BenchmarkWrappedHandler(b *testing.B) {
	plain := slog.NewJSONHandler(io.Discard, nil)
	for _, c := range []struct {
		name string
		h    slog.Handler
	}{{"plain", plain}, {"wrapped", safelog.NewHandler(plain, safelog.DefaultLimits)}} {
		l := slog.New(c.h)
		b.Run("impl="+c.name, func(b *testing.B) {
			b.ReportAllocs()
			ctx := context.Background()
			for b.Loop() {
				l.LogAttrs(ctx, slog.LevelInfo, "order placed", slog.String("id", "A-1234"), slog.Int("items", 3), slog.Bool("paid", true))
			}
		})
	}
}
