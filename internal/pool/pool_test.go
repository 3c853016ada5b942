package pool

import (
	"testing"

	"github.com/mapkit-go/mapkit/internal/testsupport"

	"github.com/stretchr/testify/require"
)

func TestPutDropsOversized(t *testing.T) {
	p := New[byte](8, 16, false)
	b := p.Get()
	require.Equal(t, 0, len(*b))
	require.GreaterOrEqual(t, cap(*b), 8)
	*b = append(*b, make([]byte, 100)...)
	p.Put(b) // dropped: capacity over the limit
	for range 10 {
		g := p.Get()
		require.LessOrEqual(t, cap(*g), 16, "pool handed back an oversized buffer")
	}
}

func TestPutClearsPointers(t *testing.T) {
	p := New[*int](4, 4, true)
	b := p.Get()
	x := 1
	*b = append(*b, &x, &x)
	p.Put(b)
	require.Equal(t, 0, len(*b))
	full := (*b)[:2]
	require.Nil(t, full[0])
	require.Nil(t, full[1])
}

func TestGetPutNoAllocs(t *testing.T) {
	p := New[string](16, 64, true)
	p.Put(p.Get())
	allocs := testing.AllocsPerRun(100, func() {
		b := p.Get()
		*b = append(*b, "a")
		p.Put(b)
	})
	if testsupport.Race {
		t.Skip("sync.Pool drops items at random under the race detector")
	}
	require.Zero(t, allocs)
}
