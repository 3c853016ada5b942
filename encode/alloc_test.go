package encode

import (
	"encoding/json"
	"fmt"
	"io"
	"testing"

	"github.com/mapkit-go/mapkit/internal/fixture"
	"github.com/mapkit-go/mapkit/internal/testsupport"
	"github.com/stretchr/testify/require"
)

func TestEncodeAllocatesNothingOnceWarm(t *testing.T) {
	if testsupport.Race {
		t.Skip("the race detector allocates")
	}
	int64s := map[string]int64{}
	strs := map[string]string{}
	for i := range 1000 {
		int64s[fmt.Sprintf("k%04d", i)] = int64(i) * 7919
		strs[fmt.Sprintf("k%04d", i)] = fmt.Sprintf("value <%d>", i)
	}
	p := sortedPairs(int64s)
	docs := map[string]any{
		"order map":          fixture.OrderMap(),
		"map[string]int64":   int64s,
		"map[string]string":  strs,
		"MarshalerTo":        p,
		"nested MarshalerTo": map[string]any{"p": p, "q": []any{p}},
		"big":                bigMap(1 << 20),
	}
	for _, name := range fixture.Documents {
		b, err := fixture.Document(name)
		if err != nil {
			continue
		}
		var v any
		require.NoError(t, json.Unmarshal(b, &v))
		docs[name] = v
	}
	for name, doc := range docs {
		for _, vr := range variants {
			if !vr.streamFormat {
				continue
			}
			enc := NewEncoder(io.Discard, vr.opts...)
			allocs := testing.AllocsPerRun(5, func() { require.NoError(t, enc.Encode(doc)) })
			require.Zero(t, allocs, "%s %s", name, vr.name)
		}
	}
	enc := NewEncoder(io.Discard)
	allocs := testing.AllocsPerRun(5, func() { require.NoError(t, Object(enc, p.all())) })
	require.Zero(t, allocs, "Object over int64 values")
	sp := sortedPairs(strs)
	allocs = testing.AllocsPerRun(5, func() { require.NoError(t, Object(enc, sp.all())) })
	require.Zero(t, allocs, "Object over string values")
}

func TestMarshalAllocatesOnlyItsResult(t *testing.T) {
	if testsupport.Race {
		t.Skip("the race detector allocates")
	}
	m := fixture.OrderMap()
	_, _ = Marshal(m)
	allocs := testing.AllocsPerRun(5, func() { _, _ = Marshal(m) })
	require.LessOrEqual(t, allocs, 1.0)
}
