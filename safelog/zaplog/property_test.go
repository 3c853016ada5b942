package zaplog_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/mapkit-go/mapkit/internal/testsupport"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"go.uber.org/zap"

	"github.com/mapkit-go/mapkit/safelog"
	"github.com/mapkit-go/mapkit/safelog/internal/randval"
	"github.com/mapkit-go/mapkit/safelog/zaplog"
)

func TestProperties(t *testing.T) {
	params := gopter.DefaultTestParameters()
	params.MinSuccessfulTests = 500
	if testsupport.Light() {
		params.MinSuccessfulTests = 100
	}
	props := gopter.NewProperties(params)
	genLimits := func(p *gopter.GenParameters) *gopter.GenResult {
		r := p.Rng
		pick := func(max int) int { return r.Intn(max+2) - 1 }
		lim := safelog.Limits{MaxKeys: pick(6), MaxDepth: pick(4), MaxBytes: pick(300), MaxString: pick(20)}
		return gopter.NewGenResult(lim, gopter.NoShrinker)
	}
	props.Property("zap JSON lines are valid JSON for any value and limits", prop.ForAll(
		func(b randval.Box, lim safelog.Limits) bool {
			var buf bytes.Buffer
			zap.New(jsonCore(&buf)).Info("m", zaplog.Any("v", b.V))
			zap.New(zaplog.WrapCore(jsonCore(&buf), lim)).Info("m", zap.Any("v", b.V), zap.Reflect("r", b.V))
			lines := strings.SplitAfter(strings.TrimSuffix(buf.String(), "\n"), "\n")
			for _, line := range lines {
				if !json.Valid([]byte(line)) {
					return false
				}
			}
			return len(lines) == 2
		},
		randval.Plain(4), gopter.Gen(genLimits),
	))
	props.Property("a field renders as the wrapped core renders zap.Any", prop.ForAll(
		func(b randval.Box) bool {
			var direct, wrapped bytes.Buffer
			zap.New(jsonCore(&direct)).Info("m", zaplog.Any("v", b.V))
			zap.New(zaplog.WrapCore(jsonCore(&wrapped), safelog.DefaultLimits)).Info("m", zap.Reflect("v", b.V))
			return direct.String() == wrapped.String()
		},
		randval.Plain(4),
	))
	props.TestingRun(t)
}
