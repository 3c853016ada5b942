package escape

// TextPlain reports whether s is printable ASCII only (bytes 0x20 to 0x7E),
// which AppendText copies unchanged. A caller that writes many short
// strings can append s itself when it holds and skip the escaper. It reads eight bytes at a
// time.
func TextPlain(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load8(s, i)
		// A byte below 0x20, or one whose high bit is set with or without
		// one added (0x7F and up). A carry out of a byte of 0xFF can only
		// follow such a byte, so a non-zero mask is always a real hit.
		if hasLess(x, 0x20)|((x+lsb)|x)&msb != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i]-0x20 >= 0x7f-0x20 {
			return false
		}
	}
	return true
}
