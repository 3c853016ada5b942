// Package zapcore is a stub of go.uber.org/zap/zapcore for the tests.
package zapcore

// Field is a stub of zapcore.Field.
type Field struct{ Key string }
