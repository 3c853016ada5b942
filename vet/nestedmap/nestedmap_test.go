package nestedmap_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/mapkit-go/mapkit/vet/nestedmap"
)

func TestAnalyzer(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), nestedmap.Analyzer, "a")
}
