package encode

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"
)

// sameErrorDetails checks that our error carries what encoding/json's
// carries: the same *json.SyntaxError (offset and message) or the same
// first *json.UnmarshalTypeError (value, type, offset, struct, field), and
// a message that begins with encoding/json's.
func sameErrorDetails(std, our error) string {
	var stdSyntax, ourSyntax *json.SyntaxError
	var stdType, ourType *json.UnmarshalTypeError
	switch {
	case errors.As(std, &stdSyntax):
		if !errors.As(our, &ourSyntax) {
			return fmt.Sprintf("std %v, ours %v has no *json.SyntaxError", std, our)
		}
		if *stdSyntax != *ourSyntax {
			return fmt.Sprintf("std %#v, ours %#v", stdSyntax, ourSyntax)
		}
	case errors.As(std, &stdType):
		if !errors.As(our, &ourType) {
			return fmt.Sprintf("std %v, ours %v has no *json.UnmarshalTypeError", std, our)
		}
		if *stdType != *ourType {
			return fmt.Sprintf("std %#v, ours %#v", stdType, ourType)
		}
	default:
		return ""
	}
	if !strings.HasPrefix(our.Error(), std.Error()) {
		return fmt.Sprintf("message %q does not begin with encoding/json's %q", our, std)
	}
	return ""
}

func TestErrorsCarryEncodingJSONDetails(t *testing.T) {
	props := gopter.NewProperties(propParams(t))
	for _, gen := range []struct {
		name string
		g    gopter.Gen
	}{{"valid", genDoc()}, {"corrupt", genCorrupt()}} {
		props.Property(gen.name+" docs fail with encoding/json's error types and details", prop.ForAll(
			func(doc string) string {
				for _, tg := range targets {
					errStd := json.Unmarshal([]byte(doc), tg.new())
					if msg := sameErrorDetails(errStd, Unmarshal([]byte(doc), tg.new())); msg != "" {
						return tg.name + ": " + msg
					}
				}
				return ""
			}, gen.g))
	}
	props.Property("docs shaped like generated types fail with encoding/json's details", prop.ForAll(
		func(td typedDoc) string {
			errStd := json.Unmarshal([]byte(td.doc), reflect.New(td.typ).Interface())
			return sameErrorDetails(errStd, Unmarshal([]byte(td.doc), reflect.New(td.typ).Interface()))
		}, genTypedDoc()))
	props.TestingRun(t)
}

func TestErrorDetailsMatchEncodingJSON(t *testing.T) {
	type In struct {
		P int `json:"port"`
	}
	type T struct {
		A  int         `json:"a"`
		Ts []In        `json:"ts"`
		M  map[int]int `json:"m"`
		I  In          `json:"in"`
	}
	for _, doc := range []string{
		`{"a":"8443"}`, `{"a": {"x":1}}`, `{"a": [1,2]}`, `{"ts":[{},{"port":"x"}]}`, `{"in":{"port":true}}`,
		`{"m":{"x":1}}`, `{"A":"x"}`, `{"a":1} x`, `{"a":1`, `{"a" 1}`, `[1,]`, `  x`, `{"in":5}`,
		strings.Repeat("[", 10001),
	} {
		errStd := json.Unmarshal([]byte(doc), new(T))
		errOur := Unmarshal([]byte(doc), new(T))
		require.NotNil(t, errStd, doc)
		require.Empty(t, sameErrorDetails(errStd, errOur), doc)
	}
	long := `"` + strings.Repeat("9", 1000) + `"`
	err := Unmarshal([]byte(long), new(int))
	var pe *PathError
	require.ErrorAs(t, err, &pe)
	require.Len(t, pe.Value, maxValueText+len("..."), "long values are cut")
	require.True(t, strings.HasPrefix(pe.Value, `"999`) && strings.HasSuffix(pe.Value, `999"`))
}

func TestDecoderErrorsMatchJSONDecoder(t *testing.T) {
	type T struct {
		A int `json:"a"`
	}
	for _, stream := range []string{`{} {"a":1} ]`, `{} {"a" 1}`, "{}\n{\"a\":1}\n[1,,]", `{"a":1} {"a":`} {
		std, our := json.NewDecoder(strings.NewReader(stream)), NewDecoder(strings.NewReader(stream))
		for {
			errStd, errOur := std.Decode(new(T)), our.Decode(new(T))
			if errStd == nil {
				require.NoError(t, errOur)
				continue
			}
			if errStd == io.ErrUnexpectedEOF {
				require.ErrorIs(t, errOur, io.ErrUnexpectedEOF)
			} else {
				require.Empty(t, sameErrorDetails(errStd, errOur), stream)
			}
			break
		}
	}
}

// calls counts the calls of counted's UnmarshalJSON.
var calls int

// counted fails its UnmarshalJSON and counts the calls.
type counted struct{}

func (*counted) UnmarshalJSON([]byte) error {
	calls++
	return errors.New("no")
}

func TestStoredValuesAfterAnErrorMatchEncodingJSON(t *testing.T) {
	type timed struct {
		T time.Time
		U int
	}
	var std, our timed
	errStd := json.Unmarshal([]byte(`{"T":1,"U":2}`), &std)
	errOur := Unmarshal([]byte(`{"T":1,"U":2}`), &our)
	require.Error(t, errStd)
	require.Error(t, errOur)
	require.Equal(t, std, our)
	require.Zero(t, our.U, "nothing is stored after time.Time fails")

	for _, doc := range []string{`[{},{},{}]`, `{"a":{},"b":{},"c":{}}`, `[[{}],{"a":{}}]`} {
		for _, newTarget := range []func() any{
			func() any { return new([]counted) }, func() any { return new(map[string]counted) },
			func() any { return new([]any) }, func() any { return new([2][]counted) },
		} {
			calls = 0
			want := newTarget()
			errStd := json.Unmarshal([]byte(doc), want)
			stdCalls := calls
			calls = 0
			got := newTarget()
			errOur := Unmarshal([]byte(doc), got)
			require.Equal(t, errStd == nil, errOur == nil, doc)
			require.Equal(t, want, got, doc)
			require.Equal(t, stdCalls, calls, "%s into %T: methods are called as often as encoding/json calls them", doc, got)
		}
	}

	var v struct {
		N json.Number     `json:"n"`
		Q int             `json:"q,string"`
		K map[pairKey]int `json:"k"`
		A int             `json:"a"`
		B string          `json:"b"`
	}
	for _, doc := range []string{
		`{"a":1,"n":"x","b":"y","a":2}`, `{"q":"x","a":1,"b":"z"}`, `{"k":{"nodash":1,"x-y":2},"a":1}`,
		`{"b":5,"q":"1.5","a":"s","a":3}`,
	} {
		want, got := v, v
		errStd, errOur := json.Unmarshal([]byte(doc), &want), Unmarshal([]byte(doc), &got)
		require.Equal(t, errStd == nil, errOur == nil, doc)
		require.Equal(t, want, got, doc)
	}
}
