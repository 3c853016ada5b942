package encode

import (
	"encoding/json"
	"testing"
)

// fuzzTarget is a typed destination for fuzzed documents: decoding into it
// exercises struct fields, tags and typed containers on the encoding side.
type fuzzTarget struct {
	Name   string             `json:"name"`
	N      float64            `json:"n,omitempty"`
	I      int64              `json:"i,string"`
	Tags   []string           `json:"tags"`
	Attrs  map[string]any     `json:"attrs,omitzero"`
	ByNum  map[int]string     `json:"by_num"`
	Raw    json.RawMessage    `json:"raw"`
	Num    json.Number        `json:"num"`
	Inner  *propInner         `json:"inner"`
	Floats map[string]float32 `json:"floats"`
	Any    any                `json:"any"`
}

var fuzzSeeds = []string{
	`null`, `true`, `0`, `-1.5e-7`, `1e21`, `"a\u2028<b>&\ud83d\ude00"`, `"\ud800"`, "\"\xff\"",
	`{"b":1,"a":[1,2,{"c":null}],"":""}`, `[[],{},"",0]`,
	`{"name":"x","i":"12","tags":["<"],"attrs":{"k":[true]},"by_num":{"-3":"a","10":"b"}}`,
	`{"raw":{"x" : [ 1 , "<&>" ]},"num":1.0e+2,"inner":{"a":"q","b":"1.5"},"floats":{"f":3.4e38}}`,
	`{"any":{"z":1,"y":{"x":[1e-7,123456789012345678901234567890]}}}`,
}

// FuzzMarshalDecodedJSON decodes arbitrary bytes with encoding/json, into
// any and into a struct, and requires both encoders to write the same bytes
// in every variant.
func FuzzMarshalDecodedJSON(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var v any
		if json.Unmarshal(data, &v) == nil {
			if d := sameAsStd(v); d != "" {
				t.Fatalf("any: %s", d)
			}
		}
		var typed fuzzTarget
		if json.Unmarshal(data, &typed) == nil {
			if d := sameAsStd(&typed); d != "" {
				t.Fatalf("struct: %s", d)
			}
		}
	})
}

// FuzzMarshalerOutput feeds arbitrary bytes as the output of a MarshalJSON
// method: both encoders must accept and reject the same outputs and write
// the same bytes for those they accept.
func FuzzMarshalerOutput(f *testing.F) {
	for _, s := range append(fuzzSeeds, `{"a":}`, `1 2`, ``, `[1,]`, `"\x"`, "\"\x01\"", ` {} `) {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, v := range []any{badJSON{string(data)}, map[string]badJSON{"k": {string(data)}}} {
			if d := sameAsStd(v); d != "" {
				t.Fatalf("%q: %s", data, d)
			}
		}
	})
}
