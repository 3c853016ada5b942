package escape

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"
)

func stdJSON(t testing.TB, s string, html bool) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(html)
	require.NoError(t, enc.Encode(s))
	return strings.TrimSuffix(buf.String(), "\n")
}

var tricky = []string{
	"", "plain", `quote " backslash \`, "<script>&amp;</script>", "tab\tnl\ncr\rbs\bff\f",
	"\x00\x01\x1f\x7f", "\u2028\u2029", "héllo wörld ☃ 😀", "\xff\xfe", "a\xc3", "\xed\xa0\x80",
	"\u0085 next line", "\x1b[31mred\x1b[0m", strings.Repeat("abcdefgh", 9) + "<", "12345678\"",
}

func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	for _, s := range tricky {
		for _, html := range []bool{true, false} {
			want := stdJSON(t, s, html)
			require.Equal(t, want, string(AppendJSON(nil, s, html)), "string %q html=%v", s, html)
			require.Equal(t, want, string(AppendJSON(nil, []byte(s), html)), "bytes %q html=%v", s, html)
		}
	}
}

func TestAppendText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain", "plain"},
		{`say "hi" \o/`, `say "hi" \o/`},
		{"line1\nline2", `line1\nline2`},
		{"\x1b[31mred", `\u001b[31mred`},
		{"del\x7f", `del\u007f`},
		{"c1\u0085", `c1\u0085`},
		{"ls\u2028ps\u2029", `ls\u2028ps\u2029`},
		{"bad\xffutf8", `bad\xffutf8`},
		{"<tag>&", "<tag>&"},
		{"日本語 😀", "日本語 😀"},
	}
	for _, c := range cases {
		got := string(AppendText(nil, c.in))
		require.Equal(t, c.want, got, "input %q", c.in)
		if TextPlain(c.in) {
			require.Equal(t, c.in, got, "plain input %q must be copied", c.in)
		}
	}
}

func TestProperties(t *testing.T) {
	params := gopter.DefaultTestParameters()
	params.MinSuccessfulTests = 2000
	props := gopter.NewProperties(params)
	anyString := gen.SliceOf(gen.UInt8()).Map(func(b []uint8) string { return string(b) })
	unicodeString := gen.AnyString()
	for name, g := range map[string]gopter.Gen{"bytes": anyString, "runes": unicodeString} {
		props.Property("AppendJSON equals encoding/json ("+name+")", prop.ForAll(func(s string) bool {
			return string(AppendJSON(nil, s, true)) == stdJSON(t, s, true) &&
				string(AppendJSON(nil, s, false)) == stdJSON(t, s, false)
		}, g))
		props.Property("AppendText is valid UTF-8 on one line ("+name+")", prop.ForAll(func(s string) bool {
			out := AppendText(nil, s)
			return utf8.Valid(out) && !bytes.ContainsAny(out, "\n\r\x1b\u2028\u2029")
		}, g))
	}
	props.TestingRun(t)
}

func FuzzAppendJSON(f *testing.F) {
	for _, s := range tricky {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, html := range []bool{true, false} {
			if got, want := string(AppendJSON(nil, s, html)), stdJSON(t, s, html); got != want {
				t.Fatalf("AppendJSON(%q, %v) = %s, encoding/json = %s", s, html, got, want)
			}
		}
		if out := AppendText(nil, s); !utf8.Valid(out) {
			t.Fatalf("AppendText(%q) is not valid UTF-8: %q", s, out)
		}
	})
}

func BenchmarkAppendJSON(b *testing.B) {
	s := strings.Repeat("The quick brown fox jumps over the lazy dog. ", 20)
	buf := make([]byte, 0, 4096)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		buf = AppendJSON(buf[:0], s, true)
	}
}
