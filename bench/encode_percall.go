package bench

import (
	"encoding/json"
	"io"
	"testing"

	jsonv2 "github.com/go-json-experiment/json"
	gojson "github.com/goccy/go-json"

	"github.com/mapkit-go/mapkit/encode"
)

// perCaller is one JSON implementation used as an HTTP handler uses it:
// a fresh encoder, or one Marshal call, per value.
type perCaller struct {
	impl string
	role Role
	// encoder and marshal say what the implementation calls.
	encoder, marshal string
	// encode writes v to w through an encoder made for this one call.
	encode func(w io.Writer, v any) error
	// marshalValue returns v's JSON.
	marshalValue func(v any) ([]byte, error)
}

// perCallers lists the implementations, mapkit's first; encode_sonic.go
// adds sonic where it builds.
var perCallers = []perCaller{
	{
		impl: "mapkit", role: Mapkit,
		encoder: "encode.NewEncoder(w).Encode(v)", marshal: "encode.Marshal(v)",
		encode:       func(w io.Writer, v any) error { return encode.NewEncoder(w).Encode(v) },
		marshalValue: func(v any) ([]byte, error) { return encode.Marshal(v) },
	},
	{
		impl: "std", role: Peer,
		encoder: "json.NewEncoder(w).Encode(v)", marshal: "json.Marshal(v)",
		encode:       func(w io.Writer, v any) error { return json.NewEncoder(w).Encode(v) },
		marshalValue: json.Marshal,
	},
	{
		impl: "goccy", role: Peer,
		encoder: "gojson.NewEncoder(w).Encode(v)", marshal: "gojson.Marshal(v)",
		encode:       func(w io.Writer, v any) error { return gojson.NewEncoder(w).Encode(v) },
		marshalValue: gojson.Marshal,
	},
	{
		impl: "jsonv2", role: Peer,
		encoder: "json.MarshalWrite(w, v, json.Deterministic(true))", marshal: "json.Marshal(v, json.Deterministic(true))",
		encode: func(w io.Writer, v any) error { return jsonv2.MarshalWrite(w, v, jsonv2.Deterministic(true)) },
		marshalValue: func(v any) ([]byte, error) {
			return jsonv2.Marshal(v, jsonv2.Deterministic(true))
		},
	},
}

// Order is the small struct of the per-call workloads: ten fields of the
// kinds an API response carries.
type Order struct {
	ID       int64    `json:"id"`
	Customer string   `json:"customer"`
	Email    string   `json:"email"`
	Total    float64  `json:"total"`
	Currency string   `json:"currency"`
	Paid     bool     `json:"paid"`
	Items    int      `json:"items"`
	Tags     []string `json:"tags"`
	Note     string   `json:"note,omitempty"`
	Created  string   `json:"created"`
}

// smallOrder and smallMap are the per-call values.
func smallOrder() any {
	return &Order{
		ID: 1042, Customer: "Ada Lovelace", Email: "ada@example.com", Total: 129.5,
		Currency: "EUR", Paid: true, Items: 3, Tags: []string{"gift", "express"},
		Created: "2026-01-02T15:04:05Z",
	}
}

func smallMap() any {
	return map[string]any{"id": 1042.0, "status": "paid", "total": 129.5, "express": true, "customer": "Ada Lovelace"}
}

// perCallValues lists the per-call values in report order.
var perCallValues = []struct {
	name, about string
	value       func() any
}{
	{"map5", "a 5-key map[string]any (numbers, strings, a bool)", smallMap},
	{"struct10", "a pointer to a 10-field struct (numbers, strings, a bool, a []string)", smallOrder},
}

// perCalls are the two ways a handler encodes one value.
var perCalls = []struct {
	name, about string
	how         func(p perCaller) string
	run         func(p perCaller, v any) error
}{
	{
		"Encoder", "A fresh encoder per value, as an HTTP handler writes its response",
		func(p perCaller) string { return p.encoder },
		func(p perCaller, v any) error { return p.encode(io.Discard, v) },
	},
	{
		"Marshal", "One Marshal call per value",
		func(p perCaller) string { return p.marshal },
		func(p perCaller, v any) error { _, err := p.marshalValue(v); return err },
	},
}

// perCallCases are the per-call workloads: a fresh encoder per value, and
// Marshal, so B/op counts what each call costs a handler.
func perCallCases() []Case {
	var cs []Case
	for _, call := range perCalls {
		for _, pv := range perCallValues {
			for _, p := range perCallers {
				cs = append(cs, Case{
					Group: GroupEncode, Workload: "percall=" + call.name + "." + pv.name, Impl: p.impl, Role: p.role,
					About: call.about + ": " + pv.about + ".",
					How:   call.how(p),
					Bench: func(b *testing.B) {
						v := pv.value()
						b.ReportAllocs()
						for b.Loop() {
							if err := call.run(p, v); err != nil {
								b.Fatal(err)
							}
						}
					},
				})
			}
		}
	}
	return cs
}
