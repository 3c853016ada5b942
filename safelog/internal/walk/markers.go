package walk

import (
	"encoding/json"
	"math"
	"strconv"
)

// The markers every sink writes, built here only.
const (
	// Ellipsis starts every marker, and stands alone for a value of which
	// not even a marker fits.
	Ellipsis = "..."
	// OmittedKey is the key under which keyed outputs (JSON objects, slog
	// groups, zap objects) count the entries they left out. No shown key
	// equals it: see Container.Name.
	OmittedKey = "..."
)

// AppendCount appends the marker of n left-out entries: ...+n.
func AppendCount(dst []byte, n int) []byte {
	dst = append(dst, Ellipsis+"+"...)
	return strconv.AppendInt(dst, int64(n), 10)
}

// CountLen is the length of AppendCount's marker for n.
func CountLen(n int) int { return len(Ellipsis+"+") + Digits(n) }

// AppendCut appends the marker of n bytes cut from a string: ...+nB.
func AppendCut(dst []byte, n int) []byte {
	return append(AppendCount(dst, n), 'B')
}

// CutLen is the length of AppendCut's marker for n.
func CutLen(n int) int { return CountLen(n) + 1 }

// Count returns AppendCount's marker as a string.
func Count(n int) string { return string(AppendCount(nil, n)) }

// CutString returns s shown in at most limit bytes: s itself when it fits
// and nothing was cut before (cut is the number of bytes of the original
// already left out after s), else the longest prefix that ends on a UTF-8
// boundary and leaves room for the marker, followed by AppendCut's marker of
// everything left out. When not even the marker fits it is returned alone,
// so the result may exceed a limit below the marker's length.
func CutString(s string, cut, limit int) string {
	if cut == 0 && len(s) <= limit {
		return s
	}
	total := cut + len(s)
	n := CutUTF8(s, min(len(s), max(0, limit-CutLen(total))))
	for CutLen(total-n)+n > limit && n > 0 {
		n = CutUTF8(s, n-1)
	}
	b := make([]byte, 0, n+CutLen(total-n))
	b = append(b, s[:n]...)
	return string(AppendCut(b, total-n))
}

// Digits is the number of decimal digits of n >= 0.
func Digits(n int) int {
	d := 1
	for n >= 10 {
		n /= 10
		d++
	}
	return d
}

// RawJSON is a JSON value rendered within limits, for loggers that take
// values rather than bytes: MarshalJSON returns it as it is, and MarshalText
// gives the same text to loggers that write text.
type RawJSON []byte

// MarshalJSON returns r.
func (r RawJSON) MarshalJSON() ([]byte, error) { return r, nil }

// MarshalText returns r.
func (r RawJSON) MarshalText() ([]byte, error) { return r, nil }

// HasCutMarker reports whether s ends in AppendCut's marker.
func HasCutMarker(s string) bool {
	if len(s) < CutLen(0) || s[len(s)-1] != 'B' {
		return false
	}
	i := len(s) - 2
	for i >= 0 && s[i] >= '0' && s[i] <= '9' {
		i--
	}
	return i < len(s)-2 && i >= len(Ellipsis) && s[i-len(Ellipsis):i+1] == Ellipsis+"+"
}

// Text returns s cut to maxString bytes, then to room bytes marker
// included, and marked, with the runes that could break or disguise a line
// escaped: what keyed outputs write for keys, messages and plain string
// values.
//
// Ellipsis (a value left out whole) and a string already cut and marked
// (ending in AppendCut's marker, within maxString and the longest marker,
// and within room) are returned as they are: cutting them again would count
// the marker, not the original, as left out.
func Text(s string, maxString, room int) string {
	if len(s) <= min(maxString, room) && LineSafe(s) || s == Ellipsis {
		return s
	}
	if len(s) <= min(maxString+CutLen(math.MaxInt), room) && HasCutMarker(s) && LineSafe(s) {
		return s
	}
	n := CutUTF8(s, maxString)
	return SafeString(CutString(s[:n], len(s)-n, room))
}

// Key returns a key of an attribute, field or entry within lim: cut to
// MaxString and MaxBytes bytes, whichever is less, with the marker on top,
// and with line-breaking runes escaped.
func Key(k string, lim Limits) string {
	return Text(k, min(lim.MaxString, lim.MaxBytes), math.MaxInt)
}

// The bytes sinks that cannot measure what their encoder writes (slog
// groups, zap encoders) charge for a scalar: null, false, a number, a
// complex number and a time, before escapes and the encoder's own syntax.
const (
	NullCost    = len("null")
	BoolCost    = len("false")
	NumberCost  = 8
	ComplexCost = 2 * NumberCost
	TimeCost    = len("2006-01-02T15:04:05.000Z")
	// ContainerCost is what an object or array costs before its members.
	ContainerCost = len("{}")
)

// RawString returns the text of b when b, a JSON value from a marshaler, is
// a string, with the line-breaking runes it held escaped again.
func RawString(b []byte) (string, bool) {
	if len(b) == 0 || b[0] != '"' {
		return "", false
	}
	var s string
	if json.Unmarshal(b, &s) != nil {
		return "", false
	}
	return SafeString(s), true
}
