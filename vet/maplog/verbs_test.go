package maplog

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestParseVerbs(t *testing.T) {
	tests := []struct {
		format string
		want   []verb
		ok     bool
	}{
		{"", nil, true},
		{"plain", nil, true},
		{"%v", []verb{{'v', true}}, true},
		{"%+v %#v %5s %.2v", []verb{{'v', false}, {'v', false}, {'s', false}, {'v', false}}, true},
		{"100%% %d", []verb{{'d', true}}, true},
		{"%[1]v", nil, false},
		{"%*d", nil, false},
		{"trailing %", nil, true},
	}
	for _, tc := range tests {
		got, ok := parseVerbs(tc.format)
		require.Equal(t, tc.ok, ok, tc.format)
		require.Equal(t, tc.want, got, tc.format)
	}
}

// FuzzParseVerbs checks parseVerbs against fmt itself: a format it accepts
// consumes exactly one operand per verb it returns.
func FuzzParseVerbs(f *testing.F) {
	for _, seed := range []string{"%v", "%d %s", "%%", "%-5.2f|%x", "%[2]v", "%*d", "%", "%é", "a%+#v b"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, format string) {
		verbs, ok := parseVerbs(format)
		if !ok {
			return
		}
		args := make([]any, len(verbs))
		for i := range args {
			args[i] = i
		}
		out := fmt.Sprintf(format, args...)
		if strings.Contains(out, "%!(EXTRA") || strings.Contains(out, "(MISSING)") {
			t.Fatalf("%q: %d verbs, fmt printed %q", format, len(verbs), out)
		}
	})
}
