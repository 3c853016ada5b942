package escape

import (
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"
)

func TestJSONSafe(t *testing.T) {
	for _, c := range []struct {
		s         string
		json, htm bool
	}{
		{"", true, true},
		{"plain_key 123", true, true},
		{"a<b", true, false},
		{"0123456789abcdef&", true, false},
		{`quote"`, false, false},
		{`back\slash_long_enough`, false, false},
		{"tab\t", false, false},
		{"del\x7f", true, true},
		{"é", true, true},
		{"日本語のテキスト、とても長い", true, true},
		{"…ellipsis and more text", true, true},
		{"\u2028", false, false},
		{"long enough text \u2029", false, false},
		{"\xff", false, false},
		{"long enough text \xe2\x80", false, false},
		{"0123456789abcdef\"", false, false},
		{"0123456789abcdefg\x00", false, false},
		{"\n0123456789abcdefg", false, false},
		{"01234567", true, true},
		{"0123456>", true, false},
	} {
		require.Equal(t, c.json, JSONSafe(c.s, false), "%q", c.s)
		require.Equal(t, c.htm, JSONSafe(c.s, true), "%q", c.s)
	}
}

func TestJSONSafeMeansUnchanged(t *testing.T) {
	props := gopter.NewProperties(nil)
	props.Property("JSONSafe is exactly: AppendJSON copies the string", prop.ForAll(
		func(s string, html bool) bool {
			copied := string(AppendJSON(nil, s, html)) == `"`+s+`"`
			return JSONSafe(s, html) == copied
		},
		gen.OneGenOf(gen.AlphaString(), gen.AnyString(), gen.RegexMatch(`[ -~]{0,40}`),
			gen.RegexMatch("[a-z<\"\x00\x7f\u00e9\u2028\u2029\u2026\u65e5\U0001F600]{0,24}"),
			gen.SliceOf(gen.UInt8Range(0x7f, 0xff)).Map(func(b []byte) string { return "ascii prefix " + string(b) })),
		gen.Bool(),
	))
	props.Property("printable ASCII without specials is safe", prop.ForAll(
		func(s string) bool { return JSONSafe(s, true) },
		gen.RegexMatch(`[a-zA-Z0-9_ .:/-]{0,40}`),
	))
	props.TestingRun(t)
}

func TestJSONSafeEveryByteEveryPosition(t *testing.T) {
	for _, n := range []int{1, 7, 8, 9, 16, 23} {
		for pos := range n {
			for b := range 256 {
				buf := []byte(strings.Repeat("a", n))
				buf[pos] = byte(b)
				s := string(buf)
				for _, html := range []bool{false, true} {
					want := string(AppendJSON(nil, s, html)) == `"`+s+`"`
					if JSONSafe(s, html) != want {
						t.Fatalf("JSONSafe(%q, %v) = %v", s, html, !want)
					}
				}
			}
		}
	}
}
