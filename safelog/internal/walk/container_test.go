package walk

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

// peekSink looks at the top container without asking for entries, then,
// when asked to, reads its first key.
type peekSink struct {
	stringSink
	read              bool
	keysBefore, after int
	first             string
}

func (s *peekSink) Map(c *Container) {
	s.keysBefore = len(c.keys) + len(c.rkv)
	if s.read {
		s.first, _ = c.Key(0)
		s.after = len(c.keys) + len(c.rkv)
	}
}

func TestMapKeysSelectedOnFirstUse(t *testing.T) {
	for _, v := range []any{
		map[string]any{"b": 1, "a": 2, "c": 3},
		map[string]int{"b": 1, "a": 2, "c": 3},
		map[string]uint8{"b": 1, "a": 2, "c": 3}, // by reflection
	} {
		for _, read := range []bool{false, true} {
			w := Get(Limits{MaxKeys: 2, MaxDepth: math.MaxInt, MaxString: 10, MaxBytes: math.MaxInt})
			s := &peekSink{read: read}
			w.Walk(v, s)
			w.Put()
			require.Zero(t, s.keysBefore, "%T: a sink that reads no entry costs no selection", v)
			if read {
				require.Equal(t, "a", s.first, "%T", v)
				require.Equal(t, 2, s.after, "%T: the shown keys are selected", v)
			}
		}
	}
}

func TestReleaseDropsHugeScratch(t *testing.T) {
	big := make(map[string]any, 3*keepEntries)
	for i := range 3 * keepEntries {
		big[string(rune('a'+i%26))+string(rune(0x100+i))] = i
	}
	w := Get(Limits{MaxKeys: math.MaxInt, MaxDepth: math.MaxInt, MaxString: 10, MaxBytes: math.MaxInt})
	s := &peekSink{read: true}
	w.Walk(big, s)
	require.Equal(t, len(big), s.after, "a map shown whole has all its keys selected")
	c := w.levels[0]
	c.release()
	require.Nil(t, c.keys, "a released container must not keep room for a huge map")
	require.Nil(t, c.vals)

	small := map[string]any{"b": 1, "a": 2}
	w.Walk(small, s)
	c.release()
	require.NotNil(t, c.keys, "a small map's room is kept for reuse")
	require.Zero(t, len(c.keys))
	w.Put()
}
