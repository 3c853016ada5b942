// Package vet lists mapkit's analyzers, which find in existing code the
// map[string]interface{} patterns that mapkit replaces, and suggest the fix:
//
//	maplog     a map rendered whole by fmt, log, slog or zap     safelog.Format, safelog.Any, zaplog.Any
//	mapsort    keys collected, sorted, then looped over          for k, v := range tmap.Sorted(m)
//	mapappend  a slice appended once per entry, no capacity      make([]T, 0, len(m))
//	nestedmap  m[a][b] = v with m[a] never created (a panic)     the init-if-nil guard, or tmap.Map2
//	anymap     a map[string]any that only ever holds one type    the typed map
//	jsonmap    JSON into map[string]any, read by literal keys    mapkit structgen, encode.Unmarshal(..., encode.Strict())
//
// Every analyzer reports only what it can prove from the code it sees; its
// package documentation says exactly what that is. The mapkit command runs
// them (mapkit vet ./..., go vet -vettool=$(which mapkit) ./...), and package
// golangci registers them as a golangci-lint module plugin.
package vet

import (
	"golang.org/x/tools/go/analysis"

	"github.com/mapkit-go/mapkit/vet/anymap"
	"github.com/mapkit-go/mapkit/vet/jsonmap"
	"github.com/mapkit-go/mapkit/vet/mapappend"
	"github.com/mapkit-go/mapkit/vet/maplog"
	"github.com/mapkit-go/mapkit/vet/mapsort"
	"github.com/mapkit-go/mapkit/vet/nestedmap"
)

// Analyzers returns the analyzers of the suite in a new slice, in the order
// of the table above. None of them uses facts, so they run on one package at
// a time.
func Analyzers() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		maplog.Analyzer,
		mapsort.Analyzer,
		mapappend.Analyzer,
		nestedmap.Analyzer,
		anymap.Analyzer,
		jsonmap.Analyzer,
	}
}
