package zaplog_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"go.uber.org/zap"

	"github.com/mapkit-go/mapkit/safelog"
	"github.com/mapkit-go/mapkit/safelog/zaplog"
)

// FuzzAny logs fuzzed JSON documents, decoded into any, under a fuzzed key
// and limits, through Any and through a wrapped core: every line must be
// one line of valid JSON.
func FuzzAny(f *testing.F) {
	f.Add([]byte(`{"b":[1,2,{"c":null}],"a":"x\ny"}`), "key", 40)
	f.Add([]byte(`[1e300,-0,0.1,"\u2028\u001b[31m",true]`), "k\n\x1b", 0)
	f.Add([]byte(`"\ud800 lone surrogate"`), "\xff", 3)
	f.Fuzz(func(t *testing.T, data []byte, key string, maxBytes int) {
		var v any
		if json.Unmarshal(data, &v) != nil {
			return
		}
		var buf bytes.Buffer
		zap.New(jsonCore(&buf)).Info("m", zaplog.Any(key, v))
		zap.New(zaplog.WrapCore(jsonCore(&buf), safelog.Limits{MaxBytes: maxBytes % 500, MaxString: maxBytes % 13})).
			Info("m", zap.Any(key, v))
		lines := strings.SplitAfter(strings.TrimSuffix(buf.String(), "\n"), "\n")
		if len(lines) != 2 {
			t.Fatalf("want 2 lines: %q", buf.String())
		}
		for _, line := range lines {
			if !json.Valid([]byte(line)) {
				t.Fatalf("invalid JSON: %s", line)
			}
		}
	})
}
