package b

import "go.uber.org/zap"

// Replacing the only use of zap would leave its import unused: no fix.
func h(m map[string]int) {
	_ = zap.Any("data", m) // want `zap reflects the whole map`
}
