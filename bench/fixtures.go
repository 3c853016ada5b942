package bench

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/mapkit-go/mapkit/internal/fixture"
	"github.com/mapkit-go/mapkit/internal/testsupport"
	"github.com/mapkit-go/mapkit/tmap"
)

// Fixtures are built once per process and shared by every case and round,
// so no timed loop and no round pays for them.

// orderMap is the 520-key order map of the logging incident.
var orderMap = sync.OnceValue(fixture.OrderMap)

// smallKeys is the size of the 1,000-entry workloads.
const smallKeys = 1000

// keys returns n distinct keys "key-000000" ... in a fixed, unsorted order.
func keys(n int) []string {
	ks := make([]string, n)
	for i := range ks {
		ks[i] = fmt.Sprintf("key-%06d", (i*7919)%n)
	}
	return ks
}

// int64Map is map[string]int64 with smallKeys entries.
var int64Map = sync.OnceValue(func() map[string]int64 {
	m := make(map[string]int64, smallKeys)
	for i, k := range keys(smallKeys) {
		m[k] = int64(i) * 1_000_003
	}
	return m
})

// int64TMap holds the entries of int64Map in a tmap.Map, its sorted order
// already cached by one pass.
var int64TMap = sync.OnceValue(func() *tmap.Map[string, int64] {
	m := tmap.From(int64Map())
	for range m.All() {
	}
	return m
})

// stringMap is map[string]string with smallKeys entries, values of 10 to 40
// bytes, some needing JSON escapes.
var stringMap = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, smallKeys)
	for i, k := range keys(smallKeys) {
		m[k] = fmt.Sprintf("value %d %s", i, strings.Repeat("<x&y> ", i%6))
	}
	return m
})

// heapKeys are the keys of the 10k-entry heap workloads, shared so the
// heap figures count the maps, not the key bytes.
var heapKeys = sync.OnceValue(func() []string { return keys(10_000) })

// documents caches the real-world documents decoded into any.
var documents sync.Map // name -> any

// document returns the named real-world document decoded into any, skipping
// tb when the data directory is absent.
func document(tb testing.TB, name string) any {
	tb.Helper()
	if v, ok := documents.Load(name); ok {
		return v
	}
	var v any
	if err := json.Unmarshal(testsupport.Document(tb, name), &v); err != nil {
		tb.Fatalf("decode %s: %v", name, err)
	}
	v, _ = documents.LoadOrStore(name, v)
	return v
}

// bigMapEntries sizes bigMap so its JSON is about 20 MB.
const bigMapEntries = 80_000

// bigMap is the map of the large-output workload: 80,000 entries whose JSON
// encoding is about 20 MB; three values in four are 300-byte strings (cut
// from one shared text, so the map itself stays small), the rest float64.
var bigMap = sync.OnceValue(func() map[string]any {
	text := strings.Repeat("The quick brown fox jumps over the lazy dog; ", 20)
	m := make(map[string]any, bigMapEntries)
	for i, k := range keys(bigMapEntries) {
		if i%4 == 3 {
			m[k] = float64(i) * 1.5
			continue
		}
		off := i % 400
		m[k] = text[off : off+300]
	}
	return m
})
