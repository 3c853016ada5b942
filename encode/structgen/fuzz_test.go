package structgen

import (
	"bytes"
	"encoding/json"
	"errors"
	"go/format"
	"testing"
)

// FuzzGenerate: inference never panics; invalid samples give a
// *SampleError with a position inside the sample; valid ones give formatted
// source, and every sample fits the inferred type.
func FuzzGenerate(f *testing.F) {
	seeds := [][2]string{
		{`{"a":1}`, `{"a":null,"b":[1.5]}`},
		{`[{"id":1},{"id":2,"x":"y"}]`, `[]`},
		{`{"k.1":{"v":1},"k.2":{"v":2}}`, `{"k.3":{}}`},
		{"{\n\"a\": tru}", `{}`},
		{`{"a":1,"a":2}`, `1`},
		{`null`, `"x"`},
		{`18446744073709551615`, `-1`},
		{`1e400`, `[1.00000000000000000001]`},
		{`{"名前":"x","":1}`, `{"\u0000":[[[]]]}`},
		{`{} {}`, ``},
	}
	for _, s := range seeds {
		f.Add([]byte(s[0]), []byte(s[1]))
	}
	f.Fuzz(func(t *testing.T, a, b []byte) {
		samples := [][]byte{a, b}
		src, err := Generate(samples, Options{})
		if err != nil {
			var se *SampleError
			if !errors.As(err, &se) {
				t.Fatalf("error without a position: %v", err)
			}
			data := samples[0]
			if se.Sample == "sample 1" {
				data = samples[1]
			}
			if se.Line < 1 || se.Column < 1 || se.Offset < 0 || se.Offset > len(data) {
				t.Fatalf("position out of the sample: %v", err)
			}
			if json.Valid(data) && se.Err != nil {
				t.Fatalf("valid sample reported as a syntax error: %v", err)
			}
			return
		}
		for _, s := range samples {
			if !json.Valid(s) {
				t.Fatalf("invalid sample %q accepted", s)
			}
		}
		if formatted, err := format.Source(src); err != nil || string(formatted) != string(src) {
			t.Fatalf("source not gofmt-formatted: %v\n%s", err, src)
		}
		tagged, err := Generate(samples, Options{TypeName: "Optional", Required: true})
		if err != nil {
			t.Fatalf("with Required and TypeName Optional: %v", err)
		}
		if bytes.Count(tagged, []byte("\ntype Optional ")) != 1 {
			t.Fatalf("Optional declared other than once:\n%s", tagged)
		}
		typ, err := Infer(samples, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range samples {
			v, err := decodeNumbers(s)
			if err != nil {
				t.Fatal(err)
			}
			if why := fit(typ, v, ""); why != "" {
				t.Fatalf("%s does not fit: %s", s, why)
			}
		}
	})
}
