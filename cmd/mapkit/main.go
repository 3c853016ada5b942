// Command mapkit shows what the mapkit library does, generates Go types from
// JSON samples, and finds in existing code the map[string]interface{}
// patterns that mapkit replaces.
//
// Usage:
//
//	mapkit tour                 run the library's main jobs on embedded data
//	mapkit structgen [flags] sample.json ...
//	                            print Go types inferred from JSON samples
//	mapkit vet [flags] packages  report the patterns, -fix applies the fixes
//
// The same binary is a go vet tool: go vet -vettool=$(which mapkit) ./...
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
)

// command is one subcommand of mapkit.
type command struct {
	name    string
	summary string
	run     func(args []string, stdin io.Reader, stdout, stderr io.Writer) error
}

var commands = map[string]command{}

// addCommand makes a subcommand available; each subcommand registers itself
// from its own file.
func addCommand(c command) { commands[c.name] = c }

// errUsage marks errors caused by a bad command line; main exits with status 2.
var errUsage = errors.New("usage")

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "mapkit: unknown command %q\n\n", args[0])
		usage(stderr)
		return 2
	}
	if err := c.run(args[1:], stdin, stdout, stderr); err != nil {
		if errors.Is(err, errUsage) {
			return 2
		}
		fmt.Fprintf(stderr, "mapkit %s: %v\n", c.name, err)
		return 1
	}
	return 0
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: mapkit <command> [arguments]")
	fmt.Fprintln(w, "\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
}
