package structgen

import (
	"bytes"
	"strings"
	"testing"

	"github.com/mapkit-go/mapkit/internal/fixture"
	"github.com/mapkit-go/mapkit/internal/testsupport"
	"github.com/stretchr/testify/require"
)

func docs(s ...string) [][]byte {
	out := make([][]byte, len(s))
	for i, d := range s {
		out[i] = []byte(d)
	}
	return out
}

// TestRoundTripTable compiles the types of the golden kinds, of edge cases
// and of the real-world documents (when present, and not under -race) into
// one program: every sample decodes strictly and re-encodes to
// the same JSON, and strict decoding still rejects what it must (unknown
// keys, duplicates, type mismatches, trailing data).
func TestRoundTripTable(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles generated code")
	}
	cases := []roundTripCase{
		{name: "integer ranges", samples: docs(`{"small":1,"wide":2147483648,"neg":-2147483649,"huge":18446744073709551615,"signedHuge":1}`,
			`{"small":-2147483648,"wide":9007199254740993,"neg":-9223372036854775808,"huge":0,"signedHuge":-1}`,
			`{"small":0,"wide":-0,"neg":9223372036854775807,"huge":1,"signedHuge":18446744073709551615}`),
			rejects: docs(`{"small":1.5,"wide":1,"neg":1,"huge":1,"signedHuge":1}`)},
		{name: "floats", samples: docs(`{"f":1.5,"g":1,"lossy":1.00000000000000000001,"huge":1e400,"exp":1e3}`,
			`{"f":0.1,"g":2.5e-7,"lossy":2,"huge":-1E-400,"exp":2E+2}`),
			rejects: docs(`{"f":"x","g":1,"lossy":1,"huge":1,"exp":1}`)},
		{name: "absent, null, zero and empty", samples: docs(
			`{"n":0,"s":"","b":false,"o":{"k":1},"e":{},"l":[],"m":{"x.y":1},"keep":1}`,
			`{"n":null,"s":null,"b":null,"o":null,"e":null,"l":null,"m":null,"keep":2}`,
			`{"keep":3}`,
			`{"n":7,"s":"x","b":true,"o":{},"e":{},"l":[1],"m":{},"keep":4}`),
			rejects: docs(`{"keep":1,"keep":2}`, `{"keep":1,"o":{"k":1,"z":2}}`, `{"keep":1} {}`, `{"keep":"1"}`)},
		{name: "null only", samples: docs(`{"always":null,"sometimes":null}`, `{"always":null}`)},
		{name: "mixed", samples: docs(`{"v":1,"w":[1,"a",null,{"x":1}]}`, `{"v":"a","w":[]}`, `{"v":[1,{"y":2}]}`, `{"v":null,"w":[true]}`, `{"w":[1.5]}`)},
		{name: "keys differing in case", samples: docs(`{"name":"a","Name":"b","NAME":3}`)},
		{name: "varying keys", samples: docs(`{"labels":{"app":"a","tier":"web"}}`, `{"labels":{"team":"b","env":"prod"}}`),
			rejects: docs(`{"labels":{"app":1}}`)},
		{name: "arrays of objects", samples: docs(`{"items":[{"id":1,"tags":["a"]},{"id":2,"extra":{"deep":[[1,2],[]]}},{"id":null}]}`, `{"items":[]}`)},
		{name: "strings", samples: docs(`{"s":"<a href=\"x\">&amp;</a>","u":"é😀\u2028\u0000","e":"\ud83d\ude00"}`)},
		{name: "top-level array", samples: docs(`[{"id":1},{"id":2,"tags":["a"]}]`, `[]`)},
		{name: "top-level scalar", samples: docs(`"abc"`, `"def"`)},
		{name: "top-level numbers", samples: docs(`1`, `2.5`)},
		{name: "top-level big number", samples: docs(`123456789012345678901234567890`)},
		{name: "top-level mixed", samples: docs(`1`, `"a"`, `[true]`)},
		{name: "nested arrays", samples: docs(`[[1,2],[3.5],[]]`)},
		{name: "empty object", samples: docs(`{}`)},
		{name: "required, nested Optional, data keys", opts: Options{Required: true},
			samples: docs(`{"name":"a","tls":{"cert":"c","ca":{"file":"f"}},"headers":{"X-Trace":"1"},"ttl_s":5}`,
				`{"name":"b","tls":null,"headers":{},"ttl_s":null}`, `{"name":"c","headers":{"Accept":"json","X-Trace":"2"},"ttl_s":1}`),
			rejects: docs(
				`{"name":"a","tls":{"cert":"c","cert_fil":"x"},"headers":{},"ttl_s":1}`,  // unknown inside Optional
				`{"name":"a","tls":{"cert":"c","cert":"d"},"headers":{},"ttl_s":1}`,      // duplicate inside Optional
				`{"name":"a","tls":{"cert":"c","ca":{"file":1}},"headers":{},"ttl_s":1}`, // mismatch two levels in
				`{"name":"a","tls":{"ca":{"file":"f"}},"headers":{},"ttl_s":1}`,          // required inside Optional
				`{"headers":{},"ttl_s":1}`,                       // required missing
				`{"name":null,"headers":{},"ttl_s":1}`,           // required null
				`{"name":"a","headers":{"X-New":1},"ttl_s":1}`)}, // map value type
		{name: "names of the generated helper taken", opts: Options{TypeName: "Optional", Structs: map[string]string{"b": "OptionalField"}},
			samples: docs(`{"a":{"x":1},"b":{"y":2},"optional":{"z":3}}`, `{"a":null,"b":{"y":1},"optional":{"z":4}}`, `{"b":{"y":0},"optional":{"z":5}}`),
			rejects: docs(`{"a":{"x":1,"w":2},"b":{"y":1},"optional":{"z":1}}`)},
		{name: "map of records", samples: docs(`{"services":{"web":{"port":80,"env":{"A":"1"}},"db":{"port":5432,"env":{"PG.DATA":"/d"},"replicas":2}}}`)},
	}
	for _, c := range goldenCases {
		cases = append(cases, roundTripCase{name: c.golden, samples: c.samples(t), rejects: goldenRejects(t, c), opts: c.opts})
	}
	for _, name := range fixture.Documents {
		if doc, err := fixture.Document(name); err == nil && !testsupport.Race { // megabytes: too slow under -race
			cases = append(cases, roundTripCase{name: name, samples: [][]byte{doc}})
		}
	}
	failures := roundTripFailures(t, cases)
	require.Empty(t, failures, strings.Join(failures, "\n\n"))
}

// goldenRejects returns a golden kind's first sample with one key misspelt.
func goldenRejects(t *testing.T, c goldenCase) [][]byte {
	t.Helper()
	misspell := map[string][2]string{
		"deployment.golden": {`"imagePullPolicy"`, `"imagePullPolcy"`},
		"package.golden":    {`"devDependencies"`, `"devDependecies"`},
		"service.golden":    {`"timeout_ms": 1500`, `"timout_ms": 1500`},
		"gateway.golden":    {`"client_ca"`, `"client_cert"`},
	}[c.golden]
	doc := c.samples(t)[0]
	require.True(t, bytes.Contains(doc, []byte(misspell[0])))
	return [][]byte{bytes.Replace(doc, []byte(misspell[0]), []byte(misspell[1]), 1)}
}
