package b

import (
	"fmt"

	"github.com/mapkit-go/mapkit/safelog"
	"go.uber.org/zap"
)

func g(log *zap.SugaredLogger, m map[string]int, i int) {
	_ = zap.Any("data", m)     // want `zap reflects the whole map on every entry`
	_ = zap.Reflect("data", m) // want `zap reflects the whole map`
	_ = zap.Int("n", i)
	log.Infow("msg", "data", m) // want `zap reflects the whole map`
	log.Infof("got %v", m)      // want `fmt walks the whole map`
	log.Errorln("got", m)       // want `fmt walks the whole map`
	fmt.Println(safelog.Format(m, safelog.DefaultLimits))
}
