//go:build !goexperiment.jsonv2

package encode

// What encoding/json does differently when it is built on json/v2
// (GOEXPERIMENT=jsonv2, the default from Go 1.27); jsonv2.go has the other
// side. Each difference is listed in the package documentation.

// nestingAlwaysLimited reports whether all output, compact too, fails past
// maxRawNesting levels; encoding/json of Go 1.26 and earlier limits only
// indented output, and the output of each MarshalJSON method on its own.
const nestingAlwaysLimited = false

// textBeforeString reports whether a map key of a string kind with a
// MarshalText method is written through the method; encoding/json of Go
// 1.26 and earlier writes the string itself.
const textBeforeString = false

// lazyMapKeys reports whether a map's key type is checked only for the keys
// it holds: an empty map of any key type is {}, float keys are numbers,
// interface keys are written by their dynamic value, and a key that cannot
// be a name is an *json.UnsupportedValueError. encoding/json of Go 1.26 and
// earlier rejects such map types outright, with an
// *json.UnsupportedTypeError.
const lazyMapKeys = false
