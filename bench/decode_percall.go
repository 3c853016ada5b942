package bench

import (
	"bytes"
	"encoding/json"
	"io"
	"testing"

	jsonv2 "github.com/go-json-experiment/json"
	gojson "github.com/goccy/go-json"

	"github.com/mapkit-go/mapkit/encode"
)

// decoder is one JSON implementation, used as an HTTP handler uses it: a
// fresh decoder over each request body.
type decoder struct {
	impl string
	role Role
	how  string
	// decode decodes the single value r holds into v with a new decoder.
	decode func(r io.Reader, v any) error
}

// decoders lists the JSON implementations, mapkit's first; decode_sonic.go
// adds sonic where it builds.
var decoders = []decoder{
	{impl: "mapkit", role: Mapkit, how: "mapkit encode.NewDecoder(r).Decode", decode: func(r io.Reader, v any) error {
		return encode.NewDecoder(r).Decode(v)
	}},
	{impl: "std", role: Peer, how: "encoding/json NewDecoder(r).Decode", decode: func(r io.Reader, v any) error {
		return json.NewDecoder(r).Decode(v)
	}},
	{impl: "goccy", role: Peer, how: "goccy/go-json NewDecoder(r).Decode", decode: func(r io.Reader, v any) error {
		return gojson.NewDecoder(r).Decode(v)
	}},
	{impl: "jsonv2", role: Peer, how: "go-json-experiment/json UnmarshalRead", decode: func(r io.Reader, v any) error {
		return jsonv2.UnmarshalRead(r, v)
	}},
}

// smallRequest is a request body with ten fields, the typical small
// struct a handler decodes.
type smallRequest struct {
	ID       int64             `json:"id"`
	User     string            `json:"user"`
	Email    string            `json:"email"`
	Active   bool              `json:"active"`
	Score    float64           `json:"score"`
	Tags     []string          `json:"tags"`
	Plan     string            `json:"plan"`
	Quota    int               `json:"quota"`
	Region   string            `json:"region"`
	Metadata map[string]string `json:"metadata"`
}

const smallRequestBody = `{"id":48213,"user":"ada","email":"ada@example.com","active":true,"score":97.5,` +
	`"tags":["admin","beta"],"plan":"pro","quota":1000,"region":"eu-west-1","metadata":{"source":"signup"}}` + "\n"

const smallMapBody = `{"event":"login","user":"ada","ok":true,"ms":12.5,"ip":"10.0.0.7"}` + "\n"

// decodeWorkload is one request body and the type it is decoded into.
type decodeWorkload struct {
	name, about, body string
	target            func() any
}

var decodeWorkloads = []decodeWorkload{
	{name: "percall=struct", about: "A fresh decoder per call over a 10-field, 181-byte request body, decoded into a struct.",
		body: smallRequestBody, target: func() any { return new(smallRequest) }},
	{name: "percall=map", about: "A fresh decoder per call over a 5-key, 67-byte body, decoded into map[string]any.",
		body: smallMapBody, target: func() any { return new(map[string]any) }},
}

func decodeCases() []Case {
	var cs []Case
	for _, w := range decodeWorkloads {
		for _, d := range decoders {
			cs = append(cs, Case{
				Group:    GroupDecode,
				Workload: w.name,
				Impl:     d.impl,
				Role:     d.role,
				About:    w.about,
				How:      d.how,
				Bench: func(b *testing.B) {
					body := []byte(w.body)
					r := bytes.NewReader(body)
					b.SetBytes(int64(len(body)))
					b.ReportAllocs()
					for b.Loop() {
						r.Reset(body)
						if err := d.decode(r, w.target()); err != nil {
							b.Fatal(err)
						}
					}
				},
			})
		}
	}
	return cs
}
