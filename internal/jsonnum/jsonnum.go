// Package jsonnum formats numbers as encoding/json writes them: shortest
// round-trip floats in encoding/json's notation and integers written in
// place; Valid tells the floats JSON can hold. Every JSON number value the
// module writes goes through it; other decimal text, such as integer map
// keys, counts in log markers and indices in paths, uses strconv.
package jsonnum

import (
	"math"
	"strconv"
)

// AppendFloat appends f as encoding/json writes a float of the given bit size
// (32 or 64): the shortest representation that round-trips, in plain decimal
// notation for magnitudes in [1e-6, 1e21) and zero, and in exponent notation
// otherwise, with the exponent's leading zeros removed (1e-7, not 1e-07).
// Plain float64 values, the common case, get their digits from this
// package's own shortest-digit routine (see shortest.go), which writes
// them in place; the rest go through strconv. It allocates only when dst
// must grow.
//
// The caller rejects NaN and infinities, which JSON cannot represent.
func AppendFloat(dst []byte, f float64, bitSize int) []byte {
	if bitSize == 64 {
		if f >= 1e-6 && f < 1e21 {
			return appendPlain(dst, f)
		}
		if f <= -1e-6 && f > -1e21 {
			return appendPlain(append(dst, '-'), -f)
		}
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 {
		if bitSize == 64 && (abs < 1e-6 || abs >= 1e21) ||
			bitSize == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
	}
	dst = strconv.AppendFloat(dst, f, format, -1, bitSize)
	if format == 'e' {
		// strconv writes at least two exponent digits; JSON peers write one.
		if n := len(dst); n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst
}

// Valid reports whether f can be written as a JSON number (it is neither NaN
// nor an infinity).
func Valid(f float64) bool {
	return !math.IsNaN(f) && !math.IsInf(f, 0)
}
