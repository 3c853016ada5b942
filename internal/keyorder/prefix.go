package keyorder

import (
	"encoding/binary"
	"unsafe"
)

// prefixAt returns the eight bytes of s from skip on (skip <= len(s)) as a
// big-endian number, zero-padded: for strings a and b sharing their first
// skip bytes, a smaller number means a smaller string, and a smaller string
// a number no larger.
func prefixAt(s string, skip int) uint64 {
	switch {
	case len(s)-skip >= 8:
		return load64(s, skip)
	case len(s) >= 8:
		// The bytes from skip on end the string's last eight bytes.
		return load64(s, len(s)-8) << (8 * (8 - (len(s) - skip)))
	}
	var p uint64
	for i := skip; i < len(s); i++ {
		p |= uint64(s[i]) << (56 - 8*(i-skip))
	}
	return p
}

// load64 reads s[i:i+8] as a big-endian number.
func load64(s string, i int) uint64 {
	return binary.BigEndian.Uint64(unsafe.Slice((*byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(s)), i)), 8))
}
