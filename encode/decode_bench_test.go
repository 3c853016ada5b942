package encode

import (
	"encoding/json"
	"testing"

	"github.com/mapkit-go/mapkit/internal/doctypes"
	"github.com/mapkit-go/mapkit/internal/testsupport"
)

// benchConfig is a small service configuration, the typical strictly
// decoded document.
const benchConfig = `{
  "name": "checkout",
  "upstreams": [
    {"host": "10.0.0.1", "timeout_ms": 250, "weight": 3},
    {"host": "10.0.0.2", "timeout_ms": 250},
    {"host": "10.0.0.3", "timeout_ms": 500, "weight": 1}
  ],
  "labels": {"app.kubernetes.io/name": "checkout", "tier": "backend", "team": "payments"},
  "spec": {"replicas": 3, "template": {"spec": {"containers": [
    {"name": "app", "image": "registry/checkout:1.4.2", "imagePullPolicy": "IfNotPresent"},
    {"name": "proxy", "image": "registry/envoy:1.30", "imagePullPolicy": "Always"}
  ]}}}
}`

func BenchmarkUnmarshal(b *testing.B) {
	cases := []struct {
		doc, into string
		new       func() any
	}{
		{"twitter", "any", func() any { return new(any) }},
		{"twitter", "struct", func() any { return new(doctypes.Twitter) }},
		{"citm_catalog", "any", func() any { return new(any) }},
		{"citm_catalog", "struct", func() any { return new(doctypes.Citm) }},
		{"config", "struct", func() any { return new(strictConfig) }},
	}
	impls := []struct {
		name      string
		unmarshal func([]byte, any) error
	}{
		{"mapkit", func(d []byte, v any) error { return Unmarshal(d, v) }},
		{"mapkit-strict", func(d []byte, v any) error { return Unmarshal(d, v, Strict()) }},
		{"std", json.Unmarshal},
	}
	for _, c := range cases {
		for _, impl := range impls {
			b.Run("doc="+c.doc+"/into="+c.into+"/impl="+impl.name, func(b *testing.B) {
				data := []byte(benchConfig)
				if c.doc != "config" {
					data = testsupport.Document(b, c.doc)
				}
				b.SetBytes(int64(len(data)))
				b.ReportAllocs()
				for b.Loop() {
					if err := impl.unmarshal(data, c.new()); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkConvert compares Convert with what code does without it: encode
// the tree and decode the text into the struct.
func BenchmarkConvert(b *testing.B) {
	for _, doc := range []string{"citm_catalog", "config"} {
		data := []byte(benchConfig)
		if doc != "config" {
			data = testsupport.Document(b, doc)
		}
		newTarget := func() any { return new(strictConfig) }
		if doc == "citm_catalog" {
			newTarget = func() any { return new(doctypes.Citm) }
		}
		var tree any
		if err := json.Unmarshal(data, &tree); err != nil {
			b.Fatal(err)
		}
		b.Run("doc="+doc+"/impl=mapkit", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := Convert(tree, newTarget(), Strict()); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("doc="+doc+"/impl=std-roundtrip", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				text, err := json.Marshal(tree)
				if err != nil {
					b.Fatal(err)
				}
				if err := json.Unmarshal(text, newTarget()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
