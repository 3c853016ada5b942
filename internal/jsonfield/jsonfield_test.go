package jsonfield

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

type fieldsInner struct {
	A int
	B string `json:"b_tag"`
	//lint:ignore U1000 unexported fields must be skipped
	c int
}

type fieldsOther struct {
	A int
	D int
}

type fieldsTaggedA struct {
	X int `json:"A"`
}

type fieldsDeep struct{ fieldsInner }

type fieldsPtrInner struct{ P int }

type unexportedEmbed struct{ Shown int }

type fieldsNamed int

// jsonKeys returns the top-level keys of the object encoding/json writes for v.
func jsonKeys(t *testing.T, v any) []string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	dec := json.NewDecoder(bytes.NewReader(b))
	tok, err := dec.Token()
	require.NoError(t, err)
	require.Equal(t, json.Delim('{'), tok)
	keys := []string{}
	for dec.More() {
		k, err := dec.Token()
		require.NoError(t, err)
		keys = append(keys, k.(string))
		var skip json.RawMessage
		require.NoError(t, dec.Decode(&skip))
	}
	return keys
}

func fieldNames(sf *Struct) []string {
	names := []string{}
	for _, f := range sf.List {
		names = append(names, f.Name)
	}
	return names
}

func TestTypeFieldsMatchesEncodingJSON(t *testing.T) {
	cases := []struct {
		name string
		v    any
		want []string
	}{
		{"tags and skips", &struct {
			Plain   int
			Renamed int `json:"renamed"`
			Skipped int `json:"-"`
			//lint:ignore SA5008 the "-," tag names a field "-"
			Dash int `json:"-,"`
			Opts int `json:",omitempty"`
			//lint:ignore SA5008 an invalid name falls back to the field name
			Bad    int `json:"a\"b"`
			hidden int
		}{Opts: 1}, []string{"Plain", "renamed", "-", "Opts", "Bad"}},
		{"embedded promotion", &struct {
			fieldsInner
			E int
		}{}, []string{"A", "b_tag", "E"}},
		{"outer field hides promoted", &struct {
			fieldsInner
			A string
		}{}, []string{"b_tag", "A"}},
		{"conflict at same depth drops both", &struct {
			fieldsInner
			fieldsOther
		}{}, []string{"b_tag", "D"}},
		{"tagged wins at same depth", &struct {
			fieldsInner
			fieldsTaggedA
		}{}, []string{"b_tag", "A"}},
		{"shallower wins", &struct {
			fieldsDeep
			fieldsOther
		}{}, []string{"b_tag", "A", "D"}},
		{"same type twice at one depth", &struct {
			fieldsDeep
			X struct{ fieldsInner }
		}{}, []string{"A", "b_tag", "X"}},
		{"pointer embedded", &struct {
			*fieldsPtrInner
			Q int
		}{fieldsPtrInner: &fieldsPtrInner{}}, []string{"P", "Q"}},
		{"unexported embedded struct", &struct {
			unexportedEmbed
		}{}, []string{"Shown"}},
		{"unexported embedded non-struct", &struct {
			fieldsNamed
			Z int
		}{}, []string{"Z"}},
		{"tagged embedded struct is a field", &struct {
			fieldsInner `json:"inner"`
		}{}, []string{"inner"}},
		{"embedded time", &struct {
			time.Time
			N int
		}{}, []string{"N"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := fieldNames(For(reflect.TypeOf(c.v).Elem()))
			require.Equal(t, c.want, got)
			if _, ok := c.v.(json.Marshaler); !ok && reflect.TypeOf(c.v).Elem().NumMethod() == 0 {
				require.Equal(t, jsonKeys(t, c.v), got)
			}
		})
	}
}

func TestTypeFieldsOptions(t *testing.T) {
	type opts struct {
		S  int  `json:"s,string"`
		SP *int `json:",string"`
		//lint:ignore SA5008 ",string" is ignored on a map
		SM map[string]int `json:",string"`
		OE string         `json:",omitempty"`
		OZ time.Time      `json:",omitzero"`
		B  []byte         `json:"b,omitempty,omitzero"`
		//lint:ignore SA5008 ",string" is ignored on an interface
		I any               `json:",string"`
		H string            `json:"<h>"`
		M map[string]string `json:"m"`
	}
	sf := For(reflect.TypeFor[opts]())
	require.Same(t, sf, For(reflect.TypeFor[opts]()), "cached per type")
	byName := func(n string) Field {
		i, ok := sf.ByName[n]
		require.True(t, ok, n)
		return sf.List[i]
	}
	require.True(t, byName("s").Quoted)
	require.True(t, byName("SP").Quoted)
	require.False(t, byName("SM").Quoted)
	require.False(t, byName("I").Quoted)
	require.True(t, byName("OE").OmitEmpty)
	require.True(t, byName("OZ").OmitZero)
	require.Equal(t, zeroMethod, byName("OZ").zeroTest)
	b := byName("b")
	require.True(t, b.OmitEmpty && b.OmitZero)
	require.Equal(t, reflect.TypeFor[*int](), byName("SP").Type)
	require.Equal(t, []int{1}, byName("SP").Index)
	require.Equal(t, `"\u003ch\u003e":`, string(byName("<h>").KeyHTML))
	require.Equal(t, `"<h>":`, string(byName("<h>").KeyPlain))
}
