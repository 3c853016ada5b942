// Package golangci registers mapkit's analyzers as the golangci-lint module
// plugin "mapkit".
//
// Build a golangci-lint that includes it with golangci-lint custom and this
// .custom-gcl.yml:
//
//	version: v2.1.6 # the golangci-lint release to build
//	plugins:
//	  - module: github.com/mapkit-go/mapkit
//	    import: github.com/mapkit-go/mapkit/vet/golangci
//	    version: latest
//
// and enable it in .golangci.yml:
//
//	linters:
//	  enable:
//	    - mapkit
//	  settings:
//	    custom:
//	      mapkit:
//	        type: module
//	        settings:
//	          disable: [anymap]
//
// The settings are optional; disable names analyzers of the suite to leave
// out, and an unknown name or setting is an error.
package golangci

import (
	"fmt"
	"slices"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/mapkit-go/mapkit/vet"
)

func init() {
	register.Plugin("mapkit", New)
}

// Settings are the plugin's settings in .golangci.yml.
type Settings struct {
	// Disable names the analyzers to leave out.
	Disable []string `json:"disable"`
}

// New builds the plugin from its settings, which may be nil. It fails when
// the settings have an unknown field or Disable names no analyzer of the
// suite.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, fmt.Errorf("mapkit plugin: %w", err)
	}
	all := vet.Analyzers()
	for _, name := range s.Disable {
		if !slices.ContainsFunc(all, func(a *analysis.Analyzer) bool { return a.Name == name }) {
			return nil, fmt.Errorf("mapkit plugin: disable: no analyzer %q", name)
		}
	}
	kept := slices.DeleteFunc(all, func(a *analysis.Analyzer) bool { return slices.Contains(s.Disable, a.Name) })
	return plugin{analyzers: kept}, nil
}

type plugin struct{ analyzers []*analysis.Analyzer }

// BuildAnalyzers returns the analyzers the settings keep.
func (p plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) { return p.analyzers, nil }

// GetLoadMode asks golangci-lint for type information, which every analyzer
// of the suite needs.
func (plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
