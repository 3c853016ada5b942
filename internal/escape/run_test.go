package escape

import (
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"
)

// Runs of non-ASCII text are copied whole when valid; a bad sequence or a
// line separator anywhere in a run sends it through the rune-by-rune path.
func TestAppendJSONNonASCIIRuns(t *testing.T) {
	jp := strings.Repeat("日本語", 12)
	bad := []string{"\xff", "\xe2\x80\xa8", "\xe2\x80\xa9", "\xe3\x81", "\xc0\xaf", "\xed\xa0\x80", "…", "é"}
	var cases []string
	for _, b := range bad {
		for _, at := range []int{0, 3, 9, len(jp) - 3, len(jp)} {
			s := jp[:at] + b + jp[at:]
			cases = append(cases, s, "a"+s+"<z>", s+"\n"+s, `"`+s)
		}
	}
	for _, s := range cases {
		for _, html := range []bool{true, false} {
			want := stdJSON(t, s, html)
			require.Equal(t, want, string(AppendJSON(nil, s, html)), "string %q html=%v", s, html)
			require.Equal(t, want, string(AppendJSON(nil, []byte(s), html)), "bytes %q html=%v", s, html)
		}
	}
}

func TestAppendJSONRunProperties(t *testing.T) {
	props := gopter.NewProperties(nil)
	piece := gen.OneConstOf("日本", "é", "\u2028", "\xff", "\xe3\x81", "a", "<", "\n", "😀", "\u0085")
	props.Property("strings built of non-ASCII pieces escape as encoding/json", prop.ForAll(
		func(parts []string, html bool) bool {
			s := strings.Join(parts, "")
			return string(AppendJSON(nil, s, html)) == stdJSON(t, s, html)
		},
		gen.SliceOf(piece), gen.Bool(),
	))
	props.TestingRun(t)
}
