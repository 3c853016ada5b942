package encode

import (
	"strconv"

	"github.com/mapkit-go/mapkit/internal/escape"
)

// decStep is one step of the path to the value being decoded: an object key
// or an array index.
type decStep struct {
	key   []byte // the key as decoded; nil for an index step
	index int
	isKey bool
}

// decPath is the location of the value being decoded. Steps are pushed and
// popped as the decoder descends; the string form is built only for errors.
type decPath []decStep

func (p *decPath) pushKey(k []byte) { *p = append(*p, decStep{key: k, isKey: true}) }
func (p *decPath) pushIndex(i int)  { *p = append(*p, decStep{index: i}) }
func (p *decPath) pop()             { *p = (*p)[:len(*p)-1] }

// String renders the path as ValueError.Path does: keys that are ASCII
// identifiers joined by dots, other keys as quoted JSON strings in
// brackets, indexes in brackets: `spec.containers[1]["app.kubernetes.io/name"]`.
// The root is "".
func (p decPath) String() string {
	var b []byte
	for _, s := range p {
		b = decAppendStep(b, s)
	}
	return string(b)
}

// decAppendStep appends one step of a path to b.
func decAppendStep(b []byte, s decStep) []byte {
	if !s.isKey {
		return appendIndexStep(b, s.index)
	}
	return appendKeyStep(b, s.key)
}

// appendIndexStep appends an array index step, [3], to a path.
func appendIndexStep(b []byte, i int) []byte {
	b = append(b, '[')
	b = strconv.AppendInt(b, int64(i), 10)
	return append(b, ']')
}

// appendKeyStep appends an object key step to a path: .key for an ASCII
// identifier (no dot at the start of a path), otherwise the key as a quoted
// JSON string in brackets. Encoder and decoder errors both write paths with
// it.
func appendKeyStep[S ~string | ~[]byte](b []byte, k S) []byte {
	if plainKey(string(k)) {
		if len(b) > 0 {
			b = append(b, '.')
		}
		return append(b, k...)
	}
	b = append(b, '[')
	b = escape.AppendJSON(b, k, false)
	return append(b, ']')
}
