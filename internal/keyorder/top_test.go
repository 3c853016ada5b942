package keyorder

import (
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

// topOf offers keys (with their index as value) to a Top keeping k and
// returns the kept keys and values in order.
func topOf(t *Top[int], keys []string, k int) ([]string, []int) {
	t.Reset(k)
	for i, key := range keys {
		if !t.Beyond(key) {
			t.Offer(key, i)
		}
	}
	t.Sort()
	gotKeys, gotVals := []string{}, []int{}
	for i := range t.Len() {
		key, v := t.At(i)
		gotKeys = append(gotKeys, key)
		gotVals = append(gotVals, v)
	}
	return gotKeys, gotVals
}

func TestTopEdges(t *testing.T) {
	cases := []struct {
		keys []string
		k    int
	}{
		{nil, 3},
		{[]string{"a"}, 0},
		{[]string{"b", "a"}, -1},
		{[]string{"b", "a", "c"}, 1},
		{[]string{"b", "a", "c"}, 5},
		{[]string{"", "\x00", "\x00\x00", "a", ""[:0] + "b"}, 2},
		// shared prefixes longer and shorter than eight bytes, and keys
		// that end inside them
		{strings.Fields("user_name user_id user user_email user_id_2 account account_id"), 3},
		{[]string{"abcdefghij", "abcdefgh", "abcdefghi", "abcdefg", "abcdefgh\x00", "abcdefgh\xff"}, 4},
		{[]string{"prefix_shared_9", "prefix_shared_10", "prefix_shared_1", "prefix_other", "pre"}, 2},
		{[]string{"\xff\xff\xff\xff\xff\xff\xff\xff\xff", "\xff\xff\xff\xff\xff\xff\xff\xff", "\xff"}, 2},
		// the later keys break the prefix the first ones shared
		{[]string{"field_003", "field_001", "field_002", "a", "field_000", "zzzzzzzzzz"}, 3},
	}
	var top Top[int]
	for _, c := range cases {
		keys, vals := topOf(&top, c.keys, c.k)
		want := slices.Sorted(slices.Values(c.keys))
		want = want[:max(0, min(c.k, len(want)))]
		require.Equal(t, append([]string{}, want...), keys, "keys %q k=%d", c.keys, c.k)
		for i, v := range vals {
			require.Equal(t, c.keys[v], keys[i], "the value travels with its key")
		}
	}
}

func TestTopProperties(t *testing.T) {
	params := testsupport.Params(100, 20)
	params.MaxSize = 200
	props := gopter.NewProperties(params)
	keyGen := mapKeys()
	var top Top[int]
	props.Property("Top keeps the k smallest distinct keys, sorted, with their values", prop.ForAll(func(keys []string, k int) bool {
		keys = slices.Compact(slices.Sorted(slices.Values(keys)))
		// a fixed shuffle, so that keys do not arrive sorted
		for i := range keys {
			j := (i * 7919) % len(keys)
			keys[i], keys[j] = keys[j], keys[i]
		}
		gotKeys, gotVals := topOf(&top, keys, k)
		want := slices.Sorted(slices.Values(keys))
		want = append([]string{}, want[:min(k, len(want))]...)
		if !slices.Equal(gotKeys, want) {
			return false
		}
		for i, v := range gotVals {
			if keys[v] != gotKeys[i] {
				return false
			}
		}
		return true
	}, gen.SliceOf(keyGen), gen.IntRange(0, 40)))
	props.TestingRun(t)
}

func TestTopAllocatesNothingWhenWarm(t *testing.T) {
	keys := make([]string, 600)
	for i := range keys {
		keys[i] = fmt.Sprintf("key_%04d", (i*7919)%600)
	}
	var top Top[int]
	run := func() {
		top.Reset(32)
		for i, k := range keys {
			top.Offer(k, i)
		}
		top.Sort()
	}
	run()
	require.Zero(t, testing.AllocsPerRun(20, run))
	key, v := top.At(0)
	require.Equal(t, "key_0000", key)
	require.Equal(t, keys[v], key)
}
