package zaplog_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/mapkit-go/mapkit/safelog"
	"github.com/mapkit-go/mapkit/safelog/internal/hiding"
	"github.com/mapkit-go/mapkit/safelog/zaplog"
)

// card redacts itself for zap, everywhere in a value as zaplog honours it;
// encoding/json hides its number by a tag, so both views agree.
type card struct {
	Number string `json:"-"`
	Last4  string
}

func (c card) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("Last4", c.Last4)
	return nil
}

// zapLine logs one entry with field through core and returns the decoded
// value under "v".
func zapLine(t *testing.T, wrap func(zapcore.Core) zapcore.Core, field zap.Field) any {
	t.Helper()
	var buf bytes.Buffer
	zap.New(wrap(jsonCore(&buf))).Info("m", field)
	return decode(t, &buf)["v"]
}

func plain(c zapcore.Core) zapcore.Core { return c }

// TestJSONOutputsShowWhatZapShows holds the rule of safelog for zap: Any
// and WrapCore never show a member or value that zap.Any on the same core
// would not show; without limits they show exactly that.
func TestJSONOutputsShowWhatZapShows(t *testing.T) {
	vals := hiding.Values()
	for k, v := range hiding.Pointers() {
		vals[k] = v
	}
	vals["card"] = card{Number: hiding.Secret, Last4: "4242"}
	vals["*card"] = &card{Number: hiding.Secret, Last4: "4242"}
	vals["card in map"] = map[string]any{"c": card{Number: hiding.Secret, Last4: "4242"}}
	outputs := map[string]func(v any, lim safelog.Limits) (func(zapcore.Core) zapcore.Core, zap.Field){
		"AnyWith": func(v any, lim safelog.Limits) (func(zapcore.Core) zapcore.Core, zap.Field) {
			return plain, zaplog.AnyWith("v", v, lim)
		},
		"WrapCore": func(v any, lim safelog.Limits) (func(zapcore.Core) zapcore.Core, zap.Field) {
			return func(c zapcore.Core) zapcore.Core { return zaplog.WrapCore(c, lim) }, zap.Any("v", v)
		},
	}
	all := safelog.Limits{MaxKeys: -1, MaxDepth: -1, MaxBytes: -1, MaxString: -1}
	for name, v := range vals {
		want := zapLine(t, plain, zap.Any("v", v))
		for oname, out := range outputs {
			t.Run(oname+"/"+name, func(t *testing.T) {
				if _, isCard := v.(card); !isCard || oname == "WrapCore" {
					wrap, f := out(v, all)
					require.Equal(t, want, zapLine(t, wrap, f), "without limits, zap's own view")
				}
				for _, l := range hiding.Limits() {
					wrap, f := out(v, safelog.Limits{MaxKeys: l[0], MaxDepth: l[1], MaxBytes: l[2], MaxString: l[3]})
					got := zapLine(t, wrap, f)
					b, err := json.Marshal(got)
					require.NoError(t, err)
					require.NotContains(t, string(b), hiding.Secret)
					require.NoError(t, hiding.Within(got, want), "limits %v: %s", l, b)
				}
			})
		}
	}
}
