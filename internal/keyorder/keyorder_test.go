package keyorder

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/mapkit-go/mapkit/internal/testsupport"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"
)

func TestStringsEdges(t *testing.T) {
	cases := [][]string{
		nil, {}, {"a"}, {"b", "a"}, {"", "a", ""},
		{"abc", "ab", "a", "", "abcd", "abc"},
		{"\xff", "\x00", "z", "\xfe\xff", "é", "e"},
		strings.Fields("user_name user_id user user_email user_id_2 account account_id"),
	}
	for _, c := range cases {
		got := slices.Clone(c)
		Strings(got)
		want := slices.Clone(c)
		slices.Sort(want)
		require.Equal(t, want, got, "input %q", c)
	}
}

func TestPairsPermuteTogether(t *testing.T) {
	keys := make([]string, 500)
	vals := make([]int, 500)
	for i := range keys {
		keys[i] = fmt.Sprintf("k%d", (i*7919)%500)
		vals[i] = (i * 7919) % 500
	}
	Pairs(keys, vals)
	require.True(t, slices.IsSorted(keys))
	for i, k := range keys {
		require.Equal(t, fmt.Sprintf("k%d", vals[i]), k)
	}
	require.Panics(t, func() { Pairs([]string{"a"}, []int{}) })
}

func TestPairsProperty(t *testing.T) {
	params := testsupport.Params(100, 30)
	props := gopter.NewProperties(params)
	props.Property("Pairs keeps each value with its key", prop.ForAll(func(n, mod int) bool {
		keys := make([]string, n)
		vals := make([]int, n)
		for i := range keys {
			vals[i] = (i * 7919) % mod
			keys[i] = fmt.Sprintf("k%06d", vals[i])
		}
		Pairs(keys, vals)
		for i, k := range keys {
			if k != fmt.Sprintf("k%06d", vals[i]) || i > 0 && keys[i-1] > k {
				return false
			}
		}
		return true
	}, gen.IntRange(0, 2000), gen.IntRange(1, 3000)))
	props.TestingRun(t)
}

func TestStringsAllocatesNothingWhenWarm(t *testing.T) {
	if testsupport.Race {
		t.Skip("sync.Pool drops items at random under the race detector")
	}
	src := keys1000()
	buf := make([]string, len(src))
	Strings(append(buf[:0], src...))
	allocs := testing.AllocsPerRun(20, func() {
		copy(buf, src)
		Strings(buf)
	})
	require.Zero(t, allocs)
}

func TestProperties(t *testing.T) {
	params := testsupport.Params(500, 50)
	props := gopter.NewProperties(params)
	keyGen := mapKeys()
	props.Property("Strings sorts like slices.Sort", prop.ForAll(func(keys []string) bool {
		got := slices.Clone(keys)
		Strings(got)
		return slices.Equal(got, slices.Sorted(slices.Values(keys)))
	}, gen.SliceOf(keyGen)))
	props.Property("Smallest keeps the k smallest, sorted", prop.ForAll(func(keys []string, k int) bool {
		var s Smallest[string]
		s.Reset(k, strings.Compare)
		for _, key := range keys {
			s.Offer(key)
		}
		want := slices.Sorted(slices.Values(keys))
		want = want[:min(k, len(want))]
		return slices.Equal(s.Sorted(), want)
	}, gen.SliceOf(keyGen), gen.IntRange(0, 40)))
	props.TestingRun(t)
}

func TestSmallestResetReuses(t *testing.T) {
	var s Smallest[int]
	s.Reset(3, cmp.Compare[int])
	for _, v := range []int{9, 1, 8, 2, 7, 3} {
		s.Offer(v)
	}
	require.Equal(t, []int{1, 2, 3}, s.Sorted())
	allocs := testing.AllocsPerRun(50, func() {
		s.Reset(3, cmp.Compare[int])
		for v := range 100 {
			s.Offer(100 - v)
		}
		_ = s.Sorted()
	})
	require.Zero(t, allocs)
}

func keys1000() []string {
	keys := make([]string, 1000)
	for i := range keys {
		keys[i] = fmt.Sprintf("key_%06d", (i*7919)%1000)
	}
	return keys
}

func BenchmarkSort(b *testing.B) {
	src := keys1000()
	buf := make([]string, len(src))
	b.Run("impl=keyorder", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			copy(buf, src)
			Strings(buf)
		}
	})
	b.Run("impl=slices", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			copy(buf, src)
			slices.Sort(buf)
		}
	})
}
