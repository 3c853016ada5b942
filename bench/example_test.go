package bench_test

import (
	"fmt"

	"github.com/mapkit-go/mapkit/bench"
)

// The suite is a list of cases; go test and the report both run it.
func ExampleSuite() {
	for _, c := range bench.Suite() {
		if c.Group == bench.GroupIterate {
			fmt.Printf("%-40s %-6s %s\n", c.Name(), c.Role, c.How)
		}
	}
	// Output:
	// Iterate/keys=1000/impl=tmap-sorted       mapkit for k, v := range tmap.Sorted(m)
	// Iterate/keys=1000/impl=tmap-all          mapkit for k, v := range tm.All() on a tmap.Map holding m
	// Iterate/keys=1000/impl=slices-sorted     peer   slices.Sorted(maps.Keys(m))
	// Iterate/keys=1000/impl=xexp-keys-sort    peer   x/exp/maps.Keys(m), slices.Sort
	// Iterate/keys=1000/impl=prealloc-sort     peer   keys appended to a presized slice, slices.Sort
	// Iterate/keys=1000/impl=range             floor  for k, v := range m (unsorted: the floor)
}
