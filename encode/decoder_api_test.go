package encode

import (
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// jsonDecoder is json.Decoder's method set: a Decoder must have it all,
// so that code written against json.Decoder compiles against Decoder.
type jsonDecoder interface {
	Buffered() io.Reader
	Decode(v any) error
	DisallowUnknownFields()
	InputOffset() int64
	More() bool
	Token() (json.Token, error)
	UseNumber()
}

var (
	_ jsonDecoder = (*json.Decoder)(nil)
	_ jsonDecoder = (*Decoder)(nil)
)

func TestDecoderOptionsAsJSONDecoder(t *testing.T) {
	type T struct {
		A int `json:"a"`
	}
	const doc = `{"a":1,"b":2} {"a":1,"a":2}`
	std, our := json.NewDecoder(strings.NewReader(doc)), NewDecoder(strings.NewReader(doc))
	std.DisallowUnknownFields()
	our.DisallowUnknownFields()
	errStd := std.Decode(new(T))
	errOur := our.Decode(new(T))
	require.EqualError(t, errStd, `json: unknown field "b"`)
	require.ErrorIs(t, errOur, UnknownField)
	require.Contains(t, errOur.Error(), errStd.Error())
	require.NoError(t, std.Decode(new(T)))
	require.NoError(t, our.Decode(new(T)), "duplicate keys are for Strict only")

	std, our = json.NewDecoder(strings.NewReader(`[1.50, 2]`)), NewDecoder(strings.NewReader(`[1.50, 2]`))
	std.UseNumber()
	our.UseNumber()
	var want, got any
	require.NoError(t, std.Decode(&want))
	require.NoError(t, our.Decode(&got))
	require.Equal(t, []any{json.Number("1.50"), json.Number("2")}, got)
	require.Equal(t, want, got)
}

func TestDecoderBufferedAndReset(t *testing.T) {
	dec := NewDecoder(strings.NewReader(`{"a":1} rest of it`))
	require.NoError(t, dec.Decode(new(any)))
	rest, err := io.ReadAll(dec.Buffered())
	require.NoError(t, err)
	require.Equal(t, " rest of it", string(rest))

	dec = NewDecoder(strings.NewReader(`[1, 2`), Strict())
	require.Error(t, dec.Decode(new(any)))
	dec.Reset(strings.NewReader(`{"a":1,"a":2}` + "\n" + `[3]`))
	require.ErrorIs(t, dec.Decode(new(any)), DuplicateKey, "Reset keeps the options")
	var v []int
	require.NoError(t, dec.Decode(&v))
	require.Equal(t, []int{3}, v)
	require.EqualValues(t, 17, dec.InputOffset(), "offsets count from the new stream")
	require.ErrorIs(t, dec.Decode(&v), io.EOF)
}

func TestDecoderTokenErrors(t *testing.T) {
	for _, tc := range []struct {
		stream string
		tokens int
	}{
		{`[1 2]`, 3}, {`{"a" 1}`, 3}, {`{]`, 2}, {`[}`, 2}, {`{"a":1 :`, 4}, {`]`, 1}, {`[1,]`, 4},
	} {
		std, our := json.NewDecoder(strings.NewReader(tc.stream)), NewDecoder(strings.NewReader(tc.stream))
		var errStd, errOur error
		for range tc.tokens {
			_, errStd = std.Token()
			_, errOur = our.Token()
		}
		require.Error(t, errStd, tc.stream)
		require.Empty(t, sameErrorDetails(errStd, errOur), tc.stream)
	}
}
