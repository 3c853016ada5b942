package encode

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestResetForgetsTheErrorAndKeepsTheOptions(t *testing.T) {
	r := recorder{failFrom: 1}
	enc := NewEncoder(&r, EscapeHTML(false))
	require.ErrorIs(t, enc.Encode("<x>"), errDisk)
	require.ErrorIs(t, enc.Encode(1), errDisk, "the error is sticky until Reset")
	var b bytes.Buffer
	enc.Reset(&b)
	require.NoError(t, enc.Encode("<x>"))
	require.Equal(t, "\"<x>\"\n", b.String(), "options survive Reset")
}

// TestPooledStateDoesNotLeak interleaves encoders with different options,
// which share pooled streams, and checks each writes what a json.Encoder
// with the same settings writes.
func TestPooledStateDoesNotLeak(t *testing.T) {
	v := map[string]any{"a": []any{"<&>", map[string]any{"b": 1.5}}, "c": map[string]any{}}
	type setting struct {
		html           bool
		prefix, indent string
	}
	settings := []setting{{true, "", ""}, {false, ">", "\t"}, {true, "", "  "}, {false, "", ""}}
	for range 3 {
		for _, st := range settings {
			var want, got bytes.Buffer
			std := json.NewEncoder(&want)
			std.SetEscapeHTML(st.html)
			std.SetIndent(st.prefix, st.indent)
			require.NoError(t, std.Encode(v))
			enc := NewEncoder(&got)
			enc.SetEscapeHTML(st.html)
			enc.SetIndent(st.prefix, st.indent)
			require.NoError(t, enc.Encode(v))
			require.Equal(t, want.String(), got.String(), "%+v", st)
			wantCompact, err := json.Marshal(v)
			require.NoError(t, err)
			m, err := Marshal(v)
			require.NoError(t, err)
			require.Equal(t, string(wantCompact), string(m))
		}
	}
}

// TestPooledBufferKeepsWritesSmall checks that an Encoder whose pooled
// buffer grew large in a Marshal call still writes in bounded pieces.
func TestPooledBufferKeepsWritesSmall(t *testing.T) {
	m := bigMap(900 << 10)
	for range 3 {
		_, err := Marshal(m)
		require.NoError(t, err)
		var r recorder
		require.NoError(t, NewEncoder(&r).Encode(m))
		require.LessOrEqual(t, r.largest, maxWrite)
		require.Greater(t, r.writes, 900<<10/maxWrite)
	}
}
