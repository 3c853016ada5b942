package keyorder

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"
)

func TestSorterEdges(t *testing.T) {
	var s Sorter
	cases := [][]string{
		nil, {}, {"a"}, {"b", "a"}, {"", "a", ""},
		{"abcdefgh", "abcdefg", "abcdefgh\x00", "abcdefg\x00", "abcdefghi", "abcdefgh"},
		{"\xff\xff\xff\xff\xff\xff\xff\xff", "\x00", "", "\x00\x00", "z", "é", "e"},
		strings.Fields(strings.Repeat("same ", 40)),
		strings.Fields("user_name user_id user user_email user_id_2 account account_id"),
	}
	for _, c := range cases {
		in := slices.Clone(c)
		perm := s.Order(in)
		require.Equal(t, c, in, "keys are not moved")
		got := []string{}
		for _, p := range perm {
			got = append(got, c[p])
		}
		want := slices.Clone(c)
		slices.Sort(want)
		if want == nil {
			want = []string{}
		}
		require.Equal(t, want, got, "input %q", c)
	}
}

func TestSorterProperties(t *testing.T) {
	var s Sorter
	params := gopter.DefaultTestParameters()
	params.MaxSize = 40 // keys per map: enough to pass the insertion-sort cutoff
	props := gopter.NewProperties(params)
	props.Property("sorts as slices.Sort and reports a permutation", prop.ForAll(
		func(keys []string) bool {
			perm := s.Order(keys)
			want := slices.Clone(keys)
			slices.Sort(want)
			seen := make([]bool, len(keys))
			for i, p := range perm {
				if seen[p] || keys[p] != want[i] {
					return false
				}
				seen[p] = true
			}
			return len(perm) == len(keys)
		},
		gen.SliceOf(mapKeys()),
	))
	props.TestingRun(t)
}

func TestSorterAllocatesNothingWhenWarm(t *testing.T) {
	keys := make([]string, 1000)
	for i := range keys {
		keys[i] = fmt.Sprintf("key_%04d", (i*7919)%1000)
	}
	var s Sorter
	s.Order(keys)
	allocs := testing.AllocsPerRun(10, func() { s.Order(keys) })
	require.Zero(t, allocs)
	s.Reset(10)
	require.Nil(t, s.items)
}

func BenchmarkSortKeys(b *testing.B) {
	src := make([]string, 1000)
	for i := range src {
		src[i] = fmt.Sprintf("key_%04d_%x", (i*7919)%1000, i)
	}
	work := make([]string, len(src))
	b.Run("impl=Strings", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			copy(work, src)
			Strings(work)
		}
	})
	b.Run("impl=Sorter", func(b *testing.B) {
		var s Sorter
		b.ReportAllocs()
		for b.Loop() {
			s.Order(src)
		}
	})
}

func TestSorterSurvivesAdversarialOrders(t *testing.T) {
	var s Sorter
	for _, n := range []int{100, 5000} {
		asc := make([]string, n)
		for i := range asc {
			asc[i] = fmt.Sprintf("%08d", i)
		}
		desc := slices.Clone(asc)
		slices.Reverse(desc)
		organ := append(slices.Clone(asc[:n/2]), desc[:n/2]...)
		for _, in := range [][]string{asc, desc, organ} {
			perm := s.Order(in)
			for i := 1; i < len(perm); i++ {
				require.LessOrEqual(t, in[perm[i-1]], in[perm[i]])
			}
		}
	}
}

func TestSorterNULBytesAndPrefixes(t *testing.T) {
	var s Sorter
	base := []string{"ab", "ab\x00", "ab\x00\x00\x00\x00\x00\x00", "ab\x00\x00\x00\x00\x00\x00x", "ab\x00\x00\x00\x00\x00\x00\x00",
		"ab\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", "a", "", "b", "abcdefghabcdefgh", "abcdefghabcdefg", "abcdefghabcdefgh\x00"}
	keys := slices.Clone(base)
	for i := range 30 {
		keys = append(keys, fmt.Sprintf("abcdefghabcdefgh%d", i), fmt.Sprintf("ab\x00\x00\x00\x00\x00\x00%d", i))
	}
	for round := range 5 {
		in := slices.Clone(keys)
		for i := range in { // a few different input orders
			j := (i*7 + round*13) % len(in)
			in[i], in[j] = in[j], in[i]
		}
		perm := s.Order(in)
		for i := 1; i < len(perm); i++ {
			require.LessOrEqual(t, in[perm[i-1]], in[perm[i]], "round %d", round)
		}
	}
}
