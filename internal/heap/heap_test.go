package heap

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestRetainedCountsWhatTheResultHolds(t *testing.T) {
	const size = 8 << 20
	got := Retained(func() any { return make([]byte, size) })
	require.GreaterOrEqual(t, got, uint64(size))
	require.Less(t, got, uint64(size+size/4))
}

func TestRetainedIgnoresGarbage(t *testing.T) {
	got := Retained(func() any {
		for range 100 {
			_ = make([]byte, 1<<20)
		}
		return nil
	})
	require.Less(t, got, uint64(1<<20))
}
