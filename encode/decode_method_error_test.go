package encode

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"
)

// typeErrorMethod is a value whose UnmarshalJSON reports a type error of
// its own.
type typeErrorMethod struct{}

func (*typeErrorMethod) UnmarshalJSON([]byte) error {
	return &json.UnmarshalTypeError{Value: "number", Type: reflect.TypeFor[typeErrorMethod](), Field: "own"}
}

// nestedUnmarshal decodes itself with a nested json.Unmarshal, which
// fills in its own Struct and Field.
type nestedUnmarshal struct{ X string }

func (n *nestedUnmarshal) UnmarshalJSON(b []byte) error {
	type plain nestedUnmarshal
	return json.Unmarshal(b, (*plain)(n))
}

func TestUnmarshalMethodTypeErrorInContext(t *testing.T) {
	tests := []struct {
		name string
		in   string
		ptr  func() any
	}{
		{"field", `{"M": 1}`, func() any { return new(struct{ M typeErrorMethod }) }},
		{"nested field", `{"A": {"B": {"M": 1}}}`, func() any {
			return new(struct {
				A struct{ B struct{ M typeErrorMethod } }
			})
		}},
		{"top level", `1`, func() any { return new(typeErrorMethod) }},
		{"element", `[1]`, func() any { return new([]typeErrorMethod) }},
		{"nested unmarshal", `{"T": {"X": 23}}`, func() any { return new(struct{ T nestedUnmarshal }) }},
		{"map value", `{"k": {"X": 23}}`, func() any { return new(map[string]nestedUnmarshal) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want, got *json.UnmarshalTypeError
			require.True(t, errors.As(json.Unmarshal([]byte(tt.in), tt.ptr()), &want))
			err := Unmarshal([]byte(tt.in), tt.ptr())
			require.True(t, errors.As(err, &got), "%v", err)
			require.Equal(t, *want, *got)
			require.Contains(t, err.Error(), want.Error())
		})
	}
}
