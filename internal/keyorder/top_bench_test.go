package keyorder

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkTop selects the 32 smallest of 520 keys of a map, as safelog
// does for a big map.
func BenchmarkTop(b *testing.B) {
	m := make(map[string]any, 520)
	for i := range 520 {
		m[fmt.Sprintf("field_%03d", i)] = i
	}
	b.Run("impl=Top", func(b *testing.B) {
		b.ReportAllocs()
		var t Top[any]
		for b.Loop() {
			t.Reset(32)
			for k, v := range m {
				t.Offer(k, v)
			}
			t.Sort()
		}
	})
	b.Run("impl=Smallest", func(b *testing.B) {
		b.ReportAllocs()
		var s Smallest[string]
		for b.Loop() {
			s.Reset(32, strings.Compare)
			for k := range m {
				s.Offer(k)
			}
			_ = s.Sorted()
		}
	})
	b.Run("impl=range", func(b *testing.B) {
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			for k := range m {
				n += len(k)
			}
		}
	})
}
