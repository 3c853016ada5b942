// Package randval generates random plain data — the maps, slices, strings,
// numbers, bools and nils of decoded JSON and typical log values — for the
// property tests of safelog's sinks.
package randval

import (
	"math"
	"math/rand"
	"strings"

	"github.com/leanovate/gopter"
)

// printable are the runes plain strings are made of: letters, digits,
// punctuation that fmt's map syntax uses, quotes, backslashes and
// multi-byte runes, but no control characters (which safelog escapes and
// fmt does not).
var printable = []rune("abcxyzABC019 _-.:[]{}()<>=\"'\\/%+é€😀世")

// Box holds a generated value: gopter cannot pass a nil interface.
type Box struct{ V any }

// Plain returns a generator of Boxes of random plain values nested up to
// depth levels.
func Plain(depth int) gopter.Gen {
	return func(p *gopter.GenParameters) *gopter.GenResult {
		return gopter.NewGenResult(Box{Value(p.Rng, depth)}, gopter.NoShrinker)
	}
}

// Value returns a random plain value nested up to depth levels.
func Value(r *rand.Rand, depth int) any {
	n := 9
	if depth > 0 {
		n = 14
	}
	switch r.Intn(n) {
	case 0:
		return nil
	case 1:
		return r.Intn(2) == 0
	case 2:
		return r.Int63n(2_000_000) - 1_000_000
	case 3:
		return Float(r)
	case 4:
		return int(r.Int31())
	case 5:
		return uint8(r.Intn(256))
	case 6, 7:
		return String(r, 12)
	case 8:
		return float32(Float(r))
	case 9, 10:
		m := map[string]any{}
		for range r.Intn(8) {
			m[String(r, 6)] = Value(r, depth-1)
		}
		return m
	case 11:
		s := make([]any, r.Intn(6))
		for i := range s {
			s[i] = Value(r, depth-1)
		}
		return s
	case 12:
		m := map[string]int{}
		for range r.Intn(6) {
			m[String(r, 4)] = r.Intn(100)
		}
		return m
	default:
		m := map[int]string{}
		for range r.Intn(6) {
			m[r.Intn(200)-100] = String(r, 4)
		}
		return m
	}
}

// Float returns a random float64, special values included.
func Float(r *rand.Rand) float64 {
	switch r.Intn(8) {
	case 0:
		return math.NaN()
	case 1:
		return math.Inf(1 - 2*r.Intn(2))
	case 2:
		return float64(r.Intn(1000))
	case 3:
		return r.NormFloat64() * math.Pow(10, float64(r.Intn(60)-30))
	}
	return r.Float64() * 1e6
}

// String returns a random printable string of up to max runes.
func String(r *rand.Rand, max int) string {
	var b strings.Builder
	for range r.Intn(max + 1) {
		b.WriteRune(printable[r.Intn(len(printable))])
	}
	return b.String()
}

// Hostile returns a random string of bytes: control characters, invalid
// UTF-8 and line separators included.
func Hostile(r *rand.Rand, max int) string {
	b := make([]byte, r.Intn(max+1))
	for i := range b {
		switch r.Intn(4) {
		case 0:
			b[i] = byte(r.Intn(0x20))
		case 1:
			b[i] = byte(0x80 + r.Intn(0x80))
		default:
			b[i] = byte(0x20 + r.Intn(0x60))
		}
	}
	return string(b) + []string{"", "\u2028", "\u0085", "\x1b[2J", "é"}[r.Intn(5)]
}
