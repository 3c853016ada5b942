package safelog_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/rand"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mapkit-go/mapkit/internal/testsupport"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/mapkit-go/mapkit/safelog"
	"github.com/mapkit-go/mapkit/safelog/internal/randval"
)

func properties(t *testing.T) *gopter.Properties {
	params := gopter.DefaultTestParameters()
	params.MinSuccessfulTests = 500
	if testsupport.Light() {
		params.MinSuccessfulTests = 100
	}
	return gopter.NewProperties(params)
}

// genLimits generates limits from tiny to none, zero (default) included.
func genLimits() gopter.Gen {
	return func(p *gopter.GenParameters) *gopter.GenResult {
		r := p.Rng
		pick := func(max int) int { return r.Intn(max+2) - 1 }
		lim := safelog.Limits{MaxKeys: pick(6), MaxDepth: pick(4), MaxBytes: pick(300), MaxString: pick(20), Summary: r.Intn(4) == 0}
		return gopter.NewGenResult(lim, gopter.NoShrinker)
	}
}

// budget is the byte limit lim stands for, or -1.
func budget(lim safelog.Limits) int {
	switch {
	case lim.MaxBytes < 0:
		return -1
	case lim.MaxBytes == 0:
		return safelog.DefaultLimits.MaxBytes
	}
	return lim.MaxBytes
}

func TestPropertiesFormat(t *testing.T) {
	props := properties(t)
	props.Property("output never exceeds MaxBytes, is one line of valid UTF-8", prop.ForAll(
		func(b randval.Box, lim safelog.Limits) bool {
			v := b.V
			got := safelog.Format(v, lim)
			if b := budget(lim); b >= 0 && len(got) > b {
				return false
			}
			return utf8.ValidString(got) && !strings.ContainsAny(got, "\n\r")
		},
		randval.Plain(3), genLimits(),
	))
	props.Property("the same value always renders the same", prop.ForAll(
		func(b randval.Box, lim safelog.Limits) bool {
			v := b.V
			a := safelog.Format(v, lim)
			return a == safelog.Format(v, lim) && "x="+a == string(safelog.Append([]byte("x="), v, lim))
		},
		randval.Plain(3), genLimits(),
	))
	props.Property("with no limits the output is fmt.Sprint's", prop.ForAll(
		func(b randval.Box) bool { return safelog.Format(b.V, safelog.NoLimits) == fmt.Sprint(b.V) },
		randval.Plain(4),
	))
	props.Property("MaxKeys shows the smallest keys, in order, and counts the rest", prop.ForAll(
		func(keys []string, k int) bool {
			m := map[string]int{}
			for i, key := range keys {
				m[key] = i
			}
			sorted := make([]string, 0, len(m))
			for key := range m {
				sorted = append(sorted, key)
			}
			sort.Strings(sorted)
			parts := []string{}
			for _, key := range sorted[:min(k, len(sorted))] {
				parts = append(parts, fmt.Sprintf("%s:%d", key, m[key]))
			}
			if left := len(sorted) - min(k, len(sorted)); left > 0 {
				parts = append(parts, fmt.Sprintf("...+%d", left))
			}
			want := "map[" + strings.Join(parts, " ") + "]"
			return safelog.Format(m, safelog.Limits{MaxKeys: k, MaxBytes: -1, MaxString: -1}) == want
		},
		gen.SliceOf(gen.AlphaString()), gen.IntRange(1, 10),
	))
	props.Property("hostile strings come out escaped on one line", prop.ForAll(
		func(seed int64, lim safelog.Limits) bool {
			r := rand.New(rand.NewSource(seed))
			v := map[string]any{randval.Hostile(r, 20): randval.Hostile(r, 40)}
			got := safelog.Format(v, lim)
			return utf8.ValidString(got) && !strings.ContainsAny(got, "\n\r\x1b\u2028\u0085\x00")
		},
		gen.Int64(), genLimits(),
	))
	props.TestingRun(t)
}

func TestPropertiesJSON(t *testing.T) {
	props := properties(t)
	props.Property("MarshalJSON is valid JSON within MaxBytes", prop.ForAll(
		func(b randval.Box, lim safelog.Limits) bool {
			v := b.V
			js, err := json.Marshal(safelog.Bounded(v, lim))
			if err != nil || !json.Valid(js) {
				return false
			}
			n := budget(lim)
			return n < 5 || len(js) <= n
		},
		randval.Plain(3), genLimits(),
	))
	props.Property("slog JSON lines are valid JSON", prop.ForAll(
		func(b randval.Box, lim safelog.Limits, seed int64) bool {
			v := b.V
			var buf bytes.Buffer
			wrapped := slog.New(safelog.NewHandler(slog.NewJSONHandler(&buf, nil), lim))
			plain := slog.New(slog.NewJSONHandler(&buf, nil))
			key := randval.Hostile(rand.New(rand.NewSource(seed)), 8)
			wrapped.With(key, v).Info("wrapped", key, v, slog.Group("g", key, v))
			plain.Info("any", safelog.Any(key, v))
			for _, line := range strings.SplitAfter(strings.TrimSuffix(buf.String(), "\n"), "\n") {
				if !json.Valid([]byte(line)) {
					return false
				}
			}
			return strings.Count(buf.String(), "\n") == 2
		},
		randval.Plain(3), genLimits(), gen.Int64(),
	))
	props.TestingRun(t)
}
