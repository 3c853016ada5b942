package structgen

import (
	"errors"
	"fmt"
)

// Infer returns the type that every sample fits. names, when not nil, names
// the samples in errors (a file name, say) and must have one name per
// sample; otherwise errors say "sample N", counting from 0.
//
// Errors: no samples; a sample that is not valid JSON, has a duplicate key
// or is null at the top level (a *SampleError with line and column).
//
// After merging, each object position is decided: an object whose keys are
// data rather than names becomes Kind Map (see Options for the rule).
func Infer(samples [][]byte, names []string) (*Type, error) {
	if len(samples) == 0 {
		return nil, errors.New("structgen: no samples")
	}
	if names != nil && len(names) != len(samples) {
		return nil, fmt.Errorf("structgen: %d names for %d samples", len(names), len(samples))
	}
	root := &Type{}
	for i, data := range samples {
		name := fmt.Sprintf("sample %d", i)
		if names != nil {
			name = names[i]
		}
		t, err := parse(name, data)
		if err != nil {
			return nil, err
		}
		merge(root, t)
	}
	decide(root)
	return root, nil
}

// decide turns objects whose keys are data into maps, from the root down:
// the values of a map are merged before their own keys are judged.
func decide(t *Type) {
	if t.Kind == Object && keysAreData(t) {
		elem := &Type{}
		for _, f := range t.Fields {
			merge(elem, f.Type)
		}
		t.Kind, t.Fields, t.index, t.Elem = Map, nil, nil, elem
	}
	switch t.Kind {
	case Object:
		for _, f := range t.Fields {
			decide(f.Type)
		}
	case Array, Map:
		decide(t.Elem)
	}
}

// keysAreData reports whether an object's keys are data: it never had a key;
// or some key is not name-like; or the key sets vary — at least two objects
// and two keys, no key common to all of them, and values that share a type.
func keysAreData(t *Type) bool {
	if len(t.Fields) == 0 {
		return true
	}
	common := false
	kind := Unknown
	for _, f := range t.Fields {
		if !nameLike(f.Key) {
			return true
		}
		common = common || f.Count == t.Values
		switch k := f.Type.Kind; {
		case kind == Unknown, kind == k:
			kind = k
		case isNumber(kind) && isNumber(k):
			kind = Float
		case k != Unknown:
			kind = Mixed
		}
	}
	return t.Values >= 2 && len(t.Fields) >= 2 && !common && kind != Mixed
}

// nameLike reports whether a key reads as a field name: an ASCII letter, '_',
// '$' or '@' first, then ASCII letters, digits, '_', '-' or '$'.
func nameLike(key string) bool {
	if key == "" {
		return false
	}
	for i := 0; i < len(key); i++ {
		c := key[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', c == '_', c == '$':
		case c == '@' && i == 0:
		case ('0' <= c && c <= '9' || c == '-') && i > 0:
		default:
			return false
		}
	}
	return true
}
