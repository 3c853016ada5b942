package b

import (
	"fmt"
	"maps"
	"slices"
	"sort"
)

// The fixes remove the last uses of maps, slices and sort: their imports go.
func only(m map[string]int) {
	for _, k := range slices.Sorted(maps.Keys(m)) { // want `slices.Sorted\(maps.Keys\(m\)\) builds and sorts`
		fmt.Println(k)
	}
	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys { // want `collecting and sorting the keys costs`
		fmt.Println(k, m[k])
	}
}
