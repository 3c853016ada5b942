package safelog_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mapkit-go/mapkit/internal/fixture"
	"github.com/mapkit-go/mapkit/internal/testsupport"
	"github.com/mapkit-go/mapkit/safelog"
)

func TestAllocations(t *testing.T) {
	if testsupport.Race {
		t.Skip("the race detector allocates")
	}
	m := fixture.OrderMap()
	buf := make([]byte, 0, 8<<10)
	require.Zero(t, testing.AllocsPerRun(50, func() { buf = safelog.Append(buf[:0], m, safelog.DefaultLimits) }), "Append")
	require.LessOrEqual(t, testing.AllocsPerRun(50, func() { _ = safelog.Format(m, safelog.DefaultLimits) }), 1.0, "Format")
	var b any = safelog.Bounded(m, safelog.DefaultLimits) // boxed once, as a logger's argument is
	require.Zero(t, testing.AllocsPerRun(50, func() { fmt.Fprint(io.Discard, b) }), "Fprint of a Bounded")
	// The standard JSON handler json.Marshals every float64 and nil value
	// (one allocation each, its own cost); this handler only resolves the
	// value, which is what Any costs.
	l := slog.New(resolver{})
	require.LessOrEqual(t, testing.AllocsPerRun(50, func() { l.Info("order", safelog.Any("order", m)) }), 4.0, "slog with Any")
}

// resolver resolves every attribute value and discards it.
type resolver struct{}

func (resolver) Enabled(context.Context, slog.Level) bool { return true }

func (resolver) Handle(_ context.Context, r slog.Record) error {
	r.Attrs(func(a slog.Attr) bool {
		_ = a.Value.Resolve()
		return true
	})
	return nil
}

func (h resolver) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h resolver) WithGroup(string) slog.Handler      { return h }
