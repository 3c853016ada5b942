package keyorder

import (
	"fmt"
	"slices"
	"testing"

	"github.com/mapkit-go/mapkit/internal/testsupport"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"
)

// requireSortedPerm checks that perm visits keys in ascending byte order,
// each index once.
func requireSortedPerm(t *testing.T, keys []string, perm []int32) {
	t.Helper()
	want := slices.Clone(keys)
	slices.Sort(want)
	require.Len(t, perm, len(keys))
	seen := make([]bool, len(keys))
	for i, p := range perm {
		require.False(t, seen[p], "index %d visited twice", p)
		seen[p] = true
		require.Equal(t, want[i], keys[p], "position %d", i)
	}
}

func TestSorterRadixEdges(t *testing.T) {
	var s Sorter
	shapes := map[string]func(i int) string{
		"distinct":    func(i int) string { return fmt.Sprintf("key_%04d_%x", i, i*7919) },
		"duplicates":  func(i int) string { return fmt.Sprintf("k%d", i%7) },
		"long shared": func(i int) string { return fmt.Sprintf("a_very_long_shared_prefix_%d", i*31%977) },
		"equal prefix": func(i int) string {
			return fmt.Sprintf("abcdefgh%s", []string{"", "\x00", "\x00\x00", "x", "\x00x"}[i%5]) + fmt.Sprint(i%3)
		},
		"short and empty": func(i int) string { return string([]byte{byte(i * 37), byte(i)})[:i%3] },
		"nul padded":      func(i int) string { return "ab" + string(make([]byte, i%11)) + fmt.Sprint(i%2) },
		"same bytes":      func(int) string { return "same" },
	}
	for name, key := range shapes {
		for _, n := range []int{radixMin, radixMin + 1, 1000, 3000} {
			keys := make([]string, n)
			for i := range keys {
				keys[i] = key((i * 7919) % n)
			}
			requireSortedPerm(t, keys, s.Order(keys))
			if t.Failed() {
				t.Fatalf("%s, %d keys", name, n)
			}
		}
	}
}

func TestSorterRadixProperties(t *testing.T) {
	var s Sorter
	params := gopter.DefaultTestParameters()
	if testsupport.Race {
		params.MinSuccessfulTests = 10
	}
	props := gopter.NewProperties(params)
	props.Property("large key sets sort as slices.Sort", prop.ForAll(
		func(base []string, extra uint16) bool {
			if len(base) == 0 {
				base = []string{""}
			}
			// Many keys from a few: repeated, extended by NULs or digits.
			keys := make([]string, radixMin+int(extra)%(3*radixMin))
			for i := range keys {
				keys[i] = base[i%len(base)] + []string{"", "\x00", "\x00\x00", fmt.Sprint(i % 13)}[i/len(base)%4]
			}
			perm := s.Order(keys)
			want := slices.Clone(keys)
			slices.Sort(want)
			for i, p := range perm {
				if keys[p] != want[i] {
					return false
				}
			}
			return len(perm) == len(keys)
		},
		gen.SliceOf(mapKeys()),
		gen.UInt16(),
	))
	props.TestingRun(t)
}
