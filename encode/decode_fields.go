package encode

import (
	"github.com/mapkit-go/mapkit/internal/jsonfield"
	"reflect"
	"sync"
	"unicode"
	"unicode/utf8"
)

// fieldTable is what the decoder knows about a struct type: its JSON members
// (shared with the encoder), an index of their case-folded names for
// encoding/json's case-insensitive matching, and which are required.
type fieldTable struct {
	*jsonfield.Struct
	folded   map[string]int // folded JSON key -> index in list, first wins
	required []int          // indexes in list of fields tagged `mapkit:"required"`
	names    []string       // JSON keys in list order, for suggestions
	flags    []fieldFlags
}

// fieldFlags mark how a struct field decodes beyond its JSON name.
type fieldFlags uint8

const (
	required fieldFlags = 1 << iota // tagged `mapkit:"required"`
	nullable                        // tagged `mapkit:"required,nullable"`: null counts as present
)

var structCache sync.Map // reflect.Type -> *fieldTable

// structFor returns the decoding view of the struct type t, computed
// once per type.
func structFor(t reflect.Type) *fieldTable {
	if s, ok := structCache.Load(t); ok {
		return s.(*fieldTable)
	}
	sf := jsonfield.For(t)
	s := &fieldTable{
		Struct: sf,
		folded: make(map[string]int, len(sf.List)),
		names:  make([]string, len(sf.List)),
		flags:  make([]fieldFlags, len(sf.List)),
	}
	for i, f := range sf.List {
		s.names[i] = f.Name
		k := string(fold(nil, []byte(f.Name)))
		if _, dup := s.folded[k]; !dup {
			s.folded[k] = i
		}
		if tag := t.FieldByIndex(f.Index).Tag.Get("mapkit"); jsonfield.HasOption(tag, "required") {
			s.required = append(s.required, i)
			s.flags[i] |= required
			if jsonfield.HasOption(tag, "nullable") {
				s.flags[i] |= nullable
			}
		}
	}
	v, _ := structCache.LoadOrStore(t, s)
	return v.(*fieldTable)
}

// lookup returns the index of the field for an object key: the exact name
// if there is one, else, unless exact, the first whose name equals the key
// under Unicode case folding, as encoding/json matches.
func (s *fieldTable) lookup(key []byte, exact bool) (int, bool) {
	if i, ok := s.ByName[string(key)]; ok || exact {
		return i, ok
	}
	var buf [32]byte
	i, ok := s.folded[string(fold(buf[:0], key))]
	return i, ok
}

// fold appends the case-folded form of name to dst: ASCII letters upper
// cased, other runes mapped to the smallest rune of their folding orbit,
// so that two names fold alike exactly when bytes.EqualFold holds.
func fold(dst, name []byte) []byte {
	for i := 0; i < len(name); {
		c := name[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(name[i:])
		dst = utf8.AppendRune(dst, foldRune(r))
		i += n
	}
	return dst
}

func foldRune(r rune) rune {
	for {
		next := unicode.SimpleFold(r)
		if next <= r {
			return next
		}
		r = next
	}
}
