package encode_test

import (
	"errors"
	"fmt"
	"net/netip"
	"time"

	"github.com/mapkit-go/mapkit/encode"
)

// ExactCase turns keys that differ from a field's name only in case into
// unknown fields, with the field's name as the suggestion.
func ExampleExactCase() {
	var cfg ProxyConfig
	err := encode.Unmarshal([]byte(`{"Listen": ":8080", "labels": {}}`), &cfg, encode.Strict(), encode.ExactCase())
	showProblems(err)
	// Output:
	// 1:1 "" missing required field key="listen"
	// 1:2 "Listen" unknown field suggestion="listen"
}

// showProblems prints the parts of each problem in err that code acts on.
func showProblems(err error) {
	var de *encode.DecodeError
	if !errors.As(err, &de) {
		fmt.Println(err)
		return
	}
	for _, pe := range de.Errors {
		fmt.Printf("%d:%d %q %s", pe.Line, pe.Column, pe.Path, pe.Kind.String())
		switch {
		case pe.Suggestion != "":
			fmt.Printf(" suggestion=%q", pe.Suggestion)
		case pe.Key != "":
			fmt.Printf(" key=%q", pe.Key)
		}
		if pe.Kind == encode.InvalidValue {
			fmt.Printf(" err=%q", pe.Err)
		}
		fmt.Println()
	}
}

// ParseDurations reads durations as people write them in configs.
func ExampleParseDurations() {
	var cfg struct {
		Timeout time.Duration `json:"timeout"`
		Grace   time.Duration `json:"grace"`
	}
	err := encode.Unmarshal([]byte(`{"timeout": "1m30s", "grace": "soon"}`), &cfg, encode.ParseDurations())
	fmt.Println(cfg.Timeout)
	showProblems(err)
	// Output:
	// 1m30s
	// 1:31 "grace" invalid value err="time: invalid duration \"soon\""
}

// Hook decodes one target type with a function; its errors come back with
// their paths, and decoding goes on.
func ExampleHook() {
	type Level int
	levels := encode.Hook(func(src any) (Level, error) {
		switch src {
		case "debug":
			return -4, nil
		case "info":
			return 0, nil
		}
		return 0, fmt.Errorf("unknown level %v", src)
	})
	var cfg struct {
		Loggers map[string]Level `json:"loggers"`
	}
	err := encode.Unmarshal([]byte(`{"loggers": {"http": "debug", "db": "loud"}}`), &cfg, levels)
	fmt.Println(cfg.Loggers["http"])
	showProblems(err)
	// Output:
	// -4
	// 1:37 "loggers.db" invalid value err="unknown level loud"
}

// Convert takes the concrete types that code holding untyped configs has
// built: typed slices and maps, time.Time, netip.Addr, named numbers.
func ExampleConvert_concreteSources() {
	type Port uint16
	src := map[string]any{
		"hosts":   []string{"10.0.0.1", "10.0.0.2"},
		"labels":  map[string]string{"team": "edge"},
		"since":   time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC),
		"port":    Port(8443),
		"gateway": netip.MustParseAddr("10.0.0.254"),
		"dns":     "1.1.1.1",
	}
	var cfg struct {
		Hosts   []netip.Addr      `json:"hosts"`
		Labels  map[string]string `json:"labels"`
		Since   time.Time         `json:"since"`
		Port    int               `json:"port"`
		Gateway netip.Addr        `json:"gateway"`
		DNS     netip.Addr        `json:"dns"`
	}
	if err := encode.Convert(src, &cfg, encode.Strict()); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(cfg.Hosts, cfg.Labels, cfg.Since.Format(time.DateOnly), cfg.Port, cfg.Gateway, cfg.DNS)

	loop := map[string]any{}
	loop["a"], loop["b"] = loop, loop
	err := encode.Convert(loop, new(any))
	fmt.Println(errors.Is(err, encode.InvalidValue))
	// Output:
	// [10.0.0.1 10.0.0.2] map[team:edge] 2024-05-06 8443 10.0.0.254 1.1.1.1
	// true
}

// Optional is a field that records whether it was present and null, as the
// one structgen writes; through Presence, encode decodes inside it with
// its own checks.
type Optional[T any] struct {
	Value     T
	Set, Null bool
}

// MarkPresent implements encode.Presence.
func (o *Optional[T]) MarkPresent(null bool) any {
	*o = Optional[T]{Set: true, Null: null}
	return &o.Value
}

// UnmarshalJSON is what other decoders call.
func (o *Optional[T]) UnmarshalJSON(data []byte) error {
	return errors.New("not called by encode")
}

func ExamplePresence() {
	var cfg struct {
		TLS Optional[struct {
			CertFile string `json:"cert_file"`
		}] `json:"tls"`
		Proxy Optional[string] `json:"proxy"`
	}
	err := encode.Unmarshal([]byte(`{"tls": {"cert_fil": "/etc/tls.crt"}, "proxy": null}`), &cfg, encode.Strict())
	showProblems(err)
	fmt.Println(cfg.TLS.Set, cfg.Proxy.Set, cfg.Proxy.Null)
	// Output:
	// 1:10 "tls.cert_fil" unknown field suggestion="cert_file"
	// true true true
}

// One list of options can serve both directions: each call uses the
// options that apply to it and ignores the others.
func ExampleOption() {
	type service struct {
		Name string `json:"name"`
		Port int    `json:"port"`
	}
	opts := []encode.Option{encode.Strict(), encode.Indented("", "  ")}
	var s service
	err := encode.Unmarshal([]byte(`{"name": "api", "port": 8080}`), &s, opts...)
	fmt.Println(err)
	out, _ := encode.Marshal(s, opts...)
	fmt.Println(string(out))
	err = encode.Unmarshal([]byte(`{"name": "api", "prot": 8080}`), &s, opts...)
	var de *encode.DecodeError
	fmt.Println(errors.As(err, &de) && de.Errors[0].Kind == encode.UnknownField)
	// Output:
	// <nil>
	// {
	//   "name": "api",
	//   "port": 8080
	// }
	// true
}
