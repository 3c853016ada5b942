// Package zaplog is a stub of mapkit's zaplog for the tests.
package zaplog

import "go.uber.org/zap"

func Any(key string, v any) zap.Field { return zap.Field{Key: key} }
