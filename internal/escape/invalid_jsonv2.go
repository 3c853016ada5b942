//go:build goexperiment.jsonv2

package escape

// invalidUTF8 is what AppendJSON writes for each byte of invalid UTF-8:
// U+FFFD itself, as encoding/json does when it is built on json/v2
// (GOEXPERIMENT=jsonv2, and the default from Go 1.27).
const invalidUTF8 = "\ufffd"
