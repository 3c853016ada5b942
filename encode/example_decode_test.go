package encode_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/mapkit-go/mapkit/encode"
)

type ProxyUpstream struct {
	Host      string `json:"host" mapkit:"required"`
	TimeoutMS int    `json:"timeout_ms"`
}

type ProxyConfig struct {
	Listen    string            `json:"listen" mapkit:"required"`
	Upstreams []ProxyUpstream   `json:"upstreams"`
	Labels    map[string]string `json:"labels"`
}

// Strict decoding reports every problem of a configuration at once, each
// with its JSON path, its position and, for a misspelt key, the closest
// field name.
func ExampleStrict() {
	doc := `{
  "listen": ":8080",
  "upstreams": [
    {"host": "10.0.0.1", "timeout_ms": 250},
    {"host": "10.0.0.2", "timout_ms": 250},
    {"timeout_ms": "fast"}
  ],
  "labels": {"app.kubernetes.io/name": 7}
}`
	var cfg ProxyConfig
	err := encode.Unmarshal([]byte(doc), &cfg, encode.Strict())
	fmt.Println(err)

	var de *encode.DecodeError
	if errors.As(err, &de) {
		first := de.Errors[0]
		fmt.Printf("%s at %d:%d, did you mean %s?\n", first.Path, first.Line, first.Column, first.Suggestion)
	}
	fmt.Println(errors.Is(err, encode.UnknownField), errors.Is(err, encode.DuplicateKey))
	// Output:
	// json: unknown field "timout_ms" (at upstreams[1].timout_ms, line 5, column 26; did you mean "timeout_ms"?)
	// 	encode: missing required field "host" (at upstreams[2], line 6, column 5)
	// 	json: cannot unmarshal string into Go struct field ProxyUpstream.upstreams.timeout_ms of type int: "fast" (at upstreams[2].timeout_ms, line 6, column 20)
	// 	json: cannot unmarshal number into Go struct field ProxyConfig.labels of type string: 7 (at labels["app.kubernetes.io/name"], line 8, column 40)
	// upstreams[1].timout_ms at 5:26, did you mean timeout_ms?
	// true false
}

// Convert turns a configuration already decoded into map[string]any into
// a struct with the same checks and paths as Unmarshal (no line and column:
// there is no text).
func ExampleConvert() {
	loaded := map[string]any{
		"listen": ":8080",
		"upstreams": []any{
			map[string]any{"host": "10.0.0.1", "timeout_ms": 250.0},
			map[string]any{"host": "10.0.0.2", "timeout_ms": 2.5},
		},
	}
	var cfg ProxyConfig
	err := encode.Convert(loaded, &cfg, encode.Strict())
	fmt.Println(err)
	fmt.Println(cfg.Listen, cfg.Upstreams[0].TimeoutMS)
	// Output:
	// json: cannot unmarshal number 2.5 into Go struct field ProxyUpstream.upstreams.timeout_ms of type int (at upstreams[1].timeout_ms)
	// :8080 250
}

// A Decoder reads a stream of values; positions count from the stream's
// start.
func ExampleNewDecoder() {
	stream := strings.NewReader(`{"host": "a", "timeout_ms": 1}
{"host": "b", "timeout_ms": 2}
{"hots": "c"}
`)
	dec := encode.NewDecoder(stream, encode.Strict())
	for {
		var u ProxyUpstream
		err := dec.Decode(&u)
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(u.Host, u.TimeoutMS)
	}
	// Output:
	// a 1
	// b 2
	// encode: missing required field "host" (line 3, column 1)
	// 	json: unknown field "hots" (at hots, line 3, column 2; did you mean "host"?)
}

// Token reads a large array element by element, as with json.Decoder,
// without holding the whole array in memory.
func ExampleDecoder_Token() {
	dec := encode.NewDecoder(strings.NewReader(`[{"host": "a"}, {"host": "b"}]`))
	if _, err := dec.Token(); err != nil { // [
		fmt.Println(err)
		return
	}
	for dec.More() {
		var u ProxyUpstream
		if err := dec.Decode(&u); err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(u.Host)
	}
	tok, err := dec.Token()
	fmt.Println(tok, err)
	// Output:
	// a
	// b
	// ] <nil>
}
