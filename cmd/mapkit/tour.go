package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// section is one part of the tour, registered by the file that owns it.
type section struct {
	order int
	title string
	run   func(w io.Writer) error
}

var sections []section

// register adds a tour section; sections run in ascending order.
func register(s section) { sections = append(sections, s) }

func init() {
	addCommand(command{
		name:    "tour",
		summary: "run the library's main jobs on embedded data and show the numbers",
		run: func(args []string, _ io.Reader, stdout, _ io.Writer) error {
			if len(args) > 0 {
				return fmt.Errorf("tour takes no arguments, got %q: %w", args, errUsage)
			}
			return tour(stdout)
		},
	})
}

func tour(w io.Writer) error {
	slices.SortFunc(sections, func(a, b section) int { return a.order - b.order })
	fmt.Fprintln(w, "mapkit tour: typed maps, bounded logging, streaming JSON and typed configs")
	fmt.Fprintln(w, "(timings are measured live on this machine; allocations are exact)")
	for i, s := range sections {
		fmt.Fprintf(w, "\n%d. %s\n%s\n", i+1, s.title, strings.Repeat("=", len(s.title)+3))
		if err := s.run(w); err != nil {
			return fmt.Errorf("%s: %w", s.title, err)
		}
	}
	return nil
}
