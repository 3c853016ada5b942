package encode

import (
	"encoding/json"
	"math/rand"
	"net/netip"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/leanovate/gopter"
)

// keys are the object keys random documents use: the JSON names of
// all's fields, case variants of some, keys that are not identifiers,
// and keys no type knows, so that documents hit fields, folded matches,
// unknown fields and duplicates often.
var keys = []string{
	"i", "I", "I8", "i8", "u16", "f32", "F", "s", "S", "B", "p", "pp", "sl", "ar", "m", "mi", "mu", "mt",
	"any", "n", "raw", "bytes", "q", "qs", "qb", "qf", "t", "ip", "in", "inp", "ifc", "e", "u", "a", "b",
	"1", "-2", "300", "x.y", "", "é", "\u00c9", "zzz",
}

// genDoc generates JSON texts: objects, arrays and literals up to a few
// levels deep, with random whitespace, escapes, number spellings and the
// keys above.
func genDoc() gopter.Gen {
	return func(p *gopter.GenParameters) *gopter.GenResult {
		var b strings.Builder
		g := docGen{r: p.Rng, b: &b}
		g.value(0)
		return gopter.NewGenResult(b.String(), gopter.NoShrinker)
	}
}

type docGen struct {
	r *rand.Rand
	b *strings.Builder
}

func (g *docGen) space() {
	if g.r.Intn(4) == 0 {
		g.b.WriteString([]string{" ", "\n", "\t", "\r\n  "}[g.r.Intn(4)])
	}
}

func (g *docGen) value(depth int) {
	g.space()
	n := 10
	if depth < 4 {
		n = 14
	}
	switch k := g.r.Intn(n); {
	case k < 2:
		g.b.WriteString([]string{"null", "true", "false"}[g.r.Intn(3)])
	case k < 5:
		g.number()
	case k < 8:
		g.str()
	case k < 10:
		g.b.WriteString([]string{"[]", "{}", `"aGVsbG8="`, `"2024-01-02T03:04:05Z"`, `"10.0.0.1"`, `"12"`, `"true"`, `"\"q\""`, `"null"`, `"-"`}[g.r.Intn(10)])
	case k < 12:
		g.b.WriteByte('{')
		for i := range g.r.Intn(5) {
			if i > 0 {
				g.b.WriteByte(',')
			}
			g.space()
			g.b.WriteString(strconv.Quote(keys[g.r.Intn(len(keys))]))
			g.space()
			g.b.WriteByte(':')
			g.value(depth + 1)
		}
		g.space()
		g.b.WriteByte('}')
	default:
		g.b.WriteByte('[')
		for i := range g.r.Intn(5) {
			if i > 0 {
				g.b.WriteByte(',')
			}
			g.value(depth + 1)
		}
		g.space()
		g.b.WriteByte(']')
	}
	g.space()
}

func (g *docGen) number() {
	switch g.r.Intn(8) {
	case 0:
		g.b.WriteString([]string{"0", "-0", "1e400", "-1e400", "1E2", "2.5e-3", "18446744073709551616", "9007199254740993", "1.0", "70000", "-129"}[g.r.Intn(11)])
	case 1:
		g.b.WriteString(strconv.FormatFloat(g.r.NormFloat64()*1e6, 'g', -1, 64))
	default:
		g.b.WriteString(strconv.Itoa(g.r.Intn(600) - 300))
	}
}

func (g *docGen) str() {
	g.b.WriteByte('"')
	for range g.r.Intn(6) {
		switch g.r.Intn(10) {
		case 0:
			g.b.WriteString([]string{`\n`, `\"`, `\\`, `\/`, `\u00e9`, `\ud83d\ude00`, `\ud800`, `\udc00x`, `\u0000`, `\t`}[g.r.Intn(10)])
		case 1:
			g.b.WriteString([]string{"é", "日本", "\xff", "\xe2\x82", "<&>"}[g.r.Intn(5)])
		default:
			g.b.WriteByte(byte('a' + g.r.Intn(26)))
		}
	}
	g.b.WriteByte('"')
}

// genCorrupt generates texts that are often not JSON: a random document
// with one byte inserted, deleted or replaced.
func genCorrupt() gopter.Gen {
	return func(p *gopter.GenParameters) *gopter.GenResult {
		doc := []byte(genDoc()(p).Result.(string))
		if len(doc) > 0 {
			i := p.Rng.Intn(len(doc))
			const noise = `{}[],:"\ x0-.e`
			c := noise[p.Rng.Intn(len(noise))]
			switch p.Rng.Intn(3) {
			case 0:
				doc = append(doc[:i], doc[i+1:]...)
			case 1:
				doc[i] = c
			default:
				doc = append(doc[:i], append([]byte{c}, doc[i:]...)...)
			}
		}
		return gopter.NewGenResult(string(doc), gopter.NoShrinker)
	}
}

// targets makes fresh decoding targets of the shapes the differential
// tests compare.
var targets = []struct {
	name string
	new  func() any
}{
	{"any", func() any { return new(any) }},
	{"map", func() any { return new(map[string]any) }},
	{"slice", func() any { return new([]any) }},
	{"struct", func() any { return new(all) }},
	{"struct/filled", func() any { return filled() }},
	{"[]struct", func() any { return new([]all) }},
	{"map[string]struct", func() any { return new(map[string]*inner) }},
	{"[2]any", func() any { return new([2]any) }},
	{"map[int]int", func() any { return new(map[int]int) }},
	{"string", func() any { return new(string) }},
	{"*float64", func() any { return new(*float64) }},
}

// genType generates Go types for documents to decode into: structs
// whose json tags use keys (with omitempty, ",string" and case clashes
// at random), nested in slices, arrays, maps and pointers, down to the
// scalar types and the interfaces encoding/json knows.
func genType() gopter.Gen {
	return func(p *gopter.GenParameters) *gopter.GenResult {
		return gopter.NewGenResult(randomType(p.Rng, 0), gopter.NoShrinker)
	}
}

var randomLeafTypes = []reflect.Type{
	reflect.TypeFor[bool](), reflect.TypeFor[int](), reflect.TypeFor[int8](), reflect.TypeFor[uint16](),
	reflect.TypeFor[float32](), reflect.TypeFor[float64](), reflect.TypeFor[string](), reflect.TypeFor[json.Number](),
	reflect.TypeFor[any](), reflect.TypeFor[[]byte](), reflect.TypeFor[json.RawMessage](), reflect.TypeFor[time.Time](),
	reflect.TypeFor[netip.Addr](), reflect.TypeFor[inner](),
}

func randomType(r *rand.Rand, depth int) reflect.Type {
	n := 6
	if depth < 3 {
		n = 12
	}
	switch k := r.Intn(n); {
	case k < 4:
		return randomLeafTypes[r.Intn(len(randomLeafTypes))]
	case k == 4:
		return reflect.PointerTo(randomType(r, depth+1))
	case k == 5:
		return reflect.SliceOf(randomType(r, depth+1))
	case k == 6:
		return reflect.ArrayOf(r.Intn(3), randomType(r, depth+1))
	case k == 7:
		return reflect.MapOf(reflect.TypeFor[string](), randomType(r, depth+1))
	case k == 8:
		return reflect.MapOf([]reflect.Type{reflect.TypeFor[int](), reflect.TypeFor[uint8](), reflect.TypeFor[pairKey]()}[r.Intn(3)], randomType(r, depth+1))
	}
	fields := make([]reflect.StructField, 1+r.Intn(5))
	for i := range fields {
		ft := randomType(r, depth+1)
		tag := keys[r.Intn(len(keys))]
		if r.Intn(4) == 0 {
			tag += ",omitempty"
		}
		if r.Intn(3) == 0 {
			tag += ",string"
		}
		fields[i] = reflect.StructField{Name: "F" + strconv.Itoa(i), Type: ft, Tag: reflect.StructTag(`json:"` + tag + `"`)}
	}
	return reflect.StructOf(fields)
}

// genTypedDoc generates a Go type and a document shaped like it: most
// values fit their field, some are random, so decoding goes deep and still
// meets mismatches.
func genTypedDoc() gopter.Gen {
	return func(p *gopter.GenParameters) *gopter.GenResult {
		typ := randomType(p.Rng, 0)
		var b strings.Builder
		g := docGen{r: p.Rng, b: &b}
		g.shaped(typ, 0)
		return gopter.NewGenResult(typedDoc{typ, b.String()}, gopter.NoShrinker)
	}
}

// typedDoc is a type and a document meant for it.
type typedDoc struct {
	typ reflect.Type
	doc string
}

func (g *docGen) shaped(t reflect.Type, depth int) {
	if g.r.Intn(8) == 0 || depth > 6 {
		g.value(4)
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		g.shaped(t.Elem(), depth+1)
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 && t.Kind() == reflect.Slice {
			g.b.WriteString(`"aGk="`)
			return
		}
		g.b.WriteByte('[')
		for i := range g.r.Intn(4) {
			if i > 0 {
				g.b.WriteByte(',')
			}
			g.shaped(t.Elem(), depth+1)
		}
		g.b.WriteByte(']')
	case reflect.Map:
		g.b.WriteByte('{')
		for i := range g.r.Intn(4) {
			if i > 0 {
				g.b.WriteByte(',')
			}
			key := keys[g.r.Intn(len(keys))]
			if t.Key().Kind() != reflect.String {
				key = []string{"1", "-2", "300", "a-b", "x"}[g.r.Intn(5)]
			}
			g.b.WriteString(strconv.Quote(key) + ":")
			g.shaped(t.Elem(), depth+1)
		}
		g.b.WriteByte('}')
	case reflect.Struct:
		if t.NumField() == 0 || t.Field(0).Name != "F0" {
			g.value(4)
			return
		}
		g.b.WriteByte('{')
		for i := range t.NumField() {
			if i > 0 {
				g.b.WriteByte(',')
			}
			f := t.Field(i)
			name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			g.b.WriteString(strconv.Quote(name) + ":")
			if strings.Contains(opts, "string") && g.r.Intn(3) > 0 {
				var inner strings.Builder
				(&docGen{r: g.r, b: &inner}).shaped(f.Type, depth+1)
				g.b.WriteString(strconv.Quote(inner.String()))
				continue
			}
			g.shaped(f.Type, depth+1)
		}
		g.b.WriteByte('}')
	case reflect.Bool:
		g.b.WriteString([]string{"true", "false"}[g.r.Intn(2)])
	case reflect.String:
		if t == reflect.TypeFor[json.Number]() {
			g.number()
			return
		}
		g.str()
	case reflect.Interface:
		g.value(depth)
	default:
		g.number()
	}
}
