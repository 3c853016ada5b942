package safelog_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mapkit-go/mapkit/safelog"
)

// FuzzFormatJSON decodes fuzzed JSON into any (the maps, slices, strings,
// numbers, bools and nils of real logged data) and formats it under fuzzed
// limits.
func FuzzFormatJSON(f *testing.F) {
	f.Add([]byte(`{"b":[1,2,{"c":null}],"a":"x\ny"}`), 2, 2, 40, 5)
	f.Add([]byte(`[1e300,-0,0.1,"\u2028\u001b[31m",true]`), -1, -1, -1, -1)
	f.Add([]byte(`{"k":{"k":{"k":{"k":{"k":"deep"}}}}}`), 0, 3, 0, 0)
	f.Add([]byte(`"\ud800 lone surrogate \u00e9"`), 1, 1, 7, 3)
	f.Fuzz(func(t *testing.T, data []byte, keys, depth, bytes_, str int) {
		var v any
		if json.Unmarshal(data, &v) != nil {
			return
		}
		lim := safelog.Limits{MaxKeys: keys % 64, MaxDepth: depth % 64, MaxBytes: bytes_ % 5000, MaxString: str % 500}
		checkFormat(t, v, lim)
		if lim == (safelog.Limits{MaxKeys: -1, MaxDepth: -1, MaxBytes: -1, MaxString: -1}) && plain(v) {
			if got, want := safelog.Format(v, lim), fmt.Sprint(v); got != want {
				t.Fatalf("no limits: got %q, fmt.Sprint %q", got, want)
			}
		}
	})
}

// FuzzFormatStrings formats maps with fuzzed keys and values, through the
// text form, MarshalJSON and the wrapped slog JSON handler.
func FuzzFormatStrings(f *testing.F) {
	f.Add("key", "value", 10)
	f.Add("k\nlevel=ERROR", "v\x1b[2J\r\n", 0)
	f.Add("\xff\xfe", "\xed\xa0\x80\u2028\u0085", 3)
	f.Add(strings.Repeat("é", 100), strings.Repeat("\x00", 100), 50)
	f.Fuzz(func(t *testing.T, key, value string, maxBytes int) {
		v := map[string]any{key: value, "list": []any{value, key}}
		lim := safelog.Limits{MaxBytes: maxBytes % 300, MaxString: maxBytes % 37}
		checkFormat(t, v, lim)
		checkFormat(t, value, lim)
		var buf bytes.Buffer
		slog.New(safelog.NewHandler(slog.NewJSONHandler(&buf, nil), lim)).Info("m", key, v)
		if !json.Valid(buf.Bytes()) || strings.Count(buf.String(), "\n") != 1 {
			t.Fatalf("slog line: %q", buf.String())
		}
	})
}

func checkFormat(t *testing.T, v any, lim safelog.Limits) {
	t.Helper()
	got := safelog.Format(v, lim)
	if n := budget(lim); n >= 0 && len(got) > n {
		t.Fatalf("%d bytes over a budget of %d: %q", len(got), n, got)
	}
	if !utf8.ValidString(got) || strings.ContainsAny(got, "\n\r\x1b\u2028") {
		t.Fatalf("unsafe output %q", got)
	}
	js, err := json.Marshal(safelog.Bounded(v, lim))
	if err != nil || !json.Valid(js) {
		t.Fatalf("MarshalJSON: %s, %v", js, err)
	}
}

// plain reports whether fmt.Sprint and Format agree on v's strings: they
// do unless a string holds characters Format escapes.
func plain(v any) bool {
	switch x := v.(type) {
	case string:
		return safeText(x)
	case []any:
		for _, e := range x {
			if !plain(e) {
				return false
			}
		}
	case map[string]any:
		for k, e := range x {
			if !safeText(k) || !plain(e) {
				return false
			}
		}
	}
	return true
}

func safeText(s string) bool {
	return safelog.Format(s, safelog.NoLimits) == s
}
