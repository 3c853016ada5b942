package escape

import (
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"
)

func TestTextPlainEdges(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"", true},
		{"field_000", true},
		{` !"#$%&'()*+,-./0123456789:;<=>?@AZ[\]^_` + "`az{|}~", true},
		{"a\x1f", false},
		{"abcdefgh\x7f", false},
		{"\x7fbcdefgh", false},
		{"abcdefg\x80", false},
		{"abcdefghé", false},
		{"\xff\x00abcdefgh", false},
		{"abcdefgh\nijklmnop", false},
		{strings.Repeat("x", 64), true},
	}
	for _, c := range cases {
		require.Equal(t, c.want, TextPlain(c.s), "%q", c.s)
	}
	// Every single byte, in every position of a word and of the tail.
	for b := range 256 {
		plain := b >= 0x20 && b < 0x7f
		for at := range 12 {
			s := []byte(strings.Repeat("a", 12))
			s[at] = byte(b)
			require.Equal(t, plain, TextPlain(string(s)), "byte %#x at %d", b, at)
		}
	}
}

func TestTextPlainProperties(t *testing.T) {
	props := gopter.NewProperties(gopter.DefaultTestParameters())
	props.Property("a plain string is copied unchanged by AppendText", prop.ForAll(func(s string) bool {
		return !TextPlain(s) || string(AppendText(nil, s)) == s
	}, gen.OneGenOf(gen.AnyString(), gen.AlphaString(), gen.RegexMatch(`[ -~]{0,40}`))))
	props.Property("plain means printable ASCII", prop.ForAll(func(s string) bool {
		want := true
		for i := range len(s) {
			want = want && s[i] >= 0x20 && s[i] < 0x7f
		}
		return TextPlain(s) == want
	}, gen.OneGenOf(gen.AnyString(), gen.RegexMatch(`[ -~]{0,40}`), gen.RegexMatch(`[ -~]{0,20}[\x00-\x1f\x7f-\xff][ -~]{0,20}`))))
	props.TestingRun(t)
}

func BenchmarkTextPlain(b *testing.B) {
	s := "customer note 5: leave at the door"
	b.ReportAllocs()
	for b.Loop() {
		_ = TextPlain(s)
	}
}

// FuzzTextPlain checks TextPlain against its definition, byte by byte, and
// against AppendText.
func FuzzTextPlain(f *testing.F) {
	f.Add("field_000")
	f.Add("abcdefgh\x7f")
	f.Add("\xff\xff\xff\xff\xff\xff\xff\xff a")
	f.Add("customer note 5: leave at the door\n")
	f.Fuzz(func(t *testing.T, s string) {
		want := true
		for i := range len(s) {
			want = want && s[i] >= 0x20 && s[i] < 0x7f
		}
		got := TextPlain(s)
		if got != want {
			t.Fatalf("TextPlain(%q) = %v", s, got)
		}
		if got && string(AppendText(nil, s)) != s {
			t.Fatalf("AppendText changed plain %q", s)
		}
	})
}
