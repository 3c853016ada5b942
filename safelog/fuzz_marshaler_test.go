package safelog_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/mapkit-go/mapkit/safelog"
	"github.com/mapkit-go/mapkit/safelog/internal/hiding"
)

// rawMarshaler returns whatever bytes it holds from MarshalJSON.
type rawMarshaler []byte

func (r rawMarshaler) MarshalJSON() ([]byte, error) { return r, nil }

// FuzzMarshalerOutput feeds arbitrary MarshalJSON output to the JSON
// outputs: the document is valid JSON within MaxBytes with no raw
// line-breaking character, and, without limits, valid output shows as
// encoding/json shows it (keys that start with "..." with one more ".").
func FuzzMarshalerOutput(f *testing.F) {
	for _, s := range []string{`{"a":[1,2,{"b":null}]}`, `"x\u2028y"`, `12.5e3`, `{"...":1}`, `[`, `{"a":1}{`, "\"\u202e\"", `  true `, `"` + strings.Repeat("é", 300) + `"`} {
		f.Add([]byte(s), 64)
	}
	f.Fuzz(func(t *testing.T, raw []byte, maxBytes int) {
		v := map[string]any{"m": rawMarshaler(raw)}
		lim := safelog.Limits{MaxBytes: max(maxBytes%4096, -maxBytes%4096) + 1}
		out, err := safelog.Bounded(v, lim).MarshalJSON()
		if err != nil || !json.Valid(out) || len(out) > max(lim.MaxBytes, 4) {
			t.Fatalf("within %d bytes: %q (%v)", lim.MaxBytes, out, err)
		}
		for _, c := range rawUnsafe {
			if strings.Contains(string(out), c) {
				t.Fatalf("raw %q in %q", c, out)
			}
		}
		want, err := json.Marshal(v)
		if err != nil {
			return // encoding/json rejects it: an inline marker shows instead
		}
		all, _ := safelog.Bounded(v, safelog.NoLimits).MarshalJSON()
		var g, w any
		if json.Unmarshal(all, &g) != nil || json.Unmarshal(want, &w) != nil || hiding.Within(g, w) != nil {
			t.Fatalf("without limits: %s, encoding/json: %s", all, want)
		}
	})
}
