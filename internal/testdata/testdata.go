// Package testdata provides the fixtures shared by the module's tests,
// benchmarks, report and tour: the real-world JSON documents kept beside the
// repository and the synthetic order map of the logging incident.
package testdata

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// Documents names the real-world JSON documents, in the order reports list them.
var Documents = []string{"twitter", "citm_catalog", "canada"}

// ErrNoData is returned when the shared data directory cannot be found.
var ErrNoData = errors.New("testdata: ../shared/data/json not found above the module root")

// Dir returns the directory holding the real-world JSON documents: the
// shared/data/json directory beside the module root (found by walking up
// from the working directory to the go.mod). MAPKIT_DATA overrides it.
func Dir() (string, error) {
	if d := os.Getenv("MAPKIT_DATA"); d != "" {
		return d, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			data := filepath.Join(d, "..", "shared", "data", "json")
			if _, err := os.Stat(data); err != nil {
				return "", ErrNoData
			}
			return data, nil
		}
		if filepath.Dir(d) == d {
			return "", ErrNoData
		}
	}
}

// Document reads the named document ("twitter", "citm_catalog" or "canada").
func Document(name string) ([]byte, error) {
	dir, err := Dir()
	if err != nil {
		return nil, err
	}
	b, err := os.ReadFile(filepath.Join(dir, name+".json"))
	if err != nil {
		return nil, fmt.Errorf("testdata: %w", err)
	}
	return b, nil
}

// Require reads the named document, skipping the test or benchmark when the
// data directory is absent.
func Require(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := Document(name)
	if errors.Is(err, ErrNoData) {
		tb.Skip(err)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return b
}
