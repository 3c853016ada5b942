package jsonnum

import (
	"fmt"
	"math"
	"strconv"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"
)

func TestAppendIntEdges(t *testing.T) {
	var ints []int64
	for p := int64(1); p <= math.MaxInt64/10; p *= 10 {
		ints = append(ints, p-1, p, p+1, -p+1, -p, -p-1)
	}
	ints = append(ints, 0, math.MaxInt64, math.MinInt64, math.MinInt64+1, 99, 100, 101, -99)
	for _, i := range ints {
		require.Equal(t, strconv.FormatInt(i, 10), string(AppendInt(nil, i)), "%d", i)
		require.Equal(t, "x"+strconv.FormatInt(i, 10), string(AppendInt([]byte("x"), i)), "%d after a byte", i)
	}
	for _, u := range []uint64{0, 9, 10, 99, 100, 1e19 - 1, 1e19, math.MaxUint64} {
		require.Equal(t, strconv.FormatUint(u, 10), string(AppendUint(nil, u)), "%d", u)
	}
}

func TestAppendIntGrowsOnlyWhenNeeded(t *testing.T) {
	buf := make([]byte, 2, 32)
	out := AppendUint(buf, math.MaxUint64)
	require.Same(t, &buf[:1][0], &out[0], "a buffer with room is reused")
	require.Equal(t, "\x00\x00"+strconv.FormatUint(math.MaxUint64, 10), string(out))
}

func TestAppendIntProperties(t *testing.T) {
	props := gopter.NewProperties(nil)
	props.Property("AppendInt equals strconv", prop.ForAll(func(i int64, shift uint8) bool {
		i >>= shift % 64 // every length, not only the longest
		return string(AppendInt(nil, i)) == strconv.FormatInt(i, 10)
	}, gen.Int64(), gen.UInt8()))
	props.Property("AppendUint equals strconv", prop.ForAll(func(u uint64, shift uint8) bool {
		u >>= shift % 64
		return string(AppendUint([]byte("ab"), u)) == "ab"+strconv.FormatUint(u, 10)
	}, gen.UInt64(), gen.UInt8()))
	props.TestingRun(t)
}

func FuzzAppendInt(f *testing.F) {
	for _, i := range []int64{0, -1, 9, 10, math.MaxInt64, math.MinInt64} {
		f.Add(i)
	}
	f.Fuzz(func(t *testing.T, i int64) {
		if got, want := string(AppendInt(nil, i)), strconv.FormatInt(i, 10); got != want {
			t.Fatalf("AppendInt(%d) = %s, want %s", i, got, want)
		}
		if got, want := string(AppendUint(nil, uint64(i))), strconv.FormatUint(uint64(i), 10); got != want {
			t.Fatalf("AppendUint(%d) = %s, want %s", uint64(i), got, want)
		}
	})
}

func TestPut8EveryDigitPosition(t *testing.T) {
	var b [8]byte
	check := func(v uint32) {
		put8(b[:], v)
		require.Equal(t, fmt.Sprintf("%08d", v), string(b[:]))
	}
	for v := uint32(0); v < 1e8; v += 9973 {
		check(v)
	}
	for d := uint32(1); d < 1e8; d *= 10 {
		for _, v := range []uint32{d - 1, d, 9 * d, 99999999 / d * d} {
			check(v)
		}
	}
	check(99999999)
}
