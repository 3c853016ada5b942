package vet_test

import (
	"fmt"

	"github.com/mapkit-go/mapkit/vet"
)

// Example lists the analyzers that mapkit vet runs.
func Example() {
	for _, a := range vet.Analyzers() {
		fmt.Println(a.Name)
	}
	// Output:
	// maplog
	// mapsort
	// mapappend
	// nestedmap
	// anymap
	// jsonmap
}
