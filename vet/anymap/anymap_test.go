package anymap_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/mapkit-go/mapkit/vet/anymap"
)

func TestAnalyzer(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), anymap.Analyzer, "a")
}
