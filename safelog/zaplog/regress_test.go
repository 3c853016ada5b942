package zaplog_test

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/mapkit-go/mapkit/safelog"
	"github.com/mapkit-go/mapkit/safelog/zaplog"
)

// richError prints more with %+v, as errors with stack traces do.
type richError struct{ text, verbose string }

func (e richError) Error() string { return e.text }

func (e richError) Format(f fmt.State, verb rune) {
	if f.Flag('+') {
		_, _ = f.Write([]byte(e.verbose))
		return
	}
	_, _ = f.Write([]byte(e.text))
}

// blob adds a big binary member.
type blob struct{}

func (blob) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddBinary("b", bytes.Repeat([]byte{1}, 10<<20))
	return nil
}

func TestWrapCoreBoundsEveryField(t *testing.T) {
	var buf bytes.Buffer
	lim := safelog.Limits{}
	logger := zap.New(zaplog.WrapCore(jsonCore(&buf), lim))
	huge := strings.Repeat("e", 100<<10)
	logger.With(zap.String("with", huge)).Info(huge,
		zap.Error(richError{huge, huge + huge}),
		zap.NamedError("named", errors.New(huge)),
		zap.ByteString("bs", []byte(huge)),
		zap.Binary("bin", []byte(huge)),
		zap.Stringer("str", stringerOf(huge)),
		zap.Strings("list", []string{huge, huge}),
		zap.Object("obj", blob{}),
		zap.Array("nil", nil),
		zap.String(huge, "key"),
	)
	line := buf.String()
	require.Less(t, len(line), 12*4096, "every field within its limits: %.500s", line)
	got := decode(t, &buf)
	require.Contains(t, got, "errorVerbose", "the verbose text is kept, cut")
	require.Nil(t, got["nil"], "a nil array marshaler is null, not a panic")
	require.Contains(t, got["obj"].(map[string]any)["b"], "...+", "binary inside a guarded object is cut")
}

func TestZapBoundedOnce(t *testing.T) {
	big := make(map[string]any, 100)
	for i := range 100 {
		big["k"+strconv.Itoa(100+i)] = i
	}
	var buf bytes.Buffer
	zap.New(zaplog.WrapCore(jsonCore(&buf), safelog.Limits{MaxKeys: 2})).Info("m", zaplog.AnyWith("m", big, safelog.Limits{MaxKeys: 2}))
	require.Contains(t, buf.String(), `"...":98`, "a field bounded already passes WrapCore as it is")
}
