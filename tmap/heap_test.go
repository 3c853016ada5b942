package tmap

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/mapkit-go/mapkit/internal/heap"
	"github.com/stretchr/testify/require"
)

// testKeys returns n distinct keys in scrambled order. The keys are built
// before any measurement, so measurements count container storage only.
func testKeys(n int) []string {
	keys := make([]string, n)
	for i := range keys {
		keys[i] = fmt.Sprintf("key_%08x", uint32(i)*2654435761)
	}
	return keys
}

// The heap functions keep keys alive until the measurement is done, so that
// the strings they free do not offset what the map retains.

func heapOfMap(keys []string) uint64 {
	defer runtime.KeepAlive(keys)
	return heap.Retained(func() any {
		m := New[string, int64](0)
		for i, k := range keys {
			m.Set(k, int64(i))
		}
		return m
	})
}

func heapOfPlain(keys []string) uint64 {
	defer runtime.KeepAlive(keys)
	return heap.Retained(func() any {
		m := map[string]int64{}
		for i, k := range keys {
			m[k] = int64(i)
		}
		return m
	})
}

// heapAfterDeletes builds a map of all keys, deletes all but the first
// keep, and returns the heap the survivors hold.
func heapAfterDeletes(keys []string, keep int, plain bool) uint64 {
	defer runtime.KeepAlive(keys)
	return heap.Retained(func() any {
		if plain {
			m := map[string]int64{}
			for i, k := range keys {
				m[k] = int64(i)
			}
			for _, k := range keys[keep:] {
				delete(m, k)
			}
			return m
		}
		m := New[string, int64](0)
		for i, k := range keys {
			m.Set(k, int64(i))
		}
		for _, k := range keys[keep:] {
			m.Delete(k)
		}
		return m
	})
}

func TestHeapFootprint(t *testing.T) {
	if testing.Short() {
		t.Skip("builds large maps")
	}
	keys := testKeys(10_000)
	ours, plain := heapOfMap(keys), heapOfPlain(keys)
	t.Logf("10k entries: Map %d B, map %d B (%.2fx)", ours, plain, float64(ours)/float64(plain))
	require.LessOrEqual(t, float64(ours), 1.6*float64(plain))

	const n, keep = 200_000, 1000
	keys = testKeys(n)
	fresh := heapOfMap(keys[:keep])
	shrunk := heapAfterDeletes(keys, keep, false)
	t.Logf("%d inserts, all but %d deleted: Map %d B, fresh Map %d B (%.2fx)", n, keep, shrunk, fresh, float64(shrunk)/float64(fresh))
	require.LessOrEqual(t, shrunk, 4*fresh)
}
