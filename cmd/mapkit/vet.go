package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/multichecker"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/mapkit-go/mapkit/vet"
)

func init() {
	// go vet -vettool=$(which mapkit) runs the binary as mapkit -V=full,
	// mapkit -flags and mapkit [flags] vet.cfg: that protocol, not a
	// subcommand, decides what mapkit does.
	if args := os.Args[1:]; isVetTool(args) {
		if err := vetStdout(args[len(args)-1]); err != nil {
			fmt.Fprintf(os.Stderr, "mapkit: %v\n", err)
			os.Exit(1)
		}
		unitchecker.Main(vet.Analyzers()...)
	}
	addCommand(command{
		name:    "vet",
		summary: "report the map[string]interface{} patterns mapkit replaces (-fix applies the fixes)",
		run:     runVet,
	})
}

// isVetTool reports whether the arguments are those go vet passes to a
// -vettool: the -V=full or -flags query, or flags and a .cfg file.
func isVetTool(args []string) bool {
	if len(args) == 0 {
		return false
	}
	if len(args) == 1 && (args[0] == "-V=full" || args[0] == "-flags") {
		return true
	}
	return strings.HasSuffix(args[len(args)-1], ".cfg")
}

// vetStdout sends the tool's standard output where the vet configuration
// asks: from Go 1.26 on, go vet runs the tool with -json and reads the
// diagnostics from the file named by the configuration's Stdout field.
func vetStdout(arg string) error {
	if !strings.HasSuffix(arg, ".cfg") {
		return nil
	}
	data, err := os.ReadFile(arg)
	if err != nil {
		return fmt.Errorf("vet config: %w", err)
	}
	var cfg struct{ Stdout string }
	if err := json.Unmarshal(data, &cfg); err != nil {
		return fmt.Errorf("vet config %s: %w", arg, err)
	}
	if cfg.Stdout == "" {
		return nil
	}
	f, err := os.Create(cfg.Stdout)
	if err != nil {
		return fmt.Errorf("vet config %s: stdout: %w", arg, err)
	}
	os.Stdout = f
	return nil
}

// runVet is `mapkit vet [flags] packages`: the analyzers of package vet run
// by the multichecker driver, with its flags (-fix, -diff, -json, -test,
// -c N, -NAME to select analyzers). It exits with the driver's status: 0
// clean, 1 on errors, 3 when it reported diagnostics.
func runVet(args []string, _ io.Reader, _, _ io.Writer) error {
	os.Args = append([]string{"mapkit vet"}, args...)
	multichecker.Main(vet.Analyzers()...)
	return nil
}
