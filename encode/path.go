package encode

import (
	"reflect"
	"strconv"
	"unicode/utf8"

	"github.com/mapkit-go/mapkit/internal/escape"
	"github.com/mapkit-go/mapkit/internal/jsonfield"
)

// step is one step of a path: an object key or an array index. A key that matched a struct field also records the
// field's JSON name and the struct type, which json.UnmarshalTypeError
// reports.
type step struct {
	key   []byte // the key as decoded; nil for an index step
	index int
	isKey bool
	field *jsonfield.Field // the struct field, for a field step
	owner reflect.Type     // the struct type holding that field
}

// jsonPath is the location of a value: of the value being decoded, whose
// steps are pushed and popped as the decoder descends, and of the value a
// ValueError reports. Its string form is built only for errors, by
// appendSteps and appendBounded, so that PathError and ValueError paths read
// the same.
type jsonPath []step

func (p *jsonPath) pushKey(k []byte) { *p = append(*p, step{key: k, isKey: true}) }
func (p *jsonPath) pushIndex(i int)  { *p = append(*p, step{index: i}) }
func (p *jsonPath) pop()             { *p = (*p)[:len(*p)-1] }

// pushField pushes the key k, matched to the field f of the struct type
// owner.
func (p *jsonPath) pushField(k []byte, f *jsonfield.Field, owner reflect.Type) {
	*p = append(*p, step{key: k, isKey: true, field: f, owner: owner})
}

// structField returns what json.UnmarshalTypeError says of the path: the
// innermost struct type holding a field on it, and the JSON names of the
// struct fields along it joined by dots, a promoted field preceded by the
// Go names of the embedded structs it comes through, as encoding/json
// fills Struct and Field.
func (p jsonPath) structField() (owner, field string) {
	var b []byte
	for _, s := range p {
		if s.owner == nil {
			continue
		}
		t := s.owner
		for _, i := range s.field.Index[:len(s.field.Index)-1] {
			f := t.Field(i)
			b = append(append(b, f.Name...), '.')
			if t = f.Type; t.Kind() == reflect.Pointer {
				t = t.Elem()
			}
		}
		b = append(append(b, s.field.Name...), '.')
		owner = s.owner.Name()
	}
	if len(b) > 0 {
		b = b[:len(b)-1]
	}
	return owner, string(b)
}

// maxPath bounds the paths a PathError holds: a longer path keeps its
// first and last maxPath/2 bytes around "...".
const maxPath = 1024

// appendBounded renders the path as PathError.Path does, into b (scratch
// space the caller reuses): keys that are ASCII identifiers joined by dots,
// other keys as quoted JSON strings in brackets, indexes in brackets:
// `spec.containers[1]["app.kubernetes.io/name"]`. The root is "". The
// result is cut to maxPath bytes by elideMiddle, and a key longer than
// maxPath is rendered only as far as the cut can show it, so that the
// cost stays bounded whatever the keys hold.
func (p jsonPath) appendBounded(b []byte) ([]byte, string) {
	b = b[:0]
	var short []byte
	for _, s := range p {
		if s.isKey && len(s.key) > maxPath {
			short = append(append(short[:0], s.key[:maxPath/2]...), s.key[len(s.key)-maxPath/2:]...)
			s.key = short
		}
		b = s.appendTo(b)
	}
	return b, elideMiddle(b, maxPath)
}

// appendSteps appends the whole path, outermost step first, to b, in the
// form appendBounded writes.
func (p jsonPath) appendSteps(b []byte) []byte {
	for _, s := range p {
		b = s.appendTo(b)
	}
	return b
}

// elideMiddle returns s as a string when it is at most n bytes long, and
// otherwise its first and last n/2 bytes (widened to whole UTF-8
// sequences) joined by "...".
func elideMiddle[S ~string | ~[]byte](s S, n int) string {
	if len(s) <= n {
		return string(s)
	}
	head, tail := n/2, len(s)-n/2
	for head > 0 && !utf8.RuneStart(s[head]) {
		head--
	}
	for tail < len(s) && !utf8.RuneStart(s[tail]) {
		tail++
	}
	return string(s[:head]) + "..." + string(s[tail:])
}

// appendTo appends the step to the path b.
func (s step) appendTo(b []byte) []byte {
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
