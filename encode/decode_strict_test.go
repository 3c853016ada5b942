package encode

import (
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

type upstream struct {
	Host      string `json:"host" mapkit:"required"`
	TimeoutMS int    `json:"timeout_ms"`
	Weight    *int   `json:"weight,omitempty"`
}

type container struct {
	Name            string `json:"name"`
	Image           string `json:"image"`
	ImagePullPolicy string `json:"imagePullPolicy"`
}

type deployment struct {
	Template struct {
		Spec struct {
			Containers []container `json:"containers"`
		} `json:"spec"`
	} `json:"template"`
	Replicas int `json:"replicas"`
}

type strictConfig struct {
	Name      string            `json:"name" mapkit:"required"`
	Upstreams []upstream        `json:"upstreams"`
	Labels    map[string]string `json:"labels"`
	Spec      deployment        `json:"spec"`
}

// want is the part of a *PathError a table case checks.
type want struct {
	kind       ErrorKind
	path       string
	line, col  int
	key        string
	suggestion string
}

func gotProblems(t *testing.T, err error) []want {
	t.Helper()
	if err == nil {
		return nil
	}
	var de *DecodeError
	require.ErrorAs(t, err, &de)
	out := make([]want, len(de.Errors))
	for i, e := range de.Errors {
		out[i] = want{e.Kind, e.Path, e.Line, e.Column, e.Key, e.Suggestion}
	}
	return out
}

var strictCases = []struct {
	name string
	doc  string
	want []want // with Strict
	lax  []want // without Strict
}{
	{
		name: "unknown field inside an array",
		doc: `{
  "name": "api",
  "upstreams": [
    {"host": "a", "timeout_ms": 5},
    {"host": "b", "timout_ms": 7}
  ]
}`,
		want: []want{{UnknownField, "upstreams[1].timout_ms", 5, 19, "timout_ms", "timeout_ms"}},
	},
	{
		name: "unknown field five levels deep",
		doc: `{"name": "x", "spec": {"template": {"spec": {"containers": [
  {"name": "a", "image": "i"},
  {"name": "b", "imagePullPolcy": "Always"}
]}}}}`,
		want: []want{{UnknownField, "spec.template.spec.containers[1].imagePullPolcy", 3, 17, "imagePullPolcy", "imagePullPolicy"}},
	},
	{
		name: "unknown field at the top, nothing close",
		doc:  `{"name": "x", "zzz": {"deep": [1]}}`,
		want: []want{{UnknownField, "zzz", 1, 15, "zzz", ""}},
	},
	{
		name: "suggestion ignores case and catches transpositions",
		doc:  `{"name": "x", "upstreams": [{"host": "h", "TIEMOUT_MS": 1}]}`,
		want: []want{{UnknownField, "upstreams[0].TIEMOUT_MS", 1, 43, "TIEMOUT_MS", "timeout_ms"}},
	},
	{
		name: "duplicate key",
		doc:  "{\"name\": \"a\",\n \"name\": \"b\"}",
		want: []want{{DuplicateKey, "name", 2, 2, "name", ""}},
	},
	{
		name: "keys folding to one field are duplicates",
		doc:  `{"name":"a","NAME":"b"}`,
		want: []want{{DuplicateKey, "NAME", 1, 13, "NAME", ""}},
	},
	{
		name: "duplicate map key",
		doc:  `{"name":"a","labels":{"k":"1","k":"2"}}`,
		want: []want{{DuplicateKey, "labels.k", 1, 31, "k", ""}},
	},
	{
		name: "trailing data",
		doc:  `{"name":"a"} {"name":"b"}`,
		want: []want{{TrailingData, "", 1, 14, "", ""}},
		lax:  []want{{InvalidSyntax, "", 1, 14, "", ""}},
	},
	{
		name: "type mismatch",
		doc:  `{"name":"a","upstreams":[{"host":"h","timeout_ms":"5"}]}`,
		want: []want{{TypeMismatch, "upstreams[0].timeout_ms", 1, 51, "", ""}},
		lax:  []want{{TypeMismatch, "upstreams[0].timeout_ms", 1, 51, "", ""}},
	},
	{
		name: "type mismatch under a key that is not an identifier",
		doc:  `{"name":"a","labels":{"app.kubernetes.io/name":5}}`,
		want: []want{{TypeMismatch, `labels["app.kubernetes.io/name"]`, 1, 48, "", ""}},
		lax:  []want{{TypeMismatch, `labels["app.kubernetes.io/name"]`, 1, 48, "", ""}},
	},
	{
		name: "missing required fields name the enclosing object",
		doc:  `{"upstreams":[{"timeout_ms":1}]}`,
		want: []want{{MissingRequired, "", 1, 1, "name", ""}, {MissingRequired, "upstreams[0]", 1, 15, "host", ""}},
		lax:  []want{{MissingRequired, "", 1, 1, "name", ""}, {MissingRequired, "upstreams[0]", 1, 15, "host", ""}},
	},
	{
		name: "every problem of a document at once, in position order",
		doc: `{
  "upstreams": [{"host": "a", "timeout_ms": "slow", "tls": true}],
  "name": "x",
  "name": "y",
  "spec": {"replicas": 1.5, "replica": 2}
} []`,
		want: []want{
			{TypeMismatch, "upstreams[0].timeout_ms", 2, 45, "", ""},
			{UnknownField, "upstreams[0].tls", 2, 53, "tls", ""},
			{DuplicateKey, "name", 4, 3, "name", ""},
			{TypeMismatch, "spec.replicas", 5, 24, "", ""},
			{UnknownField, "spec.replica", 5, 29, "replica", "replicas"},
			{TrailingData, "", 6, 3, "", ""},
		},
		lax: []want{{InvalidSyntax, "", 6, 3, "", ""}},
	},
	{
		name: "syntax error stops decoding",
		doc:  "{\n  \"name\": \"a\",\n  \"x\": tru\n}",
		want: []want{{InvalidSyntax, "", 3, 11, "", ""}},
		lax:  []want{{InvalidSyntax, "", 3, 11, "", ""}},
	},
	{
		name: "a clean document",
		doc:  `{"name":"a","upstreams":[{"host":"h","timeout_ms":5}],"labels":{"x.y":"z"}}`,
	},
}

func TestStrictErrors(t *testing.T) {
	for _, tc := range strictCases {
		t.Run(tc.name, func(t *testing.T) {
			var c strictConfig
			require.Equal(t, tc.want, gotProblems(t, Unmarshal([]byte(tc.doc), &c, Strict())))
			var lax strictConfig
			require.Equal(t, tc.lax, gotProblems(t, Unmarshal([]byte(tc.doc), &lax)))
			want := tc.want
			if len(want) > 0 && want[len(want)-1].kind == TrailingData {
				// In a stream, a further value is not trailing data.
				want = want[:len(want)-1]
			}
			var s strictConfig
			got := gotProblems(t, NewDecoder(strings.NewReader(tc.doc), Strict()).Decode(&s))
			require.Equal(t, len(want), len(got))
			if len(want) > 0 {
				require.Equal(t, want, got)
			}
		})
	}
}

func TestStrictErrorValues(t *testing.T) {
	var c strictConfig
	err := Unmarshal([]byte(`{"name":"a","upstreams":[{"host":"h","timeout_ms":"5","tiemout_ms":1}]}`), &c, Strict())
	require.ErrorIs(t, err, TypeMismatch)
	require.ErrorIs(t, err, UnknownField)
	require.NotErrorIs(t, err, DuplicateKey)

	var pe *PathError
	require.ErrorAs(t, err, &pe)
	require.Equal(t, "upstreams[0].timeout_ms", pe.Path)
	require.Equal(t, `"5"`, pe.Value, "the value as it was written")
	require.Equal(t, "int", pe.Type.String())

	var te *json.UnmarshalTypeError
	require.ErrorAs(t, err, &te)
	require.Equal(t, "upstreams.timeout_ms", te.Field, "encoding/json's field path")
	require.Equal(t, "upstream", te.Struct)
	require.Equal(t, "string", te.Value)
	require.EqualValues(t, 53, te.Offset, "the end of the value")

	require.Equal(t, `json: cannot unmarshal string into Go struct field upstream.upstreams.timeout_ms of type int: "5" (at upstreams[0].timeout_ms, line 1, column 51)
	json: unknown field "tiemout_ms" (at upstreams[0].tiemout_ms, line 1, column 55; did you mean "timeout_ms"?)`, err.Error())

	err = Unmarshal([]byte(`{"name":"a"} x`), &c, Strict())
	require.EqualError(t, err, `invalid character 'x' after top-level value (line 1, column 14)`)
	var se *json.SyntaxError
	require.ErrorAs(t, err, &se)
	require.EqualValues(t, 14, se.Offset)
	err = Unmarshal([]byte(`{"name":"a"`), &c)
	require.EqualError(t, err, `unexpected end of JSON input (line 1, column 12)`)
	require.ErrorIs(t, err, InvalidSyntax)
	require.ErrorIs(t, err, io.ErrUnexpectedEOF)
	require.ErrorAs(t, err, &se)
	require.EqualValues(t, 11, se.Offset)
}

// unmarshalFails is a type whose UnmarshalJSON fails.
type unmarshalFails struct{}

func (*unmarshalFails) UnmarshalJSON([]byte) error { return errors.New("no thanks") }

func TestInvalidValuesAreReportedAndDecodingGoesOn(t *testing.T) {
	var v struct {
		A unmarshalFails `json:"a"`
		B []byte         `json:"b"`
		C int            `json:"c,string"`
		D json.Number    `json:"d"`
		E int            `json:"e"`
	}
	err := Unmarshal([]byte(`{"a": 1, "b": "!!", "c": 5, "d": "x", "e": 9}`), &v)
	got := gotProblems(t, err)
	require.Len(t, got, 4)
	for i, p := range []string{"a", "b", "c", "d"} {
		require.Equal(t, InvalidValue, got[i].kind)
		require.Equal(t, p, got[i].path)
	}
	require.Zero(t, v.E, "encoding/json stores nothing after a failing UnmarshalJSON")
	var pe *PathError
	require.ErrorAs(t, err, &pe)
	require.EqualError(t, pe.Err, "no thanks")
}

func TestRequiredOnlyWhereTheObjectIs(t *testing.T) {
	var c strictConfig
	require.Equal(t, []want{{MissingRequired, "", 1, 10, "name", ""}}, gotProblems(t, Unmarshal([]byte(`{"name": null}`), &c)), "null is not a value for a required field")
	got := gotProblems(t, Unmarshal([]byte(`[{}]`), new([]upstream)))
	require.Equal(t, []want{{MissingRequired, "[0]", 1, 2, "host", ""}}, got)
	require.NoError(t, Unmarshal([]byte(`{"name":"n","upstreams":null}`), &c))
}

func TestTooManyProblemsAreCounted(t *testing.T) {
	doc := "[" + strings.Repeat(`"x",`, MaxErrors+9) + `"x"]`
	var v []int
	err := Unmarshal([]byte(doc), &v)
	var de *DecodeError
	require.ErrorAs(t, err, &de)
	require.Len(t, de.Errors, MaxErrors)
	require.Equal(t, 10, de.Omitted)
	require.Contains(t, err.Error(), "(and 10 more)")
	require.Len(t, v, MaxErrors+10)
}

func TestDecoderStream(t *testing.T) {
	in := "{\"name\":\"a\"}\n{\"name\":\"b\", \"nmae\": 1}\n  7 [1]"
	dec := NewDecoder(strings.NewReader(in), Strict())
	var c strictConfig
	require.NoError(t, dec.Decode(&c))
	require.Equal(t, "a", c.Name)
	require.EqualValues(t, 12, dec.InputOffset())
	got := gotProblems(t, dec.Decode(&c))
	require.Equal(t, []want{{UnknownField, "nmae", 2, 14, "nmae", "name"}}, got)
	var n int
	require.NoError(t, dec.Decode(&n))
	require.Equal(t, 7, n)
	var a []int
	require.NoError(t, dec.Decode(&a))
	require.Equal(t, []int{1}, a)
	require.ErrorIs(t, dec.Decode(&a), io.EOF)
	require.ErrorIs(t, dec.Decode(&a), io.EOF)
}

func TestDecoderTrailingAndTruncated(t *testing.T) {
	dec := NewDecoder(strings.NewReader("[1]\n ]"), Strict())
	var a []int
	require.NoError(t, dec.Decode(&a))
	err := dec.Decode(&a)
	require.Equal(t, []want{{TrailingData, "", 2, 2, "", ""}}, gotProblems(t, err))
	require.Equal(t, err, dec.Decode(&a), "the error sticks")

	dec = NewDecoder(strings.NewReader("[1]\n ]"))
	require.NoError(t, dec.Decode(&a))
	require.Equal(t, []want{{InvalidSyntax, "", 2, 2, "", ""}}, gotProblems(t, dec.Decode(&a)))

	dec = NewDecoder(strings.NewReader(`{"a": [1, 2`))
	err = dec.Decode(new(any))
	require.ErrorIs(t, err, io.ErrUnexpectedEOF)
	require.ErrorIs(t, err, InvalidSyntax)
}

// oneByte reads one byte at a time, to split values across reads.
type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) { return o.r.Read(p[:min(1, len(p))]) }

func TestDecoderMatchesJSONDecoder(t *testing.T) {
	in := " 12 -3.5e2 \"s\\n\" true null {\"a\":[1,{\"b\":null}]} [] 0"
	for _, r := range []func() io.Reader{
		func() io.Reader { return strings.NewReader(in) },
		func() io.Reader { return oneByte{strings.NewReader(in)} },
		func() io.Reader { return io.MultiReader(strings.NewReader(in[:5]), strings.NewReader(in[5:])) },
	} {
		std := json.NewDecoder(r())
		our := NewDecoder(r())
		for {
			var want, got any
			errStd := std.Decode(&want)
			errOur := our.Decode(&got)
			if errStd == io.EOF {
				require.ErrorIs(t, errOur, io.EOF)
				break
			}
			require.NoError(t, errStd)
			require.NoError(t, errOur)
			require.Equal(t, want, got)
			require.Equal(t, std.InputOffset(), our.InputOffset())
		}
	}
}

func TestDecoderPositionsAcrossReads(t *testing.T) {
	var b strings.Builder
	for range 2000 {
		b.WriteString("{\"name\": \"n\"}\n")
	}
	b.WriteString("{\"name\": \"n\",\n \"nmae\": 1}")
	dec := NewDecoder(oneByte{strings.NewReader(b.String())}, Strict())
	var c strictConfig
	for range 2000 {
		require.NoError(t, dec.Decode(&c))
	}
	require.Equal(t, []want{{UnknownField, "nmae", 2002, 2, "nmae", "name"}}, gotProblems(t, dec.Decode(&c)))
}
