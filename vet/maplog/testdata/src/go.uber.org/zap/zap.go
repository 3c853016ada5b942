// Package zap is a stub of go.uber.org/zap for the tests.
package zap

import "go.uber.org/zap/zapcore"

type Field = zapcore.Field

func Any(key string, v any) Field     { return Field{Key: key} }
func Reflect(key string, v any) Field { return Field{Key: key} }
func Int(key string, v int) Field     { return Field{Key: key} }

type SugaredLogger struct{}

func (*SugaredLogger) Info(args ...any)                       {}
func (*SugaredLogger) Infof(template string, args ...any)     {}
func (*SugaredLogger) Infow(msg string, keysAndValues ...any) {}
func (*SugaredLogger) Errorln(args ...any)                    {}
