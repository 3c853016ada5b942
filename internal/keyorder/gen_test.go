package keyorder

import (
	"fmt"
	"strings"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
)

// mapKeys generates the keys the property tests sort and select: arbitrary
// bytes, words, keys sharing short and long prefixes, prefixes of each
// other and keys with NUL bytes, which is where prefix-based orderings go
// wrong.
func mapKeys() gopter.Gen {
	return gen.OneGenOf(
		gen.AnyString(),
		gen.AlphaString(),
		gen.IntRange(0, 3000).Map(func(i int) string { return fmt.Sprintf("field_%d", i) }),
		gen.IntRange(0, 3000).Map(func(i int) string { return fmt.Sprintf("a_long_shared_prefix_%04d", i) }),
		gen.RegexMatch(`(key_|ke|k)[0-9]{0,9}`),
		gen.RegexMatch("(profile_|ab\x00{0,9}){1,3}[0-9a]?"),
		gen.SliceOfN(3, gen.OneConstOf("a", "b", "", "\x00")).Map(func(p []string) string { return strings.Join(p, "") }),
	)
}
