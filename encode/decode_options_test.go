package encode

import (
	"errors"
	"fmt"
	"net/netip"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"
)

// optional records presence as the Optional[T] that structgen writes;
// its UnmarshalJSON fails, so a test passes only if encode never calls it.
type optional[T any] struct {
	Value     T
	Null, Set bool
}

func (o *optional[T]) MarkPresent(null bool) any {
	*o = optional[T]{Set: true, Null: null}
	return &o.Value
}

func (o *optional[T]) UnmarshalJSON([]byte) error { return errors.New("encode calls MarkPresent") }

type tls struct {
	CertFile string `json:"cert_file" mapkit:"required"`
	KeyFile  string `json:"key_file"`
	ClientCA *struct {
		File string `json:"file"`
	} `json:"client_ca,omitzero"`
}

type service struct {
	Service   string             `json:"service" mapkit:"required"`
	Owner     *string            `json:"owner" mapkit:"required,nullable"`
	TLS       optional[tls]      `json:"tls,omitzero"`
	Retries   optional[int]      `json:"retries,omitzero"`
	Upstreams []optional[string] `json:"upstreams"`
}

// serviceCases extend the broken-config table to Optional fields, exact
// case and required fields set to null; every problem is checked for kind,
// path, line, column, key and suggestion.
var serviceCases = []struct {
	name  string
	doc   string
	opts  []Option
	want  []want
	check func(t *testing.T, s *service)
}{
	{
		name: "unknown field inside an Optional, with a suggestion",
		doc: `{"service": "api", "owner": null,
  "tls": {"cert_fil": "/etc/tls.crt"}}`,
		opts: []Option{Strict()},
		want: []want{
			{MissingRequired, "tls", 2, 10, "cert_file", ""},
			{UnknownField, "tls.cert_fil", 2, 11, "cert_fil", "cert_file"},
		},
	},
	{
		name: "duplicate key inside an Optional",
		doc:  "{\"service\": \"api\", \"owner\": \"o\",\n \"tls\": {\"cert_file\": \"a\",\n  \"cert_file\": \"b\"}}",
		opts: []Option{Strict()},
		want: []want{{DuplicateKey, "tls.cert_file", 3, 3, "cert_file", ""}},
	},
	{
		name: "every problem inside nested Optionals at once",
		doc: `{"service": "api", "owner": "o",
  "tls": {"cert_file": 1, "client_ca": {"fil": "x"}, "key_file": "k", "key_file": "k"},
  "retries": "3",
  "upstreams": ["a", null, 7]}`,
		opts: []Option{Strict()},
		want: []want{
			{TypeMismatch, "tls.cert_file", 2, 24, "", ""},
			{UnknownField, "tls.client_ca.fil", 2, 41, "fil", "file"},
			{DuplicateKey, "tls.key_file", 2, 71, "key_file", ""},
			{TypeMismatch, "retries", 3, 14, "", ""},
			{TypeMismatch, "upstreams[2]", 4, 28, "", ""},
		},
		check: func(t *testing.T, s *service) {
			require.True(t, s.TLS.Set)
			require.Equal(t, "k", s.TLS.Value.KeyFile)
			require.Len(t, s.Upstreams, 3)
			require.Equal(t, optional[string]{Value: "a", Set: true}, s.Upstreams[0])
			require.Equal(t, optional[string]{Set: true, Null: true}, s.Upstreams[1])
		},
	},
	{
		name: "null and absent Optionals",
		doc:  `{"service": "api", "owner": null, "tls": null}`,
		opts: []Option{Strict()},
		check: func(t *testing.T, s *service) {
			require.Equal(t, optional[tls]{Set: true, Null: true}, s.TLS)
			require.Equal(t, optional[int]{}, s.Retries)
			require.Nil(t, s.Owner)
		},
	},
	{
		name: "a required field set to null",
		doc:  "{\"service\": null,\n \"owner\": null}",
		want: []want{{MissingRequired, "", 1, 13, "service", ""}},
	},
	{
		name: "required inside an Optional is checked without Strict too",
		doc:  `{"service": "api", "owner": null, "tls": {"key_file": "k"}}`,
		want: []want{{MissingRequired, "tls", 1, 42, "cert_file", ""}},
	},
	{
		name: "keys fold by default, also under Strict",
		doc:  `{"Service": "api", "OWNER": "o", "tls": {"Cert_File": "c"}}`,
		opts: []Option{Strict()},
		check: func(t *testing.T, s *service) {
			require.Equal(t, "api", s.Service)
			require.Equal(t, "c", s.TLS.Value.CertFile)
		},
	},
	{
		name: "exact case: a key in another case is unknown, with the field as suggestion",
		doc: `{"Service": "api", "owner": "o",
  "tls": {"Cert_File": "c", "cert_file": "d"}}`,
		opts: []Option{Strict(), ExactCase()},
		want: []want{
			{MissingRequired, "", 1, 1, "service", ""},
			{UnknownField, "Service", 1, 2, "Service", "service"},
			{UnknownField, "tls.Cert_File", 2, 11, "Cert_File", "cert_file"},
		},
		check: func(t *testing.T, s *service) { require.Equal(t, "d", s.TLS.Value.CertFile) },
	},
	{
		name: "exact case without Strict leaves other spellings out",
		doc:  `{"service": "api", "OWNER": "o", "owner": null}`,
		opts: []Option{ExactCase()},
		check: func(t *testing.T, s *service) {
			require.Nil(t, s.Owner)
		},
	},
}

func TestServiceConfigErrors(t *testing.T) {
	for _, tc := range serviceCases {
		t.Run(tc.name, func(t *testing.T) {
			var s service
			require.Equal(t, tc.want, gotProblems(t, Unmarshal([]byte(tc.doc), &s, tc.opts...)))
			if tc.check != nil {
				tc.check(t, &s)
			}
			var streamed service
			require.Equal(t, tc.want, gotProblems(t, NewDecoder(strings.NewReader(tc.doc), tc.opts...).Decode(&streamed)))
			require.Equal(t, s, streamed)

			tree, err := treeOf(tc.doc)
			require.NoError(t, err)
			var converted service
			var want []string
			for _, w := range tc.want {
				if w.kind != DuplicateKey {
					want = append(want, fmt.Sprintf("%v %s %q", w.kind, w.path, w.key))
				}
			}
			require.ElementsMatch(t, want, problems(Convert(tree, &converted, tc.opts...)))
		})
	}
}

func TestRequiredNullMessage(t *testing.T) {
	err := Unmarshal([]byte(`{"service": null, "owner": null}`), new(service))
	require.ErrorIs(t, err, MissingRequired)
	var pe *PathError
	require.ErrorAs(t, err, &pe)
	require.Equal(t, "set to null", pe.Msg)
	require.ErrorContains(t, err, `missing required field "service"`)
	require.ErrorContains(t, err, "set to null")
}

// anyPresent is a Presence wrapper around a value of any type, for the
// property below.
type anyPresent struct {
	v         reflect.Value // a pointer to the value
	set, null bool
}

func (p *anyPresent) MarkPresent(null bool) any {
	p.set, p.null = true, null
	return p.v.Interface()
}

func (p *anyPresent) UnmarshalJSON([]byte) error { return errors.New("encode calls MarkPresent") }

// TestPresenceDecodesAsItsValue: a value inside a Presence field decodes
// with exactly the problems (kinds, paths, positions, suggestions) and the
// result of the same value in a plain field, under Strict and without;
// null is recorded as null.
func TestPresenceDecodesAsItsValue(t *testing.T) {
	props := gopter.NewProperties(propParams(t))
	props.Property("Presence is transparent", prop.ForAll(
		func(td typedDoc) string {
			doc := `{"v": ` + td.doc + `}`
			for _, opts := range [][]Option{nil, {Strict()}, {Strict(), ExactCase()}} {
				plain := reflect.New(reflect.StructOf([]reflect.StructField{{Name: "V", Type: td.typ, Tag: `json:"v"`}}))
				errPlain := Unmarshal([]byte(doc), plain.Interface(), opts...)
				var wrapped struct {
					V anyPresent `json:"v"`
				}
				wrapped.V.v = reflect.New(td.typ)
				errWrapped := Unmarshal([]byte(doc), &wrapped, opts...)
				if a, b := gotProblems(t, errPlain), gotProblems(t, errWrapped); !reflect.DeepEqual(a, b) {
					return "problems differ"
				}
				if errors.Is(errPlain, InvalidSyntax) {
					continue // nothing is stored
				}
				if !wrapped.V.set || wrapped.V.null != (strings.TrimSpace(td.doc) == "null") {
					return "presence not recorded"
				}
				if !wrapped.V.null && !deepEqual(plain.Elem().Field(0).Interface(), wrapped.V.v.Elem().Interface()) {
					return fmt.Sprintf("values differ: %#v and %#v", plain.Elem().Field(0).Interface(), wrapped.V.v.Elem().Interface())
				}
			}
			return ""
		}, genTypedDoc()))
	props.TestingRun(t)
}

func TestParseDurations(t *testing.T) {
	var v struct {
		Timeout time.Duration  `json:"timeout"`
		Idle    *time.Duration `json:"idle"`
		Nanos   time.Duration  `json:"nanos"`
		Bad     time.Duration  `json:"bad"`
	}
	doc := `{"timeout": "30m", "idle": "1h5s", "nanos": 1500, "bad": "soon"}`
	got := gotProblems(t, Unmarshal([]byte(doc), &v, ParseDurations()))
	require.Equal(t, []want{{kind: InvalidValue, path: "bad", line: 1, col: 58}}, got)
	require.Equal(t, 30*time.Minute, v.Timeout)
	require.Equal(t, time.Hour+5*time.Second, *v.Idle)
	require.Equal(t, time.Duration(1500), v.Nanos)

	tree := map[string]any{"timeout": "2s", "idle": nil, "nanos": 7.0, "bad": "x"}
	got = gotProblems(t, Convert(tree, &v, ParseDurations()))
	require.Equal(t, []want{{kind: InvalidValue, path: "bad"}}, got)
	require.Equal(t, 2*time.Second, v.Timeout)
	require.Nil(t, v.Idle)

	got = gotProblems(t, Unmarshal([]byte(doc), &v))
	require.Equal(t, TypeMismatch, got[0].kind, "without the option a string is not a duration")
}

func TestHooks(t *testing.T) {
	type target struct {
		Level  slogLevel   `json:"level"`
		Levels []slogLevel `json:"levels"`
		Ptr    *slogLevel  `json:"ptr"`
	}
	hook := Hook(func(src any) (slogLevel, error) {
		s, ok := src.(string)
		if !ok {
			return 0, errors.New("a level is a string")
		}
		switch s {
		case "debug":
			return -4, nil
		case "info":
			return 0, nil
		}
		return 0, errors.New("unknown level " + s)
	})
	var v target
	got := gotProblems(t, Unmarshal([]byte(`{"level": "debug", "levels": ["info", "loud", 3], "ptr": "debug"}`), &v, hook))
	require.Equal(t, []want{
		{kind: InvalidValue, path: "levels[1]", line: 1, col: 39},
		{kind: InvalidValue, path: "levels[2]", line: 1, col: 47},
	}, got)
	require.Equal(t, target{Level: -4, Levels: []slogLevel{0, 0, 0}, Ptr: ptrTo(slogLevel(-4))}, v)

	err := Unmarshal([]byte(`{"level": "x"}`), &v, hook)
	var pe *PathError
	require.ErrorAs(t, err, &pe)
	require.EqualError(t, pe.Err, "unknown level x")

	v = target{}
	require.NoError(t, Unmarshal([]byte(`{"level": null, "ptr": null}`), &v, hook), "null does not reach the hook")

	// Convert hands the hook the source value itself.
	var when struct {
		At string `json:"at"`
	}
	stamp := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	require.NoError(t, Convert(map[string]any{"at": stamp}, &when, Hook(func(src any) (string, error) {
		return src.(time.Time).Format(time.DateOnly), nil
	})))
	require.Equal(t, "2024-05-06", when.At)

	// A hook comes before Convert's copy of a source of the target's type,
	// and sees sources Convert cannot read.
	var v2 struct {
		At   time.Time `json:"at"`
		Chan string    `json:"chan"`
	}
	require.NoError(t, Convert(map[string]any{"at": stamp, "chan": make(chan int)}, &v2,
		Hook(func(src any) (time.Time, error) { return src.(time.Time).Add(time.Hour), nil }),
		Hook(func(src any) (string, error) { return fmt.Sprintf("%T", src), nil })))
	require.Equal(t, stamp.Add(time.Hour), v2.At)
	require.Equal(t, "chan int", v2.Chan)
}

// slogLevel is a named integer, as log levels are.
type slogLevel int

func ptrTo[T any](v T) *T { return &v }

func TestConvertConcreteSources(t *testing.T) {
	type port uint16
	type target struct {
		Hosts   []string          `json:"hosts"`
		Labels  map[string]string `json:"labels"`
		Started time.Time         `json:"started"`
		Stamp   string            `json:"stamp"`
		Port    int               `json:"port"`
		Addr    netip.Addr        `json:"addr"`
		AddrStr string            `json:"addr_str"`
		Peer    netip.Addr        `json:"peer"`
		Owner   struct {
			Name string `json:"name"`
		} `json:"owner"`
		Codes map[string]string `json:"codes"`
		Raw   []byte            `json:"raw"`
		Any   any               `json:"any"`
	}
	started := time.Date(2024, 5, 6, 7, 8, 9, 10, time.FixedZone("CEST", 7200))
	addr := netip.MustParseAddr("10.0.0.1")
	src := map[string]any{
		"hosts":    []string{"a", "b"},
		"labels":   map[string]string{"team": "edge"},
		"started":  started,
		"stamp":    started,
		"port":     port(8443),
		"addr":     addr,
		"addr_str": addr,
		"peer":     "::1",
		"owner":    struct{ Name string }{Name: "ann"},
		"codes":    map[int]string{404: "not found"},
		"raw":      []byte("hi"),
		"any":      &[]int{1, 2},
	}
	var v target
	require.NoError(t, Convert(src, &v, Strict()))
	require.Equal(t, []string{"a", "b"}, v.Hosts)
	require.Equal(t, map[string]string{"team": "edge"}, v.Labels)
	require.Equal(t, started, v.Started, "a source of the target's own type is copied")
	require.Equal(t, "2024-05-06T07:08:09.00000001+02:00", v.Stamp)
	require.Equal(t, 8443, v.Port)
	require.Equal(t, addr, v.Addr)
	require.Equal(t, "10.0.0.1", v.AddrStr)
	require.Equal(t, netip.MustParseAddr("::1"), v.Peer, "strings into an encoding.TextUnmarshaler")
	require.Equal(t, "ann", v.Owner.Name)
	require.Equal(t, map[string]string{"404": "not found"}, v.Codes)
	require.Equal(t, []byte("hi"), v.Raw)
	require.Equal(t, []any{1.0, 2.0}, v.Any)

	src["hosts"] = []int{1}
	src["peer"] = "not an address"
	src["owner"] = struct{ Nmae string }{}
	got := gotProblems(t, Convert(src, &v, Strict()))
	require.Equal(t, []want{
		{kind: TypeMismatch, path: "hosts[0]"},
		{kind: UnknownField, path: "owner.Nmae", key: "Nmae", suggestion: "name"},
		{kind: InvalidValue, path: "peer"},
	}, got)
}

func TestConvertSharesNothing(t *testing.T) {
	type shared struct {
		Hosts []string          `json:"hosts"`
		Tags  map[string]string `json:"tags"`
	}
	src := map[string]any{"v": shared{Hosts: []string{"a"}, Tags: map[string]string{"k": "v"}}, "hosts": []string{"b"}}
	var dst struct {
		V     shared   `json:"v"`
		Hosts []string `json:"hosts"`
	}
	require.NoError(t, Convert(src, &dst))
	dst.V.Hosts[0], dst.V.Tags["k"], dst.Hosts[0] = "x", "x", "x"
	require.Equal(t, "a", src["v"].(shared).Hosts[0])
	require.Equal(t, "v", src["v"].(shared).Tags["k"])
	require.Equal(t, "b", src["hosts"].([]string)[0])
}

func TestConvertCycleIsPrompt(t *testing.T) {
	m := map[string]any{}
	for _, k := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		m[k] = m
	}
	var dst any
	err := Convert(map[string]any{"root": m}, &dst)
	var de *DecodeError
	require.ErrorAs(t, err, &de)
	require.Len(t, de.Errors, 8, "one problem per way back into the map, not one per path")
	require.Equal(t, "root.a", de.Errors[0].Path)
}
