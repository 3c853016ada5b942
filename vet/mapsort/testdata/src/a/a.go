package a

import (
	"fmt"
	"maps"
	"slices"
	"sort"
)

type server struct{ routes map[string]int }

func positives(m map[string]int, ids map[int]bool, s server) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys { // want `collecting and sorting the keys costs`
		fmt.Println(k, m[k])
	}

	var nums []int
	for id := range ids {
		nums = append(nums, id)
	}
	sort.Slice(nums, func(i, j int) bool { return nums[i] < nums[j] })
	for _, id := range nums { // want `collecting and sorting the keys costs`
		fmt.Println(id)
	}

	for _, r := range slices.Sorted(maps.Keys(s.routes)) { // want `slices.Sorted\(maps.Keys\(m\)\) builds and sorts`
		fmt.Println(r, s.routes[r])
	}
}

func negatives(m map[string]int, ps map[*int]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(keys)))
	for _, k := range keys {
		fmt.Println(k)
	}

	kept := []string{}
	for k := range m {
		kept = append(kept, k)
	}
	sort.Strings(kept)
	for _, k := range kept {
		fmt.Println(k)
	}

	desc := []string{}
	for k := range m {
		desc = append(desc, k)
	}
	sort.Slice(desc, func(i, j int) bool { return desc[i] > desc[j] })
	for _, k := range desc {
		fmt.Println(k)
	}

	for i, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Println(i, k)
	}

	for _, k := range slices.Sorted(maps.Keys(get())) {
		fmt.Println(k)
	}

	// A comment inside the pattern keeps the diagnostic but not the fix.
	commented := []string{}
	for k := range m {
		commented = append(commented, k)
	}
	// sorted for stable output
	sort.Strings(commented)
	for _, k := range commented { // want `collecting and sorting the keys costs`
		fmt.Println(k)
	}
	return kept
}

func get() map[string]int { return nil }
