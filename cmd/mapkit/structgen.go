package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/mapkit-go/mapkit/encode/structgen"
)

func init() {
	addCommand(command{
		name:    "structgen",
		summary: "print Go types inferred from JSON samples (stdin when no file)",
		run:     runStructgen,
	})
}

// runStructgen is `mapkit structgen [-type Name] [-pkg name] [-o file]
// [-required] [-map path]... [-struct path=Name]... sample.json ...`.
// Samples are files of one document kind; with none it reads one sample
// from stdin. The output replaces -o only when generation succeeded.
func runStructgen(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("structgen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	typeName := fs.String("type", "Root", "name of the type of the top-level value")
	pkg := fs.String("pkg", "main", "package clause of the generated file")
	out := fs.String("o", "", "write the source to this file instead of standard output")
	required := fs.Bool("required", false, "tag fields present in every sample `mapkit:\"required\"`")
	var maps []string
	fs.Func("map", "write the object at this `path` (upstreams[].headers) as a map; repeatable", func(p string) error {
		maps = append(maps, p)
		return nil
	})
	structs := map[string]string{}
	fs.Func("struct", "write the object at path as a struct of this name (`path=Name`); repeatable", func(s string) error {
		p, name, ok := strings.Cut(s, "=")
		if !ok {
			return errors.New("want path=Name")
		}
		structs[p] = name
		return nil
	})
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: mapkit structgen [-type Name] [-pkg name] [-o file] [-required] [-map path]... [-struct path=Name]... [sample.json ...]")
		fmt.Fprintln(stderr, "\nInfers Go types that every sample decodes into strictly and encodes back from.")
		fmt.Fprintln(stderr, "With no file, reads one sample from standard input.")
		fmt.Fprintln(stderr)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return fmt.Errorf("%v: %w", err, errUsage)
	}
	opts := structgen.Options{Package: *pkg, TypeName: *typeName, Required: *required, Maps: maps, Structs: structs}
	var samples [][]byte
	if fs.NArg() == 0 {
		data, err := io.ReadAll(stdin)
		if err != nil {
			return fmt.Errorf("reading standard input: %w", err)
		}
		samples, opts.Names = [][]byte{data}, []string{"<stdin>"}
	}
	for _, name := range fs.Args() {
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		samples, opts.Names = append(samples, data), append(opts.Names, name)
	}
	src, err := structgen.Generate(samples, opts)
	if errors.Is(err, structgen.ErrOptions) {
		fmt.Fprintf(stderr, "mapkit %v\n", err) // err starts with "structgen: "
		return fmt.Errorf("%v: %w", err, errUsage)
	}
	if err != nil {
		return err
	}
	if *out != "" {
		return os.WriteFile(*out, src, 0o644)
	}
	_, err = stdout.Write(src)
	return err
}
