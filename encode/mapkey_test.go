package encode

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"
)

// textName is a string kind with a MarshalText method: encoding/json on
// json/v2 uses the method for map keys, earlier versions the string.
type textName string

func (n textName) MarshalText() ([]byte, error) { return []byte("text:" + string(n)), nil }

type boolKey bool

// levelKey is an integer kind with a MarshalText method that fails for
// negative values.
type levelKey int

func (l levelKey) MarshalText() ([]byte, error) {
	if l < 0 {
		return nil, errors.New("negative level")
	}
	return fmt.Appendf(nil, "L%d", int(l)), nil
}

// TestMapKeysMatchEncodingJSON covers the map keys whose handling depends
// on the toolchain's encoding/json: the bytes, and the type of the error
// errors.As finds, are those of encoding/json.
func TestMapKeysMatchEncodingJSON(t *testing.T) {
	for _, v := range []any{
		map[textName]int{"b": 1, "a": 2},
		struct{ M map[textName]string }{map[textName]string{"x": "y"}},
		map[float64]int{1.5: 1, -2: 2, 1e21: 3, 1e-7: 4, 1e20: 5, math.Copysign(0, -1): 6},
		map[float32]int{0.1: 1, 3.4e38: 2},
		map[float64]int{math.NaN(): 1},
		map[float32]int{float32(math.Inf(-1)): 1},
		map[float64]int{},
		map[any]int{"b": 1, 2: 2, levelKey(1): 3, textName("t"): 4},
		map[any]int{1.5: 1},
		map[any]int{nil: 1},
		map[any]int{true: 1},
		map[any]int{},
		map[bool]int{true: 1},
		map[boolKey]int{},
		map[[2]int]int{{1, 2}: 1},
		map[[2]int]int{},
		map[complex64]int{},
		map[*int]int{nil: 1},
		map[fmt.Stringer]int{},
		map[int8]string{-3: "a", 4: "b"},
		map[levelKey]int{-1: 1},
	} {
		want, wantErr := json.Marshal(v)
		got, err := Marshal(v)
		require.Equal(t, wantErr == nil, err == nil, "%T %v: std %v, ours %v", v, v, wantErr, err)
		if wantErr != nil {
			var ve *ValueError
			require.ErrorAs(t, err, &ve)
			require.True(t, sameErrorKind(wantErr, err), "%T: std %T (%v), ours %v", v, wantErr, wantErr, err)
			continue
		}
		require.Equal(t, string(want), string(got), "%T", v)
	}
}

// sameErrorKind reports whether errors.As finds in ours the kind of
// encoding/json error std is.
func sameErrorKind(std, ours error) bool {
	for _, target := range []any{new(*json.UnsupportedTypeError), new(*json.UnsupportedValueError), new(*json.MarshalerError)} {
		if errors.As(std, target) {
			return errors.As(ours, reflect.New(reflect.TypeOf(target).Elem()).Interface())
		}
	}
	return true
}
