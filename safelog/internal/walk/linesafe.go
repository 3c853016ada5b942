package walk

import (
	"strconv"
	"unicode/utf8"
)

// lineUnsafe reports the runes that can break or disguise a log line when
// written raw, beyond the C0 controls every escaper handles: DEL, C1 controls
// (U+0085 NEL among them), the line and paragraph separators U+2028 and
// U+2029, and the bidirectional controls (U+061C, U+200E, U+200F,
// U+202A–U+202E, U+2066–U+2069) that make a terminal show text in another
// order than it was written.
func lineUnsafe(r rune) bool {
	switch {
	case r == 0x7f, r >= 0x80 && r < 0xa0, r == 0x2028, r == 0x2029, r == 0x061c, r == 0x200e, r == 0x200f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// unsafeLead reports whether b can start the UTF-8 form of a rune that
// lineUnsafe reports.
func unsafeLead(b byte) bool { return b == 0x7f || b == 0xc2 || b == 0xd8 || b == 0xe2 }

// LineSafe reports whether s holds no rune that lineUnsafe reports, so
// that AppendLineSafe would copy it unchanged.
func LineSafe(s string) bool {
	for i := 0; i < len(s); i++ {
		if unsafeLead(s[i]) {
			if r, _ := utf8.DecodeRuneInString(s[i:]); lineUnsafe(r) {
				return false
			}
		}
	}
	return true
}

// LineSafeBytes is LineSafe for a byte slice.
func LineSafeBytes(b []byte) bool {
	for i := 0; i < len(b); i++ {
		if unsafeLead(b[i]) {
			if r, _ := utf8.DecodeRune(b[i:]); lineUnsafe(r) {
				return false
			}
		}
	}
	return true
}

// AppendLineSafe appends s with every rune that lineUnsafe reports written
// as the six characters of its \uXXXX escape; everything else is copied as
// is. Inside a JSON string the result decodes to the same text; in a log
// line it shows the escape instead of acting on the terminal.
func AppendLineSafe(dst []byte, s string) []byte {
	start := 0
	for i := 0; i < len(s); i++ {
		if !unsafeLead(s[i]) {
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !lineUnsafe(r) {
			continue
		}
		dst = append(dst, s[start:i]...)
		dst = append(dst, `\u`...)
		h := strconv.FormatInt(int64(r), 16)
		for range 4 - len(h) {
			dst = append(dst, '0')
		}
		dst = append(dst, h...)
		i += size - 1
		start = i + 1
	}
	return append(dst, s[start:]...)
}

// SafeString returns s with AppendLineSafe's escapes, allocating only when
// s needs one.
func SafeString(s string) string {
	if LineSafe(s) {
		return s
	}
	return string(AppendLineSafe(nil, s))
}
