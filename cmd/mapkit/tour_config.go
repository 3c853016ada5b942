package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/mapkit-go/mapkit/encode"
	"github.com/mapkit-go/mapkit/encode/structgen"
)

func init() {
	register(section{order: 40, title: "Typed configs: generate types, decode strictly, fix in one pass", run: cfgTour})
}

// cfgSamples are three configs of one service kind: only the first has
// a tls section (null in the second), only the last two set retries.
var cfgSamples = []string{`{
  "service": "checkout",
  "listen": ":8080",
  "upstreams": [
    {"host": "10.0.0.1", "port": 9000, "timeout_ms": 250, "headers": {"X-Request-ID": "$id"}},
    {"host": "10.0.0.2", "port": 9000, "timeout_ms": 250, "weight": 3}
  ],
  "labels": {"app.kubernetes.io/name": "checkout", "team": "payments"},
  "tls": {"cert_file": "/etc/tls/cert.pem", "key_file": "/etc/tls/key.pem"}
}`, `{
  "service": "search",
  "listen": ":8081",
  "upstreams": [{"host": "10.0.1.1", "port": 9200, "timeout_ms": 1500}],
  "labels": {"app.kubernetes.io/name": "search"},
  "tls": null,
  "retries": 2
}`, `{
  "service": "ledger",
  "listen": ":8082",
  "upstreams": [],
  "labels": {},
  "retries": 0
}`}

// cfgBroken is a new config with one mistake of each kind: a key in the
// wrong case, a required field set to null, a misspelt key, a missing
// required field, a string for a number, a misspelt key inside the
// Optional tls section, a repeated key and data after the end.
const cfgBroken = `{
  "Service": "billing",
  "listen": null,
  "upstreams": [
    {"host": "10.0.2.1", "port": 9000, "timout_ms": 300},
    {"port": "9000", "timeout_ms": 300}
  ],
  "labels": {"app.kubernetes.io/name": "billing"},
  "tls": {"cert_fil": "/etc/tls/cert.pem", "key_file": "/etc/tls/key.pem"},
  "retries": 1,
  "retries": 2
} }`

// cfgFixed is the same config, fixed.
const cfgFixed = `{
  "service": "billing",
  "listen": ":8082",
  "upstreams": [
    {"host": "10.0.2.1", "port": 9000, "timeout_ms": 300},
    {"host": "10.0.2.2", "port": 9000, "timeout_ms": 300}
  ],
  "labels": {"app.kubernetes.io/name": "billing"},
  "tls": {"cert_file": "/etc/tls/cert.pem", "key_file": "/etc/tls/key.pem"},
  "retries": 2
}`

// cfgOptions are the decoding options of the tour: every check, keys
// matched exactly.
var cfgOptions = []encode.Option{encode.Strict(), encode.ExactCase()}

// The types and methods below are what `mapkit structgen -required -type
// Config` writes for cfgSamples, with "cfg" put before each type name; a
// test checks that they stay so.

// cfgConfig is the type of the top-level value of the samples.
type cfgConfig struct {
	Service   string              `json:"service" mapkit:"required"`
	Listen    string              `json:"listen" mapkit:"required"`
	Upstreams []cfgUpstream       `json:"upstreams" mapkit:"required"`
	Labels    map[string]string   `json:"labels" mapkit:"required"`
	TLS       cfgOptional[cfgTLS] `json:"tls,omitzero"`
	Retries   *int                `json:"retries,omitzero"`
}

// cfgUpstream is inferred from upstreams[].
type cfgUpstream struct {
	Host                string            `json:"host" mapkit:"required"`
	Port                int               `json:"port" mapkit:"required"`
	TimeoutMilliseconds int               `json:"timeout_ms" mapkit:"required"`
	Headers             map[string]string `json:"headers,omitzero"`
	Weight              *int              `json:"weight,omitzero"`
}

// cfgTLS is inferred from tls.
type cfgTLS struct {
	CertFile string `json:"cert_file" mapkit:"required"`
	KeyFile  string `json:"key_file" mapkit:"required"`
}

// cfgOptional is a field that may be absent, null or set.
type cfgOptional[T any] struct {
	Value T
	Null  bool // the field was null
	Set   bool // the field was present, null or not
}

// IsZero reports whether the field is absent.
func (o cfgOptional[T]) IsZero() bool { return !o.Set }

// MarshalJSON writes null or the value.
func (o cfgOptional[T]) MarshalJSON() ([]byte, error) {
	if o.Null || !o.Set {
		return []byte("null"), nil
	}
	return json.Marshal(o.Value)
}

// MarkPresent implements encode.Presence: encode decodes the value itself.
func (o *cfgOptional[T]) MarkPresent(null bool) any {
	*o = cfgOptional[T]{Set: true, Null: null}
	return &o.Value
}

// UnmarshalJSON reads null or a value as json.Unmarshal does.
func (o *cfgOptional[T]) UnmarshalJSON(data []byte) error {
	*o = cfgOptional[T]{Set: true, Null: string(data) == "null"}
	if o.Null {
		return nil
	}
	return json.Unmarshal(data, &o.Value)
}

func cfgTour(w io.Writer) error {
	samples := make([][]byte, len(cfgSamples))
	for i, s := range cfgSamples {
		samples[i] = []byte(s)
	}
	src, err := structgen.Generate(samples, structgen.Options{Package: "config", TypeName: "Config", Required: true})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Three sample configs of a service (tls set in one, null in one, absent in one)\n")
	fmt.Fprintf(w, "become Go types with `mapkit structgen -required -type Config a.json b.json c.json`:\n\n")
	body := src[bytes.Index(src, []byte("// Config is")):bytes.Index(src, []byte("// Optional is"))]
	fmt.Fprintf(w, "%s\n\n", cfgIndent(string(body)))
	fmt.Fprintf(w, "(and Optional[T], which records absent, null or set, and which encode decodes into\n")
	fmt.Fprintf(w, "with its own checks). A new config with one mistake of each kind:\n\n%s\n\n", cfgIndent(cfgBroken))

	fmt.Fprintf(w, "decoded with encode.Unmarshal(data, &cfg, encode.Strict(), encode.ExactCase()) into\n")
	fmt.Fprintf(w, "those types (compiled into this command), reports them all, with path and position:\n\n")
	var cfg cfgConfig
	strictErr := encode.Unmarshal([]byte(cfgBroken), &cfg, cfgOptions...)
	if strictErr == nil {
		return fmt.Errorf("the broken config decoded without error")
	}
	fmt.Fprintf(w, "%s\n\n", cfgIndent(strictErr.Error()))

	dec := json.NewDecoder(strings.NewReader(cfgBroken))
	dec.DisallowUnknownFields()
	stdErr := dec.Decode(new(cfgConfig))
	fmt.Fprintf(w, "encoding/json (DisallowUnknownFields) reports one, with no line, and no duplicate,\n")
	fmt.Fprintf(w, "case, required or trailing-data check at all:\n\n    %v\n\n", stdErr)

	var tree map[string]any
	if err := json.NewDecoder(strings.NewReader(cfgBroken)).Decode(&tree); err != nil {
		return err
	}
	convErr := encode.Convert(tree, new(cfgConfig), cfgOptions...)
	fmt.Fprintf(w, "Code that already holds the config as map[string]any moves to the struct with\n")
	fmt.Fprintf(w, "encode.Convert(tree, &cfg, encode.Strict(), encode.ExactCase()): same checks and paths,\n")
	fmt.Fprintf(w, "no positions (and no duplicate or trailing data: the map holds neither):\n\n%s\n\n", cfgIndent(convErr.Error()))

	var fixed cfgConfig
	if err := encode.Unmarshal([]byte(cfgFixed), &fixed, cfgOptions...); err != nil {
		return fmt.Errorf("the fixed config: %w", err)
	}
	fmt.Fprintf(w, "Fixed in one pass, it decodes: service %s, %d upstreams, timeout %d ms, retries %d, tls cert %s.\n\n",
		fixed.Service, len(fixed.Upstreams), fixed.Upstreams[0].TimeoutMilliseconds, *fixed.Retries, fixed.TLS.Value.CertFile)

	fmt.Fprintf(w, "Cost of decoding the fixed config (%d bytes), measured now:\n", len(cfgFixed))
	data := []byte(cfgFixed)
	for _, impl := range []struct {
		name string
		fn   func() error
	}{
		{"encode.Unmarshal, Strict", func() error { return encode.Unmarshal(data, new(cfgConfig), cfgOptions...) }},
		{"encode.Unmarshal", func() error { return encode.Unmarshal(data, new(cfgConfig)) }},
		{"json.Unmarshal", func() error { return json.Unmarshal(data, new(cfgConfig)) }},
	} {
		per, err := cfgTime(impl.fn)
		if err != nil {
			return err
		}
		allocs := allocsPerRun(100, func() { _ = impl.fn() })
		fmt.Fprintf(w, "    %-26s %7.1f µs/op %5.0f allocs/op\n", impl.name, per.Seconds()*1e6, allocs)
	}
	return nil
}

// cfgTime returns the mean time of fn over enough runs to take about 100 ms.
func cfgTime(fn func() error) (time.Duration, error) {
	runs := 0
	start := time.Now()
	for time.Since(start) < 100*time.Millisecond {
		for range 50 {
			if err := fn(); err != nil {
				return 0, err
			}
		}
		runs += 50
	}
	return time.Since(start) / time.Duration(runs), nil
}

// cfgIndent indents every non-empty line by four spaces.
func cfgIndent(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = "    " + l
		}
	}
	return strings.Join(lines, "\n")
}
