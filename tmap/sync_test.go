package tmap

import (
	"fmt"
	"slices"
	"strconv"
	"sync"
	"testing"

	"github.com/mapkit-go/mapkit/internal/testsupport"

	"github.com/stretchr/testify/require"
)

func TestSyncBasics(t *testing.T) {
	var s Sync[string, int]
	s.Set("b", 2)
	s.Set("a", 1)
	s.Set("c", 3)
	require.True(t, s.Delete("c"))
	require.False(t, s.Delete("c"))
	v, ok := s.Get("a")
	require.True(t, ok)
	require.Equal(t, 1, v)
	require.Equal(t, 2, s.Len())
	ks, vs := collect(s.All())
	require.Equal(t, []string{"a", "b"}, ks)
	require.Equal(t, []int{1, 2}, vs)
	require.Equal(t, ks, slices.Collect(s.Keys()))
	require.Equal(t, vs, slices.Collect(s.Values()))

	t.Run("the loop sees a snapshot and may write", func(t *testing.T) {
		var got []string
		for k := range s.Keys() {
			got = append(got, k)
			s.Set("z"+k, 0)
			s.Delete("b")
		}
		require.Equal(t, []string{"a", "b"}, got)
		require.Equal(t, []string{"a", "za", "zb"}, slices.Collect(s.Keys()))
	})
	t.Run("break", func(t *testing.T) {
		for range s.All() {
			break
		}
		for range s.Keys() {
			break
		}
		for range s.Values() {
			break
		}
	})
	s.Compact()
	require.Equal(t, 3, s.Len())
	s.Clear()
	require.Equal(t, 0, s.Len())
	for range s.All() {
		t.Fatal("cleared map yields")
	}
}

func TestSyncIterationDoesNotAllocate(t *testing.T) {
	if testsupport.Race {
		t.Skip("the race detector allocates")
	}
	var s Sync[string, int]
	for i := range 100 {
		s.Set(strconv.Itoa(i), i)
	}
	sum := 0
	for _, v := range s.All() { // takes the snapshot
		sum += v
	}
	require.Zero(t, testing.AllocsPerRun(20, func() {
		for _, v := range s.All() {
			sum += v
		}
	}))
}

// TestSyncConcurrent runs writers against iterators; run it with -race.
// Writers keep the invariant that a key's value is its number, so an
// iteration can check every entry it sees, and each iteration must see
// strictly ascending keys.
func TestSyncConcurrent(t *testing.T) {
	var s Sync[string, int]
	const writers, readers, rounds = 4, 4, 300
	var wg sync.WaitGroup
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range rounds {
				n := w*rounds + i
				s.Set(fmt.Sprintf("%06d", n), n)
				if i%3 == 0 {
					s.Delete(fmt.Sprintf("%06d", n-2))
				}
				if i%100 == 99 {
					s.Compact()
				}
			}
		}()
	}
	errs := make(chan error, readers)
	for range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range rounds / 10 {
				prev := ""
				for k, v := range s.All() {
					if k <= prev || k != fmt.Sprintf("%06d", v) {
						errs <- fmt.Errorf("saw %q=%d after %q", k, v, prev)
						return
					}
					prev = k
					if _, ok := s.Get(k); !ok && s.Len() < 0 {
						errs <- fmt.Errorf("impossible")
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	prev := ""
	n := 0
	for k := range s.Keys() {
		require.Greater(t, k, prev)
		prev = k
		n++
	}
	require.Equal(t, s.Len(), n)
}
