package zaplog

import (
	"github.com/mapkit-go/mapkit/safelog"
	"github.com/mapkit-go/mapkit/safelog/internal/walk"
)

// limits are safelog.Limits resolved as safelog resolves them, for the JSON
// view: zap's outputs are JSON-shaped.
type limits = walk.Limits

func resolve(l safelog.Limits) limits {
	d := safelog.DefaultLimits
	spec := func(l safelog.Limits) walk.Spec {
		return walk.Spec{MaxKeys: l.MaxKeys, MaxDepth: l.MaxDepth, MaxBytes: l.MaxBytes, MaxString: l.MaxString}
	}
	return spec(l).Resolve(spec(d), true)
}

func defaultLimits() limits { return resolve(safelog.DefaultLimits) }
