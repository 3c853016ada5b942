package jsonnum

import (
	"encoding/binary"
	"math/bits"
)

// AppendInt appends the decimal form of i, as strconv.AppendInt(dst, i, 10)
// and encoding/json write it. It writes the digits in place, two at a time,
// and allocates only when dst must grow.
func AppendInt(dst []byte, i int64) []byte {
	if i < 0 {
		dst = append(dst, '-')
		return AppendUint(dst, uint64(-i)) // -MinInt64 wraps to its magnitude
	}
	return AppendUint(dst, uint64(i))
}

// AppendUint appends the decimal form of u, as strconv.AppendUint(dst, u, 10)
// and encoding/json write it.
func AppendUint(dst []byte, u uint64) []byte {
	if u < 10 {
		return append(dst, byte('0'+u))
	}
	n := decimalLen(u)
	l := len(dst)
	if cap(dst)-l < n {
		dst = append(dst, make([]byte, n)...)
	} else {
		dst = dst[:l+n]
	}
	b := dst[l : l+n]
	i := n
	// Eight digits at a time in 32-bit arithmetic, which is cheaper.
	for u >= 1e8 {
		q := u / 1e8
		i -= 8
		put8(b[i:i+8], uint32(u-q*1e8))
		u = q
	}
	v := uint32(u)
	for v >= 100 {
		q := v / 100
		i -= 2
		put2(b[i:i+2], v-q*100)
		v = q
	}
	if v >= 10 {
		put2(b[0:2], v)
	} else {
		b[0] = byte('0' + v)
	}
	return dst
}

// put8 writes the eight decimal digits of v < 1e8, leading zeros included,
// computing them all at once in the lanes of one 64-bit word: two lanes of
// four digits, then four of two, then eight of one, each split by a
// multiplication that divides (n·10486 >> 20 is n/100 for n < 10^4, and
// n·103 >> 10 is n/10 for n < 100), and one store.
func put8(b []byte, v uint32) {
	x := uint64(v/10000) | uint64(v%10000)<<32
	q := x * 10486 >> 20 & 0x0000007f_0000007f
	y := q | (x-q*100)<<16
	t := y * 103 >> 10 & 0x000f000f_000f000f
	z := t | (y-t*10)<<8
	binary.LittleEndian.PutUint64(b, z|0x30303030_30303030)
}

// put2 writes the two decimal digits of v < 100.
func put2(b []byte, v uint32) {
	i := v % 100 * 2 // v < 100 already; the remainder proves it to the compiler
	b[0], b[1] = digitPairs[i], digitPairs[i+1]
}

// decimalLen returns the number of decimal digits of u > 0.
func decimalLen(u uint64) int {
	// 1233/4096 approximates log10(2); the guess is exact or one short.
	n := bits.Len64(u) * 1233 >> 12
	if n < len(powers) && u >= powers[n] {
		n++
	}
	return n
}

// powers[i] is 10^i.
var powers = [...]uint64{
	1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
}

// digitPairs holds the two digits of each number below 100; it is an array,
// so that indexing it with a proven bound needs no check.
var digitPairs = [200]byte([]byte("0001020304050607080910111213141516171819" +
	"2021222324252627282930313233343536373839" +
	"4041424344454647484950515253545556575859" +
	"6061626364656667686970717273747576777879" +
	"8081828384858687888990919293949596979899"))
