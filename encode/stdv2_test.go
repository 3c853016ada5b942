//go:build goexperiment.jsonv2

package encode

// stdOnV2 reports whether encoding/json is built on json/v2
// (GOEXPERIMENT=jsonv2).
const stdOnV2 = true
