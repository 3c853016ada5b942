package encode

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/netip"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/mapkit-go/mapkit/internal/testsupport"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type inner struct {
	A int    `json:"a"`
	B string `json:"b,omitempty"`
}

type embedded struct {
	E int `json:"e"`
}

type hidden struct {
	U int `json:"u"`
}

// pairKey is a map key type with UnmarshalText, spelled "x-y".
type pairKey struct{ X, Y string }

func (k *pairKey) UnmarshalText(b []byte) error {
	x, y, ok := strings.Cut(string(b), "-")
	if !ok {
		return errors.New("no dash")
	}
	k.X, k.Y = x, y
	return nil
}

// all has a field of every kind encoding/json decodes into.
type all struct {
	embedded
	*hidden
	I     int             `json:"i"`
	I8    int8            //
	U16   uint16          `json:"u16"`
	F32   float32         `json:"f32"`
	F     float64         //
	S     string          `json:"s"`
	B     bool            //
	P     *int            `json:"p"`
	PP    **string        `json:"pp"`
	Sl    []int           `json:"sl"`
	Ar    [2]int          `json:"ar"`
	M     map[string]int  `json:"m"`
	MI    map[int]string  `json:"mi"`
	MU    map[uint8]bool  `json:"mu"`
	MT    map[pairKey]int `json:"mt"`
	Any   any             `json:"any"`
	N     json.Number     `json:"n"`
	Raw   json.RawMessage `json:"raw"`
	Bytes []byte          `json:"bytes"`
	Q     int             `json:"q,string"`
	QS    string          `json:"qs,string"`
	QB    bool            `json:"qb,string"`
	QF    *float64        `json:"qf,string"`
	T     time.Time       `json:"t"`
	IP    netip.Addr      `json:"ip"`
	In    inner           `json:"in"`
	InP   *inner          `json:"inp"`
	Ifc   fmt.Stringer    `json:"ifc"`
	skip  int
}

// filled returns a all holding values, so that decoding merges into
// existing maps, slices, pointers and interfaces.
func filled() *all {
	n, s := 7, "old"
	ps := &s
	x := 3
	return &all{
		I: 1, S: "keep", P: &n, PP: &ps, Sl: make([]int, 1, 4), M: map[string]int{"k": 1},
		Any: &x, In: inner{A: 5, B: "b"}, InP: &inner{B: "p"}, skip: 9,
	}
}

// requireSame decodes doc with json.Unmarshal and with Unmarshal into
// fresh targets and requires the same outcome.
func requireSame(t *testing.T, doc string, newTarget func() any) {
	t.Helper()
	want, got := newTarget(), newTarget()
	errStd := json.Unmarshal([]byte(doc), want)
	errOur := Unmarshal([]byte(doc), got)
	require.Equal(t, errStd == nil, errOur == nil, "doc %s\nstd: %v\nour: %v", doc, errStd, errOur)
	require.Equal(t, want, got, "doc %s\nstd err: %v", doc, errStd)
}

// stdFinished reports whether json.Unmarshal, having returned err,
// decoded the whole document: it does unless an UnmarshalJSON or
// UnmarshalText method, an invalid json.Number or a misused ",string"
// stopped it (Unmarshal then stores no more either, but goes on to report
// every problem).
func stdFinished(err error) bool {
	var te *json.UnmarshalTypeError
	var be base64.CorruptInputError
	return err == nil || errors.As(err, &te) || errors.As(err, &be) ||
		strings.Contains(err.Error(), "cannot set embedded pointer") ||
		strings.Contains(err.Error(), "unquoted value into")
}

func TestUnmarshalMatchesEncodingJSON(t *testing.T) {
	values := []string{
		`null`, `true`, `false`, `0`, `-0`, `-1`, `1.5`, `1e400`, `300`, `70000`, `1E2`, `18446744073709551616`,
		`"x"`, `"12"`, `"-5"`, `"\"q\""`, `"true"`, `"null"`, `"nul"`, `"aGVsbG8="`, `"aGVsbG8"`,
		`"2024-01-02T03:04:05Z"`, `"10.0.0.1"`, `"12abc"`, `"-"`, `""`, `"\u00e9"`, `"\ud800"`, `"a-b"`,
		`"1.5"`, `"0x10"`, `" 1"`, `"\"a\\u0041\""`, `"[1]"`, `"{}"`,
		`[]`, `[1,2,3]`, `["a"]`, `[{"a":1},{"b":"z"}]`, `{}`, `{"a":1,"b":"z"}`, `{"1":"x","-3":"y"}`, `{"300":true}`,
		`{"x-y":1}`, `{"xy":1}`, `{"a":1,"A":2}`, `{"u":4}`,
	}
	keys := []string{
		"e", "u", "i", "I", "I8", "i8", "u16", "f32", "F", "s", "B", "p", "pp", "sl", "ar", "m", "mi", "mu",
		"mt", "any", "n", "raw", "bytes", "q", "qs", "qb", "qf", "t", "ip", "in", "inp", "ifc", "skip", "zzz",
		"\u212a", // KELVIN SIGN folds like k
	}
	for _, k := range keys {
		for _, v := range values {
			doc := `{"` + k + `": ` + v + `}`
			requireSame(t, doc, func() any { return new(all) })
			requireSame(t, doc, func() any { return filled() })
		}
	}
	for _, v := range values {
		for _, tg := range targets {
			requireSame(t, v, tg.new)
		}
	}
}

func TestUnmarshalEdgeCasesMatchEncodingJSON(t *testing.T) {
	docs := []string{
		``, ` `, `{`, `[1,]`, `{"a":1,}`, `01`, `1.`, `-`, `1e`, `tru`, `nul`, `"\x"`, `"\u12"`, "\"a\x01\"",
		`[1] [2]`, `{} x`, `  {}  `, `"` + strings.Repeat("[", 3) + `"`, strings.Repeat("[", 10001) + strings.Repeat("]", 10001),
		strings.Repeat("[", 10000) + strings.Repeat("]", 10000), `{"a":{"a":{"a":1}}}`, "\xef\xbb\xbf{}",
	}
	for _, doc := range docs {
		for _, tg := range targets {
			requireSame(t, doc, tg.new)
		}
	}
	var notPtr all
	var nilPtr *all
	require.IsType(t, &json.InvalidUnmarshalError{}, Unmarshal([]byte(`{}`), notPtr))
	require.IsType(t, &json.InvalidUnmarshalError{}, Unmarshal([]byte(`{}`), nilPtr))
	require.IsType(t, &json.InvalidUnmarshalError{}, Unmarshal([]byte(`{}`), nil))
}

func TestUnmarshalSelfReferentialInterface(t *testing.T) {
	var std, our any
	std, our = &std, &our
	require.NoError(t, json.Unmarshal([]byte(`{"a":1}`), std))
	require.NoError(t, Unmarshal([]byte(`{"a":1}`), our))
	require.Equal(t, std, our)
}

func propParams(t *testing.T) *gopter.TestParameters {
	p := testsupport.Params(400, 60)
	return p
}

func TestUnmarshalPropertiesMatchEncodingJSON(t *testing.T) {
	props := gopter.NewProperties(propParams(t))
	for _, gen := range []struct {
		name string
		g    gopter.Gen
	}{{"valid", genDoc()}, {"corrupt", genCorrupt()}} {
		for _, tg := range targets {
			props.Property(gen.name+" docs into "+tg.name+" decode as encoding/json does", prop.ForAll(
				func(doc string) string {
					want, got := tg.new(), tg.new()
					errStd := json.Unmarshal([]byte(doc), want)
					errOur := Unmarshal([]byte(doc), got)
					if (errStd == nil) != (errOur == nil) {
						return fmt.Sprintf("std error %v, ours %v", errStd, errOur)
					}
					if !deepEqual(want, got) {
						return fmt.Sprintf("std %#v\nours %#v", want, got)
					}
					return ""
				}, gen.g))
		}
	}
	typedResult := func(typ reflect.Type, doc string) string {
		want, got := reflect.New(typ).Interface(), reflect.New(typ).Interface()
		errStd := json.Unmarshal([]byte(doc), want)
		errOur := Unmarshal([]byte(doc), got)
		if (errStd == nil) != (errOur == nil) {
			return fmt.Sprintf("%v: std error %v, ours %v", typ, errStd, errOur)
		}
		if !deepEqual(want, got) {
			return fmt.Sprintf("%v: std %#v\nours %#v", typ, want, got)
		}
		return ""
	}
	props.Property("random docs into generated types decode as encoding/json does",
		prop.ForAll(typedResult, genType(), genDoc()))
	var fits, total int
	props.Property("docs shaped like generated types decode as encoding/json does", prop.ForAll(
		func(td typedDoc) string {
			total++
			if json.Unmarshal([]byte(td.doc), reflect.New(td.typ).Interface()) == nil {
				fits++
			}
			return typedResult(td.typ, td.doc)
		}, genTypedDoc()))
	props.Property("UseNumber decodes as json.Decoder.UseNumber", prop.ForAll(
		func(doc string) string {
			var want, got any
			dec := json.NewDecoder(strings.NewReader(doc))
			dec.UseNumber()
			errStd := dec.Decode(&want)
			if errStd == nil && dec.More() || errStd != nil {
				return "" // json.Decoder reads streams; compare single documents only
			}
			if err := Unmarshal([]byte(doc), &got, UseNumber()); err != nil {
				return err.Error()
			}
			if !deepEqual(want, got) {
				return fmt.Sprintf("std %#v\nours %#v", want, got)
			}
			return ""
		}, genDoc()))
	props.Property("Strict stores what the default mode stores and adds only its own kinds", prop.ForAll(
		func(doc string) string {
			for _, tg := range targets {
				lax, strict := tg.new(), tg.new()
				errLax := Unmarshal([]byte(doc), lax)
				errStrict := Unmarshal([]byte(doc), strict, Strict())
				if !deepEqual(lax, strict) {
					return fmt.Sprintf("%s: lax %#v\nstrict %#v", tg.name, lax, strict)
				}
				if msg := strictAdds(errLax, errStrict); msg != "" {
					return tg.name + ": " + msg
				}
			}
			return ""
		}, genDoc()))
	props.TestingRun(t)
	require.Greater(t, fits, total/10, "too few shaped documents decode without error to test much")
}

// strictAdds checks that the strict errors are the default mode's plus
// problems of the kinds only Strict reports.
func strictAdds(lax, strict error) string {
	var laxList []*PathError
	var de *DecodeError
	if errors.As(lax, &de) {
		laxList = de.Errors
	}
	var strictList []*PathError
	if errors.As(strict, &de) {
		strictList = de.Errors
	}
	i := 0
	for _, e := range strictList {
		if i < len(laxList) && e.Path == laxList[i].Path && e.Kind == laxList[i].Kind {
			i++
			continue
		}
		switch e.Kind {
		case UnknownField, DuplicateKey, TrailingData:
		default:
			return "strict added " + e.Error()
		}
	}
	if i != len(laxList) {
		return fmt.Sprintf("strict lost %v", laxList[i])
	}
	return ""
}

// deepEqual is reflect.DeepEqual through require's comparison, which
// also equates equal []byte values.
func deepEqual(a, b any) bool {
	return assert.ObjectsAreEqual(a, b)
}

func TestNumberSpellingsMatchEncodingJSON(t *testing.T) {
	for _, n := range []string{"9223372036854775807", "9223372036854775808", "-9223372036854775809", "255", "256", "1e-400", "3.4028235e38", "3.5e38"} {
		for _, tg := range []func() any{
			func() any { return new(int64) }, func() any { return new(uint8) }, func() any { return new(float32) },
			func() any { return new(json.Number) }, func() any { return new(map[string]uint64) },
		} {
			requireSame(t, n, tg)
			requireSame(t, `{"`+n+`":1}`, tg)
			requireSame(t, strconv.Quote(n), tg)
		}
	}
}
