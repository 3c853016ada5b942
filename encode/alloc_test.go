package encode

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"testing"

	"github.com/mapkit-go/mapkit/internal/fixture"
	"github.com/mapkit-go/mapkit/internal/testsupport"
	"github.com/stretchr/testify/require"
)

func TestEncodeAllocatesNothingOnceWarm(t *testing.T) {
	testsupport.SkipUnderRace(t)
	int64s := map[string]int64{}
	strs := map[string]string{}
	for i := range 1000 {
		int64s[fmt.Sprintf("k%04d", i)] = int64(i) * 7919
		strs[fmt.Sprintf("k%04d", i)] = fmt.Sprintf("value <%d>", i)
	}
	p := sortedPairs(int64s)
	wide := map[string]int64{} // more keys than a pooled Stream keeps room for
	for i := range keepKeys + 1000 {
		wide[fmt.Sprintf("w%06d", i)] = int64(i)
	}
	docs := map[string]any{
		"order map":              fixture.OrderMap(),
		"map[string]int64":       int64s,
		"map[string]string":      strs,
		"StreamMarshaler":        p,
		"nested StreamMarshaler": map[string]any{"p": p, "q": []any{p}},
		"big":                    bigMap(1 << 20),
		"wider than the pool":    wide,
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
	testsupport.SkipUnderRace(t)
	m := fixture.OrderMap()
	_, _ = Marshal(m)
	allocs := testing.AllocsPerRun(5, func() { _, _ = Marshal(m) })
	require.LessOrEqual(t, allocs, 1.0)
}

// order is a small response struct, as a handler encodes one per request.
type order struct {
	ID       int64    `json:"id"`
	Customer string   `json:"customer"`
	Total    float64  `json:"total"`
	Paid     bool     `json:"paid"`
	Tags     []string `json:"tags"`
	Note     string   `json:"note,omitempty"`
}

func smallValues() map[string]any {
	return map[string]any{
		"map":    map[string]any{"id": 7.0, "status": "paid", "total": 12.5, "express": true, "who": "<Ada>"},
		"struct": &order{ID: 7, Customer: "Ada", Total: 12.5, Paid: true, Tags: []string{"gift"}},
		"slice":  []any{1.0, "two", nil, false},
	}
}

func TestFreshEncoderPerCallAllocatesNothing(t *testing.T) {
	testsupport.SkipUnderRace(t)
	for name, v := range smallValues() {
		for _, vr := range variants {
			if !vr.streamFormat {
				continue
			}
			require.NoError(t, NewEncoder(io.Discard, vr.opts...).Encode(v))
			allocs := testing.AllocsPerRun(100, func() {
				if err := NewEncoder(io.Discard, vr.opts...).Encode(v); err != nil {
					t.Fatal(err)
				}
			})
			require.Zero(t, allocs, "%s %s", name, vr.name)
		}
	}
}

func TestResetEncoderAllocatesNothing(t *testing.T) {
	testsupport.SkipUnderRace(t)
	var a, b bytes.Buffer
	enc := NewEncoder(&a)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	v := smallValues()["struct"]
	require.NoError(t, enc.Encode(v))
	allocs := testing.AllocsPerRun(100, func() {
		a.Reset()
		enc.Reset(&b)
		b.Reset()
		enc.Reset(&a)
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
	})
	require.Zero(t, allocs)
}

func TestSmallMarshalAllocatesOnlyItsResult(t *testing.T) {
	testsupport.SkipUnderRace(t)
	for name, v := range smallValues() {
		_, _ = Marshal(v)
		allocs := testing.AllocsPerRun(100, func() { _, _ = Marshal(v) })
		require.LessOrEqual(t, allocs, 1.0, name)
	}
}

func TestValueOptionsAllocateNothing(t *testing.T) {
	testsupport.SkipUnderRace(t)
	v := smallValues()["struct"]
	_, _ = Marshal(v, EscapeHTML(false), MaxDepth(10), Strict())
	allocs := testing.AllocsPerRun(100, func() { _, _ = Marshal(v, EscapeHTML(false), MaxDepth(10), Strict()) })
	require.LessOrEqual(t, allocs, 1.0, "Marshal with options")

	data := []byte(`{"id":7,"customer":"Ada","total":12.5,"paid":true,"tags":null}`)
	var o order
	unmarshal := func(opts ...Option) float64 {
		require.NoError(t, Unmarshal(data, &o, opts...))
		return testing.AllocsPerRun(100, func() {
			if err := Unmarshal(data, &o, opts...); err != nil {
				t.Fatal(err)
			}
		})
	}
	bare := unmarshal()
	require.Equal(t, bare, unmarshal(Strict(), ExactCase(), UseNumber(), EscapeHTML(false), MaxDepth(3)), "Unmarshal with options")
}
