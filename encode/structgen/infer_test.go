package structgen

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/require"
)

func infer(t *testing.T, samples ...string) *Type {
	t.Helper()
	typ, err := Infer(docs(samples...), nil)
	require.NoError(t, err)
	return typ
}

func TestInferKinds(t *testing.T) {
	tests := []struct {
		name    string
		samples []string
		kind    Kind
		rng     IntRange
		lossy   bool
		null    bool
	}{
		{name: "bool", samples: []string{`true`, `false`}, kind: Bool},
		{name: "string", samples: []string{`"a"`}, kind: String},
		{name: "int32", samples: []string{`1`, `-2147483648`, `2147483647`}, kind: Int, rng: Int32},
		{name: "int64", samples: []string{`1`, `2147483648`}, kind: Int, rng: Int64},
		{name: "beyond 2^53 stays integer", samples: []string{`9007199254740993`}, kind: Int, rng: Int64, lossy: true},
		{name: "uint64", samples: []string{`18446744073709551615`, `0`}, kind: Int, rng: Uint64, lossy: true},
		{name: "uint64 and negative", samples: []string{`18446744073709551615`, `-1`}, kind: Int, rng: BigInt, lossy: true},
		{name: "uint64 and minus zero", samples: []string{`18446744073709551615`, `-0`}, kind: Int, rng: BigInt, lossy: true},
		{name: "beyond uint64", samples: []string{`123456789012345678901234567890`}, kind: Int, rng: BigInt, lossy: true},
		{name: "fraction makes float", samples: []string{`1`, `1.5`}, kind: Float},
		{name: "exponent makes float", samples: []string{`1e3`}, kind: Float},
		{name: "float keeps lossiness of ints", samples: []string{`9007199254740993`, `0.5`}, kind: Float, rng: Int64, lossy: true},
		{name: "too many digits", samples: []string{`1.00000000000000000001`}, kind: Float, lossy: true},
		{name: "out of range", samples: []string{`1e400`}, kind: Float, lossy: true},
		{name: "shortest form survives", samples: []string{`0.1`, `5e-324`, `1.7976931348623157e308`}, kind: Float},
		{name: "null and value", samples: []string{`null`, `"a"`}, kind: String, null: true},
		{name: "mixed", samples: []string{`"a"`, `1`}, kind: Mixed},
		{name: "mixed absorbs", samples: []string{`"a"`, `1`, `[1]`, `null`}, kind: Mixed, null: true},
		{name: "object and array", samples: []string{`{"a":1}`, `[]`}, kind: Mixed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Each sample is an array element, so that null can be one.
			var wrapped []string
			for _, d := range tt.samples {
				wrapped = append(wrapped, "["+d+"]")
			}
			typ := infer(t, wrapped...).Elem
			require.Equal(t, tt.kind, typ.Kind)
			require.Equal(t, tt.null, typ.Null)
			if !tt.null {
				require.Equal(t, len(tt.samples), typ.Values)
			}
			if tt.kind == Int || tt.kind == Float {
				require.Equal(t, tt.rng, typ.Range)
				require.Equal(t, tt.lossy, typ.Lossy)
			}
		})
	}
}

func TestInferObjects(t *testing.T) {
	typ := infer(t, `{"a":1,"b":{"c":"x"},"list":[{"id":1},{"id":2,"opt":true}]}`, `{"b":{"c":"y"},"d":null,"list":[]}`)
	require.Equal(t, Object, typ.Kind)
	require.Equal(t, 2, typ.Values)
	var keys []string
	for _, f := range typ.Fields {
		keys = append(keys, f.Key)
	}
	require.Equal(t, []string{"a", "b", "list", "d"}, keys, "keys in order of first appearance")
	require.Equal(t, 1, typ.Field("a").Count)
	require.Equal(t, 2, typ.Field("b").Count)
	require.True(t, typ.Field("d").Type.Null)
	require.Equal(t, Unknown, typ.Field("d").Type.Kind)
	elem := typ.Field("list").Type.Elem
	require.Equal(t, Object, elem.Kind)
	require.Equal(t, 2, elem.Values, "array elements merge")
	require.Equal(t, 2, elem.Field("id").Count)
	require.Equal(t, 1, elem.Field("opt").Count)
	require.Nil(t, typ.Field("missing"))
}

func TestInferMaps(t *testing.T) {
	tests := []struct {
		name    string
		samples []string
		kind    Kind
		elem    Kind
	}{
		{name: "names", samples: []string{`{"o":{"name":"a","port":1}}`}, kind: Object},
		{name: "keys that are not names", samples: []string{`{"o":{"react":"^18","@types/node":"^20"}}`}, kind: Map, elem: String},
		{name: "dotted label keys", samples: []string{`{"o":{"app.kubernetes.io/name":"web"}}`}, kind: Map, elem: String},
		{name: "empty object", samples: []string{`{"o":{}}`}, kind: Map, elem: Unknown},
		{name: "keys vary across samples", samples: []string{`{"o":{"app":"a","tier":"b"}}`, `{"o":{"team":"c","env":"d"}}`}, kind: Map, elem: String},
		{name: "vary across array elements", samples: []string{`{"o":[{"a":1,"b":2},{"c":3}]}`}, kind: Array},
		{name: "a common key keeps a struct", samples: []string{`{"o":{"app":"a","tier":"b"}}`, `{"o":{"app":"c","env":"d"}}`}, kind: Object},
		{name: "varying keys of mixed values keep a struct", samples: []string{`{"o":{"a":1}}`, `{"o":{"b":"x"}}`}, kind: Object},
		{name: "one object, one key", samples: []string{`{"o":{"a":1}}`, `{"o":{}}`}, kind: Object},
		{name: "map values merge", samples: []string{`{"o":{"x.1":{"p":1},"x.2":{"p":2,"q":true}}}`}, kind: Map, elem: Object},
		{name: "header names", samples: []string{`{"o":{"Content-Type":"json"}}`}, kind: Map, elem: String},
		{name: "kebab names stay names", samples: []string{`{"o":{"max-conns":1,"idle-timeout":2}}`}, kind: Object},
		{name: "UUID keys", samples: []string{`{"o":{"f47ac10b-58cc-4372-a567-0e02b2c3d479":{"n":1}}}`}, kind: Map, elem: Object},
		{name: "numbered keys", samples: []string{`{"o":{"user1234":"a"}}`}, kind: Map, elem: String},
		{name: "hash keys", samples: []string{`{"o":{"deadbeefcafe0123":"a"}}`}, kind: Map, elem: String},
		{name: "short hex words are names", samples: []string{`{"o":{"facade":"a","decade":"b"}}`}, kind: Object},
		{name: "a key that names data", samples: []string{`{"headers":{"accept":"json"}}`}, kind: Map, elem: String},
		{name: "data names with object values stay structs", samples: []string{`{"labels":{"selector":{"app":"a"}}}`}, kind: Object},
		{name: "data names with mixed values stay structs", samples: []string{`{"env":{"a":1,"b":"x"}}`}, kind: Object},
		{name: "many distinct keys, few per object", samples: []string{`{"o":{"k1":1,"k2":2}}`, `{"o":{"k1":1,"k3":3}}`,
			`{"o":{"k1":1,"k4":4}}`, `{"o":{"k1":1,"k5":5}}`, `{"o":{"k1":1,"k6":6}}`, `{"o":{"k1":1,"k7":7}}`, `{"o":{"k1":1,"k8":8}}`}, kind: Map, elem: Int},
		{name: "few distinct keys with a common one stay a struct", samples: []string{`{"o":{"k1":1,"k2":2}}`, `{"o":{"k1":1,"k3":3}}`}, kind: Object},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := infer(t, tt.samples...).Fields[0].Type // "o", or the key under test
			require.Equal(t, tt.kind, o.Kind)
			if tt.kind == Map {
				require.Equal(t, tt.elem, o.Elem.Kind)
				require.Nil(t, o.Fields)
			}
			if tt.name == "vary across array elements" {
				require.Equal(t, Map, o.Elem.Kind)
				require.Equal(t, Int, o.Elem.Elem.Kind)
			}
			if tt.name == "map values merge" {
				require.Equal(t, 2, o.Elem.Values)
				require.Equal(t, 1, o.Elem.Field("q").Count)
			}
		})
	}
}

func TestInferErrors(t *testing.T) {
	tests := []struct {
		name      string
		samples   []string
		names     []string
		sample    string
		line, col int
		msg       string
	}{
		{name: "syntax", samples: []string{`{}`, "{\n  \"a\": 1,\n}"}, sample: "sample 1", line: 3, col: 1, msg: "invalid character '}' looking for beginning of object key string"},
		{name: "named", samples: []string{"[1,\n 2 3]"}, names: []string{"a.json"}, sample: "a.json", line: 2, col: 4, msg: "invalid character '3' after array element"},
		{name: "end of input", samples: []string{"{\"a\": [1,"}, sample: "sample 0", line: 1, col: 10, msg: "unexpected end of JSON input"},
		{name: "empty", samples: []string{""}, sample: "sample 0", line: 1, col: 1, msg: "unexpected end of JSON input"},
		{name: "trailing data", samples: []string{`{} {}`}, sample: "sample 0", line: 1, col: 4, msg: "invalid character '{' after top-level value"},
		{name: "duplicate key", samples: []string{"{\"a\":1,\n  \"b\":{\"c\":1, \"c\":2}}"}, sample: "sample 0", line: 2, col: 15, msg: `duplicate key "c"`},
		{name: "top-level null", samples: []string{`{}`, ` null`}, sample: "sample 1", line: 1, col: 2, msg: "the sample is null: it has no type to infer"},
		{name: "multi-byte text counts bytes", samples: []string{`["é", x]`}, sample: "sample 0", line: 1, col: 8, msg: "invalid character 'x' looking for beginning of value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Infer(docs(tt.samples...), tt.names)
			var se *SampleError
			require.True(t, errors.As(err, &se), "%v", err)
			require.Equal(t, tt.sample, se.Sample)
			require.Equal(t, tt.line, se.Line)
			require.Equal(t, tt.col, se.Column)
			require.Equal(t, tt.msg, se.Msg)
			require.Contains(t, err.Error(), tt.sample)
		})
	}
	_, err := Infer(nil, nil)
	require.ErrorContains(t, err, "no samples")
	_, err = Infer(docs(`1`), []string{"a", "b"})
	require.ErrorContains(t, err, "2 names for 1 samples")
}

func TestSameNumber(t *testing.T) {
	same := [][2]string{{"1", "1"}, {"1.50", "1.5"}, {"15e-1", "1.5"}, {"-0", "0"}, {"0.0e10", "0"}, {"100", "1e2"}, {"1E+2", "100.000"}, {"-2.5", "-25e-1"}}
	for _, p := range same {
		require.True(t, sameNumber(p[0], p[1]), p)
	}
	differ := [][2]string{{"1", "2"}, {"1", "-1"}, {"0.1", "0.01"}, {"1e400", "0"}, {"1e99999999999999999999", "1e99999999999999999999"}, {"1.00000000000000000001", "1"}}
	for _, p := range differ {
		require.False(t, sameNumber(p[0], p[1]), p)
	}
}
