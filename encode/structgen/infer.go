package structgen

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// Infer returns the type that every sample fits. names, when not nil, names
// the samples in errors (a file name, say) and must have one name per
// sample; otherwise errors say "sample N", counting from 0.
//
// Errors: no samples; a sample that is not valid JSON, has a duplicate key
// or is null at the top level (a *SampleError with line and column).
//
// After merging, each object position is decided: an object whose keys are
// data rather than names becomes Kind Map (see the package documentation
// for the rule). Generate applies Options.Maps and Options.Structs, which
// override the rule at given paths, at this step.
func Infer(samples [][]byte, names []string) (*Type, error) {
	return inferWith(samples, names, nil)
}

func inferWith(samples [][]byte, names []string, o *overrides) (*Type, error) {
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
	decide(root, nil, "", o)
	if err := o.unused(); err != nil {
		return nil, err
	}
	return root, nil
}

// overrides are the paths where Options force a map or a struct, and
// which of them matched an object.
type overrides struct {
	maps, structs map[string]bool
	used          map[string]bool
}

func newOverrides(opts Options) *overrides {
	if len(opts.Maps) == 0 && len(opts.Structs) == 0 {
		return nil
	}
	o := &overrides{maps: map[string]bool{}, structs: map[string]bool{}, used: map[string]bool{}}
	for _, p := range opts.Maps {
		o.maps[p] = true
	}
	for p := range opts.Structs {
		o.structs[p] = true
	}
	return o
}

// unused returns an error naming the first override path that matched no
// object of the samples, in sorted order.
func (o *overrides) unused() error {
	if o == nil {
		return nil
	}
	var missing []string
	for p := range o.maps {
		if !o.used[p] {
			missing = append(missing, p)
		}
	}
	for p := range o.structs {
		if !o.used[p] {
			missing = append(missing, p)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	slices.Sort(missing)
	return fmt.Errorf("%w: no object in the samples at path %q (paths look like \"upstreams[].headers\", \"labels.*\")", ErrOptions, missing[0])
}

// decide turns objects whose keys are data into maps, from the root down:
// the values of a map are merged before their own keys are judged. key is
// the object's key in its parent ("" for elements and the root); o, when
// not nil, forces maps and structs at some paths.
func decide(t *Type, at *path, key string, o *overrides) {
	if t.Kind == Object {
		asMap := keysAreData(t, key)
		if o != nil {
			p := at.full()
			switch {
			case o.maps[p]:
				asMap, o.used[p] = true, true
			case o.structs[p]:
				asMap, o.used[p] = false, true
			}
		}
		if asMap {
			elem := &Type{}
			for _, f := range t.Fields {
				merge(elem, f.Type)
			}
			t.Kind, t.Fields, t.index, t.Elem = Map, nil, nil, elem
		}
	}
	switch t.Kind {
	case Object:
		for _, f := range t.Fields {
			decide(f.Type, at.child("."+f.Key), f.Key, o)
		}
	case Array:
		decide(t.Elem, at.child("[]"), "", o)
	case Map:
		decide(t.Elem, at.child(".*"), "", o)
	}
}

// keysAreData reports whether an object's keys are data rather than names,
// by the rule in the package documentation.
func keysAreData(t *Type, key string) bool {
	if len(t.Fields) == 0 {
		return true
	}
	common := false
	kind := Unknown
	for _, f := range t.Fields {
		if !nameLike(f.Key) || idLike(f.Key) || headerLike(f.Key) {
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
	if kind == Mixed {
		return false
	}
	switch {
	case dataContainers[normalKey(key)] && kind != Object:
		return true // labels, headers...
	case len(t.Fields) >= manyKeys && len(t.Fields) > 2*t.keys:
		return true // many distinct keys, few in any one object
	}
	return t.Values >= 2 && len(t.Fields) >= 2 && !common
}

// manyKeys is the number of distinct keys over the objects at a position
// from which they are data when no single object has half of them.
const manyKeys = 8

// dataContainers are keys (lower case, without '_' and '-') whose objects
// hold data keyed by name in configs and manifests.
var dataContainers = map[string]bool{
	"annotations": true, "dependencies": true, "devdependencies": true, "env": true,
	"environment": true, "featureflags": true, "headers": true, "labels": true,
	"matchlabels": true, "nodeselector": true, "optionaldependencies": true,
	"peerdependencies": true, "scripts": true, "tags": true,
	"variables": true, "vars": true,
}

// normalKey returns key in lower case without '_' and '-'.
func normalKey(key string) string {
	return strings.Map(func(r rune) rune {
		if r == '_' || r == '-' {
			return -1
		}
		return unicode.ToLower(r)
	}, key)
}

// idLike reports whether a key reads as an identifier value rather than a
// name: a UUID, a run of 4 or more digits, or 16 or more hex digits with
// a digit among them (a hash).
func idLike(key string) bool {
	digits, run, hex := 0, 0, true
	for i := 0; i < len(key); i++ {
		c := key[i]
		switch {
		case '0' <= c && c <= '9':
			digits++
			run++
			if run >= 4 {
				return true
			}
			continue
		case 'a' <= c && c <= 'f', 'A' <= c && c <= 'F':
		case c == '-' && (i == 8 || i == 13 || i == 18 || i == 23) && len(key) == 36:
		default:
			hex = false
		}
		run = 0
	}
	return hex && digits > 0 && len(key) >= 16
}

// headerLike reports whether a key is spelled as an HTTP header name:
// capitalized words joined by '-' ("Content-Type", "X-Request-ID").
func headerLike(key string) bool {
	if !strings.Contains(key, "-") {
		return false
	}
	for _, w := range strings.Split(key, "-") {
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return true
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
