package jsonnum

import (
	"math"
	"math/big"
	"math/bits"
)

// Shortest digits for the float64 values written in plain notation,
// magnitudes in [1e-6, 1e21): the Schubfach method (R. Giulietti, "The
// Schubfach way to render doubles", 2020). A value c·2^q is scaled by 10^-k,
// k = floor(log10 2^q), with one 126-bit multiplication per bound of its
// rounding interval; the interval then spans between 1 and 10 units, so
// either exactly one multiple of 10 lies in it (one digit shorter), or the
// shortest digits are s or s+1, whichever is closer to the value, ties to
// even. Those are the digits strconv's shortest formatting picks.

// The range of q and k for magnitudes in [1e-6, 1e21) (normal values).
const (
	plainMinK = -22 // floor(log10 2^q) for the smallest q, 2^-73 < 1e-6 / 2^52
	plainMaxK = 5   // for the largest q, 2^18
)

// scales[i] is the scale g for k = plainMaxK - i, that is for e = -k:
// floor(10^e · 2^(125 - floor(e·log2 10))) + 1, in [2^125, 2^126), as its
// high and low 63 bits. It is computed exactly, once, at start-up.
var scales [plainMaxK - plainMinK + 1][2]uint64

func init() {
	mask := new(big.Int).Lsh(big.NewInt(1), 63)
	mask.Sub(mask, big.NewInt(1))
	for i := range scales {
		e := i - plainMaxK
		shift := 125 - floorLog2Pow10(e)
		g := new(big.Int)
		if e >= 0 {
			g.Exp(big.NewInt(10), big.NewInt(int64(e)), nil)
			g.Lsh(g, uint(shift))
		} else {
			g.Lsh(big.NewInt(1), uint(shift))
			g.Quo(g, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-e)), nil))
		}
		g.Add(g, big.NewInt(1))
		scales[i][1] = new(big.Int).And(g, mask).Uint64()
		scales[i][0] = g.Rsh(g, 63).Uint64()
	}
}

// floorLog10Pow2 is floor(q·log10 2) (checked for |q| <= 1100).
func floorLog10Pow2(q int) int { return q * 661971961083 >> 41 }

// floorLog10ThreeQuartersPow2 is floor(log10(3/4 · 2^q)) (checked by the
// digit tests on powers of two).
func floorLog10ThreeQuartersPow2(q int) int { return (q*661971961083 - 274743187321) >> 41 }

// floorLog2Pow10 is floor(e·log2 10) (checked for |e| <= 1100).
func floorLog2Pow10(e int) int { return e * 913124641741 >> 38 }

// plainDigits returns the shortest digits d and exponent k of f (f = d·10^k,
// d without trailing zeros) for a finite positive float64 in [1e-6, 1e21).
func plainDigits(f float64) (d uint64, k int) {
	b := math.Float64bits(f)
	c := b&(1<<52-1) | 1<<52
	q := int(b>>52&0x7ff) - 1075
	if q < 0 && q > -53 && c&(1<<-q-1) == 0 {
		// An integer below 2^53: all its digits are needed.
		d, k = c>>-q, 0
	} else {
		d, k = schubfach(c, q)
	}
	for d%10 == 0 {
		d /= 10
		k++
	}
	return d, k
}

func schubfach(c uint64, q int) (uint64, int) {
	out := c & 1
	cb := c << 2
	cbr := cb + 2
	var cbl uint64
	var k int
	if c != 1<<52 {
		cbl = cb - 2
		k = floorLog10Pow2(q)
	} else {
		// A power of two: the gap below is half the gap above.
		cbl = cb - 1
		k = floorLog10ThreeQuartersPow2(q)
	}
	h := uint(q + floorLog2Pow10(-k) + 2)
	g := &scales[plainMaxK-k]
	vb := roundOdd(g, cb<<h)
	vbl := roundOdd(g, cbl<<h)
	vbr := roundOdd(g, cbr<<h)
	s := vb >> 2
	sp10 := s / 10 * 10
	tp10 := sp10 + 10
	upin := vbl+out <= sp10<<2
	wpin := tp10<<2+out <= vbr
	if upin != wpin {
		if upin {
			return sp10, k
		}
		return tp10, k
	}
	t := s + 1
	uin := vbl+out <= s<<2
	win := t<<2+out <= vbr
	if uin != win {
		if uin {
			return s, k
		}
		return t, k
	}
	if cmp := int64(vb - (s+t)<<1); cmp < 0 || cmp == 0 && s&1 == 0 {
		return s, k
	}
	return t, k
}

// roundOdd returns floor(g·cp / 2^127), its lowest bit set when the
// division is inexact.
func roundOdd(g *[2]uint64, cp uint64) uint64 {
	x1, _ := bits.Mul64(g[1], cp)
	y1, y0 := bits.Mul64(g[0], cp)
	z := y0>>1 + x1
	vbp := y1 + z>>63
	return vbp | (z&(1<<63-1)+(1<<63-1))>>63
}

// appendPlain appends f, finite, positive and in [1e-6, 1e21), in plain
// decimal notation with its shortest digits.
func appendPlain(dst []byte, f float64) []byte {
	d, k := plainDigits(f)
	start := len(dst)
	dst = AppendUint(dst, d)
	nd := len(dst) - start
	switch point := nd + k; {
	case k >= 0:
		dst = append(dst, zeros[:k]...)
	case point > 0:
		dst = append(dst, 0)
		copy(dst[start+point+1:], dst[start+point:])
		dst[start+point] = '.'
	default:
		// 0.000ddd: shift the digits right past "0." and the zeros.
		pad := 2 - point
		dst = append(dst, zeros[:pad]...)
		copy(dst[start+pad:], dst[start:start+nd])
		copy(dst[start:], "0.")
		copy(dst[start+2:start+pad], zeros)
	}
	return dst
}

// zeros pads plain notation: at most 20 zeros (below 1e21, above 1e-7).
const zeros = "00000000000000000000"
