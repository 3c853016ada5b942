package bench

import (
	"encoding/json"
	"io"
	"testing"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	gojson "github.com/goccy/go-json"

	"github.com/mapkit-go/mapkit/encode"
)

// encoder is one JSON implementation, used through its streaming API.
type encoder struct {
	impl string
	role Role
	how  string
	// stream returns a function that writes one value, with map keys in
	// sorted order, to w per call, as the implementation's reusable
	// encoder does.
	stream func(w io.Writer) func(v any) error
}

// encoders lists the JSON implementations, mapkit's first; encode_sonic.go
// adds sonic where it builds.
var encoders = []encoder{
	{impl: "mapkit", role: Mapkit, how: "mapkit encode.Encoder", stream: func(w io.Writer) func(any) error {
		return encode.NewEncoder(w).Encode
	}},
	{impl: "std", role: Peer, how: "encoding/json Encoder", stream: func(w io.Writer) func(any) error {
		return json.NewEncoder(w).Encode
	}},
	{impl: "goccy", role: Peer, how: "goccy/go-json Encoder", stream: func(w io.Writer) func(any) error {
		return gojson.NewEncoder(w).Encode
	}},
	{impl: "jsonv2", role: Peer, how: "go-json-experiment/json MarshalEncode, Deterministic(true)", stream: func(w io.Writer) func(any) error {
		enc := jsontext.NewEncoder(w)
		return func(v any) error { return jsonv2.MarshalEncode(enc, v, jsonv2.Deterministic(true)) }
	}},
}

// encodeWorkload is one value to encode.
type encodeWorkload struct {
	name, about string
	// value returns what the peers encode.
	value func(tb testing.TB) any
	// mapkitValue, when set, returns what mapkit encodes instead: a mapkit
	// type holding the same data as value.
	mapkitValue func(tb testing.TB) any
}

// encodeWorkloads lists the Encode workloads in report order.
var encodeWorkloads = []encodeWorkload{
	{name: "map=order", about: "The 520-key order map of the logging incident: map[string]any nested 3 deep, 7,020 entries.", value: func(testing.TB) any { return orderMap() }},
	{name: "map=int64-1k", about: "map[string]int64 with 1,000 entries.", value: func(testing.TB) any { return int64Map() }},
	{name: "map=string-1k", about: "map[string]string with 1,000 entries, values of 8 to 45 bytes, some with HTML characters to escape.", value: func(testing.TB) any { return stringMap() }},
	{
		name:        "map=tmap-1k",
		about:       "A 1,000-entry tmap.Map[string,int64]; the peers encode the same entries as map[string]int64.",
		value:       func(testing.TB) any { return int64Map() },
		mapkitValue: func(testing.TB) any { return int64TMap() },
	},
	{name: "doc=twitter", about: "twitter.json (632 KB) decoded into any.", value: func(tb testing.TB) any { return document(tb, "twitter") }},
	{name: "doc=citm_catalog", about: "citm_catalog.json (1.7 MB) decoded into any.", value: func(tb testing.TB) any { return document(tb, "citm_catalog") }},
	{name: "doc=canada", about: "canada.json (2.3 MB, mostly numbers) decoded into any.", value: func(tb testing.TB) any { return document(tb, "canada") }},
}

func encodeCases() []Case {
	var cs []Case
	for _, w := range encodeWorkloads {
		for _, e := range encoders {
			if w.mapkitValue != nil && e.role == Mapkit {
				cs = append(cs, encodeCase(w, e, w.mapkitValue))
				continue
			}
			cs = append(cs, encodeCase(w, e, w.value))
		}
	}
	return append(cs, perCallCases()...)
}

func encodeCase(w encodeWorkload, e encoder, value func(testing.TB) any) Case {
	return Case{
		Group:    GroupEncode,
		Workload: w.name,
		Impl:     e.impl,
		Role:     e.role,
		About:    w.about,
		How:      e.how,
		Bench: func(b *testing.B) {
			v := value(b)
			encode := e.stream(io.Discard)
			b.ReportAllocs()
			for b.Loop() {
				if err := encode(v); err != nil {
					b.Fatal(err)
				}
			}
		},
	}
}
