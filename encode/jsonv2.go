//go:build goexperiment.jsonv2

package encode

// What encoding/json does differently when it is built on json/v2
// (GOEXPERIMENT=jsonv2, the default from Go 1.27); jsonv1.go has the other
// side. Each difference is listed in the package documentation.

// nestingAlwaysLimited reports whether all output, compact too, fails past
// maxRawNesting levels, as json/v2's encoder does for the whole document,
// MarshalJSON output included.
const nestingAlwaysLimited = true

// textBeforeString reports whether a map key of a string kind with a
// MarshalText method is written through the method, as json/v2 does.
const textBeforeString = true

// lazyMapKeys reports whether a map's key type is checked only for the keys
// it holds, as json/v2 does: an empty map of any key type is {}, float keys
// are numbers, interface keys are written by their dynamic value (strings,
// integers and TextMarshalers), and a key that cannot be a name is an
// *json.UnsupportedValueError.
const lazyMapKeys = true
