package mapappend_test

import (
	"strconv"
	"testing"
)

// BenchmarkCollect measures the cost mapappend quotes: the keys of a
// 1,000-entry map appended to a slice declared without and with capacity.
// Run it with
//
//	go test -run '^$' -bench Collect -benchtime 500ms -count 5 ./vet/mapappend
func BenchmarkCollect(b *testing.B) {
	m := make(map[string]int, 1000)
	for i := range 1000 {
		m["key-"+strconv.Itoa(i)] = i
	}
	var sink []string
	b.Run("capacity=none", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var keys []string
			for k := range m {
				keys = append(keys, k)
			}
			sink = keys
		}
	})
	b.Run("capacity=len", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			keys := make([]string, 0, len(m))
			for k := range m {
				keys = append(keys, k)
			}
			sink = keys
		}
	})
	_ = sink
}
