package zaplog_test

import (
	"os"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/mapkit-go/mapkit/safelog"
	"github.com/mapkit-go/mapkit/safelog/zaplog"
)

func stdoutCore() zapcore.Core {
	cfg := zap.NewProductionEncoderConfig()
	cfg.TimeKey = ""
	return zapcore.NewCore(zapcore.NewJSONEncoder(cfg), zapcore.AddSync(os.Stdout), zap.InfoLevel)
}

func ExampleAny() {
	logger := zap.New(stdoutCore())
	order := map[string]any{"id": "A-1", "lines": []any{"apple", "pear"}, "total": 12.5}
	logger.Info("order placed", zaplog.Any("order", order))
	// Output:
	// {"level":"info","msg":"order placed","order":{"id":"A-1","lines":["apple","pear"],"total":12.5}}
}

func ExampleWrapCore() {
	logger := zap.New(zaplog.WrapCore(stdoutCore(), safelog.Limits{MaxKeys: 2, MaxString: 8}))
	// Unchanged call sites: the map and the long string are bounded by the core.
	logger.Info("order placed",
		zap.Any("order", map[string]any{"id": "A-1", "lines": 3, "note": "ring twice"}),
		zap.String("comment", "a very long comment"))
	// Output:
	// {"level":"info","msg":"order placed","order":{"id":"A-1","lines":3,"...":1},"comment":"a very l...+11B"}
}

func ExampleAnyWith() {
	logger := zap.New(stdoutCore())
	logger.Info("batch", zaplog.AnyWith("ids", []int{1, 2, 3, 4, 5}, safelog.Limits{MaxKeys: 2}))
	// Output:
	// {"level":"info","msg":"batch","ids":[1,2,"...+3"]}
}
