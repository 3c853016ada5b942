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

// cfgSamples are two configs of one service kind; only the first has
// a tls section, only the second sets retries.
var cfgSamples = []string{`{
  "service": "checkout",
  "listen": ":8080",
  "upstreams": [
    {"host": "10.0.0.1", "port": 9000, "timeout_ms": 250},
    {"host": "10.0.0.2", "port": 9000, "timeout_ms": 250, "weight": 3}
  ],
  "labels": {"app.kubernetes.io/name": "checkout", "team": "payments"},
  "tls": {"cert": "/etc/tls/cert.pem", "key": "/etc/tls/key.pem"}
}`, `{
  "service": "search",
  "listen": ":8081",
  "upstreams": [{"host": "10.0.1.1", "port": 9200, "timeout_ms": 1500}],
  "labels": {"app.kubernetes.io/name": "search"},
  "retries": 2
}`}

// cfgBroken is a new config with four mistakes.
const cfgBroken = `{
  "service": "billing",
  "listen": 8082,
  "upstreams": [
    {"host": "10.0.2.1", "port": 9000, "timout_ms": 300},
    {"host": "10.0.2.2", "port": "9000", "timeout_ms": 300}
  ],
  "labels": {"app.kubernetes.io/name": "billing"},
  "retries": 1,
  "retries": 2
}`

// cfgFixed is the same config, fixed.
const cfgFixed = `{
  "service": "billing",
  "listen": ":8082",
  "upstreams": [
    {"host": "10.0.2.1", "port": 9000, "timeout_ms": 300},
    {"host": "10.0.2.2", "port": 9000, "timeout_ms": 300}
  ],
  "labels": {"app.kubernetes.io/name": "billing"},
  "retries": 2
}`

// The types below are what `mapkit structgen -type Config` writes for
// cfgSamples, with "cfg" put before each type name; a test checks
// that they stay so.

// cfgConfig is the type of the top-level value of the samples.
type cfgConfig struct {
	Service   string            `json:"service"`
	Listen    string            `json:"listen"`
	Upstreams []cfgUpstream     `json:"upstreams"`
	Labels    map[string]string `json:"labels"`
	TLS       *cfgTLS           `json:"tls,omitzero"`
	Retries   *int              `json:"retries,omitzero"`
}

// cfgUpstream is inferred from upstreams[].
type cfgUpstream struct {
	Host                string `json:"host"`
	Port                int    `json:"port"`
	TimeoutMilliseconds int    `json:"timeout_ms"`
	Weight              *int   `json:"weight,omitzero"`
}

// cfgTLS is inferred from tls.
type cfgTLS struct {
	Cert string `json:"cert"`
	Key  string `json:"key"`
}

func cfgTour(w io.Writer) error {
	samples := make([][]byte, len(cfgSamples))
	for i, s := range cfgSamples {
		samples[i] = []byte(s)
	}
	src, err := structgen.Generate(samples, structgen.Options{Package: "config", TypeName: "Config"})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Two sample configs of a service (only one has tls, only the other retries)\n")
	fmt.Fprintf(w, "become Go types with `mapkit structgen -type Config a.json b.json`:\n\n")
	body := src[bytes.Index(src, []byte("// Config is")):]
	fmt.Fprintf(w, "%s\n\n", cfgIndent(string(body)))

	fmt.Fprintf(w, "A new config with four mistakes, decoded with encode.Unmarshal(data, &cfg, encode.Strict())\n")
	fmt.Fprintf(w, "into those types (compiled into this command), reports them all, with path and position:\n\n")
	var cfg cfgConfig
	strictErr := encode.Unmarshal([]byte(cfgBroken), &cfg, encode.Strict())
	if strictErr == nil {
		return fmt.Errorf("the broken config decoded without error")
	}
	fmt.Fprintf(w, "%s\n\n", cfgIndent(strictErr.Error()))

	dec := json.NewDecoder(strings.NewReader(cfgBroken))
	dec.DisallowUnknownFields()
	stdErr := dec.Decode(new(cfgConfig))
	fmt.Fprintf(w, "encoding/json (DisallowUnknownFields) reports one, with no line, and no duplicate at all:\n\n    %v\n\n", stdErr)

	var tree map[string]any
	if err := json.Unmarshal([]byte(cfgBroken), &tree); err != nil {
		return err
	}
	convErr := encode.Convert(tree, new(cfgConfig), encode.Strict())
	fmt.Fprintf(w, "Code that already holds the config as map[string]any moves to the struct with\n")
	fmt.Fprintf(w, "encode.Convert(tree, &cfg, encode.Strict()): same checks and paths, no positions\n")
	fmt.Fprintf(w, "(and no duplicate: the map kept one of the two):\n\n%s\n\n", cfgIndent(convErr.Error()))

	var fixed cfgConfig
	if err := encode.Unmarshal([]byte(cfgFixed), &fixed, encode.Strict()); err != nil {
		return fmt.Errorf("the fixed config: %w", err)
	}
	fmt.Fprintf(w, "Fixed in one pass, it decodes: service %s, %d upstreams, timeout %d ms, retries %d, tls %v.\n\n",
		fixed.Service, len(fixed.Upstreams), fixed.Upstreams[0].TimeoutMilliseconds, *fixed.Retries, fixed.TLS)

	fmt.Fprintf(w, "Cost of decoding the fixed config (%d bytes), measured now:\n", len(cfgFixed))
	data := []byte(cfgFixed)
	for _, impl := range []struct {
		name string
		fn   func() error
	}{
		{"encode.Unmarshal, Strict", func() error { return encode.Unmarshal(data, new(cfgConfig), encode.Strict()) }},
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
