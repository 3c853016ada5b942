package escape

import (
	"unicode/utf8"
)

// JSONSafe reports whether AppendJSON would copy s unchanged between its
// quotes: s is valid UTF-8 without quotes, backslashes, control characters,
// U+2028 or U+2029, and with html set without <, > or &. A caller writing
// many strings, such as map keys and values, can then append s itself and
// skip the escaper. It scans eight bytes at a time.
func JSONSafe(s string, html bool) bool {
	if len(s) < 8 {
		t := &jsonTable
		if html {
			t = &htmlTable
		}
		high := false // a byte above 0x7F was seen
		for i := 0; i < len(s); i++ {
			b := s[i]
			if b >= utf8.RuneSelf {
				high = true
				continue
			}
			if t[b] != keep {
				return false
			}
		}
		return !high || plainText(s)
	}
	// Eight bytes at a time, the last word overlapping the one before it;
	// the masks of all words are merged and tested once, at the end.
	var special, all uint64
	i := 0
	if html {
		for ; i+8 <= len(s); i += 8 {
			x := load8(s, i)
			all |= x
			special |= specialHTMLWord(x)
		}
		special |= specialHTMLWord(load8(s, len(s)-8))
	} else {
		for ; i+8 <= len(s); i += 8 {
			x := load8(s, i)
			all |= x
			special |= specialWord(x)
		}
		special |= specialWord(load8(s, len(s)-8))
	}
	all |= load8(s, len(s)-8)
	if special != 0 {
		return false
	}
	return all&msb == 0 || plainText(s)
}

// plainText reports whether the non-ASCII bytes of s, whose ASCII bytes
// need no escaping, are all valid UTF-8 other than U+2028 and U+2029, in
// one pass.
func plainText(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		j := plainRun(s, i)
		if j == i {
			return false
		}
		i = j
	}
	return true
}

// specialWord flags the bytes of x that every mode escapes: control
// characters, quote and backslash. Bytes above 0x7F are never flagged, and
// a flag can spill into higher bytes only after a real hit in a lower one,
// so a non-zero mask always means a real hit.
func specialWord(x uint64) uint64 {
	return hasLess(x, 0x20) | hasByte(x, '"') | hasByte(x, '\\')
}

// specialHTMLWord also flags <, > and &. Setting one bit first pairs the
// characters up, one test per pair: x|0x04 is '&' (0x26) exactly for '"'
// (0x22) and '&', x|0x02 is '>' (0x3E) exactly for '<' (0x3C) and '>'.
func specialHTMLWord(x uint64) uint64 {
	return hasLess(x, 0x20) | hasByte(x|lsb*0x04, '&') | hasByte(x|lsb*0x02, '>') | hasByte(x, '\\')
}
