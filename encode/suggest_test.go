package encode

import (
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"
)

func TestSuggestField(t *testing.T) {
	fields := []string{"host", "timeout_ms", "weight", "imagePullPolicy", "name", "replicas"}
	for _, tc := range []struct{ key, want string }{
		{"timout_ms", "timeout_ms"},   // deletion
		{"timeoutms", "timeout_ms"},   // deletion of the underscore
		{"tiemout_ms", "timeout_ms"},  // transposition
		{"TIMEOUT_MS_", "timeout_ms"}, // case and insertion
		{"imagePullPolcy", "imagePullPolicy"},
		{"imagepullpolicy", "imagePullPolicy"}, // case only
		{"nmae", "name"},
		{"hots", "host"},
		{"replica", "replicas"},
		{"tls", ""},     // too far from everything
		{"nope", ""},    // two edits in four letters is too many
		{"timeout", ""}, // three edits from timeout_ms
		{"", ""},
		{"x", ""},
		{"wieght", "weight"},
		{"hostname", ""},
	} {
		require.Equal(t, tc.want, suggestField(tc.key, fields), tc.key)
	}
	require.Equal(t, "ab", suggestField("abc", []string{"ab", "bc"}), "ties go to the first")
	require.Equal(t, "", suggestField("abc", nil))
}

func TestEditDistanceLaws(t *testing.T) {
	props := gopter.NewProperties(nil)
	word := gen.RegexMatch(`[a-cA-C_é]{0,8}`)
	dist := func(a, b string) int { return editDistance([]rune(a), []rune(b), 100) }
	props.Property("symmetric", prop.ForAll(func(a, b string) bool { return dist(a, b) == dist(b, a) }, word, word))
	props.Property("zero only for equal strings", prop.ForAll(func(a, b string) bool {
		return (dist(a, b) == 0) == (a == b)
	}, word, word))
	props.Property("at most the longer length", prop.ForAll(func(a, b string) bool {
		return dist(a, b) <= max(len([]rune(a)), len([]rune(b)))
	}, word, word))
	props.Property("one transposition costs one", prop.ForAll(func(a string, i int) bool {
		r := []rune(a)
		if len(r) < 2 {
			return true
		}
		i %= len(r) - 1
		if r[i] == r[i+1] {
			return true
		}
		s := append([]rune(nil), r...)
		s[i], s[i+1] = s[i+1], s[i]
		return dist(a, string(s)) == 1
	}, word, gen.IntRange(0, 100)))
	props.Property("a bound caps the answer", prop.ForAll(func(a, b string) bool {
		d := dist(a, b)
		return editDistance([]rune(a), []rune(b), 2) == min(d, 2) || d >= 2
	}, word, word))
	props.TestingRun(t)
}
