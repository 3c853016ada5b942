package structgen

import (
	"testing"

	"github.com/mapkit-go/mapkit/internal/fixture"
	"github.com/mapkit-go/mapkit/internal/testsupport"
)

// BenchmarkGenerate measures inference and source generation on the
// real-world documents (one sample each).
func BenchmarkGenerate(b *testing.B) {
	for _, name := range fixture.Documents {
		b.Run("doc="+name, func(b *testing.B) {
			doc := testsupport.Document(b, name)
			samples := [][]byte{doc}
			b.SetBytes(int64(len(doc)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Generate(samples, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
