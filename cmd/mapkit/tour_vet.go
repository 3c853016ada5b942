package main

import (
	"fmt"
	"io"

	"github.com/mapkit-go/mapkit/vet"
)

func init() {
	register(section{order: 50, title: "mapkit vet: find the old patterns in existing code", run: tourVet})
}

func tourVet(w io.Writer) error {
	fmt.Fprintln(w, "go run github.com/mapkit-go/mapkit/cmd/mapkit vet ./...  (add -fix to apply the fixes) reports:")
	for _, a := range vet.Analyzers() {
		fmt.Fprintf(w, "  %-10s %s\n", a.Name, a.Doc)
	}
	return nil
}
