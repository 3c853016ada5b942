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
	switch {
	case !s.isKey:
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(s.index), 10)
		return append(b, ']')
	case plainKey(string(s.key)):
		if len(b) > 0 {
			b = append(b, '.')
		}
		return append(b, s.key...)
	}
	b = append(b, '[')
	b = escape.AppendJSON(b, s.key, false)
	return append(b, ']')
}
