// Package hiding holds values of types that hide data from their loggers —
// MarshalJSON redaction, json:"-", unexported fields, MarshalText,
// LogValue, embedded structs, pointers to all of these, inside maps,
// slices and interfaces — and the check that a bounded JSON rendering shows
// nothing the unwrapped logger would not show, for the tests of every
// safelog sink to share.
package hiding

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"math"
	"strings"
	"time"
)

// Secret is in every piece of data the types here hide: no output may
// contain it.
const Secret = "SECRET"

// Password redacts itself in JSON.
type Password string

// MarshalJSON shows stars.
func (Password) MarshalJSON() ([]byte, error) { return []byte(`"***"`), nil }

// Login hides its token with a tag and its password with a marshaler.
type Login struct {
	User     string   `json:"user"`
	Password Password `json:"password"`
	Token    string   `json:"-"`
}

// Private hides a field by not exporting it.
type Private struct {
	secret string
	Shown  int
}

// Key redacts itself as text, and so in JSON and as a map key.
type Key struct{ ID string }

// MarshalText shows the last character only.
func (k Key) MarshalText() ([]byte, error) { return []byte("key-" + k.ID[max(len(k.ID)-1, 0):]), nil }

// Session redacts itself for slog and, consistently, for JSON.
type Session struct {
	User  string
	Token string
}

// LogValue shows the user only.
func (s Session) LogValue() slog.Value { return slog.GroupValue(slog.String("user", s.User)) }

// MarshalJSON shows the user only.
func (s Session) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]string{"user": s.User})
}

// Inner hides a token; Outer embeds it, so its members are promoted.
type Inner struct {
	Token string `json:"-"`
	Name  string
}

// Outer embeds Inner and has optional members.
type Outer struct {
	Inner
	Extra string `json:"extra,omitempty"`
	Count int    `json:"count,omitzero"`
}

// Vault redacts itself only through a pointer receiver: encoding/json
// calls it on addressable values.
type Vault struct{ Combination string }

// MarshalJSON shows stars.
func (*Vault) MarshalJSON() ([]byte, error) { return []byte(`"***"`), nil }

// Holder holds a Vault by value: addressable when reached through a pointer.
type Holder struct{ V Vault }

// Shapes holds what encoding/json shows in its own way: ",string", time,
// []byte, json.Number, nil maps and slices.
type Shapes struct {
	N     int               `json:"n,string"`
	At    time.Time         `json:"at"`
	Bytes []byte            `json:"bytes"`
	Num   json.Number       `json:"num"`
	NilM  map[string]string `json:"nilm"`
	NilS  []int             `json:"nils"`
	List  []string          `json:"list"`
}

// Values returns the values to log: each type, a pointer to it, and both
// inside a map, a slice and an interface.
func Values() map[string]any {
	base := map[string]any{
		"login":   Login{User: "ada", Password: Secret + "pw", Token: Secret + "tok"},
		"private": Private{secret: Secret, Shown: 1},
		"key":     Key{ID: Secret + "1"},
		"session": Session{User: "ada", Token: Secret},
		"outer":   Outer{Inner: Inner{Token: Secret, Name: "n"}},
		"holder":  &Holder{V: Vault{Combination: Secret}},
		"keys":    map[Key]int{{ID: Secret + "2"}: 2},
		"shapes": Shapes{N: 7, At: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC), Bytes: []byte("hi"),
			Num: "12.5", List: []string{"a", "b"}},
	}
	out := make(map[string]any, 4*len(base)+1)
	for name, v := range base {
		out[name] = v
		out[name+" in map"] = map[string]any{"x": v, "y": 1}
		out[name+" in slice"] = []any{v, 2}
		var iface any = v
		out[name+" in any"] = &iface
	}
	out["all"] = base
	return out
}

// Pointers returns a pointer to a fresh copy of each base value that is not
// a pointer already, for the "pointers to these" cases.
func Pointers() map[string]any {
	return map[string]any{
		"*login":   &Login{User: "ada", Password: Secret, Token: Secret},
		"*private": &Private{secret: Secret},
		"*key":     &Key{ID: Secret + "3"},
		"*session": &Session{User: "ada", Token: Secret},
		"*outer":   &Outer{Inner: Inner{Token: Secret, Name: "n"}, Extra: "e", Count: 2},
	}
}

// Limits are the limit sets the checks run under, as safelog.Limits fields
// in order MaxKeys, MaxDepth, MaxBytes, MaxString: each limit at its
// default (0), tiny, off (-1) and math.MaxInt.
func Limits() [][4]int {
	var out [][4]int
	for field := range 4 {
		for _, v := range []int{0, 1, -1, math.MaxInt} {
			var l [4]int
			l[field] = v
			out = append(out, l)
		}
	}
	return append(out, [4]int{1, 1, 16, 1}, [4]int{2, 2, 64, 3}, [4]int{-1, -1, -1, -1})
}

// Within checks that got, a decoded bounded rendering, shows nothing that
// want, the decoded rendering of the unwrapped logger, does not: every
// member of got (but the left-out count) is a member of want holding a
// value within want's, list elements are a prefix of want's (the last may
// be a "...+N" count), a cut string is a prefix of want's string, and "..."
// (or null for the whole value) stands for a value left out whole.
func Within(got, want any) error { return within(got, want, "$") }

func within(got, want any, path string) error {
	if s, ok := got.(string); ok && s == "..." || got == nil && path == "$" {
		return nil
	}
	switch g := got.(type) {
	case map[string]any:
		w, ok := want.(map[string]any)
		if !ok {
			return fmt.Errorf("%s: object %v where the logger shows %v", path, g, want)
		}
		for k, v := range g {
			if k == "..." {
				continue
			}
			orig := k
			if strings.HasPrefix(k, "....") {
				orig = k[1:]
			}
			if wv, ok := w[orig]; ok {
				if err := within(v, wv, path+"."+k); err != nil {
					return err
				}
				continue
			}
			if !cutKey(w, orig, v, path+"."+k) {
				return fmt.Errorf("%s: member %q the logger does not show, with %v", path, k, v)
			}
		}
		return nil
	case []any:
		w, ok := want.([]any)
		if !ok {
			return fmt.Errorf("%s: array %v where the logger shows %v", path, g, want)
		}
		for i, v := range g {
			if s, ok := v.(string); ok && i == len(g)-1 && strings.HasPrefix(s, "...+") {
				return nil
			}
			if i >= len(w) {
				return fmt.Errorf("%s: element %d the logger does not show", path, i)
			}
			if err := within(v, w[i], fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
		return nil
	case string:
		if w, ok := want.(string); ok && (g == w || cutPrefix(g, w)) {
			return nil
		}
		if strings.HasPrefix(g, "...+") {
			return nil // a container past MaxDepth: its count only
		}
		return fmt.Errorf("%s: %q where the logger shows %v", path, g, want)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		return fmt.Errorf("%s: %v where the logger shows %v", path, got, want)
	}
	return nil
}

// cutPrefix reports whether g is a prefix of w followed by a cut marker.
func cutPrefix(g, w string) bool {
	i := strings.LastIndex(g, "...+")
	return i >= 0 && strings.HasSuffix(g, "B") && strings.HasPrefix(w, g[:i])
}

// cutKey reports whether a member of w whose key k is a cut form of holds
// a value v is within: cut keys may stand for more than one member.
func cutKey(w map[string]any, k string, v any, path string) bool {
	for wk, wv := range w {
		if cutPrefix(k, wk) && within(v, wv, path) == nil {
			return true
		}
	}
	return false
}
