package encode

import (
	"encoding/json"
	"math"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/mapkit-go/mapkit/internal/testsupport"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
)

// box carries a generated value; gopter needs a concrete result type.
type box struct{ v any }

// propCount keeps the property tests fast under the race detector.
func propCount() int {
	if testsupport.Light() {
		return 60
	}
	return 400
}

func properties() *gopter.Properties {
	p := gopter.DefaultTestParameters()
	p.MinSuccessfulTests = propCount()
	return gopter.NewProperties(p)
}

// genOf adapts a function of a random source to a gopter generator.
func genOf(f func(r *rand.Rand) any) gopter.Gen {
	return func(p *gopter.GenParameters) *gopter.GenResult {
		return gopter.NewGenResult(box{f(p.Rng)}, gopter.NoShrinker)
	}
}

// trickyPieces are the fragments strings are made of: everything escaping
// treats specially.
var trickyPieces = []string{
	"a", "Z", "0", " ", "key", `"`, `\`, "/", "<", ">", "&", "\u2028", "\u2029",
	"\x00", "\x01", "\x08", "\t", "\n", "\f", "\r", "\x1f", "\x7f", "\u0080", "\u009f",
	"é", "日本", "😀", "\U0010ffff", "\xff", "\xc3", "\xe2\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80",
	"\ufffd", "\ufeff", "}", "]", ":", ",",
}

func trickyString(r *rand.Rand) string {
	var b strings.Builder
	for range r.Intn(8) {
		b.WriteString(trickyPieces[r.Intn(len(trickyPieces))])
	}
	return b.String()
}

// cutoffFloat returns floats near the points where encoding/json changes
// notation (1e-6, 1e21) and other hard cases.
func cutoffFloat(r *rand.Rand) float64 {
	switch r.Intn(6) {
	case 0:
		return math.Nextafter(1e-6, float64(r.Intn(3)-1)*math.Inf(1))
	case 1:
		return math.Nextafter(1e21, float64(r.Intn(3)-1)*math.Inf(1))
	case 2:
		return math.Float64frombits(r.Uint64()) // may be NaN or Inf: both must fail
	case 3:
		return float64(r.Int63()) * math.Pow10(r.Intn(60)-30)
	case 4:
		return float64(int32(r.Uint32()))
	}
	return r.NormFloat64() * math.Pow10(r.Intn(44)-22)
}

func cutoffFloat32(r *rand.Rand) float32 {
	switch r.Intn(4) {
	case 0:
		return math.Nextafter32(1e-6, float32(r.Intn(3)-1)*float32(math.Inf(1)))
	case 1:
		return math.Nextafter32(1e21, float32(r.Intn(3)-1)*float32(math.Inf(1)))
	case 2:
		return math.Float32frombits(r.Uint32())
	}
	return float32(r.NormFloat64() * math.Pow10(r.Intn(44)-22))
}

// randomAny builds a value of the kinds json.Unmarshal produces, plus the
// other basic Go types the fast paths handle.
func randomAny(r *rand.Rand, depth int) any {
	k := r.Intn(16)
	if depth <= 0 {
		k %= 9
	}
	switch k {
	case 0:
		return nil
	case 1:
		return r.Intn(2) == 0
	case 2, 3:
		return trickyString(r)
	case 4:
		f := cutoffFloat(r)
		if math.IsNaN(f) || math.IsInf(f, 0) {
			f = 0.5
		}
		return f
	case 5:
		return r.Int63() - r.Int63()
	case 6:
		return uint8(r.Intn(256))
	case 7:
		return json.Number("-12.5e+3")
	case 8:
		return cutoffFloat32(r) * 0
	case 9, 10, 11:
		m := map[string]any{}
		for range r.Intn(6) {
			m[trickyString(r)] = randomAny(r, depth-1)
		}
		return m
	case 12, 13:
		s := make([]any, r.Intn(5))
		for i := range s {
			s[i] = randomAny(r, depth-1)
		}
		return s
	case 14:
		return randomTyped(r)
	}
	return randomStruct(r)
}

// randomTyped covers typed maps and slices, every map key kind included.
func randomTyped(r *rand.Rand) any {
	n := r.Intn(5)
	switch r.Intn(14) {
	case 0:
		m := map[string]string{}
		for range n {
			m[trickyString(r)] = trickyString(r)
		}
		return m
	case 1:
		m := map[string]int64{}
		for range n {
			m[trickyString(r)] = r.Int63()
		}
		return m
	case 2:
		m := map[int8]float32{}
		for range n {
			m[int8(r.Intn(256))] = cutoffFloat32(r)
		}
		return m
	case 3:
		m := map[uint64]bool{}
		for range n {
			m[r.Uint64()>>r.Intn(64)] = r.Intn(2) == 0
		}
		return m
	case 4:
		m := map[int]float64{}
		for range n {
			m[r.Intn(2000)-1000] = cutoffFloat(r)
		}
		return m
	case 5:
		m := map[textKey]string{}
		for range n {
			m[textKey{r.Intn(20), r.Intn(20)}] = trickyString(r)
		}
		return m
	case 6:
		m := map[namedString][]byte{}
		for range n {
			b := make([]byte, r.Intn(10))
			r.Read(b)
			m[namedString(trickyString(r))] = b
		}
		return m
	case 7:
		m := map[uintptr]uint16{}
		for range n {
			m[uintptr(r.Intn(1000))] = uint16(r.Intn(1 << 16))
		}
		return m
	case 8:
		s := make([]string, n)
		for i := range s {
			s[i] = trickyString(r)
		}
		return s
	case 9:
		s := make([]float64, n)
		for i := range s {
			s[i] = cutoffFloat(r)
		}
		return s
	case 10:
		s := make([]float32, n)
		for i := range s {
			s[i] = cutoffFloat32(r)
		}
		return s
	case 11:
		m := map[int16]any{}
		for range n {
			m[int16(r.Intn(1<<16))] = randomAny(r, 1)
		}
		return m
	case 12:
		return map[string]float64{trickyString(r): cutoffFloat(r)}
	}
	return [2]any{randomAny(r, 1), randomAny(r, 0)}
}

type propInner struct {
	A string  `json:"a,omitempty"`
	B float64 `json:"b,string"`
}

type propStruct struct {
	propInner
	Name    string            `json:"name"`
	Count   int               `json:"count,omitempty"`
	Big     uint64            `json:"big,string"`
	Ratio   float32           `json:"ratio"`
	Tags    []string          `json:"tags,omitempty"`
	Attrs   map[string]any    `json:"attrs,omitzero"`
	When    time.Time         `json:"when,omitzero"`
	Ptr     *propInner        `json:"ptr,omitempty"`
	Any     any               `json:"any"`
	ByKey   map[int32]string  `json:"by_key"`
	Raw     json.RawMessage   `json:"raw,omitempty"`
	Flag    *bool             `json:"flag,string"`
	Skipped chan int          `json:"-"`
	Text    ptrText           `json:"text"`
	Nums    [2]json.Number    `json:"nums"`
	Nested  []map[string]uint `json:"nested"`
}

func randomStruct(r *rand.Rand) any {
	flag := r.Intn(2) == 0
	s := propStruct{
		propInner: propInner{A: trickyString(r), B: cutoffFloat(r)},
		Name:      trickyString(r), Count: r.Intn(3), Big: r.Uint64(), Ratio: cutoffFloat32(r),
		Any: randomAny(r, 1), Text: ptrText{trickyString(r)}, Nums: [2]json.Number{"1", "2.5E-3"},
	}
	if r.Intn(2) == 0 {
		s.Tags = []string{trickyString(r)}
		s.Attrs = map[string]any{trickyString(r): randomAny(r, 0)}
		s.When = time.Unix(r.Int63n(1<<33), r.Int63n(1e9)).UTC()
		s.Ptr = &propInner{A: trickyString(r)}
		s.ByKey = map[int32]string{int32(r.Uint32()): trickyString(r)}
		s.Raw = json.RawMessage(` { "k" : [ "` + strings.Repeat("<", r.Intn(3)) + `\u2028" ] } `)
		s.Flag = &flag
		s.Nested = []map[string]uint{{trickyString(r): uint(r.Uint32())}, nil}
	}
	if r.Intn(4) == 0 {
		return &s
	}
	return s
}

func TestPropertySameAsEncodingJSON(t *testing.T) {
	props := properties()
	props.Property("random nested values", prop.ForAll(
		func(b box) string { return sameAsStd(b.v) },
		genOf(func(r *rand.Rand) any { return randomAny(r, 4) }),
	))
	props.Property("tricky strings as values and keys", prop.ForAll(
		func(b box) string {
			s := b.v.(string)
			return sameAsStd(s) + sameAsStd(map[string]any{s: s}) + sameAsStd([]byte(s))
		},
		genOf(func(r *rand.Rand) any { return trickyString(r) }),
	))
	props.Property("floats at the cut-offs", prop.ForAll(
		func(b box) string {
			f := b.v.(float64)
			return sameAsStd(f) + sameAsStd(float32(f)) + sameAsStd([]float64{f})
		},
		genOf(func(r *rand.Rand) any { return cutoffFloat(r) }),
	))
	props.Property("typed maps, every key kind", prop.ForAll(
		func(b box) string { return sameAsStd(b.v) },
		genOf(randomTyped),
	))
	props.Property("structs with tags", prop.ForAll(
		func(b box) string { return sameAsStd(b.v) },
		genOf(randomStruct),
	))
	props.TestingRun(t)
}

func newRand(seed int64) *rand.Rand { return rand.New(rand.NewSource(seed)) }
