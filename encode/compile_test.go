package encode

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand"
	"reflect"
	"testing"
	"time"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"

	"github.com/mapkit-go/mapkit/internal/doctypes"
	"github.com/mapkit-go/mapkit/internal/fixture"
	"github.com/mapkit-go/mapkit/internal/testsupport"
)

// path names one of the two ways structs are encoded.
type path bool

const (
	pathCompiled path = false
	pathReflect  path = true
)

// paths lists both, compiled first.
var paths = []path{pathCompiled, pathReflect}

func (p path) String() string {
	if p == pathReflect {
		return "reflect"
	}
	return "compiled"
}

// usePath makes every encoder built from now on take path p, dropping the
// encoders already built when it changes.
func usePath(p path) {
	if reflectOnly.Load() == bool(p) {
		return
	}
	compileMu.Lock()
	defer compileMu.Unlock()
	reflectOnly.Store(bool(p))
	compiled.Clear()
	encCache.Clear()
}

// onEveryPath runs test as a subtest once per path.
func onEveryPath(t *testing.T, name string, test func(t *testing.T)) {
	t.Helper()
	for _, p := range paths {
		t.Run(name+"/"+p.String(), func(t *testing.T) {
			usePath(p)
			defer usePath(pathCompiled)
			test(t)
		})
	}
}

func TestUsePathSwitchesTheEncoder(t *testing.T) {
	type probe struct{ A int }
	typ := reflect.TypeFor[probe]()
	usePath(pathReflect)
	_, err := Marshal(probe{1})
	require.NoError(t, err)
	_, ok := compiled.Load(compileKey{t: typ, addr: true})
	require.False(t, ok, "the reflect path compiles nothing")
	usePath(pathCompiled)
	_, err = Marshal(&probe{1})
	require.NoError(t, err)
	_, ok = compiled.Load(compileKey{t: typ, addr: true})
	require.True(t, ok, "the compiled path compiles the struct")
}

// Named types for random struct types: StructOf can embed only named types
// and cannot declare methods.
type (
	EmbA struct {
		X int    `json:"x"`
		Y string `json:"y,omitempty"`
	}
	EmbB struct {
		X    float64 `json:"x"`
		Z    bool
		Deep *EmbA `json:",omitempty"`
	}
)

// typeGen builds random struct types and random values of them.
type typeGen struct{ r *rand.Rand }

// leafTypes are the field types of any nesting depth.
var leafTypes = []reflect.Type{
	reflect.TypeFor[bool](), reflect.TypeFor[int](), reflect.TypeFor[int8](), reflect.TypeFor[int16](),
	reflect.TypeFor[int32](), reflect.TypeFor[int64](), reflect.TypeFor[uint](), reflect.TypeFor[uint8](),
	reflect.TypeFor[uint16](), reflect.TypeFor[uint32](), reflect.TypeFor[uint64](), reflect.TypeFor[uintptr](),
	reflect.TypeFor[float32](), reflect.TypeFor[float64](), reflect.TypeFor[string](), reflect.TypeFor[any](),
	reflect.TypeFor[json.Number](), reflect.TypeFor[json.RawMessage](), reflect.TypeFor[[]byte](),
	reflect.TypeFor[time.Time](), reflect.TypeFor[valJSON](), reflect.TypeFor[ptrJSON](), reflect.TypeFor[ptrText](),
	reflect.TypeFor[zeroer](), reflect.TypeFor[ptrZeroer](), reflect.TypeFor[namedInt](), reflect.TypeFor[namedString](),
	reflect.TypeFor[failJSON](), reflect.TypeFor[fmt.Stringer](), reflect.TypeFor[map[string]any](),
	reflect.TypeFor[map[int]string](), reflect.TypeFor[map[textKey]int](), reflect.TypeFor[EmbA](),
}

var fieldNames = []string{"a", "b", "A", "B", "x", "y", "Z", "<&>", "é", "X"}

func (g typeGen) typ(depth int) reflect.Type {
	if depth <= 0 || g.r.Intn(3) > 0 {
		return leafTypes[g.r.Intn(len(leafTypes))]
	}
	switch g.r.Intn(6) {
	case 0:
		return reflect.PointerTo(g.typ(depth - 1))
	case 1:
		return reflect.SliceOf(g.typ(depth - 1))
	case 2:
		return reflect.ArrayOf(g.r.Intn(3), g.typ(depth-1))
	case 3:
		return reflect.MapOf(reflect.TypeFor[string](), g.typ(depth-1))
	}
	return g.structType(depth - 1)
}

func (g typeGen) structType(depth int) reflect.Type {
	var fields []reflect.StructField
	used := map[string]bool{}
	for i := range g.r.Intn(7) {
		if g.r.Intn(8) == 0 {
			emb := []reflect.Type{reflect.TypeFor[EmbA](), reflect.TypeFor[EmbB](), reflect.TypeFor[*EmbA](), reflect.TypeFor[*EmbB]()}[g.r.Intn(4)]
			name := emb.Name()
			if emb.Kind() == reflect.Pointer {
				name = emb.Elem().Name()
			}
			if !used[name] {
				used[name] = true
				fields = append(fields, reflect.StructField{Name: name, Type: emb, Anonymous: true})
				continue
			}
		}
		ft := g.typ(depth)
		tag := ""
		if g.r.Intn(3) > 0 {
			tag = fieldNames[g.r.Intn(len(fieldNames))]
		}
		for _, opt := range []string{"omitempty", "omitzero", "string"} {
			if g.r.Intn(4) == 0 {
				tag += "," + opt
			}
		}
		if g.r.Intn(20) == 0 {
			tag = "-"
		}
		fields = append(fields, reflect.StructField{Name: fmt.Sprintf("F%d", i), Type: ft, Tag: reflect.StructTag(`json:"` + tag + `"`)})
	}
	return reflect.StructOf(fields)
}

// fill sets v, settable, to a random value; zero values are frequent, so
// that omitempty and omitzero are exercised.
func (g typeGen) fill(v reflect.Value, depth int) {
	if g.r.Intn(4) == 0 || depth > 6 {
		return
	}
	switch v.Interface().(type) {
	case time.Time:
		v.Set(reflect.ValueOf(time.Unix(g.r.Int63n(1<<33), 0).UTC()))
		return
	case json.Number:
		v.Set(reflect.ValueOf(json.Number([]string{"1", "-2.5e3", "0", "1."}[g.r.Intn(4)])))
		return
	case json.RawMessage:
		v.Set(reflect.ValueOf(json.RawMessage([]string{`{"a" : 1}`, `[ ]`, `"<\u2028>"`}[g.r.Intn(3)])))
		return
	case zeroer:
		v.Set(reflect.ValueOf(zeroer{v: 40 + g.r.Intn(4)}))
		return
	case ptrZeroer:
		v.Set(reflect.ValueOf(ptrZeroer{v: 6 + g.r.Intn(3)}))
		return
	case failJSON:
		if g.r.Intn(4) != 0 {
			return // mostly left zero, so that most values encode
		}
	}
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(g.r.Int63() >> g.r.Intn(64) * int64(1-2*g.r.Intn(2)))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		v.SetUint(g.r.Uint64() >> g.r.Intn(64))
	case reflect.Float32:
		v.SetFloat(float64(cutoffFloat32(g.r)))
	case reflect.Float64:
		f := cutoffFloat(g.r)
		if g.r.Intn(2) == 0 {
			f = math.Copysign(0, -1)
		}
		v.SetFloat(f)
	case reflect.String:
		v.SetString(trickyString(g.r))
	case reflect.Interface:
		if v.NumMethod() == 0 {
			if x := randomAny(g.r, 2); x != nil {
				v.Set(reflect.ValueOf(x))
			}
		} else {
			v.Set(reflect.ValueOf(time.Duration(g.r.Int63())))
		}
	case reflect.Pointer:
		e := reflect.New(v.Type().Elem())
		g.fill(e.Elem(), depth+1)
		v.Set(e)
	case reflect.Slice:
		n := g.r.Intn(4)
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := range n {
			g.fill(s.Index(i), depth+1)
		}
		v.Set(s)
	case reflect.Array:
		for i := range v.Len() {
			g.fill(v.Index(i), depth+1)
		}
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		for range g.r.Intn(4) {
			k := reflect.New(v.Type().Key()).Elem()
			g.fill(k, depth+1)
			e := reflect.New(v.Type().Elem()).Elem()
			g.fill(e, depth+1)
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				g.fill(v.Field(i), depth+1)
			}
		}
	}
}

// randomTypedValue returns a random value of a random struct type, as
// itself, through a pointer, in a slice or in a map.
func randomTypedValue(r *rand.Rand) any {
	g := typeGen{r}
	t := g.structType(3)
	v := reflect.New(t)
	g.fill(v.Elem(), 0)
	switch r.Intn(4) {
	case 0:
		return v.Interface()
	case 1:
		s := reflect.MakeSlice(reflect.SliceOf(t), 2, 2)
		s.Index(1).Set(v.Elem())
		return s.Interface()
	case 2:
		m := reflect.MakeMap(reflect.MapOf(reflect.TypeFor[string](), t))
		m.SetMapIndex(reflect.ValueOf("k"), v.Elem())
		m.SetMapIndex(reflect.ValueOf("<j>"), reflect.Zero(t))
		return m.Interface()
	}
	return v.Elem().Interface()
}

func TestPropertyRandomStructTypesMatchEncodingJSON(t *testing.T) {
	props := gopter.NewProperties(testsupport.Params(300, 40))
	props.Property("random struct types encode as encoding/json encodes them", prop.ForAll(
		func(b box) string { return sameAsStd(b.v) },
		genOf(randomTypedValue),
	))
	props.Property("both paths fail alike: error text and path", prop.ForAll(
		func(b box) string {
			var msgs [2]string
			for i, p := range paths {
				usePath(p)
				if _, err := Marshal(b.v); err != nil {
					msgs[i] = err.Error()
				}
			}
			usePath(pathCompiled)
			if msgs[0] != msgs[1] {
				return fmt.Sprintf("compiled %q, reflect %q", msgs[0], msgs[1])
			}
			return ""
		},
		genOf(randomTypedValue),
	))
	props.TestingRun(t)
}

// selfRef is a recursive type: its encoder refers to itself.
type selfRef struct {
	Name     string              `json:"name"`
	Next     *selfRef            `json:"next,omitempty"`
	Children []selfRef           `json:"children"`
	ByName   map[string]*selfRef `json:"by_name,omitempty"`
}

type addrMethods struct {
	Val  ptrJSON   // MarshalJSON on *ptrJSON: used only when addressable
	Text ptrText   // MarshalText on *ptrText
	PZ   ptrZeroer `json:",omitzero"`
}

type withEmbeddedPointers struct {
	*EmbA
	*EmbB
	EmbA2 EmbA `json:"a2"`
}

func TestCompiledEdges(t *testing.T) {
	cyclic := &selfRef{Name: "loop"}
	cyclic.Next = cyclic
	nan := math.NaN()
	cases := []struct {
		name string
		v    any
		path string // of the error, when encoding fails
	}{
		{"recursive type", &selfRef{Name: "a", Children: []selfRef{{Name: "b"}}, ByName: map[string]*selfRef{"c": {Name: "c"}, "nil": nil}}, ""},
		{"pointer methods, by value", addrMethods{Val: ptrJSON{1}, Text: ptrText{"t"}, PZ: ptrZeroer{7}}, ""},
		{"pointer methods, by pointer", &addrMethods{Val: ptrJSON{1}, Text: ptrText{"t"}, PZ: ptrZeroer{7}}, ""},
		{"pointer methods in a slice", []addrMethods{{Val: ptrJSON{2}}}, ""},
		{"pointer methods in an array by value", [1]addrMethods{{Val: ptrJSON{3}}}, ""},
		{"pointer methods in a map", map[string]addrMethods{"k": {Val: ptrJSON{4}}}, ""},
		{"nil embedded pointers", withEmbeddedPointers{}, ""},
		{"embedded pointers", &withEmbeddedPointers{EmbA: &EmbA{X: 1}, EmbB: &EmbB{Z: true, Deep: &EmbA{Y: "<"}}}, ""},
		{"cycle through a pointer", cyclic, ""},
		{"NaN deep", &struct {
			A []struct{ B map[string]*float64 }
		}{A: []struct{ B map[string]*float64 }{{}, {B: map[string]*float64{"x": &nan}}}}, "A[1].B.x"},
		{"marshaler error", struct{ F []failJSON }{F: []failJSON{{}}}, "F[0]"},
		{"unsupported field", struct{ C chan int }{}, "C"},
		{"map with struct keys", struct{ M map[[1]int]int }{M: map[[1]int]int{{1}: 1}}, "M"},
		{"empty and zero-sized", struct {
			A [0]int `json:",omitempty"`
			E struct{}
			S []struct{}
		}{S: make([]struct{}, 3)}, ""},
	}
	for _, c := range cases {
		onEveryPath(t, c.name, func(t *testing.T) {
			requireSameAsStd(t, c.v)
			_, err := Marshal(c.v)
			var ve *ValueError
			if c.path != "" {
				require.ErrorAs(t, err, &ve)
				require.Equal(t, c.path, ve.Path())
			}
			if c.name == "marshaler error" {
				var me *json.MarshalerError
				require.ErrorAs(t, err, &me)
			}
		})
	}
	onEveryPath(t, "MaxDepth", func(t *testing.T) {
		_, err := Marshal(&selfRef{Next: &selfRef{Next: &selfRef{}}}, MaxDepth(2))
		require.True(t, errors.Is(err, ErrTooDeep), "%v", err)
		var ve *ValueError
		require.ErrorAs(t, err, &ve)
		require.Equal(t, "next.next", ve.Path())
	})
}

// canadaDoc is canada.json's type, coordinates as float64.
type canadaDoc struct {
	Type     string `json:"type"`
	Features []struct {
		Type       string `json:"type"`
		Properties struct {
			Name string `json:"name"`
		} `json:"properties"`
		Geometry struct {
			Type        string        `json:"type"`
			Coordinates [][][]float64 `json:"coordinates"`
		} `json:"geometry"`
	} `json:"features"`
}

// documentStructs decodes the fixture documents into their struct types;
// documents that are absent are left out.
func documentStructs(t *testing.T) map[string]any {
	t.Helper()
	out := map[string]any{}
	for name, v := range map[string]any{"twitter": new(doctypes.Twitter), "citm_catalog": new(doctypes.Citm), "canada": new(canadaDoc)} {
		b, err := fixture.Document(name)
		if err != nil {
			continue
		}
		require.NoError(t, json.Unmarshal(b, v))
		out[name] = v
	}
	return out
}

func TestDocumentStructsMatchEncodingJSON(t *testing.T) {
	if testsupport.Light() {
		t.Skip("encodes 4.6 MB of documents in every variant")
	}
	for name, v := range documentStructs(t) {
		t.Run(name, func(t *testing.T) { requireSameAsStd(t, v) })
	}
}

func TestCompiledStructEncoderAllocatesNothingOnceWarm(t *testing.T) {
	testsupport.SkipUnderRace(t)
	docs := documentStructs(t)
	docs["response"] = &struct {
		ID    int64             `json:"id"`
		Tags  []string          `json:"tags"`
		User  EmbB              `json:"user"`
		Items []EmbA            `json:"items"`
		Next  *string           `json:"next"`
		Attrs map[string]string `json:"attrs,omitempty"`
		Any   any               `json:"any"`
	}{ID: 1, Tags: []string{"x"}, Items: []EmbA{{X: 1}, {Y: "y"}}, Attrs: map[string]string{"b": "2", "a": "1"}, Any: []any{"<>", 1.5}}
	for name, doc := range docs {
		for _, vr := range variants {
			if !vr.streamFormat {
				continue
			}
			enc := NewEncoder(io.Discard, vr.opts...)
			require.NoError(t, enc.Encode(doc))
			allocs := testing.AllocsPerRun(5, func() { require.NoError(t, enc.Encode(doc)) })
			require.Zero(t, allocs, "%s %s", name, vr.name)
		}
	}
}

// FuzzCompiledStructs decodes arbitrary bytes with encoding/json into the
// struct types of the real documents and requires both paths to write what
// encoding/json writes, the documents themselves being the seeds.
func FuzzCompiledStructs(f *testing.F) {
	for _, name := range fixture.Documents {
		if b, err := fixture.Document(name); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		`{"statuses":[{"id":1,"text":"<\u2028>","user":{"name":"é"},"retweeted_status":{"id":2}}],"search_metadata":{"count":1}}`,
		`{"events":{"1":{"id":1,"name":"x","topicIds":[1,2]}},"performances":[{"prices":[{"amount":1}]}]}`,
		`{"type":"FeatureCollection","features":[{"geometry":{"coordinates":[[[1.5,-1e-7],[1e21,0]]]}}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, v := range []any{new(doctypes.Twitter), new(doctypes.Citm), new(canadaDoc)} {
			if json.Unmarshal(data, v) != nil {
				continue
			}
			if d := sameAsStd(v); d != "" {
				t.Fatalf("%T: %.300s", v, d)
			}
		}
	})
}
