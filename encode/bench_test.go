package encode

import (
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"testing"
	"time"

	goccy "github.com/goccy/go-json"
	"github.com/mapkit-go/mapkit/internal/fixture"
	"github.com/mapkit-go/mapkit/internal/testsupport"
)

// benchDoc is one workload of the side-by-side benchmarks.
type benchDoc struct {
	name string
	v    any
}

func benchDocs(b *testing.B) []benchDoc {
	int64s := make(map[string]int64, 1000)
	strs := make(map[string]string, 1000)
	for i := range 1000 {
		k := fmt.Sprintf("key_%04d_%x", i, i*7919)
		int64s[k] = int64(i) * 1_000_003
		strs[k] = fmt.Sprintf("value number %d of the map", i)
	}
	docs := []benchDoc{
		{"order", fixture.OrderMap()},
		{"map_int64", int64s},
		{"map_string", strs},
	}
	for _, name := range fixture.Documents {
		raw := testsupport.Document(b, name)
		var v any
		if err := json.Unmarshal(raw, &v); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, benchDoc{name, v})
	}
	return docs
}

// encoders are the implementations compared, each an encoder reused across
// iterations writing to w, as a server writing responses would use them.
var encoders = []struct {
	name string
	new  func(w io.Writer) func(v any) error
}{
	{"mapkit", func(w io.Writer) func(any) error { return NewEncoder(w).Encode }},
	{"std", func(w io.Writer) func(any) error { return json.NewEncoder(w).Encode }},
	{"goccy", func(w io.Writer) func(any) error { return goccy.NewEncoder(w).Encode }},
}

func BenchmarkEncode(b *testing.B) {
	for _, d := range benchDocs(b) {
		size, err := json.Marshal(d.v)
		if err != nil {
			b.Fatal(err)
		}
		for _, e := range encoders {
			b.Run("doc="+d.name+"/impl="+e.name, func(b *testing.B) {
				enc := e.new(io.Discard)
				if err := enc(d.v); err != nil { // warm: steady state is measured
					b.Fatal(err)
				}
				b.SetBytes(int64(len(size)))
				b.ReportAllocs()
				cpu := testsupport.CPU()
				for b.Loop() {
					if err := enc(d.v); err != nil {
						b.Fatal(err)
					}
				}
				reportCPU(b, cpu)
			})
		}
	}
}

// BenchmarkEncodeStreamed writes a 1,000-entry map kept in sorted order by
// a StreamMarshaler (as tmap.Map does), against the peers encoding the same
// plain map, which they must sort on every call.
func BenchmarkEncodeStreamed(b *testing.B) {
	m := make(map[string]int64, 1000)
	for i := range 1000 {
		m[fmt.Sprintf("key_%04d_%x", i, i*7919)] = int64(i) * 1_000_003
	}
	p := sortedPairs(m)
	for _, e := range encoders {
		v := any(m)
		if e.name == "mapkit" {
			v = p
		}
		b.Run("doc=sorted_int64/impl="+e.name, func(b *testing.B) {
			enc := e.new(io.Discard)
			if err := enc(v); err != nil { // warm: steady state is measured
				b.Fatal(err)
			}
			b.ReportAllocs()
			cpu := testsupport.CPU()
			for b.Loop() {
				if err := enc(v); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu)
		})
	}
}

// reportCPU reports the process CPU time per operation since start
// (cpu-ns/op): on a machine shared with other work, wall time per operation
// is noisy, CPU time much less so. It includes garbage collection.
func reportCPU(b *testing.B, start time.Duration) {
	if start > 0 {
		b.ReportMetric(float64(testsupport.CPU()-start)/float64(b.N), "cpu-ns/op")
	}
}

// writeRecorder counts bytes and remembers the largest single Write.
type writeRecorder struct {
	n, largest int
}

func (w *writeRecorder) Write(p []byte) (int, error) {
	w.n += len(p)
	w.largest = max(w.largest, len(p))
	return len(p), nil
}

// BenchmarkLargeMap encodes a ~20 MB map (210,000 entries) and reports the
// largest single Write the destination saw (max-write-B), the bytes
// allocated by the first, cold encode (cold-alloc-B), and the bytes
// allocated per encode once warm (B/op): a streaming encoder keeps them
// small, a buffering one holds and writes the whole document at once.
func BenchmarkLargeMap(b *testing.B) {
	m := bigMap(20 << 20)
	for _, e := range encoders {
		b.Run("impl="+e.name, func(b *testing.B) {
			var w writeRecorder
			enc := e.new(&w)
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			if err := enc(m); err != nil {
				b.Fatal(err)
			}
			runtime.ReadMemStats(&after)
			w.n = 0
			b.ReportAllocs()
			for b.Loop() {
				if err := enc(m); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(w.n / b.N))
			b.ReportMetric(float64(w.largest), "max-write-B")
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc), "cold-alloc-B")
		})
	}
}
