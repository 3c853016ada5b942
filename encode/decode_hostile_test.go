package encode

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/mapkit-go/mapkit/internal/testsupport"
	"github.com/stretchr/testify/require"
)

func TestInterfaceCyclesAreReported(t *testing.T) {
	for _, doc := range []string{`{"a":1}`, `[1]`, `1`, `"x"`, `true`} {
		var a, b any
		b, a = &a, &b
		err := Unmarshal([]byte(doc), &a)
		require.ErrorIs(t, err, InvalidValue, doc)
		require.ErrorIs(t, err, errDecCycle, doc)
		require.ErrorIs(t, NewDecoder(strings.NewReader(doc)).Decode(&a), errDecCycle, doc)

		var x, y, z any
		x, y, z = &y, &z, &x
		require.ErrorIs(t, Unmarshal([]byte(doc), &x), errDecCycle, doc)
		_ = z
	}
	var a, b any
	b, a = &a, &b
	require.NoError(t, Unmarshal([]byte(`null`), &a), "null breaks no cycle: it stores nil")
	require.Nil(t, a)
}

// errorBytes is what the problems of err hold in strings.
func errorBytes(err error) int {
	de, ok := err.(*DecodeError)
	if !ok {
		return 0
	}
	n := 0
	for _, e := range de.Errors {
		n += len(e.Path) + len(e.Key) + len(e.Msg) + len(e.Value) + len(e.Suggestion)
	}
	return n
}

// longKeyDoc has a key of n bytes over an object with many mistyped
// fields, so that every problem's path holds the key.
func longKeyDoc(n, fields int) string {
	var b strings.Builder
	b.WriteString(`{"` + strings.Repeat("k", n) + `":{`)
	for i := range fields {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `"f%d":"x"`, i)
	}
	b.WriteString("}}")
	return b.String()
}

// unknownDoc has n unknown fields.
func unknownDoc(n int) string {
	var b strings.Builder
	b.WriteByte('{')
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `"unknown_%d":%d`, i, i)
	}
	b.WriteByte('}')
	return b.String()
}

func TestDecodeErrorsStaySmall(t *testing.T) {
	doc := longKeyDoc(1<<20, 2*MaxErrors)
	var v map[string]map[string]int
	err := Unmarshal([]byte(doc), &v, Strict())
	require.ErrorIs(t, err, TypeMismatch)
	require.Len(t, err.(*DecodeError).Errors, MaxErrors)
	require.Equal(t, MaxErrors, err.(*DecodeError).Omitted)
	require.Less(t, errorBytes(err), 2*MaxErrors*(maxPath+8), "paths are cut, not copied whole")
	require.Less(t, len(err.Error()), len(doc)/4)

	unknown := unknownDoc(100_000)
	var c strictConfig
	err = Unmarshal([]byte(unknown), &c, Strict())
	require.ErrorIs(t, err, UnknownField)
	require.Equal(t, 100_000+1-MaxErrors, err.(*DecodeError).Omitted, "the unknown fields and the missing name")

	if testsupport.Race {
		return
	}
	allocated := func(f func()) uint64 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		f()
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	n := allocated(func() { _ = Unmarshal([]byte(unknown), &c, Strict()) })
	require.Less(t, n, uint64(2*len(unknown)), "omitted problems cost nothing")
}

// BenchmarkDecodeErrors measures the memory of documents full of mistakes:
// Strict with a million unknown fields, and a 1 MiB key above 200 type
// mismatches. B/op over the document's size is the multiple of the input
// that decoding it costs.
func BenchmarkDecodeErrors(b *testing.B) {
	cases := []struct {
		name string
		doc  string
		new  func() any
	}{
		{"unknown-fields=1M", unknownDoc(1 << 20), func() any { return new(strictConfig) }},
		{"long-key=1MiB", longKeyDoc(1<<20, 2*MaxErrors), func() any { return new(map[string]map[string]int) }},
	}
	for _, c := range cases {
		b.Run(c.name+"/impl=mapkit-strict", func(b *testing.B) {
			data := []byte(c.doc)
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			var bytes uint64
			for b.Loop() {
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				err := Unmarshal(data, c.new(), Strict())
				_ = err.Error()
				runtime.ReadMemStats(&after)
				bytes += after.TotalAlloc - before.TotalAlloc
			}
			b.ReportMetric(float64(bytes)/float64(b.N)/float64(len(data)), "alloc/input")
		})
	}
}
