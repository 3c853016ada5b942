package tmap

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestSyncAtomics(t *testing.T) {
	var s Sync[string, int]
	v, loaded := s.LoadOrStore("a", 1)
	require.Equal(t, 1, v)
	require.False(t, loaded)
	v, loaded = s.LoadOrStore("a", 2)
	require.Equal(t, 1, v)
	require.True(t, loaded)

	prev, loaded := s.Swap("a", 3)
	require.Equal(t, 1, prev)
	require.True(t, loaded)
	prev, loaded = s.Swap("b", 4)
	require.Equal(t, 0, prev)
	require.False(t, loaded)

	require.False(t, s.CompareAndSwap("a", 1, 9))
	require.True(t, s.CompareAndSwap("a", 3, 9))
	require.False(t, s.CompareAndSwap("none", 0, 9))
	require.False(t, s.Has("none"))
	require.False(t, s.CompareAndDelete("a", 3))
	require.True(t, s.CompareAndDelete("a", 9))
	require.False(t, s.Has("a"))

	v, loaded = s.LoadAndDelete("b")
	require.Equal(t, 4, v)
	require.True(t, loaded)
	_, loaded = s.LoadAndDelete("b")
	require.False(t, loaded)

	v, ok := s.Compute("c", func(n int, ok bool) (int, bool) { return n + 5, true })
	require.Equal(t, 5, v)
	require.True(t, ok)
	_, ok = s.Compute("c", func(int, bool) (int, bool) { return 0, false })
	require.False(t, ok)
	require.Equal(t, 0, s.Len())

	var anys Sync[string, any]
	anys.Set("f", []int{1})
	require.Panics(t, func() { anys.CompareAndSwap("f", []int{1}, nil) }, "uncomparable values panic, as in sync.Map")
}

// TestSyncAtomicsUnderContention runs every atomic operation from 8
// goroutines: counts are exact and each key is claimed once.
func TestSyncAtomicsUnderContention(t *testing.T) {
	const workers, rounds = 8, 500
	var s Sync[string, int]
	var claims Sync[int, int]
	var wins [workers]int
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range rounds {
				s.Compute("hits", func(n int, _ bool) (int, bool) { return n + 1, true })
				for {
					old, _ := s.Get("cas")
					if s.CompareAndSwap("cas", old, old+1) {
						break
					}
					s.LoadOrStore("cas", 0)
				}
				if _, loaded := claims.LoadOrStore(i, w); !loaded {
					wins[w]++
				}
				for range s.All() { // readers during writes see snapshots
					break
				}
			}
		}()
	}
	wg.Wait()
	hits, _ := s.Get("hits")
	require.Equal(t, workers*rounds, hits, "no increment is lost")
	cas, _ := s.Get("cas")
	require.Equal(t, workers*rounds, cas)
	total := 0
	for _, n := range wins {
		total += n
	}
	require.Equal(t, rounds, total, "each key is stored by exactly one LoadOrStore")
	require.Equal(t, rounds, claims.Len())
}
