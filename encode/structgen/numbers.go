package structgen

import (
	"strconv"
	"strings"

	"github.com/mapkit-go/mapkit/internal/jsonnum"
)

// number returns the type of one number literal, valid JSON syntax.
func number(lit string) *Type {
	t := &Type{Kind: Int, Values: 1, Lossy: !survivesFloat64(lit), signed: lit[0] == '-'}
	if strings.ContainsAny(lit, ".eE") {
		t.Kind = Float
		return t
	}
	switch {
	case fits(lit, 32):
		t.Range = Int32
	case fits(lit, 64):
		t.Range = Int64
	case fitsUnsigned(lit):
		t.Range = Uint64
	default:
		t.Range = BigInt
	}
	return t
}

func fits(lit string, bits int) bool {
	_, err := strconv.ParseInt(lit, 10, bits)
	return err == nil
}

func fitsUnsigned(lit string) bool {
	_, err := strconv.ParseUint(lit, 10, 64)
	return err == nil
}

// survivesFloat64 reports whether decoding lit into a float64 and encoding
// it again as encoding/json does yields the same number.
func survivesFloat64(lit string) bool {
	f, err := strconv.ParseFloat(lit, 64)
	if err != nil {
		return false
	}
	return sameNumber(lit, string(jsonnum.AppendFloat(nil, f, 64)))
}

// sameNumber reports whether two JSON number literals denote the same
// rational value ("1.50" and "15e-1" do; "-0" and "0" do). It works on the
// decimal digits, so it is exact and costs no big arithmetic.
func sameNumber(a, b string) bool {
	na, oka := canonical(a)
	nb, okb := canonical(b)
	return oka && okb && na == nb
}

// decimal is a number as sign × digits × 10^exp, with no leading or trailing
// zeros in digits; zero has empty digits, no sign and exponent 0.
type decimal struct {
	neg    bool
	digits string
	exp    int64
}

// canonical parses a JSON number literal; ok is false when the exponent does
// not fit int64 (such literals are compared as different from everything).
func canonical(lit string) (d decimal, ok bool) {
	if strings.HasPrefix(lit, "-") {
		d.neg, lit = true, lit[1:]
	}
	mant := lit
	if i := strings.IndexAny(lit, "eE"); i >= 0 {
		mant = lit[:i]
		e, err := strconv.ParseInt(strings.TrimPrefix(lit[i+1:], "+"), 10, 64)
		if err != nil {
			return d, false
		}
		d.exp = e
	}
	if i := strings.IndexByte(mant, '.'); i >= 0 {
		frac := mant[i+1:]
		if d.exp < minExp+int64(len(frac)) {
			return d, false
		}
		d.exp -= int64(len(frac))
		mant = mant[:i] + frac
	}
	mant = strings.TrimLeft(mant, "0")
	trimmed := strings.TrimRight(mant, "0")
	if trimmed == "" {
		return decimal{}, true
	}
	if d.exp > maxExp-int64(len(mant)-len(trimmed)) {
		return d, false
	}
	d.exp += int64(len(mant) - len(trimmed))
	d.digits = trimmed
	return d, true
}

const (
	minExp = -1 << 62
	maxExp = 1<<62 - 1
)
