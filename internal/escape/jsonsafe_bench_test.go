package escape

import (
	"strings"
	"testing"
)

func BenchmarkJSONSafe(b *testing.B) {
	for _, c := range []struct{ name, s string }{
		{"key", "profile_background_color"},
		{"text", strings.Repeat("An ASCII sentence of tweet text, ", 4)},
		{"unicode", strings.Repeat("日本語のテキスト ", 8)},
	} {
		b.Run("s="+c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.s)))
			b.ReportAllocs()
			for b.Loop() {
				if !JSONSafe(c.s, true) {
					b.Fatal("unsafe")
				}
			}
		})
	}
}
