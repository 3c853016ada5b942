// Package escape writes strings for JSON documents and log lines. It is the
// one escaper of the module: AppendJSON writes JSON strings (encode's output,
// the member names of internal/jsonfield, safelog's JSON sinks), AppendText
// writes the unquoted, escaped text of safelog's log lines, and JSONSafe and
// TextPlain report whether a string can be copied as is.
//
// Both scan runs of bytes that need no escaping eight at a time and copy each
// run with a single append, so plain ASCII text costs little more than a copy.
package escape

import (
	"math/bits"
	"unicode/utf8"
)

const hex = "0123456789abcdef"

// action classifies one byte below utf8.RuneSelf for a given mode.
const (
	keep   = 0 // copy as is
	quote  = 1 // backslash and the byte itself (\" and \\)
	short  = 2 // a two-byte escape: \b \f \n \r \t
	unicod = 3 // \u00XX
)

// table is the per-mode action for each ASCII byte; bytes >= 0x80 are handled
// by rune decoding.
type table [utf8.RuneSelf]uint8

var jsonTable, htmlTable, textTable table

func init() {
	for b := range utf8.RuneSelf {
		var a uint8
		switch {
		case b == '"' || b == '\\':
			a = quote
		case b == '\b' || b == '\f' || b == '\n' || b == '\r' || b == '\t':
			a = short
		case b < 0x20:
			a = unicod
		}
		jsonTable[b] = a
		htmlTable[b] = a
		switch {
		case b == '<' || b == '>' || b == '&':
			htmlTable[b] = unicod
		}
		// Text keeps quotes and backslashes (fmt's %v does) and escapes every
		// control character, DEL included, so a value cannot end a log line
		// or drive a terminal.
		switch {
		case b == '"' || b == '\\':
			textTable[b] = keep
		case b == 0x7f:
			textTable[b] = unicod
		default:
			textTable[b] = a
		}
	}
}

// AppendJSON appends s to dst as a quoted JSON string, byte for byte as
// encoding/json writes it: each byte of invalid UTF-8 becomes \ufffd (U+FFFD
// itself where encoding/json is built on json/v2), U+2028 and U+2029
// are escaped, control characters use \b \f \n \r \t or \u00XX, and with
// html set <, > and & become \u003c, \u003e and \u0026.
func AppendJSON[S ~string | ~[]byte](dst []byte, s S, html bool) []byte {
	t := &jsonTable
	if html {
		t = &htmlTable
	}
	dst = append(dst, '"')
	dst = appendEscaped(dst, s, t, false)
	return append(dst, '"')
}

// AppendText appends s to dst for a log line, without quotes: every control
// character (C0, DEL and C1) and U+2028/U+2029 is escaped as \n, \t, \u00XX
// or \uXXXX, and each byte of invalid UTF-8 is written as \xXX, so the result
// is valid UTF-8 on a single line. Everything else, quotes and backslashes
// included, is copied as is.
func AppendText[S ~string | ~[]byte](dst []byte, s S) []byte {
	return appendEscaped(dst, s, &textTable, true)
}

func textRuneEscaped(r rune) bool {
	return r >= 0x80 && r < 0xa0 || r == '\u2028' || r == '\u2029'
}

// masks select which bytes end a safe run in the eight-at-a-time scan; the
// byte loop then decides exactly.
const (
	jsonMask = iota
	htmlMask
	textMask
)

func appendEscaped[S ~string | ~[]byte](dst []byte, s S, t *table, text bool) []byte {
	mask := jsonMask
	if t == &htmlTable {
		mask = htmlMask
	} else if text {
		mask = textMask
	}
	start := 0
	i := safeRun(s, 0, mask)
	for i < len(s) {
		b := s[i]
		if b < utf8.RuneSelf {
			a := t[b]
			if a == keep {
				i++
				i = safeRun(s, i, mask)
				continue
			}
			dst = append(dst, s[start:i]...)
			switch a {
			case quote:
				dst = append(dst, '\\', b)
			case short:
				dst = append(dst, '\\', shortEscape(b))
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xf])
			}
			i++
			start = i
			continue
		}
		if !text {
			// Copy a whole run of valid non-ASCII text at once.
			if j := plainRun(s, i); j > i {
				i = j
				continue
			}
		}
		r, size := decodeRune(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			if text {
				dst = append(dst, '\\', 'x', hex[b>>4], hex[b&0xf])
			} else {
				dst = append(dst, invalidUTF8...)
			}
		case r == '\u2028' || r == '\u2029' || text && textRuneEscaped(r):
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', hex[r>>12&0xf], hex[r>>8&0xf], hex[r>>4&0xf], hex[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	return append(dst, s[start:]...)
}

// plainRun returns the end of the run of valid multi-byte UTF-8 sequences
// starting at i that AppendJSON copies unchanged: every one but U+2028 and
// U+2029. It returns i when no such sequence starts there (s[i] is ASCII,
// starts an invalid sequence or a line separator). Each sequence is checked
// in place against the ranges of valid UTF-8 (no overlong forms, no
// surrogates, nothing above U+10FFFF), in one pass.
func plainRun[S ~string | ~[]byte](s S, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c < 0xc2: // ASCII, a continuation byte or an overlong lead
			return i
		case c < 0xe0:
			if i+1 >= len(s) || s[i+1]&0xc0 != 0x80 {
				return i
			}
			i += 2
		case c < 0xf0:
			if i+2 >= len(s) {
				return i
			}
			c1, c2 := s[i+1], s[i+2]
			if c1&0xc0 != 0x80 || c2&0xc0 != 0x80 ||
				c == 0xe0 && c1 < 0xa0 || // overlong
				c == 0xed && c1 >= 0xa0 || // surrogate
				c == 0xe2 && c1 == 0x80 && c2&^1 == 0xa8 { // U+2028, U+2029
				return i
			}
			i += 3
		case c < 0xf5:
			if i+3 >= len(s) {
				return i
			}
			c1, c2, c3 := s[i+1], s[i+2], s[i+3]
			if c1&0xc0 != 0x80 || c2&0xc0 != 0x80 || c3&0xc0 != 0x80 ||
				c == 0xf0 && c1 < 0x90 || // overlong
				c == 0xf4 && c1 >= 0x90 { // above U+10FFFF
				return i
			}
			i += 4
		default:
			return i
		}
	}
	return i
}

func shortEscape(b byte) byte {
	switch b {
	case '\b':
		return 'b'
	case '\f':
		return 'f'
	case '\n':
		return 'n'
	case '\r':
		return 'r'
	}
	return 't'
}

func decodeRune[S ~string | ~[]byte](s S) (rune, int) {
	if len(s) > utf8.UTFMax {
		s = s[:utf8.UTFMax]
	}
	return utf8.DecodeRuneInString(string(s))
}

const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
)

// hasLess reports, per byte, whether it is below n (n <= 128); the result has
// the high bit set in each such byte.
func hasLess(x, n uint64) uint64 { return (x - lsb*n) & ^x & msb }

// hasByte sets the high bit of each byte of x that equals c.
func hasByte(x uint64, c byte) uint64 { return hasLess(x^(lsb*uint64(c)), 1) }

// load8 reads s[i:i+8] as a little-endian number: the byte at i is the
// lowest.
func load8[S ~string | ~[]byte](s S, i int) uint64 {
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// safeRun returns the index of the first byte at or after i that may need
// escaping in the given mode; it inspects eight bytes per step.
func safeRun[S ~string | ~[]byte](s S, i, mask int) int {
	for i+8 <= len(s) {
		x := load8(s, i)
		m := hasLess(x, 0x20) | x&msb | hasByte(x, '"') | hasByte(x, '\\')
		switch mask {
		case htmlMask:
			m |= hasByte(x, '<') | hasByte(x, '>') | hasByte(x, '&')
		case textMask:
			m |= hasByte(x, 0x7f)
		}
		if m != 0 {
			// The lowest flagged byte is always a real hit: the subtraction
			// can only carry false positives into higher bytes.
			return i + bits.TrailingZeros64(m)>>3
		}
		i += 8
	}
	return i
}
