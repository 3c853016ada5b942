package tmap

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"testing"

	"github.com/mapkit-go/mapkit/safelog"
	"github.com/stretchr/testify/require"
)

var (
	_ safelog.Ordered = (*Map[string, int])(nil)
	_ slog.LogValuer  = (*Map[string, int])(nil)
)

func TestRangeAny(t *testing.T) {
	m := From(map[int]string{3: "c", 1: "a", 2: "b"})
	var got []string
	m.RangeAny(func(k, v any) bool {
		got = append(got, fmt.Sprint(k, v))
		return k != 2
	})
	require.Equal(t, []string{"1a", "2b"}, got)
}

func TestLogValue(t *testing.T) {
	m := New[string, int](0)
	for i := range 100 {
		m.Set(fmt.Sprintf("k%03d", i), i)
	}
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("x", "m", m)
	var rec struct {
		M map[string]any `json:"m"`
	}
	require.NoError(t, json.Unmarshal(buf.Bytes(), &rec), buf.String())
	limit := safelog.DefaultLimits.MaxKeys
	require.Contains(t, rec.M, "k000")
	require.Contains(t, rec.M, fmt.Sprintf("k%03d", limit-1))
	require.NotContains(t, rec.M, fmt.Sprintf("k%03d", limit), "only the first entries are shown")
	require.Less(t, len(rec.M), 100)

	text := safelog.Format(m, safelog.Limits{MaxKeys: 2})
	require.Contains(t, text, "k000:0 k001:1")
}

func TestStringMatchesPlainMap(t *testing.T) {
	plain := map[string]int64{"b": 2, "a": 1, "c": -3}
	require.Equal(t, fmt.Sprint(plain), fmt.Sprint(From(plain)))
	ints := map[int]string{10: "ten", 2: "two", -1: "minus one"}
	require.Equal(t, fmt.Sprint(ints), From(ints).String())
	var empty Map[string, int]
	require.Equal(t, "map[]", empty.String())
}
