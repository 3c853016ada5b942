package keyorder

import (
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
)

// prefixByBytes is prefixAt written one byte at a time: the same value on
// every byte order, which is what the word loads must give.
func prefixByBytes(s string, skip int) uint64 {
	var p uint64
	for i := 0; i < 8; i++ {
		p <<= 8
		if skip+i < len(s) {
			p |= uint64(s[skip+i])
		}
	}
	return p
}

func TestPrefixAtMatchesBytewise(t *testing.T) {
	props := gopter.NewProperties(nil)
	props.Property("prefixAt reads big-endian, zero-padded, on any target", prop.ForAll(
		func(s string, skip int) bool {
			skip %= len(s) + 1
			return prefixAt(s, skip) == prefixByBytes(s, skip)
		},
		gen.AnyString(), gen.IntRange(0, 64),
	))
	props.Property("load64 at 0 is the first eight bytes", prop.ForAll(
		func(s string) bool {
			s += "01234567"
			return load64(s, 0) == prefixByBytes(s, 0)
		},
		gen.AnyString(),
	))
	props.TestingRun(t)
}
