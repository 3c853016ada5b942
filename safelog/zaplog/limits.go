package zaplog

import (
	"github.com/mapkit-go/mapkit/safelog"
	"github.com/mapkit-go/mapkit/safelog/internal/walk"
)

// limits are safelog.Limits resolved as safelog resolves them.
type limits struct {
	walk     walk.Limits
	maxBytes int
}

func resolve(l safelog.Limits) limits {
	d := safelog.DefaultLimits
	return limits{
		walk: walk.Limits{
			MaxKeys:   walk.Resolve(l.MaxKeys, d.MaxKeys),
			MaxDepth:  walk.Resolve(l.MaxDepth, d.MaxDepth),
			MaxString: walk.Resolve(l.MaxString, d.MaxString),
		},
		maxBytes: walk.Resolve(l.MaxBytes, d.MaxBytes),
	}
}

func defaultLimits() limits { return resolve(safelog.DefaultLimits) }
