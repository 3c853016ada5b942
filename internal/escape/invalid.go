//go:build !goexperiment.jsonv2

package escape

// invalidUTF8 is what AppendJSON writes for each byte of invalid UTF-8:
// the escape encoding/json writes.
const invalidUTF8 = `\ufffd`
